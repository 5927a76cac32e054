#include <stdlib.h>
#include <string.h>

struct conn { char *buf; };

int process(size_t n, int fail) {
    char *data = malloc(n);
    char *other = malloc(n);
    if (!data || !other) return -1;
    free(data);
    free(other);
    // ruleid: c-double-free
    free(data);
    return fail;
}

void reuse(size_t n) {
    char *p = malloc(n);
    free(p);
    p = malloc(n * 2);
    // ok: c-double-free
    free(p);
}

void nulled(size_t n) {
    char *p = malloc(n);
    free(p);
    p = NULL;
    // ok: c-double-free
    free(p);
}

void branches(char *p, int flag) {
    if (flag) {
        free(p);
        return;
    }
    // ok: c-double-free
    free(p);
}

void two(char *a, char *b) {
    free(a);
    // ok: c-double-free
    free(b);
}
