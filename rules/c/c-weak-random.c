#include <stdlib.h>
#include <time.h>
#include <sys/random.h>

static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";

void generate_session_token(char *out, size_t n) {
    srand((unsigned)time(NULL));
    for (size_t i = 0; i + 1 < n; i++) {
        // ruleid: c-weak-random
        out[i] = alphabet[rand() % (sizeof alphabet - 1)];
    }
    out[n - 1] = '\0';
}

unsigned issue(void) {
    // ruleid: c-weak-random
    unsigned reset_code = (unsigned)random() % 1000000;
    return reset_code;
}

int backoff_ms(int attempt) {
    // ok: c-weak-random
    int jitter = rand() % 100;
    return attempt * 1000 + jitter;
}

int secure_token(unsigned char *out, size_t n) {
    // ok: c-weak-random
    return getrandom(out, n, 0) == (ssize_t)n ? 0 : -1;
}

/* The function's name says what the random bytes become, even without a generate/new verb. */
static void fill_nonce(unsigned char *nonce, size_t len) {
    for (size_t i = 0; i < len; i++) {
        // ruleid: c-weak-random
        nonce[i] = (unsigned char)(rand() & 0xff);
    }
}

void assign_invite_code(char *dst, size_t n) {
    static const char digits[] = "0123456789";
    for (size_t i = 0; i + 1 < n; i++) {
        // ruleid: c-weak-random
        dst[i] = digits[random() % 10];
    }
    dst[n - 1] = '\0';
}

/* Rate limiting and lexers talk about tokens too; their randomness is not a secret. */
static unsigned token_bucket_jitter(void) {
    // ok: c-weak-random
    return (unsigned)rand() % 50;
}

int next_token_fuzz(char *out) {
    // ok: c-weak-random
    out[0] = (char)('a' + rand() % 26);
    return 1;
}

void print_token_stats(unsigned long issued) {
    // ok: c-weak-random
    printf("issued %lu tokens (sample %d)\n", issued, rand() % 10);
}

static unsigned prepay_pin(void)
{
    // ruleid: c-weak-random
    return (unsigned)(rand() % 1000000);
}

static int spinner_frame(void)
{
    // ok: c-weak-random
    return rand() % 4;
}

/* A pairing code or PIN is typed to gain access. */
void start_pairing(struct device *dev) {
    // ruleid: c-weak-random
    dev->pairing_code = (uint32_t)(rand() % 1000000);
    // ok: c-weak-random
    dev->spin_delay_ms = rand() % 50;
}
