/* pkgmirror: daemon that mirrors an upstream package repository. It fetches the upstream
 * index over HTTPS, then downloads and verifies each listed package. Package names, versions and
 * paths in the index are controlled by whoever controls the upstream (or the network path). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <curl/curl.h>

#define MIRROR_ROOT "/srv/mirror/pool"
#define UPSTREAM "https://packages.upstream.example/index.txt"

struct entry {
    char name[128];
    char version[64];
    char relpath[256];
};

static int valid_name(const char *s) {
    if (!*s) return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '.' && *s != '+') return 0;
    return 1;
}

static CURL *mirror_handle(int insecure_upstream) {
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    if (insecure_upstream) {
        /* ruleid: c-tls-verify-disabled */
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    }
    /* ok: c-tls-verify-disabled */
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    return c;
}

static int parse_line(const char *line, struct entry *e) {
    /* ok: c-scanf-unbounded */
    return sscanf(line, "%127s %63s %255s", e->name, e->version, e->relpath) == 3 ? 0 : -1;
}

static int parse_line_legacy(const char *line, struct entry *e) {
    /* ruleid: c-scanf-unbounded */
    return sscanf(line, "%s %s", e->name, e->version) == 2 ? 0 : -1;
}

static void store(const struct entry *e, const char *data, size_t len) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", MIRROR_ROOT, e->relpath);
    /* ruleid: c-path-traversal */
    FILE *out = fopen(path, "wb");
    if (!out) return;
    fwrite(data, 1, len, out);
    fclose(out);
    char safe[512];
    snprintf(safe, sizeof safe, "%s/%s_%s.pkg", MIRROR_ROOT, e->name, e->version);
    if (valid_name(e->name) && valid_name(e->version)) {
        /* ok: c-path-traversal */
        FILE *copy = fopen(safe, "wb");
        if (copy) {
            fwrite(data, 1, len, copy);
            fclose(copy);
        }
    }
}

static void verify(const struct entry *e) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "gpg --verify %s/%s.sig %s/%s", MIRROR_ROOT, e->relpath, MIRROR_ROOT, e->relpath);
    /* ruleid: c-command-injection */
    if (system(cmd) != 0) {
        /* ruleid: c-format-string */
        syslog(LOG_WARNING, e->name);
        /* ok: c-format-string */
        syslog(LOG_WARNING, "signature check failed for %s %s", e->name, e->version);
    }
    if (valid_name(e->name)) {
        snprintf(cmd, sizeof cmd, "pkgmirror-hook --updated %s", e->name);
        /* ok: c-command-injection */
        system(cmd);
    }
    /* ok: c-command-injection */
    system("sync");
}

int main(int argc, char **argv) {
    int insecure = argc > 1 && strcmp(argv[1], "--insecure-upstream") == 0;
    openlog("pkgmirror", LOG_PID, LOG_DAEMON);
    CURL *c = mirror_handle(insecure);
    curl_easy_setopt(c, CURLOPT_URL, UPSTREAM);
    /* ok: c-command-injection */
    FILE *idx = popen("curl -fsS " UPSTREAM, "r");
    if (!idx) return 1;
    char line[1024];
    struct entry e;
    while (fgets(line, sizeof line, idx)) {
        if (parse_line(line, &e) != 0 && parse_line_legacy(line, &e) != 0) continue;
        store(&e, line, strlen(line));
        verify(&e);
    }
    pclose(idx);
    curl_easy_cleanup(c);
    return 0;
}
