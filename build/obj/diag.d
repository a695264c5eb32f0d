build/obj/diag.o: src/diag.c src/diag.h src/util.h
src/diag.h:
src/util.h:
