/*
** test_parser.c — the RPL grammar (grammar/parser.y): the AST built for
** every construct, precedence, syntax-error wording and recovery.
*/
#include "fe_helpers.h"

#include "ast.h"

struct parsed {
	struct rsd_diags d;
	struct arena a;
	struct parse_ctx pc;
};

static void parse(struct parsed *r, const char *text, enum parse_what what)
{
	diags_init(&r->d);
	arena_init(&r->a);
	size_t len = strlen(text);
	struct src_file *f = diag_add_file(&r->d, "p.rpl", xstrndup(text, len), len);
	memset(&r->pc, 0, sizeof r->pc);
	r->pc.arena = &r->a;
	r->pc.diags = &r->d;
	r->pc.src = f;
	r->pc.text = f->text;
	r->pc.len = f->len;
	r->pc.line = r->pc.col = 1;
	ast_parse(&r->pc, what);
	xfree(r->pc.err_offs);
}

static void parsed_free(struct parsed *r)
{
	arena_free(&r->a);
	diags_free(&r->d);
}

/* Render a region expression as a fully parenthesised string. */
static void rx_str(const struct ast_rexpr *e, struct strbuf *sb)
{
	switch (e->kind) {
	case RX_NAME:
	case RX_LOC:
		sb_puts(sb, e->name);
		break;
	case RX_SET:
		sb_puts(sb, "{");
		for (const struct ast_member *m = e->members.head; m; m = m->next) {
			rx_str(m->e, sb);
			if (m->since.set)
				sb_puts(sb, " since");
			if (m->until.set)
				sb_puts(sb, " until");
			if (m->next)
				sb_puts(sb, ",");
		}
		sb_puts(sb, "}");
		break;
	case RX_NOT:
		sb_puts(sb, "(not ");
		rx_str(e->l, sb);
		sb_puts(sb, ")");
		break;
	default:
		sb_puts(sb, "(");
		rx_str(e->l, sb);
		sb_puts(sb, e->kind == RX_AND ? " & " : e->kind == RX_UNION ? " + " : " - ");
		rx_str(e->r, sb);
		sb_puts(sb, ")");
	}
}

static void cond_str(const struct ast_cond *c, struct strbuf *sb)
{
	switch (c->op) {
	case COND_AND:
	case COND_OR:
		sb_puts(sb, "(");
		cond_str(c->l, sb);
		sb_puts(sb, c->op == COND_AND ? " and " : " or ");
		cond_str(c->r, sb);
		sb_puts(sb, ")");
		break;
	case COND_NOT:
		sb_puts(sb, "(not ");
		cond_str(c->l, sb);
		sb_puts(sb, ")");
		break;
	default:
		sb_puts(sb, ast_cond_name(c));
	}
}

static void test_parser_region_precedence(void **state)
{
	(void)state;
	struct parsed r;
	parse(&r, "region X = A + B & not C - D\nregion Y = not A & B\nregion Z = (A + B) & { DE, aws:x since 2020-01-01, { FR } until 2021-01-01, }\nregion E = {}", PARSE_POLICY);
	assert_int_equal(r.d.nerrors, 0);
	const char *want[] = {
		"((A + (B & (not C))) - D)",
		"((not A) & B)",
		"((A + B) & {DE,aws:x since,{FR} until})",
		"{}",
	};
	int i = 0;
	for (struct ast_decl *d = r.pc.decls; d; d = d->next, i++) {
		struct strbuf sb = {0};
		rx_str(d->value, &sb);
		assert_string_equal(sb.s, want[i]);
		sb_free(&sb);
	}
	assert_int_equal(i, 4);
	parsed_free(&r);
}

static void test_parser_condition_precedence(void **state)
{
	(void)state;
	struct parsed r;
	parse(&r, "rule r {\n on transfer of any\n require not pseudonymized and anonymized or true and not (false or key colocated)\n"
		  " when mechanism M or mechanism in { A, B, } and to in EU + { DE }\n}\n", PARSE_POLICY);
	assert_int_equal(r.d.nerrors, 0);
	struct ast_item *req = r.pc.decls->items.head->next;
	assert_int_equal(req->kind, IT_REQUIRE);
	struct strbuf sb = {0};
	cond_str(req->cond, &sb);
	assert_string_equal(sb.s, "(((not pseudonymized) and anonymized) or (true and (not (false or key colocated))))");
	sb_free(&sb);
	struct ast_item *when = req->next;
	cond_str(when->cond, &sb);
	assert_string_equal(sb.s, "(mechanism or (mechanism in and to in))");
	assert_int_equal(when->cond->r->l->names.n, 2);
	sb_free(&sb);
	parsed_free(&r);
}

static void test_parser_declarations(void **state)
{
	(void)state;
	struct parsed r;
	parse(&r,
	      "import \"gdpr\"\n"
	      "levels low < mid < high\n"
	      "location aws:eu-west-1 \"Ireland\" = IE\n"
	      "location aws:eusc-de-east-1 = DE { operator DE }\n"
	      "provider aws \"AWS\" { operator US }\n"
	      "class special : personal, secret \"Special\" { sensitivity high }\n"
	      "class bare\n"
	      "class empty {}\n"
	      "mechanism EU_SCC \"SCC\" { cite \"Art. 46\" }\n"
	      "mechanism EU_DPF\n",
	      PARSE_POLICY);
	assert_int_equal(r.d.nerrors, 0);
	struct ast_decl *d = r.pc.decls;
	assert_int_equal(d->kind, D_IMPORT);
	assert_string_equal(d->path, "gdpr");
	d = d->next;
	assert_int_equal(d->kind, D_LEVELS);
	assert_int_equal(d->names.n, 3);
	assert_string_equal(d->names.tail->s, "high");
	d = d->next;
	assert_int_equal(d->kind, D_LOCATION);
	assert_string_equal(d->name.s, "aws:eu-west-1");
	assert_string_equal(d->title, "Ireland");
	assert_null(d->oper);
	d = d->next;
	assert_non_null(d->oper);
	assert_null(d->title);
	d = d->next;
	assert_int_equal(d->kind, D_PROVIDER);
	assert_string_equal(d->name.s, "aws");
	assert_string_equal(d->oper->name, "US");
	d = d->next;
	assert_int_equal(d->kind, D_CLASS);
	assert_int_equal(d->names.n, 2);
	assert_string_equal(d->names.head->next->s, "secret");
	assert_string_equal(d->title, "Special");
	assert_string_equal(d->sens.s, "high");
	d = d->next;
	assert_null(d->sens.s);
	assert_int_equal(d->names.n, 0);
	d = d->next;
	assert_null(d->sens.s);
	d = d->next;
	assert_int_equal(d->kind, D_MECHANISM);
	assert_string_equal(d->cite, "Art. 46");
	d = d->next;
	assert_null(d->cite);
	assert_null(d->next);
	parsed_free(&r);
}

static void test_parser_rule_items(void **state)
{
	(void)state;
	struct parsed r;
	parse(&r,
	      "rule r \"T\" {\n"
	      "  since 2018-05-25\n"
	      "  on transfer of { a, b } to not EU origin EEA from DE\n"
	      "  severity info\n  cite \"c\"\n  message \"m\"\n  remedy \"x\"\n  until 2030-01-01\n"
	      "  require subjects >= 1_000 and attr tier == \"gold\" and attr ciio and sensitivity != low\n"
	      "}\n"
	      "rule s { on store of sensitivity >= confidential in EU require operator in EU }\n"
	      "rule t { on store of any require attr n < 3 or attr b == false }\n",
	      PARSE_POLICY);
	assert_int_equal(r.d.nerrors, 0);
	struct ast_decl *d = r.pc.decls;
	int kinds[] = {IT_SINCE, IT_ON, IT_SEVERITY, IT_CITE, IT_MESSAGE, IT_REMEDY, IT_UNTIL, IT_REQUIRE};
	int i = 0;
	for (struct ast_item *it = d->items.head; it; it = it->next)
		assert_int_equal(it->kind, kinds[i++]);
	assert_int_equal(i, 8);
	struct ast_item *on = d->items.head->next;
	assert_int_equal(on->on_kind, RULE_TRANSFER);
	assert_int_equal(on->classes->kind, CLS_NAMES);
	assert_int_equal(on->classes->names.n, 2);
	assert_int_equal(on->clauses.n, 3);
	assert_int_equal(on->clauses.head->kind, CL_TO);
	assert_int_equal(on->clauses.tail->kind, CL_FROM);
	assert_int_equal(d->items.head->next->next->sev, SEV_INFO);
	struct ast_cond *c = d->items.tail->cond;	/* ((subjects and attr==) and attr) and sens */
	assert_int_equal(c->op, COND_AND);
	assert_int_equal(c->r->op, COND_SENSITIVITY);
	assert_int_equal(c->r->cmp, CMP_NE);
	assert_int_equal(c->l->r->op, COND_ATTR);
	assert_int_equal(c->l->l->r->op, COND_ATTR_CMP);
	assert_int_equal(c->l->l->r->val.v.kind, VAL_STR);
	assert_int_equal(c->l->l->l->op, COND_SUBJECTS);
	assert_true(c->l->l->l->num == 1000);
	assert_int_equal(c->l->l->l->cmp, CMP_GE);
	d = d->next;
	on = d->items.head;
	assert_int_equal(on->on_kind, RULE_STORE);
	assert_int_equal(on->classes->kind, CLS_SENS);
	assert_int_equal(on->classes->cmp, CMP_GE);
	assert_string_equal(on->classes->level.s, "confidential");
	assert_int_equal(on->clauses.head->kind, CL_IN);
	d = d->next;
	assert_int_equal(d->items.head->classes->kind, CLS_ANY);
	c = d->items.tail->cond;
	assert_int_equal(c->op, COND_OR);
	assert_int_equal(c->l->val.v.kind, VAL_NUM);
	assert_int_equal(c->r->val.v.kind, VAL_BOOL);
	assert_false(c->r->val.v.b);
	parsed_free(&r);
}

static void test_parser_tests_and_facts(void **state)
{
	(void)state;
	struct parsed r;
	parse(&r,
	      "test \"t\" {\n"
	      "  as_of 2025-01-01\n"
	      "  store crm of personal, health at DE, aws:eu-west-1 with encrypted at_rest, key at FR, origin { DE, FR, },\n"
	      "    replicas at aws:x, backups at { US }, subjects 5, attr ciio = true, pseudonymized, anonymized\n"
	      "  transfer t1 of personal from crm to US with mechanism EU_SCC until 2026-01-01, mechanism X, encrypted in_transit\n"
	      "  expect violation a, b\n"
	      "}\n",
	      PARSE_POLICY);
	assert_int_equal(r.d.nerrors, 0);
	struct ast_titem *it = r.pc.decls->titems.head;
	assert_int_equal(it->kind, TI_AS_OF);
	it = it->next;
	struct ast_fact *f = it->fact;
	assert_int_equal(f->kind, FACT_STORE);
	assert_string_equal(f->name.s, "crm");
	assert_int_equal(f->classes.n, 2);
	assert_int_equal(f->at.n, 2);
	assert_true(f->at.tail->is_loc);
	assert_int_equal(f->props.n, 9);
	int kinds[] = {PR_ENC_AT_REST, PR_KEY, PR_ORIGIN, PR_REPLICAS, PR_BACKUPS, PR_SUBJECTS, PR_ATTR, PR_PSEUDO, PR_ANON};
	struct ast_prop *p = f->props.head;
	for (int i = 0; i < 9; i++, p = p->next)
		assert_int_equal(p->kind, kinds[i]);
	assert_int_equal(f->props.head->next->next->places.n, 2);
	it = it->next;
	f = it->fact;
	assert_int_equal(f->kind, FACT_TRANSFER);
	assert_string_equal(f->from->name, "crm");
	assert_string_equal(f->to->name, "US");
	assert_true(f->props.head->until.set);
	assert_false(f->props.head->next->until.set);
	it = it->next;
	assert_int_equal(it->kind, TI_EXPECT);
	assert_int_equal(it->rules.n, 2);
	parsed_free(&r);

	parse(&r, "transfer of personal from DE to aws:us-east-1 with mechanism EU_SCC", PARSE_FACT);
	assert_int_equal(r.d.nerrors, 0);
	assert_non_null(r.pc.fact);
	assert_true(r.pc.fact->to->is_loc);
	parsed_free(&r);
}

static void test_parser_error_messages(void **state)
{
	(void)state;
	struct parsed r;
	parse(&r, "region EU { DE }", PARSE_POLICY);
	assert_int_equal(r.d.nerrors, 1);
	assert_string_equal(r.d.v[0].msg, "unexpected '{'; expected a string or '='");
	assert_int_equal(r.d.v[0].loc.col, 11);
	parsed_free(&r);

	parse(&r, "rule r { on store of c\n require true\n", PARSE_POLICY);
	assert_string_equal(r.d.v[0].msg, "unexpected end of input");
	parsed_free(&r);

	parse(&r, "class rule", PARSE_POLICY);
	assert_string_equal(r.d.v[0].msg, "unexpected 'rule' (a keyword cannot be used as a name); expected a name");
	parsed_free(&r);

	parse(&r, "store of c at DE extra", PARSE_FACT);
	assert_int_equal(r.d.nerrors, 1);
	assert_non_null(strstr(r.d.v[0].msg, "unexpected 'extra'"));
	parsed_free(&r);

	/* no message ever names a parser token */
	parse(&r, "region = \"x\" rule { } test x", PARSE_POLICY);
	for (size_t i = 0; i < r.d.n; i++) {
		assert_null(strstr(r.d.v[i].msg, "IDENT"));
		assert_null(strstr(r.d.v[i].msg, "KW_"));
		assert_null(strstr(r.d.v[i].msg, "syntax error"));
	}
	parsed_free(&r);
}

static void test_parser_recovery(void **state)
{
	(void)state;
	struct parsed r;
	/* errors in two rules and a region: all three reported, later declarations kept */
	parse(&r,
	      "rule a {\n on store of c\n require primary in\n severity warning\n}\n"
	      "region R = { DE FR }\n"
	      "rule b {\n on transfer of c\n require to in ( EU\n}\n"
	      "class ok\n",
	      PARSE_POLICY);
	assert_int_equal(r.d.nerrors, 3);
	assert_int_equal(r.d.v[0].loc.line, 4);
	assert_int_equal(r.d.v[1].loc.line, 6);
	assert_int_equal(r.d.v[2].loc.line, 10);
	int n = 0;
	struct ast_decl *last = NULL;
	for (struct ast_decl *d = r.pc.decls; d; d = d->next, n++)
		last = d;
	assert_non_null(last);
	assert_int_equal(last->kind, D_CLASS);
	assert_string_equal(last->name.s, "ok");
	parsed_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parser_region_precedence),
		cmocka_unit_test(test_parser_condition_precedence),
		cmocka_unit_test(test_parser_declarations),
		cmocka_unit_test(test_parser_rule_items),
		cmocka_unit_test(test_parser_tests_and_facts),
		cmocka_unit_test(test_parser_error_messages),
		cmocka_unit_test(test_parser_recovery),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
