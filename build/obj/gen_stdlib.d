build/obj/gen_stdlib.o: build/gen/stdlib.c src/stdlib_files.h
src/stdlib_files.h:
