#!/usr/bin/env bash
# Runs the action under @github/local-action (GitHub's local runner for
# JavaScript actions) on the goroutine-leak example: a temporary git
# repository with the case's base on main and its head on a branch, a push
# event, small loads. It fails unless the action reports the leak, writes the
# job summary and sets the outputs.
#
# local-action runs the TypeScript sources (src/main.ts) through tsx with its
# own stand-ins for @actions/core and @actions/github; it cannot run the
# bundle (dist/), which `node dist/index.js` in __tests__/e2e/action.test.ts
# covers. It needs nothing from the network: tsx, esbuild and the stand-ins
# are npm devDependencies. Its exit status does not follow the action's
# (core.setFailed only prints), so the verdict is read from its output.
#
# Usage: scripts/local-action.sh [work-dir]   (needs Go and npm ci)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/pprof-gate-local-action-XXXXXX")}"
repo="$work/repo"
svc="services/orders"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid

# go.mod says `replace example.com/kit => ../../_kit`: the service sits two levels below the kit.
rm -rf "$repo" && mkdir -p "$repo/$svc"
cp -R "$root/testdata/cases/_kit" "$repo/_kit"
cp -R "$root/testdata/cases/goroutine-leak/base/." "$repo/$svc/"
git -C "$repo" init -q -b main && git -C "$repo" add . && git -C "$repo" commit -q -m base
git -C "$repo" checkout -q -b feature
cp -R "$root/testdata/cases/goroutine-leak/head/." "$repo/$svc/"
git -C "$repo" commit -q -am head
before="$(git -C "$repo" rev-parse main)"

: >"$work/summary" && : >"$work/output" && : >"$work/state"
printf '{"before":"%s","after":"%s"}\n' "$before" "$(git -C "$repo" rev-parse HEAD)" >"$work/event.json"
cat >"$work/local-action.env" <<ENV
INPUT_WORKING-DIRECTORY=$repo/$svc
INPUT_REQUESTS=500
INPUT_TRIALS=2
INPUT_WARMUP=100
INPUT_CPU-PAIRS=2
INPUT_MAX-CPU-PAIRS=2
INPUT_CPU-SECONDS=1
GITHUB_EVENT_NAME=push
GITHUB_EVENT_PATH=$work/event.json
GITHUB_REPOSITORY=octo/shop
GITHUB_STEP_SUMMARY=$work/summary
GITHUB_OUTPUT=$work/output
GITHUB_STATE=$work/state
ENV

cd "$root"
npx --no-install local-action run . src/main.ts "$work/local-action.env" >"$work/log" 2>&1 || true
fail() { echo "local-action: $1 (log: $work/log)" >&2; tail -40 "$work/log" >&2; exit 1; }
grep -q '::error::pprof-gate: regression: head keeps adding goroutines' "$work/log" || fail 'the action did not report the goroutine leak'
grep -q 'main.notifyAuditor' "$work/summary" || fail 'the job summary does not name main.notifyAuditor'
grep -Eq "verdict.*fail" "$work/log" || fail 'no verdict output'
echo "local-action: the action found the leak (log: $work/log)"
