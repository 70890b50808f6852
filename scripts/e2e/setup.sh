#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently, into a git-ignored cache folder:
#   - Debian packages: chromium (headless browser for the VS Code web UI), neovim (second LSP
#     client), libkrb5-dev (code-server's kerberos module compiles against gssapi.h)
#   - node 24 from the npm package node@24 (code-server's postinstall insists on node 24)
#   - code-server (pinned), whose bundled VS Code server runs the extension host.
# Nothing here touches the project's own lockfile. A second run is a fast no-op.
# Usage: scripts/e2e/setup.sh [--check]   (--check: exit 1 if anything is missing, install nothing)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${SOURCE_REVIEW_E2E_CACHE:-$ROOT/.cache/e2e}"
NODE_VERSION="24.9.0"
CODE_SERVER_VERSION="4.139.1"
NODE_DIR="$CACHE/node-$NODE_VERSION"
# The npm package node@24 installs its binary as node-linux-<arch>.
case "$(uname -m)" in
  x86_64|amd64) NODE_ARCH=x64 ;;
  aarch64|arm64) NODE_ARCH=arm64 ;;
  *) NODE_ARCH="$(uname -m)" ;;
esac
NODE_PKG="$NODE_DIR/node_modules/node/node_modules/node-linux-$NODE_ARCH"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_MARK="$CS_DIR/.installed"
CHECK_ONLY=0
[[ "${1:-}" == "--check" ]] && CHECK_ONLY=1

# npm run/test exports npm_* variables (user agent with node 20, local prefix, ...). The nested
# installs must not inherit them: code-server reads the node version from the user agent.
clean_npm() {
  local unset=()
  while IFS='=' read -r name _; do [[ "$name" == npm_* ]] && unset+=(-u "$name"); done < <(env)
  env "${unset[@]}" "$@"
}
log() { printf '[e2e-setup] %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# Which apt packages are missing. The build ones (a C++ toolchain and python3 for node-gyp,
# libkrb5-dev for kerberos) only matter while code-server still has to be built.
missing_apt=()
have chromium || missing_apt+=(chromium)
have nvim || missing_apt+=(neovim)
if [[ ! -f "$CS_MARK" ]]; then
  if have dpkg-query && ! pkg_installed libkrb5-dev; then missing_apt+=(libkrb5-dev); fi
  { have make && have g++; } || missing_apt+=(build-essential)
  have python3 || missing_apt+=(python3)
fi
node_ok=0; [[ -x "$NODE_PKG/bin/node" ]] && node_ok=1
cs_ok=0; [[ -f "$CS_MARK" && -f "$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js" ]] && cs_ok=1

if [[ $CHECK_ONLY == 1 ]]; then
  if [[ ${#missing_apt[@]} -eq 0 && $node_ok == 1 && $cs_ok == 1 && -f "$CACHE/env" ]]; then exit 0; fi
  log "missing: ${missing_apt[*]:-} $([[ $node_ok == 1 ]] || echo node@$NODE_VERSION) $([[ $cs_ok == 1 ]] || echo code-server@$CODE_SERVER_VERSION)"
  exit 1
fi

if [[ ${#missing_apt[@]} -gt 0 ]]; then
  if ! have apt-get; then
    log "apt-get is not available: install ${missing_apt[*]} by hand (the e2e tests need them)"
  else
    # `sudo` resets the environment, so DEBIAN_FRONTEND goes through `env` on its command line.
    SUDO=(env DEBIAN_FRONTEND=noninteractive)
    if [[ "$(id -u)" != 0 ]]; then
      if have sudo; then SUDO=(sudo -n env DEBIAN_FRONTEND=noninteractive); else log "not root and no sudo: cannot install ${missing_apt[*]}"; SUDO=(false); fi
    fi
    log "apt-get install ${missing_apt[*]}"
    if "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing_apt[@]}" >/dev/null; then
      log "apt packages installed"
    else
      log "apt-get failed: ${missing_apt[*]} still missing (the e2e parts that need them will fail)"
    fi
  fi
fi

mkdir -p "$CACHE"

if [[ $node_ok == 0 ]]; then
  log "installing node@$NODE_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  printf '{"name":"e2e-node","private":true}\n' > "$NODE_DIR/package.json"
  (cd "$NODE_DIR" && clean_npm npm install --no-save --no-audit --no-fund --no-package-lock --loglevel=error "node@$NODE_VERSION")
  [[ -x "$NODE_PKG/bin/node" ]] || { log "node@$NODE_VERSION did not install a binary at $NODE_PKG/bin/node"; exit 1; }
fi

if [[ $cs_ok == 0 ]]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (about 2 minutes; builds native modules)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  printf '{"name":"e2e-code-server","private":true}\n' > "$CS_DIR/package.json"
  # code-server's postinstall checks node's major version from npm's user agent, and its native
  # modules compile against node 24's headers: run npm under node 24 with nodedir pointing there.
  (cd "$CS_DIR" && clean_npm PATH="$NODE_PKG/bin:$PATH" npm_config_nodedir="$NODE_PKG" \
    npm install --no-save --no-audit --no-fund --no-package-lock --loglevel=error \
    --unsafe-perm "code-server@$CODE_SERVER_VERSION")
  [[ -f "$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js" ]] || { log "code-server install incomplete"; exit 1; }
  date -u +%FT%TZ > "$CS_MARK"
fi

# Paths for the runner (sourced as KEY=VALUE lines).
cat > "$CACHE/env" <<ENV
E2E_NODE=$NODE_PKG/bin/node
E2E_SERVER_MAIN=$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js
E2E_CHROMIUM=$(command -v chromium || true)
E2E_NVIM=$(command -v nvim || true)
ENV
log "ready ($CACHE)"
