#include <cstdio>

int main() {
    char word[16];
    // ruleid: c-scanf-unbounded
    scanf("%s", word);
    // ok: c-scanf-unbounded
    std::scanf("%15s", word);
    return 0;
}
