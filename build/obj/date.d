build/obj/date.o: src/date.c src/date.h
src/date.h:
