// Hangar inventory tool of an aircraft maintenance shop: parts bins, work orders, tool checkout.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hangar {

struct Part {
    char number[20];
    char description[64];
    int quantity;
};

class WorkOrder {
public:
    WorkOrder(std::string tail, std::string task) : tail_(std::move(tail)), task_(std::move(task)) {}
    const std::string &tail() const { return tail_; }
    const std::string &task() const { return task_; }
    void close() { closed_ = true; }
private:
    std::string tail_;
    std::string task_;
    bool closed_ = false;
};

class Inventory {
public:
    void addPart(const char *number, const char *description, int qty) {
        Part p{};
        // ruleid: c-unbounded-copy
        strcpy(p.number, number);
        // ok: c-unbounded-copy
        strncpy(p.description, description, sizeof p.description - 1);
        p.quantity = qty;
        parts_[p.number] = p;
    }

    void exportBin(const std::string &bin) {
        std::string cmd = "tar czf /var/hangar/exports/bin.tgz /var/hangar/bins/" + bin;
        // ruleid: c-command-injection
        FILE *out = popen(cmd.c_str(), "r");
        if (out) pclose(out);
    }

    void exportAll() {
        // ok: c-command-injection
        FILE *out = popen("tar czf /var/hangar/exports/all.tgz /var/hangar/bins", "r");
        if (out) pclose(out);
    }

    void closeOrder(const std::string &tail) {
        auto it = orders_.find(tail);
        if (it == orders_.end()) return;
        WorkOrder *wo = it->second;
        delete wo;
        // ruleid: c-use-after-delete
        wo->close();
        orders_.erase(it);
    }

    void cancelOrder(const std::string &tail) {
        auto it = orders_.find(tail);
        if (it == orders_.end()) return;
        WorkOrder *wo = it->second;
        orders_.erase(it);
        delete wo;
        // ruleid: c-use-after-delete
        if (wo->task().empty()) {
            // ruleid: c-double-delete
            delete wo;
        }
    }

    void archiveOrder(const std::string &tail) {
        auto it = orders_.find(tail);
        if (it == orders_.end()) return;
        std::unique_ptr<WorkOrder> wo(it->second);
        orders_.erase(it);
        // ok: c-use-after-delete
        std::cout << "archived " << wo->tail() << ": " << wo->task() << "\n";
    }

    void openOrder(const std::string &tail, const std::string &task) {
        WorkOrder *wo = new WorkOrder(tail, task);
        orders_[tail] = wo;
        wo = nullptr;
        wo = new WorkOrder(tail + "-insp", "post-maintenance inspection");
        orders_[tail + "-insp"] = wo;
        // ok: c-use-after-delete
        std::cout << "opened " << wo->tail() << "\n";
    }

    void report(const std::string &title) {
        // ruleid: c-format-string
        printf(title.c_str());
        // ok: c-format-string
        printf("%s: %zu parts, %zu open orders\n", title.c_str(), parts_.size(), orders_.size());
    }

private:
    std::map<std::string, Part> parts_;
    std::map<std::string, WorkOrder *> orders_;
};

}  // namespace hangar

int main(int argc, char **argv) {
    hangar::Inventory inv;
    if (argc < 3) {
        std::cerr << "usage: hangar <cmd> <arg>...\n";
        return 2;
    }
    std::string cmd = argv[1];
    if (cmd == "add" && argc >= 5) inv.addPart(argv[2], argv[3], std::atoi(argv[4]));
    else if (cmd == "export") inv.exportBin(argv[2]);
    else if (cmd == "open" && argc >= 4) inv.openOrder(argv[2], argv[3]);
    else if (cmd == "close") inv.closeOrder(argv[2]);
    else if (cmd == "cancel") inv.cancelOrder(argv[2]);
    else if (cmd == "archive") inv.archiveOrder(argv[2]);
    else if (cmd == "report") inv.report(argv[2]);
    else inv.exportAll();
    return 0;
}
