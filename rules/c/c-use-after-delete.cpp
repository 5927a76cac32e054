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
