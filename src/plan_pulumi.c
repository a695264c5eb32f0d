/*
** plan_pulumi.c — Pulumi programs as plans: the JSON of `pulumi preview
** --json` (steps[] with op and newState) and of `pulumi stack export`
** (deployment.resources[]; also a backend's checkpoint file).  A thin
** front end on the Terraform loader (plan_load_tf_ext): the AWS, Google
** and Azure Classic providers are bridged from Terraform, so a type token
** (aws:s3/bucket:Bucket) names a Terraform resource type (aws_s3_bucket)
** and the inputs and outputs are Terraform's attributes in camelCase,
** with maxItems-1 blocks as objects and list blocks pluralised.  They are
** renamed back and the resource catalog does the rest.
**
** Azure Native (azure-native:…) mirrors ARM, not Terraform: a resource of
** a type the ARM loader models is handed to it (plan_arm_ext) as an
** ARM-shaped node (Azure Native flattens ARM's `properties` into top-level
** inputs); its location is its own, else its provider's (or the stack's
** azure-native:location), else its resource group's in the stack, else
** --default-region azure=REGION.  Other Azure Native types stay with the
** Terraform loader, which knows them not (unmodelled when classified).
**
** Region of a resource: its own `region` (AWS, read by the loader), else
** its provider resource's `region` input or output, else (default
** providers only) the stack configuration's aws:region / gcp:region, else
** (AWS) the region field of its `arn` output, else unknown (fail closed;
** --default-region).  See docs/pulumi.md.
*/
#include "plan_tfext.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "diag.h"
#include "doc.h"
#include "jpos.h"
#include "plan_armext.h"
#include "tf_catalog.h"
#include "util.h"

#define PU_UNKNOWN "04da6b54-80e4-46f7-96ec-b56ff0331ba9"	/* the engine's unknown value */
#define PU_SECRET "4dabf18193072939515e22adb298388d"	/* signature key of a secret value */
#define PU_MAX_DEPTH 64

struct provider {
	const char *urn;
	const char *region;	/* NULL: none set */
	const char *location;	/* azure-native: its location (NULL: none set) */
	bool is_default;	/* default_* provider: configured by the stack configuration */
};

/* An Azure Native resource for the ARM loader (see az_node). */
struct az_res {
	const char *urn, *type;	/* type: its ARM type */
	const char *id;	/* its Azure resource id (a --classes name, as ARM's), or NULL */
	json_t *vals;	/* its values: outputs over inputs (owned by P->owned) */
	const char *ref;	/* its provider reference, or NULL */
	struct plan_pos pos;
};

struct pul {
	const struct rsd_policy *p;
	const char *file, *data;
	size_t len;
	struct rsd_diags *d;
	bool failed;
	struct arena a;
	json_t *config;	/* stack configuration (preview), or NULL */
	struct provider *prov;
	size_t nprov, cap_prov;
	struct tf_ext_res *res;
	size_t nres, cap;
	json_t **obj;	/* per resource (both kinds, in text order): the object whose position anchors it */
	size_t nobj, cap_obj;
	bool *obj_az;	/* per anchor: an Azure Native resource's (else a tf_ext_res's, in P->res order) */
	size_t nobj_az, cap_obj_az;
	struct az_res *az;
	size_t naz, cap_az;
	json_t *rgs;	/* resource groups of the file: lower-case name → location (or PU_UNKNOWN) */
	const struct tf_opts *opts;
	const struct src_file *sf;	/* pu_source */
	json_t *owned;	/* the converted values, freed with the loader */
	struct strbuf sb, kb;
};

/* The file for messages' caret lines: a copy registered with the diags
   the first time one is made (none for a file without errors). */
static const struct src_file *pu_source(void *ctx)
{
	struct pul *P = ctx;
	if (!P->sf) {
		char *copy = xmalloc(P->len + 1);
		memcpy(copy, P->data, P->len);
		copy[P->len] = 0;
		P->sf = diag_add_file(P->d, P->file, copy, P->len);
	}
	return P->sf;
}

static void pu_error(struct pul *P, struct plan_pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void pu_error(struct pul *P, struct plan_pos pos, const char *fmt, ...)
{
	const struct src_file *sf = pu_source(P);
	struct src_loc loc = {sf, pos.line ? pos.line : 1, pos.col ? pos.col : 1, 1};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(P->d, DIAG_ERROR, &loc, fmt, ap);
	va_end(ap);
	P->failed = true;
}

/*
** Cheap detection: a JSON object that holds a Pulumi URN ("urn:pulumi:"),
** which no other format of residency writes.
*/
bool plan_is_pulumi(const char *data, size_t len)
{
	size_t i = json_object_start(data, len);
	if (i >= len)
		return false;
	static const char pat[] = "\"urn:pulumi:";
	for (const char *s = data + i, *e = data + len; s < e;) {
		const char *q = memchr(s, '"', (size_t)(e - s));
		if (!q || (size_t)(e - q) < sizeof pat - 1)
			return false;
		if (memcmp(q, pat, sizeof pat - 1) == 0)
			return true;
		s = q + 1;
	}
	return false;
}

/* ---------------------------------------------------------------- type tokens */

/* Tokens whose Terraform type is not module + snake_case(name) (the bridges' renames). */
static const char *const renames[][2] = {
	{"aws:ec2/amiCopy:AmiCopy", "aws_ami_copy"},
	{"aws:fsx/openZfsFileSystem:OpenZfsFileSystem", "aws_fsx_openzfs_file_system"},
	{"aws:opensearch/serverlessCollection:ServerlessCollection", "aws_opensearchserverless_collection"},
	{"aws:rds/instance:Instance", "aws_db_instance"},
	{"aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
	 "aws_db_instance_automated_backups_replication"},
	{"aws:rds/snapshotCopy:SnapshotCopy", "aws_db_snapshot_copy"},
	{"aws:s3/bucketObjectv2:BucketObjectv2", "aws_s3_object"},
	{"aws:s3/bucketReplicationConfig:BucketReplicationConfig", "aws_s3_bucket_replication_configuration"},
	{"aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
	 "aws_s3_bucket_server_side_encryption_configuration"},
	{"aws:s3/bucketV2:BucketV2", "aws_s3_bucket"},
	{"azure:compute/managedDisk:ManagedDisk", "azurerm_managed_disk"},
	{"azure:containerservice/registry:Registry", "azurerm_container_registry"},
	{"azure:datalake/store:Store", "azurerm_data_lake_store"},
	{"azure:eventhub/eventHubNamespace:EventHubNamespace", "azurerm_eventhub_namespace"},
	{"azure:keyvault/keyVault:KeyVault", "azurerm_key_vault"},
	{"azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace", "azurerm_log_analytics_workspace"},
	{"gcp:artifactregistry/repository:Repository", "google_artifact_registry_repository"},
	{"gcp:secretmanager/secret:Secret", "google_secret_manager_secret"},
};

/* camelCase → snake_case into sb (appended). */
static void snake(struct strbuf *sb, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z') {
			if (i > 0 && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') || (s[i - 1] >= '0' && s[i - 1] <= '9')))
				sb_putc(sb, '_');
			sb_putc(sb, (char)(c - 'A' + 'a'));
		} else {
			sb_putc(sb, c);
		}
	}
}

/*
** The Terraform type of a bridged provider's token (PKG:MODULE/NAME:NAME),
** or NULL when the token is not one or names no type of the catalog (then
** the token itself is the resource's type).
*/
static const char *tf_type(struct pul *P, const char *tok)
{
	for (size_t i = 0; i < ARRAY_LEN(renames); i++)
		if (strcmp(tok, renames[i][0]) == 0)
			return renames[i][1];
	static const char *const pkgs[][2] = {{"aws:", "aws"}, {"gcp:", "google"}, {"azure:", "azurerm"}};
	const char *pre = NULL;
	size_t pl = 0;
	for (size_t i = 0; i < ARRAY_LEN(pkgs); i++)
		if (strncmp(tok, pkgs[i][0], strlen(pkgs[i][0])) == 0) {
			pre = pkgs[i][1];
			pl = strlen(pkgs[i][0]);
		}
	if (!pre)
		return NULL;
	const char *mod = tok + pl, *slash = strchr(mod, '/'), *colon = strrchr(tok, ':');
	if (!slash || !colon || colon < slash || !colon[1])
		return NULL;
	P->sb.len = 0;
	sb_printf(&P->sb, "%s_", pre);
	sb_add(&P->sb, mod, (size_t)(slash - mod));
	sb_putc(&P->sb, '_');
	snake(&P->sb, colon + 1, strlen(colon + 1));
	return tf_catalog_find(P->sb.s) ? arena_strdup(&P->a, P->sb.s) : NULL;
}

/* The Terraform type of a Pulumi type token (see plan_tfext.h), into buf. */
bool plan_pulumi_tf_type(const char *token, char *buf, size_t size)
{
	struct pul P0 = {0};
	arena_init(&P0.a);
	const char *t = tf_type(&P0, token);
	bool ok = t && strlen(t) < size;
	if (ok)
		memcpy(buf, t, strlen(t) + 1);
	sb_free(&P0.sb);
	arena_free(&P0.a);
	return ok;
}

/* ---------------------------------------------------------------- values */

/* A map whose keys are data (tags, labels), not attribute names. */
static bool is_map_key(const char *k)
{
	size_t n = strlen(k);
	return (n >= 4 && (strcmp(k + n - 4, "tags") == 0 || strcmp(k + n - 4, "Tags") == 0)) ||
	       (n >= 6 && (strcmp(k + n - 6, "labels") == 0 || strcmp(k + n - 6, "Labels") == 0));
}

static bool is_secret(json_t *v)
{
	return json_is_object(v) && json_object_get(v, PU_SECRET);
}

static json_t *conv(struct pul *P, json_t *v, int depth, bool *unknown);

/*
** One attribute k = e of a Pulumi object into out, as Terraform's (see
** conv): kb is scratch for the key.
*/
static void conv_member(struct pul *P, json_t *out, const char *k, json_t *e, int depth, bool *unknown,
			struct strbuf *kb)
{
	if (k[0] == '_' && k[1] == '_')
		return;	/* engine bookkeeping (__defaults) */
	if (json_is_string(e) && !json_string_length(e))
		return;	/* an unset optional string, as Terraform state writes it */
	kb->len = 0;
	snake(kb, k, strlen(k));
	json_t *x;
	if (is_map_key(k) && json_is_object(e))
		x = json_incref(e);
	else if (json_is_object(e) && !is_secret(e))
		x = json_pack("[o]", conv(P, e, depth + 1, unknown));
	else
		x = conv(P, e, depth + 1, unknown);
	/* list blocks are pluralised (rule → rules): the singular too */
	if (json_is_array(x) && json_is_object(json_array_get(x, 0)) && kb->len > 1 && kb->s[kb->len - 1] == 's') {
		kb->s[kb->len - 1] = 0;
		if (!json_object_get(out, kb->s))
			json_object_set(out, kb->s, x);
		kb->s[kb->len - 1] = 's';
	}
	json_object_set_new(out, kb->s, x);
}

/*
** A Pulumi value as Terraform's: keys snake_cased, a nested object (a
** maxItems-1 block) wrapped in a one-element list, tag and label maps
** kept as written, "" (unset, as in Terraform state) dropped.  Unknown
** values and secrets become null and set *unknown.  New reference.
*/
static json_t *conv(struct pul *P, json_t *v, int depth, bool *unknown)
{
	if (json_is_string(v) && strcmp(json_string_value(v), PU_UNKNOWN) == 0) {
		*unknown = true;
		return json_null();
	}
	if (is_secret(v) || depth > PU_MAX_DEPTH) {
		*unknown = true;
		return json_null();
	}
	if (json_is_array(v)) {
		json_t *out = json_array();
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
			json_array_append_new(out, conv(P, e, depth + 1, unknown));
		return out;
	}
	if (!json_is_object(v))
		return json_incref(v);
	json_t *out = json_object();
	const char *k;
	json_t *e;
	struct strbuf kb = {0};
	json_object_foreach(v, k, e)
		conv_member(P, out, k, e, depth, unknown, &kb);
	sb_free(&kb);
	return out;
}

/*
** The resource's Terraform attributes: its known outputs over its inputs
** (an input is converted only when no output has its name); unknown
** top-level attributes are marked in *unk (after_unknown's shape).  old:
** the outputs before the update (a preview's same or update step, whose
** newState has none), under the rest.  A type outside the catalog keeps
** only its tag and label maps.
*/
static json_t *values_of(struct pul *P, json_t *st, json_t *old, bool full, json_t **unk)
{
	json_t *vals = json_object();
	*unk = NULL;
	json_t *in = json_object_get(st, "inputs"), *outs = json_object_get(st, "outputs");
	json_t *srcs[3] = {old, in, outs};
	json_t *one = json_object();	/* the converted members of one attribute */
	for (int s = 0; s < 3; s++) {
		const char *k;
		json_t *e;
		json_object_foreach(srcs[s], k, e) {
			if (!full && !is_map_key(k))
				continue;
			if (s == 1 && json_is_object(outs)) {	/* a known output of the same name wins */
				json_t *o = json_object_get(outs, k);
				if (o && !(json_is_string(o) && strcmp(json_string_value(o), PU_UNKNOWN) == 0))
					continue;
			}
			bool unknown = false;
			conv_member(P, one, k, e, 0, &unknown, &P->kb);
			const char *ck;
			json_t *cv;
			json_object_foreach(one, ck, cv) {
				if (unknown) {
					if (s == 2 && json_object_get(vals, ck))
						continue;	/* an output not yet known: the input stands */
					if (!*unk)
						*unk = json_object();
					json_object_set_new(*unk, ck, json_true());
				} else if (*unk) {
					json_object_del(*unk, ck);
				}
				if (!(unknown && json_is_null(cv)))
					json_object_set(vals, ck, cv);
			}
			json_object_clear(one);
		}
	}
	json_decref(one);
	const char *id = json_string_value(json_object_get(st, "id"));
	if (id && *id && !json_object_get(vals, "id"))
		json_object_set_new(vals, "id", json_string(id));
	return vals;
}

/* ---------------------------------------------------------------- resources */

/* Region field of an AWS ARN ("arn:aws:kms:eu-west-1:…"), or NULL when it has none. */
static const char *arn_region(struct pul *P, const char *arn)
{
	if (!arn || strncmp(arn, "arn:", 4) != 0)
		return NULL;
	const char *s = arn;
	for (int i = 0; i < 3; i++) {
		s = strchr(s, ':');
		if (!s)
			return NULL;
		s++;
	}
	size_t n = strcspn(s, ":");
	return n && s[n] == ':' ? arena_strndup(&P->a, s, n) : NULL;
}

/* "URN::ID" → URN (a provider reference). */
static const char *ref_urn(struct pul *P, const char *ref)
{
	const char *e = NULL;
	for (const char *s = strstr(ref, "::"); s; s = strstr(s + 2, "::"))
		e = s;
	if (!e || strncmp(e + 2, "urn:", 4) == 0)
		return ref;
	return arena_strndup(&P->a, ref, (size_t)(e - ref));
}

/* The Pulumi package of a type token or provider type ("aws" of aws:s3/…, of pulumi:providers:aws). */
static size_t pkg_len(const char *tok)
{
	return strcspn(tok, ":");
}

static void add_provider(struct pul *P, const char *urn, const char *type, json_t *st)
{
	struct provider *pv = VEC_PUSH(P->prov, P->nprov, P->cap_prov);
	pv->urn = urn;
	pv->region = NULL;
	const char *name = strrchr(urn, ':');
	pv->is_default = name && strncmp(name + 1, "default", 7) == 0;
	json_t *srcs[2] = {json_object_get(st, "outputs"), json_object_get(st, "inputs")};
	pv->location = NULL;
	for (int s = 0; s < 2 && !pv->region; s++) {
		const char *r = json_string_value(json_object_get(srcs[s], "region"));
		if (r && *r && strcmp(r, PU_UNKNOWN) != 0)
			pv->region = r;
	}
	for (int s = 0; s < 2 && !pv->location; s++) {
		const char *r = json_string_value(json_object_get(srcs[s], "location"));
		if (r && *r && strcmp(r, PU_UNKNOWN) != 0)
			pv->location = r;
	}
	(void)type;
}

/*
** The region (attr "region"; Azure Native: "location") of the provider
** that manages a resource of token tok (ref: its provider reference).
*/
static const char *provider_attr(struct pul *P, const char *tok, const char *ref, const char *attr)
{
	const struct provider *pv = NULL;
	if (ref) {
		const char *u = ref_urn(P, ref);
		for (size_t i = 0; i < P->nprov && !pv; i++)
			if (strcmp(P->prov[i].urn, u) == 0)
				pv = &P->prov[i];
	}
	const char *v = !pv ? NULL : strcmp(attr, "location") == 0 ? pv->location : pv->region;
	if (v)
		return v;
	if (pv && !pv->is_default)
		return NULL;	/* an explicit provider does not read the stack configuration */
	size_t n = pkg_len(tok);
	P->sb.len = 0;
	sb_add(&P->sb, tok, n);
	sb_printf(&P->sb, ":%s", attr);
	json_t *c = json_object_get(P->config, P->sb.s);
	const char *r = json_string_value(c);
	if (!r)
		r = json_string_value(json_object_get(c, "value"));	/* {"value": …, "secret": …} */
	return r && *r ? r : NULL;
}

/* ---------------------------------------------------------------- Azure Native */

/*
** Azure Native MODULE:Name (API-version modules MODULE/vYYYYMMDD… too) →
** the ARM type of the ARM loader's table.  v3 renamed documentdb to
** cosmosdb and cache to redis.
*/
static const char *const az_types[][2] = {
	{"cache:Redis", "Microsoft.Cache/Redis"},
	{"containerregistry:Registry", "Microsoft.ContainerRegistry/registries"},
	{"containerregistry:Replication", "Microsoft.ContainerRegistry/registries/replications"},
	{"cosmosdb:DatabaseAccount", "Microsoft.DocumentDB/databaseAccounts"},
	{"dbformysql:Server", "Microsoft.DBforMySQL/flexibleServers"},
	{"dbforpostgresql:Server", "Microsoft.DBforPostgreSQL/flexibleServers"},
	{"documentdb:DatabaseAccount", "Microsoft.DocumentDB/databaseAccounts"},
	{"eventhub:Namespace", "Microsoft.EventHub/namespaces"},
	{"keyvault:Vault", "Microsoft.KeyVault/vaults"},
	{"operationalinsights:Workspace", "Microsoft.OperationalInsights/workspaces"},
	{"redis:Redis", "Microsoft.Cache/Redis"},
	{"servicebus:Namespace", "Microsoft.ServiceBus/namespaces"},
	{"sql:Database", "Microsoft.Sql/servers/databases"},
	{"storage:StorageAccount", "Microsoft.Storage/storageAccounts"},
	{"synapse:Workspace", "Microsoft.Synapse/workspaces"},
};

static bool is_unknown(json_t *v)
{
	return (json_is_string(v) && strcmp(json_string_value(v), PU_UNKNOWN) == 0) || is_secret(v);
}

/* An attribute of a state: its known output, else its input (which may be unknown), else NULL. */
static json_t *az_get(json_t *st, const char *k)
{
	json_t *o = json_object_get(json_object_get(st, "outputs"), k);
	if (o && !json_is_null(o) && !is_unknown(o))
		return o;
	json_t *i = json_object_get(json_object_get(st, "inputs"), k);
	return i && !json_is_null(i) ? i : o;
}

/* Whether tok is azure-native:MODULE[/VERSION]:NAME; *mod, *ml, *ver (NULL: none), *name. */
static bool az_token(const char *tok, const char **mod, size_t *ml, const char **ver, const char **name)
{
	if (strncmp(tok, "azure-native:", 13) != 0)
		return false;
	const char *m = tok + 13, *colon = strchr(m, ':');
	if (!colon || strchr(colon + 1, ':') || !colon[1])
		return false;
	const char *slash = memchr(m, '/', (size_t)(colon - m));
	*mod = m;
	*ml = (size_t)((slash ? slash : colon) - m);
	*ver = slash ? slash + 1 : NULL;
	*name = colon + 1;
	return true;
}

static bool az_is(const char *tok, const char *module, const char *name)
{
	const char *m, *v, *n;
	size_t ml;
	return az_token(tok, &m, &ml, &v, &n) && strlen(module) == ml && strncmp(m, module, ml) == 0 &&
	       strcmp(n, name) == 0;
}

/*
** The ARM type (one the ARM loader models) of an Azure Native resource of
** token tok, or NULL.  A known `type` output (the ARM type Azure reports)
** decides; else the token: dbforpostgresql:Server and dbformysql:Server
** are flexible servers since v2 of the provider, single servers with API
** versions of 2017 and 2018 or a top-level `properties` input (v1's shape).
*/
static const char *az_arm_type(struct pul *P, const char *tok, json_t *st)
{
	const char *mod, *ver, *name;
	size_t ml;
	if (!az_token(tok, &mod, &ml, &ver, &name))
		return NULL;
	const char *ot = json_string_value(json_object_get(json_object_get(st, "outputs"), "type"));
	if (ot && strncasecmp(ot, "Microsoft.", 10) == 0)
		return plan_arm_models(ot) ? ot : NULL;
	P->sb.len = 0;
	sb_add(&P->sb, mod, ml);
	sb_printf(&P->sb, ":%s", name);
	const char *t = NULL;
	for (size_t i = 0; i < ARRAY_LEN(az_types) && !t; i++)
		if (strcmp(P->sb.s, az_types[i][0]) == 0)
			t = az_types[i][1];
	if (t && strstr(t, "/flexibleServers") &&
	    ((ver && (strncmp(ver, "v2017", 5) == 0 || strncmp(ver, "v2018", 5) == 0)) ||
	     json_is_object(json_object_get(json_object_get(st, "inputs"), "properties"))))
		return NULL;	/* a single server: not modelled */
	return t;
}

/* The ARM type of an Azure Native token (see plan_tfext.h), into buf. */
bool plan_pulumi_arm_type(const char *token, char *buf, size_t size)
{
	struct pul P0 = {0};
	const char *t = az_arm_type(&P0, token, NULL);
	bool ok = t && strlen(t) < size;
	if (ok)
		memcpy(buf, t, strlen(t) + 1);
	sb_free(&P0.sb);
	return ok;
}

/*
** The values of an Azure Native resource: its known outputs over its
** inputs, over old (a preview's same or update step: the outputs before).
** Engine bookkeeping (__inputs, __defaults…) is left out.  New reference.
*/
static json_t *az_values(json_t *st, json_t *old)
{
	json_t *vals = json_object();
	json_t *srcs[3] = {old, json_object_get(st, "inputs"), json_object_get(st, "outputs")};
	for (int s = 0; s < 3; s++) {
		const char *k;
		json_t *e;
		json_object_foreach(srcs[s], k, e) {
			if (k[0] == '_' && k[1] == '_')
				continue;
			if (s == 2 && (json_is_null(e) || is_unknown(e)) && json_object_get(vals, k))
				continue;	/* an output not yet known: the input stands */
			json_object_set(vals, k, e);
		}
	}
	return vals;
}

/* Lower-case copy of s in the arena (Azure names ignore case). */
static const char *az_lower(struct pul *P, const char *s)
{
	char *o = arena_strdup(&P->a, s);
	for (char *c = o; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	return o;
}

/* A resource group of the file: its name and location (its own, else its provider's). */
static void add_rg(struct pul *P, json_t *st, const char *ref)
{
	const char *type = json_string_value(json_object_get(st, "type"));
	json_t *name = az_get(st, "name");
	if (!json_is_string(name) || is_unknown(name))
		name = az_get(st, "resourceGroupName");
	if (!json_is_string(name) || is_unknown(name) || !json_string_length(name))
		return;
	json_t *loc = az_get(st, "location");
	const char *l = json_is_string(loc) && json_string_length(loc) ? json_string_value(loc)
		      : is_unknown(loc) ? PU_UNKNOWN : provider_attr(P, type, ref, "location");
	if (!P->rgs)
		P->rgs = json_object();
	json_object_set_new(P->rgs, az_lower(P, json_string_value(name)), l ? json_string(l) : json_null());
}

/* --default-region azure=REGION (the last one given), or NULL. */
static const char *az_default_region(const struct pul *P)
{
	const char *hit = NULL;
	for (size_t i = 0; P->opts && i < P->opts->ndefault_regions; i++)
		if (strncmp(P->opts->default_regions[i], "azure=", 6) == 0)
			hit = P->opts->default_regions[i] + 6;
	return hit;
}

/*
** An Azure Native resource's location: its own, else its provider's (the
** stack's azure-native:location for a default provider), else its resource
** group's in the file, else --default-region azure=; PU_UNKNOWN when it is
** unknown; NULL when nothing sets one.  As the provider fills it in.
*/
static const char *az_location(struct pul *P, const struct az_res *z)
{
	json_t *l = json_object_get(z->vals, "location");
	if (json_is_string(l) && json_string_length(l))
		return json_string_value(l);	/* PU_UNKNOWN included */
	if (l && !json_is_null(l) && !json_is_string(l))
		return PU_UNKNOWN;	/* not a string (a secret, or a value Azure Native does not write) */
	const char *v = provider_attr(P, "azure-native:", z->ref, "location");
	if (v)
		return v;
	json_t *rg = json_object_get(z->vals, "resourceGroupName");
	if (is_unknown(rg))
		return PU_UNKNOWN;
	if (json_is_string(rg) && P->rgs) {
		json_t *rl = json_object_get(P->rgs, az_lower(P, json_string_value(rg)));
		if (json_is_string(rl))
			return json_string_value(rl);
	}
	return az_default_region(P);
}

static struct doc_node *dnode(struct arena *a, enum doc_kind k, struct plan_pos pos)
{
	struct doc_node *n = arena_alloc(a, sizeof *n);
	memset(n, 0, sizeof *n);
	n->kind = (uint8_t)k;
	n->line = pos.line;
	n->col = pos.col;
	return n;
}

static struct doc_node *dscalar(struct arena *a, const char *s, bool quoted, struct plan_pos pos)
{
	struct doc_node *n = dnode(a, DOC_SCALAR, pos);
	n->s = s;
	n->len = (uint32_t)strlen(s);
	n->quoted = quoted;
	return n;
}

/* An unknown value: an expression the ARM loader does not evaluate. */
#define AZ_UNKNOWN "[unknown()]"

/*
** A Pulumi value as a document node at pos: strings are literals (one
** that reads as an ARM expression, "[…]", is escaped "[[…]"), unknown
** values and secrets AZ_UNKNOWN, null members left out.
*/
static struct doc_node *to_doc(struct arena *a, json_t *v, struct plan_pos pos, int depth)
{
	char num[64];
	if (is_unknown(v) || depth > PU_MAX_DEPTH)
		return dscalar(a, AZ_UNKNOWN, true, pos);
	switch (json_typeof(v)) {
	case JSON_STRING: {
		const char *s = json_string_value(v);
		size_t n = json_string_length(v);
		if (n >= 2 && s[0] == '[' && s[n - 1] == ']') {
			char *e = arena_alloc(a, n + 2);
			e[0] = '[';
			memcpy(e + 1, s, n + 1);
			return dscalar(a, e, true, pos);
		}
		return dscalar(a, arena_strdup(a, s), true, pos);
	}
	case JSON_INTEGER:
		snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return dscalar(a, arena_strdup(a, num), false, pos);
	case JSON_REAL:
		snprintf(num, sizeof num, "%.17g", json_real_value(v));
		return dscalar(a, arena_strdup(a, num), false, pos);
	case JSON_TRUE:
		return dscalar(a, "true", false, pos);
	case JSON_FALSE:
		return dscalar(a, "false", false, pos);
	case JSON_NULL:
		return dscalar(a, "null", false, pos);
	case JSON_ARRAY: {
		struct doc_node *n = dnode(a, DOC_SEQ, pos);
		n->n = (uint32_t)json_array_size(v);
		n->items = arena_alloc(a, (n->n ? n->n : 1) * sizeof *n->items);
		for (uint32_t i = 0; i < n->n; i++)
			n->items[i] = to_doc(a, json_array_get(v, i), pos, depth + 1);
		return n;
	}
	case JSON_OBJECT: {
		struct doc_node *n = dnode(a, DOC_MAP, pos);
		n->items = arena_alloc(a, (2 * json_object_size(v) + 1) * sizeof *n->items);
		const char *k;
		json_t *e;
		json_object_foreach(v, k, e) {
			if (json_is_null(e))
				continue;
			n->items[2 * n->n] = dscalar(a, arena_strdup(a, k), true, pos);
			n->items[2 * n->n + 1] = to_doc(a, e, pos, depth + 1);
			n->n++;
		}
		return n;
	}
	}
	return dscalar(a, AZ_UNKNOWN, true, pos);
}

/*
** The ARM-shaped node of an Azure Native resource: type, name (its URN),
** location, and its flattened properties both at the top (sku, kind, tags)
** and under `properties` (locations, backup, requestedBackupStorageRedundancy…).
*/
static struct doc_node *az_node(struct pul *P, struct arena *a, const struct az_res *z)
{
	static const char *const top[] = {"sku", "kind", "tags"};
	struct doc_node *n = dnode(a, DOC_MAP, z->pos);
	n->items = arena_alloc(a, 16 * sizeof *n->items);
	const char *loc = az_location(P, z);
	struct doc_node *kv[8][2];
	uint32_t m = 0;
	kv[m][0] = dscalar(a, "type", true, z->pos);
	kv[m++][1] = dscalar(a, arena_strdup(a, z->type), true, z->pos);
	kv[m][0] = dscalar(a, "name", true, z->pos);
	kv[m++][1] = dscalar(a, arena_strdup(a, z->urn), true, z->pos);
	if (z->id) {	/* --classes entries may name the Azure resource id, as for Resource Graph */
		kv[m][0] = dscalar(a, "id", true, z->pos);
		kv[m++][1] = dscalar(a, arena_strdup(a, z->id), true, z->pos);
	}
	if (loc) {
		json_t *lv = json_string(loc);
		kv[m][0] = dscalar(a, "location", true, z->pos);
		kv[m++][1] = strcmp(loc, PU_UNKNOWN) == 0 ? dscalar(a, AZ_UNKNOWN, true, z->pos)
							 : to_doc(a, lv, z->pos, 0);
		json_decref(lv);
	}
	for (size_t i = 0; i < ARRAY_LEN(top); i++) {
		json_t *v = json_object_get(z->vals, top[i]);
		if (!v || json_is_null(v))
			continue;
		kv[m][0] = dscalar(a, top[i], true, z->pos);
		kv[m++][1] = to_doc(a, v, z->pos, 0);
	}
	kv[m][0] = dscalar(a, "properties", true, z->pos);
	kv[m++][1] = to_doc(a, z->vals, z->pos, 0);
	for (uint32_t i = 0; i < m; i++) {
		n->items[2 * i] = kv[i][0];
		n->items[2 * i + 1] = kv[i][1];
	}
	n->n = m;
	return n;
}

/* The Azure name of a registry or the registry of a replication (key), or NULL when unknown. */
static const char *az_name(json_t *vals, const char *key)
{
	json_t *v = json_object_get(vals, key);
	return json_is_string(v) && json_string_length(v) && !is_unknown(v) ? json_string_value(v) : NULL;
}

/*
** The Azure Native resources, through the ARM loader, into the plan the
** Terraform loader built (plan_load_tf_ext_more calls it).
*/
static bool az_more(void *ctx, struct rsd_plan *pl, struct cf_map *cf)
{
	struct pul *P = ctx;
	if (!P->naz)
		return true;
	/* registries by Azure name: a replication names its registry so */
	json_t *regs = json_object();
	for (size_t i = 0; i < P->naz; i++) {
		const struct az_res *z = &P->az[i];
		if (strcasecmp(z->type, "Microsoft.ContainerRegistry/registries") != 0)
			continue;
		const char *nm = az_name(z->vals, "name");
		if (!nm)
			nm = az_name(z->vals, "registryName");
		if (nm && !json_object_get(regs, az_lower(P, nm)))
			json_object_set_new(regs, az_lower(P, nm), json_string(z->urn));
	}
	struct arm_ext_res *res = xcalloc(P->naz, sizeof *res);
	for (size_t i = 0; i < P->naz; i++) {
		const struct az_res *z = &P->az[i];
		res[i].node = az_node(P, &pl->arena, z);
		res[i].pos = z->pos;
		if (strcasecmp(z->type, "Microsoft.ContainerRegistry/registries/replications") == 0) {
			const char *rn = az_name(z->vals, "registryName");
			const char *urn = rn ? json_string_value(json_object_get(regs, az_lower(P, rn))) : NULL;
			/* a registry outside the file: a name no store has (the replica is not judged here) */
			res[i].registry = urn ? arena_strdup(&pl->arena, urn) : rn ? arena_strdup(&pl->arena, rn) : NULL;
		}
	}
	json_decref(regs);
	struct arm_ext_opts o = {
		.class_tag = P->opts ? P->opts->class_tag : NULL,
		.require_classes = P->opts && P->opts->require_classes,
		.from = "the Pulumi file",
		.noloc = "neither the resource, its provider, the stack's configuration (azure-native:location) nor "
			 "its resource group in the file sets a location; give it with --default-region azure=REGION",
		.unknown = "the value is unknown (an output not known before the update, or a secret)",
		.source = pu_source,
		.source_ctx = P,
	};
	bool ok = plan_arm_ext(P->p, pl, cf, NULL, &o, res, P->naz, P->d);
	xfree(res);
	return ok;
}

/*
** One resource state (a step's newState, an export's resource): a resource
** of the plan unless it is a component, a provider or the stack.
*/
static void add_state(struct pul *P, json_t *st, json_t *old, json_t *anchor, const char *ref,
		      const char *suffix)
{
	const char *urn = json_string_value(json_object_get(st, "urn"));
	const char *type = json_string_value(json_object_get(st, "type"));
	if (!json_is_true(json_object_get(st, "custom")) || strncmp(type, "pulumi:", 7) == 0)
		return;
	if (!ref)
		ref = json_string_value(json_object_get(st, "provider"));
	if (suffix) {
		P->sb.len = 0;
		sb_printf(&P->sb, "%s%s", urn, suffix);
		urn = arena_strdup(&P->a, P->sb.s);
	}
	const char *at = az_arm_type(P, type, st);
	if (at) {	/* Azure Native, modelled by the ARM loader */
		struct az_res *z = VEC_PUSH(P->az, P->naz, P->cap_az);
		memset(z, 0, sizeof *z);
		z->urn = urn;
		z->type = arena_strdup(&P->a, at);
		z->vals = az_values(st, old);
		json_array_append_new(P->owned, z->vals);
		z->ref = ref;
		z->id = json_string_value(json_object_get(st, "id"));
		if (z->id && strncmp(z->id, "/subscriptions/", 15) != 0)
			z->id = NULL;
		*VEC_PUSH(P->obj, P->nobj, P->cap_obj) = anchor;
		*VEC_PUSH(P->obj_az, P->nobj_az, P->cap_obj_az) = true;
		return;
	}
	const char *tt = tf_type(P, type);
	json_t *unk;
	json_t *vals = values_of(P, st, old, tt != NULL, &unk);
	json_array_append_new(P->owned, vals);
	if (unk)
		json_array_append_new(P->owned, unk);
	struct tf_ext_res *e = VEC_PUSH(P->res, P->nres, P->cap);
	memset(e, 0, sizeof *e);
	e->address = urn;
	e->type = tt ? tt : type;
	e->values = vals;
	e->unknown = unk;
	e->region = provider_attr(P, type, ref, "region");
	if (!e->region && tt && strncmp(tt, "aws_", 4) == 0) {	/* as in state: the ARN's region */
		e->region = arn_region(P, json_string_value(json_object_get(vals, "arn")));
		if (!e->region && !json_object_get(vals, "arn"))	/* some types' id is their ARN */
			e->region = arn_region(P, json_string_value(json_object_get(vals, "id")));
	}
	*VEC_PUSH(P->obj, P->nobj, P->cap_obj) = anchor;
	*VEC_PUSH(P->obj_az, P->nobj_az, P->cap_obj_az) = false;
}

/* Checks shared by the two shapes: a state object with urn and type. */
static bool state_ok(struct pul *P, json_t *st, const char *where, size_t i)
{
	const char *urn = json_string_value(json_object_get(st, "urn"));
	const char *type = json_string_value(json_object_get(st, "type"));
	if (json_is_object(st) && urn && type && *type)
		return true;
	pu_error(P, (struct plan_pos){1, 1}, "%s[%zu]: expected a resource state with urn and type", where, i);
	return false;
}

/* `pulumi stack export` (deployment) or a checkpoint's latest snapshot: resources[]. */
static bool read_snapshot(struct pul *P, json_t *snap)
{
	json_t *rs = json_object_get(snap, "resources");
	if (rs && !json_is_array(rs)) {
		pu_error(P, (struct plan_pos){1, 1}, "deployment resources: expected an array");
		return false;
	}
	size_t i;
	json_t *r;
	json_array_foreach(rs, i, r) {	/* providers first: a resource may precede its provider */
		if (!state_ok(P, r, "deployment resources", i))
			return false;
		const char *type = json_string_value(json_object_get(r, "type"));
		if (strncmp(type, "pulumi:providers:", 17) == 0 && !json_is_true(json_object_get(r, "delete"))) {
			const char *urn = json_string_value(json_object_get(r, "urn"));
			add_provider(P, urn, type, r);
		}
	}
	json_array_foreach(rs, i, r) {	/* resource groups, once the providers are known */
		const char *type = json_string_value(json_object_get(r, "type"));
		if (az_is(type, "resources", "ResourceGroup") && !json_is_true(json_object_get(r, "delete")))
			add_rg(P, r, json_string_value(json_object_get(r, "provider")));
	}
	json_array_foreach(rs, i, r)
		add_state(P, r, NULL, r, NULL, json_is_true(json_object_get(r, "delete")) ? " (pending delete)" : NULL);
	return true;
}

/* Step ops that leave the resource in place after the update; 0: gone, -1: not an op. */
static int op_keeps(const char *op)
{
	static const char *const keep[] = {"same", "create", "update", "replace", "create-replacement",
					   "import", "import-replacement", "refresh"};
	static const char *const gone[] = {"delete", "delete-replaced", "discard", "discard-replaced",
					   "remove-pending-replace", "read", "read-replacement", "read-discard"};
	for (size_t i = 0; i < ARRAY_LEN(keep); i++)
		if (strcmp(op, keep[i]) == 0)
			return 1;
	for (size_t i = 0; i < ARRAY_LEN(gone); i++)
		if (strcmp(op, gone[i]) == 0)
			return 0;
	return -1;
}

/* `pulumi preview --json`: steps[] with op and newState. */
static bool read_preview(struct pul *P, json_t *steps)
{
	if (!json_is_array(steps)) {
		pu_error(P, (struct plan_pos){1, 1}, "steps: expected an array");
		return false;
	}
	size_t i;
	json_t *s;
	json_array_foreach(steps, i, s) {
		const char *op = json_string_value(json_object_get(s, "op"));
		int keeps = op ? op_keeps(op) : -1;
		if (keeps < 0) {
			pu_error(P, (struct plan_pos){1, 1}, "steps[%zu]: %s", i,
				 op ? "an op Pulumi does not write" : "expected an object with op");
			return false;
		}
		json_t *ns = json_object_get(s, "newState");
		if (!keeps)
			continue;	/* deleted, discarded or only read: not in the stack after the update */
		if (!state_ok(P, ns, "steps newState", i))
			return false;
		const char *type = json_string_value(json_object_get(ns, "type"));
		if (strncmp(type, "pulumi:providers:", 17) == 0)
			add_provider(P, json_string_value(json_object_get(ns, "urn")), type, ns);
	}
	json_array_foreach(steps, i, s) {	/* resource groups, once the providers are known */
		json_t *ns = json_object_get(s, "newState");
		if (op_keeps(json_string_value(json_object_get(s, "op"))) != 1 ||
		    !az_is(json_string_value(json_object_get(ns, "type")), "resources", "ResourceGroup"))
			continue;
		const char *ref = json_string_value(json_object_get(s, "provider"));
		add_rg(P, ns, ref ? ref : json_string_value(json_object_get(ns, "provider")));
	}
	/* a replacement is several steps on one URN (create-replacement, replace): the first counts */
	json_t *seen = json_object();
	json_array_foreach(steps, i, s) {
		json_t *ns = json_object_get(s, "newState");
		if (op_keeps(json_string_value(json_object_get(s, "op"))) != 1)
			continue;
		const char *urn = json_string_value(json_object_get(ns, "urn"));
		if (json_object_get(seen, urn))
			continue;
		json_object_set_new(seen, urn, json_true());
		/* an unchanged or updated resource: newState has no outputs, oldState has them */
		const char *op = json_string_value(json_object_get(s, "op"));
		json_t *old = NULL;
		if (!json_object_get(ns, "outputs") && (strcmp(op, "same") == 0 || strcmp(op, "update") == 0 ||
							strcmp(op, "refresh") == 0))
			old = json_object_get(json_object_get(s, "oldState"), "outputs");
		add_state(P, ns, old, s, json_string_value(json_object_get(s, "provider")), NULL);
	}
	json_decref(seen);
	return true;
}

struct rsd_plan *plan_load_pulumi(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				  const struct tf_opts *opts, struct rsd_diags *d)
{
	struct pul P0 = {0}, *P = &P0;
	P->p = p;
	P->opts = opts;
	P->file = file ? file : "";
	P->data = data;
	P->len = len;
	P->d = d;
	P->owned = json_array();
	arena_init(&P->a);
	struct rsd_plan *pl = NULL;
	json_error_t je;
	json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	if (!root) {
		json_t *first = json_loadb(data, len, JSON_DISABLE_EOF_CHECK, NULL);
		bool log = json_object_get(first, "sequence") && json_object_get(first, "timestamp");
		json_decref(first);
		if (log) {
			pu_error(P, (struct plan_pos){1, 1},
				 "a Pulumi engine event log is not read: give pulumi preview --json or pulumi stack "
				 "export");
			goto out;
		}
		pu_error(P, (struct plan_pos){je.line > 0 ? (uint32_t)je.line : 1, je.column > 0 ? (uint32_t)je.column : 1},
			 "invalid JSON: %s", je.text);
		goto out;
	}
	json_t *snap;
	if (!json_is_object(root)) {
		pu_error(P, (struct plan_pos){1, 1}, "not a Pulumi preview or stack export: expected an object");
		goto out;
	}
	P->config = json_object_get(root, "config");
	if (json_object_get(root, "steps")) {
		if (!read_preview(P, json_object_get(root, "steps")))
			goto out;
	} else if ((snap = json_object_get(root, "deployment")) ||
		   (snap = json_object_get(json_object_get(root, "checkpoint"), "latest")) ||
		   (snap = json_object_get(root, "latest"))) {
		if (!read_snapshot(P, snap))
			goto out;
	} else {
		pu_error(P, (struct plan_pos){1, 1},
			 "not a Pulumi preview or stack export: expected steps (pulumi preview --json) or deployment "
			 "(pulumi stack export)%s",
			 json_object_get(root, "resourcePlans") ? "; an update plan (--save-plan) is not read" :
			 json_object_get(root, "sequence") ? "; an engine event is not read" : "");
		goto out;
	}
	/* positions: one walk for the two kinds of resources, in text order */
	struct plan_pos *pos = xcalloc(P->nobj ? P->nobj : 1, sizeof *pos);
	jpos_find(data, len, root, P->obj, pos, P->nobj);
	for (size_t i = 0, t = 0, z = 0; i < P->nobj; i++) {
		if (P->obj_az[i])
			P->az[z++].pos = pos[i];
		else
			P->res[t++].pos = pos[i];
	}
	xfree(pos);
	/* as the Terraform loader checks its own: every address once */
	json_t *seen = json_object();
	for (size_t i = 0; i < P->naz && !P->failed; i++) {
		const struct az_res *z = &P->az[i];
		if (!*z->urn || json_object_get(seen, z->urn))
			pu_error(P, z->pos, "resource '%s': %s", z->urn,
				 !*z->urn ? "an empty address" : "the address of an earlier resource (duplicate)");
		json_object_set_new(seen, z->urn, json_true());
	}
	json_decref(seen);
	if (P->failed)
		goto out;
	size_t nerr0 = d->nerrors;
	pl = plan_load_tf_ext_more(p, file, data, len, P->res, P->nres,
				   "neither the resource, its provider nor the stack's configuration (aws:region, "
				   "gcp:region) sets a region",
				   opts, az_more, P, d);
	if (pl && d->nerrors > nerr0) {	/* an error of the ARM loader's (a bad class tag) */
		plan_free(pl);
		pl = NULL;
	}
out:
	json_decref(root);
	json_decref(P->owned);
	xfree(P->res);
	xfree(P->obj);
	xfree(P->obj_az);
	xfree(P->az);
	json_decref(P->rgs);
	xfree(P->prov);
	sb_free(&P->sb);
	sb_free(&P->kb);
	arena_free(&P->a);
	return P->failed ? NULL : pl;
}
