#!/usr/bin/env bash
# Neovim as a second real LSP client: headless Neovim (Debian's 0.7) starts dist/server.js --stdio
# on a copy of test/fixtures/workspace and asks for a hover and a definition.
# Prints PASS or FAIL; exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CI=true DEBIAN_FRONTEND=noninteractive

if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim: not found; installing Debian's neovim"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo -n"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq neovim >/dev/null
fi
nvim --version | head -1

if [ ! -f dist/server.js ]; then node scripts/build.mjs; fi

WS="$(mktemp -d)"
LOG="$(mktemp)"
trap 'rm -rf "$WS" "$LOG"' EXIT
cp -R test/fixtures/workspace/. "$WS/"

status=0
INFRANOTES_SERVER="$PWD/dist/server.js" INFRANOTES_WS="$WS" INFRANOTES_LOG="$LOG" \
  timeout 120 nvim --headless --noplugin -u test/nvim/init.lua -c 'luafile test/nvim/check.lua' || status=$?

cat "$LOG"
if [ "$status" -eq 0 ] && grep -q '^PASS' "$LOG"; then
  exit 0
fi
if ! grep -q '^FAIL' "$LOG"; then echo "FAIL: nvim exited with status $status before reporting"; fi
exit 1
