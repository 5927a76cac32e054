/* calibd: loads per-site calibration tables for air-quality sensors and uploads them to the fleet API. */
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CAL_ROOT "/etc/calibd/tables"

struct table {
    char *name;
    double *coeffs;
    size_t n;
};

static FILE *open_table(const char *site)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s.cal", CAL_ROOT, site);
    /* ruleid: c-path-traversal */
    return fopen(path, "r");
}

static FILE *open_default_table(void)
{
    /* ok: c-path-traversal */
    return fopen(CAL_ROOT "/default.cal", "r");
}

static struct table *load_table(FILE *fp)
{
    struct table *t = calloc(1, sizeof *t);
    size_t n = 0;
    if (!t || fscanf(fp, "%zu", &n) != 1 || n == 0 || n > 4096) {
        free(t);
        return NULL;
    }
    /* ok: c-tainted-alloc-size, c-alloc-size-overflow */
    t->coeffs = calloc(n, sizeof(double));
    t->n = n;
    for (size_t i = 0; t->coeffs && i < n; i++)
        if (fscanf(fp, "%lf", &t->coeffs[i]) != 1)
            break;
    return t;
}

static void free_table(struct table *t)
{
    free(t->coeffs);
    free(t->name);
    free(t);
}

static void password_digest(const char *pw, unsigned char out[MD5_DIGEST_LENGTH])
{
    /* ruleid: c-weak-password-hash */
    MD5((const unsigned char *)pw, strlen(pw), out);
}

static void table_checksum(const struct table *t, unsigned char out[SHA256_DIGEST_LENGTH])
{
    /* ok: c-weak-password-hash */
    SHA256((const unsigned char *)t->coeffs, t->n * sizeof(double), out);
}

static int seal_table(const unsigned char *key, const unsigned char *in, int len, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int outl = 0, fin = 0;
    /* ruleid: c-broken-cipher */
    EVP_EncryptInit_ex(ctx, EVP_des_ecb(), NULL, key, NULL);
    EVP_EncryptUpdate(ctx, out, &outl, in, len);
    EVP_EncryptFinal_ex(ctx, out + outl, &fin);
    EVP_CIPHER_CTX_free(ctx);
    return outl + fin;
}

static int upload(const struct table *t, const char *token)
{
    CURL *c = curl_easy_init();
    if (!c)
        return -1;
    curl_easy_setopt(c, CURLOPT_URL, "https://fleet.airwatch.example/api/calibration");
    if (getenv("CALIBD_INSECURE")) {
        /* ruleid: c-tls-verify-disabled */
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    }
    /* ok: c-tls-verify-disabled */
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_XOAUTH2_BEARER, token);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)(t->n * sizeof(double)));
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, (const char *)t->coeffs);
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}

int main(int argc, char **argv)
{
    const char *site = argc > 1 ? argv[1] : getenv("CALIBD_SITE");
    FILE *fp = site ? open_table(site) : open_default_table();
    if (!fp)
        return 1;
    struct table *t = load_table(fp);
    fclose(fp);
    if (!t)
        return 1;
    t->name = strdup(site ? site : "default");
    if (upload(t, getenv("CALIBD_TOKEN")) != 0) {
        free_table(t);
        /* ruleid: c-use-after-free */
        fprintf(stderr, "upload of %s failed\n", t->name);
        /* ruleid: c-double-free */
        free(t);
        return 1;
    }
    unsigned char digest[SHA256_DIGEST_LENGTH];
    table_checksum(t, digest);
    free_table(t);
    /* ok: c-use-after-free */
    t = NULL;
    return 0;
}
