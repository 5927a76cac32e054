#include <stdio.h>

int parse(const char *line, FILE *in) {
    char user[32], host[64];
    int port = 0;
    // ruleid: c-scanf-unbounded
    scanf("%s", user);
    // ruleid: c-scanf-unbounded
    sscanf(line, "%[^@]@%63s", user, host);
    // ruleid: c-scanf-unbounded
    fscanf(in, "%d %s", &port, host);
    // ok: c-scanf-unbounded
    scanf("%31s", user);
    // ok: c-scanf-unbounded
    sscanf(line, "%31[^@]@%63s:%d", user, host, &port);
    // ok: c-scanf-unbounded
    sscanf(line, "%d%%s", &port);
    // ok: c-scanf-unbounded
    sscanf(line, "%*s %d", &port);
    return port;
}
