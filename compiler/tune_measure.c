/*
 * tune_measure.c - candidates of `vitc tune`, built and timed in forked
 * children (tune.h): a build child keeps only the task's kernel and builds
 * a one-kernel .so in its slot directory (--jobs of them at once); then a
 * run child per built candidate, one at a time, runs it on seeded random
 * inputs with libvitrt and writes its times and outputs to the slot.  The
 * parent waits with a limit, turns a signal, a timeout or an error line
 * into the reason of a failed record and compares the outputs with the
 * default's.
 */
#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "compiler/tune.h"
#include "passes/passes.h"
#include "sched/gpu.h"
#include "sched/schedule.h"
#include "runtime/vitrt.h"

double tune_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- the child: one kernel as a program, built, run and timed ---- */

static const Buffer *root_of(const Buffer *b)
{
	while (b->alias_of)
		b = b->alias_of;
	return b;
}

/*
 * The buffers (by their roots) that "k"'s one-kernel program has as inputs
 * (read only) and outputs (stored to), in the order isolate_kernel gives
 * them; weights stay weights.  "ins" and "outs" hold p->n_bufs + 1 each.
 */
static void kernel_io(const Program *p, const Kernel *k, Buffer **ins, int *ni, Buffer **outs,
                      int *no)
{
	const Buffer **bufs = xcalloc((size_t)p->n_bufs + 1, sizeof(*bufs));
	int nb = k_kernel_buffers(k, bufs, p->n_bufs);

	*ni = *no = 0;
	for (int i = 0; i < nb; i++) {
		Buffer *r = (Buffer *)root_of(bufs[i]);
		int dup = 0, written = 0;
		for (int j = 0; j < *ni; j++)
			dup |= ins[j] == r;
		for (int j = 0; j < *no; j++)
			dup |= outs[j] == r;
		/* weights stay weights; a block's shared memory and barriers (a GPU form of
		   lowering's) stay block memory */
		if (dup || r->kind == BUF_WEIGHT || r->kind == BUF_SHARED || r->kind == BUF_BARRIER)
			continue;
		for (int s = 0; s < k->n_stmts; s++)
			written |= root_of(k->stmts[s]->store.buf) == r;
		if (written)
			outs[(*no)++] = r;
		else
			ins[(*ni)++] = r;
	}
	free(bufs);
}

/*
 * Make "p" a program of kernel "k" alone: every non-weight buffer it
 * touches (by its root) becomes an input, or an output if a statement of
 * "k" stores to it.  Runs in the child, on its copy of the program.
 */
static void isolate_kernel(Program *p, Kernel *k)
{
	Buffer **ins = arena_calloc(&p->arena, (size_t)p->n_bufs + 1, sizeof(*ins));
	Buffer **outs = arena_calloc(&p->arena, (size_t)p->n_bufs + 1, sizeof(*outs));
	int ni, no;

	kernel_io(p, k, ins, &ni, outs, &no);
	for (int i = 0; i < ni; i++) {
		ins[i]->kind = BUF_INPUT;
		ins[i]->io_index = i;
	}
	for (int i = 0; i < no; i++) {
		outs[i]->kind = BUF_OUTPUT;
		outs[i]->io_index = i;
	}
	p->inputs = ins;
	p->n_inputs = ni;
	p->outputs = outs;
	p->n_outputs = no;
	p->kernels[0] = k;
	p->n_kernels = 1;
	k->same_as = -1;
}

/* The constant extent of the first loop named "iter" under "n", or 0. */
static int64_t loop_extent(const LoopNode *n, const char *iter)
{
	if (!n)
		return 0;
	if (n->kind == LN_LOOP && n->iter && !strcmp(n->iter, iter) && !ir_dim_is_batch(n->extent))
		return n->extent;
	for (int i = 0; i < n->n_children; i++) {
		int64_t e = loop_extent(n->children[i], iter);
		if (e)
			return e;
	}
	return 0;
}

/*
 * Give the run-time parameters of "k" (a MoE expert's row count C0, read
 * from memory when the kernel starts) half the rows of its row loop "i"
 * in the random inputs "in".  Random bytes would make the count negative
 * (the kernel then runs no row at all) or larger than the rows (one
 * expert gets every row, the other none): the expert kernels would be
 * timed doing nothing.  With half, each works on a typical route's share,
 * the same for the default and every candidate.
 */
static void set_params(const Program *p, const Kernel *k, void **in)
{
	Buffer **ins, **outs;
	int ni, no;
	int64_t rows = loop_extent(k->root, "i");

	if (!k->n_params)
		return;
	ins = xcalloc((size_t)p->n_bufs + 1, sizeof(*ins));
	outs = xcalloc((size_t)p->n_bufs + 1, sizeof(*outs));
	kernel_io(p, k, ins, &ni, outs, &no);
	for (int i = 0; i < k->n_params; i++) {
		const Access *a = &k->params[i].src;
		for (int j = 0; j < ni; j++)
			if (ins[j] == root_of(a->buf) && a->buf->dtype == DT_I32 && a->k >= 0) {
				int32_t v = (int32_t)(rows / 2);
				memcpy((char *)in[j] + 4 * a->k, &v, 4);
			}
	}
	free(ins);
	free(outs);
}

/* Seeded random contents: floats in [-1, 1), integers in [-8, 8). */
void tune_fill_random(void *buf, uint64_t bytes, int32_t dtype, uint64_t *rng)
{
	if (dtype == VITRT_F32) {
		float *f = buf;
		for (uint64_t i = 0; i < bytes / 4; i++)
			f[i] = (float)((double)(sch_rand(rng) >> 11) / (double)(1ull << 53) * 2.0 - 1.0);
		return;
	}
	unsigned char *b = buf;
	for (uint64_t i = 0; i < bytes; i++)
		b[i] = (unsigned char)((sch_rand(rng) % 16) - 8);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

volatile sig_atomic_t tune_interrupted;

/* Write "msg" as the child's result line and leave. */
static void child_fail(const char *res, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));
static void child_fail(const char *res, const char *fmt, ...)
{
	FILE *f = fopen(res, "w");
	va_list ap;
	if (f) {
		fputs("error ", f);
		va_start(ap, fmt);
		vfprintf(f, fmt, ap);
		va_end(ap);
		fputc('\n', f);
		fclose(f);
	}
	_exit(3);
}

/* Reset the signals the parent catches: a child interrupted dies at once. */
static void child_signals(void)
{
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
}

/*
 * The build child: schedule "text" on kernel "k" and build a one-kernel
 * .so in "slot"; errors as slot/res.  Runs in the child, on its copy of
 * the program.  A GPU form of lowering's "lower(threads=N)" is no
 * schedule: the graph is lowered again with N for k (by name), and that
 * kernel, with the binding lowering gave it, is built instead.
 */
static void child_build(Tuner *t, Kernel *k, const char *text, const char *slot)
{
	char res[512], so[512];
	VitcErr err;
	Program *p = t->p;

	child_signals();
	snprintf(res, sizeof(res), "%s/res", slot);
	snprintf(so, sizeof(so), "%s/cand.so", slot);
	isl_ctx *ctx = sch_ctx_alloc();
	int threads = 0;
	if ((t->cg.cuda_sm || t->cg.emulate_gpu) &&
	    sch_gpu_form_parse(text, &threads, &err)) {
		/* a GPU form of lowering's threads per block: the model lowered again with it */
		if (threads <= 0)
			child_fail(res, "schedule: %s", err.msg);
		SchTarget tgt = t->tgt;
		SchGpuForm f = {k->name, threads};
		tgt.forms = &f;
		tgt.n_forms = 1;
		if (!(p = pass_lower(t->g, 1, t->bounds, &tgt, &err)))
			child_fail(res, "lower: %s", err.msg);
		pass_memplan(p);
		k = NULL;
		for (int i = 0; i < p->n_kernels && !k; i++)
			if (!strcmp(p->kernels[i]->name, f.kernel))
				k = p->kernels[i];
		if (!k || sch_gpu_form_threads(k) != threads)
			child_fail(res, "lower: kernel '%s' is not a GPU form with %d threads", f.kernel,
			           threads);
		isolate_kernel(p, k);
		k->id = 0;   /* the device tables are indexed by kernel id */
	} else if (t->cg.cuda_sm || t->cg.emulate_gpu) {
		/* a GPU record's text: isolated first, so the staged tiles stay block memory */
		isolate_kernel(p, k);
		k->id = 0;   /* the device tables are indexed by kernel id */
		if (sch_gpu_apply_text(ctx, p, k, text, 1, &err))
			child_fail(res, "schedule: %s", err.msg);
	} else {
		if (sch_parse(text, &k->sched, &p->arena, &err))
			child_fail(res, "%s", err.msg);
		isolate_kernel(p, k);
	}
	isl_schedule *s = sch_initial(ctx, k, &err);
	if (s)
		s = sch_apply(s, k, NULL, &err);
	isl_ast_node *ast = s ? sch_build_ast(s, &err) : NULL;
	if (!ast)
		child_fail(res, "schedule: %s", err.msg);
	if (cg_compile_for(p, &ast, &t->cg, so, &err))
		child_fail(res, "build: %s", err.msg);
	isl_ast_node_free(ast);
	isl_ctx_free(ctx);
	_exit(0);
}

/*
 * The run child: load slot/cand.so, run it on seeded random inputs (batch
 * 1), time it ("timed": warm-up, then at least 10 runs and 50 ms), write
 * the outputs (dtype, size, bytes each) to slot/out and "ok MEDIAN_US
 * MIN_US" to slot/res.
 */
static void child_run(Tuner *t, const Kernel *k, const char *slot, int timed, int fault)
{
	char res[512], so[512], outp[512];

	child_signals();
	snprintf(res, sizeof(res), "%s/res", slot);
	snprintf(so, sizeof(so), "%s/cand.so", slot);
	snprintf(outp, sizeof(outp), "%s/out", slot);
	VitrtModel *m;
	if (vitrt_model_load(so, &m) != VITRT_OK)
		child_fail(res, "load: %s", vitrt_last_error());
	VitrtContext *c = vitrt_context_create(m, t->o->threads);
	if (!c)
		child_fail(res, "context: %s", vitrt_last_error());
	int ni = vitrt_model_num_inputs(m), no = vitrt_model_num_outputs(m);
	const void **in = xcalloc((size_t)ni + 1, sizeof(*in));
	void **out = xcalloc((size_t)no + 1, sizeof(*out));
	uint64_t rng = t->o->seed * 0x9e3779b97f4a7c15ull + 1;
	for (int i = 0; i < ni; i++) {
		const vitrt_tensor_info *ti = vitrt_model_input(m, i);
		uint64_t n = vitrt_tensor_bytes(ti, 1);
		void *b = xcalloc(n + 1, 1);
		tune_fill_random(b, n, ti->dtype, &rng);
		in[i] = b;
	}
	set_params(t->p, k, (void **)in);
	for (int i = 0; i < no; i++)
		out[i] = xcalloc(vitrt_tensor_bytes(vitrt_model_output(m, i), 1) + 1, 1);
	if (vitrt_run(c, 1, in, out) != VITRT_OK)
		child_fail(res, "run: %s", vitrt_last_error());
	if (fault == FAULT_CRASH)
		abort();
	if (fault == FAULT_HANG)
		for (;;)
			pause();
	double times[1000];
	int n = 0;
	double start = tune_now();
	while (timed && n < 1000 && (n < 10 || tune_now() - start < 0.05) && tune_now() - start < 2.0) {
		double t0 = tune_now();
		if (vitrt_run(c, 1, in, out) != VITRT_OK)
			child_fail(res, "run: %s", vitrt_last_error());
		times[n++] = tune_now() - t0;
	}
	if (fault == FAULT_WRONG && no > 0) {   /* the test hook: a clearly wrong element */
		if (vitrt_model_output(m, 0)->dtype == VITRT_F32)
			((float *)out[0])[0] = ((float *)out[0])[0] * 2.0f + 1.0f;
		else
			((unsigned char *)out[0])[0] ^= 1;
	}
	FILE *f = fopen(outp, "w");
	for (int i = 0; f && i < no; i++) {
		const vitrt_tensor_info *ti = vitrt_model_output(m, i);
		uint64_t bytes = vitrt_tensor_bytes(ti, 1);
		int32_t dt = ti->dtype;
		fwrite(&dt, sizeof(dt), 1, f);
		fwrite(&bytes, sizeof(bytes), 1, f);
		fwrite(out[i], 1, bytes, f);
	}
	if (!f || fclose(f))
		child_fail(res, "cannot write %s", outp);
	qsort(times, (size_t)n, sizeof(double), cmp_double);
	f = fopen(res, "w");
	if (!f)
		_exit(4);
	fprintf(f, "ok %.6f %.6f\n", n ? times[n / 2] * 1e6 : 0.0, n ? times[0] * 1e6 : 0.0);
	fclose(f);
	_exit(0);
}

/* ---- the parent: fork, wait with a limit, judge the result ---- */

/*
 * Do the outputs in "got" match the reference?  Floats: the largest
 * difference at most 1e-5 times the largest reference magnitude of that
 * output; integers: bit-exact.  "why" says what differs.
 */
static int outputs_match(const Tuner *t, const unsigned char *got, size_t len, char *why,
                         size_t wlen)
{
	size_t off = 0;

	if (len != t->ref_len)
		return snprintf(why, wlen, "wrong result: %zu output bytes, the default gave %zu",
		                len, t->ref_len), 0;
	while (off + 12 <= len) {
		int32_t dt;
		uint64_t bytes;
		memcpy(&dt, got + off, 4);
		memcpy(&bytes, got + off + 4, 8);
		off += 12;
		if (bytes > len - off)
			return snprintf(why, wlen, "wrong result: malformed output file"), 0;
		const unsigned char *a = got + off, *b = t->ref + off;
		if (dt == VITRT_F32) {
			double maxd = 0, maxr = 0;
			for (uint64_t i = 0; i < bytes / 4; i++) {
				float x, y;
				memcpy(&x, a + 4 * i, 4);
				memcpy(&y, b + 4 * i, 4);
				if (isnan(x) != isnan(y))
					return snprintf(why, wlen, "wrong result: NaN at element %llu",
					                (unsigned long long)i), 0;
				maxd = fmax(maxd, fabs((double)x - (double)y));
				maxr = fmax(maxr, fabs((double)y));
			}
			if (maxd > 1e-5 * maxr)
				return snprintf(why, wlen, "wrong result: max |diff| %.3g > 1e-5 x max |ref| %.3g",
				                maxd, maxr), 0;
		} else if (memcmp(a, b, bytes)) {
			return snprintf(why, wlen, "wrong result: integer output differs"), 0;
		}
		off += bytes;
	}
	return 1;
}

/* The slot directory of job "i": t->dir/bI, created if needed. */
static void slot_dir(const Tuner *t, int i, char *buf, size_t len)
{
	snprintf(buf, len, "%s/b%d", t->dir, i);
	mkdir(buf, 0700);
}

static void slot_clear(const char *slot)
{
	static const char *const names[] = {"res", "out", "cand.so"};
	char path[512];
	for (int i = 0; i < 3; i++) {
		snprintf(path, sizeof(path), "%s/%s", slot, names[i]);
		unlink(path);
	}
}

/*
 * Stop child "pid" and everything it started (its process group: the C
 * compiler and linker of a build): SIGTERM first, so that they remove
 * their temporary files (vitc's own handlers, gcc's), SIGKILL after a
 * second; then wait until the whole group is gone, so that no file
 * appears in $TMPDIR after the search has cleaned up.  Returns the child's
 * wait status.
 */
static int stop_child(pid_t pid)
{
	int st = 0;
	double t0 = tune_now();

	kill(-pid, SIGTERM);
	kill(pid, SIGTERM);
	while (waitpid(pid, &st, WNOHANG) == 0) {
		if (tune_now() - t0 > 1.0) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			waitpid(pid, &st, 0);
			break;
		}
		nanosleep(&(struct timespec){0, 5000000}, NULL);
	}
	while (kill(-pid, 0) == 0 && tune_now() - t0 < 3.0)
		nanosleep(&(struct timespec){0, 5000000}, NULL);
	kill(-pid, SIGKILL);
	return st;
}

/*
 * Wait for the children pid[0..n) (0: none), each stopped "limit" seconds
 * after "t0"; st[i] gets its status, or -1 when it was stopped for the
 * limit, -2 when the search was interrupted (every child is stopped then).
 */
static void wait_children(pid_t *pid, int *st, int n, double t0, double limit)
{
	int running = 0;

	for (int i = 0; i < n; i++)
		running += pid[i] > 0;
	while (running) {
		int interrupted = tune_interrupted, over = tune_now() - t0 > limit;
		for (int i = 0; i < n; i++) {
			if (pid[i] <= 0)
				continue;
			pid_t w = waitpid(pid[i], &st[i], WNOHANG);
			if (w == 0 && !interrupted && !over)
				continue;
			if (w == 0) {
				stop_child(pid[i]);
				st[i] = interrupted ? -2 : -1;
			} else if (w < 0 && errno == EINTR) {
				continue;
			} else if (w < 0) {
				st[i] = -3;
			}
			pid[i] = 0;
			running--;
		}
		if (running)
			nanosleep(&(struct timespec){0, 5000000}, NULL);
	}
}

int tune_wait(pid_t pid, double limit)
{
	int st = 0;

	wait_children(&pid, &st, 1, tune_now(), limit);
	return st;
}

/*
 * Fork the build child ("build") or the run child of job "j"; -1 with
 * j->m.why on failure.  The child leads a process group of its own, so
 * that killing it (a timeout, an interrupt) kills the linker it may have
 * started too, and the build's temporary files go to its slot: nothing of
 * it outlives the scratch directory.
 */
static pid_t spawn(Tuner *t, const Task *tk, TuneJob *j, const char *slot, int build, int timed)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		snprintf(j->m.why, sizeof(j->m.why), "fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		setpgid(0, 0);
		if (build) {
			setenv("TMPDIR", slot, 1);
			child_build(t, tk->k, j->text, slot);
		}
		child_run(t, tk->k, slot, timed, j->fault);
	}
	setpgid(pid, pid);   /* also in the child: whichever runs first */
	return pid;
}

/* Turn a child's exit status and slot/res into "m"; 1 when it reported "ok". */
static int judge(Tuner *t, int st, const char *slot, const char *what, Meas *m)
{
	char path[512], *res = NULL;
	size_t rlen;
	VitcErr err;

	if (st == -1)
		return snprintf(m->why, sizeof(m->why), "timed out after %g s", t->o->timeout), 0;
	if (st == -2)
		return snprintf(m->why, sizeof(m->why), "interrupted"), 0;
	if (st < 0)
		return snprintf(m->why, sizeof(m->why), "waitpid: %s", strerror(errno)), 0;
	if (WIFSIGNALED(st))
		return snprintf(m->why, sizeof(m->why), "crashed%s: signal %d (%s)", what,
		                WTERMSIG(st), strsignal(WTERMSIG(st))), 0;
	snprintf(path, sizeof(path), "%s/res", slot);
	if (file_read_all(path, 1 << 16, &res, &rlen, &err)) {
		if (WIFEXITED(st) && WEXITSTATUS(st) == 0 && *what)
			return 1;                       /* a build says nothing when it worked */
		return snprintf(m->why, sizeof(m->why), "child exited with status %d and no result",
		                WIFEXITED(st) ? WEXITSTATUS(st) : -1), 0;
	}
	res[strcspn(res, "\n")] = 0;
	int ok = !strncmp(res, "ok ", 3) &&
	         sscanf(res + 3, "%lf %lf", &m->median_us, &m->min_us) == 2;
	if (!ok)
		snprintf(m->why, sizeof(m->why), "%s", strncmp(res, "error ", 6) ? res : res + 6);
	free(res);
	return ok;
}

/*
 * Build jobs[0..n) in parallel (each in slot bI), then run them one at a
 * time.  "is_ref": the (single) job is the default, whose outputs become
 * the reference; otherwise outputs are compared with it.
 */
static void measure_jobs(Tuner *t, const Task *tk, TuneJob *jobs, int n, int is_ref, int timed)
{
	pid_t *pid = xcalloc((size_t)n + 1, sizeof(*pid));
	int *st = xcalloc((size_t)n + 1, sizeof(*st));
	char slot[300];

	for (int i = 0; i < n; i++) {
		memset(&jobs[i].m, 0, sizeof(jobs[i].m));
		slot_dir(t, i, slot, sizeof(slot));
		slot_clear(slot);
		pid[i] = tune_interrupted ? -1 : spawn(t, tk, &jobs[i], slot, 1, timed);
	}
	wait_children(pid, st, n, tune_now(), t->o->timeout);
	for (int i = 0; i < n; i++) {
		Meas *m = &jobs[i].m;
		slot_dir(t, i, slot, sizeof(slot));
		if (tune_interrupted) {
			snprintf(m->why, sizeof(m->why), "interrupted");
			continue;
		}
		if (m->why[0] || !judge(t, st[i], slot, " in the build", m))
			continue;
		if (jobs[i].build_only) {
			m->ok = 1;
			continue;
		}
		char path[512];
		snprintf(path, sizeof(path), "%s/res", slot);   /* the build's cand.so stays */
		unlink(path);
		pid_t p = spawn(t, tk, &jobs[i], slot, 0, timed);
		if (p < 0)
			continue;
		file_temp_child(p);
		wait_children(&p, &st[i], 1, tune_now(), t->o->timeout);
		file_temp_child(0);
		if (!judge(t, st[i], slot, "", m))
			continue;
		char *out = NULL;
		size_t olen;
		VitcErr err;
		snprintf(path, sizeof(path), "%s/out", slot);
		if (file_read_all(path, (size_t)1 << 31, &out, &olen, &err)) {
			snprintf(m->why, sizeof(m->why), "%.200s", err.msg);
			continue;
		}
		if (is_ref) {
			free(t->ref);
			t->ref = (unsigned char *)out;
			t->ref_len = olen;
			m->ok = 1;
			continue;
		}
		m->ok = outputs_match(t, (unsigned char *)out, olen, m->why, sizeof(m->why));
		free(out);
	}
	free(pid);
	free(st);
}

void tune_measure(Tuner *t, const Task *tk, const char *text, int is_ref, int timed,
                  int fault, Meas *m)
{
	TuneJob j = {.text = text, .fault = fault};
	measure_jobs(t, tk, &j, 1, is_ref, timed);
	*m = j.m;
}

void tune_measure_batch(Tuner *t, const Task *tk, TuneJob *jobs, int n)
{
	measure_jobs(t, tk, jobs, n, 0, 1);
}

/* Remove "path" and, if it is a directory, what it holds (two levels: the slots). */
static void remove_tree(const char *path, int depth)
{
	DIR *d = depth > 0 ? opendir(path) : NULL;
	struct dirent *e;

	if (d) {
		while ((e = readdir(d))) {
			char sub[512];
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
			remove_tree(sub, depth - 1);
		}
		closedir(d);
		rmdir(path);
	} else if (unlink(path) != 0) {
		rmdir(path);
	}
}

void tune_scratch_remove(Tuner *t)
{
	if (t->dir[0])
		remove_tree(t->dir, 3);
	t->dir[0] = 0;
}
