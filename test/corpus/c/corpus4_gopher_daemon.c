/* gopherd: a tiny Gopher (RFC 1436) server for a retro-computing club's menu of text files. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#define DOC_ROOT "/srv/gopher"
#define SELECTOR_MAX 255

static void send_str(int fd, const char *s)
{
    (void)write(fd, s, strlen(s));
}

static int read_selector(int fd, char *buf, size_t cap)
{
    size_t n = 0;
    char c;
    while (n + 1 < cap && read(fd, &c, 1) == 1) {
        if (c == '\r' || c == '\n')
            break;
        buf[n++] = c;
    }
    buf[n] = '\0';
    return (int)n;
}

static int selector_is_clean(const char *sel)
{
    if (strstr(sel, "..") != NULL || strchr(sel, '\\') != NULL)
        return 0;
    for (const char *p = sel; *p; p++) {
        if (!(*p == '/' || *p == '.' || *p == '-' || *p == '_' ||
              (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            return 0;
    }
    return 1;
}

static void serve_file_unchecked(int fd, const char *selector)
{
    char path[512];
    char line[256];
    snprintf(path, sizeof path, "%s/%s", DOC_ROOT, selector);
    /* ruleid: c-path-traversal */
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        send_str(fd, "3not found\terror.host\t1\r\n.\r\n");
        return;
    }
    while (fgets(line, sizeof line, f) != NULL)
        send_str(fd, line);
    fclose(f);
}

static void serve_file(int fd, const char *selector)
{
    char path[512];
    if (!selector_is_clean(selector)) {
        send_str(fd, "3bad selector\terror.host\t1\r\n.\r\n");
        return;
    }
    snprintf(path, sizeof path, "%s/%s", DOC_ROOT, selector);
    /* ok: c-path-traversal */
    FILE *f = fopen(path, "r");
    if (f != NULL) {
        char line[256];
        while (fgets(line, sizeof line, f) != NULL)
            send_str(fd, line);
        fclose(f);
    }
}

static void search(int fd, const char *query)
{
    char cmd[600];
    char hit[256];
    snprintf(cmd, sizeof cmd, "grep -ril '%s' " DOC_ROOT, query);
    /* ruleid: c-command-injection */
    FILE *p = popen(cmd, "r");
    if (p == NULL)
        return;
    while (fgets(hit, sizeof hit, p) != NULL)
        send_str(fd, hit);
    pclose(p);
    /* ok: c-command-injection */
    FILE *u = popen("uptime", "r");
    if (u != NULL)
        pclose(u);
}

static void handle(int fd, const struct sockaddr_in *peer)
{
    char selector[SELECTOR_MAX + 1];
    char banner[64];
    char title[128];

    read_selector(fd, selector, sizeof selector);
    /* ruleid: c-format-string */
    syslog(LOG_INFO, selector);
    /* ok: c-format-string */
    syslog(LOG_INFO, "request from %s: %s", inet_ntoa(peer->sin_addr), selector);

    /* ruleid: c-unbounded-copy */
    sprintf(title, "iSelector %s requested\tfake\t(NULL)\t0\r\n", selector);
    send_str(fd, title);
    /* ok: c-unbounded-copy */
    sprintf(banner, "iWelcome to the club hole\tfake\t(NULL)\t0\r\n");
    send_str(fd, banner);

    if (strncmp(selector, "search\t", 7) == 0)
        search(fd, selector + 7);
    else if (strncmp(selector, "raw/", 4) == 0)
        serve_file_unchecked(fd, selector + 4);
    else
        serve_file(fd, selector[0] ? selector : "gophermap");
    send_str(fd, ".\r\n");
}

int main(void)
{
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(70), .sin_addr.s_addr = INADDR_ANY };
    if (srv < 0 || bind(srv, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(srv, 16) < 0)
        return 1;
    openlog("gopherd", LOG_PID, LOG_DAEMON);
    for (;;) {
        struct sockaddr_in peer;
        socklen_t len = sizeof peer;
        int fd = accept(srv, (struct sockaddr *)&peer, &len);
        if (fd < 0)
            continue;
        handle(fd, &peer);
        close(fd);
    }
}
