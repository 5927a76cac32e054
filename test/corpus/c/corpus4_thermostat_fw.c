/* Smart thermostat firmware: UART/BLE command handler for schedule and Wi-Fi provisioning (bare metal). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SSID_LEN 33
#define PSK_LEN 65
#define SCHEDULE_SLOTS 28

/* ruleid: c-hardcoded-credentials */
static const char factory_service_password[] = "thermo-svc-8841";
/* ok: c-hardcoded-credentials */
static const char factory_service_user[] = "service";

struct wifi_cfg {
    char ssid[SSID_LEN];
    char psk[PSK_LEN];
};

struct slot {
    uint8_t day, hour;
    int16_t setpoint_c10;
};

struct device_state {
    struct wifi_cfg wifi;
    struct slot schedule[SCHEDULE_SLOTS];
    char room_name[24];
    uint32_t pairing_code;
};

static struct device_state g_state;
extern uint32_t hw_trng_read(void);          /* hardware true random number generator */
extern void uart_write(const char *s, size_t n);
extern void flash_save(const void *p, size_t n);

static void reply(const char *s)
{
    uart_write(s, strlen(s));
}

/* frame: [cmd:1][len:1][payload:len] arriving over BLE from the phone app */
static void cmd_set_schedule(const uint8_t *payload, uint8_t len)
{
    struct slot incoming[SCHEDULE_SLOTS];
    /* ruleid: c-tainted-copy-length */
    memcpy(incoming, payload, len);
    memcpy(g_state.schedule, incoming, sizeof incoming);
}

static void cmd_set_schedule_checked(const uint8_t *payload, uint8_t len)
{
    size_t n = len / sizeof(struct slot);
    if (n > SCHEDULE_SLOTS)
        n = SCHEDULE_SLOTS;
    /* ok: c-tainted-copy-length */
    memcpy(g_state.schedule, payload, n * sizeof(struct slot));
}

static void cmd_set_wifi(const char *payload)
{
    const char *sep = strchr(payload, '\n');
    if (sep == NULL)
        return;
    /* ok: c-unbounded-copy */
    strncpy(g_state.wifi.ssid, payload, SSID_LEN - 1);
    g_state.wifi.ssid[SSID_LEN - 1] = '\0';
    if ((size_t)(sep - payload) < SSID_LEN)
        g_state.wifi.ssid[sep - payload] = '\0';
    /* ruleid: c-unbounded-copy */
    strcpy(g_state.wifi.psk, sep + 1);
    flash_save(&g_state.wifi, sizeof g_state.wifi);
}

static void cmd_rename(const char *payload)
{
    char msg[48];
    g_state.room_name[0] = '\0';
    /* ruleid: c-unbounded-copy */
    strcat(g_state.room_name, payload);
    /* ok: c-unbounded-copy */
    snprintf(msg, sizeof msg, "OK name=%.20s\r\n", g_state.room_name);
    reply(msg);
}

static void cmd_begin_pairing(void)
{
    char msg[32];
    srand(42);
    /* ruleid: c-weak-random */
    g_state.pairing_code = (uint32_t)(rand() % 1000000);
    snprintf(msg, sizeof msg, "PAIR %06lu\r\n", (unsigned long)g_state.pairing_code);
    reply(msg);
}

static void cmd_begin_pairing_v2(void)
{
    char msg[32];
    /* ok: c-weak-random */
    g_state.pairing_code = hw_trng_read() % 1000000u;
    snprintf(msg, sizeof msg, "PAIR %06lu\r\n", (unsigned long)g_state.pairing_code);
    reply(msg);
}

static int cmd_service_login(const char *user, const char *pass)
{
    return strcmp(user, factory_service_user) == 0 && strcmp(pass, factory_service_password) == 0;
}

static void cmd_debug_echo(const char *payload)
{
    char out[96];
    /* ruleid: c-format-string */
    snprintf(out, sizeof out, payload);
    reply(out);
    /* ok: c-format-string */
    snprintf(out, sizeof out, "echo:%s\r\n", payload);
    reply(out);
}

void ble_frame_received(const uint8_t *frame, size_t frame_len)
{
    if (frame_len < 2 || (size_t)frame[1] + 2 > frame_len)
        return;
    const uint8_t *payload = frame + 2;
    switch (frame[0]) {
    case 0x01: cmd_set_schedule(payload, frame[1]); break;
    case 0x02: cmd_set_schedule_checked(payload, frame[1]); break;
    case 0x03: cmd_set_wifi((const char *)payload); break;
    case 0x04: cmd_rename((const char *)payload); break;
    case 0x05: cmd_begin_pairing(); break;
    case 0x06: cmd_begin_pairing_v2(); break;
    case 0x07: reply(cmd_service_login((const char *)payload, (const char *)payload + 16) ? "OK\r\n" : "NO\r\n"); break;
    case 0x08: cmd_debug_echo((const char *)payload); break;
    default: reply("ERR\r\n");
    }
}
