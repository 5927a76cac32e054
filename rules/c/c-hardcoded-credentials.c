#include <stdlib.h>
#include <string.h>

// ruleid: c-hardcoded-credentials
#define DB_PASSWORD "Pr0d-db-9f8e7d6c"
// ok: c-hardcoded-credentials
#define PASSWORD_ENV "DB_PASSWORD"
// ok: c-hardcoded-credentials
#define MAX_PASSWORD 64

struct config { const char *user; const char *password; };

// ruleid: c-hardcoded-credentials
static const char *api_key = "f3a9c2e1b7d84a6f";
// ruleid: c-hardcoded-credentials
static const char aws_id[] = "AKIAIOSFODNN7REALKEY";

void configure(struct config *cfg) {
    cfg->user = "app";
    // ruleid: c-hardcoded-credentials
    cfg->password = "s3rv1ce!Acc0unt";
}

void configure_env(struct config *cfg) {
    // ok: c-hardcoded-credentials
    cfg->password = getenv("DB_PASSWORD");
    // ok: c-hardcoded-credentials
    const char *token = "changeme";
    // ok: c-hardcoded-credentials
    const char *secret = "";
    // ok: c-hardcoded-credentials
    const char *password_prompt = "Password: ";
    (void)token; (void)secret; (void)password_prompt;
}
