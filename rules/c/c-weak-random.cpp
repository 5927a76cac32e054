#include <cstdlib>
#include <string>

std::string make_api_key() {
    std::string key;
    for (int i = 0; i < 32; ++i) {
        // ruleid: c-weak-random
        key += "0123456789abcdef"[rand() % 16];
    }
    return key;
}

int shuffle_index(int n) {
    // ok: c-weak-random
    return rand() % n;
}
