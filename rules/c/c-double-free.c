#include <stdlib.h>
#include <string.h>

struct conn { char *buf; };

int process(size_t n, int fail) {
    char *data = malloc(n);
    char *other = malloc(n);
    if (!data || !other) return -1;
    free(data);
    free(other);
    // ruleid: c-double-free
    free(data);
    return fail;
}

void reuse(size_t n) {
    char *p = malloc(n);
    free(p);
    p = malloc(n * 2);
    // ok: c-double-free
    free(p);
}

void nulled(size_t n) {
    char *p = malloc(n);
    free(p);
    p = NULL;
    // ok: c-double-free
    free(p);
}

void branches(char *p, int flag) {
    if (flag) {
        free(p);
        return;
    }
    // ok: c-double-free
    free(p);
}

void two(char *a, char *b) {
    free(a);
    // ok: c-double-free
    free(b);
}

/* The second free sits in a branch after an unconditional free. */
int shrink(struct conn *c, size_t want) {
    char *old = c->buf;
    c->buf = malloc(want);
    free(old);
    if (c->buf == NULL) {
        // ruleid: c-double-free
        free(old);
        return -1;
    }
    return 0;
}

/* A branch frees, then the common path frees again. */
void finish_upload(char *body, int failed) {
    if (failed)
        free(body);
    puts("upload finished");
    // ruleid: c-double-free
    free(body);
}

/* A loop-invariant buffer is freed on every turn of the loop. */
void send_all(int fd, char **msgs, size_t n, char *scratch) {
    for (size_t i = 0; i < n; i++) {
        snprintf(scratch, 64, "%s", msgs[i]);
        write(fd, scratch, 64);
        // ruleid: c-double-free
        free(scratch);
    }
}

/* An error path frees and jumps to a cleanup label that frees again. */
int load_config(const char *path) {
    char *text = slurp(path);
    if (!text) return -1;
    struct conn *cfg = parse(text);
    if (!cfg) {
        free(text);
        goto fail;
    }
    free(text);
    return 0;
fail:
    // ruleid: c-double-free
    free(text);
    return -1;
}

/* A struct member freed in one case falls through into a case that frees it again. */
void drop(struct conn *c, int mode) {
    switch (mode) {
    case 1:
        free(c->buf);
        /* fall through */
    case 2:
        // ruleid: c-double-free
        free(c->buf);
        break;
    default:
        break;
    }
}

/* ---- safe look-alikes ---- */

void either(char *p, int flag) {
    if (flag) {
        free(p);
    } else {
        // ok: c-double-free
        free(p);
    }
}

void nulled_in_branch(struct conn *c, int reuse) {
    free(c->buf);
    c->buf = NULL;
    if (reuse) {
        // ok: c-double-free
        free(c->buf);
    }
}

void drain_lines(FILE *f) {
    char *line;
    while ((line = next_line(f)) != NULL) {
        handle(line);
        // ok: c-double-free
        free(line);
    }
}

void free_list(struct node *head) {
    struct node *next;
    for (struct node *n = head; n; n = next) {
        next = n->next;
        // ok: c-double-free
        free(n);
    }
}

int find_and_drop(char **items, size_t n, const char *key, char *spare) {
    for (size_t i = 0; i < n; i++) {
        if (strcmp(items[i], key) == 0) {
            free(spare);
            return 1;
        }
    }
    // ok: c-double-free
    free(spare);
    return 0;
}

void rebuffer(char **chunks, size_t n) {
    char *buf = NULL;
    for (size_t i = 0; i < n; i++) {
        buf = strdup(chunks[i]);
        consume(buf);
        // ok: c-double-free
        free(buf);
    }
}

#define RELEASE(p) do { free(p); (p) = NULL; } while (0)
void macro_style(char *p) {
    do { free(p); } while (0);
    p = NULL;
    // ok: c-double-free
    free(p);
}

void shadowed(char *p, int n) {
    if (n > 0) {
        char *p = malloc(n);
        free(p);
    }
    // ok: c-double-free
    free(p);
}

void other_fields(struct pair *s) {
    free(s->first);
    // ok: c-double-free
    free(s->second);
}

void reset_between(struct conn *c) {
    free(c->buf);
    conn_reset(c);
    // ok: c-double-free
    free(c->buf);
}

void by_platform(char *p) {
#ifdef _WIN32
    free(p);
#else
    // ok: c-double-free
    free(p);
#endif
}

void cleanup_once(const char *path) {
    char *text = slurp(path);
    if (!text) goto out;
    if (parse(text) == NULL) goto out;
    use_text(text);
out:
    // ok: c-double-free
    free(text);
}

void handed_off(struct queue *q, char *msg) {
    if (!queue_push(q, msg)) {
        // ok: c-double-free
        free(msg);
        return;
    }
    /* the queue owns msg now and frees it when the consumer is done */
}

/* ---- releases through a helper of this file ---- */

struct entry { char *key; char *val; };

static void entry_destroy(struct entry *e) {
    if (!e) return;
    free(e->key);
    free(e->val);
    free(e);
}

static void entry_maybe_destroy(struct entry *e, int last) {
    if (last) free(e);
}

void evict(struct entry *e, int stale) {
    entry_destroy(e);
    if (stale) {
        // ruleid: c-double-free
        entry_destroy(e);
    }
}

void evict_twice(struct entry *e) {
    free(e);
    // ruleid: c-double-free
    entry_destroy(e);
}

void evict_once(struct entry *e, int last) {
    entry_maybe_destroy(e, last);
    // ok: c-double-free
    entry_maybe_destroy(e, last);
}

/* A helper handed a field may unlink it from its owner: the field holds the next element afterwards. */
struct server;
struct session { struct server *srv; struct session *next; char *name; };
struct server { struct session *first; };

static void session_close(struct session *s) {
    s->srv->first = s->next;
    free(s->name);
    free(s);
}

void close_all(struct server *srv) {
    while (srv->first)
        // ok: c-double-free
        session_close(srv->first);
}

/* "if (p) free(p);" twice without clearing p: the pointer is still non-NULL the second time. */
void close_twice(char *name, char *path) {
    if (name)
        free(name);
    if (path)
        free(path);
    if (name)
        // ruleid: c-double-free
        free(name);
}

void release_both(char *buf) {
    char *copy = buf;
    free(buf);
    // ruleid: c-double-free
    free(copy);
}

void release_moved(char *buf, size_t n) {
    char *copy = buf;
    buf = malloc(n);
    free(copy);
    // ok: c-double-free
    free(buf);
}

/* A same-file function that always exits ends the path like exit() itself. */
static void usage_and_exit(int status) {
    fputs("usage: tool FILE\n", stderr);
    exit(status);
}

static void fail(const char *why) __attribute__((noreturn));

void tool_main(int argc, char *name, char *out) {
    if (argc < 2) {
        free(name);
        usage_and_exit(2);
    }
    if (argc > 9) {
        free(out);
        fail("too many arguments");
    }
    // ok: c-double-free
    free(name);
    // ok: c-double-free
    free(out);
}
