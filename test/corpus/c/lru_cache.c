/* A small LRU cache of decoded records, used by the query daemon. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct entry {
    char *key;
    unsigned char *data;
    size_t len;
    struct entry *next;
};

struct cache {
    struct entry *head;
    size_t count;
};

static void entry_free(struct entry *e) {
    free(e->key);
    free(e->data);
    free(e);
}

void cache_evict_oldest(struct cache *c) {
    struct entry **pp = &c->head;
    if (!*pp) return;
    while ((*pp)->next) pp = &(*pp)->next;
    struct entry *victim = *pp;
    entry_free(victim);
    *pp = NULL;
    c->count--;
}

size_t cache_remove(struct cache *c, const char *key) {
    for (struct entry **pp = &c->head; *pp; pp = &(*pp)->next) {
        struct entry *e = *pp;
        if (strcmp(e->key, key) == 0) {
            *pp = e->next;
            free(e->data);
            size_t freed = e->len;
            free(e->key);
            free(e);
            c->count--;
            return freed;
        }
    }
    return 0;
}

size_t cache_remove_buggy(struct cache *c, const char *key) {
    for (struct entry **pp = &c->head; *pp; pp = &(*pp)->next) {
        struct entry *e = *pp;
        if (strcmp(e->key, key) == 0) {
            *pp = e->next;
            free(e);
            /* ruleid: c-use-after-free */
            size_t freed = e->len;
            c->count--;
            return freed;
        }
    }
    return 0;
}

int entry_set_data(struct entry *e, const unsigned char *src, size_t len) {
    unsigned char *copy = malloc(len);
    if (!copy) return -1;
    memcpy(copy, src, len);
    free(e->data);
    e->data = copy;
    e->len = len;
    return 0;
}

int entry_replace_key(struct entry *e, const char *key) {
    char *old = e->key;
    e->key = strdup(key);
    if (!e->key) {
        e->key = old;
        return -1;
    }
    free(old);
    if (strlen(e->key) > 128) {
        /* ruleid: c-double-free */
        free(old);
        return -1;
    }
    return 0;
}

void entry_reset(struct entry *e) {
    free(e->data);
    e->data = NULL;
    e->len = 0;
    /* ok: c-double-free */
    free(e->data);
}

/* Reads a snapshot from fd: uint32 count followed by count fixed-size records. */
struct entry *load_snapshot(int fd, uint32_t *out_count) {
    uint32_t count;
    if (read(fd, &count, sizeof count) != sizeof count) return NULL;
    /* ruleid: c-alloc-size-overflow, c-tainted-alloc-size */
    struct entry *all = malloc(count * sizeof(struct entry));
    if (!all) return NULL;
    *out_count = count;
    return all;
}

struct entry *load_snapshot_checked(int fd, uint32_t *out_count) {
    uint32_t count;
    if (read(fd, &count, sizeof count) != sizeof count) return NULL;
    if (count == 0 || count > 100000) return NULL;
    /* ok: c-alloc-size-overflow, c-tainted-alloc-size */
    struct entry *all = calloc(count, sizeof(struct entry));
    if (!all) return NULL;
    *out_count = count;
    return all;
}

struct entry *grow(struct entry *arr, size_t n) {
    if (n > SIZE_MAX / 2 / sizeof *arr) return NULL;
    /* ok: c-alloc-size-overflow */
    return realloc(arr, n * 2 * sizeof *arr);
}
