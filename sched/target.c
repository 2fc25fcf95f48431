/*
 * sched/target.c - the machine description the schedule layer sees, and
 * the default schedule templates parameterized by it (sched/target.h).
 */
#include <stdio.h>
#include <string.h>

#include "ir/ir.h"
#include "sched/target.h"

void sch_target_default(SchTarget *t)
{
	memset(t, 0, sizeof(*t));
	snprintf(t->cpu, sizeof(t->cpu), "x86-64");
	t->vector_bits = 128;
	t->f32_lanes = 4;
	t->vector_regs = 16;
}

char *sch_target_describe(const SchTarget *t, Arena *a)
{
	char cache[96] = "caches unknown";

	if (t->l1d_bytes || t->l2_bytes)
		snprintf(cache, sizeof(cache), "L1d %lld KiB, L2 %lld KiB (%s)",
		         (long long)(t->l1d_bytes >> 10), (long long)(t->l2_bytes >> 10),
		         t->cache_from_host ? "this machine" : "assumed");
	return arena_printf(a, "%s: %d-bit vectors (%d f32 lanes), %d vector registers%s%s%s%s; %s",
	                    t->cpu, t->vector_bits, t->f32_lanes, t->vector_regs,
	                    t->fma ? ", fma" : "", t->avx512 ? ", avx512" : "",
	                    t->vnni ? ", vnni" : "", t->vpopcntdq ? ", vpopcntdq" : "", cache);
}

/*
 * R x V accumulators plus V weight vectors and one broadcast must fit the
 * register file.  32 registers (AVX-512): 4 x 4 = 16 accumulators, the
 * tile measured best on Zen 4 (4 x 6 and 8 x 3 were no faster).  16
 * registers (AVX2, SSE): 4 x 3 = 12 accumulators + 3 + 1 = 16; the old
 * 4 x 64-column tile needed 32 ymm accumulators there and spilled: DeiT-Tiny
 * for znver2 ran 82 ms against 45 ms with this tile (Zen 4, 1 thread).
 */
SchMatmulTile sch_matmul_tile(const SchTarget *t)
{
	SchMatmulTile m = {.rows = 4, .vectors = 4, .lanes = t->f32_lanes > 0 ? t->f32_lanes : 4};

	if (t->vector_regs < 32)
		m.vectors = 3;
	return m;
}

const char *sch_template_matmul(const SchTarget *t, Arena *a, int64_t M, int64_t P)
{
	SchMatmulTile m = sch_matmul_tile(t);
	int R = m.rows, L = m.lanes, J = m.vectors * m.lanes;
	int tile_i = M != IR_DIM_N && M >= R;

	if (P >= J && tile_i)
		return arena_printf(a, "split(i,%d); split(j,%d); reorder(k,j.o); reorder(i.i,j.o); "
		                    "reorder(i.i,k); split(j.i,%d); unroll(i.i); unroll(j.i.o); "
		                    "vectorize(j.i.i); parallel(i.o)", R, J, L);
	if (P >= J)
		return arena_printf(a, "split(j,%d); reorder(k,j.o); split(j.i,%d); unroll(j.i.o); "
		                    "vectorize(j.i.i); parallel(j.o)", J, L);
	if (P >= L && tile_i)
		return arena_printf(a, "split(i,%d); split(j,%d); reorder(k,j.o); reorder(i.i,j.o); "
		                    "reorder(i.i,k); unroll(i.i); vectorize(j.i); parallel(i.o)", R, L);
	return "";
}
