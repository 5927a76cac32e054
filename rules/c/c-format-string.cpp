#include <cstdio>
#include <string>

void show(const std::string &title) {
    // ruleid: c-format-string
    printf(title.c_str());
    // ok: c-format-string
    printf("%s\n", title.c_str());
    // ruleid: c-format-string
    std::fprintf(stderr, title.c_str());
    // ok: c-format-string
    std::fprintf(stderr, "%s\n", title.c_str());
}
