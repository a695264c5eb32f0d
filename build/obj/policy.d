build/obj/policy.o: src/policy.c src/policy.h src/arena.h src/bits.h \
 src/date.h src/country.h src/util.h
src/policy.h:
src/arena.h:
src/bits.h:
src/date.h:
src/country.h:
src/util.h:
