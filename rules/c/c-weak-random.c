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
