#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml: installs pre-commit from PyPI into a throwaway venv,
# makes a throwaway template repository, and runs `pre-commit try-repo <this repo> spamlint
# --all-files` twice: it must fail while a risky template is tracked and pass once only a clean
# template (and a file the hook must not look at) is left.
#
# try-repo clones a repository at a commit and sees only tracked changes, so the script tests a
# one-commit snapshot of this working tree (tracked and untracked files, minus what .gitignore
# ignores): what is on disk is what is tested.
#
# pre-commit's `language: swift` builds the hook with `swift build -c release`, and try-repo does
# so in a fresh temporary store on every call, so each of the two runs is a full release build
# (measured on 2 cores shared with several other builds, load 11-13: 255-533 s a run, 566-975 s
# for the whole script). Nothing is left behind: the venv, the repositories and the stores are
# removed on exit.
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/spamlint-pre-commit.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
say() { echo "test-pre-commit: $*"; }
fail() { echo "test-pre-commit: FAIL: $*" >&2; exit 1; }
git_quiet() { git -c user.name=spamlint-ci -c user.email=ci@spamlint.invalid -c init.defaultBranch=main -c commit.gpgsign=false "$@"; }

say "installing pre-commit from PyPI into a venv"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check pre-commit
pre_commit="$work/venv/bin/pre-commit"
say "$("$pre_commit" --version)"

say "snapshotting the working tree of $repo_root"
snapshot="$work/spamlint"
mkdir "$snapshot"
(
    cd "$repo_root"
    git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
        [ -f "$file" ] && printf '%s\0' "$file"
    done | tar --null -T - -cf -
) | tar -xf - -C "$snapshot"
# A fixed date makes the snapshot commit id depend on the content only (reproducible logs).
export GIT_AUTHOR_DATE="2000-01-01T00:00:00Z" GIT_COMMITTER_DATE="2000-01-01T00:00:00Z"
git_quiet -C "$snapshot" init -q
git_quiet -C "$snapshot" add -A
git_quiet -C "$snapshot" commit -qm "spamlint working tree snapshot"

say "making a throwaway template repository"
templates="$work/templates"
mkdir -p "$templates/emails"
cat > "$templates/emails/risky-flash-sale.html" <<'HTML'
<html><body>
<div style="display:none">free money winner act now viagra casino prize</div>
<p>FLASH SALE!!! <a href="https://bit.ly/3xYz">CLICK HERE</a> <a href="http://192.0.2.7/claim">claim</a></p>
<p><a href="https://www.acme.example/login">https://www.paypal.com/login</a></p>
<script>document.location = "https://bit.ly/3xYz"</script>
</body></html>
HTML
cat > "$templates/emails/clean-newsletter.hbs" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Acme news</title></head>
<body>
<p>Hello {{first_name}}, here is what changed at Acme this month.</p>
<p><a href="https://www.acme.example/blog/october">Read the October update</a></p>
<p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>
</body></html>
HTML
# Not an email file: the hook's `files:` pattern must leave it alone although it names a shortener.
echo "Draft idea: link https://bit.ly/3xYz from the footer" > "$templates/notes.txt"
git_quiet -C "$templates" init -q
git_quiet -C "$templates" add -A
git_quiet -C "$templates" commit -qm "templates"

# Keep pre-commit's own files (logs, any store it makes) out of the user's ~/.cache.
export PRE_COMMIT_HOME="$work/pre-commit-home"
run_hook() {
    (cd "$templates" && "$pre_commit" try-repo "$snapshot" spamlint --all-files --verbose) >"$work/out.txt" 2>&1
}

say "run 1: risky and clean templates tracked (expect failure; builds the hook in release mode)"
build_started=$(date +%s)
if run_hook; then
    cat "$work/out.txt"
    fail "pre-commit passed although emails/risky-flash-sale.html is risky"
fi
say "run 1 took $(( $(date +%s) - build_started ))s"
grep -q "emails/risky-flash-sale.html" "$work/out.txt" || { cat "$work/out.txt"; fail "the failure does not name the risky template"; }
grep -q "FAIL" "$work/out.txt" || { cat "$work/out.txt"; fail "spamlint's FAIL verdict is not in the output"; }
grep -Eq "emails/clean-newsletter.hbs: score [0-9.]+ \([a-z]+\) ok" "$work/out.txt" || { cat "$work/out.txt"; fail "the clean template was not linted as ok"; }
if grep -q "notes.txt" "$work/out.txt"; then cat "$work/out.txt"; fail "notes.txt was linted; the files: pattern is too wide"; fi

say "run 2: only the clean template (expect success; builds the hook again)"
git_quiet -C "$templates" rm -q emails/risky-flash-sale.html
git_quiet -C "$templates" commit -qm "remove the risky template"
run_started=$(date +%s)
if ! run_hook; then
    cat "$work/out.txt"
    fail "pre-commit failed on the clean template"
fi
say "run 2 took $(( $(date +%s) - run_started ))s"
grep -q "emails/clean-newsletter.hbs" "$work/out.txt" || { cat "$work/out.txt"; fail "the clean template was not linted"; }
grep -Eq "spamlint.*Passed" "$work/out.txt" || { cat "$work/out.txt"; fail "pre-commit did not report the hook as Passed"; }

say "ok: fails on the risky template, passes on the clean one ($(( $(date +%s) - started ))s in all)"
