#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct header { unsigned int len; };

int handle(int fd, const char *payload) {
    char buf[256];
    struct header hdr;
    read(fd, &hdr, sizeof hdr);
    // ruleid: c-tainted-copy-length
    memcpy(buf, payload, hdr.len);
    return 0;
}

int copy_arg(int argc, char **argv) {
    char buf[64];
    size_t n = strtoul(argv[2], NULL, 10);
    // ruleid: c-tainted-copy-length
    strncpy(buf, argv[1], n);
    return argc;
}

int handle_checked(int fd, const char *payload) {
    char buf[256];
    struct header hdr;
    read(fd, &hdr, sizeof hdr);
    if (hdr.len > sizeof buf) return -1;
    // ok: c-tainted-copy-length
    memcpy(buf, payload, hdr.len);
    return 0;
}

int handle_fixed(const char *payload) {
    char buf[256];
    // ok: c-tainted-copy-length
    memcpy(buf, payload, sizeof buf);
    return 0;
}

int main(int argc, char **argv) {
    return copy_arg(argc, argv);
}
