# bench/bench.mk — `make bench`: the performance benchmarks (docs/performance.md).
# Included from the top-level Makefile; bench/run.sh builds its own programs
# against $(B)/libresidency.a and keeps its inputs in $(B)/bench/.
bench: $(B)/residency $(B)/libresidency.a
	sh bench/run.sh $(B)
	sh bench/loaders.sh $(B)
	sh bench/html.sh $(B)

# the HTML report of a plan of 25,000 stores and 100,000 flows: its size,
# and the time headless Chromium takes to open it (bench/html.sh)
.PHONY: bench-html
bench-html: $(B)/residency
	sh bench/html.sh $(B)

# each plan loader against its bare parser (libyaml or jansson) on a
# generated 50 MB input of its format (bench/loaders.sh)
.PHONY: bench-loaders
bench-loaders: $(B)/residency
	sh bench/loaders.sh $(B)
