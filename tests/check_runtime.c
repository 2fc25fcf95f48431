/*
 * check_runtime.c - libvitrt against hand-written fake models
 * (tests/fake_model.c, tests/fake_pfor.c): loading and its refusals,
 * exact results over thread counts and batches, parallel_for coverage,
 * and concurrent contexts.
 */
#include <check.h>
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/vitrt.h"

#include "runtime/vitrt_abi.h"
#include "runtime/vitrt_debug.h"
#include "scratch.h"

/*
 * The fake models, sealed as vitc seals what it writes (vitrt_abi.h), in a
 * directory made once by main(); FAKE_RAW is the unsealed build output.
 */
#define FAKE_RAW(name) TEST_BUILDDIR "/tests/.libs/" name ".so"
static char fake_dir[64];
static const char *const fake_names[] = {
	"fake_model", "fake_badmagic", "fake_abi7", "fake_cuda", "fake_nosym", "fake_pfor", NULL,
};

static const char *FAKE(const char *name)
{
	static char bufs[4][256];
	static int k;
	char *p = bufs[k++ & 3];
	snprintf(p, sizeof(bufs[0]), "%s/%s.so", fake_dir, name);
	return p;
}

/* Append the seal to "path" (as backends/module.c does). */
static void seal_file(const char *path)
{
	static unsigned char buf[1 << 22];
	unsigned char seal[VITRT_SEAL_SIZE];
	FILE *f = fopen(path, "r+b");
	size_t n;

	if (!f || (n = fread(buf, 1, sizeof(buf), f)) == sizeof(buf))
		abort();
	vitrt_seal_encode(seal, vitrt_seal_update(vitrt_seal_init(), buf, n), n);
	if (fwrite(seal, 1, sizeof(seal), f) != sizeof(seal) || fclose(f) != 0)
		abort();
}

static void make_fakes(void)
{
	const char *t = getenv("TMPDIR");
	snprintf(fake_dir, sizeof(fake_dir), "%s/vitc-fakes-XXXXXX", t && *t ? t : "/tmp");
	if (!mkdtemp(fake_dir))
		abort();
	for (int i = 0; fake_names[i]; i++) {
		char raw[512];
		snprintf(raw, sizeof(raw), "%s/tests/.libs/%s.so", TEST_BUILDDIR, fake_names[i]);
		static unsigned char buf[1 << 22];
		FILE *in = fopen(raw, "rb"), *out = fopen(FAKE(fake_names[i]), "wb");
		size_t n = in ? fread(buf, 1, sizeof(buf), in) : 0;
		if (!in || !out || n == 0 || n == sizeof(buf) || fwrite(buf, 1, n, out) != n)
			abort();
		fclose(in);
		if (fclose(out) != 0)
			abort();
		seal_file(FAKE(fake_names[i]));
	}
}

static void remove_fakes(void)
{
	for (int i = 0; fake_names[i]; i++)
		unlink(FAKE(fake_names[i]));
	rmdir(fake_dir);
}

static void copy_file(const char *from, const char *to)
{
	static char buf[1 << 20];
	FILE *f = fopen(from, "rb");
	size_t n;

	ck_assert_ptr_nonnull(f);
	n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	ck_assert_uint_lt(n, sizeof(buf));
	write_file(to, buf, n);
}

/* Overwrite the byte at "offset" of "path". */
static void patch_file(const char *path, long offset, unsigned char byte)
{
	FILE *f = fopen(path, "r+b");

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fseek(f, offset, SEEK_SET), 0);
	ck_assert_int_eq(fputc(byte, f), byte);
	fclose(f);
}

/* Assert the status of a load and a substring of its one-line message. */
static void expect_load_error(const char *path, vitrt_status want, const char *msg)
{
	VitrtModel *m = (VitrtModel *)1;
	vitrt_status s = vitrt_model_load(path, &m);

	ck_assert_msg(s == want, "%s: status %d (%s), want %d", path, s, vitrt_last_error(), want);
	ck_assert_ptr_null(m);
	ck_assert_msg(strstr(vitrt_last_error(), msg), "message '%s' lacks '%s'",
	              vitrt_last_error(), msg);
	ck_assert_ptr_null(strchr(vitrt_last_error(), '\n'));
}

static VitrtModel *load(const char *path)
{
	VitrtModel *m = NULL;

	ck_assert_msg(vitrt_model_load(path, &m) == VITRT_OK, "%s", vitrt_last_error());
	ck_assert_ptr_nonnull(m);
	return m;
}

/* ---- the fake model: exact results ---- */

#define MAXB 8

static void fill_x(float *x, int batch, int seed)
{
	for (int i = 0; i < 4 * batch; i++)
		x[i] = (float)((i * 7 + seed * 3) % 13 - 6) + 0.5f * (float)(i % 2);
}

/* The fake model's function, computed here (exact for these inputs). */
static void reference(const float *x, int batch, float *y, float *sum)
{
	for (int n = 0; n < batch; n++) {
		const float *r = x + 4 * n;
		y[2 * n] = r[0] + 2 * r[1] + -r[2] + r[3] / 2;
		y[2 * n + 1] = r[0] * r[3] - r[1];
		sum[n] = r[0] + r[1] + r[2] + r[3];
	}
}

/* Run "c" on batch "batch" of pattern "seed" and compare exactly. */
static void run_and_check(VitrtContext *c, int batch, int seed)
{
	float x[4 * MAXB], y[2 * MAXB], sum[MAXB], ry[2 * MAXB], rsum[MAXB];

	fill_x(x, batch, seed);
	memset(y, 0xff, sizeof(y));
	memset(sum, 0xff, sizeof(sum));
	ck_assert_msg(vitrt_run(c, batch, (const void *const[]){x}, (void *const[]){y, sum}) ==
	              VITRT_OK, "%s", vitrt_last_error());
	reference(x, batch, ry, rsum);
	ck_assert(memcmp(y, ry, 2 * sizeof(float) * batch) == 0);
	ck_assert(memcmp(sum, rsum, sizeof(float) * batch) == 0);
}

START_TEST(test_model_info)
{
	VitrtModel *m = load(FAKE("fake_model"));
	const vitrt_tensor_info *x = vitrt_model_input(m, 0), *s = vitrt_model_output(m, 1);

	ck_assert_int_eq(vitrt_model_num_inputs(m), 1);
	ck_assert_int_eq(vitrt_model_num_outputs(m), 2);
	ck_assert_str_eq(x->name, "x");
	ck_assert_int_eq(x->dims[0], VITRT_DIM_N);
	ck_assert_str_eq(s->name, "sum/total");
	ck_assert_ptr_null(vitrt_model_input(m, 1));
	ck_assert_ptr_null(vitrt_model_output(m, -1));
	ck_assert_int_eq(vitrt_model_find_input(m, "x"), 0);
	ck_assert_int_eq(vitrt_model_find_input(m, "y"), -1);
	ck_assert_int_eq(vitrt_model_find_output(m, "sum/total"), 1);
	ck_assert_str_eq(vitrt_model_target(m), "x86_64");
	ck_assert_str_eq(vitrt_model_descriptor(m)->vitc_version, "fake");
	ck_assert_uint_eq(vitrt_tensor_bytes(x, 5), 80);
	ck_assert_uint_eq(vitrt_tensor_bytes(x, 0), 0);
	ck_assert_str_eq(vitrt_dtype_name(VITRT_I4), "i4");
	ck_assert_str_eq(vitrt_dtype_name(99), "?");
	ck_assert_int_eq(vitrt_dtype_bits(VITRT_B1), 1);
	vitrt_model_free(m);
}
END_TEST

START_TEST(test_tensor_bytes)
{
	vitrt_tensor_info b1 = {"b", VITRT_B1, 2, {VITRT_DIM_N, 13}};
	vitrt_tensor_info i4 = {"q", VITRT_I4, 1, {3}};
	vitrt_tensor_info big = {"big", VITRT_F32, 3, {VITRT_DIM_N, 1LL << 31, 1LL << 30}};

	ck_assert_uint_eq(vitrt_tensor_bytes(&b1, 3), 5);  /* 39 bits */
	ck_assert_uint_eq(vitrt_tensor_bytes(&i4, 1), 2);
	ck_assert_uint_eq(vitrt_tensor_bytes(&big, 1), 1ULL << 63);
	ck_assert_uint_eq(vitrt_tensor_bytes(&big, 2), 0);
}
END_TEST

START_TEST(test_run_exact)
{
	static const int threads[] = {1, 3}, batches[] = {1, 5, 1, 5, 8};
	VitrtModel *m = load(FAKE("fake_model"));

	for (int t = 0; t < 2; t++) {
		VitrtContext *c = vitrt_context_create(m, threads[t]);
		ck_assert_ptr_nonnull(c);
		ck_assert_int_eq(vitrt_context_threads(c), threads[t]);
		for (int b = 0; b < 5; b++)
			run_and_check(c, batches[b], b);
		vitrt_context_free(c);
	}
	vitrt_model_free(m);
}
END_TEST

/* What the kernel hook saw. */
typedef struct {
	int n, phases[4];
	int64_t batch;
	void *ws;
	void *const *outputs;
	char name[16];
} HookLog;

/* Log the event; after the kernel, overwrite y[0] (a tool syncing buffers). */
static void log_hook(void *user, const vitrt_kernel_event *ev)
{
	HookLog *h = user;
	if (h->n < 4)
		h->phases[h->n] = ev->kernel * 10 + ev->phase;
	h->n++;
	h->batch = ev->batch;
	h->ws = ev->workspace;
	h->outputs = ev->outputs;
	snprintf(h->name, sizeof(h->name), "%s", ev->name);
	if (ev->phase == 1)
		((float *)ev->outputs[0])[0] = 1234.5f;
}

/*
 * vitrt_context_set_kernel_hook (vitrt_debug.h): called before and after
 * each kernel with the run's memory, writes through it stick; profiling
 * turns it off, NULL turns it off, a NULL context is refused.
 */
START_TEST(test_kernel_hook)
{
	VitrtModel *m = load(FAKE("fake_model"));
	VitrtContext *c = vitrt_context_create(m, 2);
	HookLog h = {0};
	float x[3 * 4] = {1, 2, 3, 4}, y[3 * 2], sum[3];
	const void *in[1] = {x};
	void *out[2] = {y, sum};

	ck_assert_int_eq(vitrt_context_set_kernel_hook(NULL, log_hook, &h), VITRT_ERR_ARG);
	ck_assert_int_eq(vitrt_context_set_kernel_hook(c, log_hook, &h), VITRT_OK);
	ck_assert_int_eq(vitrt_run(c, 3, in, out), VITRT_OK);
	ck_assert_int_eq(h.n, 2);
	ck_assert_int_eq(h.phases[0], 0);
	ck_assert_int_eq(h.phases[1], 1);
	ck_assert_str_eq(h.name, "rows");
	ck_assert_int_eq(h.batch, 3);
	ck_assert_ptr_nonnull(h.ws);
	ck_assert_int_eq((uintptr_t)h.ws % 64, 0);
	ck_assert_ptr_eq(h.outputs[0], y);
	ck_assert_float_eq(y[0], 1234.5f);
	ck_assert_float_eq(y[1], 1 * 4 - 2);
	ck_assert_int_eq(vitrt_context_set_profiling(c, 1), VITRT_OK);
	ck_assert_int_eq(vitrt_run(c, 3, in, out), VITRT_OK);
	ck_assert_int_eq(h.n, 2);
	ck_assert_float_eq(y[0], 1 + 4 - 3 + 2);
	ck_assert_int_eq(vitrt_context_set_kernel_hook(c, log_hook, &h), VITRT_OK);
	ck_assert_int_eq(vitrt_context_set_kernel_hook(c, NULL, NULL), VITRT_OK);
	ck_assert_int_eq(vitrt_run(c, 1, in, out), VITRT_OK);
	ck_assert_int_eq(h.n, 2);
	vitrt_context_free(c);
	vitrt_model_free(m);
}
END_TEST

START_TEST(test_context_default_threads)
{
	VitrtModel *m = load(FAKE("fake_model"));
	VitrtContext *c = vitrt_context_create(m, 0);

	ck_assert_ptr_nonnull(c);
	ck_assert_int_ge(vitrt_context_threads(c), 1);
	run_and_check(c, 3, 1);
	vitrt_context_free(c);
	vitrt_model_free(m);
}
END_TEST

/* A context keeps its model loaded after vitrt_model_free. */
START_TEST(test_model_outlives_free)
{
	VitrtModel *m = load(FAKE("fake_model"));
	VitrtContext *c = vitrt_context_create(m, 2);

	vitrt_model_free(m);
	run_and_check(c, 4, 2);
	vitrt_context_free(c);
}
END_TEST

/* ---- parallel_for, through fake_pfor ---- */

typedef struct {
	int32_t hits[1024];
	int64_t info[5];
} Probe;

static vitrt_status probe(VitrtContext *c, int64_t n, int64_t nested, int64_t status,
                          Probe *p)
{
	int64_t cfg[3] = {n, nested, status};

	return vitrt_run(c, 1, (const void *const[]){cfg}, (void *const[]){p->hits, p->info});
}

/* Every index in [0, n) exactly "times" times; chunks balanced. */
static void check_probe(const Probe *p, int64_t n, int threads, int times)
{
	int64_t k = n < threads ? n : threads;

	for (int i = 0; i < 1024; i++)
		ck_assert_msg(p->hits[i] == (i < n ? times : 0), "n=%lld T=%d: hits[%d] = %d",
		              (long long)n, threads, i, p->hits[i]);
	ck_assert_int_eq(p->info[3], 0);
	ck_assert_int_eq(p->info[4], threads);
	if (n > 0 && times == 1) {
		ck_assert_int_eq(p->info[0], k);
		ck_assert_int_le(p->info[2] - p->info[1], 1);
		ck_assert_int_eq(p->info[1], n / k);
	}
	if (n == 0)
		ck_assert_int_eq(p->info[0], 0);
}

START_TEST(test_parallel_for_cover)
{
	static const int threads[] = {1, 2, 3, 4, 8, 13};
	static const int64_t ns[] = {0, 1, 7, 1000, 13, 2};
	VitrtModel *m = load(FAKE("fake_pfor"));
	Probe p;

	for (size_t t = 0; t < sizeof(threads) / sizeof(threads[0]); t++) {
		VitrtContext *c = vitrt_context_create(m, threads[t]);
		ck_assert_ptr_nonnull(c);
		for (int rep = 0; rep < 3; rep++)
			for (size_t i = 0; i < sizeof(ns) / sizeof(ns[0]); i++) {
				ck_assert_int_eq(probe(c, ns[i], 0, 0, &p), VITRT_OK);
				check_probe(&p, ns[i], threads[t], 1);
			}
		vitrt_context_free(c);
	}
	vitrt_model_free(m);
}
END_TEST

START_TEST(test_parallel_for_nested)
{
	VitrtModel *m = load(FAKE("fake_pfor"));
	VitrtContext *c = vitrt_context_create(m, 3);
	Probe p;

	ck_assert_int_eq(probe(c, 7, 1, 0, &p), VITRT_OK);
	check_probe(&p, 7, 3, 3);
	ck_assert_int_eq(probe(c, 100, 0, 0, &p), VITRT_OK);
	check_probe(&p, 100, 3, 1);
	vitrt_context_free(c);
	vitrt_model_free(m);
}
END_TEST

/* Many short jobs back to back: the pool hand-over must never lose one. */
START_TEST(test_parallel_for_reuse)
{
	VitrtModel *m = load(FAKE("fake_pfor"));
	VitrtContext *c = vitrt_context_create(m, 4);
	Probe p;

	for (int i = 0; i < 3000; i++) {
		int64_t n = 1 + i % 9;
		ck_assert_int_eq(probe(c, n, 0, 0, &p), VITRT_OK);
		check_probe(&p, n, 4, 1);
		if (i % 1000 == 999)
			usleep(2000);  /* let the workers fall asleep */
	}
	vitrt_context_free(c);
	vitrt_model_free(m);
}
END_TEST

START_TEST(test_run_failure)
{
	VitrtModel *m = load(FAKE("fake_pfor"));
	VitrtContext *c = vitrt_context_create(m, 2);
	Probe p;

	ck_assert_int_eq(probe(c, 5, 0, 5, &p), VITRT_ERR_RUN);
	ck_assert_ptr_nonnull(strstr(vitrt_last_error(), "failed with status 5"));
	ck_assert_int_eq(probe(c, 5, 0, 0, &p), VITRT_OK);
	vitrt_context_free(c);
	vitrt_model_free(m);
}
END_TEST

/* ---- refusals ---- */

START_TEST(test_err_missing_file)
{
	expect_load_error("/nonexistent/dir/model.so", VITRT_ERR_IO,
	                  "/nonexistent/dir/model.so: cannot open: No such file");
	expect_load_error("/tmp", VITRT_ERR_IO, "/tmp: not a regular file");
	expect_load_error(NULL, VITRT_ERR_ARG, "NULL");
}
END_TEST

START_TEST(test_err_not_elf)
{
	char path[256];

	make_tmpdir();
	tmp_path(path, sizeof(path), "text.so");
	write_file(path, "this is not a shared object\n", 28);
	expect_load_error(path, VITRT_ERR_FORMAT, path);
	tmp_path(path, sizeof(path), "empty.so");
	write_file(path, "", 0);
	expect_load_error(path, VITRT_ERR_FORMAT, "empty.so: invalid ELF header");
	tmp_path(path, sizeof(path), "arm.so");
	copy_file(FAKE("fake_model"), path);
	patch_file(path, 18, 183);  /* e_machine = EM_AARCH64 */
	expect_load_error(path, VITRT_ERR_FORMAT, "arm.so: shared object for machine 183 (aarch64)");
	tmp_path(path, sizeof(path), "elf32.so");
	copy_file(FAKE("fake_model"), path);
	patch_file(path, 4, 1);  /* EI_CLASS = ELFCLASS32 */
	expect_load_error(path, VITRT_ERR_FORMAT, "elf32.so: not a 64-bit little-endian ELF");
	remove_tmpdir();
}
END_TEST

START_TEST(test_err_no_symbol)
{
	expect_load_error(FAKE("fake_nosym"), VITRT_ERR_FORMAT,
	                  "fake_nosym.so: not a vitc model (no vitc_model_v1 symbol)");
	expect_load_error(TEST_BUILDDIR "/.libs/libvitrt.so", VITRT_ERR_FORMAT,
	                  "not a vitc model: no vitc seal at its end");
}
END_TEST

/*
 * The seal: an unsealed object, any changed byte, a truncation and a
 * changed seal are all refused before dlopen (issue 8, #2).
 */
START_TEST(test_err_seal)
{
	char path[256];
	long size;
	FILE *f;

	expect_load_error(FAKE_RAW("fake_model"), VITRT_ERR_FORMAT,
	                  "fake_model.so: not a vitc model: no vitc seal at its end");
	make_tmpdir();
	tmp_path(path, sizeof(path), "m.so");
	copy_file(FAKE("fake_model"), path);
	f = fopen(path, "rb");
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fclose(f);
	long where[] = {100, size / 2, size - VITRT_SEAL_SIZE - 1};
	for (int i = 0; i < 3; i++) {
		copy_file(FAKE("fake_model"), path);
		patch_file(path, where[i], 0xA5);
		expect_load_error(path, VITRT_ERR_FORMAT, "m.so: damaged model: checksum mismatch");
	}
	copy_file(FAKE("fake_model"), path);
	patch_file(path, size - 8, 9); /* the seal's version */
	expect_load_error(path, VITRT_ERR_FORMAT, "vitc seal version 9, this runtime reads 1");
	copy_file(FAKE("fake_model"), path);
	patch_file(path, size - 24, 1); /* the seal's body size */
	expect_load_error(path, VITRT_ERR_FORMAT, "the seal covers");
	/* Cut off in the middle: the end is not a seal any more. */
	copy_file(FAKE("fake_model"), path);
	ck_assert_int_eq(truncate(path, size / 2), 0);
	expect_load_error(path, VITRT_ERR_FORMAT, "no vitc seal at its end");
	remove_tmpdir();
}
END_TEST

START_TEST(test_err_descriptor)
{
	expect_load_error(FAKE("fake_badmagic"), VITRT_ERR_FORMAT,
	                  "not a vitc model (bad magic 0x12345678)");
	expect_load_error(FAKE("fake_abi7"), VITRT_ERR_ABI,
	                  "fake_abi7.so: built for runtime ABI 7, this libvitrt supports 2");
	expect_load_error(FAKE("fake_cuda"), VITRT_ERR_CPU,
	                  "target 'cuda' not supported by this runtime build");
}
END_TEST

START_TEST(test_err_unknown_feature)
{
	setenv("FAKE_MODEL_FEATURES", "avx2,avx512_nonexistent_feature", 1);
	expect_load_error(FAKE("fake_model"), VITRT_ERR_CPU,
	                  "unknown CPU feature 'avx512_nonexistent_feature'");
}
END_TEST

/* Features no current x86 CPU has (AMD dropped them with Zen). */
START_TEST(test_err_absent_feature)
{
	static const char *const rare[] = {"xop", "fma4", "tbm", "lwp", "3dnow"};
	int refused = 0;

	for (size_t i = 0; i < sizeof(rare) / sizeof(rare[0]); i++) {
		VitrtModel *m = NULL;
		char want[128];
		setenv("FAKE_MODEL_FEATURES", rare[i], 1);
		if (vitrt_model_load(FAKE("fake_model"), &m) == VITRT_OK) {
			vitrt_model_free(m);
			continue;
		}
		snprintf(want, sizeof(want), "needs CPU feature '%s', which this CPU lacks", rare[i]);
		ck_assert_msg(strstr(vitrt_last_error(), want), "%s", vitrt_last_error());
		refused++;
	}
	ck_assert_int_gt(refused, 0);
}
END_TEST

START_TEST(test_feature_syntax)
{
	VitrtModel *m;

	setenv("FAKE_MODEL_FEATURES", " +sse2, -avx512_whatever ,sse,,", 1);
	m = load(FAKE("fake_model"));
	vitrt_model_free(m);
	setenv("FAKE_MODEL_FEATURES", "", 1);
	m = load(FAKE("fake_model"));
	vitrt_model_free(m);
}
END_TEST

/* The CPUID table agrees with the kernel's view in /proc/cpuinfo. */
START_TEST(test_features_match_cpuinfo)
{
	static const char *const map[][2] = {
		{"sse4.2", "sse4_2"}, {"avx", "avx"}, {"avx2", "avx2"}, {"fma", "fma"},
		{"f16c", "f16c"}, {"bmi", "bmi1"}, {"bmi2", "bmi2"}, {"popcnt", "popcnt"},
		{"avx512f", "avx512f"}, {"avx512bw", "avx512bw"}, {"avx512vl", "avx512vl"},
		{"avx512vnni", "avx512_vnni"}, {"avx512bf16", "avx512_bf16"},
		{"avx512fp16", "avx512_fp16"}, {"avx512vpopcntdq", "avx512_vpopcntdq"},
		{"sha", "sha_ni"}, {"gfni", "gfni"}, {"lzcnt", "abm"}, {"sse4a", "sse4a"},
	};
	static char info[1 << 16];
	char flags[8192], key[64], *line;
	const char *preload = getenv("LD_PRELOAD");
	FILE *f;
	size_t n;

	if (preload && strstr(preload, "vgpreload"))
		return;  /* valgrind's synthetic CPU has no AVX-512 */
	f = fopen("/proc/cpuinfo", "r");
	if (!f)
		return;
	n = fread(info, 1, sizeof(info) - 1, f);
	fclose(f);
	info[n] = 0;
	line = strstr(info, "\nflags");
	if (!line || sscanf(line, "\nflags : %8191[^\n]", flags) != 1)
		return;
	strcat(flags, " ");
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		VitrtModel *m = NULL;
		snprintf(key, sizeof(key), " %s ", map[i][1]);
		int listed = strstr(flags, key) != NULL || !strncmp(flags, key + 1, strlen(key + 1));
		setenv("FAKE_MODEL_FEATURES", map[i][0], 1);
		int ok = vitrt_model_load(FAKE("fake_model"), &m) == VITRT_OK;
		ck_assert_msg(ok == listed, "%s: runtime says %d, /proc/cpuinfo says %d (%s)",
		              map[i][0], ok, listed, vitrt_last_error());
		vitrt_model_free(m);
	}
}
END_TEST

START_TEST(test_err_run_args)
{
	VitrtModel *m = load(FAKE("fake_model"));
	VitrtContext *c = vitrt_context_create(m, 2);
	float x[8], y[4], s[2];

	fill_x(x, 2, 0);
	ck_assert_int_eq(vitrt_run(c, 2, NULL, (void *const[]){y, s}), VITRT_ERR_ARG);
	ck_assert_ptr_nonnull(strstr(vitrt_last_error(), "input array is NULL"));
	ck_assert_int_eq(vitrt_run(c, 2, (const void *const[]){NULL}, (void *const[]){y, s}),
	                 VITRT_ERR_ARG);
	ck_assert_ptr_nonnull(strstr(vitrt_last_error(), "input 0 ('x') is NULL"));
	ck_assert_int_eq(vitrt_run(c, 2, (const void *const[]){x}, (void *const[]){y, NULL}),
	                 VITRT_ERR_ARG);
	ck_assert_ptr_nonnull(strstr(vitrt_last_error(), "output 1 ('sum/total') is NULL"));
	ck_assert_int_eq(vitrt_run(c, 2, (const void *const[]){x}, NULL), VITRT_ERR_ARG);
	ck_assert_int_eq(vitrt_run(c, 0, (const void *const[]){x}, (void *const[]){y, s}),
	                 VITRT_ERR_ARG);
	ck_assert_ptr_nonnull(strstr(vitrt_last_error(), "batch 0 is out of range 1..2147483648"));
	ck_assert_int_eq(vitrt_run(c, -3, (const void *const[]){x}, (void *const[]){y, s}),
	                 VITRT_ERR_ARG);
	ck_assert_int_eq(vitrt_run(c, VITRT_MAX_BATCH + 1, (const void *const[]){x},
	                           (void *const[]){y, s}), VITRT_ERR_ARG);
	ck_assert_int_eq(vitrt_run(NULL, 1, (const void *const[]){x}, (void *const[]){y, s}),
	                 VITRT_ERR_ARG);
	ck_assert_ptr_null(vitrt_context_create(NULL, 1));
	ck_assert_ptr_nonnull(strstr(vitrt_last_error(), "model is NULL"));
	run_and_check(c, 2, 0);
	vitrt_context_free(c);
	vitrt_model_free(m);
	vitrt_context_free(NULL);
	vitrt_model_free(NULL);
}
END_TEST

/*
 * Rebuilding a model at the same path while the old one is loaded must
 * give the new code (dlopen alone would hand back the cached old one).
 */
START_TEST(test_reload_same_path)
{
	VitrtModel *a, *b;
	char path[256];

	make_tmpdir();
	tmp_path(path, sizeof(path), "model.so");
	copy_file(FAKE("fake_model"), path);
	a = load(path);
	copy_file(FAKE("fake_abi7"), path);
	expect_load_error(path, VITRT_ERR_ABI, "built for runtime ABI 7");
	copy_file(FAKE("fake_pfor"), path);
	b = load(path);
	ck_assert_str_eq(vitrt_model_input(b, 0)->name, "cfg");
	ck_assert_str_eq(vitrt_model_input(a, 0)->name, "x");
	vitrt_model_free(a);
	vitrt_model_free(b);
	remove_tmpdir();
}
END_TEST

/* ---- concurrency ---- */

typedef struct {
	VitrtContext *c;
	int64_t *cfg, *info;
	int32_t *hits;
	vitrt_status status;
} Holder;

static void *hold_run(void *arg)
{
	Holder *h = arg;
	h->status = vitrt_run(h->c, 1, (const void *const[]){h->cfg}, (void *const[]){h->hits, h->info});
	return NULL;
}

/*
 * A second vitrt_run on a context that another thread is running is
 * refused with VITRT_ERR_BUSY (sharing it used to give wrong results
 * silently); the first run completes and the context is usable after.
 */
START_TEST(test_context_busy)
{
	VitrtModel *m = load(FAKE("fake_pfor"));
	VitrtContext *c = vitrt_context_create(m, 1);
	static int32_t hits[1024], hits2[1024];
	int64_t cfg[3] = {0, 0, -7777}, info[5] = {0}, cfg2[3] = {4, 0, 0}, info2[5];
	Holder h = {c, cfg, info, hits, VITRT_ERR_RUN};
	pthread_t t;

	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(pthread_create(&t, NULL, hold_run, &h), 0);
	while (!__atomic_load_n(&info[4], __ATOMIC_ACQUIRE))
		;
	ck_assert_int_eq(vitrt_run(c, 1, (const void *const[]){cfg2}, (void *const[]){hits2, info2}),
	                 VITRT_ERR_BUSY);
	ck_assert_ptr_nonnull(strstr(vitrt_last_error(), "the context is in use by another thread"));
	__atomic_store_n(&cfg[1], 1, __ATOMIC_RELEASE);
	ck_assert_int_eq(pthread_join(t, NULL), 0);
	ck_assert_int_eq(h.status, VITRT_OK);
	ck_assert_msg(vitrt_run(c, 1, (const void *const[]){cfg2}, (void *const[]){hits2, info2}) ==
	              VITRT_OK, "%s", vitrt_last_error());
	ck_assert_int_eq(hits2[3], 1);
	vitrt_context_free(c);
	vitrt_model_free(m);
}
END_TEST

typedef struct {
	VitrtModel *model;  /* shared, or NULL: load it in the thread */
	int seed, ok;
	char error[256];
} Worker;

static void *worker(void *arg)
{
	Worker *w = arg;
	VitrtModel *m = w->model;
	float x[12], y[6], s[3], ry[6], rs[3];

	if (!m && vitrt_model_load(FAKE("fake_model"), &m) != VITRT_OK) {
		snprintf(w->error, sizeof(w->error), "%s", vitrt_last_error());
		return NULL;
	}
	VitrtContext *c = vitrt_context_create(m, 2);
	fill_x(x, 3, w->seed);
	reference(x, 3, ry, rs);
	w->ok = c != NULL;
	for (int i = 0; w->ok && i < 50; i++) {
		memset(y, 0, sizeof(y));
		w->ok = vitrt_run(c, 3, (const void *const[]){x}, (void *const[]){y, s}) ==
		        VITRT_OK && !memcmp(y, ry, sizeof(y)) && !memcmp(s, rs, sizeof(s));
	}
	if (!w->ok)
		snprintf(w->error, sizeof(w->error), "seed %d: %s", w->seed, vitrt_last_error());
	vitrt_context_free(c);
	if (!w->model)
		vitrt_model_free(m);
	return NULL;
}

static void run_workers(VitrtModel *shared)
{
	pthread_t t[4];
	Worker w[4];

	for (int i = 0; i < 4; i++) {
		w[i] = (Worker){shared, i, 0, ""};
		ck_assert_int_eq(pthread_create(&t[i], NULL, worker, &w[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		ck_assert_msg(w[i].ok, "%s", w[i].error);
	}
}

START_TEST(test_concurrent_contexts)
{
	VitrtModel *m = load(FAKE("fake_model"));

	run_workers(m);
	vitrt_model_free(m);
	run_workers(NULL);
}
END_TEST

static void *fail_load(void *arg)
{
	VitrtModel *m;

	vitrt_model_load("/nonexistent.so", &m);
	return NULL;
}

START_TEST(test_error_per_thread)
{
	pthread_t t;
	VitrtModel *m;

	setenv("FAKE_MODEL_FEATURES", "no_such_feature", 1);
	ck_assert_int_eq(vitrt_model_load(FAKE("fake_model"), &m), VITRT_ERR_CPU);
	ck_assert_int_eq(pthread_create(&t, NULL, fail_load, NULL), 0);
	pthread_join(t, NULL);
	ck_assert_ptr_nonnull(strstr(vitrt_last_error(), "no_such_feature"));
}
END_TEST

/* Tests may set $FAKE_MODEL_FEATURES; start each from a clean slate. */
static void clear_env(void)
{
	unsetenv("FAKE_MODEL_FEATURES");
}

static Suite *runtime_suite(void)
{
	Suite *s = suite_create("runtime");
	TCase *load = tcase_create("load"), *run = tcase_create("run");
	TCase *conc = tcase_create("concurrency");

	tcase_add_test(load, test_model_info);
	tcase_add_test(load, test_tensor_bytes);
	tcase_add_test(load, test_err_missing_file);
	tcase_add_test(load, test_err_not_elf);
	tcase_add_test(load, test_err_no_symbol);
	tcase_add_test(load, test_err_descriptor);
	tcase_add_test(load, test_err_unknown_feature);
	tcase_add_test(load, test_err_absent_feature);
	tcase_add_test(load, test_feature_syntax);
	tcase_add_test(load, test_features_match_cpuinfo);
	tcase_add_test(load, test_reload_same_path);
	tcase_add_test(load, test_err_seal);
	tcase_add_test(run, test_run_exact);
	tcase_add_test(run, test_context_default_threads);
	tcase_add_test(run, test_model_outlives_free);
	tcase_add_test(run, test_parallel_for_cover);
	tcase_add_test(run, test_parallel_for_nested);
	tcase_add_test(run, test_parallel_for_reuse);
	tcase_add_test(run, test_run_failure);
	tcase_add_test(run, test_kernel_hook);
	tcase_add_test(run, test_err_run_args);
	tcase_add_test(conc, test_concurrent_contexts);
	tcase_add_test(conc, test_context_busy);
	tcase_add_test(conc, test_error_per_thread);
	tcase_add_checked_fixture(load, clear_env, NULL);
	tcase_add_checked_fixture(conc, clear_env, NULL);
	tcase_set_timeout(run, 120);
	tcase_set_timeout(conc, 120);
	suite_add_tcase(s, load);
	suite_add_tcase(s, run);
	suite_add_tcase(s, conc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(runtime_suite());
	int failed;

	make_fakes();
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	remove_fakes();
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
