/* pcapsum: prints a per-flow summary of a classic libpcap capture file (no libpcap dependency). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FLOWS 4096u

struct pcap_global {
    uint32_t magic;
    uint16_t ver_major, ver_minor;
    int32_t thiszone;
    uint32_t sigfigs, snaplen, linktype;
};

struct pcap_rec {
    uint32_t ts_sec, ts_usec, incl_len, orig_len;
};

struct flow {
    uint32_t src, dst;
    uint64_t bytes;
    char label[32];
};

static int read_exact(FILE *f, void *buf, size_t n)
{
    return fread(buf, 1, n, f) == n ? 0 : -1;
}

/* The capture file is untrusted: it may come from any sensor or a customer's ticket. */
static int summarise(FILE *f)
{
    struct pcap_global gh;
    struct pcap_rec rh;
    unsigned char frame[2048];
    uint32_t declared_flows;

    if (read_exact(f, &gh, sizeof gh) != 0 || gh.magic != 0xa1b2c3d4u)
        return -1;
    /* vendor extension: number of flows stored in the sigfigs field */
    declared_flows = gh.sigfigs;
    /* ruleid: c-alloc-size-overflow, c-tainted-alloc-size */
    struct flow *flows = malloc(declared_flows * sizeof(struct flow));
    if (flows == NULL)
        return -1;

    /* ok: c-alloc-size-overflow, c-tainted-alloc-size */
    uint64_t *hist = calloc(MAX_FLOWS, sizeof(uint64_t));
    if (hist == NULL) {
        free(flows);
        return -1;
    }

    while (read_exact(f, &rh, sizeof rh) == 0) {
        unsigned char *payload;
        if (rh.incl_len > gh.snaplen)
            break;
        /* ruleid: c-tainted-alloc-size */
        payload = malloc(rh.incl_len);
        if (payload == NULL || read_exact(f, payload, rh.incl_len) != 0) {
            free(payload);
            break;
        }
        /* ruleid: c-tainted-copy-length */
        memcpy(frame, payload, rh.incl_len);

        size_t keep = rh.incl_len < sizeof frame ? rh.incl_len : sizeof frame;
        /* ok: c-tainted-copy-length */
        memcpy(frame, payload, keep);

        if (keep >= 34) {
            uint32_t src, dst;
            memcpy(&src, frame + 26, 4);
            memcpy(&dst, frame + 30, 4);
            hist[(src ^ dst) % MAX_FLOWS] += rh.orig_len;
        }
        free(payload);
    }

    for (uint32_t i = 0; i < MAX_FLOWS; i++) {
        if (i < declared_flows)
            flows[i].bytes = hist[i];
        if (hist[i])
            printf("bucket %4u: %llu bytes\n", i, (unsigned long long)hist[i]);
    }
    free(hist);
    free(flows);
    return 0;
}

static struct flow *alloc_flow_table(size_t n)
{
    if (n == 0 || n > MAX_FLOWS)
        return NULL;
    /* ok: c-alloc-size-overflow */
    return malloc(n * sizeof(struct flow));
}

static void label_flow(struct flow *fl, const char *name)
{
    /* ok: c-unbounded-copy */
    snprintf(fl->label, sizeof fl->label, "%s", name);
}

static void label_flow_fast(struct flow *fl, const char *name)
{
    /* ruleid: c-unbounded-copy */
    strcpy(fl->label, name);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s capture.pcap [label]\n", argv[0]);
        return 2;
    }
    /* ok: c-path-traversal */
    FILE *f = fopen(argv[1], "rb");
    if (f == NULL) {
        perror(argv[1]);
        return 1;
    }
    struct flow *table = alloc_flow_table(16);
    if (table != NULL && argc > 2) {
        label_flow(&table[0], argv[2]);
        label_flow_fast(&table[1], argv[2]);
        /* ruleid: c-format-string */
        printf(table[1].label);
        /* ok: c-format-string */
        printf("%s\n", table[0].label);
    }
    int rc = summarise(f);
    fclose(f);
    free(table);
    return rc == 0 ? 0 : 1;
}
