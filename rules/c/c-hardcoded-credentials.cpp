#include <string>

namespace {
// ruleid: c-hardcoded-credentials
const char *kClientSecret = "9b2f6d1e4c8a7b3f";
}

class Client {
public:
    void login() {
        // ok: c-hardcoded-credentials
        const char *token = "<token>";
        (void)token;
    }
};
