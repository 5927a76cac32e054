/* midirouted: receives RTP-MIDI-like packets over UDP and forwards them to ALSA sequencer ports. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#define MAX_EVENTS 256
#define NAME_LEN 32

struct packet_header {
    uint16_t session_len;
    uint16_t flags;
    uint32_t event_count;
    uint32_t ssrc;
};

struct midi_event {
    uint8_t status;
    uint8_t data1;
    uint8_t data2;
    uint32_t delta;
};

static char session_name[NAME_LEN];

static void log_session(const char *name)
{
    /* ruleid: c-format-string */
    syslog(LOG_INFO, name);
    /* ok: c-format-string */
    syslog(LOG_INFO, "session %s joined", name);
}

static int handle_packet(const uint8_t *buf, size_t len)
{
    struct packet_header hdr;
    if (len < sizeof hdr)
        return -1;
    memcpy(&hdr, buf, sizeof hdr);
    uint16_t name_len = ntohs(hdr.session_len);
    uint32_t count = ntohl(hdr.event_count);
    uint32_t rec_size = sizeof(struct midi_event);

    /* ruleid: c-tainted-copy-length */
    memcpy(session_name, buf + sizeof hdr, name_len);
    session_name[NAME_LEN - 1] = '\0';
    log_session(session_name);

    /* ruleid: c-tainted-alloc-size, c-alloc-size-overflow */
    struct midi_event *events = malloc(count * rec_size);
    if (!events)
        return -1;
    const uint8_t *p = buf + sizeof hdr + name_len;
    for (uint32_t i = 0; i < count && p + 7 <= buf + len; i++, p += 7) {
        events[i].status = p[0];
        events[i].data1 = p[1];
        events[i].data2 = p[2];
        memcpy(&events[i].delta, p + 3, 4);
    }
    free(events);
    return 0;
}

static int handle_packet_checked(const uint8_t *buf, size_t len)
{
    struct packet_header hdr;
    if (len < sizeof hdr)
        return -1;
    memcpy(&hdr, buf, sizeof hdr);
    size_t name_len = ntohs(hdr.session_len);
    size_t count = ntohl(hdr.event_count);
    if (name_len >= NAME_LEN || name_len > len - sizeof hdr || count > MAX_EVENTS)
        return -1;
    /* ok: c-tainted-copy-length */
    memcpy(session_name, buf + sizeof hdr, name_len);
    session_name[name_len] = '\0';
    /* ok: c-tainted-alloc-size, c-alloc-size-overflow */
    struct midi_event *events = calloc(count, sizeof(struct midi_event));
    if (!events)
        return -1;
    free(events);
    return 0;
}

int main(int argc, char **argv)
{
    int port = argc > 1 ? atoi(argv[1]) : 5004;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = htonl(INADDR_ANY) };
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
        perror("bind");
        return 1;
    }
    openlog("midirouted", LOG_PID, LOG_DAEMON);
    uint8_t buf[1500];
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            continue;
        if (getenv("MIDIROUTED_STRICT"))
            handle_packet_checked(buf, (size_t)n);
        else
            handle_packet(buf, (size_t)n);
    }
    /* ok: c-format-string */
    fprintf(stderr, "%s: exiting\n", argv[0]);
    close(fd);
    return 0;
}
