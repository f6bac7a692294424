#!/usr/bin/env bash
# The README's quick start exactly as a new user runs it, on a fresh clone of the committed HEAD:
#   npm ci     exits 0 and prints no engine warning;
#   npm start  builds, migrates the embedded database and becomes ready;
#   SIGTERM to npm stops the server within 10 s and frees the port;
#   npm start  a second time is ready in under FIRST_RUN_SECOND_START_MAX_MS (default 5000) without
#              rebuilding, and stops cleanly again.
# CI runs it first; run it yourself with `bash scripts/first-run-check.sh`.
set -euo pipefail

fail() { echo "first-run check FAILED: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

source_repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill -KILL "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
echo "Fresh clone of $(git -C "$source_repo" rev-parse --short HEAD) in $work (port $port)"
git clone --quiet "$source_repo" "$work/storefront"
cd "$work/storefront"

echo "--- npm ci"
npm ci --no-audit --no-fund >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "npm ci exited non-zero"; }
if grep -q EBADENGINE "$work/install.log"; then
  grep -A3 EBADENGINE "$work/install.log" | head -20
  fail "npm ci printed engine warnings"
fi

# Starts `npm start` and waits for readiness; sets server_pid and ready_ms.
start_and_wait() {
  local log=$1 limit_s=$2 started
  started=$(now_ms)
  PORT=$port HOST=127.0.0.1 npm start >"$log" 2>&1 &
  server_pid=$!
  while ! curl -sf "http://127.0.0.1:$port/api/v1/health/ready" >/dev/null 2>&1; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$log"; fail "npm start exited before it was ready"; }
    [ $(($(now_ms) - started)) -lt $((limit_s * 1000)) ] || { cat "$log"; fail "not ready within ${limit_s} s"; }
    sleep 0.05
  done
  ready_ms=$(($(now_ms) - started))
  echo "ready after ${ready_ms} ms"
}

# SIGTERM to npm's own pid must stop the server within 10 s with exit 0 and free the port.
stop_and_check() {
  local log=$1 stopped code
  stopped=$(now_ms)
  kill -TERM "$server_pid"
  code=0
  wait "$server_pid" || code=$?
  server_pid=""
  [ "$code" -eq 0 ] || { cat "$log"; fail "npm start exited $code after SIGTERM"; }
  while port_open "$port"; do
    [ $(($(now_ms) - stopped)) -lt 10000 ] || fail "port $port still open 10 s after SIGTERM"
    sleep 0.05
  done
  echo "stopped in $(($(now_ms) - stopped)) ms, exit 0, port free"
}

echo "--- npm start (first: builds and migrates)"
start_and_wait "$work/start1.log" 600
first_ms=$ready_ms
stop_and_check "$work/start1.log"

echo "--- npm start (second: no rebuild)"
start_and_wait "$work/start2.log" 60
second_ms=$ready_ms
if grep -q "^Building" "$work/start2.log"; then fail "the second npm start rebuilt"; fi
stop_and_check "$work/start2.log"
limit=${FIRST_RUN_SECOND_START_MAX_MS:-5000}
[ "$second_ms" -lt "$limit" ] || fail "the second start took ${second_ms} ms (limit ${limit} ms)"

echo "first-run check passed: npm ci clean, first start ${first_ms} ms, second start ${second_ms} ms"
