/* wav_loader: loads RIFF/WAVE samples from user-uploaded sample packs into the sampler's voice
 * table. Every header field below comes from the uploaded file. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NAME 64
#define MAX_FRAMES (1u << 24)

struct sample {
    char name[MAX_NAME];
    uint16_t channels;
    uint32_t frames;
    int16_t *pcm;
    char *comment;
};

static uint32_t rd32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

int load_comment(struct sample *s, FILE *f) {
    uint8_t hdr[4];
    if (fread(hdr, 1, 4, f) != 4) return -1;
    uint32_t len = rd32(hdr);
    /* ruleid: c-tainted-alloc-size */
    s->comment = malloc(len + 1);
    if (!s->comment) return -1;
    if (fread(s->comment, 1, len, f) != len) return -1;
    s->comment[len] = '\0';
    return 0;
}

int load_pcm(struct sample *s, FILE *f) {
    uint8_t fmt[8];
    if (fread(fmt, 1, 8, f) != 8) return -1;
    s->channels = rd16(fmt);
    s->frames = rd32(fmt + 4);
    /* ruleid: c-alloc-size-overflow, c-tainted-alloc-size */
    s->pcm = malloc(s->frames * s->channels * sizeof(int16_t));
    if (!s->pcm) return -1;
    return fread(s->pcm, sizeof(int16_t) * s->channels, s->frames, f) == s->frames ? 0 : -1;
}

int load_pcm_checked(struct sample *s, FILE *f) {
    uint8_t fmt[8];
    if (fread(fmt, 1, 8, f) != 8) return -1;
    s->channels = rd16(fmt);
    s->frames = rd32(fmt + 4);
    if (s->channels == 0 || s->channels > 8 || s->frames > MAX_FRAMES) return -1;
    /* ok: c-alloc-size-overflow, c-tainted-alloc-size */
    s->pcm = calloc((size_t)s->frames * s->channels, sizeof(int16_t));
    if (!s->pcm) return -1;
    return fread(s->pcm, sizeof(int16_t) * s->channels, s->frames, f) == s->frames ? 0 : -1;
}

int read_name(struct sample *s, const uint8_t *chunk, size_t chunk_len) {
    if (chunk_len < 4) return -1;
    uint32_t n = rd32(chunk);
    /* ruleid: c-tainted-copy-length */
    memcpy(s->name, chunk + 4, n);
    s->name[MAX_NAME - 1] = '\0';
    return 0;
}

int read_name_checked(struct sample *s, const uint8_t *chunk, size_t chunk_len) {
    if (chunk_len < 4) return -1;
    uint32_t n = rd32(chunk);
    if (n >= MAX_NAME || n > chunk_len - 4) return -1;
    /* ok: c-tainted-copy-length */
    memcpy(s->name, chunk + 4, n);
    s->name[n] = '\0';
    return 0;
}

void sample_free(struct sample *s) {
    free(s->pcm);
    free(s->comment);
    s->pcm = NULL;
    s->comment = NULL;
}

int load_sample(const char *path, struct sample *out) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    memset(out, 0, sizeof *out);
    int rc = load_comment(out, f);
    if (rc != 0) {
        free(out->comment);
    }
    if (rc == 0) rc = load_pcm_checked(out, f);
    fclose(f);
    if (rc != 0) {
        /* ruleid: c-double-free */
        free(out->comment);
        free(out->pcm);
        return -1;
    }
    return 0;
}

void replace_comment(struct sample *s, const char *text) {
    char *old = s->comment;
    s->comment = strdup(text);
    free(old);
    /* ruleid: c-use-after-free */
    fprintf(stderr, "replaced comment (was %zu bytes)\n", strlen(old));
}

void reload(struct sample *s, const char *path) {
    sample_free(s);
    /* ok: c-use-after-free, c-double-free */
    sample_free(s);
    /* ok: c-use-after-free */
    if (s->pcm == NULL) load_sample(path, s);
}
