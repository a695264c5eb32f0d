#!/bin/sh
# dist.sh BUILD DIST_DIR NAME — link BUILD's objects into a static residency
# and pack it as DIST_DIR/NAME.tar.gz, with DIST_DIR/SHA256SUMS (make dist).
set -eu
B=$1
out=$2
name=$3
CC=${CC:-cc}
stage=$B/dist/$name
rm -rf "$B/dist"
mkdir -p "$stage" "$out"

# 1. everything static, the C library included
libs="cyaml yaml jansson"
# shellcheck disable=SC2046 # one -lNAME per library
if $CC -static -s -o "$stage/residency" "$B/obj/main.o" "$B/libresidency.a" \
	$(for l in $libs; do printf -- '-l%s ' "$l"; done) -lm 2>"$B/dist/link.log"; then
	echo "residency: $stage/residency: linked statically (libcyaml, libyaml, jansson, libc)"
else
	# 2. the archives that exist, statically; the rest (and libc) dynamically
	args=""
	static=""
	dynamic=""
	for l in $libs; do
		a=$($CC -print-file-name="lib$l.a")
		if [ -f "$a" ]; then
			args="$args $a"
			static="$static lib$l"
		else
			args="$args -l$l"
			dynamic="$dynamic lib$l"
		fi
	done
	# shellcheck disable=SC2086
	$CC -s -o "$stage/residency" "$B/obj/main.o" "$B/libresidency.a" $args -lm
	echo "residency: a fully static link failed ($(head -n 1 "$B/dist/link.log"))"
	echo "residency: linked statically:${static:- nothing}; dynamically:${dynamic} libc"
fi

install -m 644 README.md "$stage/README.md"
mkdir -p "$stage/man" "$stage/docs"
install -m 644 docs/man/residency.1 docs/man/residency-policy.5 "$stage/man/"
install -m 644 docs/*.md docs/report-schema.json "$stage/docs/"
install -m 644 scripts/residency.bash-completion "$stage/residency.bash-completion"

tarball=$name.tar.gz
# reproducible: sorted, owned by root, dated at the last commit (or 0)
when=$(git log -1 --format=%ct 2>/dev/null || echo 0)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$when" \
	-C "$B/dist" -cf - "$name" | gzip -n -9 >"$out/$tarball"
(cd "$out" && sha256sum "$tarball" >SHA256SUMS)
echo "residency: wrote $out/$tarball and $out/SHA256SUMS"
