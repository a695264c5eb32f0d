#!/bin/sh
# ensure-deps.sh — make sure the tools and libraries the build and tests need
# are present.  Called by the Makefile before anything is compiled.
#
#   sh scripts/ensure-deps.sh            check; install what is missing
#                                        (Debian: apt-get, through sudo when
#                                        not root)
#   sh scripts/ensure-deps.sh --none     check only: never install (make DEPS=none)
#   sh scripts/ensure-deps.sh --extra "PKG..."  also the Debian packages PKG
#                                        (fuzzing, valgrind: make fuzz/valgrind)
#
# It first asks the system, not the package manager: the tools on PATH
# (flex, bison, pkg-config), pkg-config for the libraries (libcyaml,
# yaml-0.1, jansson, cmocka) and the compiler ($CC, default cc) for their
# headers.  When all answer, nothing is installed and nothing is printed —
# whatever the system (libraries built from source, Homebrew, Alpine, a
# Nix shell...).  Otherwise it installs the missing Debian packages when
# apt-get and dpkg exist and installing is allowed; else it names the
# packages to install and exits 1.
set -eu
mode=auto
extra=""
case "${1:-}" in
--none) mode=none ;;
--extra) extra=${2:-} ;;
"") ;;
*) echo "usage: ensure-deps.sh [--none | --extra PKGS]" >&2; exit 2 ;;
esac
CC=${CC:-cc}

# what is missing, as Debian package names (tool or pkg-config module → package)
missing=""
for t in flex:flex bison:bison pkg-config:pkg-config; do
	command -v "${t%%:*}" >/dev/null 2>&1 || missing="$missing ${t#*:}"
done
if command -v pkg-config >/dev/null 2>&1; then
	for m in libcyaml:libcyaml-dev yaml-0.1:libyaml-dev jansson:libjansson-dev cmocka:libcmocka-dev; do
		pkg-config --exists "${m%%:*}" 2>/dev/null || missing="$missing ${m#*:}"
	done
	if [ -z "$missing" ]; then
		# the compiler must find the headers pkg-config points to
		probe=$(mktemp -d)
		trap 'rm -rf "$probe"' EXIT
		printf '%s\n' '#include <cyaml/cyaml.h>' '#include <yaml.h>' '#include <jansson.h>' \
			'#include <stdarg.h>' '#include <stddef.h>' '#include <setjmp.h>' \
			'#include <stdint.h>' '#include <cmocka.h>' 'int main(void) { return 0; }' >"$probe/p.c"
		# shellcheck disable=SC2046
		if ! "$CC" $(pkg-config --cflags libcyaml yaml-0.1 jansson cmocka) -o "$probe/p" "$probe/p.c" \
			$(pkg-config --libs libcyaml yaml-0.1 jansson cmocka) >"$probe/log" 2>&1; then
			echo "residency: $CC cannot build against the libraries pkg-config reports:" >&2
			sed -n '1,5p' "$probe/log" >&2
			missing="libcyaml-dev libyaml-dev libjansson-dev libcmocka-dev"
		fi
	fi
else
	missing="$missing libcyaml-dev libyaml-dev libjansson-dev libcmocka-dev"
fi
command -v "$CC" >/dev/null 2>&1 || missing="$missing gcc"
# --extra: Debian packages asked for by name
for p in $extra; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

debian=0
command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1 && debian=1
if [ "$mode" = none ] || [ $debian -eq 0 ]; then
	echo "residency: missing build dependencies (Debian package names):$missing" >&2
	if [ $debian -eq 0 ]; then
		echo "residency: this is not a Debian system: install the equivalent packages" >&2
		echo "residency: (libcyaml, libyaml, jansson, cmocka, flex, bison, pkg-config), then run make again" >&2
	else
		echo "residency: DEPS=none: nothing installed; run 'sudo apt-get install$missing'" >&2
	fi
	exit 1
fi
echo "residency: installing missing build dependencies:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || true
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2
echo "residency: installed:$missing" >&2
