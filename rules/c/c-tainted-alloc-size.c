#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *read_blob(int fd) {
    uint32_t len;
    read(fd, &len, sizeof len);
    // ruleid: c-tainted-alloc-size
    char *blob = malloc(len + 1);
    return blob;
}

int main(int argc, char **argv) {
    size_t count = strtoul(argv[1], NULL, 10);
    // ruleid: c-tainted-alloc-size
    int *items = malloc(count * sizeof(int));
    free(items);
    return argc;
}

char *read_blob_checked(int fd) {
    uint32_t len;
    read(fd, &len, sizeof len);
    if (len > 1 << 20) return NULL;
    // ok: c-tainted-alloc-size
    return malloc(len + 1);
}

/* A length assembled byte by byte from a header read off the stream: still the sender's number. */
static uint32_t be32(const unsigned char *b) { return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3]; }

unsigned char *read_record_be(FILE *in) {
    unsigned char head[4];
    if (fread(head, 1, sizeof head, in) != sizeof head) return NULL;
    uint32_t body = be32(head);
    // ruleid: c-tainted-alloc-size
    return malloc(body + 1);
}

unsigned char *read_record_be_bounded(FILE *in) {
    unsigned char head[4];
    if (fread(head, 1, sizeof head, in) != sizeof head) return NULL;
    uint32_t body = be32(head);
    if (body > 65536) return NULL;
    // ok: c-tainted-alloc-size
    return malloc(body + 1);
}

/* A size assembled from header bytes is as attacker-chosen as the bytes. */
void *read_record(int fd) {
    unsigned char hdr[4];
    if (read(fd, hdr, sizeof hdr) != 4) return NULL;
    size_t n = ((size_t)hdr[0] << 24) | ((size_t)hdr[1] << 16) | ((size_t)hdr[2] << 8) | hdr[3];
    // ruleid: c-tainted-alloc-size
    return malloc(n + 1);
}

/* The distance between two pointers into the argument is a position in a string that exists. */
char *swap_extension(int argc, char **argv) {
    const char *dot = strrchr(argv[1], '.');
    if (!dot) return NULL;
    // ok: c-tainted-alloc-size
    char *out = malloc(dot - argv[1] + 5);
    if (out) memcpy(out, argv[1], dot - argv[1]);
    return argc > 1 ? out : NULL;
}
