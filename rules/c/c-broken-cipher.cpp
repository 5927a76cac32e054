#include <openssl/evp.h>

class Crypter {
public:
    const EVP_CIPHER *cipher() const {
        // ruleid: c-broken-cipher
        return EVP_rc4();
    }
    const EVP_CIPHER *modern() const {
        // ok: c-broken-cipher
        return EVP_chacha20_poly1305();
    }
};
