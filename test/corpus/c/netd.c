/* A minimal network daemon that runs maintenance commands on request. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static const char *COMMANDS[] = {"uptime", "df -h", NULL};

static int known_command(const char *cmd) {
    for (int i = 0; COMMANDS[i]; i++) {
        if (strcmp(COMMANDS[i], cmd) == 0) return 1;
    }
    return 0;
}

void serve(int client) {
    char buf[256];
    ssize_t n = recv(client, buf, sizeof buf - 1, 0);
    if (n <= 0) return;
    buf[n] = '\0';
    buf[strcspn(buf, "\r\n")] = '\0';
    if (known_command(buf)) {
        /* ok: c-command-injection */
        system(buf);
    }
    char log[512];
    snprintf(log, sizeof log, "logger 'request: %s'", buf);
    /* ruleid: c-command-injection */
    system(log);
    char copy[256];
    strcpy(copy, buf);
    strcpy(copy, "true");
    /* ok: c-command-injection */
    system(copy);
}
