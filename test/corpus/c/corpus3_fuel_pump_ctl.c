/* pumpctl: attendant console of a fuel station; talks to pump controllers over a serial bridge. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_PUMPS 12

/* ruleid: c-hardcoded-credentials */
static const char *SUPERVISOR_PASSWORD = "Pump$2020";

struct pump {
    int id;
    char grade[16];
    char attendant[24];
    double price;
};

static struct pump pumps[MAX_PUMPS];

static int supervisor_login(void)
{
    char entered[32];
    printf("supervisor password: ");
    fflush(stdout);
    /* ruleid: c-gets */
    gets(entered);
    return strcmp(entered, SUPERVISOR_PASSWORD) == 0;
}

static int supervisor_login_safe(void)
{
    char entered[32];
    const char *expected = getenv("PUMPCTL_SUPERVISOR_PW");
    if (!expected || !fgets(entered, sizeof entered, stdin))
        return 0;
    entered[strcspn(entered, "\n")] = '\0';
    return strcmp(entered, expected) == 0;
}

static void set_grade(int id)
{
    char grade[64];
    printf("grade for pump %d: ", id);
    /* ruleid: c-scanf-unbounded */
    if (scanf("%s", grade) != 1)
        return;
    /* ruleid: c-unbounded-copy */
    strcpy(pumps[id].grade, grade);
}

static void set_attendant(int id)
{
    char name[24];
    /* ok: c-scanf-unbounded */
    if (scanf("%23s", name) != 1)
        return;
    /* ok: c-unbounded-copy */
    snprintf(pumps[id].attendant, sizeof pumps[id].attendant, "%s", name);
}

static void print_receipt(int id, const char *customer)
{
    char cmd[96];
    /* ruleid: c-unbounded-copy */
    sprintf(cmd, "lp -d receipt -t 'Pump %d' /var/pumpctl/receipts/%s.txt", id, customer);
    /* ruleid: c-command-injection */
    system(cmd);
    /* ok: c-command-injection */
    system("lpstat -p receipt >/dev/null");
}

static unsigned prepay_pin(void)
{
    /* ruleid: c-weak-random */
    return (unsigned)(rand() % 1000000);
}

static int pick_display_tip(void)
{
    /* ok: c-weak-random */
    return rand() % 5;
}

int main(int argc, char **argv)
{
    srand((unsigned)time(NULL));
    int strict = argc > 1 && strcmp(argv[1], "--strict") == 0;
    if (!(strict ? supervisor_login_safe() : supervisor_login())) {
        fprintf(stderr, "access denied\n");
        return 1;
    }
    char line[64];
    while (fgets(line, sizeof line, stdin)) {
        int id = atoi(line + 1);
        if (id < 0 || id >= MAX_PUMPS)
            continue;
        switch (toupper((unsigned char)line[0])) {
        case 'G': set_grade(id); break;
        case 'A': set_attendant(id); break;
        case 'R': print_receipt(id, strchr(line, ' ') ? strchr(line, ' ') + 1 : "walkin"); break;
        case 'P': printf("prepay PIN: %06u (tip %d)\n", prepay_pin(), pick_display_tip()); break;
        default: break;
        }
    }
    return 0;
}
