/*
 * measure.h - compile a graph for this host and time it (compiler/measure.c).
 */
#ifndef VITC_COMPILER_MEASURE_H
#define VITC_COMPILER_MEASURE_H

#include <stdint.h>

#include "ir/ir.h"

/* Rounds of timed runs; the median round is reported. */
#define MEASURE_ROUNDS 9
/* Each round lasts at least this long (seconds). */
#define MEASURE_ROUND_S 0.01

/*
 * Write graph JSON "text" to dir/tag.json, compile it (weights "wpath")
 * for this host, and time it on one image of R x K inputs (i8 when "i8",
 * else f32), one thread: *sec = the median round's seconds per run.  The
 * files are removed.  0, or -1 with "err" set.
 */
int measure_graph(const char *dir, const char *tag, const char *text, const char *wpath,
                  int64_t R, int64_t K, int i8, double *sec, VitcErr *err);

/* Rows of one image of x [.., K]: the product of its fixed dims but the last. */
int64_t measure_image_rows(const Shape *s);

#endif
