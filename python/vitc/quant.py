"""Power-of-two integer quantization: the NumPy reference of docs/quantization.md.

Integer math is int64 NumPy (no torch).  Exponents are Python or NumPy
integers e (scale 2^e).  The functions mirror vitc's C code:

    quantize(x, e)            f32 -> int8 codes   (the `quantize` op)
    dequantize(q, e)          int8 -> f32         (the `dequantize` op)
    quantize_bias(b, ex, ew)  f32 bias -> int32 at the accumulator's scale
    requant(acc, k)           int32/64 accumulators -> int8, shift k per channel
    qlinear(...)              the `qlinear` op
    qadd(a, b, ea, eb, ey)    the `qadd` op (int8 + int8 -> int8, shifts only)
    patches(x, kh, kw)        a patch embedding's input cut into patches [N, P, C kh kw]
    qpatch_embed(...)         the integer patch embedding conv2d (patches + qlinear)
    qlayernorm(x, g, b, eps_q, alpha)   the `qlayernorm` op (integer LayerNorm)
    qattn_scores / qsoftmax / qattn_pv   integer attention (Log-Int-Softmax)
    qshift_linear(xq, w, bq, ex, ey)   a shift linear (pot5 weights, Q16.16) between int8
                              tensors; shift_bias(b) its Q16.16 bias
    qmoe2_route / qmoe2_linear   ShiftAddViT's two-expert MoE between int8 tensors
    qconv1d_tokens(...)       the token convolution (depthwise along tokens) on int8;
                              dconv_weight(w, v, padding) its per-group int8 taps
    qmatadd_l2norm(...)       LinAngular's MatAdd products + L2 norm per head on int8 v;
                              l2norm_consts(...) its integer alpha, beta
    choose_ptf(v)             PTF calibration: base exponent + per-channel offsets
    layernorm_params(...)     qlayernorm's g, b, eps_q from the float LayerNorm

Per-channel (PTF) exponents: wherever an exponent e is taken, an array e[C] over
the last axis works too (base + alpha, FQ-ViT's power-of-two factor).
    choose_exponent(v)        minmax observer + adaptive PoT rounding (calibration)
    observe(v, observer, blen)  the minmax/ema/percentile/omse observers + PoT rounding
    quantize_weight(w, x, bits) per-output-channel int8/int4 weights + exponents,
                              chosen by the output error on calibration inputs x
    pack_i4 / unpack_i4       int4 codes two per byte (the i4 dtype)
    mixed_bits(cost, params, budget)   --scheme mixed's greedy choice of 4/8 bits

Importing this module also registers the three ops with vitc.interp, so
interp.run() executes quantized graphs (float islands in float64 there).
"""

import math

import numpy as np

QMIN, QMAX = -128, 127
SHIFT_MIN, SHIFT_MAX = -31, 62


def _pow2_f32(e):
    """2^e as float32; e an integer or an array of them (per channel)."""
    if np.ndim(e):
        return np.ldexp(np.float32(1), np.asarray(e, dtype=np.int32)).astype(np.float32)
    return np.float32(math.ldexp(1.0, int(e)))


PTF_MAX = 3


def ptf_exponents(base, alpha, C=None):
    """base + alpha[c] (alpha None: the scalar base)."""
    if alpha is None:
        return int(base)
    alpha = np.asarray(alpha, dtype=np.int64)
    if np.any(alpha < 0) or np.any(alpha > PTF_MAX):
        raise ValueError("PTF offsets outside 0..%d" % PTF_MAX)
    return int(base) + alpha


def quantize(x, e):
    """q = clamp(rne(x * 2^-e), -128, 127), x * 2^-e in float32."""
    v = np.asarray(x, dtype=np.float32) * _pow2_f32(-e)
    v = np.clip(v, np.float32(-129.0), np.float32(128.0))   # keeps the int cast defined
    return np.clip(np.rint(v), QMIN, QMAX).astype(np.int8)


def dequantize(q, e):
    """x = f32(q) * 2^e (exact)."""
    return np.asarray(q).astype(np.float32) * _pow2_f32(e)


def quantize_bias(b, ex, ew):
    """b_q[c] = clamp(rne(b[c] * 2^-(ex + ew[c])), int32), as int32."""
    b = np.asarray(b, dtype=np.float64)
    sc = np.ldexp(1.0, -(int(ex) + np.asarray(ew, dtype=np.int64)))
    return np.clip(np.rint(b * sc), -2 ** 31, 2 ** 31 - 1).astype(np.int32)


def requant(acc, k):
    """int8 from accumulators acc[..., c] and shifts k[c] (docs/quantization.md):
    k > 0: clamp((acc + 2^(k-1)) >> k) (round half up); k <= 0: clamp(acc << -k)."""
    acc = np.asarray(acc, dtype=np.int64)
    k = np.broadcast_to(np.asarray(k, dtype=np.int64), acc.shape[-1:])
    if np.any(k < SHIFT_MIN) or np.any(k > SHIFT_MAX):
        raise ValueError("requant shift outside [%d, %d]" % (SHIFT_MIN, SHIFT_MAX))
    kp = np.maximum(k, 1)
    right = (acc + (np.int64(1) << (kp - 1))) >> kp
    left = np.clip(acc, -2 ** 31, 2 ** 31) << np.maximum(-k, 0)   # clamped first: no overflow
    return np.clip(np.where(k > 0, right, left), QMIN, QMAX).astype(np.int8)


def accumulate(xq, wq, bq=None):
    """acc[..., c] = b_q[c] + sum_k xq[..., k] * wq[c, k] in int64."""
    acc = np.asarray(xq, dtype=np.int64) @ np.asarray(wq, dtype=np.int64).T
    if bq is not None:
        acc = acc + np.asarray(bq, dtype=np.int64)
    return acc


def qlinear(xq, wq, ew, bq, ex, ey=None, ptf=None):
    """The qlinear op: int8 out with exponent ey (requantized; channel c at ey + ptf[c]
    with PTF offsets), or f32 (ey None)."""
    ew = np.asarray(ew, dtype=np.int64)
    acc = accumulate(xq, wq, bq)
    if np.any(np.abs(acc) >= 2 ** 31):
        raise ValueError("qlinear: accumulator leaves int32")
    if ey is not None:
        return requant(acc, ptf_exponents(ey, ptf) - int(ex) - ew)
    scale = np.array([math.ldexp(1.0, int(ex) + int(e)) for e in ew], dtype=np.float32)
    return acc.astype(np.float32) * scale


QADD_ALIGN_MAX = 31


def qadd(a, b, ea, eb, ey):
    """The qadd op: s = (a << (ea - ef)) + (b << (eb - ef)), ef = min(ea, eb) (exact),
    then requant(s, ey - ef) to int8; exponents scalars or per channel (PTF)."""
    ea, eb, ey = (np.asarray(e, dtype=np.int64) for e in (ea, eb, ey))
    if np.any(np.abs(ea - eb) > QADD_ALIGN_MAX):
        raise ValueError("qadd: exponents differ by more than %d" % QADD_ALIGN_MAX)
    ef = np.minimum(ea, eb)
    s = (np.asarray(a, dtype=np.int64) << (ea - ef)) + (np.asarray(b, dtype=np.int64) << (eb - ef))
    return requant(s, ey - ef)


def patches(x, kh, kw):
    """x [N, C, H, W] (any dtype) as the rows a patch embedding conv2d (kernel = stride
    = (kh, kw), no padding) multiplies: [N, (H/kh)(W/kw), C kh kw], patches in row-major
    order, each patch's values in the weight's order (c, i, j).  vitc quantize's graph
    does this with reshape / transpose / reshape on int8."""
    x = np.asarray(x)
    N, C, H, W = x.shape
    p = x.reshape(N, C, H // kh, kh, W // kw, kw).transpose(0, 2, 4, 1, 3, 5)
    return p.reshape(N, (H // kh) * (W // kw), C * kh * kw)


def qpatch_embed(xq, wq, ew, bq, ex, ey, kh, kw, ptf=None):
    """The integer patch embedding: int8 image xq [N, C, H, W] at exponent ex, int8
    weights wq [O, C kh kw] (exponents ew [O]), bias bq at the accumulator's scale:
    qlinear on patches(xq), requantized to ey (channel o at ey + ptf[o] with PTF
    offsets), as the conv's [N, O, H/kh, W/kw]."""
    N, C, H, W = np.shape(xq)
    y = qlinear(patches(xq, kh, kw), wq, ew, bq, ex, ey, ptf)
    return y.transpose(0, 2, 1).reshape(N, -1, H // kh, W // kw)


QLN_FRAC = 16


def isqrt(v):
    """floor(sqrt(v)) of int64 v >= 0, exact."""
    v = np.asarray(v, dtype=np.int64)
    r = np.floor(np.sqrt(v.astype(np.float64))).astype(np.int64)
    r -= (r * r > v)
    r += ((r + 1) * (r + 1) <= v)
    return r


def qlayernorm(xq, g, b, eps_q, alpha=None):
    """The qlayernorm op (docs/quantization.md): X = x << alpha, S1 = sum X, S2 = sum X^2,
    D = max(isqrt(C S2 - S1^2 + eps_q), 1), y = clamp(floor((g (C X - S1)
    + (b + 2^(F-1)) D) / (D 2^F)), -128, 127), all int64."""
    X = np.asarray(xq, dtype=np.int64)
    if alpha is not None:
        X = X << ptf_exponents(0, alpha)
    C = X.shape[-1]
    S1 = X.sum(-1, keepdims=True)
    S2 = (X * X).sum(-1, keepdims=True)
    D = np.maximum(isqrt(C * S2 - S1 * S1 + int(eps_q)), 1)
    g = np.asarray(g, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    num = g * (C * X - S1) + (b + (1 << (QLN_FRAC - 1))) * D
    return np.clip(num // (D << QLN_FRAC), QMIN, QMAX).astype(np.int8)


# ---- calibration (mirrors compiler/quantize.c) ----

def _mse(v, e):
    d = dequantize(quantize(v, e), e).astype(np.float64) - np.asarray(v, dtype=np.float64)
    return float(np.mean(d * d))


def choose_exponent(values):
    """minmax + adaptive PoT rounding: s = max|v| / 127.5, a0 = floor(log2 s), the
    candidate e in a0-1 .. a0+2 with the lowest MSE of dequantize(quantize(v, e)) vs v
    (ties: the smaller).  ValueError for NaN/Inf, empty or all-zero values."""
    v = np.asarray(values, dtype=np.float32).ravel()
    if v.size == 0:
        raise ValueError("no values")
    if not np.all(np.isfinite(v)):
        raise ValueError("NaN or Inf values")
    m = float(np.max(np.abs(v)))
    if m == 0:
        raise ValueError("zero range (all values are 0)")
    return _pot_round(v, m)


def _pot_round(v, m):
    """Adaptive PoT rounding of the scale m / 127.5: of e in a0-1 .. a0+2,
    a0 = floor(log2(m / 127.5)), the lowest MSE of v (ties: the smaller)."""
    a0 = math.floor(math.log2(m / 127.5))
    best = None
    for e in range(a0 - 1, a0 + 3):
        err = _mse(v, e)
        if best is None or err < best[1]:
            best = (e, err)
    return best[0]


OBSERVERS = ("minmax", "ema", "percentile", "omse")


def observe_range(values, observer="minmax", blen=0):
    """The symmetric range m = max(-min, max) of FQ-ViT's observers on the values in
    batches of blen (0: one batch; the last may be shorter):
      minmax: max|v|; ema: per batch min/max, the first batch sets them, later ones move
      them by 0.01 (cur - old); percentile: the same with np.quantile(v_b, 1e-5 / 0.99999)
      (linear, torch.quantile's rule); omse: the minmax range times 1 - 0.01 i, i in
      0..89, with the lowest squared error of the last batch quantized at scale m_i / 127.5
      (ties: the smaller i)."""
    v = np.asarray(values, dtype=np.float32).ravel()
    n = v.size
    blen = blen or n
    m = float(np.max(np.abs(v)))
    if observer == "minmax" or m == 0:
        return m
    if observer == "omse":
        last = v[(n - 1) // blen * blen:].astype(np.float64)
        best, bm = None, m
        for i in range(90):
            mi = m * (1.0 - i * 0.01)
            s = mi / 127.5
            q = np.clip(np.rint(last / s), -128, 127)
            sc = float(np.sum((q * s - last) ** 2))
            if best is None or sc < best:
                best, bm = sc, mi
        return bm
    lo = hi = 0.0
    for b0 in range(0, n, blen):
        vb = v[b0:b0 + blen]
        if observer == "percentile":
            cmax = float(np.quantile(vb.astype(np.float64), 0.99999))
            cmin = float(np.quantile(vb.astype(np.float64), 0.00001))
        else:
            cmin, cmax = float(vb.min()), float(vb.max())
        if b0 == 0:
            lo, hi = cmin, cmax
        else:
            lo += 0.01 * (cmin - lo)
            hi += 0.01 * (cmax - hi)
    return max(-lo, hi)


def observe(values, observer="minmax", blen=0):
    """An activation's exponent: observe_range, then adaptive PoT rounding judged on all
    values (a range of 0 with nonzero values falls back to max|v|)."""
    v = np.asarray(values, dtype=np.float32).ravel()
    if v.size == 0 or not np.all(np.isfinite(v)):
        raise ValueError("no values, or NaN/Inf")
    m0 = float(np.max(np.abs(v)))
    if m0 == 0:
        raise ValueError("zero range (all values are 0)")
    m = observe_range(v, observer, blen)
    return _pot_round(v, m if m > 0 else m0)


# ---- integer attention (docs/quantization.md "Integer attention") ----

LIS_N, LIS_ZERO = 30, 16


def log2_sqrt(d):
    s = 0
    while (1 << (2 * s)) < d:
        s += 1
    if (1 << (2 * s)) != d:
        raise ValueError("head size %d is not a power of 4" % d)
    return s


def _heads(qkv, H, part):
    """Part 0/1/2 (q/k/v) of packed qkv [N, L, 3D] as [N, H, L, d], int64."""
    qkv = np.asarray(qkv, dtype=np.int64)
    N, L, D3 = qkv.shape
    D = D3 // 3
    return qkv[..., part * D:(part + 1) * D].reshape(N, L, H, D // H).transpose(0, 2, 1, 3)


def qattn_scores(qkv, H, e, es):
    """q kT / sqrt(d) at exponent es: requant(sum_i q k, es - 2e + log2 sqrt(d))."""
    q, k = _heads(qkv, H, 0), _heads(qkv, H, 1)
    acc = q @ k.transpose(0, 1, 3, 2)
    return requant(acc, int(es) - 2 * int(e) + log2_sqrt(q.shape[-1]))


def iexp_consts(es):
    a = 0.35815147
    b, c = 0.96963238 / a, 1.0 / a
    return (math.floor(-0.6931 * math.ldexp(1.0, -int(es))), math.floor(b * math.ldexp(1.0, -int(es))),
            math.floor(c * math.ldexp(1.0, -2 * int(es))))


def qsoftmax(x, es):
    """Log-Int-Softmax codes (0..15, 16 = zero) of int8 x [..., L] at exponent es."""
    x0, b, c = iexp_consts(es)
    x = np.asarray(x, dtype=np.int64)
    if not -24 <= int(es) <= 24 or not 1 <= c <= ((1 << 61) >> LIS_N) // x.shape[-1]:
        raise ValueError("qsoftmax: exponent %d: the row sums could leave int64" % es)
    x = np.maximum(x - x.max(-1, keepdims=True), LIS_N * x0)
    qe = x // x0                                  # both <= 0, x0 < 0: exact floor
    r = x - x0 * qe
    z = r * (r + b) + c
    e = np.maximum(z, 0) << (LIS_N - qe)
    S = e.sum(-1, keepdims=True)
    R = (2 * S + e) // (2 * np.maximum(e, 1))
    f = np.zeros_like(R)
    for k in range(1, 63):
        f += R >= (np.int64(1) << k)
    below = np.where(f >= 1, (R >> np.maximum(f - 1, 0)) & 1, 0)
    code = np.minimum(f + below, LIS_ZERO)
    return np.where(e > 0, code, LIS_ZERO).astype(np.int8)


def qattn_pv(codes, qkv, H, e, ec):
    """P V by shifts: sum_m v << (15 - code) (code 16: 0), heads merged, requant to ec."""
    v = _heads(qkv, H, 2)
    codes = np.asarray(codes, dtype=np.int64)
    p = np.where(codes < LIS_ZERO, np.int64(1) << (15 - np.minimum(codes, 15)), 0)
    acc = p @ v                                      # [N, H, L, d], exact int64
    N, _, L, d = acc.shape
    acc = acc.transpose(0, 2, 1, 3).reshape(N, L, H * d)
    return requant(acc, int(ec) - int(e) + 15)


def gelu_table(ex, ey, approximate="none"):
    """The integer GELU table: t[q + 128] = clamp(rne(gelu(q 2^ex) 2^-ey)) in double."""
    t = np.zeros(256, np.int8)
    for q in range(-128, 128):
        x = math.ldexp(float(q), int(ex))
        if approximate == "tanh":
            y = 0.5 * x * (1 + math.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x * x * x)))
        else:
            y = 0.5 * x * (1 + math.erf(x / math.sqrt(2.0)))
        t[q + 128] = int(np.clip(np.rint(math.ldexp(y, -int(ey))), QMIN, QMAX))
    return t


def qlut(x, table):
    """The qlut op: table[x + 128]."""
    return np.asarray(table).astype(np.int8)[np.asarray(x, dtype=np.int64) + 128]


def choose_ptf(values, observer="minmax", blen=0):
    """PTF calibration with a power-of-two base (P2-ViT's released code left the base
    float): e8 = observe(all values), base = e8 - 3, and per channel c the
    alpha in 0..3 with the lowest MSE of channel c at exponent base + alpha (ties: the
    smaller).  (base, alpha int8 [C])."""
    v = np.asarray(values, dtype=np.float32)
    v = v.reshape(-1, v.shape[-1])
    base = observe(v, observer, blen) - PTF_MAX
    alpha = np.zeros(v.shape[1], np.int8)
    for c in range(v.shape[1]):
        errs = [_mse(v[:, c], base + a) for a in range(PTF_MAX + 1)]
        alpha[c] = int(np.argmin(errs))          # first minimum: the smaller alpha
    return base, alpha


QLN_EPS_MAX = 1 << 40


def layernorm_params(gamma, beta, eps, C, x_base, out_exponent):
    """qlayernorm's g, b (int32 [C]: rne(gamma * 2^(F - eo)), rne(beta * 2^(F - eo)),
    saturated) and eps_q = min(rne(eps * C^2 * 2^(-2 x_base)), 2^40)."""
    sc = math.ldexp(1.0, QLN_FRAC - int(out_exponent))
    g = np.clip(np.rint(np.asarray(gamma, dtype=np.float64) * sc), -2 ** 31, 2 ** 31 - 1)
    b = np.clip(np.rint(np.asarray(beta, dtype=np.float64) * sc), -2 ** 31, 2 ** 31 - 1)
    e = min(float(np.rint(math.ldexp(float(eps) * C * C, -2 * int(x_base)))), float(QLN_EPS_MAX))
    return g.astype(np.int32), b.astype(np.int32), int(e)


ZERO_ROW_EXPONENT = -7


def _wcode(r, e, bits):
    q = quantize(r, e).astype(np.int64)
    hi = 7 if bits == 4 else 127
    return np.clip(q, -hi - 1, hi)


def gram(x):
    """G = X^T X (float64) of a linear's calibration inputs x [..., K]."""
    x = np.asarray(x, dtype=np.float32).reshape(-1, np.shape(x)[-1]).astype(np.float64)
    return x.T @ x


def quantize_weight(w, x=None, bits=8, G=None, errors=False):
    """Per output channel (row) int8 or int4 codes (int8 arrays) and int8 exponents:
    (wq [M,K], ew [M]).  Row j: m = max|w_j|, a0 = floor(log2(m / 127.5)) (int8) or
    floor(log2(m / 7.5)) (int4); of e in a0-1 .. a0+2 the one with the lowest output
    error d G d^T, d = dequantized row - row, G = gram(x) of the calibration inputs x
    (x None: the weights' own squared error; ties: the smaller e).  errors=True also
    returns each row's error."""
    w = np.asarray(w, dtype=np.float32)
    if G is None and x is not None:
        G = gram(x)
    ew, wq, err = [], [], []
    for r in w:
        m = float(np.max(np.abs(r)))
        if m == 0:
            ew.append(ZERO_ROW_EXPONENT)
            wq.append(np.zeros(r.shape, np.int64))
            err.append(0.0)
            continue
        a0 = math.floor(math.log2(m / (7.5 if bits == 4 else 127.5)))
        best = None
        for e in range(a0 - 1, a0 + 3):
            d = np.ldexp(_wcode(r, e, bits).astype(np.float64), e) - r.astype(np.float64)
            t = float(d @ G @ d) if G is not None else float(d @ d)
            if best is None or t < best[1]:
                best = (e, t)
        ew.append(best[0])
        err.append(best[1])
        wq.append(_wcode(r, best[0], bits))
    out = (np.stack(wq).astype(np.int8), np.array(ew, dtype=np.int8))
    return out + (np.array(err),) if errors else out


def pack_i4(q):
    """int4 codes (any shape, values -8..7) packed two per byte, low nibble first, as
    the flat uint8 array the i4 dtype stores."""
    q = (np.asarray(q, dtype=np.int64).ravel() & 15).astype(np.uint8)
    if q.size % 2:
        q = np.append(q, np.uint8(0))
    return (q[0::2] | (q[1::2] << 4)).astype(np.uint8)


def unpack_i4(b, shape):
    """The int4 codes (int8 array of "shape") of packed bytes b."""
    b = np.asarray(b, dtype=np.uint8).ravel()
    n = int(np.prod(shape))
    v = np.stack([b & 15, b >> 4], axis=1).ravel()[:n].astype(np.int8)
    return np.where(v >= 8, v - 16, v).astype(np.int8).reshape(shape)


def mixed_bits(cost, params, budget):
    """--scheme mixed: all linears at 8 bits, then while the parameter-weighted average
    exceeds budget, the 8-bit layer with the lowest cost[l] / params[l] (its output
    error increase from 8 to 4 bits, relative to its output energy, per bit saved;
    ties: the first) goes to 4 bits."""
    bits = [8] * len(cost)
    total = float(sum(params))
    s = 8.0 * total
    while total > 0 and s > budget * total:
        cand = [l for l in range(len(cost)) if bits[l] == 8]
        if not cand:
            break
        best = min(cand, key=lambda l: (cost[l] / params[l], l))
        bits[best] = 4
        s -= 4.0 * params[best]
    return bits


# ---- shift linears between int8 tensors (docs/quantization.md) ----

Q16_FRAC = 16
QSHIFT_X_MAX = 7


def shift_bias(b):
    """The Q16.16 bias of a shift linear: clamp(floor(f32(b) * 2^16), int32), as int32."""
    v = np.floor(np.asarray(b, dtype=np.float32).astype(np.float64) * 65536.0)
    return np.clip(v, -2.0 ** 31, 2.0 ** 31 - 1).astype(np.int32)


def shift_input(xq, ex):
    """X = Q16.16 of the dequantized int8 x, exactly: x << (ex + 16), or for ex < -16
    the floor x >> -(ex + 16) (a shift past 31 gives what 31 gives), int64."""
    up = int(ex) + Q16_FRAC
    X = np.asarray(xq, dtype=np.int64)
    return X << up if up >= 0 else X >> min(-up, 31)


def pot5_decode(w):
    """pot5 bytes -> (right shift 0..14, sign -1/0/+1), int64 (code 15: zero weight)."""
    c = np.asarray(w).astype(np.int64)
    if c.size and (c.min() < 0 or c.max() > 31):
        raise ValueError("pot5 weight bytes must be in 0..31")
    sh = c & 15
    sign = np.where(sh == 15, 0, np.where((c >> 4) & 1 == 1, -1, 1))
    return np.where(sh == 15, 0, sh), sign


def shift_accumulate(X, w, bq=None):
    """Y[..., j] = B_j + sum_k sign_jk (X_k >> sh_jk) in int64 (the shift_linear core)."""
    sh, sign = pot5_decode(w)
    X = np.asarray(X, dtype=np.int64)
    Y = np.zeros(X.shape[:-1] + (sh.shape[0],), dtype=np.int64)
    for s in range(15):
        S = np.where((sh == s) & (sign != 0), sign, 0)
        if S.any():
            Y += (X >> s) @ S.T
    if bq is not None:
        Y += np.asarray(bq, dtype=np.int64)
    return Y


def qshift_linear(xq, w, bq, ex, ey):
    """The qshift_linear op: Y = shift_accumulate(shift_input(x, ex), w, bq) (Q16.16,
    scale 2^-16), out = requant(Y, ey + 16) as int8."""
    if int(ex) > QSHIFT_X_MAX:
        raise ValueError("qshift_linear: x_exponent %d above %d" % (ex, QSHIFT_X_MAX))
    return requant(shift_accumulate(shift_input(xq, ex), w, bq), int(ey) + Q16_FRAC)


def qmoe2_route(xq, wr, ewr, brq=None):
    """The integer router: acc_j = br_j + sum_k x_k wr_jk (int64), expert 1 iff
    acc_1 2^(ewr_1 - m) > acc_0 2^(ewr_0 - m), m = min(ewr) (exact; ties: 0)."""
    acc = accumulate(xq, wr, brq)
    ewr = np.asarray(ewr, dtype=np.int64)
    if abs(int(ewr[0]) - int(ewr[1])) > 30:
        raise ValueError("qmoe2_linear: router exponents differ by more than 30")
    m = int(ewr.min())
    return (acc[..., 1] << (int(ewr[1]) - m)) > (acc[..., 0] << (int(ewr[0]) - m))


def qmoe2_linear(xq, wr, ewr, brq, w0, ew0, b0, w1, b1, ex, ey):
    """The qmoe2_linear op: per token the integer route, then the mult expert
    requant(b0 + sum x w0, ey - ex - ew0) (qlinear's int8 output) or the shift expert
    qshift_linear(x, w1, b1, ex, ey)."""
    e = qmoe2_route(xq, wr, ewr, brq)
    y0 = requant(accumulate(xq, w0, b0), int(ey) - int(ex) - np.asarray(ew0, dtype=np.int64))
    y1 = qshift_linear(xq, w1, b1, ex, ey)
    return np.where(e[..., None], y1, y0).astype(np.int8)


def hamming_table(scale, nbits):
    """qhamming_attention's softmax weights t[d] = round(2^15 exp(-scale d)) (half up),
    d = 0 .. 2 nbits (a score's distance below its row's max), in double; the i32 weight
    `<node>.exp` that `vitc quantize` writes (passes/potq.c pass_potq_hamming_table)."""
    return np.array([math.floor(math.ldexp(math.exp(-float(scale) * d), 15) + 0.5)
                     for d in range(2 * int(nbits) + 1)], dtype=np.int64)


def qhamming_attention(qc, kc, v, table, H, ev, eo):
    """The Hamming attention between int8 tensors (docs/quantization.md "ShiftAdd
    models"): codes qc [N,H,L,nbits], kc [N,H,S,nbits] (0/1), v int8 [N,S,D] at ev.
    c = nbits - 2 popcount(q xor k); per row m = max c, e = table[m - c], Z = sum e;
    acc = sum_s e v_s; out = acc 2^(ev - eo) / Z rounded half away from zero,
    saturated int8 at eo.  Exact integers throughout."""
    qc, kc = np.asarray(qc, dtype=np.int64), np.asarray(kc, dtype=np.int64)
    nbits = qc.shape[3]
    c = nbits - 2 * (qc[:, :, :, None, :] != kc[:, :, None, :, :]).sum(-1)   # [N,H,L,S]
    e = np.asarray(table, dtype=np.int64)[c.max(-1, keepdims=True) - c]
    z = e.sum(-1, keepdims=True)                                          # [N,H,L,1]
    n, s, D = v.shape
    vh = np.asarray(v, dtype=np.int64).reshape(n, s, H, D // H).transpose(0, 2, 1, 3)
    acc = e @ vh                                                          # [N,H,L,d]
    k = int(ev) - int(eo)
    num = 2 * acc << max(k, 0)
    half = z << max(-k, 0)
    q = (np.abs(num) + half) // (2 * half) * np.sign(acc)
    y = np.clip(q, QMIN, QMAX).astype(np.int8)
    return y.transpose(0, 2, 1, 3).reshape(n, -1, D)


def _dconv_windows(x, k, padding):
    """x [N, T, C] zero-padded by p tokens each side, as the k shifted views [k][N, To, C]."""
    x = np.asarray(x)
    N, T, C = x.shape
    xp = np.zeros((N, T + 2 * padding, C), dtype=x.dtype)
    xp[:, padding:padding + T] = x
    To = T + 2 * padding - k + 1
    return [xp[:, q:q + To] for q in range(k)]


def qconv1d_tokens(xq, wq, ew, bq, ex, ey, padding=0):
    """The qconv1d_tokens op: int8 x [N, T, C] at ex, int8 taps wq [G, 1, k] (group g at
    exponent ew[g], channel c in group c // (C/G)), bias bq [C] at 2^(ex + ew[g(c)]):
    acc[n, t, c] = b[c] + sum_q w[g(c), q] x[n, t + q - p, c] (zero outside), exact, then
    requant(acc, ey - ex - ew[g(c)]) as int8 [N, T + 2p - k + 1, C]."""
    x = np.asarray(xq, dtype=np.int64)
    w = np.asarray(wq, dtype=np.int64)
    G, k = w.shape[0], w.shape[-1]
    Cg = x.shape[2] // G
    wc = np.repeat(w.reshape(G, k), Cg, axis=0)                  # [C, k]
    acc = sum(v * wc[:, q] for q, v in enumerate(_dconv_windows(x, k, int(padding))))
    if bq is not None:
        acc = acc + np.asarray(bq, dtype=np.int64)
    return requant(acc, int(ey) - int(ex) - np.repeat(np.asarray(ew, dtype=np.int64), Cg))


def dconv_weight(w, v, padding):
    """qconv1d_tokens' taps as vitc quantize chooses them: per group g the row w[g, 0, :]
    by quantize_weight with the Gram matrix of the group's windows of the calibration
    input v [B, T, C] (zero padding), i.e. by the output error.  (wq [G, 1, k], ew [G])."""
    w = np.asarray(w, dtype=np.float32)
    G, k = w.shape[0], w.shape[-1]
    v = np.asarray(v, dtype=np.float32).astype(np.float64)
    Cg = v.shape[2] // G
    wins = _dconv_windows(v, k, int(padding))
    wq, ew = [], []
    for g in range(G):
        X = np.stack([u[:, :, g * Cg:(g + 1) * Cg].ravel() for u in wins], axis=1)
        q, e = quantize_weight(w[g].reshape(1, k), G=X.T @ X)
        wq.append(q)
        ew.append(e[0])
    return np.stack(wq).reshape(G, 1, k).astype(np.int8), np.array(ew, dtype=np.int8)


QL2_CONST_MAX = 1 << 24


def ql2norm_fits(A, B, nbits, S, d, eo):
    """qmatadd_l2norm's int64 bound (passes/qops.c pass_ql2norm_fits): B_O = 128 |A|
    + 128 |B| nbits S, with d B_O^2 <= 2^62 and B_O 2^(1 - eo) <= 2^62."""
    if nbits > 32 or S >= 1 << 16 or d < 1 or not -30 <= eo <= 0:
        return False
    bo = 128 * abs(int(A)) + 128 * abs(int(B)) * int(nbits) * int(S)
    return bo <= (1 << 62) >> (1 - int(eo)) and bo <= 1 << 31 and d * bo * bo <= 1 << 62


def l2norm_consts(alpha, beta, nbits, S, d, eo):
    """qmatadd_l2norm's integer alpha_q, beta_q as vitc quantize chooses them:
    rne(alpha 2^F), rne(beta 2^F) for the largest F <= 24 where ql2norm_fits holds (the
    normalization makes the common scale 2^F cancel).  ValueError where none does."""
    for F in range(24, -1, -1):
        A = int(np.rint(math.ldexp(float(alpha), F)))
        B = int(np.rint(math.ldexp(float(beta), F)))
        if max(abs(A), abs(B)) <= QL2_CONST_MAX and ql2norm_fits(A, B, nbits, S, d, eo):
            return A, B
    raise ValueError("qmatadd_l2norm: no constants fit int64")


def qmatadd_l2norm(kc, qc, v, H, A, B, eo):
    """The qmatadd_l2norm op: key codes kc [N,H,S,nbits], query codes qc [N,H,L,nbits]
    (0/1, L = S), int8 v [N,S,D].  kv = kc^T v per head (exact sums), O = A v + B qc kv
    (int64), per token and head S2 = sum O^2, D = max(isqrt(S2), 1), out = O 2^-eo / D
    rounded half away from zero, saturated int8 [N,L,D] at eo."""
    kc, qc = np.asarray(kc, dtype=np.int64), np.asarray(qc, dtype=np.int64)
    n, s, Dm = np.shape(v)
    if not ql2norm_fits(A, B, kc.shape[3], s, Dm // H, eo):
        raise ValueError("qmatadd_l2norm: the sums could leave int64")
    vh = np.asarray(v, dtype=np.int64).reshape(n, s, H, Dm // H).transpose(0, 2, 1, 3)
    kv = kc.transpose(0, 1, 3, 2) @ vh                                # [N,H,nbits,d]
    O = int(A) * vh + int(B) * (qc @ kv)                              # [N,H,L,d]
    Dn = np.maximum(isqrt((O * O).sum(-1, keepdims=True)), 1)
    q = ((np.abs(O) << (1 - int(eo))) + Dn) // (2 * Dn) * np.sign(O)
    y = np.clip(q, QMIN, QMAX).astype(np.int8)
    return y.transpose(0, 2, 1, 3).reshape(n, s, Dm)


# ---- vitc.interp ops ----

def _register():
    from vitc import interp

    def _ptf(ins, i):
        return ins[i] if len(ins) > i and ins[i] is not None else None

    def _q(ins, at, batch):
        e = ptf_exponents(at["exponent"], _ptf(ins, 1))
        return quantize(np.asarray(ins[0]).astype(np.float32), e)

    def _dq(ins, at, batch):
        e = ptf_exponents(at["exponent"], _ptf(ins, 1))
        return dequantize(np.asarray(ins[0]).astype(np.int64), e)

    def _qln(ins, at, batch):
        return qlayernorm(np.asarray(ins[0]).astype(np.int64), ins[1], ins[2], at["eps_q"],
                          _ptf(ins, 3))

    def _ql(ins, at, batch):
        ins = list(ins) + [None] * (5 - len(ins))
        xq, wq, ew, bq, ptf = ins
        bq = None if bq is None else np.asarray(bq).astype(np.int64)
        return qlinear(np.asarray(xq).astype(np.int64), np.asarray(wq).astype(np.int64),
                       np.asarray(ew).astype(np.int64), bq, at["x_exponent"],
                       at.get("out_exponent"), ptf)

    def _qa(ins, at, batch):
        return qadd(np.asarray(ins[0]).astype(np.int64), np.asarray(ins[1]).astype(np.int64),
                    ptf_exponents(at["a_exponent"], _ptf(ins, 2)),
                    ptf_exponents(at["b_exponent"], _ptf(ins, 3)),
                    ptf_exponents(at["out_exponent"], _ptf(ins, 4)))

    interp.OPS["qlayernorm"] = _qln
    interp.OPS["qlut"] = lambda ins, at, batch: qlut(ins[0], ins[1])
    interp.OPS["qattn_scores"] = lambda ins, at, batch: qattn_scores(
        np.asarray(ins[0]).astype(np.int64), int(at["num_heads"]), at["qkv_exponent"],
        at["out_exponent"])
    interp.OPS["qsoftmax"] = lambda ins, at, batch: qsoftmax(
        np.asarray(ins[0]).astype(np.int64), at["exponent"])
    interp.OPS["qattn_pv"] = lambda ins, at, batch: qattn_pv(
        np.asarray(ins[0]).astype(np.int64), np.asarray(ins[1]).astype(np.int64),
        int(at["num_heads"]), at["qkv_exponent"], at["out_exponent"])
    interp.OPS["qadd"] = _qa
    interp.OPS["quantize"] = _q
    interp.OPS["dequantize"] = _dq
    interp.OPS["qlinear"] = _ql
    def _qmoe(ins, at, batch):
        ins = list(ins) + [None] * (9 - len(ins))
        i64 = [None if v is None else np.asarray(v).astype(np.int64) for v in ins]
        return qmoe2_linear(i64[0], i64[1], i64[2], i64[3], i64[4], i64[5], i64[6], ins[7],
                            i64[8], at["x_exponent"], at["out_exponent"])

    interp.OPS["qmoe2_linear"] = _qmoe
    interp.OPS["qhamming_attention"] = lambda ins, at, batch: qhamming_attention(
        ins[0], ins[1], np.asarray(ins[2]).astype(np.int64), ins[3], int(at["num_heads"]),
        at["v_exponent"], at["out_exponent"])
    interp.OPS["qconv1d_tokens"] = lambda ins, at, batch: qconv1d_tokens(
        ins[0], ins[1], ins[2], ins[3] if len(ins) > 3 else None, at["x_exponent"],
        at["out_exponent"], at.get("padding", 0))
    interp.OPS["qmatadd_l2norm"] = lambda ins, at, batch: qmatadd_l2norm(
        ins[0], ins[1], ins[2], int(at["num_heads"]), at["alpha_q"], at["beta_q"],
        at["out_exponent"])
    interp.OPS["qshift_linear"] = lambda ins, at, batch: qshift_linear(
        np.asarray(ins[0]).astype(np.int64), ins[1],
        None if len(ins) < 3 or ins[2] is None else np.asarray(ins[2]).astype(np.int64),
        at["x_exponent"], at["out_exponent"])


_register()
