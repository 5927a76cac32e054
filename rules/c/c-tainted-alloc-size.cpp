#include <cstdlib>

int main(int argc, char **argv) {
    unsigned long n = strtoul(argv[1], nullptr, 10);
    // ruleid: c-tainted-alloc-size
    void *p = malloc(n * 16);
    // ok: c-tainted-alloc-size
    void *q = malloc(64 * 16);
    free(p);
    free(q);
    return argc;
}
