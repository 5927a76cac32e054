#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct session { int id; char *name; void (*on_close)(struct session *); };

void close_session(struct session *s) {
    free(s);
    // ruleid: c-use-after-free
    s->on_close(s);
}

int last_id(struct session *s) {
    free(s->name);
    free(s);
    // ruleid: c-use-after-free
    return s->id;
}

void log_and_free(char *msg) {
    free(msg);
    // ruleid: c-use-after-free
    printf("freed %s\n", msg);
}

void clear(char *buf, size_t n) {
    free(buf);
    // ruleid: c-use-after-free
    buf[0] = '\0';
}

int read_after(int *counter) {
    free(counter);
    // ruleid: c-use-after-free
    int v = *counter;
    return v;
}

int safe_id(struct session *s) {
    int id = s->id;
    free(s);
    // ok: c-use-after-free
    return id;
}

void reassigned(size_t n) {
    char *p = malloc(n);
    free(p);
    p = malloc(n);
    // ok: c-use-after-free
    p[0] = 'a';
    free(p);
}

void nulled(char *p) {
    free(p);
    p = NULL;
    // ok: c-use-after-free
    printf("%d\n", p == NULL);
}

void other(char *a, char *b) {
    free(a);
    // ok: c-use-after-free
    b[0] = 0;
}

void reinit(char *p, void (*init)(char **)) {
    free(p);
    // ok: c-use-after-free
    init(&p);
}
