/*
 * dtypes.h - the element types of vitc tensors, as an X-macro table.
 *
 * DT(enum suffix, graph name, safetensors storage name, bits per element)
 * Sub-byte types (i4, b1) are stored as flat U8 byte arrays; see docs/graph-format.md.
 */
DT(F32,  "f32",  "F32", 32)
DT(F16,  "f16",  "F16", 16)
DT(I64,  "i64",  "I64", 64)
DT(I32,  "i32",  "I32", 32)
DT(I16,  "i16",  "I16", 16)
DT(I8,   "i8",   "I8",  8)
DT(U8,   "u8",   "U8",  8)
DT(I4,   "i4",   "U8",  4)
DT(B1,   "b1",   "U8",  1)
DT(POT5, "pot5", "U8",  8)
