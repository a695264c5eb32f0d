#!/bin/bash
# action-install.sh — the GitHub Action's first step: put residency on PATH.
#
# RESIDENCY_VERSION set: download residency-VERSION-linux-ARCH.tar.gz and
# SHA256SUMS from the release of RESIDENCY_REPOSITORY, verify the checksum,
# unpack.  Empty: build from the Action's source (GITHUB_ACTION_PATH, else
# this script's repository) with make, which installs missing Debian
# packages.  Appends the binary's directory to GITHUB_PATH.
set -euo pipefail
dir="${RUNNER_TEMP:-/tmp}/residency-bin"
mkdir -p "$dir"
if [ -n "${RESIDENCY_VERSION:-}" ]; then
	v=${RESIDENCY_VERSION#v}
	name="residency-$v-linux-$(uname -m)"
	base="https://github.com/${RESIDENCY_REPOSITORY:?}/releases/download/v$v"
	curl -fsSL --retry 3 -o "$dir/$name.tar.gz" "$base/$name.tar.gz"
	curl -fsSL --retry 3 -o "$dir/SHA256SUMS" "$base/SHA256SUMS"
	(cd "$dir" && grep " $name.tar.gz\$" SHA256SUMS | sha256sum -c -)
	tar xzf "$dir/$name.tar.gz" -C "$dir"
	bin="$dir/$name/residency"
else
	src=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
	make -C "$src" -j"$(nproc 2>/dev/null || echo 2)" build/residency >&2
	bin="$src/build/residency"
fi
ln -sf "$bin" "$dir/residency"
echo "$dir" >>"${GITHUB_PATH:-/dev/null}"
"$dir/residency" --version
