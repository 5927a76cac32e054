#include <cstdio>
#include <string>

void show(const std::string &title) {
    // ruleid: c-format-string
    printf(title.c_str());
    // ok: c-format-string
    printf("%s\n", title.c_str());
}
