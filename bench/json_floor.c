/*
** json_floor.c — the floor for loading a Terraform plan: read the file and
** build jansson's tree with json_loadb, then free it (docs/performance.md,
** measurement (c)).  `residency check` on the same file is compared with it.
**
**   json_floor FILE      prints the number of top-level keys; exit 2 on error
*/
#include <stdio.h>
#include <stdlib.h>
#include <jansson.h>

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: json_floor FILE\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	rewind(f);
	char *buf = malloc((size_t)len + 1);
	if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) {
		perror(argv[1]);
		return 2;
	}
	fclose(f);

	json_error_t err;
	json_t *root = json_loadb(buf, (size_t)len, 0, &err);
	if (!root) {
		fprintf(stderr, "%s:%d:%d: %s\n", argv[1], err.line, err.column, err.text);
		return 2;
	}
	printf("%zu keys\n", json_object_size(root));
	json_decref(root);
	free(buf);
	return 0;
}
