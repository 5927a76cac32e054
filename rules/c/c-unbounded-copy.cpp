#include <cstring>
#include <cstdio>

class Label {
public:
    void set(const char *text) {
        char buf[40];
        // ruleid: c-unbounded-copy
        strcpy(buf, text);
        // ok: c-unbounded-copy
        std::snprintf(buf, sizeof buf, "%s", text);
        // ruleid: c-unbounded-copy
        std::strcpy(buf, text);
        // ruleid: c-unbounded-copy
        ::strcat(buf, text);
        // ok: c-unbounded-copy
        std::strncpy(buf, text, sizeof buf - 1);
    }
};
