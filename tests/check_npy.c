/*
 * check_npy.c - the .npy reader and writer of `vitc run` (compiler/npy.c):
 * round trips, the header numpy writes, the format versions and spellings
 * numpy produces, and malformed files, each refused with a message.
 */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/npy.h"
#include "scratch.h"

/*
 * Write a .npy file by hand: version "major", header text "dict" padded as
 * numpy pads it, then "data_len" bytes of 0x11.
 */
static void raw_npy(const char *name, int major, const char *dict, size_t data_len)
{
	unsigned char buf[4096];
	size_t pre = major == 1 ? 10 : 12, n = strlen(dict), len;
	char path[256];

	memcpy(buf, "\x93NUMPY", 6);
	buf[6] = (unsigned char)major;
	buf[7] = 0;
	memcpy(buf + pre, dict, n);
	len = pre + n;
	while ((len + 1) % 64)
		buf[len++] = ' ';
	buf[len++] = '\n';
	for (size_t i = 0; i < pre - 8; i++)
		buf[8 + i] = (unsigned char)((len - pre) >> (8 * i));
	memset(buf + len, 0x11, data_len);
	tmp_path(path, sizeof(path), name);
	write_file(path, buf, len + data_len);
}

static void expect_npy_error(const char *name, const char *msg)
{
	char path[256];
	NpyArray a;
	VitcErr err;

	tmp_path(path, sizeof(path), name);
	ck_assert_msg(npy_read(path, &a, &err) != 0, "%s was accepted", name);
	ck_assert_msg(strstr(err.msg, msg), "%s: message '%s' lacks '%s'", name, err.msg, msg);
	ck_assert_ptr_null(a.data);
}

static void expect_npy_ok(const char *name, int32_t dtype, int rank, int64_t d0)
{
	char path[256];
	NpyArray a;
	VitcErr err;

	tmp_path(path, sizeof(path), name);
	ck_assert_msg(npy_read(path, &a, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(a.dtype, dtype);
	ck_assert_int_eq(a.rank, rank);
	if (rank > 0)
		ck_assert_int_eq(a.dims[0], d0);
	ck_assert_uint_eq((uintptr_t)a.data % 64, 0);
	npy_free(&a);
}

START_TEST(test_npy_round_trip)
{
	static const int32_t types[] = {VITRT_F32, VITRT_F16, VITRT_I64, VITRT_I32,
	                                VITRT_I16, VITRT_I8, VITRT_U8};
	static const int64_t shapes[][3] = {{2, 3, 5}, {7, 0, 0}, {0, 3, 0}};
	static const int ranks[] = {3, 1, 2};
	unsigned char data[2 * 3 * 5 * 8], head[128];
	char path[256];
	VitcErr err;
	NpyArray a;
	FILE *f;

	make_tmpdir();
	tmp_path(path, sizeof(path), "a.npy");
	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (unsigned char)(i * 37 + 1);
	for (size_t t = 0; t < sizeof(types) / sizeof(types[0]); t++)
		for (int s = 0; s < 3; s++) {
			size_t n = (size_t)npy_itemsize(types[t]);
			for (int d = 0; d < ranks[s]; d++)
				n *= (size_t)shapes[s][d];
			ck_assert_int_eq(npy_write(path, types[t], ranks[s], shapes[s], data, n, &err), 0);
			ck_assert_msg(npy_read(path, &a, &err) == 0, "%s", err.msg);
			ck_assert_int_eq(a.dtype, types[t]);
			ck_assert_int_eq(a.rank, ranks[s]);
			ck_assert_mem_eq(a.dims, shapes[s], sizeof(int64_t) * (size_t)ranks[s]);
			ck_assert_uint_eq(a.nbytes, n);
			ck_assert(memcmp(a.data, data, n) == 0);
			npy_free(&a);
		}
	/* The exact header numpy writes, data on a 64-byte boundary. */
	ck_assert_int_eq(npy_write(path, VITRT_F32, 2, (int64_t[]){2, 3}, data, 24, &err), 0);
	f = fopen(path, "rb");
	ck_assert_uint_eq(fread(head, 1, 128, f), 128);
	fclose(f);
	ck_assert(memcmp(head, "\x93NUMPY\x01\x00\x76\x00{'descr': '<f4', 'fortran_order': False, "
	                 "'shape': (2, 3), }", 69) == 0);
	ck_assert_int_eq(head[127], '\n');
	ck_assert_int_eq(head[126], ' ');
	/* Scalars and mismatched sizes. */
	ck_assert_int_eq(npy_write(path, VITRT_I32, 0, NULL, data, 4, &err), 0);
	expect_npy_ok("a.npy", VITRT_I32, 0, 0);
	ck_assert_int_ne(npy_write(path, VITRT_F32, 1, (int64_t[]){3}, data, 8, &err), 0);
	ck_assert_int_ne(npy_write(path, VITRT_I4, 1, (int64_t[]){3}, data, 2, &err), 0);
	remove_tmpdir();
}
END_TEST

START_TEST(test_npy_variants)
{
	make_tmpdir();
	raw_npy("v2.npy", 2, "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", 12);
	expect_npy_ok("v2.npy", VITRT_F32, 1, 3);
	raw_npy("v3.npy", 3, "{'descr': '<i8', 'fortran_order': False, 'shape': (1, 2), }", 16);
	expect_npy_ok("v3.npy", VITRT_I64, 2, 1);
	raw_npy("py2.npy", 1, "{'descr': '|u1', 'fortran_order': False, 'shape': (2L, 3L), }", 6);
	expect_npy_ok("py2.npy", VITRT_U8, 2, 2);
	raw_npy("order.npy", 1, "{\"shape\": (4, ), \"fortran_order\": False, \"descr\": \"<i1\"}", 4);
	expect_npy_ok("order.npy", VITRT_I8, 1, 4);
	raw_npy("empty.npy", 1, "{'descr': '<f2', 'fortran_order': False, 'shape': (0, 5), }", 0);
	expect_npy_ok("empty.npy", VITRT_F16, 2, 0);
	remove_tmpdir();
}
END_TEST

START_TEST(test_npy_malformed)
{
	static const struct {
		const char *name, *dict;
		size_t data;
		const char *msg;
	} cases[] = {
		{"fortran", "{'descr': '<f4', 'fortran_order': True, 'shape': (2,), }", 8, "Fortran-order"},
		{"f8", "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", 16, "unsupported .npy dtype '<f8'"},
		{"bigend", "{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", 8, "big-endian"},
		{"object", "{'descr': '|O', 'fortran_order': False, 'shape': (2,), }", 16, "unsupported .npy dtype"},
		{"short", "{'descr': '<f4', 'fortran_order': False, 'shape': (10,), }", 8,
		 "truncated .npy file: shape [10] needs 40 data bytes, the file has 8"},
		{"long", "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", 8, "trailing data"},
		{"noshape", "{'descr': '<f4', 'fortran_order': False, }", 0, "lacks 'shape'"},
		{"extra", "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'foo': 1}", 4,
		 "unexpected key 'foo'"},
		{"dup", "{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (1,)}", 4,
		 "repeats key 'descr'"},
		{"comma", "{'descr': '<f4' 'fortran_order': False, 'shape': (1,)}", 4, "expected ',' or '}'"},
		{"overflow", "{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 4), }",
		 0, "too large"},
		{"digits", "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,), }",
		 0, "shape entry is too large"},
		{"rank9", "{'descr': '<f4', 'fortran_order': False, 'shape': (1,1,1,1,1,1,1,1,1), }", 4,
		 "more than 8 dimensions"},
		{"negative", "{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }", 0, "bad shape entry"},
		{"notuple", "{'descr': '<f4', 'fortran_order': False, 'shape': (3), }", 12, "not a tuple"},
		{"junk", "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), } x", 4, "junk after"},
		{"nobrace", "", 0, "expected '{'"},
		{"bool", "{'descr': '<f4', 'fortran_order': 0, 'shape': (1,), }", 4, "not True or False"},
		{"string", "{'descr': '<f4\\', 'fortran_order': False, 'shape': (1,), }", 4, "bad string"},
	};
	unsigned char bad[18] = "\x93NUMPY\x01\x00\xc8\x00{'descr'";
	char path[256];

	make_tmpdir();
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		raw_npy(cases[i].name, 1, cases[i].dict, cases[i].data);
		expect_npy_error(cases[i].name, cases[i].msg);
	}
	tmp_path(path, sizeof(path), "tiny");
	write_file(path, "\x93NUM", 4);
	expect_npy_error("tiny", "truncated .npy file (no preamble)");
	tmp_path(path, sizeof(path), "magic");
	write_file(path, "\x93NUMPZ\x01\x00\x00\x00", 10);
	expect_npy_error("magic", "not a .npy file (bad magic)");
	tmp_path(path, sizeof(path), "version");
	write_file(path, "\x93NUMPY\x04\x00\x00\x00", 10);
	expect_npy_error("version", "unsupported .npy format version 4.0");
	tmp_path(path, sizeof(path), "hdrcut");
	write_file(path, bad, sizeof(bad));
	expect_npy_error("hdrcut", "truncated .npy file (header of 200 bytes)");
	tmp_path(path, sizeof(path), "hdrlong");
	write_file(path, "\x93NUMPY\x02\x00\xa0\x86\x01\x00{", 13);
	expect_npy_error("hdrlong", "header too long (100000 bytes");
	expect_npy_error("absent", "cannot open");
	remove_tmpdir();
}
END_TEST

static Suite *npy_suite(void)
{
	Suite *s = suite_create("npy");
	TCase *tc = tcase_create("npy");

	tcase_add_test(tc, test_npy_round_trip);
	tcase_add_test(tc, test_npy_variants);
	tcase_add_test(tc, test_npy_malformed);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(npy_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
