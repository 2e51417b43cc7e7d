#!/usr/bin/env bash
# Installs what the end-to-end suite needs, once, into a cache: Debian's Chromium, ripgrep, CJK fonts,
# pandoc (it makes the .docx files test/cli/office.test.ts checks), LibreOffice Writer without its GUI
# and poppler-utils (test/cli/export.test.ts renders an exported .docx to PDF; pdftoppm makes the
# README's picture of it), and code-server 4.99.4 (VS Code 1.99,
# the last that runs on Node 20) built from the npm registry without its internet-only download steps. Safe to run again: finished steps are skipped.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${JIXIAO_E2E_CACHE:-$ROOT/.cache/e2e}"
CS_VERSION=4.99.4
CS_DIR="$CACHE/code-server-$CS_VERSION"
say() { printf 'e2e-install: %s\n' "$*"; }

missing=()
for pkg in chromium ripgrep libkrb5-dev fonts-noto-cjk pandoc libreoffice-writer-nogui poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f "$CS_DIR/.complete" ]; then
  say "code-server $CS_VERSION already installed in $CS_DIR"
  exit 0
fi

say "installing code-server $CS_VERSION into $CS_DIR (about five minutes, once)"
rm -rf "$CS_DIR"
mkdir -p "$CS_DIR"
cd "$CS_DIR"
printf '{ "name": "jixiao-e2e-code-server", "private": true }\n' > package.json
# its install script downloads ripgrep from the internet: skip scripts, then do their work below
npm install --no-audit --no-fund --ignore-scripts "code-server@$CS_VERSION" >/dev/null

cd "$CS_DIR/node_modules/code-server/lib/vscode"
npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null
# @vscode/ripgrep's postinstall skips its download when bin/ exists: give it Debian's rg
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg

# npm 11 skips dependencies' install scripts unless allowed; here they build code-server's native
# modules (node-pty, spdlog, kerberos, …), so allow them for the steps below only
export npm_config_dangerously_allow_all_scripts=true
# node-pty's postinstall runs `npx node-gyp`: let npx fetch it without asking
export npm_config_yes=true
npm rebuild --foreground-scripts >"$CS_DIR/rebuild.log" 2>&1 || { tail -n 40 "$CS_DIR/rebuild.log"; exit 1; }

cd "$CS_DIR/node_modules/code-server"
npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64" npm_config_unsafe_perm=true sh postinstall.sh >"$CS_DIR/postinstall.log" 2>&1 ||
  { tail -n 40 "$CS_DIR/postinstall.log"; exit 1; }

cd "$CS_DIR"
npm rebuild argon2 >/dev/null
for native in node-pty @vscode/spdlog; do
  [ -n "$(find "node_modules/code-server/lib/vscode/node_modules/$native" -name '*.node' -print -quit)" ] ||
    { echo "e2e-install: $native was not built; see $CS_DIR/postinstall.log" >&2; exit 1; }
done
touch "$CS_DIR/.complete"
say "done"
