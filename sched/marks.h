/*
 * sched/marks.h - the mark ids of schedule trees, which stay in the isl
 * AST and are all the backend needs to know of the schedule layer: a
 * loop's name, and the annotations of docs/schedules.md.  Each
 * annotation mark sits directly above the for node of its loop.
 */
#ifndef VITC_SCHED_MARKS_H
#define VITC_SCHED_MARKS_H

/* "loop:<iter>" names the loop (or what isl made of it) below. */
#define SCH_LOOP_PREFIX "loop:"
/* Run the iterations on the thread pool. */
#define SCH_MARK_PARALLEL "parallel"
/* Run the iterations as the lanes of vectors. */
#define SCH_MARK_VECTORIZE "vectorize"
/* Copy the body once per iteration when the bounds are constants. */
#define SCH_MARK_UNROLL "unroll"

/*
 * "gpu:blockIdx.x" ... "gpu:threadIdx.z": one block (thread) per value of
 * the loop below (bind(x, axis)).  SCH_GPU_AXES lists the axes in the order
 * of their index (SchedPrim.factor of SP_BIND): blockIdx.x/y/z, then
 * threadIdx.x/y/z.  Other targets run such a loop as a plain loop.
 */
#define SCH_GPU_PREFIX "gpu:"
#define SCH_GPU_N_AXES 6
#define SCH_GPU_AXES {"blockIdx.x", "blockIdx.y", "blockIdx.z", \
                      "threadIdx.x", "threadIdx.y", "threadIdx.z"}

#endif
