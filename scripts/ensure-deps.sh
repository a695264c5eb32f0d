#!/bin/sh
# ensure-deps.sh — install the Debian packages the build and tests need.
# Called by the Makefile before anything is compiled.  Prints what it
# installs; does nothing (silently) when everything is present.
set -eu
pkgs="flex bison pkg-config libcyaml-dev libyaml-dev libcmocka-dev libjansson-dev iso-codes"
[ "${1:-}" = "--extra" ] && pkgs="$pkgs ${2:-}"
missing=""
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0
echo "residency: installing missing build dependencies:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || true
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2
echo "residency: installed:$missing" >&2
