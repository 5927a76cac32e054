#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

void serve(int sock) {
    char name[256];
    ssize_t n = recv(sock, name, sizeof name - 1, 0);
    if (n <= 0) return;
    name[n] = '\0';
    // ruleid: c-path-traversal
    FILE *f = fopen(name, "r");
    if (f) fclose(f);
}

void serve_checked(int sock) {
    char name[256];
    ssize_t n = recv(sock, name, sizeof name - 1, 0);
    if (n <= 0) return;
    name[n] = '\0';
    if (strstr(name, "..") != NULL) return;
    // ok: c-path-traversal
    FILE *f = fopen("/srv/files/index.txt", "r");
    if (f) fclose(f);
}

int main(int argc, char **argv) {
    // ok: c-path-traversal
    FILE *f = fopen(argv[1], "r");
    return f == NULL && argc > 0;
}

/* A parser copies the request into a struct; the struct's field then names the file. */
struct request { char file[64]; int mode; };
static int parse_request(const char *msg, struct request *req) {
    size_t n = strcspn(msg, " ");
    if (n >= sizeof req->file) return -1;
    memcpy(req->file, msg, n);
    req->file[n] = '\0';
    return 0;
}

static void open_requested(const char *msg) {
    struct request req;
    char path[128];
    if (parse_request(msg, &req) != 0) return;
    snprintf(path, sizeof path, "/srv/files/%s", req.file);
    // ruleid: c-path-traversal
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
    if (strstr(req.file, "..") == NULL && strchr(req.file, '/') == NULL) {
        snprintf(path, sizeof path, "/srv/files/%s", req.file);
        // ok: c-path-traversal
        FILE *g = fopen(path, "r");
        if (g) fclose(g);
    }
    struct request fixed;
    parse_defaults(&fixed);
    snprintf(path, sizeof path, "/srv/files/%s", fixed.file);
    // ok: c-path-traversal
    FILE *h = fopen(path, "r");
    if (h) fclose(h);
}

void serve_requests(int sock) {
    char msg[512];
    ssize_t n = recv(sock, msg, sizeof msg - 1, 0);
    if (n <= 0) return;
    msg[n] = '\0';
    open_requested(msg);
}

/* A number read from input and printed with %u into a path is digits only: it cannot climb out. */
void open_slot(int sock) {
    unsigned slot;
    char path[64];
    if (recv(sock, &slot, sizeof slot, 0) != sizeof slot) return;
    snprintf(path, sizeof path, "/var/lib/slots/%u/state", slot);
    // ok: c-path-traversal
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
    char name[32];
    if (recv(sock, name, sizeof name - 1, 0) <= 0) return;
    name[31] = '\0';
    snprintf(path, sizeof path, "/var/lib/slots/%u/%s", slot, name);
    // ruleid: c-path-traversal
    FILE *g = fopen(path, "r");
    if (g) fclose(g);
}

/* A reader helper fills the caller's buffer; a validator that rejects ".." guards the other branch. */
static int read_name(int sock, char *buf, size_t cap) {
    ssize_t n = recv(sock, buf, cap - 1, 0);
    if (n <= 0) return -1;
    buf[n] = '\0';
    return 0;
}

static int name_is_clean(const char *name) {
    return strstr(name, "..") == NULL && strchr(name, '/') == NULL;
}

void open_named(int sock) {
    char name[64];
    char path[128];
    if (read_name(sock, name, sizeof name) != 0) return;
    snprintf(path, sizeof path, "/var/lib/slots/%s", name);
    // ruleid: c-path-traversal
    FILE *raw = fopen(path, "r");
    if (raw) fclose(raw);
    if (!name_is_clean(name)) return;
    snprintf(path, sizeof path, "/var/lib/slots/%s", name);
    // ok: c-path-traversal
    FILE *checked = fopen(path, "r");
    if (checked) fclose(checked);
}

/* A reader that returns nothing still fills the caller's buffer. */
static void read_line(int fd, char *buf, size_t cap) {
    ssize_t n = read(fd, buf, cap - 1);
    if (n < 0) n = 0;
    buf[n] = '\0';
}

void open_from_line(int fd) {
    char name[128];
    read_line(fd, name, sizeof name);
    // ruleid: c-path-traversal
    FILE *f = fopen(name, "r");
    if (f) fclose(f);
}
