#include <cstdlib>

void release(char *p, char *q) {
    free(p);
    // ruleid: c-double-free
    free(p);
    // ok: c-double-free
    free(q);
}
