#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_allowed_host(const char *host);

static void build(char *out, size_t n, const char *name) {
    snprintf(out, n, "grep %s /etc/hosts", name);
}

static const char *pass(const char *s) {
    return s;
}

int main(int argc, char **argv) {
    char cmd[256];
    char line[128];
    if (argc < 2) {
        return 1;
    }
    snprintf(cmd, sizeof cmd, "ping -c 1 %s", argv[1]);
    /* ruleid: c-command-injection */
    system(cmd);
    /* ok: c-command-injection */
    system("uptime");

    int port = atoi(argv[2]);
    snprintf(cmd, sizeof cmd, "nc -z localhost %d", port);
    /* ok: c-command-injection */
    system(cmd);

    /* Arithmetic on input yields a number: it cannot carry shell syntax. */
    int level = argv[2][0] - '0';
    snprintf(cmd, sizeof cmd, "renice -n %d -p 1", level * 2);
    /* ok: c-command-injection */
    system(cmd);

    const char *dir = getenv("BACKUP_DIR");
    char tar[256] = "tar czf /tmp/b.tgz ";
    strcat(tar, dir);
    /* ruleid: c-command-injection */
    FILE *p = popen(tar, "r");

    if (fgets(line, sizeof line, stdin) != NULL) {
        /* ruleid: c-command-injection */
        system(line);
    }

    if (!is_allowed_host(argv[3])) {
        return 2;
    }
    /* ok: c-command-injection */
    system(argv[3]);

    if (0) {
        /* ok: c-command-injection */
        system(argv[4]);
    }

    char other[256];
    build(other, sizeof other, argv[5]);
    /* ruleid: c-command-injection */
    system(pass(argv[6]));

    char *safe = argv[7];
    safe = "ls";
    /* ok: c-command-injection */
    system(safe);
    pclose(p);
    return 0;
}

/* Validators named for what they accept (known_, safe_, …_is_trusted) guard their argument. */
static const char *ACTIONS[] = {"restart", "status", 0};
static int known_action(const char *a) {
    for (int i = 0; ACTIONS[i]; i++) if (strcmp(ACTIONS[i], a) == 0) return 1;
    return 0;
}

void control(int fd) {
    char action[64];
    if (read(fd, action, sizeof action - 1) <= 0) return;
    if (known_action(action)) {
        /* ok: c-command-injection */
        system(action);
    }
    if (host_is_trusted(action)) {
        /* ok: c-command-injection */
        popen(action, "r");
    }
    /* ruleid: c-command-injection */
    system(action);
    if (unknown_action(action)) {
        /* ruleid: c-command-injection */
        system(action);
    }
}
