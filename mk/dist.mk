# mk/dist.mk — the release archive, included by the Makefile.
#
#   make dist                    dist/residency-VERSION-linux-ARCH.tar.gz and
#                                dist/SHA256SUMS
#   make dist DIST_DIR=/out      elsewhere
#
# The binary is linked statically (libyaml, libcyaml, jansson and the C
# library; the standard policy library is built into it anyway), so it runs
# on any Linux of its architecture with nothing installed, from any
# directory.  When a static archive is missing, scripts/dist.sh links that
# library dynamically and says so.  The archive holds the binary, the man
# pages, the bash completion, the README and the docs; it is reproducible
# (sorted names, no owners, fixed times, gzip -n).

DIST_DIR  ?= dist
DIST_ARCH := $(shell uname -m)
DIST_NAME  = residency-$(VERSION)-linux-$(DIST_ARCH)

.PHONY: dist
dist: $(B)/obj/main.o $(B)/libresidency.a
	@CC="$(CC)" sh scripts/dist.sh "$(B)" "$(DIST_DIR)" "$(DIST_NAME)"
