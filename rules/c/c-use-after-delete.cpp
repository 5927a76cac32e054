#include <cstdio>

struct Widget { int id; void draw(); };

int close(Widget *w) {
    delete w;
    // ruleid: c-use-after-delete
    w->draw();
    // ruleid: c-use-after-delete
    return w->id;
}

int closeSafe(Widget *w) {
    int id = w->id;
    delete w;
    w = nullptr;
    // ok: c-use-after-delete
    std::printf("%p\n", static_cast<void *>(w));
    return id;
}

#include <vector>
#include <memory>

struct Worker { bool alive() const; const char *name() const; };
void record(const char *name);

// Deleted in a branch inside a range loop, then read in the same branch.
void reap(std::vector<Worker *> &pool) {
    for (Worker *w : pool) {
        if (!w->alive()) {
            delete w;
            // ruleid: c-use-after-delete
            record(w->name());
        }
    }
}

// Deleted in a branch that falls through to a use.
int finish(Widget *w, bool discard) {
    if (discard)
        delete w;
    // ruleid: c-use-after-delete
    return w->id;
}

// ---- safe look-alikes ----

void reap_safe(std::vector<Worker *> &pool) {
    for (Worker *w : pool) {
        if (!w->alive()) {
            // ok: c-use-after-delete
            record(w->name());
            delete w;
            continue;
        }
        // ok: c-use-after-delete
        record(w->name());
    }
}

int early(Widget *w, bool discard) {
    if (discard) {
        delete w;
        return -1;
    }
    // ok: c-use-after-delete
    return w->id;
}

void owned(std::unique_ptr<Widget> w) {
    // ok: c-use-after-delete
    w->draw();
}

void replaced(Widget *w) {
    delete w;
    w = new Widget();
    // ok: c-use-after-delete
    w->draw();
}
