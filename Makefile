# residency — plain GNU make build.
#
#   make                 build build/residency and build/libresidency.a
#   make test            build, then run every test (unit, golden, policies)
#   make demo            build, then check the example plan
#   make test SANITIZE=1 the same under ASan+UBSan, in build/asan
#   make bench           benchmarks (see docs/performance.md)
#   make clean
#
# Missing Debian build dependencies are installed (apt-get, through sudo when
# not root) by scripts/ensure-deps.sh before anything is compiled.

CC      ?= cc
PREFIX  ?= /usr/local
B       ?= build
ifeq ($(SANITIZE),1)
B        := build/asan
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
endif

OPT     ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wwrite-strings -Wundef -Wformat=2 \
           -Wno-format-nonliteral
# flex and bison generate code that trips the strict set; relaxed flags for it
GENWARN  = -std=c11 -Wall -Werror -Wno-unused-function -Wno-unused-parameter \
           -Wno-sign-compare -Wno-unused-but-set-variable
DEFS     = -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L
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

.PHONY: all test demo clean bench deps install uninstall fuzz
all: $(B)/residency $(B)/libresidency.a

deps: $(DEPS_OK)
$(DEPS_OK): scripts/ensure-deps.sh
	@mkdir -p $(B)
	@sh scripts/ensure-deps.sh
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

$(B)/obj/%.o: src/%.c | $(DEPS_OK)
	@mkdir -p $(B)/obj
	$(CC) $(WARN) $(ALLCFLAGS) -MMD -MP -c -o $@ $<

# the scanner and parser headers must exist before any source that includes them
$(LIB_OBJ) $(B)/obj/main.o: | $(if $(wildcard grammar/parser.y),$(B)/gen/parser.h $(B)/gen/lexer.h)

$(B)/libresidency.a: $(LIB_OBJ) $(GEN_OBJ)
	@rm -f $@
	ar rcs $@ $^

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

clean:
	rm -rf build

-include $(wildcard $(B)/obj/*.d)
