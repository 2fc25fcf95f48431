/*
 * sched_kernels.c - the test kernels of tests/check_sched.c, built with
 * the ir/kernel.h builders (see sched_util.h).
 */
#include <string.h>

#include "tests/sched_util.h"

static Buffer *tbuf(Program *p, const char *name, BufKind kind, int rank,
                    const int64_t *d)
{
	Shape sh = {.rank = rank};

	memcpy(sh.d, d, (size_t)rank * sizeof(d[0]));
	return k_buffer_add(p, name, kind, DT_F32, &sh);
}

static Access tacc(Buffer *b, int64_t k, const int64_t *c, int n)
{
	Access a = {.buf = b, .k = k};

	memcpy(a.c, c, (size_t)n * sizeof(c[0]));
	return a;
}

/* "parent" gets a new loop "iter" over [0, ext); returns the loop. */
static LoopNode *loop_in(Program *p, LoopNode *parent, const char *iter,
                         int64_t ext)
{
	LoopNode *l = k_loop(p, iter, ext);

	if (parent)
		k_append(p, parent, l);
	return l;
}

static Stmt *stmt_in(Program *p, Kernel *k, LoopNode *parent, StmtKind kind,
                     Access store, Expr *value)
{
	Stmt *s = k_stmt_add(p, k, kind);

	s->store = store;
	s->value = value;
	k_append(p, parent, k_leaf(p, s));
	return s;
}

/*
 * matmul M K P: C[n,i,j] = 0; C += A[n,i,k] * B[k,j]; C = C * 2 + bias[j],
 * with loops n, i, then seq { j: init, k { j: update }, j: epilogue }.
 */
static Kernel *build_matmul(Program *p, const int64_t *a)
{
	int64_t M = a[0], K = a[1], P = a[2];
	Buffer *A = tbuf(p, "A", BUF_INPUT, 3, (int64_t[]){IR_DIM_N, M, K});
	Buffer *B = tbuf(p, "B", BUF_WEIGHT, 2, (int64_t[]){K, P});
	Buffer *bias = tbuf(p, "bias", BUF_WEIGHT, 1, (int64_t[]){P});
	Buffer *C = tbuf(p, "C", BUF_OUTPUT, 3, (int64_t[]){IR_DIM_N, M, P});
	Kernel *k = k_kernel_add(p, "matmul", "matmul");
	LoopNode *i, *seq, *kl;
	Expr *e;

	k->root = loop_in(p, NULL, "n", IR_DIM_N);
	i = loop_in(p, k->root, "i", M);
	seq = k_seq(p);
	k_append(p, i, seq);
	stmt_in(p, k, loop_in(p, seq, "j", P), ST_ASSIGN,
	        tacc(C, 0, (int64_t[]){M * P, P, 1}, 3), k_const(p, 0));
	kl = loop_in(p, seq, "k", K);
	e = k_bin(p, EX_MUL, k_load(p, tacc(A, 0, (int64_t[]){M * K, K, 1, 0}, 4)),
	          k_load(p, tacc(B, 0, (int64_t[]){0, 0, P, 1}, 4)));
	stmt_in(p, k, loop_in(p, kl, "j", P), ST_ADD,
	        tacc(C, 0, (int64_t[]){M * P, P, 0, 1}, 4), e);
	e = k_bin(p, EX_ADD,
	          k_bin(p, EX_MUL, k_load(p, tacc(C, 0, (int64_t[]){M * P, P, 1}, 3)),
	                k_const(p, 2)),
	          k_load(p, tacc(bias, 0, (int64_t[]){0, 0, 1}, 3)));
	stmt_in(p, k, loop_in(p, seq, "j", P), ST_ASSIGN,
	        tacc(C, 0, (int64_t[]){M * P, P, 1}, 3), e);
	return k;
}

/* gemm M K P: loops n, i, j, k around C[n,i,j] += A[n,i,k] * B[k,j]. */
static Kernel *build_gemm(Program *p, const int64_t *a)
{
	int64_t M = a[0], K = a[1], P = a[2];
	Buffer *A = tbuf(p, "A", BUF_INPUT, 3, (int64_t[]){IR_DIM_N, M, K});
	Buffer *B = tbuf(p, "B", BUF_WEIGHT, 2, (int64_t[]){K, P});
	Buffer *C = tbuf(p, "C", BUF_OUTPUT, 3, (int64_t[]){IR_DIM_N, M, P});
	Kernel *k = k_kernel_add(p, "gemm", "matmul");
	LoopNode *l;
	Expr *e;

	k->root = loop_in(p, NULL, "n", IR_DIM_N);
	l = loop_in(p, loop_in(p, loop_in(p, k->root, "i", M), "j", P), "k", K);
	e = k_bin(p, EX_MUL, k_load(p, tacc(A, 0, (int64_t[]){M * K, K, 0, 1}, 4)),
	          k_load(p, tacc(B, 0, (int64_t[]){0, 0, 1, P}, 4)));
	stmt_in(p, k, l, ST_ADD, tacc(C, 0, (int64_t[]){M * P, P, 1, 0}, 4), e);
	return k;
}

/*
 * softmax R C, one row per (n, i), three statements over three j loops:
 * M max= X; S += exp(X - M); Y = exp(X - M) / S.
 */
static Kernel *build_softmax(Program *p, const int64_t *a)
{
	int64_t R = a[0], C = a[1];
	Buffer *X = tbuf(p, "X", BUF_INPUT, 3, (int64_t[]){IR_DIM_N, R, C});
	Buffer *Y = tbuf(p, "Y", BUF_OUTPUT, 3, (int64_t[]){IR_DIM_N, R, C});
	Buffer *M = tbuf(p, "M", BUF_WORKSPACE, 2, (int64_t[]){IR_DIM_N, R});
	Buffer *S = tbuf(p, "S", BUF_WORKSPACE, 2, (int64_t[]){IR_DIM_N, R});
	Kernel *k = k_kernel_add(p, "softmax", "softmax");
	const int64_t cx[] = {R * C, C, 1}, cr[] = {R, 1, 0};
	LoopNode *seq = k_seq(p);
	Expr *ex;

	k->root = loop_in(p, NULL, "n", IR_DIM_N);
	k_append(p, loop_in(p, k->root, "i", R), seq);
	stmt_in(p, k, loop_in(p, seq, "j", C), ST_MAX, tacc(M, 0, cr, 3),
	        k_load(p, tacc(X, 0, cx, 3)));
	ex = k_un(p, EX_EXP, k_bin(p, EX_SUB, k_load(p, tacc(X, 0, cx, 3)),
	                           k_load(p, tacc(M, 0, cr, 3))));
	stmt_in(p, k, loop_in(p, seq, "j", C), ST_ADD, tacc(S, 0, cr, 3), ex);
	stmt_in(p, k, loop_in(p, seq, "j", C), ST_ASSIGN, tacc(Y, 0, cx, 3),
	        k_bin(p, EX_DIV, ex, k_load(p, tacc(S, 0, cr, 3))));
	return k;
}

/*
 * conv H W: a 3x3 single-channel convolution with padding 1, loops n, y,
 * x, then seq { init, ky { kx { update if the input pixel exists } } }.
 */
static Kernel *build_conv(Program *p, const int64_t *a)
{
	int64_t H = a[0], W = a[1];
	Buffer *I = tbuf(p, "I", BUF_INPUT, 3, (int64_t[]){IR_DIM_N, H, W});
	Buffer *Wt = tbuf(p, "W", BUF_WEIGHT, 2, (int64_t[]){3, 3});
	Buffer *O = tbuf(p, "O", BUF_OUTPUT, 3, (int64_t[]){IR_DIM_N, H, W});
	Kernel *k = k_kernel_add(p, "conv", "conv2d");
	LoopNode *x, *seq = k_seq(p), *kx;
	Stmt *s;
	Expr *e;

	k->root = loop_in(p, NULL, "n", IR_DIM_N);
	x = loop_in(p, loop_in(p, k->root, "y", H), "x", W);
	k_append(p, x, seq);
	stmt_in(p, k, seq, ST_ASSIGN, tacc(O, 0, (int64_t[]){H * W, W, 1}, 3),
	        k_const(p, 0));
	kx = loop_in(p, loop_in(p, seq, "ky", 3), "kx", 3);
	e = k_bin(p, EX_MUL,
	          k_load(p, tacc(I, -W - 1, (int64_t[]){H * W, W, 1, W, 1}, 5)),
	          k_load(p, tacc(Wt, 0, (int64_t[]){0, 0, 0, 3, 1}, 5)));
	s = stmt_in(p, k, kx, ST_ADD,
	            tacc(O, 0, (int64_t[]){H * W, W, 1, 0, 0}, 5), e);
	s->constraints = arena_printf(&p->arena, "0 <= y + ky - 1 < %lld and "
	                              "0 <= x + kx - 1 < %lld", (long long)H,
	                              (long long)W);
	return k;
}

/* transpose R C: loops n, i, j around Out[n,j,i] = In[n,i,j]. */
static Kernel *build_transpose(Program *p, const int64_t *a)
{
	int64_t R = a[0], C = a[1];
	Buffer *In = tbuf(p, "In", BUF_INPUT, 3, (int64_t[]){IR_DIM_N, R, C});
	Buffer *Out = tbuf(p, "Out", BUF_OUTPUT, 3, (int64_t[]){IR_DIM_N, C, R});
	Kernel *k = k_kernel_add(p, "transpose", "transpose");
	LoopNode *j;

	k->root = loop_in(p, NULL, "n", IR_DIM_N);
	j = loop_in(p, loop_in(p, k->root, "i", R), "j", C);
	stmt_in(p, k, j, ST_ASSIGN, tacc(Out, 0, (int64_t[]){R * C, 1, R}, 3),
	        k_load(p, tacc(In, 0, (int64_t[]){R * C, C, 1}, 3)));
	return k;
}

/*
 * lastcol R C: Out[n,i] = In[n,i,j] over n, i, j: a plain copy whose store
 * is not injective (every j writes the same element, the last one wins),
 * so j carries an output dependence although nothing is read back.
 */
static Kernel *build_lastcol(Program *p, const int64_t *a)
{
	int64_t R = a[0], C = a[1];
	Buffer *In = tbuf(p, "In", BUF_INPUT, 3, (int64_t[]){IR_DIM_N, R, C});
	Buffer *Out = tbuf(p, "Out", BUF_OUTPUT, 2, (int64_t[]){IR_DIM_N, R});
	Kernel *k = k_kernel_add(p, "lastcol", "copy");
	LoopNode *j;

	k->root = loop_in(p, NULL, "n", IR_DIM_N);
	j = loop_in(p, loop_in(p, k->root, "i", R), "j", C);
	stmt_in(p, k, j, ST_ASSIGN, tacc(Out, 0, (int64_t[]){R, 1, 0}, 3),
	        k_load(p, tacc(In, 0, (int64_t[]){R * C, C, 1}, 3)));
	return k;
}

/*
 * linear M K P, shaped like the lowering's matmul kernels (lower/linalg.c):
 * loops n, i, k, j around seq { out = A*B + bias if k = 0; out += A*B if
 * k >= 1; out = out * 0.5 if k = K-1 }.  fc M K P is the same without
 * the last statement: the lowering now puts an epilogue in a nest of its
 * own, after this one.
 */
static Kernel *build_matmul_bias(Program *p, const int64_t *a, int epilogue)
{
	int64_t M = a[0], K = a[1], P = a[2];
	Buffer *A = tbuf(p, "A", BUF_INPUT, 3, (int64_t[]){IR_DIM_N, M, K});
	Buffer *B = tbuf(p, "B", BUF_WEIGHT, 2, (int64_t[]){K, P});
	Buffer *bias = tbuf(p, "bias", BUF_WEIGHT, 1, (int64_t[]){P});
	Buffer *C = tbuf(p, "C", BUF_OUTPUT, 3, (int64_t[]){IR_DIM_N, M, P});
	Kernel *k = k_kernel_add(p, epilogue ? "linear" : "fc", "linear");
	const int64_t ca[] = {M * K, K, 1, 0}, cb[] = {0, 0, P, 1};
	const int64_t cc[] = {M * P, P, 0, 1}, cbias[] = {0, 0, 0, 1};
	LoopNode *seq = k_seq(p), *j;
	Stmt *s;

	k->root = loop_in(p, NULL, "n", IR_DIM_N);
	j = loop_in(p, loop_in(p, loop_in(p, k->root, "i", M), "k", K), "j", P);
	k_append(p, j, seq);
	s = stmt_in(p, k, seq, ST_ASSIGN, tacc(C, 0, cc, 4),
	            k_fma(p, k_load(p, tacc(A, 0, ca, 4)),
	                  k_load(p, tacc(B, 0, cb, 4)),
	                  k_load(p, tacc(bias, 0, cbias, 4))));
	s->constraints = "k = 0";
	s = stmt_in(p, k, seq, ST_ADD, tacc(C, 0, cc, 4),
	            k_bin(p, EX_MUL, k_load(p, tacc(A, 0, ca, 4)),
	                  k_load(p, tacc(B, 0, cb, 4))));
	s->constraints = "k >= 1";
	if (!epilogue)
		return k;
	s = stmt_in(p, k, seq, ST_ASSIGN, tacc(C, 0, cc, 4),
	            k_bin(p, EX_MUL, k_load(p, tacc(C, 0, cc, 4)),
	                  k_const(p, 0.5f)));
	s->constraints = arena_printf(&p->arena, "k = %lld", (long long)K - 1);
	return k;
}

static Kernel *build_linear(Program *p, const int64_t *a)
{
	return build_matmul_bias(p, a, 1);
}

static Kernel *build_fc(Program *p, const int64_t *a)
{
	return build_matmul_bias(p, a, 0);
}

/*
 * fcp M K P: fc with B packed in column panels of 12 (lw_weight_panels;
 * 12 = the 3 x 4-lane tile of sch_target_default), loops n, i, k, jp, j:
 * column jp * 12 + j, B[jp][k][j].  P must be a multiple of 12.
 */
static Kernel *build_fcp(Program *p, const int64_t *a)
{
	int64_t M = a[0], K = a[1], P = a[2], J = 12;
	Buffer *A = tbuf(p, "A", BUF_INPUT, 3, (int64_t[]){IR_DIM_N, M, K});
	Buffer *B = tbuf(p, "B", BUF_WEIGHT, 3, (int64_t[]){P / J, K, J});
	Buffer *bias = tbuf(p, "bias", BUF_WEIGHT, 1, (int64_t[]){P});
	Buffer *C = tbuf(p, "C", BUF_OUTPUT, 3, (int64_t[]){IR_DIM_N, M, P});
	Kernel *k = k_kernel_add(p, "fcp", "linear");
	const int64_t ca[] = {M * K, K, 1, 0, 0}, cb[] = {0, 0, J, K * J, 1};
	const int64_t cc[] = {M * P, P, 0, J, 1}, cbias[] = {0, 0, 0, J, 1};
	LoopNode *seq = k_seq(p), *j;
	Stmt *s;

	k->root = loop_in(p, NULL, "n", IR_DIM_N);
	j = loop_in(p, loop_in(p, loop_in(p, loop_in(p, k->root, "i", M), "k", K), "jp", P / J),
	            "j", J);
	k_append(p, j, seq);
	s = stmt_in(p, k, seq, ST_ASSIGN, tacc(C, 0, cc, 5),
	            k_fma(p, k_load(p, tacc(A, 0, ca, 5)), k_load(p, tacc(B, 0, cb, 5)),
	                  k_load(p, tacc(bias, 0, cbias, 5))));
	s->constraints = "k = 0";
	s = stmt_in(p, k, seq, ST_ADD, tacc(C, 0, cc, 5),
	            k_bin(p, EX_MUL, k_load(p, tacc(A, 0, ca, 5)), k_load(p, tacc(B, 0, cb, 5))));
	s->constraints = "k >= 1";
	return k;
}

/*
 * wave R C: A[n,i,j] += A[n,i-1,j+1] for 1 <= i and j < C-1, loops n, i,
 * j: the dependence distance (1,-1) forbids swapping or tiling i and j
 * and running i in parallel; j may run in parallel.
 */
static Kernel *build_wave(Program *p, const int64_t *a)
{
	int64_t R = a[0], C = a[1];
	Buffer *A = tbuf(p, "A", BUF_OUTPUT, 3, (int64_t[]){IR_DIM_N, R, C});
	Kernel *k = k_kernel_add(p, "wave", "wave");
	const int64_t c[] = {R * C, C, 1};
	LoopNode *j;
	Stmt *s;

	k->root = loop_in(p, NULL, "n", IR_DIM_N);
	j = loop_in(p, loop_in(p, k->root, "i", R), "j", C);
	s = stmt_in(p, k, j, ST_ADD, tacc(A, 0, c, 3),
	            k_load(p, tacc(A, 1 - C, c, 3)));
	s->constraints = arena_printf(&p->arena, "i >= 1 and j < %lld",
	                              (long long)C - 1);
	return k;
}

static const struct {
	const char *name;
	Kernel *(*build)(Program *p, const int64_t *args);
	int nargs;
	int64_t defaults[3];
} kernels[] = {
	{"matmul", build_matmul, 3, {7, 5, 10}},
	{"gemm", build_gemm, 3, {10, 3, 12}},
	{"softmax", build_softmax, 2, {3, 10}},
	{"conv", build_conv, 2, {5, 6}},
	{"transpose", build_transpose, 2, {10, 7}},
	{"wave", build_wave, 2, {6, 5}},
	{"lastcol", build_lastcol, 2, {6, 5}},
	{"linear", build_linear, 3, {6, 3, 80}},
	{"fc", build_fc, 3, {6, 3, 80}},
	{"fcp", build_fcp, 3, {6, 3, 24}},
};

Kernel *tk_build(Program *p, const char *name, const int64_t *args,
                 int nargs)
{
	VitcErr err;

	for (size_t i = 0; i < sizeof(kernels) / sizeof(kernels[0]); i++) {
		Kernel *k;
		if (strcmp(kernels[i].name, name))
			continue;
		if (args && nargs < kernels[i].nargs)
			return NULL;
		k = kernels[i].build(p, args ? args : kernels[i].defaults);
		return k_kernel_finish(k, &err) ? NULL : k;
	}
	return NULL;
}

Kernel *tk_nest(Program *p, const char *const *names, int n)
{
	int64_t size = 1, c[K_MAX_DIMS];
	Buffer *in, *out;
	Kernel *k = k_kernel_add(p, "nest", "copy");
	LoopNode *l = NULL;
	VitcErr err;

	for (int d = n - 1; d >= 0; d--) {
		c[d] = size;
		size *= 3;
	}
	in = tbuf(p, "In", BUF_INPUT, 1, &size);
	out = tbuf(p, "Out", BUF_OUTPUT, 1, &size);
	for (int d = 0; d < n; d++) {
		l = loop_in(p, l, names[d], 3);
		if (!d)
			k->root = l;
	}
	stmt_in(p, k, l, ST_ASSIGN, tacc(out, 0, c, n),
	        k_load(p, tacc(in, 0, c, n)));
	return k_kernel_finish(k, &err) ? NULL : k;
}
