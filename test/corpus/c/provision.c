/* provision: interactive tool that enrols a device with the fleet server. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <openssl/ssl.h>

/* ruleid: c-hardcoded-credentials */
static const char *fleet_api_key = "fk_4f9a1c77e2b04d3a9e61";
/* ok: c-hardcoded-credentials */
static const char *password_prompt = "Password: ";

static void read_answers(void) {
    char hostname[64];
    char site[32];
    char owner[48];

    printf("Hostname: ");
    /* ruleid: c-gets */
    gets(hostname);
    printf("Site code: ");
    /* ruleid: c-scanf-unbounded */
    scanf("%s", site);
    /* ok: c-scanf-unbounded */
    scanf("%31s", site);
    printf("Owner: ");
    /* ok: c-gets */
    if (!fgets(owner, sizeof owner, stdin)) return;
    owner[strcspn(owner, "\n")] = '\0';

    char cmd[256];
    snprintf(cmd, sizeof cmd, "hostnamectl set-hostname %s", hostname);
    /* ruleid: c-command-injection */
    system(cmd);
    /* ok: c-command-injection */
    system("systemctl restart fleet-agent");
    /* ruleid: c-format-string */
    printf(owner);
    /* ok: c-format-string */
    printf("%s\n", owner);
}

static void enrol_token(char *out, size_t n) {
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    srand((unsigned)time(NULL));
    for (size_t i = 0; i + 1 < n; i++) {
        /* ruleid: c-weak-random */
        out[i] = alphabet[rand() % (sizeof alphabet - 1)];
    }
    out[n - 1] = '\0';
}

static int retry_delay_ms(int attempt) {
    /* ok: c-weak-random */
    return attempt * 1000 + rand() % 250;
}

static void store_local_password(const char *password, unsigned char out[MD5_DIGEST_LENGTH]) {
    /* ruleid: c-weak-password-hash */
    MD5((const unsigned char *)password, strlen(password), out);
}

static void firmware_checksum(const unsigned char *image, size_t len, unsigned char out[SHA_DIGEST_LENGTH]) {
    /* ok: c-weak-password-hash */
    SHA1(image, len, out);
}

static int upload(const char *url, const char *body) {
    CURL *curl = curl_easy_init();
    if (!curl) return -1;
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    /* ruleid: c-tls-verify-disabled */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    /* ok: c-tls-verify-disabled */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}

static SSL_CTX *agent_tls(int strict) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (strict) {
        /* ok: c-tls-verify-disabled */
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    } else {
        /* ruleid: c-tls-verify-disabled */
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    }
    return ctx;
}

static int seal_config(const unsigned char *key, const unsigned char *in, int len, unsigned char *out) {
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
    int n = 0, total = 0;
    /* ruleid: c-broken-cipher */
    EVP_EncryptInit_ex(c, EVP_aes_128_ecb(), NULL, key, NULL);
    EVP_EncryptUpdate(c, out, &n, in, len);
    total = n;
    EVP_EncryptFinal_ex(c, out + n, &n);
    EVP_CIPHER_CTX_free(c);
    return total + n;
}

static int seal_config_gcm(const unsigned char *key, const unsigned char *iv, const unsigned char *in, int len, unsigned char *out) {
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
    int n = 0;
    /* ok: c-broken-cipher */
    EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, key, iv);
    EVP_EncryptUpdate(c, out, &n, in, len);
    EVP_CIPHER_CTX_free(c);
    return n;
}

int main(int argc, char **argv) {
    char token[17];
    const char *server = getenv("FLEET_URL");
    read_answers();
    enrol_token(token, sizeof token);
    printf("%s", password_prompt);
    (void)retry_delay_ms(1);
    (void)agent_tls(argc > 1);
    (void)store_local_password;
    (void)firmware_checksum;
    (void)seal_config;
    (void)seal_config_gcm;
    (void)fleet_api_key;
    return upload(server ? server : "https://fleet.example.com/enrol", token);
}
