#include <curl/curl.h>

class Downloader {
    CURL *curl_;
public:
    void configure(bool) {
        // ruleid: c-tls-verify-disabled
        curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYPEER, 0L);
        // ok: c-tls-verify-disabled
        curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYHOST, 2L);
    }
};
