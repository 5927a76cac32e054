#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_LEN 64

static char g_title[NAME_LEN];

void set_title(const char *name) {
    char title[NAME_LEN], other[8];
    // ruleid: c-unbounded-copy
    strcpy(title, name);
    // ruleid: c-unbounded-copy
    strcat(other, name);
    // ruleid: c-unbounded-copy
    strcpy(g_title, name);
    puts(title);
}

void greet(const char *user) {
    char msg[32];
    // ruleid: c-unbounded-copy
    sprintf(msg, "hello %s", user);
    puts(msg);
}

void safe(const char *name, int n) {
    char title[NAME_LEN];
    // ok: c-unbounded-copy
    strcpy(title, "untitled");
    // ok: c-unbounded-copy
    snprintf(title, sizeof title, "%s", name);
    char num[16];
    // ok: c-unbounded-copy
    sprintf(num, "%d", n);
    // ok: c-unbounded-copy
    sprintf(num, "%.8s", name);
    title[0] = 'x';
}

char *dup(const char *s) {
    char *copy = malloc(strlen(s) + 1);
    if (copy == NULL) return NULL;
    // ok: c-unbounded-copy
    strcpy(copy, s);
    return copy;
}

#define SUFFIX ".gz"

void checked(const char *file) {
    char out[256];
    if (strlen(file) + strlen(SUFFIX) >= sizeof(out)) return;
    // ok: c-unbounded-copy
    strcpy(out, file);
    // ok: c-unbounded-copy
    strcat(out, SUFFIX);
}

struct reading {
    unsigned id;
    char name[16];
    char *label;
};

void parse_reading(struct reading *r, const char *line) {
    const char *comma = strchr(line, ',');
    if (!comma) return;
    // ruleid: c-unbounded-copy
    strcpy(r->name, comma + 1);
    // ruleid: c-unbounded-copy
    sprintf(r->name, "%s", line);
    // ok: c-unbounded-copy
    strcpy(r->name, "?");
    // ok: c-unbounded-copy
    snprintf(r->name, sizeof r->name, "%s", line);
    // ok: c-unbounded-copy
    strcpy(r->label, line);
}

void parse_checked(struct reading *r, const char *line) {
    if (strlen(line) >= sizeof(r->name)) return;
    // ok: c-unbounded-copy
    strcpy(r->name, line);
}
