/*
** yaml_floor.c — the floor for loading a YAML plan: read the file and run
** libyaml's event parser over it, discarding every event (docs/performance.md,
** measurement (b)).  Nothing is built, so no plan loader can be faster than
** this; `residency check` on the same file is compared with it.
**
**   yaml_floor FILE          prints the number of events; exit 2 on a parse error
**   yaml_floor --lines FILE  the same, each non-blank line parsed alone by a
**                            parser of its own: NDJSON, as the Cloud Asset
**                            Inventory loader reads an export (src/plan_gcpasset.c:
**                            one doc_parse a line)
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

/* The events of one YAML stream; 0 after a parse error (reported at line0 + its line). */
static unsigned long parse(const char *file, const unsigned char *buf, size_t len, size_t line0)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	unsigned long events = 0;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, buf, len);
	for (;;) {
		if (!yaml_parser_parse(&parser, &ev)) {
			fprintf(stderr, "%s:%zu:%zu: %s\n", file, line0 + parser.problem_mark.line + 1,
				parser.problem_mark.column + 1, parser.problem ? parser.problem : "error");
			yaml_parser_delete(&parser);
			return 0;
		}
		int done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		events++;
		if (done)
			break;
	}
	yaml_parser_delete(&parser);
	return events;
}

int main(int argc, char **argv)
{
	int lines = argc == 3 && strcmp(argv[1], "--lines") == 0;
	if (argc != 2 + lines) {
		fprintf(stderr, "usage: yaml_floor [--lines] FILE\n");
		return 2;
	}
	const char *file = argv[1 + lines];
	FILE *f = fopen(file, "rb");
	if (!f) {
		perror(file);
		return 2;
	}
	/* read the whole file, as the plan loader does */
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	rewind(f);
	unsigned char *buf = malloc((size_t)len + 1);
	if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) {
		perror(file);
		return 2;
	}
	fclose(f);

	unsigned long events = 0;
	if (!lines) {
		events = parse(file, buf, (size_t)len, 0);
		if (!events)
			return 2;
	} else {
		size_t line = 0;
		for (size_t off = 0; off < (size_t)len; line++) {
			unsigned char *s = buf + off, *nl = memchr(s, '\n', (size_t)len - off);
			size_t n = nl ? (size_t)(nl - s) : (size_t)len - off, blank = 0;
			off += n + (nl != NULL);
			while (blank < n && (s[blank] == ' ' || s[blank] == '\t' || s[blank] == '\r'))
				blank++;
			if (blank == n)
				continue;
			unsigned long e = parse(file, s, n, line);
			if (!e)
				return 2;
			events += e;
		}
	}
	free(buf);
	printf("%lu events\n", events);
	return 0;
}
