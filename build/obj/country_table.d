build/obj/country_table.o: src/country_table.c src/country.h src/bits.h
src/country.h:
src/bits.h:
