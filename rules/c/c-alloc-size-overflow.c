#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct point { int x, y; };
struct header { uint32_t count; };

struct point *load_points(const struct header *h) {
    // ruleid: c-alloc-size-overflow
    struct point *pts = malloc(h->count * sizeof(struct point));
    return pts;
}

int *grow(int *items, size_t cap) {
    // ruleid: c-alloc-size-overflow
    return realloc(items, cap * sizeof *items);
}

char *matrix(size_t rows, size_t cols) {
    // ruleid: c-alloc-size-overflow
    return malloc(rows * cols);
}

#define MAX_ITEMS 128

struct point *fixed(void) {
    // ok: c-alloc-size-overflow
    return malloc(MAX_ITEMS * sizeof(struct point));
}

struct point *zeroed(size_t n) {
    // ok: c-alloc-size-overflow
    return calloc(n, sizeof(struct point));
}

struct point *checked(size_t n) {
    if (n > SIZE_MAX / sizeof(struct point)) return NULL;
    // ok: c-alloc-size-overflow
    return malloc(n * sizeof(struct point));
}

char *copy(const char *s) {
    // ok: c-alloc-size-overflow
    return malloc(strlen(s) + 1);
}
