#include <stdio.h>
#include <syslog.h>

#define BANNER "Welcome\n"

void log_caption(const char *caption, FILE *out, char *buf, size_t n) {
    // ruleid: c-format-string
    printf(caption);
    // ruleid: c-format-string
    fprintf(out, caption);
    // ruleid: c-format-string
    syslog(LOG_INFO, caption);
    // ruleid: c-format-string
    snprintf(buf, n, caption);
}

struct msg { const char *text; };

void log_msg(struct msg *m) {
    // ruleid: c-format-string
    printf(m->text);
}

void safe(const char *caption, FILE *out, const char *fmt, int a) {
    // ok: c-format-string
    printf("%s", caption);
    // ok: c-format-string
    fprintf(out, "%s\n", caption);
    // ok: c-format-string
    printf("static text\n");
    // ok: c-format-string
    printf(BANNER);
    // ok: c-format-string
    printf(fmt, a);
    // ok: c-format-string
    syslog(LOG_INFO, "%s", caption);
}

/* BSD warn()/warnx() take the format first, err()/errx() second (after the exit code). */
void diagnostics(const char *name, unsigned id) {
    // ruleid: c-format-string
    warn(name);
    // ruleid: c-format-string
    errx(1, name);
    // ok: c-format-string
    warn("cannot load endpoint %u", id);
    // ok: c-format-string
    warnx("%s", name);
    // ok: c-format-string
    err(1, "%s", name);
}

/* Compiled out: #if on a name this file defines as 0 (or #if 0). The #else branch is compiled. */
#define TRACE_FRAMES 0
void trace_frame(const char *frame) {
#if TRACE_FRAMES
    // ok: c-format-string
    printf(frame);
#else
    // ruleid: c-format-string
    fprintf(stderr, frame);
#endif
#if 0
    // ok: c-format-string
    syslog(LOG_DEBUG, frame);
#endif
}
