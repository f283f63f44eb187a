#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ and runs each for a given time.
#
#   Scripts/fuzz.sh                 # every target, 60 s each
#   Scripts/fuzz.sh fuzz-mime 600   # one target, 10 minutes
#   FUZZ_ASAN=1 Scripts/fuzz.sh …   # engine also under AddressSanitizer (about 2.5x slower)
#
# Seeds: Fuzz/Seeds/<target>/ (small, committed) plus up to FUZZ_SEEDS (200) files from Samples/
# and ../shared/corpus copied at run time into Fuzz/.build-corpus/<target>/, which libFuzzer grows
# as it finds new coverage. FUZZ_MAX_LEN (4096) caps input length.
# Crashes, hangs (-timeout) and memory blow-ups (-rss_limit_mb) land in Fuzz/.build-artifacts/;
# libFuzzer's final stats go to Fuzz/.build-logs/<target>.log (execs, exec/s, cov, ft).
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"

targets=(fuzz-mime fuzz-rfc2047 fuzz-html fuzz-template fuzz-config)
[ "$#" -ge 1 ] && [ "$1" != all ] && targets=("$1")
seconds=${2:-60}
# Short inputs reach the same code paths (everything is linear) at many more runs per second,
# and a few hundred seeds are enough: libFuzzer replays the whole corpus before it mutates.
max_len=${FUZZ_MAX_LEN:-4096}
seed_limit=${FUZZ_SEEDS:-200}

# -sanitize=fuzzer on every module gives libFuzzer coverage of the engine; lld because gold
# crashes on these objects. -enable-testing lets harnesses reach internal entry points.
flags=(-Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing -Xswiftc -use-ld=lld)
build_path=.build-plain
if [ "${FUZZ_ASAN:-0}" = 1 ]; then
    flags+=(-Xswiftc -sanitize=address)
    build_path=.build-asan
fi
# One build for all targets (an edit to the engine between per-target builds would fail them).
if [ "${#targets[@]}" -gt 1 ]; then
    nice -n 10 swift build -c release --build-path "$build_path" "${flags[@]}"
else
    nice -n 10 swift build -c release --build-path "$build_path" "${flags[@]}" --product "${targets[0]}"
fi

seed() {
    local target=$1 corpus=.build-corpus/$1
    mkdir -p "$corpus"
    [ -d "Seeds/$target" ] && cp -n Seeds/"$target"/* "$corpus"/ 2>/dev/null || true
    local shared=../../shared/corpus
    case "$target" in
    fuzz-mime)
        find ../Samples/messages "$shared/messages" -type f -name '*.eml' 2>/dev/null ;;
    fuzz-html)
        find ../Samples/templates "$shared/templates" -type f \( -name '*.html' -o -name '*.hbs' -o -name '*.liquid' -o -name '*.erb' -o -name '*.htm' \) 2>/dev/null ;;
    fuzz-template)
        # .mjml too: TemplateReader reads MJML sources (recognised by their <mjml> root here).
        find ../Samples/templates "$shared/templates" -type f \( -name '*.html' -o -name '*.hbs' -o -name '*.liquid' -o -name '*.erb' -o -name '*.htm' -o -name '*.mjml' \) 2>/dev/null ;;
    fuzz-config)
        find .. -maxdepth 3 -name '.spamlint.yml' -not -path '*/.build*' 2>/dev/null ;;
    fuzz-rfc2047)
        # Real Subject/From/To lines (one awk pass), one seed file each.
        find ../Samples/messages "$shared/messages" -type f -name '*.eml' 2>/dev/null | sort | head -n "$seed_limit" \
            | xargs -r awk -v dir="$corpus" 'tolower($0) ~ /^(subject|from|to|reply-to): / {
                  sub(/^[^:]*: /, ""); n++; printf "%s", $0 > (dir "/line-" n); close(dir "/line-" n) }' ;;
    esac | sort | head -n "$seed_limit" | while IFS= read -r file; do
        cp -n "$file" "$corpus/$(printf '%s' "$file" | cksum | cut -d' ' -f1)-$(basename "$file")" 2>/dev/null || true
    done
}

mkdir -p .build-artifacts .build-logs
status=0
for target in "${targets[@]}"; do
    # Seeding is best effort: head closing a pipe early is not an error (pipefail would say so).
    seed "$target" || true
    echo "fuzz: $target for ${seconds}s"
    set +e
    nice -n 10 "$build_path/release/$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=".build-artifacts/$target-" \
        ".build-corpus/$target" > ".build-logs/$target.log" 2>&1
    result=$?
    set -e
    grep -E '^(stat::|Done|#[0-9]+ +DONE)' ".build-logs/$target.log" || true
    if [ "$result" -ne 0 ]; then
        echo "fuzz: $target stopped with status $result; see Fuzz/.build-logs/$target.log and Fuzz/.build-artifacts/"
        status=1
    fi
done
exit "$status"
