/*
 * inspect.h - the parts of `vitc inspect` outside compiler/inspect.c.
 */
#ifndef VITC_COMPILER_INSPECT_H
#define VITC_COMPILER_INSPECT_H

#include "ir/ir.h"

/*
 * compiler/inspect_moe.c: for every moe2_linear of "g", compile its two
 * experts alone at its shapes, time them on this host and print their
 * per-token latencies (and the LL-loss weights they give).  0, or -1 with
 * "err" set.
 */
int inspect_moe_latency(const Graph *g, VitcErr *err);

#endif
