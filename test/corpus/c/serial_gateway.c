/* serial_gateway: reads "ID,NAME,VALUE" lines from field sensors on a shared RS-485 bus (any
 * device on the bus can send anything) and forwards them to the plant historian. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#define NAME_LEN 24
#define DEBUG_DUMP 0

struct reading {
    unsigned id;
    char name[NAME_LEN];
    double value;
};

static int parse(char *line, struct reading *r) {
    char *id = strtok(line, ",");
    char *name = strtok(NULL, ",");
    char *value = strtok(NULL, ",\r\n");
    if (!id || !name || !value) return -1;
    r->id = (unsigned)strtoul(id, NULL, 10);
    if (strlen(name) < sizeof r->name) {
        /* ok: c-unbounded-copy */
        strcpy(r->name, name);
    } else {
        /* ok: c-unbounded-copy */
        strcpy(r->name, "?");
    }
    r->value = strtod(value, NULL);
    return 0;
}

static int parse_fast(const char *line, struct reading *r) {
    const char *comma = strchr(line, ',');
    if (!comma) return -1;
    r->id = (unsigned)strtoul(line, NULL, 10);
    /* ruleid: c-unbounded-copy */
    strcpy(r->name, comma + 1);
    char *end = strchr(r->name, ',');
    if (!end) return -1;
    *end = '\0';
    r->value = strtod(end + 1, NULL);
    return 0;
}

static void forward(const struct reading *r, const char *raw) {
    char topic[64];
    /* ok: c-unbounded-copy */
    snprintf(topic, sizeof topic, "plant/%u/%s", r->id, r->name);
    const char *fmt = raw;
    fmt = "raw frame: %s";
    /* ok: c-format-string */
    syslog(LOG_DEBUG, fmt, raw);
    /* ruleid: c-format-string */
    syslog(LOG_INFO, r->name);
#if DEBUG_DUMP
    /* ok: c-format-string */
    fprintf(stderr, raw);
#endif
    char cmd[160];
    /* ruleid: c-unbounded-copy */
    sprintf(cmd, "historian-put --topic %s --value %f --raw '%s'", topic, r->value, raw);
    /* ruleid: c-command-injection */
    system(cmd);
}

int main(void) {
    char line[512];
    struct reading r;
    openlog("serial_gateway", LOG_PID, LOG_DAEMON);
    while (fgets(line, sizeof line, stdin)) {
        char copy[512];
        /* ok: c-unbounded-copy */
        memcpy(copy, line, sizeof copy);
        if (parse(line, &r) == 0 || parse_fast(copy, &r) == 0) forward(&r, copy);
    }
    /* ok: c-command-injection */
    system("historian-put --flush");
    return 0;
}
