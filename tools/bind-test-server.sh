#!/usr/bin/env bash
# A private BIND 9 server for the RFC 2136 integration tests, on 127.0.0.1 only, never the system's own.
#
#   tools/bind-test-server.sh install      installs bind9, bind9-utils and dnsutils from Debian's packages (root),
#                                          without starting or enabling the system's named service
#   tools/bind-test-server.sh start        starts a private named in a new temp folder and prints, as
#                                          shell assignments, what the tests need (DDNS_TEST_BIND_*)
#   tools/bind-test-server.sh stop DIR     stops the named started in DIR (by its PID) and removes DIR
#
# The server: zone ddns.test. (primary, from a fresh zone file), a TSIG key made now with tsig-keygen
# (hmac-sha256) whose update-policy lets it change A and AAAA records of names in the zone, a second key the
# server knows but grants nothing (for REFUSED), on a free high port (UDP and TCP), logging into DIR/named.log.
set -uo pipefail

zone=ddns.test
key_name=ddns-test-key
other_key_name=ddns-test-other-key

die() { echo "bind-test-server: $*" >&2; exit 1; }

find_tool() { # name: prints the path of a BIND tool (sbin is not always on PATH)
  local found
  found=$(command -v "$1" 2>/dev/null) || found=""
  if [ -z "$found" ]; then
    for dir in /usr/sbin /usr/bin /sbin /usr/local/sbin; do
      if [ -x "$dir/$1" ]; then found="$dir/$1"; break; fi
    done
  fi
  [ -n "$found" ] && echo "$found"
}

listening_on_53() {
  ss -Hlntu 2>/dev/null | awk '{print $5}' | grep -Eq '(^|:)53$'
}

install_bind() {
  if [ -n "$(find_tool named)" ] && [ -n "$(find_tool tsig-keygen)" ] && [ -n "$(find_tool dig)" ]; then
    echo "bind-test-server: BIND 9 and dig are already installed"
    return 0
  fi

  [ "$(id -u)" -eq 0 ] || die "installing BIND needs root (apt-get); the BIND tests will be skipped"
  command -v apt-get >/dev/null || die "no apt-get on this machine; the BIND tests will be skipped"

  local was_listening=0
  if listening_on_53; then was_listening=1; fi

  # A policy-rc.d that refuses every service start, only for this install; an existing one is put back after.
  local policy=/usr/sbin/policy-rc.d backup=""
  if [ -e "$policy" ]; then
    backup=$(mktemp /usr/sbin/policy-rc.d.saved.XXXXXX) || die "cannot save $policy"
    cp -p "$policy" "$backup" || die "cannot save $policy"
  fi
  printf '#!/bin/sh\n# bind-test-server.sh: no service starts while it installs BIND\nexit 101\n' > "$policy"
  chmod 755 "$policy"

  local status=0
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || status=$?
  if [ "$status" -eq 0 ]; then
    apt-get install -y -qq --no-install-recommends bind9 bind9-utils dnsutils || status=$?
  fi

  if [ -n "$backup" ]; then mv -f "$backup" "$policy"; else rm -f "$policy"; fi

  # The package enables its service for the next boot; this machine's services stay as they were.
  if [ "$status" -eq 0 ]; then
    if command -v deb-systemd-helper >/dev/null; then deb-systemd-helper disable named.service >/dev/null 2>&1 || true; fi
    if command -v update-rc.d >/dev/null && [ -e /etc/init.d/named ]; then update-rc.d named disable >/dev/null 2>&1 || true; fi
  fi

  [ "$status" -eq 0 ] || die "apt-get could not install bind9, bind9-utils and dnsutils (exit $status); the BIND tests will be skipped"
  if [ "$was_listening" -eq 0 ] && listening_on_53; then
    die "something listens on port 53 after installing BIND: the system's named must not run"
  fi

  echo "bind-test-server: installed BIND 9 ($("$(find_tool named)" -v)); the system's named service is not running"
}

# A port in 20000..59999 with nothing on it (TCP or UDP); named's own bind is the final check.
pick_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if ! ss -Hlntu 2>/dev/null | awk '{print $5}' | grep -Eq ":$port\$"; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

secret_of() { # key clause file: prints the base64 secret
  sed -nE 's/.*secret "([^"]+)".*/\1/p' "$1"
}

write_config() { # dir port
  local dir=$1 port=$2
  cat > "$dir/named.conf" <<EOF
include "$dir/$key_name.key";
include "$dir/$other_key_name.key";

options {
    directory "$dir";
    pid-file "$dir/named.pid";
    session-keyfile "$dir/session.key";
    managed-keys-directory "$dir";
    listen-on port $port { 127.0.0.1; };
    listen-on-v6 { none; };
    recursion no;
    allow-query { 127.0.0.1; };
    allow-transfer { none; };
    dnssec-validation no;
    notify no;
};

controls { };

zone "$zone" {
    type primary;
    file "$dir/$zone.db";
    update-policy {
        grant $key_name zonesub A AAAA;
    };
};
EOF

  cat > "$dir/$zone.db" <<EOF
\$TTL 300
@   IN SOA ns.$zone. hostmaster.$zone. ( 1 3600 600 86400 60 )
    IN NS  ns.$zone.
ns  IN A   127.0.0.1
EOF
}

start_server() {
  local named keygen dig
  named=$(find_tool named) || die "named is not installed (run: $0 install)"
  keygen=$(find_tool tsig-keygen) || die "tsig-keygen is not installed (package bind9-utils)"
  dig=$(find_tool dig) || die "dig is not installed (package dnsutils)"

  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/ddns-bind.XXXXXX") || die "cannot make a temp folder"
  chmod 755 "$dir"
  "$keygen" -a hmac-sha256 "$key_name" > "$dir/$key_name.key" || die "tsig-keygen failed"
  "$keygen" -a hmac-sha256 "$other_key_name" > "$dir/$other_key_name.key" || die "tsig-keygen failed"

  local port pid ready
  for attempt in 1 2 3 4 5; do
    port=$(pick_port) || die "found no free port"
    write_config "$dir" "$port"
    rm -f "$dir/$zone.db.jnl" "$dir/named.log"
    # -g: foreground, log to stderr; -4: IPv4 only. As root it keeps running as root; nothing leaves loopback.
    setsid "$named" -g -4 -c "$dir/named.conf" > "$dir/named.log" 2>&1 < /dev/null &
    pid=$!
    echo "$pid" > "$dir/named.launched.pid"
    ready=0
    for _ in $(seq 1 100); do
      if ! kill -0 "$pid" 2>/dev/null; then break; fi
      if "$dig" @127.0.0.1 -p "$port" "$zone" SOA +short +time=1 +tries=1 2>/dev/null | grep -q "ns.$zone"; then
        ready=1
        break
      fi
      sleep 0.1
    done
    if [ "$ready" -eq 1 ]; then break; fi
    stop_pid "$pid"
    echo "bind-test-server: named did not start on port $port (attempt $attempt); see below" >&2
    tail -n 5 "$dir/named.log" >&2
  done
  [ "$ready" -eq 1 ] || { rm -rf "$dir"; die "named did not start"; }

  {
    echo "DDNS_TEST_BIND_DIR=$dir"
    echo "DDNS_TEST_BIND_PORT=$port"
    echo "DDNS_TEST_BIND_ZONE=$zone."
    echo "DDNS_TEST_BIND_KEY_NAME=$key_name."
    echo "DDNS_TEST_BIND_KEY_SECRET=$(secret_of "$dir/$key_name.key")"
    echo "DDNS_TEST_BIND_OTHER_KEY_NAME=$other_key_name."
    echo "DDNS_TEST_BIND_OTHER_KEY_SECRET=$(secret_of "$dir/$other_key_name.key")"
    echo "DDNS_TEST_BIND_PID=$pid"
  } > "$dir/env"
  cat "$dir/env"
}

stop_pid() { # pid: TERM, then KILL after 5 s
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null
}

stop_server() {
  local dir=${1:-}
  [ -n "$dir" ] || die "usage: $0 stop DIR"
  [ -f "$dir/named.launched.pid" ] || die "$dir holds no server started by this script"
  stop_pid "$(cat "$dir/named.launched.pid")"
  case "$dir" in
    "${TMPDIR:-/tmp}"/ddns-bind.*) rm -rf "$dir" ;;
    *) echo "bind-test-server: left $dir in place (not a folder this script made)" >&2 ;;
  esac
}

case "${1:-}" in
  install) install_bind ;;
  start) start_server ;;
  stop) stop_server "${2:-}" ;;
  *) die "usage: $0 install|start|stop DIR" ;;
esac
