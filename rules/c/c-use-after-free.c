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

/* ---- uses reached from a free through branches, loops and jumps ---- */

struct msg { char *data; size_t len; struct msg *next; };

/* The branch that frees falls through to code that writes through the pointer. */
void touch(struct session *sess, long now, long expires) {
    if (now > expires)
        free(sess);
    // ruleid: c-use-after-free
    sess->id = (int)now;
}

/* Freed at the end of each turn, read again at the start of the next one. */
void flush(int fd, struct msg *m, int times) {
    for (int i = 0; i < times; i++) {
        // ruleid: c-use-after-free
        write(fd, m->data, m->len);
        free(m);
    }
}

/* Freed before the branch, used inside it. */
int finish(struct session *s, int verbose) {
    free(s->name);
    if (verbose) {
        // ruleid: c-use-after-free
        printf("closing %s\n", s->name);
    }
    return 0;
}

/* ---- safe look-alikes ---- */

int early_exit(struct session *s, int bad) {
    if (bad) {
        free(s);
        return -1;
    }
    // ok: c-use-after-free
    return s->id;
}

void pop_all(struct msg *head) {
    while (head) {
        struct msg *next = head->next;
        free(head);
        head = next;
        // ok: c-use-after-free
        if (head) printf("%zu\n", head->len);
    }
}

void size_only(struct msg *m, char *dst) {
    free(m);
    // ok: c-use-after-free
    memset(dst, 0, sizeof *m);
}

void other_branch(struct session *s, int closing) {
    if (closing) {
        free(s);
    } else {
        // ok: c-use-after-free
        s->id = 0;
    }
}

void refreshed(struct msg *m, const char *text) {
    free(m->data);
    m->data = strdup(text);
    // ok: c-use-after-free
    m->len = strlen(m->data);
}

void only_compared(struct msg *m, struct msg *cur) {
    free(m);
    // ok: c-use-after-free
    if (cur == m) puts("freed the current message");
}

/* ---- releases through a helper of this file, and dangling returns ---- */

static void msg_free(struct msg *m) {
    if (m == NULL) return;
    free(m->data);
    free(m);
}

static void msg_clear(struct msg *m) {
    free(m->data);
    m->data = NULL;
    m->len = 0;
}

size_t drop(struct msg *m) {
    msg_free(m);
    // ruleid: c-use-after-free
    return m->len;
}

size_t clear_and_count(struct msg *m) {
    msg_clear(m);
    // ok: c-use-after-free
    return m->len;
}

char *dangling(size_t n) {
    char *buf = malloc(n);
    if (!buf) return NULL;
    free(buf);
    // ruleid: c-use-after-free
    return buf;
}

char *kept(size_t n, int fail) {
    char *buf = malloc(n);
    if (fail) {
        free(buf);
        return NULL;
    }
    // ok: c-use-after-free
    return buf;
}

/* An unrelated check between the free and the use does not make the use safe. */
char *lookup_name(struct session *s, int *err) {
    char *name = strdup(s->name);
    int rc = check_name(name);
    if (rc < 0)
        free(name);
    if (err)
        *err = rc;
    // ruleid: c-use-after-free
    return name;
}

/* The use sits under a condition of its own, which may exclude the free: not reported. */
void close_or_touch(struct session *s, int closing) {
    if (closing)
        free(s);
    if (!closing) {
        // ok: c-use-after-free
        s->id = 0;
    }
}

/* Another local holding the same pointer is dangling too. */
void log_after(struct msg *m) {
    char *text = m->data;
    free(m->data);
    m->data = NULL;
    // ruleid: c-use-after-free
    puts(text);
}

/* The copy was taken before the field got a new buffer: only the old one is freed. */
void swap_buffer(struct msg *m, const char *fresh) {
    char *old = m->data;
    m->data = strdup(fresh);
    free(old);
    // ok: c-use-after-free
    m->len = strlen(m->data);
}

void trace_release(struct session *s) {
    free(s);
    // ok: c-use-after-free
    fprintf(stderr, "session %p released\n", s);
}

/* Storing a freed pointer where others read it hands them a dangling pointer. */
void unlink_and_free(struct msg *prev, struct msg *m) {
    free(m);
    // ruleid: c-use-after-free
    prev->next = m;
}

void free_then_clear(struct msg **slot, struct msg *m) {
    free(m);
    m = NULL;
    // ok: c-use-after-free
    *slot = m;
}

void remember_last(struct msg *m, struct msg **last) {
    struct msg *keep = m->next;
    free(m);
    // ok: c-use-after-free
    *last = keep;
}
