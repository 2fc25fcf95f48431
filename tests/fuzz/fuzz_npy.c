/*
 * fuzz_npy.c - libFuzzer target: the .npy reader (compiler/npy.c), which
 * `vitc run` uses on its input files.
 *
 * The input is written to a file and read with npy_read.  A rejection must
 * carry a one-line message.  An accepted array must be self-consistent
 * (nbytes = itemsize x dims) and survive a round trip: npy_write it, read
 * that back, and get the same dtype, shape and bytes.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/npy.h"
#include "tests/fuzz/fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort with a message: libFuzzer then keeps the input as a crash. */
static void fail(const char *what)
{
	fprintf(stderr, "vitc fuzz_npy: %s\n", what);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char in[4200], out[4200];
	NpyArray a, b;
	VitcErr err;
	uint64_t n;

	if (!in[0]) {
		fuzz_path("in.npy", in, sizeof(in));
		fuzz_path("out.npy", out, sizeof(out));
	}
	fuzz_write(in, data, size);
	err.msg[0] = 0;
	if (npy_read(in, &a, &err) != 0) {
		fuzz_check_msg("npy_read", err.msg);
		return 0;
	}
	if (!a.data || a.rank < 0 || a.rank > VITRT_MAX_RANK || !npy_itemsize(a.dtype))
		fail("npy_read accepted an array it cannot describe");
	n = (uint64_t)npy_itemsize(a.dtype);
	for (int i = 0; i < a.rank; i++) {
		if (a.dims[i] < 0)
			fail("npy_read returned a negative dimension");
		n *= (uint64_t)a.dims[i]; /* npy_read checked this same product */
	}
	if (n != a.nbytes)
		fail("npy_read: nbytes does not match dtype and shape");

	err.msg[0] = 0;
	if (npy_write(out, a.dtype, a.rank, a.dims, a.data, a.nbytes, &err) != 0) {
		fprintf(stderr, "%s\n", err.msg);
		fail("npy_write refused an array npy_read accepted");
	}
	err.msg[0] = 0;
	if (npy_read(out, &b, &err) != 0) {
		fprintf(stderr, "%s\n", err.msg);
		fail("npy_read refused what npy_write wrote");
	}
	if (b.dtype != a.dtype || b.rank != a.rank || b.nbytes != a.nbytes ||
	    memcmp(b.dims, a.dims, sizeof(a.dims[0]) * (size_t)a.rank) != 0 ||
	    (a.nbytes && memcmp(a.data, b.data, a.nbytes) != 0))
		fail("npy round trip changed the array");
	npy_free(&b);
	npy_free(&a);
	return 0;
}
