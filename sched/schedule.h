/*
 * schedule.h - sch_: from a Kernel's loop tree to an isl schedule tree,
 * schedule primitives as edits of that tree, and the isl AST.
 *
 * AST contract with the backends (backends/ast_llvm.c):
 *  - a user node is the call S<id>(e0, ..., e{n-1}): e_d is the value of
 *    statement dim d as an affine isl_ast_expr of the loop iterators and
 *    the parameter N;
 *  - a mark node "parallel" sits directly above the for node to run in
 *    parallel; a mark "vectorize" directly above an innermost for node
 *    (the backend checks its trip count); any other mark (the loop names
 *    "loop:<iter>") is walked through;
 *  - isl may not give such a mark a for child: a loop of one iteration is
 *    not generated (the child is then its body: a user, block, if or mark
 *    node), and statements whose ranges on the loop are disjoint get one
 *    for loop each (the child is then a block).  The mark then applies to
 *    each for node that is its child or a child of its block child, and
 *    is a no-op otherwise (docs/schedules.md, "The AST");
 *  - a loop whose full tiles are isolated (docs/schedules.md, section 4)
 *    is an if node with a version of the loop in each branch, under its
 *    "loop:<iter>" mark; parallel and vectorize marks are never on one;
 *  - a mark "gpu:<axis>" (bind, sched/gpu.c) sits directly above a for
 *    node like "parallel"; a loop of one iteration bound that way has
 *    no for node (its statements then run at index 0 of the axis);
 *  - loop conditions are "c <= UB" or "c < UB" (atomic_upper_bound).
 * One isl_ctx per compile session (sch_ctx_alloc sets all options once).
 */
#ifndef VITC_SCHEDULE_H
#define VITC_SCHEDULE_H

#include <isl/ast.h>
#include <isl/ctx.h>
#include <isl/schedule.h>

#include "ir/kernel.h"

isl_ctx *sch_ctx_alloc(void);

/*
 * Parse "split(j,8); vectorize(j.i); parallel(i)" (see docs/schedules.md);
 * the loop names in "out" are copied into "arena" (e.g. the Program's).
 */
int sch_parse(const char *text, Schedule *out, Arena *arena, VitcErr *err);
/* Format a schedule back into that text form (round-trips through sch_parse). */
void sch_format(const Schedule *s, char *buf, size_t len);

/* The kernel's loop tree as an isl schedule tree (loop names as marks). */
__isl_give isl_schedule *sch_initial(isl_ctx *ctx, const Kernel *k,
                                     VitcErr *err);
/*
 * Apply "k->sched" (or "prims" if not NULL) in order, then isolate the
 * full tiles of unrolled and vectorized loops; NULL + message on error.
 */
__isl_give isl_schedule *sch_apply(__isl_take isl_schedule *s,
                                   const Kernel *k, const Schedule *prims,
                                   VitcErr *err);
/* Generate the AST of a (transformed) schedule, with context N >= 1. */
__isl_give isl_ast_node *sch_build_ast(__isl_take isl_schedule *s,
                                       VitcErr *err);
/* isl's YAML form of a schedule tree (malloc'd), for dumps. */
char *sch_schedule_str(__isl_keep isl_schedule *s);
/* The AST as readable C-like text with statement bodies spelled out (malloc'd). */
char *sch_ast_to_c(__isl_keep isl_ast_node *ast, const Kernel *k);

#endif
