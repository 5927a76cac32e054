/* hledger-lite: interactive household budget ledger kept in a shared CSV on the family NAS. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_LEN 32
#define MEMO_LEN 80

struct entry {
    char category[NAME_LEN];
    char memo[MEMO_LEN];
    long cents;
    struct entry *next;
};
static struct entry *ledger_head;

static void new_entry(const char *category, const char *memo, long cents)
{
    struct entry *e = calloc(1, sizeof *e);
    if (e == NULL)
        return;
    snprintf(e->category, sizeof e->category, "%s", category);
    snprintf(e->memo, sizeof e->memo, "%s", memo);
    e->cents = cents;
    e->next = ledger_head;
    ledger_head = e;
}

static void prompt_entry(void)
{
    char category[NAME_LEN];
    char memo[MEMO_LEN];
    long cents = 0;
    printf("category: ");
    /* ruleid: c-scanf-unbounded */
    if (scanf("%s", category) != 1)
        return;
    printf("amount in cents: ");
    /* ok: c-scanf-unbounded */
    if (scanf("%ld", &cents) != 1)
        return;
    getchar();
    printf("memo: ");
    /* ruleid: c-gets */
    gets(memo);
    new_entry(category, memo, cents);
}

static void prompt_entry_safe(void)
{
    char category[NAME_LEN];
    char memo[MEMO_LEN];
    long cents = 0;
    printf("category: ");
    /* ok: c-scanf-unbounded */
    if (scanf("%31s %ld", category, &cents) != 2)
        return;
    getchar();
    printf("memo: ");
    /* ok: c-gets */
    if (fgets(memo, sizeof memo, stdin) == NULL)
        return;
    memo[strcspn(memo, "\n")] = '\0';
    new_entry(category, memo, cents);
}

static void print_entries(void)
{
    for (struct entry *e = ledger_head; e != NULL; e = e->next) {
        /* ruleid: c-format-string */
        printf(e->memo);
        /* ok: c-format-string */
        printf("  %-12s %8.2f\n", e->category, e->cents / 100.0);
    }
}

static void export_category(const char *category)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "grep '^%s,' ledger.csv | mail -s 'ledger export' family@nas.local", category);
    /* ruleid: c-command-injection */
    system(cmd);
    /* ok: c-command-injection */
    system("sync");
}

static void drop_last(void)
{
    struct entry *victim = ledger_head;
    if (victim == NULL)
        return;
    free(victim);
    /* ruleid: c-use-after-free */
    ledger_head = victim->next;
}

static void drop_last_safe(void)
{
    struct entry *victim = ledger_head;
    if (victim == NULL)
        return;
    ledger_head = victim->next;
    free(victim);
    /* ok: c-use-after-free */
    printf("remaining head: %s\n", ledger_head ? ledger_head->category : "(empty)");
}

static void clear_ledger(int also_archive)
{
    struct entry *e = ledger_head;
    while (e != NULL) {
        struct entry *next = e->next;
        free(e);
        if (also_archive && next == NULL) {
            /* ruleid: c-double-free */
            free(e);
        }
        e = next;
    }
    ledger_head = NULL;
}

int main(void)
{
    char cmd[16], category[NAME_LEN];
    for (;;) {
        printf("> ");
        if (scanf("%15s", cmd) != 1)
            break;
        if (strcmp(cmd, "add") == 0) prompt_entry();
        else if (strcmp(cmd, "add2") == 0) prompt_entry_safe();
        else if (strcmp(cmd, "list") == 0) print_entries();
        else if (strcmp(cmd, "undo") == 0) drop_last();
        else if (strcmp(cmd, "pop") == 0) drop_last_safe();
        else if (strcmp(cmd, "export") == 0 && scanf("%31s", category) == 1) export_category(category);
        else if (strcmp(cmd, "quit") == 0) break;
    }
    clear_ledger(1);
    return 0;
}
