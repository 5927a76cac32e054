#include <curl/curl.h>
#include <openssl/ssl.h>

void insecure(SSL_CTX *ctx, CURL *curl) {
    // ruleid: c-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    // ruleid: c-tls-verify-disabled
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    // ruleid: c-tls-verify-disabled
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0);
}

void secure(SSL_CTX *ctx, CURL *curl) {
    // ok: c-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    // ok: c-tls-verify-disabled
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    // ok: c-tls-verify-disabled
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    // ok: c-tls-verify-disabled
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 0L);
}
