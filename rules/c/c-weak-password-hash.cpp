#include <string>
#include <openssl/md5.h>

std::string hash_password(const std::string &pw) {
    unsigned char out[MD5_DIGEST_LENGTH];
    // ruleid: c-weak-password-hash
    MD5(reinterpret_cast<const unsigned char *>(pw.data()), pw.size(), out);
    return std::string(reinterpret_cast<char *>(out), sizeof out);
}

std::string etag(const std::string &body) {
    unsigned char out[MD5_DIGEST_LENGTH];
    // ok: c-weak-password-hash
    MD5(reinterpret_cast<const unsigned char *>(body.data()), body.size(), out);
    return std::string(reinterpret_cast<char *>(out), sizeof out);
}
