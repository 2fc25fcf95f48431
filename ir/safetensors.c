/*
 * safetensors.c - map a safetensors file, validate its header, and bind the
 * graph's weights to the bytes inside it (docs/graph-format.md); write one
 * (ir_st_write, for `vitc quantize`).
 *
 * Layout: 8-byte little-endian header length n, n bytes of JSON header,
 * then the data section.  Every size and offset is checked with overflow
 * checks before any pointer into the mapping is formed.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cJSON.h>

#include "ir/ir.h"

/* JSON whitespace (a NUL byte is not). */
static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

#define MAX_HEADER ((uint64_t)100 << 20)
#define MAX_EXACT 9007199254740992.0 /* 2^53: doubles are exact below */

/* Storage dtypes that exist in safetensors but that vitc does not read. */
static const char *const unsupported[] = {
	"BF16", "F64", "BOOL", "U16", "U32", "U64", "F8_E4M3", "F8_E5M2",
	"F8_E8M0", "F6_E2M3", "F6_E3M2", "F4", "C64", NULL,
};

static int st_errf(VitcErr *err, const char *path, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Report "<path>: <message>" and return -1. */
static int st_errf(VitcErr *err, const char *path, const char *fmt, ...)
{
	char msg[900];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return vitc_errf(err, "%s: %s", path, msg);
}

/* An integral, finite, non-negative number below 2^53. */
static int get_u64(const cJSON *v, uint64_t *out)
{
	if (!cJSON_IsNumber(v))
		return -1;
	double d = v->valuedouble;
	if (!isfinite(d) || d != floor(d) || d < 0 || d >= MAX_EXACT)
		return -1;
	*out = (uint64_t)d;
	return 0;
}

/* Byte size of one element of a byte-addressable storage dtype. */
static uint64_t elem_bytes(DType t)
{
	return (uint64_t)ir_dtype_bits(t) / 8;
}

/*
 * Refuse an entry that names "dtype", "shape" or "data_offsets" twice:
 * cJSON keeps both and a lookup would silently take the first.  Other keys
 * are ignored, as safetensors readers do.
 */
static int check_entry_keys(const char *path, const cJSON *j, VitcErr *err)
{
	static const char *const keys[] = {"dtype", "shape", "data_offsets"};
	int seen[3] = {0};
	const cJSON *m;

	cJSON_ArrayForEach(m, j)
		for (int k = 0; k < 3; k++)
			if (strcmp(m->string, keys[k]) == 0 && seen[k]++)
				return st_errf(err, path, "tensor '%s': duplicate key '%s' in its header entry",
				               j->string, keys[k]);
	return 0;
}

/* Parse one header entry {"dtype", "shape", "data_offsets"} into "e". */
static int parse_entry(const char *path, const cJSON *j, uint64_t data_size,
                       StEntry *e, VitcErr *err)
{
	const char *name = j->string;
	const cJSON *dt = cJSON_GetObjectItemCaseSensitive(j, "dtype");
	const cJSON *shape = cJSON_GetObjectItemCaseSensitive(j, "shape");
	const cJSON *offs = cJSON_GetObjectItemCaseSensitive(j, "data_offsets");
	const cJSON *d;
	uint64_t numel = 1, bytes;

	if (!cJSON_IsObject(j))
		return st_errf(err, path, "tensor '%s': header entry must be an object", name);
	if (check_entry_keys(path, j, err))
		return -1;
	if (!cJSON_IsString(dt))
		return st_errf(err, path, "tensor '%s': missing or non-string 'dtype'", name);
	if (ir_dtype_from_storage_name(dt->valuestring, &e->storage)) {
		for (int i = 0; unsupported[i]; i++)
			if (strcmp(unsupported[i], dt->valuestring) == 0)
				return st_errf(err, path, "tensor '%s': unsupported dtype %s", name,
				               dt->valuestring);
		return st_errf(err, path, "tensor '%s': unknown dtype '%.100s'", name, dt->valuestring);
	}
	if (!cJSON_IsArray(shape))
		return st_errf(err, path, "tensor '%s': missing or non-array 'shape'", name);
	if (cJSON_GetArraySize(shape) > IR_MAX_RANK)
		return st_errf(err, path, "tensor '%s': rank %d exceeds the limit of %d", name,
		               cJSON_GetArraySize(shape), IR_MAX_RANK);
	cJSON_ArrayForEach(d, shape) {
		uint64_t v;
		if (get_u64(d, &v) || v >= (uint64_t)IR_MAX_DIM)
			return st_errf(err, path, "tensor '%s': shape[%d] is not an integer in [0, 2^40)",
			               name, e->shape.rank);
		if (mul_u64(numel, v, &numel))
			return st_errf(err, path, "tensor '%s': element count overflows", name);
		e->shape.d[e->shape.rank++] = (int64_t)v;
	}
	if (!cJSON_IsArray(offs) || cJSON_GetArraySize(offs) != 2 ||
	    get_u64(offs->child, &e->begin) || get_u64(offs->child->next, &e->end))
		return st_errf(err, path, "tensor '%s': 'data_offsets' must be two non-negative integers",
		               name);
	if (e->end < e->begin)
		return st_errf(err, path, "tensor '%s': data_offsets [%llu, %llu] end before they begin",
		               name, (unsigned long long)e->begin, (unsigned long long)e->end);
	if (e->end > data_size)
		return st_errf(err, path, "tensor '%s': data_offsets end %llu is beyond the data section (%llu bytes; truncated file?)",
		               name, (unsigned long long)e->end, (unsigned long long)data_size);
	if (mul_u64(numel, elem_bytes(e->storage), &bytes))
		return st_errf(err, path, "tensor '%s': byte size overflows", name);
	if (bytes != e->end - e->begin)
		return st_errf(err, path, "tensor '%s': data_offsets span %llu bytes but shape and dtype %s need %llu",
		               name, (unsigned long long)(e->end - e->begin), dt->valuestring,
		               (unsigned long long)bytes);
	return 0;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(((const StEntry *)a)->name, ((const StEntry *)b)->name);
}

static int cmp_begin(const void *a, const void *b)
{
	const StEntry *x = *(const StEntry *const *)a, *y = *(const StEntry *const *)b;
	if (x->begin != y->begin)
		return x->begin < y->begin ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/*
 * Parse the header JSON into st->entries, sorted by name, then refuse
 * duplicate names (cJSON keeps them) and overlapping byte ranges.
 */
static int parse_header(const char *path, const char *hdr, uint64_t hlen,
                        StFile *st, VitcErr *err)
{
	const char *end = NULL;
	const cJSON *j;
	int rc = 0, n = 0, n_meta = 0;
	size_t bad = ir_json_check_strings(hdr, (size_t)hlen);
	cJSON *root;

	if (bad != (size_t)-1)
		return st_errf(err, path, "header: a string contains %s (byte %zu of the file)",
		               hdr[bad] == '\\' ? "\\u0000" : "a raw control byte", bad + 8);
	root = cJSON_ParseWithLengthOpts(hdr, (size_t)hlen, &end, 0);
	if (!root) {
		size_t off = end && end >= hdr ? (size_t)(end - hdr) : 0;
		return st_errf(err, path, "header is not valid JSON (error near byte %zu of the file)",
		               off + 8);
	}
	for (const char *p = end; p < hdr + hlen; p++)
		if (!is_space(*p)) {
			cJSON_Delete(root);
			return st_errf(err, path, "header has data after the JSON object (byte %zu of the file)",
			               (size_t)(p - hdr) + 8);
		}
	if (!cJSON_IsObject(root)) {
		cJSON_Delete(root);
		return st_errf(err, path, "header must be a JSON object");
	}
	st->entries = xcalloc((size_t)cJSON_GetArraySize(root) + 1, sizeof(StEntry));
	cJSON_ArrayForEach(j, root) {
		if (strcmp(j->string, "__metadata__") == 0) {
			const cJSON *m;
			if (n_meta++) {
				rc = st_errf(err, path, "__metadata__ appears twice in the header");
				break;
			}
			if (!cJSON_IsObject(j)) {
				rc = st_errf(err, path, "__metadata__ must be an object");
				break;
			}
			cJSON_ArrayForEach(m, j)
				if (!cJSON_IsString(m))
					rc = st_errf(err, path, "__metadata__ value '%s' must be a string", m->string);
			if (rc)
				break;
			continue;
		}
		StEntry *e = &st->entries[n];
		e->name = xstrdup(j->string);
		st->n_entries = ++n;
		if ((rc = parse_entry(path, j, st->data_size, e, err)) != 0)
			break;
	}
	cJSON_Delete(root);
	if (rc)
		return rc;

	qsort(st->entries, (size_t)n, sizeof(StEntry), cmp_name);
	for (int i = 1; i < n; i++)
		if (strcmp(st->entries[i - 1].name, st->entries[i].name) == 0)
			return st_errf(err, path, "duplicate tensor '%s' in the header", st->entries[i].name);
	StEntry **by_off = xmalloc((size_t)n * sizeof(*by_off) + 1);
	for (int i = 0; i < n; i++)
		by_off[i] = &st->entries[i];
	qsort(by_off, (size_t)n, sizeof(*by_off), cmp_begin);
	/*
	 * The tensors must tile the data section exactly, as the format
	 * requires: a gap or trailing bytes mean the header length or an
	 * offset is wrong (one byte off reads every tensor shifted).
	 */
	const StEntry *prev = NULL;
	uint64_t at = 0;
	for (int i = 0; i < n && !rc; i++) {
		const StEntry *e = by_off[i];
		if (e->begin == e->end)
			continue; /* holds no bytes: its offset does not matter */
		if (e->begin < at)
			rc = st_errf(err, path, "tensors '%s' [%llu, %llu] and '%s' [%llu, %llu] overlap",
			             prev->name, (unsigned long long)prev->begin, (unsigned long long)prev->end,
			             e->name, (unsigned long long)e->begin, (unsigned long long)e->end);
		else if (e->begin > at)
			rc = st_errf(err, path, "data section bytes [%llu, %llu) before tensor '%s' belong to no tensor (wrong header length or offsets?)",
			             (unsigned long long)at, (unsigned long long)e->begin, e->name);
		at = e->end;
		prev = e;
	}
	if (!rc && at != st->data_size)
		rc = st_errf(err, path, "data section is %llu bytes but its tensors end at byte %llu (wrong header length, or trailing data?)",
		             (unsigned long long)st->data_size, (unsigned long long)at);
	free(by_off);
	return rc;
}

/* Map "path" read-only and validate its header; st is zeroed on error. */
int ir_st_open(const char *path, StFile *st, VitcErr *err)
{
	struct stat sb;
	uint64_t hlen = 0;
	int fd;

	memset(st, 0, sizeof(*st));
	fd = file_open_regular(path, &sb, err);
	if (fd < 0)
		return -1;
	if (sb.st_size == 0) {
		close(fd);
		return st_errf(err, path, "file is empty, not a safetensors file");
	}
	if (sb.st_size < 8) {
		close(fd);
		return st_errf(err, path, "file is %lld bytes, too short for a safetensors header",
		               (long long)sb.st_size);
	}
	void *base = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (base == MAP_FAILED)
		return st_errf(err, path, "cannot map: %s", strerror(errno));
	st->file.base = base;
	st->file.size = (size_t)sb.st_size;
	st->file.path = xstrdup(path);

	const uint8_t *b = base;
	for (int i = 7; i >= 0; i--)
		hlen = hlen << 8 | b[i];
	/* The length is not printed: for a foreign file it is 8 of its bytes. */
	if (hlen > MAX_HEADER) {
		st_errf(err, path, "header length exceeds the limit of %llu bytes (not a safetensors file?)",
		        (unsigned long long)MAX_HEADER);
		goto fail;
	}
	if (hlen > st->file.size - 8) {
		st_errf(err, path, "header length exceeds the file size (%zu bytes): truncated, or not a safetensors file",
		        st->file.size);
		goto fail;
	}
	st->data = b + 8 + hlen;
	st->data_size = st->file.size - 8 - hlen;
	if (parse_header(path, (const char *)b + 8, hlen, st, err))
		goto fail;
	return 0;
fail:
	ir_st_close(st);
	return -1;
}

/* Unmap the file (unless ownership moved) and free the entry table. */
void ir_st_close(StFile *st)
{
	if (st->file.base)
		munmap(st->file.base, st->file.size);
	free((char *)st->file.path);
	for (int i = 0; i < st->n_entries; i++)
		free((char *)st->entries[i].name);
	free(st->entries);
	memset(st, 0, sizeof(*st));
}

const StEntry *ir_st_find(const StFile *st, const char *name)
{
	StEntry key = {.name = name};

	if (!st->n_entries)
		return NULL;
	return bsearch(&key, st->entries, (size_t)st->n_entries, sizeof(StEntry), cmp_name);
}

/*
 * Check that entry "e" can hold weight "t": byte types store as themselves
 * with the same shape; pot5 as U8 or I8 with the same shape; sub-byte types
 * as a flat U8 array of ceil(numel * bits / 8) bytes.
 */
static int check_weight(const Graph *g, const char *path, const Tensor *t,
                        const StEntry *e, VitcErr *err)
{
	char want[200], got[200];
	Shape flat = {.rank = 1};
	const Shape *ws = &t->shape;
	int ok;

	if (ir_dtype_is_subbyte(t->dtype)) {
		uint64_t nb;
		if (ir_shape_bytes(&t->shape, t->dtype, 1, &nb))
			return st_errf(err, path, "tensor '%s': size overflows", t->name);
		flat.d[0] = (int64_t)nb;
		ws = &flat;
		ok = e->storage == DT_U8;
	} else if (t->dtype == DT_POT5) {
		ok = e->storage == DT_U8 || e->storage == DT_I8;
	} else {
		ok = e->storage == t->dtype;
	}
	if (!ok)
		return st_errf(err, path, "tensor '%s': stored as %s, but %s declares it %s (stored as %s%s)",
		               t->name, ir_dtype_storage_name(e->storage), g->path,
		               ir_dtype_name(t->dtype), ir_dtype_storage_name(t->dtype),
		               t->dtype == DT_POT5 ? " or I8" : "");
	if (!ir_shape_equal(ws, &e->shape)) {
		ir_shape_format(&e->shape, got, sizeof(got));
		ir_shape_format(ws, want, sizeof(want));
		return st_errf(err, path, "tensor '%s': shape %s does not match %s declared by %s",
		               t->name, got, want, g->path);
	}
	return 0;
}

/*
 * The weights file a graph JSON names must lie in the JSON's directory or
 * below it: no absolute path, no ".." component, and no symlink that leads
 * out (checked on the resolved paths).  A model from elsewhere could
 * otherwise make vitc read any file the user can (ONNX's external-data
 * path traversal, CVE-2022-25882).  A file named with --weights is the
 * user's own choice and is not checked.
 */
static int check_confined(const Graph *g, VitcErr *err)
{
	const char *name = g->weights_name, *p = name;
	char *dir = NULL, *file = NULL;
	int rc = 0;

	if (name[0] == '/')
		return vitc_errf(err, "%s: weights_file: '%.200s' is an absolute path; a model may only name a file in its own directory (give the file with --weights to use it)",
		                 g->path, name);
	for (;;) {
		if (p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == 0))
			return vitc_errf(err, "%s: weights_file: '%.200s' leaves the model's directory ('..'); give the file with --weights to use it",
			                 g->path, name);
		if (!(p = strchr(p, '/')))
			break;
		p++;
	}
	const char *slash = strrchr(g->path, '/');
	char *json_dir = slash ? strndup(g->path, (size_t)(slash - g->path) + 1) : xstrdup(".");
	dir = realpath(slash && slash == g->path ? "/" : json_dir, NULL);
	file = realpath(g->weights_path, NULL);
	free(json_dir);
	/* A missing file is reported by the open that follows. */
	if (dir && file) {
		size_t n = strlen(dir);
		int inside = strncmp(file, dir, n) == 0 && (file[n] == '/' || (n == 1 && dir[0] == '/'));
		if (!inside)
			rc = vitc_errf(err, "%s: weights_file: '%.200s' is a symbolic link (or under one) that leads out of the model's directory; give the file with --weights to use it",
			               g->path, name);
	}
	free(dir);
	free(file);
	return rc;
}

/*
 * Bind every TK_WEIGHT of "g" to its bytes in "path" (or g->weights_path),
 * and hand the mapping to the graph, which unmaps it in ir_graph_free().
 * Weight data is not necessarily aligned: safetensors does not promise it.
 */
int ir_graph_load_weights(Graph *g, const char *path, VitcErr *err)
{
	StFile st;
	int n_weights = 0, n_missing = 0;
	const Tensor *first_missing = NULL;

	for (int i = 0; i < g->n_tensors; i++)
		n_weights += g->tensors[i]->kind == TK_WEIGHT;
	if (!path) {
		path = g->weights_path;
		if (path && g->weights_name && check_confined(g, err))
			return -1;
	}
	if (!path) {
		if (n_weights == 0)
			return 0;
		return vitc_errf(err, "%s: the graph declares %d weights but names no weights_file (use --weights FILE)",
		                 g->path, n_weights);
	}
	if (ir_st_open(path, &st, err))
		return -1;
	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		if (t->kind != TK_WEIGHT || ir_st_find(&st, t->name))
			continue;
		if (!first_missing)
			first_missing = t;
		n_missing++;
	}
	if (first_missing) {
		if (n_missing > 1)
			st_errf(err, path, "tensor '%s' declared by %s is missing (and %d more)",
			        first_missing->name, g->path, n_missing - 1);
		else
			st_errf(err, path, "tensor '%s' declared by %s is missing",
			        first_missing->name, g->path);
		ir_st_close(&st);
		return -1;
	}
	for (int i = 0; i < g->n_tensors; i++) {
		Tensor *t = g->tensors[i];
		if (t->kind != TK_WEIGHT)
			continue;
		const StEntry *e = ir_st_find(&st, t->name);
		if (check_weight(g, path, t, e, err)) {
			ir_st_close(&st);
			return -1;
		}
	}
	/* All checks passed: bind, then move the mapping into the graph. */
	if (g->weights_file.base)
		munmap(g->weights_file.base, g->weights_file.size);
	for (int i = 0; i < g->n_tensors; i++) {
		Tensor *t = g->tensors[i];
		if (t->kind != TK_WEIGHT)
			continue;
		const StEntry *e = ir_st_find(&st, t->name);
		t->data = st.data + e->begin;
		t->nbytes = (size_t)(e->end - e->begin);
	}
	g->n_extra_weights = st.n_entries - n_weights;
	g->weights_file.base = st.file.base;
	g->weights_file.size = st.file.size;
	g->weights_file.path = arena_strdup(&g->arena, path);
	st.file.base = NULL;
	ir_st_close(&st);
	return 0;
}

/*
 * Write tensors t[0..n) as a safetensors file at "path", atomically
 * (file_write_atomic): the JSON header, padded with spaces to a multiple of
 * 8 bytes, then the data of each tensor in order, without gaps.
 */
int ir_st_write(const char *path, const StWrite *t, int n, VitcErr *err)
{
	cJSON *h = cJSON_CreateObject();
	uint64_t off = 0;
	for (int i = 0; i < n; i++) {
		cJSON *e = cJSON_AddObjectToObject(h, t[i].name);
		cJSON_AddStringToObject(e, "dtype", ir_dtype_storage_name(t[i].storage));
		cJSON *s = cJSON_AddArrayToObject(e, "shape");
		for (int d = 0; d < t[i].shape.rank; d++)
			cJSON_AddItemToArray(s, cJSON_CreateNumber((double)t[i].shape.d[d]));
		cJSON *o = cJSON_AddArrayToObject(e, "data_offsets");
		cJSON_AddItemToArray(o, cJSON_CreateNumber((double)off));
		cJSON_AddItemToArray(o, cJSON_CreateNumber((double)(off + t[i].nbytes)));
		off += t[i].nbytes;
	}
	char *hdr = cJSON_PrintUnformatted(h);
	cJSON_Delete(h);
	size_t hl = strlen(hdr), hp = (hl + 7) / 8 * 8;
	size_t total = 8 + hp + (size_t)off;
	unsigned char *buf = xmalloc(total);
	for (int i = 0; i < 8; i++)
		buf[i] = (unsigned char)((uint64_t)hp >> (8 * i));
	memcpy(buf + 8, hdr, hl);
	memset(buf + 8 + hl, ' ', hp - hl);
	free(hdr);
	unsigned char *p = buf + 8 + hp;
	for (int i = 0; i < n; i++) {
		if (t[i].nbytes)
			memcpy(p, t[i].data, t[i].nbytes);
		p += t[i].nbytes;
	}
	int rc = file_write_atomic(path, buf, total, err);
	free(buf);
	return rc;
}
