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
