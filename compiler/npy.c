/*
 * npy.c - read and write NumPy .npy files.
 *
 * Layout: "\x93NUMPY", major, minor, a little-endian header length (u16 for
 * version 1, u32 for 2 and 3), then the header, a Python dict literal such
 * as {'descr': '<f4', 'fortran_order': False, 'shape': (1, 3), } padded
 * with spaces and ended by '\n', then the raw data.
 */
#include "compiler/npy.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct {
	const char *code;  /* descr without the byte-order character */
	int32_t dtype;
	int size;
} npy_types[] = {
	{"f4", VITRT_F32, 4}, {"f2", VITRT_F16, 2}, {"i8", VITRT_I64, 8},
	{"i4", VITRT_I32, 4}, {"i2", VITRT_I16, 2}, {"i1", VITRT_I8, 1},
	{"u1", VITRT_U8, 1},
};
#define N_TYPES (sizeof(npy_types) / sizeof(npy_types[0]))

int npy_itemsize(int32_t dtype)
{
	for (size_t i = 0; i < N_TYPES; i++)
		if (npy_types[i].dtype == dtype)
			return npy_types[i].size;
	return 0;
}

void npy_format_shape(char *buf, size_t cap, int rank, const int64_t *dims)
{
	size_t len = 0;

	if (cap == 0)
		return;
	len += (size_t)snprintf(buf, cap, "[");
	for (int i = 0; i < rank && len < cap; i++) {
		if (dims[i] == VITRT_DIM_N)
			len += (size_t)snprintf(buf + len, cap - len, "%sN", i ? "," : "");
		else
			len += (size_t)snprintf(buf + len, cap - len, "%s%lld", i ? "," : "",
			                        (long long)dims[i]);
	}
	if (len < cap)
		snprintf(buf + len, cap - len, "]");
}

/* Parsing state of one header: the text, a cursor, and where errors go. */
typedef struct {
	const char *s, *end;
	const char *path;
	VitcErr *err;
} Parser;

static void skip_ws(Parser *p)
{
	while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' ||
	                         *p->s == '\r'))
		p->s++;
}

static int expect(Parser *p, char c, const char *what)
{
	skip_ws(p);
	if (p->s >= p->end || *p->s != c)
		return vitc_errf(p->err, "%s: malformed .npy header: expected %s", p->path, what);
	p->s++;
	return 0;
}

/* A quoted Python string without escapes, copied into "buf". */
static int parse_string(Parser *p, char *buf, size_t cap)
{
	char q;
	size_t n = 0;

	skip_ws(p);
	if (p->s >= p->end || (*p->s != '\'' && *p->s != '"'))
		return vitc_errf(p->err, "%s: malformed .npy header: expected a string", p->path);
	q = *p->s++;
	while (p->s < p->end && *p->s != q) {
		if (*p->s == '\\' || (unsigned char)*p->s < 0x20 || n + 1 >= cap)
			return vitc_errf(p->err, "%s: malformed .npy header: bad string", p->path);
		buf[n++] = *p->s++;
	}
	if (p->s >= p->end)
		return vitc_errf(p->err, "%s: malformed .npy header: unterminated string", p->path);
	p->s++;
	buf[n] = 0;
	return 0;
}

static int parse_bool(Parser *p, int *out)
{
	skip_ws(p);
	if (p->end - p->s >= 4 && !memcmp(p->s, "True", 4)) {
		p->s += 4;
		*out = 1;
	} else if (p->end - p->s >= 5 && !memcmp(p->s, "False", 5)) {
		p->s += 5;
		*out = 0;
	} else {
		return vitc_errf(p->err, "%s: malformed .npy header: fortran_order is not True or False",
		                 p->path);
	}
	return 0;
}

/* A non-negative decimal integer (Python 2 files may add an 'L'). */
static int parse_dim(Parser *p, int64_t *out)
{
	int64_t v = 0;

	skip_ws(p);
	if (p->s >= p->end || *p->s < '0' || *p->s > '9')
		return vitc_errf(p->err, "%s: malformed .npy header: bad shape entry", p->path);
	while (p->s < p->end && *p->s >= '0' && *p->s <= '9') {
		if (__builtin_mul_overflow(v, 10, &v) ||
		    __builtin_add_overflow(v, *p->s - '0', &v))
			return vitc_errf(p->err, "%s: .npy shape entry is too large", p->path);
		p->s++;
	}
	if (p->s < p->end && *p->s == 'L')
		p->s++;
	*out = v;
	return 0;
}

/* A tuple of dims: "()", "(3,)", "(2, 3)" or "(2, 3,)". */
static int parse_shape(Parser *p, NpyArray *a)
{
	if (expect(p, '(', "'(' to start the shape") != 0)
		return -1;
	a->rank = 0;
	for (;;) {
		skip_ws(p);
		if (p->s < p->end && *p->s == ')')
			break;
		if (a->rank == VITRT_MAX_RANK)
			return vitc_errf(p->err, "%s: .npy array has more than %d dimensions",
			                 p->path, VITRT_MAX_RANK);
		if (parse_dim(p, &a->dims[a->rank++]) != 0)
			return -1;
		skip_ws(p);
		if (p->s < p->end && *p->s == ',') {
			p->s++;
			continue;
		}
		if (a->rank == 1)
			return vitc_errf(p->err, "%s: malformed .npy header: shape is not a tuple", p->path);
		break;
	}
	return expect(p, ')', "')' to end the shape");
}

/* Map a descr such as '<f4' to a dtype; one-byte types may say '|' or '<'. */
static int parse_descr(Parser *p, const char *descr, NpyArray *a)
{
	char order = descr[0];

	for (size_t i = 0; order && i < N_TYPES; i++) {
		if (strcmp(descr + 1, npy_types[i].code) != 0)
			continue;
		if (order == '<' || ((order == '|' || order == '=') && npy_types[i].size == 1)) {
			a->dtype = npy_types[i].dtype;
			return 0;
		}
		if (order == '>')
			return vitc_errf(p->err, "%s: big-endian .npy data ('%s') is not supported",
			                 p->path, descr);
	}
	return vitc_errf(p->err, "%s: unsupported .npy dtype '%s' (supported: <f4 <f2 <i8 <i4 <i2 |i1 |u1)",
	                 p->path, descr);
}

/*
 * Parse the header dict: exactly the keys descr, fortran_order and shape,
 * each once, in any order, then only padding.
 */
static int parse_header(const char *path, const char *hdr, size_t len,
                        NpyArray *a, VitcErr *err)
{
	Parser p = {hdr, hdr + len, path, err};
	int seen[3] = {0, 0, 0}, fortran = 0;
	char key[32], descr[32];

	if (expect(&p, '{', "'{'") != 0)
		return -1;
	for (;;) {
		int k;
		skip_ws(&p);
		if (p.s < p.end && *p.s == '}')
			break;
		if (parse_string(&p, key, sizeof(key)) != 0 || expect(&p, ':', "':'") != 0)
			return -1;
		k = !strcmp(key, "descr") ? 0 : !strcmp(key, "fortran_order") ? 1 :
		    !strcmp(key, "shape") ? 2 : -1;
		if (k < 0)
			return vitc_errf(err, "%s: .npy header has unexpected key '%s'", path, key);
		if (seen[k]++)
			return vitc_errf(err, "%s: .npy header repeats key '%s'", path, key);
		if ((k == 0 && (parse_string(&p, descr, sizeof(descr)) != 0 ||
		                parse_descr(&p, descr, a) != 0)) ||
		    (k == 1 && parse_bool(&p, &fortran) != 0) ||
		    (k == 2 && parse_shape(&p, a) != 0))
			return -1;
		skip_ws(&p);
		if (p.s < p.end && *p.s == ',')
			p.s++;
		else if (p.s >= p.end || *p.s != '}')
			return vitc_errf(err, "%s: malformed .npy header: expected ',' or '}'", path);
	}
	p.s++;
	skip_ws(&p);
	if (p.s != p.end)
		return vitc_errf(err, "%s: malformed .npy header: junk after the dict", path);
	if (!seen[0] || !seen[1] || !seen[2])
		return vitc_errf(err, "%s: .npy header lacks '%s'", path,
		                 !seen[0] ? "descr" : !seen[1] ? "fortran_order" : "shape");
	if (fortran)
		return vitc_errf(err, "%s: Fortran-order .npy arrays are not supported "
		                 "(save with numpy.ascontiguousarray)", path);
	return 0;
}

/* Bytes of the array described by "a"; -1 on overflow. */
static int array_bytes(const NpyArray *a, uint64_t *out)
{
	uint64_t n = (uint64_t)npy_itemsize(a->dtype);

	for (int i = 0; i < a->rank; i++)
		if (mul_u64(n, (uint64_t)a->dims[i], &n) != 0)
			return -1;
	*out = n;
	return n > SIZE_MAX - 64 ? -1 : 0;
}

/* Read exactly "n" bytes or fail. */
static int read_exact(FILE *f, void *buf, size_t n)
{
	return fread(buf, 1, n, f) == n ? 0 : -1;
}

/*
 * Read the preamble and header of the open file "f" into "a" and return
 * the offset of the data in "*data_off".
 */
static int read_header(FILE *f, const char *path, NpyArray *a, uint64_t *data_off,
                       VitcErr *err)
{
	unsigned char pre[12];
	uint32_t hlen;
	size_t lenbytes;
	char *hdr;
	int rc;

	if (read_exact(f, pre, 8) != 0)
		return vitc_errf(err, "%s: truncated .npy file (no preamble)", path);
	if (memcmp(pre, "\x93NUMPY", 6) != 0)
		return vitc_errf(err, "%s: not a .npy file (bad magic)", path);
	if (pre[6] < 1 || pre[6] > 3 || pre[7] != 0)
		return vitc_errf(err, "%s: unsupported .npy format version %d.%d", path,
		                 pre[6], pre[7]);
	lenbytes = pre[6] == 1 ? 2 : 4;
	if (read_exact(f, pre + 8, lenbytes) != 0)
		return vitc_errf(err, "%s: truncated .npy file (no header length)", path);
	hlen = (uint32_t)pre[8] | (uint32_t)pre[9] << 8;
	if (lenbytes == 4)
		hlen |= (uint32_t)pre[10] << 16 | (uint32_t)pre[11] << 24;
	if (hlen > NPY_MAX_HEADER)
		return vitc_errf(err, "%s: .npy header too long (%u bytes, limit %d)", path,
		                 (unsigned)hlen, NPY_MAX_HEADER);
	hdr = malloc(hlen + 1);
	if (!hdr)
		return vitc_errf(err, "%s: out of memory", path);
	if (read_exact(f, hdr, hlen) != 0) {
		free(hdr);
		return vitc_errf(err, "%s: truncated .npy file (header of %u bytes)", path,
		                 (unsigned)hlen);
	}
	hdr[hlen] = 0;
	rc = parse_header(path, hdr, hlen, a, err);
	free(hdr);
	*data_off = 8 + lenbytes + hlen;
	return rc;
}

/*
 * Read "path": header, then a size check of the data against the shape
 * (before any allocation), then the data into a 64-byte aligned buffer.
 */
int npy_read(const char *path, NpyArray *out, VitcErr *err)
{
	NpyArray a;
	struct stat st;
	uint64_t off = 0, need;
	FILE *f;

	memset(out, 0, sizeof(*out));
	memset(&a, 0, sizeof(a));
	int fd = file_open_regular(path, &st, err);
	if (fd < 0)
		return -1;
	if (!(f = fdopen(fd, "rb"))) {
		close(fd);
		return vitc_errf(err, "%s: cannot open: %s", path, strerror(errno));
	}
	if (read_header(f, path, &a, &off, err) != 0)
		goto fail;
	if (array_bytes(&a, &need) != 0) {
		vitc_errf(err, "%s: .npy shape is too large", path);
		goto fail;
	}
	if ((uint64_t)st.st_size - off != need) {
		char shape[256];
		npy_format_shape(shape, sizeof(shape), a.rank, a.dims);
		vitc_errf(err, "%s: %s: shape %s needs %llu data bytes, the file has %llu", path,
		          (uint64_t)st.st_size - off < need ? "truncated .npy file" : "trailing data",
		          shape, (unsigned long long)need, (unsigned long long)(st.st_size - off));
		goto fail;
	}
	if (posix_memalign(&a.data, 64, need ? (size_t)need : 1) != 0) {
		a.data = NULL;
		vitc_errf(err, "%s: cannot allocate %llu bytes", path, (unsigned long long)need);
		goto fail;
	}
	a.nbytes = (size_t)need;
	if (read_exact(f, a.data, a.nbytes) != 0) {
		vitc_errf(err, "%s: read error", path);
		goto fail;
	}
	fclose(f);
	*out = a;
	return 0;
fail:
	free(a.data);
	fclose(f);
	return -1;
}

void npy_free(NpyArray *a)
{
	if (!a)
		return;
	free(a->data);
	a->data = NULL;
	a->nbytes = 0;
}

/*
 * Build the header text as numpy's format.write_array does: sorted keys,
 * Python reprs, room for the first dim to grow, then spaces and '\n' so
 * that the data starts on a 64-byte boundary after the 10-byte preamble
 * of version 1.0 (headers of rank <= 8 are far below its 64 KiB limit).
 * Returns its length.
 */
static size_t make_header(char *buf, size_t cap, const char *descr, int rank,
                          const int64_t *dims)
{
	size_t len = 0;
	char first[32];

	len += (size_t)snprintf(buf + len, cap - len,
	                        "{'descr': '%s', 'fortran_order': False, 'shape': (", descr);
	for (int i = 0; i < rank; i++)
		len += (size_t)snprintf(buf + len, cap - len, "%s%lld", i ? ", " : "",
		                        (long long)dims[i]);
	len += (size_t)snprintf(buf + len, cap - len, "%s), }", rank == 1 ? "," : "");
	if (rank > 0) {
		int digits = snprintf(first, sizeof(first), "%lld", (long long)dims[0]);
		for (int i = digits; i < 21; i++)
			buf[len++] = ' ';
	}
	do
		buf[len++] = ' ';
	while ((10 + len + 1) % 64 != 0);
	buf[len++] = '\n';
	return len;
}

/*
 * Write "buf" to "path": atomically (temporary file + rename) for a new or
 * regular file, but straight into anything else that exists there, so
 * that "-o /dev/null" or a FIFO is written to rather than replaced.
 */
static int write_file(const char *path, const void *buf, size_t len, VitcErr *err)
{
	struct stat st;
	FILE *f;

	if (stat(path, &st) != 0 || S_ISREG(st.st_mode))
		return file_write_atomic(path, buf, len, err);
	if (S_ISDIR(st.st_mode))
		return vitc_errf(err, "%s: is a directory", path);
	f = fopen(path, "wb");
	if (!f)
		return vitc_errf(err, "%s: cannot open for writing: %s", path, strerror(errno));
	if (fwrite(buf, 1, len, f) != len) {
		fclose(f);
		return vitc_errf(err, "%s: write error: %s", path, strerror(errno));
	}
	if (fclose(f) != 0)
		return vitc_errf(err, "%s: write error: %s", path, strerror(errno));
	return 0;
}

int npy_write(const char *path, int32_t dtype, int rank, const int64_t *dims,
              const void *data, size_t nbytes, VitcErr *err)
{
	NpyArray a = {.dtype = dtype, .rank = rank};
	char hdr[1024], descr[8];
	uint64_t need;
	size_t hlen;
	int size = npy_itemsize(dtype);
	unsigned char *buf;

	if (!size)
		return vitc_errf(err, "%s: dtype %d has no .npy equivalent", path, (int)dtype);
	if (rank < 0 || rank > VITRT_MAX_RANK)
		return vitc_errf(err, "%s: rank %d is out of range", path, rank);
	for (int i = 0; i < rank; i++) {
		if (dims[i] < 0)
			return vitc_errf(err, "%s: negative dim %lld", path, (long long)dims[i]);
		a.dims[i] = dims[i];
	}
	if (array_bytes(&a, &need) != 0 || need != nbytes)
		return vitc_errf(err, "%s: %zu data bytes do not match the shape", path, nbytes);
	for (size_t i = 0; i < N_TYPES; i++)
		if (npy_types[i].dtype == dtype)
			snprintf(descr, sizeof(descr), "%c%s", size == 1 ? '|' : '<', npy_types[i].code);
	hlen = make_header(hdr, sizeof(hdr), descr, rank, dims);
	buf = malloc(10 + hlen + nbytes);
	if (!buf)
		return vitc_errf(err, "%s: out of memory", path);
	memcpy(buf, "\x93NUMPY\x01\x00", 8);
	buf[8] = (unsigned char)(hlen & 0xff);
	buf[9] = (unsigned char)(hlen >> 8);
	memcpy(buf + 10, hdr, hlen);
	if (nbytes)
		memcpy(buf + 10 + hlen, data, nbytes);
	int rc = write_file(path, buf, 10 + hlen + nbytes, err);
	free(buf);
	return rc;
}
