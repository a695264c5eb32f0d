build/obj/main.o: src/main.c include/residency.h
include/residency.h:
