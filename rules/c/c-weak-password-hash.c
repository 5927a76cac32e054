#include <string.h>
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

void store_user(const char *password, unsigned char out[16]) {
    // ruleid: c-weak-password-hash
    MD5((const unsigned char *)password, strlen(password), out);
}

int hash_password(const char *pw, unsigned char *out) {
    SHA_CTX ctx;
    // ruleid: c-weak-password-hash
    SHA1_Init(&ctx);
    SHA1_Update(&ctx, pw, strlen(pw));
    return SHA1_Final(out, &ctx);
}

int sign(EVP_MD_CTX *ctx, EVP_PKEY *key) {
    // ruleid: c-weak-password-hash
    return EVP_DigestSignInit(ctx, NULL, EVP_sha1(), NULL, key);
}

void file_checksum(const unsigned char *data, size_t n, unsigned char out[16]) {
    // ok: c-weak-password-hash
    MD5(data, n, out);
}

int sign_sha256(EVP_MD_CTX *ctx, EVP_PKEY *key) {
    // ok: c-weak-password-hash
    return EVP_DigestSignInit(ctx, NULL, EVP_sha256(), NULL, key);
}

void store_user_sha256(const char *password, unsigned char out[32]) {
    // ok: c-weak-password-hash
    SHA256((const unsigned char *)password, strlen(password), out);
}

/* A PIN is a password too; a spin count is not. */
void store_pin(const char *pin, unsigned char out[16]) {
    // ruleid: c-weak-password-hash
    MD5((const unsigned char *)pin, strlen(pin), out);
}

void checksum_spin(const char *spin, unsigned char out[16]) {
    // ok: c-weak-password-hash
    MD5((const unsigned char *)spin, strlen(spin), out);
}
