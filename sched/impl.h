/*
 * sched/impl.h - what the sch_ files (schedule.c, sched/prims.c,
 * sched/print.c) share and nobody else needs.
 */
#ifndef VITC_SCHED_IMPL_H
#define VITC_SCHED_IMPL_H

#include <stddef.h>

#include <isl/ctx.h>
#include <isl/schedule_type.h>
#include <isl/schedule_node.h>
#include <isl/union_map_type.h>

#include "ir/kernel.h"
#include "sched/marks.h"


#define SCH_MAX_FACTOR 65536
#define SCH_MAX_NAME 64
#define SCH_MAX_UNROLL 64
/* Room for a mark name: the prefix and a loop name split many times. */
#define SCH_NAME_LEN (2 * SCH_MAX_NAME + 16)

/* Fill "err" from isl's last error on "ctx" (kernel "kname" may be NULL). */
VITC_INTERNAL int sch_isl_err(isl_ctx *ctx, VitcErr *err, const char *kname);
/* One primitive in the text form of docs/schedules.md, e.g. "tile(i,j,4,16)". */
VITC_INTERNAL void sch_prim_format(const SchedPrim *p, char *buf, size_t len);
/* The full tiles of every unrolled or vectorized band isolated (sched/isolate.c). */
VITC_INTERNAL __isl_give isl_schedule_node *sch_isolate_full_tiles(
	__isl_take isl_schedule_node *root);
/* Is "kind" an annotation (vectorize, parallel, unroll) rather than a tree edit? */
VITC_INTERNAL int sch_prim_is_annotation(SchedPrimKind kind);

/*
 * sched/tree.c: queries on a schedule tree.  A "loop mark" is the mark
 * "loop:<iter>" above a loop's band; "node" arguments are kept.
 */
VITC_INTERNAL int sch_mark_is(__isl_keep isl_schedule_node *node,
	const char *name);
/* The loop name of loop mark "node" into "buf"; 0 if "node" is none. */
VITC_INTERNAL int sch_loop_mark(__isl_keep isl_schedule_node *node,
	char *buf, size_t len);
/* The "idx"-th loop "iter" (preorder) below "node": 1 found, 0 not, -1 error. */
VITC_INTERNAL int sch_find_loop(__isl_keep isl_schedule_node *node,
	const char *iter, int idx, isl_schedule_node **out);
VITC_INTERNAL int sch_count_loops(__isl_keep isl_schedule_node *node,
	const char *iter);
VITC_INTERNAL void sch_loop_names(__isl_keep isl_schedule_node *node,
	char *buf, size_t len);
/* The first band at or below "node" through marks (takes "node"). */
VITC_INTERNAL __isl_give isl_schedule_node *sch_band_below(
	__isl_take isl_schedule_node *node);
/* The annotation of the loop marked "node" (SP_SPLIT: none). */
VITC_INTERNAL SchedPrimKind sch_annotation_of(
	__isl_keep isl_schedule_node *node);
VITC_INTERNAL int sch_first_loop_below(__isl_keep isl_schedule_node *node,
	char *buf, size_t len);
VITC_INTERNAL int sch_marked_loop_below(__isl_keep isl_schedule_node *node,
	const char *mark, char *buf, size_t len);
VITC_INTERNAL int sch_parallel_above(__isl_keep isl_schedule_node *node,
	char *buf, size_t len);
VITC_INTERNAL int sch_trip_count(__isl_keep isl_schedule_node *node,
	int64_t *count);

/* sched/deps.c: the kernel's dependences and the checks against them. */
VITC_INTERNAL __isl_give isl_union_map *sch_dependences(const Kernel *k,
	__isl_keep isl_schedule *s);
VITC_INTERNAL int sch_keeps_order(__isl_keep isl_union_map *deps,
	__isl_keep isl_schedule_node *node, char *pair, size_t len);
VITC_INTERNAL int sch_band_carries(__isl_keep isl_union_map *deps,
	__isl_keep isl_schedule_node *band, char *pair, size_t len);

/*
 * sched/gpu.c: the GPU mapping (bind).  The mark name of axis "axis"
 * ("gpu:threadIdx.x"); the axis of mark "node" (-1: not a gpu mark).
 */
VITC_INTERNAL void sch_gpu_mark_name(int axis, char *buf, size_t len);
VITC_INTERNAL int sch_gpu_mark_axis(__isl_keep isl_schedule_node *node);
/* bind(iter, axis) on the loop marked "node": no loop around or inside it on the same axis. */
VITC_INTERNAL int sch_gpu_check_bind(__isl_keep isl_schedule_node *node,
	const char *iter, int axis, VitcErr *err, const char *kname, const char *prim);
/*
 * The whole mapping of the tree of "root": every statement below a loop
 * of each axis used (else every block or thread would run it), and every
 * dependence between two instances run by one block and thread (no
 * barriers yet).  0 or -1 with "err" set.
 */
VITC_INTERNAL int sch_gpu_check(const Kernel *k, __isl_keep isl_union_map *deps,
	__isl_keep isl_schedule_node *root, VitcErr *err);

#endif
