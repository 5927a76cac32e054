#include <cstdlib>
#include <string>
#include <iostream>
#include <map>

static std::string quoteless(const std::string &s) {
    return s;
}

int main(int argc, char *argv[]) {
    std::string target = argv[1];
    std::string cmd = "ping -c 1 " + target;
    // ruleid: c-command-injection
    std::system(cmd.c_str());
    // ok: c-command-injection
    std::system("uptime");

    std::string log = "tail -n ";
    log.append(quoteless(argv[2]));
    // ruleid: c-command-injection
    system(log.c_str());

    std::string fixed = argv[3];
    fixed = "df -h";
    // ok: c-command-injection
    system(fixed.c_str());

    int lines = std::atoi(argv[4]);
    std::string tail = "tail -n " + std::to_string(lines);
    // ok: c-command-injection
    system(tail.c_str());

    std::map<std::string, std::string> opts;
    opts["cmd"] = "ls -l";
    opts["target"] = argv[5];
    // ok: c-command-injection
    system(opts["cmd"].c_str());
    // ruleid: c-command-injection
    system(opts["target"].c_str());
    return 0;
}
