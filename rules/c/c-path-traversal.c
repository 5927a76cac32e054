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
