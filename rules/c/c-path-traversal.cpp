#include <cstdio>

void load(FILE *requests) {
    char path[512];
    if (!fgets(path, sizeof path, requests)) return;
    // ruleid: c-path-traversal
    FILE *f = fopen(path, "rb");
    if (f) fclose(f);
}

#include <dlfcn.h>
#include <fstream>
#include <iostream>
#include <string>

void loadPlugins(const char *listPath) {
    std::ifstream in(listPath);
    std::string name;
    while (std::getline(in, name)) {
        std::string lib = "/usr/lib/app/" + name + ".so";
        // ruleid: c-path-traversal
        void *h = dlopen(lib.c_str(), RTLD_NOW);
        // ok: c-path-traversal
        void *core = dlopen("/usr/lib/app/core.so", RTLD_NOW);
        (void)h; (void)core;
    }
}

void openFromStdin() {
    std::string file;
    std::getline(std::cin, file);
    // ruleid: c-path-traversal
    std::FILE *f = std::fopen(file.c_str(), "r");
    if (f) std::fclose(f);
}
