#!/usr/bin/env bash
# Installs everything the end-to-end test needs, without any download other
# than the npm registry and Debian's apt:
#   - Debian packages: chromium, fonts-noto-cjk, libkrb5-dev, ripgrep
#     (plus a C/C++ toolchain and python3 for node-gyp, if missing)
#   - code-server (from the npm registry), built from source into a cache
#     folder outside the checkout: ~/.cache/infranotes/code-server-<version>
#
# Idempotent and non-interactive: a warm machine skips apt and the code-server
# build entirely. A code-server folder without the completion marker (an
# interrupted install) is discarded and rebuilt.
#
# Environment:
#   CODE_SERVER_VERSION          default 4.100.3 (keep in sync with code-server.mjs)
#   INFRANOTES_CACHE_DIR         default ${XDG_CACHE_HOME:-$HOME/.cache}/infranotes
#   INFRANOTES_CODE_SERVER_DIR   default $INFRANOTES_CACHE_DIR/code-server-$CODE_SERVER_VERSION
#   E2E_SKIP_APT=1               do not touch apt (packages must already be there)
set -euo pipefail

CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE_ROOT="${INFRANOTES_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/infranotes}"
CS_DIR="${INFRANOTES_CODE_SERVER_DIR:-$CACHE_ROOT/code-server-$CS_VERSION}"
MARKER="$CS_DIR/.infranotes-install-complete"

START=$SECONDS
log() { printf '[e2e-deps +%ds] %s\n' "$((SECONDS - START))" "$*"; }
die() { printf '[e2e-deps] ERROR: %s\n' "$*" >&2; exit 1; }

exec </dev/null
export DEBIAN_FRONTEND=noninteractive
export CI="${CI:-true}"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# Let node-gyp run make with one job per core.
export JOBS="${JOBS:-max}"

# ---------------------------------------------------------------- apt packages
APT_PACKAGES=(chromium fonts-noto-cjk libkrb5-dev ripgrep)

pkg_installed() {
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

missing=()
for p in "${APT_PACKAGES[@]}"; do
  pkg_installed "$p" || missing+=("$p")
done
# node-gyp needs a compiler, make and python3 to build code-server's native modules.
command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if [ "${#missing[@]}" -eq 0 ]; then
  log "apt: all packages present (${APT_PACKAGES[*]}), skipping apt"
elif [ "${E2E_SKIP_APT:-}" = "1" ]; then
  die "missing Debian packages: ${missing[*]} (E2E_SKIP_APT=1 is set)"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to apt-get install: ${missing[*]}"
    SUDO="sudo -n"
  fi
  log "apt: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
  for p in "${APT_PACKAGES[@]}"; do pkg_installed "$p" || die "apt: $p still not installed"; done
  log "apt: done"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium not found after apt"
RG_BIN="$(command -v rg || true)"
[ -n "$RG_BIN" ] || die "ripgrep (rg) not found after apt"

# ------------------------------------------------------------------ code-server
mkdir -p "$(dirname "$CS_DIR")"
# Serialize concurrent installs (two test runs starting at once).
exec 9>"$CS_DIR.lock"
if ! flock -n 9; then
  log "code-server: another install holds $CS_DIR.lock, waiting..."
  flock 9
fi

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CS_VERSION" ] && [ -f "$CS_DIR/out/node/entry.js" ]; then
  log "code-server $CS_VERSION: already installed in $CS_DIR"
  exit 0
fi

command -v node >/dev/null 2>&1 || die "node not found"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = "20" ] || die "code-server $CS_VERSION needs Node 20 (found $(node --version))"

# node-gyp must not try to download Node headers (no internet): use the ones
# installed next to the node binary (Debian/nodesource: /usr/include/node).
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$NODE_PREFIX/include/node/node_api.h" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
fi
NODEDIR_ARGS=()
[ -n "${npm_config_nodedir:-}" ] && NODEDIR_ARGS=(--nodedir="$npm_config_nodedir")

NPM_CLI="$(readlink -f "$(command -v npm)")"
NODE_GYP="$(dirname "$NPM_CLI")/../node_modules/node-gyp/bin/node-gyp.js"
[ -f "$NODE_GYP" ] || die "node-gyp not found next to npm ($NODE_GYP)"

if [ -d "$CS_DIR" ]; then
  log "code-server: discarding incomplete install in $CS_DIR"
  rm -rf "$CS_DIR"
fi
mkdir -p "$CS_DIR"
BUILD_LOG="$CS_DIR.install.log"
: >"$BUILD_LOG"
trap 'rc=$?; if [ $rc -ne 0 ]; then echo "[e2e-deps] code-server install FAILED (exit $rc); last lines of $BUILD_LOG:" >&2; tail -n 40 "$BUILD_LOG" >&2; fi' EXIT

# run DIR CMD... : run quietly, output to the build log
run() {
  local dir="$1"; shift
  echo "### ($dir) $*" >>"$BUILD_LOG"
  (cd "$dir" && "$@") >>"$BUILD_LOG" 2>&1
}

NPM_INSTALL=(npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
VSC="$CS_DIR/lib/vscode"

log "code-server $CS_VERSION: fetching package from the npm registry (log: $BUILD_LOG)"
TMP_PACK="$(mktemp -d)"
run "$TMP_PACK" npm pack --silent "code-server@$CS_VERSION"
tar -xzf "$TMP_PACK/code-server-$CS_VERSION.tgz" -C "$CS_DIR" --strip-components=1
rm -rf "$TMP_PACK"
[ -f "$CS_DIR/out/node/entry.js" ] || die "unexpected package layout: no out/node/entry.js"

log "code-server: npm install (root)"
run "$CS_DIR" "${NPM_INSTALL[@]}"
log "code-server: npm install (lib/vscode)"
run "$VSC" "${NPM_INSTALL[@]}"
log "code-server: npm install (lib/vscode/extensions)"
run "$VSC/extensions" "${NPM_INSTALL[@]}"

log "code-server: building native module argon2"
run "$CS_DIR" npm rebuild argon2
log "code-server: building native modules kerberos, @vscode/spdlog, @vscode/deviceid, native-watchdog"
run "$VSC" npm rebuild kerberos @vscode/spdlog @vscode/deviceid native-watchdog
# node-pty's own post-install step (a compile_commands.json helper) fails
# after a successful build, so build it with node-gyp directly.
log "code-server: building native module node-pty"
run "$VSC/node_modules/node-pty" node "$NODE_GYP" rebuild "${NODEDIR_ARGS[@]}"

# @parcel/watcher ships a prebuilt binary as an optional npm dependency
# (@parcel/watcher-linux-x64-glibc); build from source only if it does not load.
if (cd "$VSC" && node -e 'require("@parcel/watcher")') >>"$BUILD_LOG" 2>&1; then
  log "code-server: @parcel/watcher prebuilt binary loads, no build needed"
else
  log "code-server: building native module @parcel/watcher"
  run "$VSC/node_modules/@parcel/watcher" node "$NODE_GYP" rebuild "${NODEDIR_ARGS[@]}"
fi

log "code-server: linking ripgrep ($RG_BIN), node_modules.asar and helper scripts"
mkdir -p "$VSC/node_modules/@vscode/ripgrep/bin"
ln -sfn "$RG_BIN" "$VSC/node_modules/@vscode/ripgrep/bin/rg"
# What code-server's own postinstall.sh does:
ln -sfn node_modules "$VSC/node_modules.asar"
ln -sfn code-linux.sh "$VSC/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VSC/bin/helpers/browser.sh"

log "code-server: verifying native modules load"
run "$CS_DIR" node -e 'require("argon2")'
for m in kerberos @vscode/spdlog @vscode/deviceid native-watchdog node-pty @parcel/watcher; do
  run "$VSC" node -e "require('$m')" || die "native module $m does not load (see $BUILD_LOG)"
done
"$VSC/node_modules/@vscode/ripgrep/bin/rg" --version >>"$BUILD_LOG" 2>&1 || die "ripgrep link broken"
# An explicit (empty) config file and XDG dirs keep code-server from writing
# ~/.config/code-server/config.yaml.
TMP_CFG="$(mktemp -d)"
: >"$TMP_CFG/config.yaml"
ver="$(cd "$CS_DIR" && XDG_CONFIG_HOME="$TMP_CFG" XDG_DATA_HOME="$TMP_CFG" \
  node out/node/entry.js --config "$TMP_CFG/config.yaml" --version 2>>"$BUILD_LOG" | grep -E '^[0-9]+\.' | head -n1 || true)"
rm -rf "$TMP_CFG"
case "$ver" in
  "$CS_VERSION"*) ;;
  *) die "code-server --version printed '$ver'" ;;
esac

echo "$CS_VERSION" >"$MARKER"
log "code-server $CS_VERSION: installed in $CS_DIR"
