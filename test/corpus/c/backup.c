/* A tiny backup helper run from cron and by operators. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CMD 512

static int valid_target(const char *t) {
    return strcmp(t, "daily") == 0 || strcmp(t, "weekly") == 0;
}

static void run_backup(const char *target) {
    char cmd[MAX_CMD];
    snprintf(cmd, sizeof cmd, "tar czf /backups/%s.tgz /srv/data", target);
    /* ruleid: c-command-injection */
    system(cmd);
}

int main(int argc, char *argv[]) {
    if (argc < 3) {
        fprintf(stderr, "usage: backup TARGET DAYS\n");
        return 1;
    }
    const char *target = argv[1];
    if (!valid_target(target)) {
        fprintf(stderr, "unknown target\n");
        return 1;
    }
    char cmd[MAX_CMD];
    snprintf(cmd, sizeof cmd, "tar czf /backups/%s.tgz /srv/data", target);
    /* ok: c-command-injection */
    system(cmd);

    long days = strtol(argv[2], NULL, 10);
    snprintf(cmd, sizeof cmd, "find /backups -mtime +%ld -delete", days);
    /* ok: c-command-injection */
    system(cmd);

    const char *home = getenv("BACKUP_HOME");
    char list[MAX_CMD] = "ls -l ";
    strncat(list, home, sizeof list - strlen(list) - 1);
    /* ruleid: c-command-injection */
    system(list);

    run_backup(argv[3]);
    /* ok: c-command-injection */
    system("sync");
    return 0;
}
