#!/usr/bin/env bash
# The test suite under AddressSanitizer, and the parallel linter under ThreadSanitizer.
# Separate build folders, so the normal .build is untouched. Too slow for every CI run on two
# cores (see Fuzz/RESULTS.md for timings); run before a release or after touching concurrency.
#
#   Scripts/sanitizers.sh [address|thread|all]
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
status=0

if [ "$which" = address ] || [ "$which" = all ]; then
    echo "sanitizers: swift test --sanitize=address (SPAMLINT_HEAVY=1 adds the million-link case)"
    start=$(date +%s)
    # detect_leaks=0: LeakSanitizer reports the Swift runtime's and libxml2's intentional
    # process-lifetime caches; memory errors still abort the run.
    if ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
        nice -n 10 swift test --sanitize=address --build-path .build-asan 2>&1 | tee /tmp/spamlint-asan.log | tail -n 3; then
        echo "sanitizers: address: ok in $(( $(date +%s) - start ))s"
    else
        echo "sanitizers: address: FAILED (log: /tmp/spamlint-asan.log)"
        status=1
    fi
fi

if [ "$which" = thread ] || [ "$which" = all ]; then
    echo "sanitizers: spamlint built with --sanitize=thread, linting Samples/ and ../shared/corpus on all cores"
    start=$(date +%s)
    nice -n 10 swift build -c release --sanitize=thread --build-path .build-tsan --product spamlint >/dev/null
    binary=$(swift build -c release --sanitize=thread --build-path .build-tsan --show-bin-path)/spamlint
    inputs=(Samples)
    [ -d ../shared/corpus ] && inputs+=(../shared/corpus)
    set +e
    # Every format renders the same parallel run; small batches give more hand-overs between threads.
    for format in text json; do
        TSAN_OPTIONS=halt_on_error=1:exitcode=66 nice -n 10 "$binary" "${inputs[@]}" --format "$format" \
            >/dev/null 2>/tmp/spamlint-tsan-$format.log
        result=$?
        if [ "$result" -eq 66 ] || grep -q "ThreadSanitizer" /tmp/spamlint-tsan-$format.log; then
            echo "sanitizers: thread: data race reported ($format), see /tmp/spamlint-tsan-$format.log"
            status=1
        elif [ "$result" -gt 2 ]; then
            echo "sanitizers: thread: spamlint exited $result ($format)"
            status=1
        fi
    done
    set -e
    [ "$status" -eq 0 ] && echo "sanitizers: thread: no race reported in $(( $(date +%s) - start ))s"
fi
exit "$status"
