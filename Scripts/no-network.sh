#!/usr/bin/env bash
# Proves spamlint opens no network socket while linting Samples/ and ../shared/corpus:
#  1. strace -f -e trace=network records every socket/connect/sendto of spamlint and its threads;
#     any AF_INET or AF_INET6 socket fails the check (AF_UNIX, e.g. glibc's nscd probe, is local).
#  2. The same run inside a network namespace with no interfaces (unshare -n) gives the same exit
#     status and the same report, so nothing depended on the network.
# A positive control (bash opening a TCP socket) shows the strace check can fail.
#
#   Scripts/no-network.sh [path/to/spamlint]     (default: builds and uses the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:-}
if [ -z "$binary" ]; then
    nice -n 10 swift build -c release --product spamlint >/dev/null
    binary=$(swift build -c release --show-bin-path)/spamlint
fi
inputs=(Samples)
[ -d ../shared/corpus ] && inputs+=(../shared/corpus)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inet_calls() { grep -E 'AF_INET6?[,}]|sa_family=AF_INET6?' "$1" || true; }

# Positive control: the check must see a TCP socket when there is one.
strace -f -qq -e trace=network -o "$work/control.trace" bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null || true
if [ -z "$(inet_calls "$work/control.trace")" ]; then
    echo "no-network: strace did not see the control's TCP socket; the check would prove nothing" >&2
    exit 1
fi

set +e
strace -f -qq -e trace=network -o "$work/lint.trace" "$binary" "${inputs[@]}" --format json >"$work/traced.json" 2>/dev/null
traced_status=$?
unshare -n "$binary" "${inputs[@]}" --format json >"$work/isolated.json" 2>/dev/null
isolated_status=$?
set -e

calls=$(grep -cE '^[0-9]+ +(socket|connect|bind|sendto|sendmsg)\(' "$work/lint.trace" || true)
inet=$(inet_calls "$work/lint.trace")
echo "no-network: linted ${inputs[*]}: exit $traced_status traced, $isolated_status in an empty network namespace"
echo "no-network: $calls network system calls in all, $(printf '%s' "$inet" | grep -c . || true) of them AF_INET/AF_INET6"
if [ -n "$inet" ]; then
    echo "no-network: FAIL, spamlint used the network:" >&2
    printf '%s\n' "$inet" | head -n 20 >&2
    exit 1
fi
if [ "$traced_status" -ne "$isolated_status" ] || ! cmp -s "$work/traced.json" "$work/isolated.json"; then
    echo "no-network: FAIL, the report differs without a network" >&2
    exit 1
fi
echo "no-network: ok"
