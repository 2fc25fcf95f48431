/*
 * cache.c - the compile cache: kernel objects keyed by everything that
 * determines their bytes (plan.c builds the key text: the compiler's
 * build and version, the LLVM and isl versions, target machine,
 * optimization level, the function's name and parameters, the kernel key
 * with its schedule).  One file per
 * entry, named by a 128-bit hash of the key, holding
 *   "VITCC001", u64 key length, the key, u64 object length,
 *   u64 checksum of the object (vitrt_seal_*), the object
 * (little-endian).  A read compares the whole key and the checksum, so a
 * hash collision or a damaged file is a miss, never a wrong object.
 * Entries are written to a temporary file in the cache directory and
 * renamed into place, so concurrent compiles only ever see whole entries;
 * a hit refreshes the entry's time, and cg_cache_trim deletes the least
 * recently used entries while the directory is over its size bound.
 * Every failure of the cache itself (no directory, full disk) only means
 * a miss: the compile goes on without it.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "backends/cg.h"
#include "runtime/vitrt_abi.h"

#define CACHE_MAGIC "VITCC001"
#define CACHE_SUFFIX ".vco"
#define CACHE_MAX_ENTRY (1u << 30)

/*
 * Which build of the compiler this is, for the cache keys: the running
 * executable's size, modification time and inode (vitc links the compiler
 * statically).  The version string alone would let a rebuilt vitc with
 * changed code generation, same version, reuse the old build's objects; a
 * new build (or a copy, e.g. `make install`) only costs misses.
 */
static char build_id[80];

static void build_id_init(void)
{
	struct stat sb;

	if (stat("/proc/self/exe", &sb) == 0)
		snprintf(build_id, sizeof(build_id), "%llx-%llx.%09ld-%llx",
		         (unsigned long long)sb.st_size, (unsigned long long)sb.st_mtim.tv_sec,
		         (long)sb.st_mtim.tv_nsec, (unsigned long long)sb.st_ino);
	else
		snprintf(build_id, sizeof(build_id), "unknown");
}

const char *cg_cache_build_id(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, build_id_init);
	return build_id;
}

/* Two independent 64-bit hashes of "s" (FNV-1a, and the seal checksum). */
void cg_cache_digest(const char *s, char out[33])
{
	uint64_t a = 0xcbf29ce484222325ull, b;
	size_t n = strlen(s);

	for (size_t i = 0; i < n; i++)
		a = (a ^ (unsigned char)s[i]) * 0x100000001b3ull;
	b = vitrt_seal_final(vitrt_seal_update(vitrt_seal_init(), s, n), n);
	snprintf(out, 33, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
}

static void entry_path(const char *dir, const char *key, char *path, size_t len)
{
	char h[33];
	cg_cache_digest(key, h);
	snprintf(path, len, "%s/%s%s", dir, h, CACHE_SUFFIX);
}

static void put_u64(unsigned char *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_u64(const unsigned char *p)
{
	uint64_t v = 0;
	for (int i = 0; i < 8; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

static uint64_t obj_sum(const void *obj, uint64_t n)
{
	return vitrt_seal_final(vitrt_seal_update(vitrt_seal_init(), obj, n), n);
}

/*
 * The object cached under "key" in "dir", as a new memory buffer in
 * *obj: 1 on a hit, 0 on a miss (no entry, another key, a damaged one).
 */
int cg_cache_get(const char *dir, const char *key, LLVMMemoryBufferRef *obj)
{
	char path[4096];
	char *buf = NULL;
	size_t len = 0, kl = strlen(key);
	VitcErr err;
	const unsigned char *p;
	uint64_t n;

	entry_path(dir, key, path, sizeof(path));
	if (access(path, R_OK) || file_read_all(path, CACHE_MAX_ENTRY, &buf, &len, &err))
		return 0;
	p = (const unsigned char *)buf;
	if (len < 32 + kl || memcmp(p, CACHE_MAGIC, 8) || get_u64(p + 8) != kl ||
	    memcmp(p + 16, key, kl))
		goto miss;
	p += 16 + kl;
	n = get_u64(p);
	if (n != len - 32 - kl || get_u64(p + 8) != obj_sum(p + 16, n))
		goto miss;
	*obj = LLVMCreateMemoryBufferWithMemoryRangeCopy((const char *)p + 16, n, "cached");
	free(buf);
	utimensat(AT_FDCWD, path, NULL, 0);   /* most recently used */
	return 1;
miss:
	free(buf);
	return 0;
}

/* Store "obj" ("n" bytes) under "key" in "dir": temporary file, then rename. */
void cg_cache_put(const char *dir, const char *key, const void *obj, size_t n)
{
	char path[4096], tmp[4096];
	unsigned char head[16], tail[16];
	size_t kl = strlen(key);
	FILE *f;
	int fd, bad = 0;

	entry_path(dir, key, path, sizeof(path));
	snprintf(tmp, sizeof(tmp), "%s/tmp.XXXXXX", dir);
	if ((fd = mkstemp(tmp)) < 0)
		return;
	if (!(f = fdopen(fd, "wb"))) {
		close(fd);
		unlink(tmp);
		return;
	}
	memcpy(head, CACHE_MAGIC, 8);
	put_u64(head + 8, kl);
	put_u64(tail, n);
	put_u64(tail + 8, obj_sum(obj, n));
	bad |= fwrite(head, 1, 16, f) != 16;
	bad |= fwrite(key, 1, kl, f) != kl;
	bad |= fwrite(tail, 1, 16, f) != 16;
	bad |= fwrite(obj, 1, n, f) != n;
	fchmod(fd, 0644);
	if (fclose(f) || bad || rename(tmp, path))
		unlink(tmp);
}

typedef struct {
	char name[64];
	off_t size;
	struct timespec mtime;
} Entry;

/* Oldest first; equal times by name, so that every process picks the same order. */
static int by_age(const void *a, const void *b)
{
	const Entry *x = a, *y = b;
	if (x->mtime.tv_sec != y->mtime.tv_sec)
		return x->mtime.tv_sec < y->mtime.tv_sec ? -1 : 1;
	if (x->mtime.tv_nsec != y->mtime.tv_nsec)
		return x->mtime.tv_nsec < y->mtime.tv_nsec ? -1 : 1;
	return strcmp(x->name, y->name);
}

/*
 * Keep "dir" at most "max_bytes" of entries: delete the least recently
 * used ones (and temporary files older than an hour, left by a compile
 * that died) until the rest fits.  Concurrent trims may delete the same
 * file; the loser's unlink just fails.
 */
void cg_cache_trim(const char *dir, uint64_t max_bytes)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	Entry *e = NULL;
	int n = 0, cap = 0;
	uint64_t total = 0;
	char path[4096];
	time_t now = time(NULL);

	if (!d)
		return;
	while ((de = readdir(d))) {
		struct stat st;
		size_t len = strlen(de->d_name);
		int tmp = !strncmp(de->d_name, "tmp.", 4);
		if (len >= sizeof(e->name) || (!tmp && (len < 4 ||
		    strcmp(de->d_name + len - 4, CACHE_SUFFIX))))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if (stat(path, &st) || !S_ISREG(st.st_mode))
			continue;
		if (tmp) {
			if (now - st.st_mtime > 3600)
				unlink(path);
			continue;
		}
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			e = xrealloc(e, (size_t)cap * sizeof(*e));
		}
		snprintf(e[n].name, sizeof(e[n].name), "%s", de->d_name);
		e[n].size = st.st_size;
		e[n].mtime = st.st_mtim;
		total += (uint64_t)st.st_size;
		n++;
	}
	closedir(d);
	if (total > max_bytes && n > 0) {
		qsort(e, (size_t)n, sizeof(*e), by_age);
		for (int i = 0; i < n && total > max_bytes; i++) {
			snprintf(path, sizeof(path), "%s/%s", dir, e[i].name);
			unlink(path);
			total -= (uint64_t)e[i].size;
		}
	}
	free(e);
}
