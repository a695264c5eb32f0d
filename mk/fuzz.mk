# mk/fuzz.mk — libFuzzer targets (tests/fuzz/fuzz_*.c), included by the
# Makefile.
#
#   make fuzz                    run every target FUZZ_SECONDS (default 60) each
#   make fuzz FUZZ_SECONDS=600   longer
#   make fuzz FUZZ_TARGETS=yaml  only some (policy yaml tf fact check classes gcpasset)
#   make fuzz-build              only build them (build/fuzz/fuzz_*)
#
# The library is rebuilt with clang in build/fuzz with
# -fsanitize=fuzzer-no-link,address,undefined; each target links it with
# -fsanitize=fuzzer,address,undefined.  Seeds come from the tests, examples,
# policies and the shared corpus (tests/fuzz/corpus-seeds); corpora and crash
# files stay in build/fuzz (crash-*, leak-*, timeout-*).  A finding fails the
# run.  clang and libFuzzer (Debian: clang, libclang-rt-14-dev) are installed
# when missing, with apt-get through sudo when not root
# (scripts/ensure-deps.sh --extra).

FUZZ_B       ?= build/fuzz
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= policy yaml tf fact check classes gcpasset
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_FLAGS   ?= -max_len=65536 -timeout=10 -rss_limit_mb=2048
FUZZ_BIN      = $(FUZZ_TARGETS:%=$(FUZZ_B)/fuzz_%)

.PHONY: fuzz fuzz-build fuzz-deps fuzz-lib

# not inside the sub-make that builds the fuzzing library itself
ifneq ($(B),$(FUZZ_B))

fuzz-deps:
	@sh scripts/ensure-deps.sh --extra "clang libclang-rt-14-dev"

fuzz-lib: fuzz-deps
	@$(MAKE) --no-print-directory B=$(FUZZ_B) CC=$(FUZZ_CC) \
	  SANFLAGS="$(FUZZ_SAN) -fsanitize=fuzzer-no-link" CFLAGS="-Wno-error $(CFLAGS)" \
	  $(FUZZ_B)/libresidency.a

$(FUZZ_B)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h fuzz-lib
	$(FUZZ_CC) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer $(DEFS) -Iinclude -Isrc -I$(FUZZ_B)/gen \
	  $(PKGCFLAGS) -o $@ $< $(FUZZ_B)/libresidency.a $(LDLIBS)

fuzz-build: $(FUZZ_BIN)

fuzz: fuzz-build
	@sh tests/fuzz/corpus-seeds $(FUZZ_B)
	@set -e; n=0; for t in $(FUZZ_TARGETS); do \
	  case $$t in policy|fact) dict=tests/fuzz/rpl.dict;; yaml|check|classes) dict=tests/fuzz/yaml.dict;; \
	    *) dict=tests/fuzz/json.dict;; esac; \
	  echo "== fuzz_$$t ($(FUZZ_SECONDS) s)"; \
	  mkdir -p $(FUZZ_B)/findings-$$t $(FUZZ_B)/corpus-$$t; \
	  $(FUZZ_B)/fuzz_$$t $(FUZZ_FLAGS) -dict=$$dict -max_total_time=$(FUZZ_SECONDS) \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ_B)/findings-$$t/ \
	    $(FUZZ_B)/corpus-$$t 2>$(FUZZ_B)/fuzz_$$t.log \
	  || { tail -n 60 $(FUZZ_B)/fuzz_$$t.log; echo "fuzz_$$t: FINDING (see $(FUZZ_B)/findings-$$t/)"; exit 1; }; \
	  grep -E '^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+ *DONE)' $(FUZZ_B)/fuzz_$$t.log || true; \
	  n=$$((n + 1)); \
	done; \
	echo "fuzz: $$n passed, 0 failed"

endif

# ------------------------------------------------------------------ valgrind
#   make valgrind    the command-line golden cases, the report suite and the
#                    bad-input suite under valgrind --leak-check=full (any
#                    memory error or leak fails).  Slow: not part of `make test`.
VALGRIND_CMD = valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible \
  --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99
.PHONY: valgrind
valgrind: $(B)/residency
	@sh scripts/ensure-deps.sh --extra valgrind
	@mkdir -p $(B)/valgrind
	@printf '#!/bin/sh\nexec %s %s "$$@"\n' "$(VALGRIND_CMD)" "$(abspath $(B)/residency)" > $(B)/valgrind/residency
	@chmod +x $(B)/valgrind/residency
	@echo "== command-line golden cases (valgrind)"; sh tests/e2e/run.sh $(B)/valgrind/residency
	@echo "== reports (valgrind)"; sh tests/suites/reports.sh $(B)/valgrind/residency
	@echo "== bad inputs (valgrind)"; VALGRIND=1 sh tests/suites/bad.sh $(B)/residency
