# bench/bench.mk — `make bench`: the performance benchmarks (docs/performance.md).
# Included from the top-level Makefile; bench/run.sh builds its own programs
# against $(B)/libresidency.a and keeps its inputs in $(B)/bench/.
bench: $(B)/residency $(B)/libresidency.a
	sh bench/run.sh $(B)
