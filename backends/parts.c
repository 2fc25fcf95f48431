/*
 * parts.c - optimize and emit the parts of a compile on several
 * threads (ir/parallel.h).  Every part has its own LLVM context, module
 * and target machine, and a worker touches only the part it took, so no
 * LLVM object is ever shared between threads.  Which thread ran a part
 * changes nothing in its object, and the objects are linked in part
 * order, so the output does not depend on the number of threads or on
 * timing.  An error is reported for the first failing part in part
 * order, whatever the thread order.
 */
#include <string.h>

#include "backends/cg.h"
#include "ir/parallel.h"

typedef struct {
	CgModule *const *parts;
	int what;
	const CgOptions *opt;
	VitcErr *errs;   /* per part */
	int *failed;     /* per part */
} Work;

/* Run the hook on part "i", timing it (wall, and this thread's CPU). */
static void run_one(void *arg, int i, int worker)
{
	Work *w = arg;
	CgModule *m = w->parts[i];
	const Target *t = m->target;
	TimePoint t0 = timing_now();
	double c0 = timing_thread_cpu();
	int r;

	(void)worker;
	if (m->cached)
		return;   /* the object came from the cache */
	if (w->what == CG_OPTIMIZE) {
		/* the IR before and after the passes, for --dump-ir / --print-after */
		if (w->opt->dump_dir)
			m->dump[0] = LLVMPrintModuleToString(m->mod);
		r = t->optimize(m, w->opt, &w->errs[i]);
		if (!r && (w->opt->dump_dir || w->opt->print_llvm))
			m->dump[1] = LLVMPrintModuleToString(m->mod);
	} else {
		r = t->emit(m, w->opt, &w->errs[i]);
	}
	m->wall += timing_now().wall - t0.wall;
	m->cpu_s += timing_thread_cpu() - c0;
	w->failed[i] = r != 0;
}

/*
 * Run the optimize or emit hook ("what") on each of the "n" parts on
 * opt->jobs threads (0: one per online CPU).  0, or -1 with the first
 * failing part's message.
 */
int cg_run_parts(CgModule *const *parts, int n, const CgOptions *opt, int what,
                 VitcErr *err)
{
	Work w = {.parts = parts, .what = what, .opt = opt};
	int r = 0;

	w.errs = xcalloc((size_t)n + 1, sizeof(*w.errs));
	w.failed = xcalloc((size_t)n + 1, sizeof(*w.failed));
	par_for(n, opt->jobs, run_one, &w);
	for (int i = 0; i < n; i++)
		if (w.failed[i]) {
			memcpy(err, &w.errs[i], sizeof(*err));
			r = -1;
			break;
		}
	free(w.errs);
	free(w.failed);
	return r;
}
