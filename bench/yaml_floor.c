/*
** yaml_floor.c — the floor for loading a YAML plan: read the file and run
** libyaml's event parser over it, discarding every event (docs/performance.md,
** measurement (b)).  Nothing is built, so no plan loader can be faster than
** this; `residency check` on the same file is compared with it.
**
**   yaml_floor FILE      prints the number of events; exit 2 on a parse error
*/
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: yaml_floor FILE\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	/* read the whole file, as the plan loader does */
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	rewind(f);
	unsigned char *buf = malloc((size_t)len + 1);
	if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) {
		perror(argv[1]);
		return 2;
	}
	fclose(f);

	yaml_parser_t parser;
	yaml_event_t ev;
	unsigned long events = 0;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, buf, (size_t)len);
	for (;;) {
		if (!yaml_parser_parse(&parser, &ev)) {
			fprintf(stderr, "%s:%zu:%zu: %s\n", argv[1], parser.problem_mark.line + 1,
				parser.problem_mark.column + 1, parser.problem ? parser.problem : "error");
			return 2;
		}
		int done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		events++;
		if (done)
			break;
	}
	yaml_parser_delete(&parser);
	free(buf);
	printf("%lu events\n", events);
	return 0;
}
