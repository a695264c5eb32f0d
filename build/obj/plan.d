build/obj/plan.o: src/plan.c src/plan.h src/diag.h src/policy.h \
 src/arena.h src/bits.h src/date.h src/country.h src/util.h
src/plan.h:
src/diag.h:
src/policy.h:
src/arena.h:
src/bits.h:
src/date.h:
src/country.h:
src/util.h:
