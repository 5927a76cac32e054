#include <cstring>
#include <cstdlib>
#include <cstdio>

int main(int argc, char **argv) {
    char buf[32];
    size_t n = strtoul(argv[1], nullptr, 10);
    // ruleid: c-tainted-copy-length
    memcpy(buf, argv[2], n);
    size_t m = sizeof buf;
    // ok: c-tainted-copy-length
    memcpy(buf, argv[2], m);
    return 0;
}
