#include <cstdio>
#include <string>
#include <iostream>

int main() {
    char line[80];
    // ruleid: c-gets
    gets(line);
    std::string safe;
    // ok: c-gets
    std::getline(std::cin, safe);
    return 0;
}
