// SubRip (.srt) and binary cue-pack parser of a media player: loads subtitles from disk or stdin.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

class SubtitleTrack {
public:
    struct Cue {
        uint32_t start_ms;
        uint32_t end_ms;
        char *text;
    };

    static constexpr uint32_t kCueSize = sizeof(Cue);

    ~SubtitleTrack() {
        for (Cue &c : cues_) free(c.text);
    }

    // Cue pack: [u32 count][per cue: u32 start][u32 end][u16 len][len bytes]
    bool loadPack(std::istream &in) {
        uint32_t count = 0;
        in.read(reinterpret_cast<char *>(&count), 4);
        // ruleid: c-tainted-alloc-size, c-alloc-size-overflow
        Cue *tmp = static_cast<Cue *>(malloc(count * kCueSize));
        if (!tmp) return false;
        for (uint32_t i = 0; i < count && in; i++) {
            uint16_t len = 0;
            in.read(reinterpret_cast<char *>(&tmp[i].start_ms), 4);
            in.read(reinterpret_cast<char *>(&tmp[i].end_ms), 4);
            in.read(reinterpret_cast<char *>(&len), 2);
            // ok: c-tainted-alloc-size, c-alloc-size-overflow
            char *raw = static_cast<char *>(malloc(len + 1u));
            if (!raw) break;
            in.read(raw, len);
            char buf[256];
            // ruleid: c-tainted-copy-length
            memcpy(buf, raw, len);
            tmp[i].text = strndup(buf, len < 255 ? len : 255);
            free(raw);
            cues_.push_back(tmp[i]);
        }
        free(tmp);
        return true;
    }

    bool loadSrt(std::istream &in) {
        std::string line;
        while (std::getline(in, line)) {
            unsigned h1, m1, s1, ms1, h2, m2, s2, ms2;
            if (sscanf(line.c_str(), "%u:%u:%u,%u --> %u:%u:%u,%u", &h1, &m1, &s1, &ms1, &h2, &m2, &s2, &ms2) != 8)
                continue;
            std::string text;
            std::getline(in, text);
            char style[16];
            // ruleid: c-scanf-unbounded
            sscanf(text.c_str(), "{\\%s}", style);
            char lang[8];
            // ok: c-scanf-unbounded
            sscanf(text.c_str(), "[%7s]", lang);
            Cue c{(h1 * 3600 + m1 * 60 + s1) * 1000 + ms1, (h2 * 3600 + m2 * 60 + s2) * 1000 + ms2, nullptr};
            // ok: c-tainted-copy-length
            c.text = strdup(text.c_str());
            cues_.push_back(c);
        }
        return !cues_.empty();
    }

    void dumpHeader(const char *title) const {
        char header[64];
        // ruleid: c-unbounded-copy
        sprintf(header, "== %s (%zu cues) ==", title, cues_.size());
        puts(header);
        char safe[64];
        // ok: c-unbounded-copy
        snprintf(safe, sizeof safe, "== %s ==", title);
        // ok: c-format-string
        fputs(safe, stdout);
    }

    void printCue(size_t i) const {
        if (i >= cues_.size()) return;
        // ruleid: c-format-string
        fprintf(stdout, cues_[i].text);
        // ok: c-format-string
        fprintf(stdout, "%s\n", cues_[i].text);
    }

private:
    std::vector<Cue> cues_;
};

int main(int argc, char **argv) {
    SubtitleTrack track;
    bool ok = false;
    if (argc > 1 && std::strstr(argv[1], ".pack")) {
        std::ifstream f(argv[1], std::ios::binary);
        ok = track.loadPack(f);
    } else {
        ok = track.loadSrt(std::cin);
    }
    if (!ok) return 1;
    track.dumpHeader(argc > 2 ? argv[2] : "untitled");
    track.printCue(0);
    return 0;
}
