#include <cstdio>

void load(FILE *requests) {
    char path[512];
    if (!fgets(path, sizeof path, requests)) return;
    // ruleid: c-path-traversal
    FILE *f = fopen(path, "rb");
    if (f) fclose(f);
}
