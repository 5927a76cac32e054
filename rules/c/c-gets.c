#include <stdio.h>
#include <string.h>

int read_name(void) {
    char name[32];
    // ruleid: c-gets
    gets(name);
    return (int)strlen(name);
}

int read_name_safe(void) {
    char name[32];
    // ok: c-gets
    if (fgets(name, sizeof name, stdin) == NULL) return -1;
    name[strcspn(name, "\n")] = '\0';
    return (int)strlen(name);
}

/* gets(name) in a comment is not a call */
// ok: c-gets
static const char *doc = "never call gets(buf)";

struct reader { int (*gets)(char *); };
int use(struct reader *r, char *b) {
    // ok: c-gets
    return r->gets(b);
}
