#include <cstdlib>
#include <cstring>

struct Node { Node *next; int value; };

int pop(Node *head) {
    free(head);
    // ruleid: c-use-after-free
    return head->value;
}

int pop_safe(Node *head) {
    int v = head->value;
    free(head);
    // ok: c-use-after-free
    return v;
}
