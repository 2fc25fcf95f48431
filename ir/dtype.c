/*
 * dtype.c - element type names and sizes (table in ir/dtypes.h).
 */
#include <string.h>

#include "ir/ir.h"

static const struct {
	const char *name, *storage;
	int bits;
} dtypes[DT_COUNT] = {
#define DT(e, name, st, bits) {name, st, bits},
#include "ir/dtypes.h"
#undef DT
};

const char *ir_dtype_name(DType t)
{
	return (unsigned)t < DT_COUNT ? dtypes[t].name : "?";
}

const char *ir_dtype_storage_name(DType t)
{
	return (unsigned)t < DT_COUNT ? dtypes[t].storage : "?";
}

int ir_dtype_bits(DType t)
{
	return (unsigned)t < DT_COUNT ? dtypes[t].bits : 0;
}

int ir_dtype_is_subbyte(DType t)
{
	return ir_dtype_bits(t) < 8;
}

int ir_dtype_from_name(const char *name, DType *out)
{
	for (int i = 0; i < DT_COUNT; i++)
		if (strcmp(dtypes[i].name, name) == 0) {
			*out = (DType)i;
			return 0;
		}
	return -1;
}

/*
 * Map a safetensors dtype string to the vitc type that stores it natively
 * (the first table entry whose storage name matches: U8 -> u8, not b1).
 */
int ir_dtype_from_storage_name(const char *name, DType *out)
{
	for (int i = 0; i < DT_COUNT; i++)
		if (strcmp(dtypes[i].storage, name) == 0) {
			*out = (DType)i;
			return 0;
		}
	return -1;
}
