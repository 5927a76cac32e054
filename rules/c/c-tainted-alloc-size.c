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
