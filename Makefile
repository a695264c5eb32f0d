# residency — plain GNU make build.
#
#   make                 build build/residency and build/libresidency.a
#   make test            build, then run every test (unit, golden, policies)
#   make demo            build, then check the example plan
#   make test SANITIZE=1 the same under ASan+UBSan, in build/asan
#   make bench           benchmarks (see docs/performance.md)
#   make fuzz            libFuzzer targets, FUZZ_SECONDS (60) each (mk/fuzz.mk)
#   make valgrind        golden, report and bad-input suites under valgrind
#   make dist            static release archive in dist/ (mk/dist.mk)
#   make world-map       regenerate src/world_map.c (npm world-atlas, in build/npm)
#   make vscode          the VS Code extension (.vsix, docs/editors.md)
#   make clean
#
# scripts/ensure-deps.sh first asks pkg-config and the compiler whether the
# libraries are present; only missing ones are installed (Debian: apt-get,
# through sudo when not root).  DEPS=none never installs: it names what is
# missing and stops.

CC      ?= cc
PREFIX  ?= /usr/local
DEPS    ?= auto
B       ?= build
ifeq ($(SANITIZE),1)
B        := build/asan
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
endif

OPT     ?= -O2 -g
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCDIR  ?= $(PREFIX)/include
MANDIR  ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/residency
COMPDIR ?= $(PREFIX)/share/bash-completion/completions
VERSION  = $(shell sed -n 's/^#define RSD_VERSION "\(.*\)"/\1/p' include/residency.h)
WARN     = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wwrite-strings -Wundef -Wformat=2 \
           -Wno-format-nonliteral
# flex and bison generate code that trips the strict set; relaxed flags for it
GENWARN  = -std=c11 -Wall -Werror -Wno-unused-function -Wno-unused-parameter \
           -Wno-sign-compare -Wno-unused-but-set-variable
DEFS     = -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -fPIC
# Lazily expanded: pkg-config runs after ensure-deps has installed it all.
PKG      = libcyaml yaml-0.1 jansson
PKGCFLAGS = $(shell pkg-config --cflags $(PKG))
PKGLIBS  = $(shell pkg-config --libs $(PKG))
INC      = -Iinclude -Isrc -I$(B)/gen
ALLCFLAGS = $(OPT) $(SANFLAGS) $(DEFS) $(INC) $(PKGCFLAGS) $(CFLAGS)
LDLIBS   = $(PKGLIBS) -lm
DEPS_OK  = $(B)/.deps-ok

LIB_SRC  = $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ  = $(LIB_SRC:src/%.c=$(B)/obj/%.o)
GEN_C    =
ifneq ($(wildcard grammar/parser.y),)
GEN_C   += $(B)/gen/parser.c $(B)/gen/lexer.c
endif
GEN_C   += $(B)/gen/stdlib.c
GEN_OBJ  = $(GEN_C:$(B)/gen/%.c=$(B)/obj/gen_%.o)
POLICIES = $(shell find policies -name '*.rpl' 2>/dev/null | LC_ALL=C sort)

UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all test demo clean bench deps install uninstall fuzz vscode FORCE
all: $(B)/residency $(B)/libresidency.a $(B)/libresidency.so

deps: $(DEPS_OK)
$(DEPS_OK): scripts/ensure-deps.sh
	@mkdir -p $(B)
	@CC="$(CC)" sh scripts/ensure-deps.sh $(if $(filter none,$(DEPS)),--none)
	@touch $@

$(B)/gen/parser.c $(B)/gen/parser.h: grammar/parser.y | $(DEPS_OK)
	@mkdir -p $(B)/gen
	bison -Wall -Werror --defines=$(B)/gen/parser.h -o $(B)/gen/parser.c $<

$(B)/gen/lexer.c $(B)/gen/lexer.h: grammar/lexer.l $(B)/gen/parser.h | $(DEPS_OK)
	@mkdir -p $(B)/gen
	flex --header-file=$(B)/gen/lexer.h -o $(B)/gen/lexer.c $<

$(B)/embed: scripts/embed.c | $(DEPS_OK)
	@mkdir -p $(B)
	$(CC) -O1 -o $@ $<

$(B)/gen/stdlib.c: $(B)/embed $(POLICIES)
	@mkdir -p $(B)/gen
	$(B)/embed policies $(POLICIES) > $@.tmp && mv $@.tmp $@

$(B)/obj/gen_%.o: $(B)/gen/%.c | $(DEPS_OK)
	@mkdir -p $(B)/obj
	$(CC) $(GENWARN) $(ALLCFLAGS) -MMD -MP -c -o $@ $<

$(B)/obj/%.o: src/%.c Makefile | $(DEPS_OK)
	@mkdir -p $(B)/obj
	$(CC) $(WARN) $(ALLCFLAGS) -MMD -MP -c -o $@ $<

# the scanner and parser headers must exist before any source that includes them
$(LIB_OBJ) $(B)/obj/main.o: | $(if $(wildcard grammar/parser.y),$(B)/gen/parser.h $(B)/gen/lexer.h)

$(B)/libresidency.a: $(LIB_OBJ) $(GEN_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/libresidency.so: $(LIB_OBJ) $(GEN_OBJ)
	$(CC) -shared -Wl,-soname,libresidency.so.0 $(SANFLAGS) -o $@ $^ $(LDLIBS)

$(B)/residency: $(B)/obj/main.o $(B)/libresidency.a
	$(CC) $(OPT) $(SANFLAGS) -o $@ $^ $(LDLIBS)

$(B)/tests/test_%: tests/unit/test_%.c $(B)/libresidency.a
	@mkdir -p $(B)/tests
	$(CC) $(WARN) -Wno-missing-prototypes $(ALLCFLAGS) -o $@ $< $(B)/libresidency.a $(LDLIBS) -lcmocka

test: $(B)/residency $(UNIT_BIN)
	@sh tests/run.sh $(B)

demo: $(B)/residency
	@echo '$$ residency check -p examples/acme.rpl examples/plan.yaml'
	@$(B)/residency check -p examples/acme.rpl examples/plan.yaml; \
	 rc=$$?; echo "(exit status $$rc)"; [ $$rc -le 1 ]

# The installation paths the .pc file was last written for: rewritten (and
# so the .pc remade) only when PREFIX, LIBDIR, INCDIR or the version change.
PCVARS = prefix=$(PREFIX) libdir=$(LIBDIR) includedir=$(INCDIR) version=$(VERSION)
$(B)/.pc-vars: FORCE
	@mkdir -p $(B)
	@echo '$(PCVARS)' | cmp -s - $@ 2>/dev/null || echo '$(PCVARS)' > $@

$(B)/residency.pc: Makefile include/residency.h $(B)/.pc-vars
	@mkdir -p $(B)
	@printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCDIR)' '' \
	  'Name: residency' 'Description: cross-border data-residency policy engine' \
	  'Version: $(VERSION)' 'Requires.private: libcyaml yaml-0.1 jansson' \
	  'Libs: -L$${libdir} -lresidency' 'Libs.private: -lm' 'Cflags: -I$${includedir}' > $@

install: all $(B)/residency.pc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCDIR) \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR) $(DESTDIR)$(COMPDIR)
	install -m 755 $(B)/residency $(DESTDIR)$(BINDIR)/residency
	install -m 644 $(B)/libresidency.a $(DESTDIR)$(LIBDIR)/libresidency.a
	install -m 755 $(B)/libresidency.so $(DESTDIR)$(LIBDIR)/libresidency.so.$(VERSION)
	ln -sf libresidency.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libresidency.so.0
	ln -sf libresidency.so.0 $(DESTDIR)$(LIBDIR)/libresidency.so
	install -m 644 include/residency.h $(DESTDIR)$(INCDIR)/residency.h
	install -m 644 $(B)/residency.pc $(DESTDIR)$(LIBDIR)/pkgconfig/residency.pc
	for f in docs/man/*.1; do [ -f "$$f" ] || continue; \
	  sed 's|/usr/share/residency/|$(DATADIR)/|g' "$$f" > $(DESTDIR)$(MANDIR)/man1/$${f##*/}; \
	  chmod 644 $(DESTDIR)$(MANDIR)/man1/$${f##*/}; done
	for f in docs/man/*.5; do [ -f "$$f" ] && install -m 644 "$$f" $(DESTDIR)$(MANDIR)/man5/; done; true
	cd policies && find . -name '*.rpl' | while read -r f; do \
	  install -D -m 644 "$$f" "$(DESTDIR)$(DATADIR)/policies/$$f"; done
	install -m 644 scripts/residency.bash-completion $(DESTDIR)$(COMPDIR)/residency

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/residency $(DESTDIR)$(LIBDIR)/libresidency.a \
	  $(DESTDIR)$(LIBDIR)/libresidency.so $(DESTDIR)$(LIBDIR)/libresidency.so.0 \
	  $(DESTDIR)$(LIBDIR)/libresidency.so.$(VERSION) $(DESTDIR)$(INCDIR)/residency.h \
	  $(DESTDIR)$(LIBDIR)/pkgconfig/residency.pc $(DESTDIR)$(COMPDIR)/residency \
	  $(DESTDIR)$(MANDIR)/man1/residency.1 $(DESTDIR)$(MANDIR)/man5/residency-policy.5
	rm -rf $(DESTDIR)$(DATADIR)

# The VS Code extension (editors/vscode): staged in $(B)/vscode with the
# TextMate grammar and the plan schema, its npm dependencies installed there,
# packaged by @vscode/vsce.  Needs node and npm (installed with apt-get when
# missing, like the build dependencies).
VSIX = $(B)/residency-rpl-$(VERSION).vsix
vscode: $(VSIX)
$(VSIX): editors/vscode/package.json editors/vscode/extension.js editors/vscode/language-configuration.json \
	  editors/vscode/README.md grammar/editors/rpl.tmLanguage.json docs/plan.schema.json
	@command -v npm >/dev/null 2>&1 || { echo "make vscode: installing nodejs and npm with apt-get"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get install -y nodejs npm; else sudo apt-get install -y nodejs npm; fi; }
	rm -rf $(B)/vscode && mkdir -p $(B)/vscode/syntaxes
	cp editors/vscode/package.json editors/vscode/extension.js editors/vscode/language-configuration.json \
	  editors/vscode/README.md editors/vscode/.vscodeignore $(B)/vscode/
	cp grammar/editors/rpl.tmLanguage.json $(B)/vscode/syntaxes/
	cp docs/plan.schema.json $(B)/vscode/
	cd $(B)/vscode && npm install --no-audit --no-fund --omit=dev --silent && \
	  npm exec --yes --package=@vscode/vsce@3 -- vsce package --allow-missing-repository --skip-license \
	  --out $(abspath $@)

clean:
	rm -rf build

# The HTML report's world map: Natural Earth shapes from the npm package
# world-atlas (installed into build/npm, never committed), converted by
# scripts/gen-world.py into src/world_map.c, which is checked in.
WORLD_ATLAS_VERSION = 2.0.2
.PHONY: world-map
world-map:
	@mkdir -p $(B)/npm
	cd $(B)/npm && npm install --no-save --no-audit --no-fund world-atlas@$(WORLD_ATLAS_VERSION)
	python3 scripts/gen-world.py $(B)/npm/node_modules/world-atlas > src/world_map.c.tmp
	mv src/world_map.c.tmp src/world_map.c

-include bench/bench.mk
-include $(wildcard $(B)/obj/*.d)
-include mk/fuzz.mk
-include mk/dist.mk
