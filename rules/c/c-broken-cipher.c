#include <openssl/des.h>
#include <openssl/evp.h>

int legacy_encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key) {
    // ruleid: c-broken-cipher
    return EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, NULL);
}

int ecb_encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key) {
    // ruleid: c-broken-cipher
    return EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
}

void raw_des(DES_cblock *in, DES_cblock *out, DES_key_schedule *ks) {
    // ruleid: c-broken-cipher
    DES_ecb_encrypt(in, out, ks, DES_ENCRYPT);
}

int gcm_encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
    // ok: c-broken-cipher
    return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}

// ok: c-broken-cipher
static const char *doc = "EVP_des_cbc() is insecure";
