/* possync: agent on café point-of-sale terminals that pulls price lists and pushes loyalty stamps. */
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ruleid: c-hardcoded-credentials */
static const char *HQ_API_PASSWORD = "Cr0issant#Sync2022";
/* ok: c-hardcoded-credentials */
static const char *HQ_API_USER = "terminal";

struct buf {
    char data[8192];
    size_t len;
};
static size_t collect(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    struct buf *b = userdata;
    size_t n = size * nmemb;
    if (b->len + n >= sizeof b->data)
        n = sizeof b->data - b->len - 1;
    memcpy(b->data + b->len, ptr, n);
    b->len += n;
    b->data[b->len] = '\0';
    return size * nmemb;
}

static int fetch_prices(struct buf *out, int pinned_ca)
{
    CURL *c = curl_easy_init();
    char userpwd[128];
    if (c == NULL)
        return -1;
    snprintf(userpwd, sizeof userpwd, "%s:%s", HQ_API_USER, HQ_API_PASSWORD);
    curl_easy_setopt(c, CURLOPT_URL, "https://hq.cafechain.example/api/prices");
    curl_easy_setopt(c, CURLOPT_USERPWD, userpwd);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
    if (pinned_ca) {
        curl_easy_setopt(c, CURLOPT_CAINFO, "/etc/possync/hq-ca.pem");
        /* ok: c-tls-verify-disabled */
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    } else {
        /* ruleid: c-tls-verify-disabled */
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    }
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}

static SSL_CTX *stamp_channel_ctx(int strict)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == NULL)
        return NULL;
    if (strict) {
        /* ok: c-tls-verify-disabled */
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
        SSL_CTX_load_verify_locations(ctx, "/etc/possync/hq-ca.pem", NULL);
    } else {
        /* ruleid: c-tls-verify-disabled */
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    }
    return ctx;
}

static int seal_stamp_card(const unsigned char *key, const unsigned char *card, int len, unsigned char *out)
{
    int n = 0, fin = 0;
    EVP_CIPHER_CTX *cx = EVP_CIPHER_CTX_new();
    /* ruleid: c-broken-cipher */
    EVP_EncryptInit_ex(cx, EVP_des_ede3_ecb(), NULL, key, NULL);
    EVP_EncryptUpdate(cx, out, &n, card, len);
    EVP_EncryptFinal_ex(cx, out + n, &fin);
    EVP_CIPHER_CTX_free(cx);
    return n + fin;
}

static int seal_stamp_card_gcm(const unsigned char *key, const unsigned char *card, int len, unsigned char *out)
{
    unsigned char iv[12];
    int n = 0, fin = 0;
    if (RAND_bytes(iv, sizeof iv) != 1)
        return -1;
    EVP_CIPHER_CTX *cx = EVP_CIPHER_CTX_new();
    /* ok: c-broken-cipher */
    EVP_EncryptInit_ex(cx, EVP_aes_256_gcm(), NULL, key, iv);
    memcpy(out, iv, sizeof iv);
    EVP_EncryptUpdate(cx, out + sizeof iv, &n, card, len);
    EVP_EncryptFinal_ex(cx, out + sizeof iv + n, &fin);
    EVP_CIPHER_CTX_free(cx);
    return (int)sizeof iv + n + fin;
}

static void manager_pin_digest(const char *pin, unsigned char out[16])
{
    /* ruleid: c-weak-password-hash */
    MD5((const unsigned char *)pin, strlen(pin), out);
}

static unsigned long shift_token_legacy(void)
{
    srand((unsigned)time(NULL));
    /* ruleid: c-weak-random */
    return ((unsigned long)rand() << 16) ^ (unsigned long)rand();
}

static unsigned long shift_token(void)
{
    unsigned long tok = 0;
    /* ok: c-weak-random */
    if (RAND_bytes((unsigned char *)&tok, sizeof tok) != 1)
        return 0;
    return tok;
}

int main(void)
{
    struct buf prices = {0};
    unsigned char digest[EVP_MAX_MD_SIZE], pin[16], sealed[64], key[32];
    unsigned int dlen = 0;
    if (fetch_prices(&prices, getenv("POSSYNC_PIN_CA") != NULL) != 0 || RAND_bytes(key, sizeof key) != 1)
        return 1;
    /* ok: c-weak-password-hash */
    EVP_Digest(prices.data, prices.len, digest, &dlen, EVP_sha256(), NULL);
    /* ruleid: c-format-string */
    fprintf(stderr, prices.data);
    manager_pin_digest(getenv("POSSYNC_MANAGER_PIN") ? getenv("POSSYNC_MANAGER_PIN") : "", pin);
    seal_stamp_card(key, pin, sizeof pin, sealed);
    seal_stamp_card_gcm(key, pin, sizeof pin, sealed);
    SSL_CTX_free(stamp_channel_ctx(getenv("POSSYNC_STRICT") != NULL));
    printf("token %lx %lx\n", shift_token_legacy(), shift_token());
    return 0;
}
