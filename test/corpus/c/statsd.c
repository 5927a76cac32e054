/* statsd-lite: receives "name:value|type" metrics over UDP and appends them to per-bucket files. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/socket.h>
#include <arpa/inet.h>

#define NAME_MAX_LEN 64
#define SPOOL "/var/spool/statsd/"

struct metric {
    char name[NAME_MAX_LEN];
    double value;
    char type[4];
};

static int parse_metric(const char *line, struct metric *m) {
    const char *colon = strchr(line, ':');
    if (!colon) return -1;
    size_t n = (size_t)(colon - line);
    if (n >= sizeof m->name) return -1;
    memcpy(m->name, line, n);
    m->name[n] = '\0';
    /* ok: c-scanf-unbounded */
    if (sscanf(colon + 1, "%lf|%3s", &m->value, m->type) != 2) return -1;
    return 0;
}

static void handle_packet(const char *pkt, size_t len) {
    char line[512];
    char name[NAME_MAX_LEN];
    char path[256];
    struct metric m;

    if (len >= sizeof line) len = sizeof line - 1;
    memcpy(line, pkt, len);
    line[len] = '\0';

    /* ruleid: c-format-string */
    syslog(LOG_DEBUG, line);
    /* ok: c-format-string */
    syslog(LOG_DEBUG, "packet: %s", line);

    /* ruleid: c-unbounded-copy */
    strcpy(name, line);
    /* ok: c-unbounded-copy */
    strcpy(name, "unknown");
    /* ok: c-unbounded-copy */
    snprintf(name, sizeof name, "%s", line);

    if (parse_metric(line, &m) != 0) return;

    /* m.name is at most 63 chars, so this fits in path[256]; the bug is the traversal below. */
    /* ok: c-unbounded-copy */
    sprintf(path, SPOOL "%s.log", m.name);
    /* ruleid: c-path-traversal */
    FILE *f = fopen(path, "a");
    if (!f) return;
    /* ok: c-format-string */
    fprintf(f, "%s %f\n", m.type, m.value);
    fclose(f);

    if (strchr(m.name, '/') == NULL && strstr(m.name, "..") == NULL) {
        /* ok: c-unbounded-copy */
        snprintf(path, sizeof path, SPOOL "%s.log", m.name);
        /* ok: c-path-traversal */
        FILE *g = fopen(path, "a");
        if (g) fclose(g);
    }
}

/* Binary batch frame: uint16 count, then count * uint16 length-prefixed records. */
static void handle_batch(int sock) {
    unsigned char buf[2048];
    char record[256];
    ssize_t n = recv(sock, buf, sizeof buf, 0);
    if (n < 4) return;
    uint16_t rec_len = (uint16_t)((buf[2] << 8) | buf[3]);
    /* ruleid: c-tainted-copy-length */
    memcpy(record, buf + 4, rec_len);
    if (rec_len < sizeof record && (size_t)rec_len + 4 <= (size_t)n) {
        /* ok: c-tainted-copy-length */
        memcpy(record, buf + 4, rec_len);
        record[rec_len] = '\0';
        handle_packet(record, rec_len);
    }
    /* ok: c-tainted-copy-length */
    memset(record, 0, sizeof record);
}

int main(void) {
    int sock = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(8125);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(sock, (struct sockaddr *)&addr, sizeof addr) != 0) return 1;
    for (;;) handle_batch(sock);
}
