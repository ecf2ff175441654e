#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs, inside this folder only:
#   - Debian packages: chromium (the browser Playwright drives), libkrb5-dev and ripgrep (code-server's install);
#   - code-server 4.100.3 (VS Code 1.100.3 for the web, the last release that runs on Node 20) and playwright-core.
# A plain `npm install code-server` fails here; the workarounds (see shared/reference/toolchain.md section 4):
#   --unsafe-perm as root, libkrb5-dev for the kerberos source build, a cached ripgrep tarball built from
#   Debian's rg because @vscode/ripgrep would download one from GitHub, npm_config_yes so that node-pty's
#   `npx node-gyp` does not stop at npx's prompt.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup.sh: missing ${need_apt[*]}; install them with apt-get as root" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

# --config keeps code-server from writing ~/.config/code-server/config.yaml.
version() { node_modules/.bin/code-server --config "$PWD/.cs/config.yaml" --version | head -1; }
if [ -x node_modules/.bin/code-server ] && [ -d node_modules/playwright-core ]; then
  echo "setup.sh: code-server $(version) already installed"
  exit 0
fi

export TMPDIR="$PWD/.tmp"
rg_cache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$rg_cache"
cp "$(command -v rg)" "$TMPDIR/rg"
tar -C "$TMPDIR" -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg

# Playwright's own browser download cannot work here; Debian's chromium is used instead.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm_config_yes=true npm install --no-audit --no-fund --unsafe-perm=true
echo "setup.sh: code-server $(version) installed"
