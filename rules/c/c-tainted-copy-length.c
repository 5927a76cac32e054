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

/* The length is checked, but only after the first copy already used it. */
int frame(int sock) {
    unsigned char pkt[1500];
    char body[512];
    if (recv(sock, pkt, sizeof pkt, 0) < 3) return -1;
    size_t body_len = ((size_t)pkt[0] << 8) | pkt[1];
    // ruleid: c-tainted-copy-length
    memmove(body, pkt + 2, body_len);
    if (body_len >= sizeof body) return -1;
    // ok: c-tainted-copy-length
    memmove(body, pkt + 2, body_len);
    return 0;
}

/* Copies inside the branch that checked the length, or after clamping it. */
int frame_checked(int sock) {
    unsigned char pkt[1500];
    char body[512];
    if (recv(sock, pkt, sizeof pkt, 0) < 3) return -1;
    size_t body_len = ((size_t)pkt[0] << 8) | pkt[1];
    if (body_len < sizeof body) {
        // ok: c-tainted-copy-length
        memcpy(body, pkt + 2, body_len);
    }
    size_t n = MIN(body_len, sizeof body);
    // ok: c-tainted-copy-length
    memcpy(body, pkt + 2, n);
    return 0;
}

int main(int argc, char **argv) {
    return copy_arg(argc, argv);
}

/* Clamped with a ternary before the copy. */
void copy_clamped(int sock) {
    unsigned char frame[256];
    unsigned char payload[4096];
    uint32_t len;
    if (recv(sock, &len, sizeof len, 0) != sizeof len) return;
    if (recv(sock, payload, sizeof payload, 0) <= 0) return;
    size_t keep = len < sizeof frame ? len : sizeof frame;
    // ok: c-tainted-copy-length
    memcpy(frame, payload, keep);
}
