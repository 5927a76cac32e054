#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end suite (test/e2e/) needs, without any download other
# than the npm registry and Debian apt:
#   - Debian packages: chromium (the browser playwright-core drives), libkrb5-dev (code-server's
#     kerberos module builds against it), ripgrep (code-server's search; also fed to its installer);
#   - code-server@4.100.3 (VS Code 1.100.3 in the browser, on the system Node 20) into the
#     git-ignored folder .e2e/code-server/ (never into package.json: it is ~300 MB and only the
#     e2e suite needs it).
# Idempotent: when everything is present it returns in well under a second.
# See docs/TESTING.md ("End-to-end tests in real VS Code") and the toolchain notes for why each
# step is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
PREFIX=.e2e/code-server
MARKER="$PREFIX/.installed-$CODE_SERVER_VERSION"

say() { printf 'install-e2e: %s\n' "$*"; }

# --- 1. Debian packages ----------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}" \
    || { "${sudo_cmd[@]}" apt-get update && "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; }
fi

# --- 2. code-server ----------------------------------------------------------------------------
if [ -f "$MARKER" ] && [ -f "$PREFIX/node_modules/code-server/out/node/entry.js" ]; then
  say "code-server $CODE_SERVER_VERSION already installed in $PREFIX"
  exit 0
fi

say "installing code-server@$CODE_SERVER_VERSION into $PREFIX (about a minute)"
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
# A package.json of its own, so npm installs here and never touches the project's manifest.
printf '{ "name": "vigil-e2e-code-server", "private": true }\n' > "$PREFIX/package.json"

# @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless it finds this tarball in its
# cache under $TMPDIR; we hand it Debian's rg instead (GitHub is unreachable here).
scratch="$(pwd)/.e2e/install-tmp"
rm -rf "$scratch"
mkdir -p "$scratch/vscode-ripgrep-cache-1.15.11" "$scratch/rg-bin"
cp "$(command -v rg)" "$scratch/rg-bin/rg"
tar -czf "$scratch/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" \
  -C "$scratch/rg-bin" rg

(
  cd "$PREFIX"
  # unsafe_perm: postinstall scripts run as root in CI; yes: node-pty's install runs `npx node-gyp`.
  TMPDIR="$scratch" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-package-lock --loglevel=error \
    "code-server@$CODE_SERVER_VERSION"
)
rm -rf "$scratch"

test -f "$PREFIX/node_modules/code-server/out/node/entry.js" \
  || { say "code-server did not install (no out/node/entry.js)"; exit 1; }
touch "$MARKER"
say "done: $PREFIX/node_modules/code-server"
