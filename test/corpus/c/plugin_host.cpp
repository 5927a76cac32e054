// plugin_host: loads audio-effect plugins listed in a preset file (presets are shared between users
// and downloaded from the community preset exchange, so their content is untrusted), keeps a
// registry of instances, and stores encrypted licence blobs for commercial plugins.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>
#include <dlfcn.h>
#include <openssl/evp.h>

struct Plugin {
    std::string name;
    void *handle = nullptr;
    float gain = 1.0f;
    char label[32] = {0};
};

class Registry {
  public:
    ~Registry() {
        for (auto &kv : byName_) delete kv.second;
    }

    Plugin *load(const std::string &name, const std::string &label) {
        Plugin *p = new Plugin();
        p->name = name;
        // ok: c-unbounded-copy
        std::snprintf(p->label, sizeof p->label, "%s", label.c_str());
        // ruleid: c-path-traversal
        p->handle = dlopen(("/usr/lib/fxhost/" + name + ".so").c_str(), RTLD_NOW);
        if (!p->handle) {
            // ruleid: c-format-string
            std::fprintf(stderr, dlerror());
            // ok: c-format-string
            std::fprintf(stderr, "cannot load %s: %s\n", name.c_str(), label.c_str());
            delete p;
            return nullptr;
        }
        byName_[name] = p;
        return p;
    }

    void unload(const std::string &name) {
        auto it = byName_.find(name);
        if (it == byName_.end()) return;
        Plugin *p = it->second;
        dlclose(p->handle);
        delete p;
        // ruleid: c-use-after-delete
        std::printf("unloaded %s\n", p->name.c_str());
        byName_.erase(it);
    }

    void replace(const std::string &name, Plugin *fresh) {
        Plugin *old = byName_[name];
        byName_[name] = fresh;
        delete old;
        // ok: c-use-after-delete
        std::printf("replaced %s\n", fresh->name.c_str());
    }

    void resetAll() {
        for (auto &kv : byName_) delete kv.second;
        if (std::getenv("FXHOST_PARANOID")) {
            // ruleid: c-double-delete
            for (auto &kv : byName_) delete kv.second;
        }
        byName_.clear();
    }

  private:
    std::map<std::string, Plugin *> byName_;
};

void applyPreset(Registry &reg, const char *presetPath) {
    // ok: c-path-traversal
    std::ifstream in(presetPath);
    std::string line;
    while (std::getline(in, line)) {
        auto sp = line.find(' ');
        std::string name = line.substr(0, sp);
        std::string label = sp == std::string::npos ? name : line.substr(sp + 1);
        Plugin *p = reg.load(name, label);
        if (!p) continue;
        char title[32];
        // ruleid: c-unbounded-copy
        std::strcpy(title, label.c_str());
        std::unique_ptr<Plugin> scratch(new Plugin(*p));
        // ok: c-use-after-delete, c-double-delete
        scratch.reset();
    }
}

std::vector<unsigned char> sealLicence(const unsigned char *key, const std::string &blob, bool legacyFormat) {
    std::vector<unsigned char> out(blob.size() + 32);
    int n = 0, tail = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (legacyFormat) {
        // ruleid: c-broken-cipher
        EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), nullptr, key, nullptr);
    } else {
        unsigned char iv[12];
        std::FILE *r = std::fopen("/dev/urandom", "rb");
        if (!r || std::fread(iv, 1, sizeof iv, r) != sizeof iv) std::abort();
        std::fclose(r);
        // ok: c-broken-cipher
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, iv);
    }
    EVP_EncryptUpdate(ctx, out.data(), &n, reinterpret_cast<const unsigned char *>(blob.data()), static_cast<int>(blob.size()));
    EVP_EncryptFinal_ex(ctx, out.data() + n, &tail);
    EVP_CIPHER_CTX_free(ctx);
    out.resize(n + tail);
    return out;
}
