/* kvshell: line-oriented shell of the office key-value store, started by inetd for each TCP
 * connection (stdin/stdout are the client's socket). Commands: LOGIN, GET, SET, ECHO, QUIT. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

#define KEY_MAX 32
#define VAL_MAX 256

/* ruleid: c-hardcoded-credentials */
static const char *admin_password = "kv-Adm1n!2019";
/* ok: c-hardcoded-credentials */
static const char *password_prompt = "password: ";

static char session_token[33];

static void new_session_token(void) {
    srand((unsigned)time(NULL));
    for (int i = 0; i < 32; i++) {
        /* ruleid: c-weak-random */
        session_token[i] = "0123456789abcdef"[rand() % 16];
    }
    session_token[32] = '\0';
}

static int new_session_token_secure(void) {
    unsigned char raw[16];
    int fd = open("/dev/urandom", O_RDONLY);
    if (fd < 0 || read(fd, raw, sizeof raw) != (ssize_t)sizeof raw) return -1;
    close(fd);
    for (int i = 0; i < 16; i++) snprintf(session_token + 2 * i, 3, "%02x", raw[i]);
    return 0;
}

static int backoff_ms(int attempt) {
    /* ok: c-weak-random */
    return 100 * attempt + rand() % 50;
}

static int check_password(const char *given) {
    unsigned char digest[MD5_DIGEST_LENGTH];
    /* ruleid: c-weak-password-hash */
    MD5((const unsigned char *)given, strlen(given), digest);
    return memcmp(digest, "\x5e\x88\x48\x98\xda\x28\x04\x71\x51\xd0\xe5\x6f\x8d\xc6\x29\x27", 16) == 0;
}

static void etag_for(const char *value, char out[65]) {
    unsigned char d[SHA256_DIGEST_LENGTH];
    SHA256((const unsigned char *)value, strlen(value), d);
    /* ok: c-unbounded-copy */
    for (int i = 0; i < SHA256_DIGEST_LENGTH; i++) sprintf(out + 2 * i, "%02x", d[i]);
}

static void handle_set(const char *args) {
    char key[KEY_MAX];
    char value[VAL_MAX];
    /* ruleid: c-scanf-unbounded */
    if (sscanf(args, "%s %255[^\n]", key, value) != 2) return;
    char etag[65];
    etag_for(value, etag);
    printf("OK %s\n", etag);
}

static void handle_echo(const char *args) {
    char msg[VAL_MAX];
    /* ruleid: c-unbounded-copy */
    strcpy(msg, args);
    /* ruleid: c-format-string */
    printf(msg);
    /* ok: c-format-string */
    printf("%s\n", msg);
}

static void handle_get(const char *args) {
    char key[KEY_MAX];
    /* ok: c-unbounded-copy */
    strncpy(key, args, sizeof key - 1);
    key[sizeof key - 1] = '\0';
    char line[KEY_MAX + 16];
    /* ok: c-unbounded-copy */
    strcpy(line, "GET ");
    /* ruleid: c-unbounded-copy */
    strcat(line, args);
    printf("%s -> (nil)\n", line);
}

int main(void) {
    char line[1024];
    int authed = 0;
    setvbuf(stdout, NULL, _IONBF, 0);
    if (new_session_token_secure() != 0) new_session_token();
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "LOGIN ", 6) == 0) {
            authed = strcmp(line + 6, admin_password) == 0 || check_password(line + 6);
            /* ok: c-format-string */
            printf(authed ? "OK %s\n" : "DENIED\n", session_token);
            if (!authed) usleep(1000 * backoff_ms(1));
        } else if (authed && strncmp(line, "SET ", 4) == 0) {
            handle_set(line + 4);
        } else if (strncmp(line, "GET ", 4) == 0) {
            handle_get(line + 4);
        } else if (strncmp(line, "ECHO ", 5) == 0) {
            handle_echo(line + 5);
        } else if (strcmp(line, "QUIT") == 0) {
            break;
        }
    }
    return 0;
}
