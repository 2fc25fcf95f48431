/*
 * npy.h - NumPy .npy files (format versions 1.0, 2.0 and 3.0), for the
 * inputs and outputs of `vitc run`.
 *
 * Only what a model can consume is accepted: little-endian (or one-byte)
 * f32, f16, i64, i32, i16, i8 and u8, C order, rank <= VITRT_MAX_RANK.
 * Everything else, and any inconsistency between the header and the
 * file size, is an error with a one-line message naming the file.
 */
#ifndef VITC_NPY_H
#define VITC_NPY_H

#include <stddef.h>
#include <stdint.h>

#include "ir/util.h"
#include "runtime/vitrt_abi.h"

/* Longest header we read; numpy itself refuses headers over 10000 bytes. */
#define NPY_MAX_HEADER 65536

typedef struct {
	int32_t dtype;                 /* VITRT_F32, ... */
	int rank;
	int64_t dims[VITRT_MAX_RANK];
	void *data;                    /* 64-byte aligned, owned; never NULL after a read */
	size_t nbytes;
} NpyArray;

/* Read "path" into "out" (free with npy_free). */
int npy_read(const char *path, NpyArray *out, VitcErr *err);
void npy_free(NpyArray *a);

/*
 * Write "nbytes" of "data" as an array of "dtype" and shape "dims" to
 * "path": atomically when it is a regular file (or absent), straight into
 * a device or FIFO.  nbytes must equal the shape's size.
 */
int npy_write(const char *path, int32_t dtype, int rank, const int64_t *dims,
              const void *data, size_t nbytes, VitcErr *err);

/* Bytes per element of "dtype" in a .npy file; 0 when .npy has no such type. */
int npy_itemsize(int32_t dtype);

/* "[1,3,224,224]" into "buf"; a dim of VITRT_DIM_N prints as N. */
void npy_format_shape(char *buf, size_t cap, int rank, const int64_t *dims);

#endif
