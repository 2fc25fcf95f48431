/*
 * quantize_shiftadd.c - `vitc quantize` of ShiftAdd layers
 * (docs/quantization.md "ShiftAdd models"): the integer parameters of a
 * shift linear between int8 tensors (qshift_linear) and of a two-expert
 * MoE (qmoe2_linear), and the limits their kernels need; the realization
 * of each shift linear and of each MoE's shift expert (the shift kernel,
 * or one int8 or int16 product where that is exact and measured faster on
 * this host).
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/measure.h"
#include "compiler/quantize.h"
#include "passes/passes.h"

/*
 * A shift linear's exponents within qshift_linear's limits (the input's
 * Q16.16 form in i32, the output shift ey + 16 in range) and its Q16.16
 * bias floor(f32(b) * 2^16), saturated.
 */
int quant_shift_params(Quant *q, QNode *l, const Tensor *b, int32_t **bq)
{
	int ex = quant_exp_of(q, l->n->in[0]), ey = quant_exp_of(q, l->n->out[0]);
	if (ex > PASS_QSHIFT_X_MAX)
		return vitc_errf(&q->err, "%s: layer '%s': input exponent %d above %d: its Q16.16 "
		                 "form x * 2^(e + 16) would leave int32", q->o.model, l->n->name, ex,
		                 PASS_QSHIFT_X_MAX);
	if (ey + 16 < PASS_QSHIFT_MIN || ey + 16 > PASS_QSHIFT_MAX)
		return vitc_errf(&q->err, "%s: layer '%s': output exponent %d: the requantization "
		                 "shift %d is outside %d..%d", q->o.model, l->n->name, ey, ey + 16,
		                 PASS_QSHIFT_MIN, PASS_QSHIFT_MAX);
	if (b) {
		const float *bf = b->data;
		*bq = xmalloc(sizeof(int32_t) * (size_t)l->M);
		for (int64_t j = 0; j < l->M; j++) {
			double v = floor((double)bf[j] * 65536.0);
			(*bq)[j] = v < -2147483648.0 ? INT32_MIN : v > 2147483647.0 ? INT32_MAX
			           : (int32_t)v;
		}
	}
	return 0;
}

/*
 * A MoE between int8 tensors: the router and the mult expert as int8
 * linears (per output channel exponents by the output error on all
 * calibration tokens, biases at the accumulator's scale), the router's two
 * exponents within 31 of each other (their accumulators are compared
 * exactly after aligning), the mult expert's shifts in range; the shift
 * expert as a shift linear.
 */
int quant_moe_params(Quant *q, QNode *l)
{
	const Node *n = l->n;
	const Tensor *wr = n->in[1], *br = n->in[2], *w0 = n->in[3], *b0 = n->in[4];
	const QTen *x = quant_qten_of(q, n->in[0]);
	int ex = x->e, ey = quant_exp_of(q, n->out[0]), rc = -1;
	double *G = pass_potq_gram(x->v, x->nv / (size_t)l->K, l->K);
	double *re = xmalloc(sizeof(double) * (size_t)(l->M + 2));
	const char *why;
	int64_t row;
	l->bits = 8;
	l->wq = xmalloc((size_t)(l->M * l->K));
	l->ew = xmalloc((size_t)l->M);
	l->rq = xmalloc((size_t)(2 * l->K));
	l->rew = xmalloc(2);
	if (pass_potq_weight(wr->data, 2, l->K, 8, G, l->rq, l->rew, re, &row, &why) ||
	    pass_potq_weight(w0->data, l->M, l->K, 8, G, l->wq, l->ew, re, &row, &why)) {
		vitc_errf(&q->err, "%s: layer '%s': weight row %lld: %s", q->o.model, n->name,
		          (long long)row, why);
		goto done;
	}
	if (abs(l->rew[0] - l->rew[1]) > 30) {
		vitc_errf(&q->err, "%s: layer '%s': router exponents %d and %d differ by more than 30",
		          q->o.model, n->name, l->rew[0], l->rew[1]);
		goto done;
	}
	for (int64_t j = 0; j < l->M; j++)
		if (ey - ex - l->ew[j] < PASS_QSHIFT_MIN || ey - ex - l->ew[j] > PASS_QSHIFT_MAX) {
			vitc_errf(&q->err, "%s: layer '%s': mult expert channel %lld: requantization "
			          "shift %d outside %d..%d", q->o.model, n->name, (long long)j,
			          ey - ex - l->ew[j], PASS_QSHIFT_MIN, PASS_QSHIFT_MAX);
			goto done;
		}
	if (br) {
		l->rbq = xmalloc(2 * sizeof(int32_t));
		for (int j = 0; j < 2; j++)
			l->rbq[j] = pass_potq_bias(((const float *)br->data)[j], ex, l->rew[j]);
	}
	if (b0) {
		l->bq = xmalloc(sizeof(int32_t) * (size_t)l->M);
		for (int64_t j = 0; j < l->M; j++)
			l->bq[j] = pass_potq_bias(((const float *)b0->data)[j], ex, l->ew[j]);
	}
	rc = quant_shift_params(q, l, n->n_in > 6 ? n->in[6] : NULL, &l->sbq);
done:
	free(G);
	free(re);
	return rc;
}

/* The graph of shift linear "w" [M, K] alone (input i8 [N, R, K], no bias) realized as "real". */
static char *shift_graph(const QNode *l, const Tensor *w, int64_t R, int ex, int ey,
                         const char *real, const char *wpath)
{
	char *t = xmalloc(1024 + strlen(wpath) + strlen(w->name));
	snprintf(t, 1024 + strlen(wpath) + strlen(w->name),
	         "{\"format\": \"vitc-graph\", \"version\": 1, \"weights_file\": \"%s\", "
	         "\"inputs\": [{\"name\": \"x\", \"dtype\": \"i8\", \"shape\": [\"N\", %lld, %lld]}], "
	         "\"outputs\": [\"y\"], \"weights\": [{\"name\": \"%s\", \"dtype\": \"pot5\", "
	         "\"shape\": [%lld, %lld], \"role\": \"parameter\"}], \"nodes\": [{\"name\": \"s\", "
	         "\"op\": \"qshift_linear\", \"inputs\": [\"x\", \"%s\"], \"outputs\": [\"y\"], "
	         "\"attrs\": {\"x_exponent\": %d, \"out_exponent\": %d, \"realization\": \"%s\"}}]}",
	         wpath, (long long)R, (long long)l->K, w->name, (long long)l->M, (long long)l->K,
	         w->name, ex, ey, real);
	return t;
}

const char *quant_realization_name(int real)
{
	return real == 2 ? "int16" : real == 1 ? "int8" : "shift";
}

/*
 * The realization of shift linear "w" [M, K] with Q16.16 bias "bq" (of
 * QNode "l": a QN_SHIFT, or a QN_MOE's shift expert): the shift kernel, or
 * an int8 or int16 product where pass_qshift_mul_plan says it gives the
 * same integers; of the exact ones, the fastest measured on this host at
 * the layer's shape (one image's rows: the expert timed on all of them),
 * and why, for `vitc inspect`.
 */
static int choose_realization(Quant *q, QNode *l, const Tensor *w, const int32_t *bq)
{
	char wpath[PATH_MAX];
	int ex = quant_exp_of(q, l->n->in[0]), ey = quant_exp_of(q, l->n->out[0]), cs[16], ncs;
	const char *why8 = NULL, *why16 = NULL;
	int64_t Kp[3] = {0};
	Kp[1] = pass_qshift_mul_plan(w->data, bq, l->M, l->K, ex, 8, cs, &ncs, NULL, &why8);
	Kp[2] = pass_qshift_mul_plan(w->data, bq, l->M, l->K, ex, 16, cs, &ncs, NULL, &why16);
	l->real = 0;
	if (Kp[2] < 0) {
		l->real_why = xstrdup(arena_printf(&q->g->arena, "the only exact one: an int8 or "
		                      "int16 product is not (%s)", why16));
		return 0;
	}
	if (q->o.no_measure) {
		l->real_why = xstrdup(arena_printf(&q->g->arena, "an int%d product would be exact "
		                      "too; not measured (--no-measure)", Kp[1] >= 0 ? 8 : 16));
		return 0;
	}
	if (!realpath(q->g->weights_path, wpath))
		return vitc_errf(&q->err, "%s: %s", q->g->weights_path, strerror(errno));
	int64_t R = measure_image_rows(&l->n->in[0]->shape);
	double t[3] = {0};
	for (int r = 0; r < 3; r++) {
		if (Kp[r] < 0)
			continue;
		const char *name = quant_realization_name(r);
		char *g = shift_graph(l, w, R, ex, ey, name, wpath);
		int rc = measure_graph(q->tmpdir, name, g, wpath, R, l->K, 1, &t[r], &q->err);
		free(g);
		if (rc)
			return -1;
		if (t[r] < t[l->real])
			l->real = r;
	}
	char p8[96];
	if (Kp[1] >= 0)
		snprintf(p8, sizeof(p8), "int8 product %.4f us/token, ", 1e6 * t[1] / R);
	else
		snprintf(p8, sizeof(p8), "no int8 product (a weight needs more than 8 bits), ");
	l->real_why = xstrdup(arena_printf(&q->g->arena, "measured on this host, %lld tokens: "
	                      "shift kernel %.4f us/token, %sint16 product %.4f us/token (the "
	                      "products over x and %d floored cop%s, K' = %lld)", (long long)R,
	                      1e6 * t[0] / R, p8, 1e6 * t[2] / R, ncs, ncs == 1 ? "y" : "ies",
	                      (long long)Kp[2]));
	return 0;
}

/*
 * The realization of each shift linear and of each MoE's shift expert
 * (moe2_linear: x, wr, br, w0, b0, w1, b1), by the one rule above.
 */
int quant_choose_realizations(Quant *q)
{
	for (int i = 0; i < q->n_qn; i++) {
		QNode *l = &q->qn[i];
		if ((l->kind == QN_SHIFT && choose_realization(q, l, l->n->in[1], l->bq)) ||
		    (l->kind == QN_MOE && choose_realization(q, l, l->n->in[5], l->sbq)))
			return -1;
	}
	return 0;
}

/*
 * The Gram matrix [k][k] of group g's windows of a token convolution's
 * calibration input v [B, T, C] (zero padding p): G[a][b] = sum over
 * images, output tokens t and the group's channels of v[t + a - p]
 * v[t + b - p], in double: the output error of group g's taps is d G d^T.
 */
static double *dconv_gram(const QTen *x, int64_t T, int64_t C, int64_t Cg, int64_t g,
                          int64_t k, int64_t pad)
{
	int64_t B = (int64_t)(x->nv / (size_t)(T * C)), To = T + 2 * pad - k + 1;
	double *G = xcalloc((size_t)(k * k), sizeof(double));
	for (int64_t b = 0; b < B; b++)
		for (int64_t t = 0; t < To; t++)
			for (int64_t c = g * Cg; c < (g + 1) * Cg; c++)
				for (int64_t i = 0; i < k; i++) {
					int64_t ti = t + i - pad;
					if (ti < 0 || ti >= T)
						continue;
					double vi = x->v[(b * T + ti) * C + c];
					for (int64_t j = 0; j < k; j++) {
						int64_t tj = t + j - pad;
						if (tj >= 0 && tj < T)
							G[i * k + j] += vi * x->v[(b * T + tj) * C + c];
					}
				}
	return G;
}

/*
 * A token convolution between int8 tensors (qconv1d_tokens): each group's
 * taps w[g, 0, :] as int8 codes at their own exponent, chosen by the
 * output error on the calibration input's windows (a linear's rule, one
 * row per group); the requantization shifts in range; the bias at the
 * accumulator's scale 2^(ex + ew[g(c)]).
 */
int quant_dconv_params(Quant *q, QNode *l)
{
	const Node *n = l->n;
	const Tensor *w = n->in[1], *b = n->n_in > 2 ? n->in[2] : NULL;
	const Attr *pa = ir_node_attr(n, "padding");
	const QTen *x = quant_qten_of(q, n->in[0]);
	int64_t T = n->in[0]->shape.d[1], C = n->in[0]->shape.d[2], Cg = C / l->M;
	int ex = quant_exp_of(q, n->in[0]), ey = quant_exp_of(q, n->out[0]);
	l->bits = 8;
	l->wq = xmalloc((size_t)(l->M * l->K));
	l->ew = xmalloc((size_t)l->M);
	for (int64_t g = 0; g < l->M; g++) {
		double *G = dconv_gram(x, T, C, Cg, g, l->K, pa ? pa->i : 0);
		const char *why;
		int64_t row;
		int rc = pass_potq_weight((const float *)w->data + g * l->K, 1, l->K, 8, G,
		                          l->wq + g * l->K, l->ew + g, NULL, &row, &why);
		free(G);
		if (rc)
			return vitc_errf(&q->err, "%s: layer '%s': weight '%s' group %lld: %s",
			                 q->o.model, n->name, w->name, (long long)g, why);
		int s = ey - ex - l->ew[g];
		if (s < PASS_QSHIFT_MIN || s > PASS_QSHIFT_MAX)
			return vitc_errf(&q->err, "%s: layer '%s': group %lld: requantization shift %d "
			                 "outside %d..%d (exponents: input %d, weight %d, output %d)",
			                 q->o.model, n->name, (long long)g, s, PASS_QSHIFT_MIN,
			                 PASS_QSHIFT_MAX, ex, l->ew[g], ey);
	}
	if (b) {
		const float *bf = b->data;
		l->bq = xmalloc(sizeof(int32_t) * (size_t)C);
		for (int64_t c = 0; c < C; c++)
			l->bq[c] = pass_potq_bias(bf[c], ex, l->ew[c / Cg]);
	}
	return 0;
}

/*
 * The LinAngular attention's kv = matadd_ktv(codes, v), o =
 * matadd_qkv(codes', kv, v), l2norm_heads(o) ending at "n": both MatAdds
 * read the same f32 activation v [N, S, D] (S fixed: the queries are its
 * tokens), kv and o are read once (by the next op only), one head count.
 */
int quant_match_l2qkv(const Graph *g, const Node *n, const Node **ktv, const Node **qkv)
{
	if (n->op != OP_L2NORM_HEADS || !n->in[0] || !n->in[0]->producer ||
	    pass_count_uses(g, n->in[0]) != 1)
		return 0;
	const Node *b = n->in[0]->producer;
	if (b->op != OP_MATADD_QKV || !b->in[1] || !b->in[1]->producer ||
	    pass_count_uses(g, b->in[1]) != 1)
		return 0;
	const Node *a = b->in[1]->producer;
	const Tensor *v = a->in[1];
	int64_t H = ir_node_attr(n, "num_heads")->i;
	if (a->op != OP_MATADD_KTV || b->in[2] != v || !v || v->kind == TK_WEIGHT ||
	    v->dtype != DT_F32 || v->shape.rank != 3 || ir_dim_is_batch(v->shape.d[1]) ||
	    ir_node_attr(a, "num_heads")->i != H || ir_node_attr(b, "num_heads")->i != H ||
	    a->in[0]->shape.rank != 4 || b->in[0]->shape.rank != 4 ||
	    b->in[0]->shape.d[2] != v->shape.d[1])
		return 0;
	*ktv = a;
	*qkv = b;
	return 1;
}

/*
 * A QN_L2QKV's integers: the output exponent in -30..0 (L2-normalized
 * values are at most 1) and alpha_q = rne(alpha 2^F), beta_q = rne(beta
 * 2^F) for the largest F <= 24 within pass_ql2norm_fits (the norm cancels
 * the common 2^F; quant.l2norm_consts).
 */
int quant_l2qkv_params(Quant *q, QNode *l)
{
	const Node *b = l->sub[1];
	double alpha = ir_node_attr(b, "alpha")->f, beta = ir_node_attr(b, "beta")->f;
	int64_t nbits = l->sub[0]->in[0]->shape.d[3], S = l->act[0]->shape.d[1];
	int64_t d = l->act[0]->shape.d[2] / l->H;
	int eo = quant_exp_of(q, l->y);
	if (eo < -30 || eo > 0)
		return vitc_errf(&q->err, "%s: layer '%s': output exponent %d outside -30..0",
		                 q->o.model, l->n->name, eo);
	for (int F = 24; F >= 0; F--) {
		double A = rint(ldexp(alpha, F)), B = rint(ldexp(beta, F));
		if (fabs(A) > PASS_QL2_CONST_MAX || fabs(B) > PASS_QL2_CONST_MAX ||
		    !pass_ql2norm_fits((int64_t)A, (int64_t)B, nbits, S, d, eo))
			continue;
		l->l2a = (int64_t)A;
		l->l2b = (int64_t)B;
		return 0;
	}
	return vitc_errf(&q->err, "%s: layer '%s': alpha %g, beta %g: no integer constants keep "
	                 "the sums within int64 (%lld bits, %lld tokens, head size %lld)",
	                 q->o.model, l->n->name, alpha, beta, (long long)nbits, (long long)S,
	                 (long long)d);
}
