// thumbnailer: batch tool that reads a manifest of image paths and writes thumbnails.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace thumbs {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> pixels;
};

class Job {
public:
    explicit Job(std::string path) : path_(std::move(path)) {}
    const std::string &path() const { return path_; }
private:
    std::string path_;
};

static bool safe_name(const std::string &s) {
    return !s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._-") == std::string::npos;
}

void resize_with_tool(const std::string &input, int size) {
    std::string cmd = "convert " + input + " -resize " + std::to_string(size) + " out.png";
    // ruleid: c-command-injection
    std::system(cmd.c_str());
    if (safe_name(input)) {
        // ok: c-command-injection
        std::system(cmd.c_str());
    }
    // ok: c-command-injection
    std::system("rm -f /tmp/thumbs-*.png");
}

void process_jobs(std::vector<Job *> &jobs) {
    for (Job *job : jobs) {
        if (job->path().empty()) {
            delete job;
            // ruleid: c-use-after-delete
            std::cerr << "skipping empty job " << job->path() << "\n";
            continue;
        }
        std::cout << job->path() << "\n";
    }
}

void finish(Job *current, Job *last) {
    delete current;
    if (current == last) {
        // ruleid: c-double-delete
        delete current;
    }
    current = nullptr;
    // ok: c-double-delete
    delete current;
}

void finish_owned(std::unique_ptr<Job> job) {
    // ok: c-use-after-delete
    std::cout << "done " << job->path() << "\n";
}

Image *load_raw(const char *header_line) {
    auto *img = new Image();
    img->width = std::atoi(header_line);
    img->height = img->width;
    // ruleid: c-alloc-size-overflow
    unsigned char *buf = (unsigned char *)malloc(img->width * img->height * 4);
    if (!buf) {
        delete img;
        return nullptr;
    }
    free(buf);
    if (img->width > 0 && img->width <= 8192) {
        // ok: c-alloc-size-overflow
        img->pixels.resize((size_t)img->width * (size_t)img->height * 4);
    }
    return img;
}

}  // namespace thumbs

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    char label[32];
    // ruleid: c-unbounded-copy
    strcpy(label, argv[1]);
    // ok: c-unbounded-copy
    std::snprintf(label, sizeof label, "%s", argv[1]);
    std::string manifest = argv[1];
    // The invoker names the manifest on its own command line: opening it is the tool's purpose.
    // ok: c-path-traversal
    FILE *f = fopen(argv[1], "r");
    if (!f) return 1;
    std::vector<thumbs::Job *> jobs;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        jobs.push_back(new thumbs::Job(line));
        thumbs::resize_with_tool(line, 128);
    }
    fclose(f);
    thumbs::process_jobs(jobs);
    std::printf("%zu jobs from %s\n", jobs.size(), manifest.c_str());
    // ok: c-format-string
    std::printf("%s\n", label);
    return 0;
}
