#ifndef SPAMLINT_CRESOLV_SHIM_H
#define SPAMLINT_CRESOLV_SHIM_H
// glibc's stub resolver (libresolv, part of libc6-dev). Several of its names are macros
// (res_ninit → __res_ninit, ns_msg_count) that Swift cannot import, hence the inline wrappers.
#include <sys/types.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <resolv.h>
#include <string.h>

static inline int spamlint_res_ninit(res_state state) { return res_ninit(state); }
static inline void spamlint_res_nclose(res_state state) { res_nclose(state); }
static inline int spamlint_res_nquery(res_state state, const char *name, int type, unsigned char *answer, int length) {
    return res_nquery(state, name, ns_c_in, type, answer, length);
}
static inline int spamlint_res_h_errno(res_state state) { return state->res_h_errno; }

/// Replaces the configured name servers with one IPv4 address and port; 0 on success.
static inline int spamlint_res_set_server(res_state state, const char *ipv4, unsigned short port) {
    struct in_addr address;
    if (inet_pton(AF_INET, ipv4, &address) != 1) return -1;
    memset(&state->nsaddr_list[0], 0, sizeof(state->nsaddr_list[0]));
    state->nsaddr_list[0].sin_family = AF_INET;
    state->nsaddr_list[0].sin_port = htons(port);
    state->nsaddr_list[0].sin_addr = address;
    state->nscount = 1;
    // Clear any IPv6 servers from resolv.conf so only this one is asked.
    for (int index = 0; index < MAXNS; index++) state->_u._ext.nsaddrs[index] = NULL;
    state->_u._ext.nscount = 0;
    return 0;
}

static inline void spamlint_res_set_timeouts(res_state state, int seconds, int attempts) {
    state->retrans = seconds;
    state->retry = attempts;
}

static inline int spamlint_ns_answer_count(const ns_msg *message) { return ns_msg_count(*message, ns_s_an); }
#endif
