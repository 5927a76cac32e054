#include <vector>
struct Session { int id; };

void close(Session *s, Session *t, bool flag) {
    delete s;
    delete t;
    // ruleid: c-double-delete
    delete s;
}

void reuse() {
    Session *s = new Session{1};
    delete s;
    s = new Session{2};
    // ok: c-double-delete
    delete s;
}

void guarded(Session *s, bool flag) {
    if (flag) {
        delete s;
        return;
    }
    // ok: c-double-delete
    delete s;
}

struct Conn { bool closed() const; void flush(Session *s); };

// A delete at the top and another in a branch below it.
void shutdown(Session *s, bool force) {
    delete s;
    if (force) {
        // ruleid: c-double-delete
        delete s;
    }
}

// A pointer owned outside the loop, deleted on every turn.
void close_all(Conn **conns, int n, Session *shared) {
    for (int i = 0; i < n; i++) {
        conns[i]->flush(shared);
        // ruleid: c-double-delete
        delete shared;
    }
}

// ---- safe look-alikes ----

// Only the matching slot reaches the delete: not reported (precision over recall).
void remove_one(Session **slots, int n, Session *victim) {
    for (int i = 0; i < n; i++) {
        if (slots[i] != victim) continue;
        slots[i] = nullptr;
        // ok: c-double-delete
        delete victim;
    }
}

void each_own(Conn **conns, int n) {
    for (int i = 0; i < n; i++) {
        Conn *c = conns[i];
        // ok: c-double-delete
        delete c;
    }
}

void exclusive(Session *s, bool a) {
    if (a) {
        delete s;
    } else {
        // ok: c-double-delete
        delete s;
    }
}

void nulled_member(Session *&slot) {
    delete slot;
    slot = nullptr;
    // ok: c-double-delete
    delete slot;
}

class Holder {
    Session *owned_ = nullptr;
    void reset();
public:
    void replace(Session *next) {
        delete owned_;
        reset();
        // ok: c-double-delete
        delete owned_;
        owned_ = next;
    }
};

struct Parser { void run(); };

// A catch that deletes and carries on reaches the delete after the try.
void parse_all(Parser *p) {
    try {
        p->run();
    } catch (...) {
        delete p;
    }
    // ruleid: c-double-delete
    delete p;
}

// ---- more safe look-alikes ----

void parse_rethrow(Parser *p) {
    try {
        p->run();
    } catch (...) {
        delete p;
        throw;
    }
    // ok: c-double-delete
    delete p;
}

void delete_each(std::vector<Session *> &all) {
    for (Session *s : all) {
        // ok: c-double-delete
        delete s;
    }
}
