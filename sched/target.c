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
	return arena_printf(a, "%s: %d-bit vectors (%d f32 lanes), %d vector registers%s%s%s%s; %s; "
	                    "%d thread%s",
	                    t->cpu, t->vector_bits, t->f32_lanes, t->vector_regs,
	                    t->fma ? ", fma" : "", t->avx512 ? ", avx512" : "",
	                    t->vnni ? ", vnni" : "", t->vpopcntdq ? ", vpopcntdq" : "", cache,
	                    t->threads > 1 ? t->threads : 1, t->threads > 1 ? "s" : "");
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

/*
 * The register tile's vectors per row when the update needs "temps"
 * registers besides the accumulators, a weight vector per column vector
 * and the broadcast: as many as fit in the target's vector registers.
 */
static int tile_vectors(const SchTarget *t, SchMatmulTile m, int temps)
{
	while (m.vectors > 1 && (m.rows + 1) * m.vectors + 1 + temps > t->vector_regs)
		m.vectors--;
	return m.vectors;
}

/* The first constant batch loop (the heads of attention) the threads divide evenly. */
static const char *batch_parallel(const SchMatmulShape *s, int T)
{
	for (int b = 0; T > 1 && b < s->nb && b < 4; b++)
		if (s->bext[b] != IR_DIM_N && s->bext[b] >= T && s->bext[b] % T == 0)
			return s->bname[b];
	return NULL;
}

/*
 * The main nest's primitives into "b" (capacity "cap").
 *
 * Rows outermost (i.o, j.o, k, tile) keeps a row tile of A in L1 while
 * every column panel of B passes by, which costs one read of B per row
 * tile: free while B stays in L2 next to A.  Beyond half of L2 (DeiT-Small's
 * 384 x 1536 weights are 2.3 MiB) each row tile streamed B from L3 again,
 * 50 times per call, and two threads shared that bandwidth: DeiT-Small ran
 * 1.6x faster on 2 threads where ORT ran 1.75x.  Then the column panels go
 * outermost (j.o, i.o, k, tile): a K x J panel is read from memory once and
 * reused from L2 by every row tile, and for long k loops it is cut into
 * blocks of kc rows that fill L1 (j.o, k.o, i.o, k.i, tile).
 *
 * Parallel loop, for T threads (the runtime deals a loop's iterations out
 * in T contiguous chunks): a batch loop the threads divide (attention's
 * heads: one fork/join per image instead of one per head); else the
 * outermost loop of the order above when it divides evenly (row tiles,
 * or panels when there are a multiple of T or at least 4 T of them);
 * else the row tiles inside each panel (a fork/join per panel, no k
 * blocks then).
 */
static void main_nest(const SchTarget *t, Arena *a, const SchMatmulShape *s, char *b,
                      size_t cap)
{
	SchMatmulTile m = sch_matmul_tile(t);
	/*
	 * B's rows not a whole number of vectors apart (attention's Q K^T: K^T
	 * is [64][197]) and not packed: every B vector load straddles two cache
	 * lines.  8 rows x 2 vectors halves the B loads per FMA; on Zen 5 this
	 * ran DeiT's 197x64x197 scores 1.35x faster than 4 x 4 (vitc tune).
	 * Only with several full column tiles and a tail of at most one vector:
	 * PVT's 3136x32x49 (one full tile and a 17-column tail the AST does not
	 * separate, so every vector is masked at run time) ran 4x slower.
	 */
	if (!s->panel && s->P % m.lanes && m.vectors == 4 && s->P >= 8 * m.lanes &&
	    s->P % (2 * m.lanes) <= m.lanes &&
	    8 * 2 + 2 + 1 + s->temps <= t->vector_regs && s->M != IR_DIM_N && s->M >= 8) {
		m.rows = 8;
		m.vectors = 2;
	}
	m.vectors = tile_vectors(t, m, s->temps);
	int R = m.rows, L = m.lanes, J = m.vectors * m.lanes, T = t->threads > 1 ? t->threads : 1;
	int64_t M = s->M, K = s->K, P = s->P;
	int64_t l1 = t->l1d_bytes > 0 ? t->l1d_bytes : 32 << 10;
	int64_t l2 = t->l2_bytes > 0 ? t->l2_bytes : 1 << 20;
	int tile_i = M != IR_DIM_N && M >= R, kc = 0, pk = s->panel > 0;
	const char *par = batch_parallel(s, T);
	/* the column tiles, the columns in a tile, its vectors and lanes: packed panels
	   are the loops jp and j already, else j is split by J */
	const char *jo = pk ? "jp" : "j.o", *ji = pk ? "j" : "j.i";
	const char *jvo = pk ? "j.o" : "j.i.o", *jvi = pk ? "j.i" : "j.i.i";
	size_t n = 0;

	if (pk)
		J = s->panel;
	int V = J / L;
#define ADD(...) (n += (size_t)snprintf(b + n, n < cap ? cap - n : 0, __VA_ARGS__))
	/*
	 * Panels that share one accumulator (s->panel_acc): jp is already outside k and
	 * never parallel.  On one thread the panels go outermost there too: each
	 * panel's weights then stay in L1 while every row tile passes (they came from
	 * L3 once per row tile otherwise: DeiT-Tiny's fc1 ran 4% faster).
	 */
	int share = pk && s->panel_acc;
	if (P >= J && tile_i) {
		int cols = P > J && (K * P * 4 > l2 / 2 || (share && T == 1));
		int64_t panels = (P + J - 1) / J;

		ADD("split(i,%d); ", R);
		if (!pk)
			ADD("split(j,%d); ", J);
		if (!share)
			ADD("reorder(k,%s); ", jo);
		ADD("reorder(i.i,%s); reorder(i.i,k)", jo);
		if (cols) {
			ADD("; reorder(i.o,%s)", jo);
			if (!par)
				par = !share && (panels % T == 0 || panels >= 4 * T) ? jo : "i.o";
			for (kc = 256; kc > 32 && (int64_t)kc * J * 4 > l1; kc /= 2)
				;
			/* k blocks outside the row tiles: a fork/join per block unless one thread */
			if (K >= 4 * kc && (strcmp(par, "i.o") || T == 1))
				ADD("; split(k,%d); reorder(i.o,k.o)", kc);
		}
		if (V > 1)
			ADD("; split(%s,%d)", ji, L);
		/* the batch loops and the row tiles as one loop over the threads: one
		   fork/join per call instead of one per head (sch_rows_fuse) */
		if (s->rows_fused && !par && !cols && T > 1 && !t->gpu && s->nb > 0 && s->nb < 4) {
			const char *names[5];
			for (int b = 0; b < s->nb; b++)
				names[b] = s->bname[b];
			names[s->nb] = "i.o";
			const char *f = sch_rows_fuse(t, a, s->nb + 1, names, &par);
			ADD("; %s", f);
		}
		ADD("; unroll(i.i)");
		if (V > 1)
			ADD("; unroll(%s)", jvo);
		ADD("; vectorize(%s); parallel(%s)", V > 1 ? jvi : ji, par ? par : "i.o");
		return;
	}
	if (P >= J && share) {   /* too few rows to tile: the panels one after the other */
		ADD("split(%s,%d); unroll(%s); vectorize(%s)", ji, L, jvo, jvi);
		if (par)
			ADD("; parallel(%s)", par);
		return;
	}
	if (P >= J) {
		if (!pk)
			ADD("split(j,%d); ", J);
		ADD("reorder(k,%s); split(%s,%d); unroll(%s); vectorize(%s); parallel(%s)",
		    jo, ji, L, jvo, jvi, par ? par : jo);
		return;
	}
	if (P >= L && tile_i) {
		ADD("split(i,%d); split(j,%d); reorder(k,j.o); reorder(i.i,j.o); reorder(i.i,k); "
		    "unroll(i.i); vectorize(j.i); parallel(%s)", R, L, par ? par : "i.o");
	}
#undef ADD
}

int sch_matmul_panel(const SchTarget *t, int64_t M, int64_t K, int64_t P, int temps)
{
	SchMatmulTile m = sch_matmul_tile(t);
	int64_t J = tile_vectors(t, m, temps) * m.lanes;

	(void)M;
	return !t->gpu && K > 0 && P >= J && P % J == 0 ? (int)J : 0;
}

const char *sch_template_matmul(const SchTarget *t, Arena *a, const SchMatmulShape *s)
{
	char main[512] = "";
	int L = t->f32_lanes > 0 ? t->f32_lanes : 4, vec = s->P % L == 0 || s->tail;

	main_nest(t, a, s, main, sizeof(main));
	if (!s->epilogue)
		return arena_strdup(a, main);
	/*
	 * The epilogue: ej in vectors; with several threads and 64K elements
	 * or more (as for copies, lower/copy.c; 8K with a transcendental) the
	 * main nest's batch loop or the rows in parallel: DeiT's GELU after
	 * fc1 ran on one thread.
	 */
	const char *epar = batch_parallel(s, t->threads > 1 ? t->threads : 1);

	if (!epar)
		epar = "i";
	int64_t rows = s->M == IR_DIM_N ? 0 : s->M;
	if (t->threads < 2 || (epar[0] == 'i' && rows * s->P * (s->epilogue > 1 ? 8 : 1) < 65536))
		epar = NULL;
	const char *efuse = "", *erows = NULL;
	if (s->epi_rows && t->threads > 1) {
		const char *en[5] = {0};
		char nm[4][160];
		for (int b = 0; b < s->nb && b < 4; b++) {
			snprintf(nm[b], sizeof(nm[b]), "e%s", s->bname[b]);
			en[b] = nm[b];
		}
		en[s->nb < 4 ? s->nb : 4] = "ei";
		efuse = sch_rows_fuse(t, a, (s->nb < 4 ? s->nb : 4) + 1, en, &erows);
		if (erows)
			epar = NULL;
	}
	char out[768] = "";
	size_t n = 0;
#define ADD(...) (n += (size_t)snprintf(out + n, n < sizeof(out) ? sizeof(out) - n : 0, __VA_ARGS__))
	if (*efuse)   /* tree edits: before the main nest's annotations */
		ADD("%s", efuse);
	if (vec)
		ADD("%ssplit(ej,%d)", n ? "; " : "", L);
	if (*main)
		ADD("%s%s", n ? "; " : "", main);
	if (vec)
		ADD("%svectorize(ej.i)", n ? "; " : "");
	if (epar)
		ADD("%sparallel(e%s)", n ? "; " : "", epar);
	if (erows)
		ADD("%sparallel(%s)", n ? "; " : "", erows);
#undef ADD
	return arena_strdup(a, out);
}

const char *sch_rows_fuse(const SchTarget *t, Arena *a, int n, const char *const *names,
                          const char **par)
{
	char fused[160] = "", out[1024] = "";
	size_t o = 0;

	*par = NULL;
	if (t->gpu || t->threads < 2 || n < 1)   /* GPU schedules map loops to blocks themselves */
		return "";
	snprintf(fused, sizeof(fused), "%s", names[0]);
	for (int i = 1; i < n; i++) {
		o += (size_t)snprintf(out + o, o < sizeof(out) ? sizeof(out) - o : 0, "%sfuse(%s,%s)",
		                      i > 1 ? "; " : "", fused, names[i]);
		size_t f = strlen(fused);
		snprintf(fused + f, sizeof(fused) - f, ".%s", names[i]);
	}
	*par = arena_strdup(a, fused);
	return arena_strdup(a, out);
}

const char *sch_rows_around(const SchTarget *t, Arena *a, const char *sched, int n,
                            const char *const *names)
{
	const char *par, *f = sch_rows_fuse(t, a, n, names, &par);
	if (!par)
		return sched;
	return arena_printf(a, "%s%s%s; parallel(%s)", f, *sched ? "; " : "", sched, par);
}
