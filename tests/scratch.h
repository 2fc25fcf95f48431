/*
 * scratch.h - a per-test scratch directory and writing files into it,
 * shared by the Check suites check_npy.c and check_runtime.c.  Call
 * make_tmpdir() at the start of a test and remove_tmpdir() at its end.
 */
#ifndef VITC_SCRATCH_H
#define VITC_SCRATCH_H

#include <check.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A scratch directory for one test (each test runs in its own process). */
static char tmpdir[64];

static void make_tmpdir(void)
{
	strcpy(tmpdir, "/tmp/vitrt-check-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void remove_tmpdir(void)
{
	DIR *d = opendir(tmpdir);
	struct dirent *e;
	char path[512];

	if (!d)
		return;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			snprintf(path, sizeof(path), "%s/%s", tmpdir, e->d_name);
			unlink(path);
		}
	closedir(d);
	rmdir(tmpdir);
}

static void tmp_path(char *buf, size_t cap, const char *name)
{
	snprintf(buf, cap, "%s/%s", tmpdir, name);
}

static void write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	fclose(f);
}

/* One f32 tensor of a safetensors file: its shape as JSON text ("[2, 3]"). */
typedef struct {
	const char *name;
	const char *shape;
	int64_t numel;
	const float *data;
} ScratchF32;

/* Write the tensors "w" as the F32 safetensors file tmpdir/"name". */
static inline void write_f32_safetensors(const char *name, const ScratchF32 *w, int nw)
{
	char hdr[4096], path[256];
	size_t n = (size_t)snprintf(hdr, sizeof(hdr), "{");
	uint64_t off = 0;

	for (int i = 0; i < nw; i++) {
		uint64_t bytes = (uint64_t)w[i].numel * 4;
		n += (size_t)snprintf(hdr + n, sizeof(hdr) - n,
		                      "%s\"%s\": {\"dtype\": \"F32\", \"shape\": %s, "
		                      "\"data_offsets\": [%llu, %llu]}", i ? ", " : "", w[i].name,
		                      w[i].shape, (unsigned long long)off,
		                      (unsigned long long)(off + bytes));
		off += bytes;
	}
	n += (size_t)snprintf(hdr + n, sizeof(hdr) - n, "}");
	ck_assert_uint_lt(n, sizeof(hdr));
	tmp_path(path, sizeof(path), name);
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	uint64_t hl = n;
	ck_assert_uint_eq(fwrite(&hl, 8, 1, f), 1);
	ck_assert_uint_eq(fwrite(hdr, 1, n, f), n);
	for (int i = 0; i < nw; i++)
		ck_assert_uint_eq(fwrite(w[i].data, 4, (size_t)w[i].numel, f), (size_t)w[i].numel);
	fclose(f);
}

#endif
