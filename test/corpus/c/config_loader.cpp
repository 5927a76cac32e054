// Loads the daemon's binary config bundle (header + named sections) and its text overrides.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace cfg {

struct SectionHeader {
    char name[16];
    uint32_t length;
};

struct Section {
    std::string name;
    std::vector<unsigned char> body;
};

static const size_t kMaxSection = 1 << 20;

bool read_section(FILE *f, Section &out) {
    SectionHeader h;
    if (fread(&h, sizeof h, 1, f) != 1) return false;
    char name[sizeof h.name + 1];
    // ok: c-tainted-copy-length
    memcpy(name, h.name, sizeof h.name);
    name[sizeof h.name] = '\0';
    out.name = name;
    // ruleid: c-tainted-alloc-size
    unsigned char *raw = (unsigned char *)malloc(h.length + 1);
    if (!raw) return false;
    if (fread(raw, 1, h.length, f) != h.length) {
        free(raw);
        return false;
    }
    out.body.assign(raw, raw + h.length);
    free(raw);
    return true;
}

bool read_section_checked(FILE *f, Section &out) {
    SectionHeader h;
    if (fread(&h, sizeof h, 1, f) != 1) return false;
    if (h.length > kMaxSection) return false;
    // ok: c-tainted-alloc-size
    unsigned char *raw = (unsigned char *)malloc(h.length + 1);
    if (!raw) return false;
    size_t got = fread(raw, 1, h.length, f);
    out.body.assign(raw, raw + got);
    free(raw);
    return got == h.length;
}

void copy_banner(const Section &s, char *dst, size_t dst_len) {
    uint32_t declared;
    if (s.body.size() < 4) return;
    std::memcpy(&declared, s.body.data(), 4);
    // ok: c-tainted-copy-length
    std::memcpy(dst, s.body.data() + 4, std::min<size_t>(dst_len - 1, s.body.size() - 4));
    dst[dst_len - 1] = '\0';
    (void)declared;
}

std::vector<std::string> split_overrides(char *text) {
    std::vector<std::string> out;
    size_t cap = 8;
    char **parts = (char **)malloc(cap * sizeof *parts);
    size_t n = 0;
    for (char *tok = strtok(text, "\n"); tok; tok = strtok(nullptr, "\n")) {
        if (n == cap) {
            char **grown = (char **)realloc(parts, cap * 2 * sizeof *parts);
            if (!grown) break;
            parts = grown;
            cap *= 2;
        }
        parts[n++] = tok;
    }
    for (size_t i = 0; i < n; i++) out.emplace_back(parts[i]);
    free(parts);
    parts = nullptr;
    // ok: c-use-after-free
    if (parts == nullptr) out.emplace_back("# end");
    return out;
}

void report(const std::string &source, const char *status_fmt_from_file) {
    char line[128];
    // ruleid: c-format-string
    snprintf(line, sizeof line, status_fmt_from_file);
    // ok: c-format-string
    snprintf(line, sizeof line, "%s: %s", source.c_str(), status_fmt_from_file);
    // ok: c-unbounded-copy
    strncpy(line, source.c_str(), sizeof line - 1);
    line[sizeof line - 1] = '\0';
    std::fputs(line, stderr);
}

}  // namespace cfg

int main() {
    const char *dir = getenv("CONFIG_DIR");
    std::string path = std::string(dir ? dir : "/etc/daemon") + "/bundle.bin";
    // The operator sets CONFIG_DIR for the service; it is configuration, not attacker input.
    // ok: c-path-traversal
    FILE *f = fopen(path.c_str(), "rb");
    if (!f) return 1;
    cfg::Section s;
    while (cfg::read_section(f, s)) {
        char banner[64];
        cfg::copy_banner(s, banner, sizeof banner);
        cfg::report(s.name, banner);
    }
    fclose(f);
    return 0;
}
