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

unsigned char *read_record(FILE *in) {
    unsigned char head[4];
    if (fread(head, 1, sizeof head, in) != sizeof head) return NULL;
    uint32_t body = be32(head);
    // ruleid: c-tainted-alloc-size
    return malloc(body + 1);
}

unsigned char *read_record_bounded(FILE *in) {
    unsigned char head[4];
    if (fread(head, 1, sizeof head, in) != sizeof head) return NULL;
    uint32_t body = be32(head);
    if (body > 65536) return NULL;
    // ok: c-tainted-alloc-size
    return malloc(body + 1);
}
