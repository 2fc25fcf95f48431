"""ShiftAddViT reference modules (docs/graph-format.md, "ShiftAdd ops").

Written from the formulas in ../shared/docs/shiftaddvit.md, not from the
seed's code.  In eval mode every module computes exactly what the graph ops
it exports to compute: the integer parts (Q16.16 shift accumulation, Hamming
scores) with int64 tensors, the float parts with the same float32 operations
in the same order as the op definitions.

    ShiftLinear(in, out, bias=True)          -> shift_linear
    LinAngularAttention(dim, heads, ...)     -> linear/ksh_hash/matadd_ktv/
                                                matadd_qkv/l2norm_heads/
                                                conv1d_tokens/add/linear
    HammingAttention(dim, heads, nbits)      -> linear/binarize x2, linear,
                                                hamming_attention, linear
    MoE2Linear(in, out)                      -> moe2_linear
    build_shiftadd_deit(...), build_pvt_v2_b0(...), build_pvt_v2_b1(...)

The functional forms (shift_linear, ksh_hash, binarize, matadd_ktv,
matadd_qkv, l2norm_heads, conv1d_tokens, hamming_scores, hamming_attention)
are the op semantics on torch tensors; codes are bool tensors [B,H,L,nbits].

`with decisions() as tape:` records the discrete decisions the modules make
(hash codes, binarized codes, MoE routes) with their margins; `decisions(
replay=[...])` runs the modules with given decisions instead, e.g. those of
a model compiled with `vitc compile --expose-decisions`.
"""

import contextlib
import math

import torch
import torch.nn.functional as F
from torch import nn

# ----- fixed point and pot5 --------------------------------------------------
Q_FRAC_BITS = 16
Q_MIN, Q_MAX = -(1 << 31), (1 << 31) - 1
SHIFT_MIN = -14          # shift buffer range [-14, 0]: weights +-2^-14 .. +-1
POT5_ZERO = 15           # pot5 shift code of a zero weight
L2_EPS = 1e-12           # l2norm_heads and the KSH token normalization
SQRT_HALF = 0.7071067811865476  # float64 above sqrt(1/2); no float32 lies between


def quantize_q16(x):
    """Q(x) = clamp(floor(x * 2^16), -2^31, 2^31 - 1) as an int64 tensor.

    Computed in float64 from the float32 values: x * 2^16 and floor are exact,
    and the clamp bounds are exact in float64.  +-inf saturate; NaN is
    undefined (as in the op definition)."""
    v = torch.floor(x.detach().to(torch.float32).to(torch.float64) * float(1 << Q_FRAC_BITS))
    return v.clamp(Q_MIN, Q_MAX).to(torch.int64)


def q16_margin(x):
    """The Q16.16 floor's margin as a decision: how far x is from the
    nearest multiple of 2^-16 (float64, in x's units)."""
    v = x.detach().to(torch.float32).to(torch.float64) * float(1 << Q_FRAC_BITS)
    f = v - torch.floor(v)
    return torch.minimum(f, 1 - f) * 2.0 ** -Q_FRAC_BITS


def round_log2(a):
    """Exact round(log2 a) for positive finite float32 a, as int64.

    a = m * 2^e with m in [0.5, 1) (frexp); log2 a = e + log2 m, and
    round(log2 a) = e - 1 + (m > sqrt(1/2)).  No float32 equals sqrt(1/2) (or
    lies between it and its float64 rounding), so there are no ties and no
    dependence on a libm log2."""
    m, e = torch.frexp(a.to(torch.float32))
    return e.to(torch.int64) - 1 + (m.to(torch.float64) > SQRT_HALF).to(torch.int64)


def shift_sign_from_weight(w):
    """DeepShift rule: p = clamp(round(log2|w|), -14, 0), sign = sign(w).

    Returns (shift int8 in [-14, 0], sign int8 in {-1, 0, 1}); a zero weight
    gets sign 0 (and shift -14, which is never used)."""
    w = w.detach().to(torch.float32)
    if torch.isnan(w).any():
        raise ValueError("ShiftLinear: the weight contains NaN")
    a = w.abs()
    nz = a > 0
    p = torch.full(w.shape, SHIFT_MIN, dtype=torch.int64)
    big = torch.isinf(a)
    fin = nz & ~big
    if fin.any():
        p[fin] = round_log2(a[fin]).clamp(SHIFT_MIN, 0)
    p[big] = 0
    return p.to(torch.int8), torch.sign(w).to(torch.int8)


def pot5_encode(shift, sign):
    """pot5 bytes (uint8): (-shift) | (sign < 0) << 4; zero weights -> 15."""
    sh = (-shift.to(torch.int64))
    code = sh | ((sign < 0).to(torch.int64) << 4)
    code = torch.where(sign == 0, torch.full_like(code, POT5_ZERO), code)
    return code.to(torch.uint8)


def pot5_decode(code):
    """(shift int8 in [-14, 0], sign int8) from pot5 bytes (code 15: zero)."""
    c = code.to(torch.int64)
    if ((c < 0) | (c > 31)).any():
        raise ValueError("pot5: byte values must be in 0..31")
    sh = c & 15
    zero = sh == POT5_ZERO
    sign = torch.where((c >> 4) & 1 == 1, -1, 1)
    sign = torch.where(zero, 0, sign)
    shift = torch.where(zero, SHIFT_MIN, -sh)
    return shift.to(torch.int8), sign.to(torch.int8)


def shift_linear(x, shift, sign, bias=None):
    """The shift_linear op: Y_j = sum_k sign_jk * (X_k >> -shift_jk) + B_j in
    int64 (arithmetic shifts), y = f32(Y) * 2^-16; X = Q(x), B = Q(bias)."""
    m, k = shift.shape
    if x.shape[-1] != k:
        raise ValueError("shift_linear: input has %d features, weight %d" % (x.shape[-1], k))
    X = _decide("q16", quantize_q16(x), lambda: q16_margin(x)).reshape(-1, k)
    Y = torch.zeros(X.shape[0], m, dtype=torch.int64)
    sh = -shift.to(torch.int64)
    sg = sign.to(torch.int64)
    # One int64 matmul per shift amount s: Y += (X >> s) @ S_s^T with S_s the
    # signs of the weights whose shift is s (a multiply by -1/0/+1 only).
    for s in range(-SHIFT_MIN + 1):
        mask = (sh == s) & (sg != 0)
        if bool(mask.any()):
            S = torch.where(mask, sg, torch.zeros_like(sg))
            Y += torch.bitwise_right_shift(X, s) @ S.t()
    if bias is not None:
        Y += quantize_q16(bias)
    y = Y.to(torch.float32) * (2.0 ** -Q_FRAC_BITS)
    return y.reshape(tuple(x.shape[:-1]) + (m,))


# ----- discrete decisions: record and replay -----------------------------------
class DecisionTape:
    """The discrete decisions of ShiftAdd modules in eval mode, in call order
    (= the graph's node order): `records` holds (kind, decision, margin) with
    kind "ksh_hash" | "binarize" (bool codes [B,H,L,nbits], margin |y| of the
    value compared with 0), "route" (int64 expert per token, margin
    |logit1 - logit0|) or "q16" (the int64 Q16.16 input of a shift linear,
    margin the distance of x to the nearest multiple of 2^-16).  With `replay`, the i-th decision is replay[i]
    instead of the module's own (the margin is still recorded)."""

    def __init__(self, replay=None):
        self.records = []
        self.replay = None if replay is None else list(replay)

    def decide(self, kind, value, margin):
        i = len(self.records)
        self.records.append((kind, value, margin()))
        if self.replay is None:
            return value
        if i >= len(self.replay):
            raise ValueError("decision replay: %d decisions given, the model makes more"
                             % len(self.replay))
        forced = torch.as_tensor(self.replay[i])
        if tuple(forced.shape) != tuple(value.shape):
            raise ValueError("decision replay: decision %d (%s) has shape %s, expected %s"
                             % (i, kind, tuple(forced.shape), tuple(value.shape)))
        return forced.to(value.dtype)


_TAPE = None


@contextlib.contextmanager
def decisions(replay=None):
    """Record (and with replay, override) the decisions made inside."""
    global _TAPE
    saved, _TAPE = _TAPE, DecisionTape(replay)
    try:
        yield _TAPE
    finally:
        _TAPE = saved


def _decide(kind, value, margin):
    """A decision point: value unless a replay tape says otherwise;
    margin() is evaluated only while recording."""
    return value if _TAPE is None else _TAPE.decide(kind, value, margin)


def codes_from_words(words, nbits):
    """i32 code words [...] (bit k = code bit k; `--expose-decisions`)
    -> bool codes [..., nbits]."""
    w = torch.as_tensor(words).to(torch.int64) & 0xFFFFFFFF
    return ((w[..., None] >> torch.arange(nbits)) & 1).to(torch.bool)


# ----- hashed and binary attention primitives --------------------------------
def _heads(x, num_heads):
    """[B,L,H*d] -> [B,H,L,d] (a view)."""
    b, n, c = x.shape
    if c % num_heads:
        raise ValueError("%d channels are not divisible by %d heads" % (c, num_heads))
    return x.reshape(b, n, num_heads, c // num_heads).transpose(1, 2)


def _tokens(x):
    """[B,H,L,d] -> [B,L,H*d]."""
    b, h, n, d = x.shape
    return x.transpose(1, 2).reshape(b, n, h * d)


def ksh_project(qk, anchors, mvec, proj, num_heads):
    """The KSH projection y [B,H,L,nbits] (float32) of the ksh_hash op:
    per head x = qk_h / max(|qk_h|, 1e-12), D_j = |x - a_j|^2,
    sigma = mean over tokens and anchors (per image and head),
    phi_j = exp(-D_j / (2 sigma)) - mvec_j, y_k = sum_j phi_j proj_kj."""
    x = _heads(qk.to(torch.float32), num_heads)                       # [B,H,L,d]
    x = x / x.norm(dim=-1, keepdim=True).clamp_min(L2_EPS)
    diff = x[:, :, :, None, :] - anchors[None, :, None, :, :]        # [B,H,L,m,d]
    dist = (diff * diff).sum(-1)                                     # [B,H,L,m]
    sigma = dist.mean(dim=(2, 3), keepdim=True)                      # [B,H,1,1]
    phi = torch.exp(-dist / (2 * sigma)) - mvec[None, :, None, :]
    return phi @ proj.transpose(1, 2)[None]                          # [B,H,L,nbits]


def ksh_hash(qk, anchors, mvec, proj, num_heads):
    """ksh_hash: codes (bool [B,H,L,nbits]), bit k = y_k > 0."""
    return ksh_project(qk, anchors, mvec, proj, num_heads) > 0


def binarize(x, num_heads):
    """binarize: codes (bool [B,H,L,nbits]), bit k of head h = x[h*nbits+k] > 0."""
    return _heads(x, num_heads) > 0


def matadd_ktv(codes, v, num_heads):
    """matadd_ktv: kv [B,H,nbits,d], kv_k = sum over tokens with bit k set of v."""
    vh = _heads(v, num_heads)
    return codes.to(v.dtype).transpose(-1, -2) @ vh


def matadd_qkv(codes, kv, v, num_heads, alpha, beta):
    """matadd_qkv: alpha * v_l + beta * sum over bits k set in l of kv_k."""
    t = _tokens(codes.to(kv.dtype) @ kv)
    return alpha * v + beta * t


def l2norm_heads(x, num_heads, eps=L2_EPS):
    """l2norm_heads: x_h / max(|x_h|, eps) per token and head."""
    xh = _heads(x, num_heads)
    return _tokens(xh / xh.norm(dim=-1, keepdim=True).clamp_min(eps))


def conv1d_tokens(x, weight, padding, bias=None):
    """conv1d_tokens: depthwise conv along tokens of x [B,T,C]; weight [G,1,k]
    with G | C (channel c uses the taps of group c / (C/G))."""
    c = x.shape[-1]
    g = weight.shape[0]
    if c % g:
        raise ValueError("conv1d_tokens: %d channels, %d weight groups" % (c, g))
    w = weight.repeat_interleave(c // g, dim=0)
    return F.conv1d(x.transpose(1, 2), w, bias, padding=padding, groups=c).transpose(1, 2)


def hamming_scores(qcodes, kcodes):
    """nbits - 2 * popcount(q xor k) as int64 [B,H,L,S] (= sum of +-1 products)."""
    q = qcodes.to(torch.int64)
    k = kcodes.to(torch.int64)
    mism = q @ (1 - k).transpose(-1, -2) + (1 - q) @ k.transpose(-1, -2)
    return q.shape[-1] - 2 * mism


def hamming_attention(qcodes, kcodes, v, num_heads, scale):
    """hamming_attention: softmax_s(scale * score) @ v per head -> [B,L,H*d]."""
    c = hamming_scores(qcodes, kcodes)
    attn = torch.softmax(c.to(torch.float32) * scale, dim=-1)
    return _tokens(attn @ _heads(v, num_heads))


# ----- modules ----------------------------------------------------------------
class ShiftLinear(nn.Module):
    """Power-of-two linear layer (DeepShift PS form, ShiftAddViT's "shift").

    Buffers shift (int8, [-14, 0]) and sign (int8, {-1, 0, 1}), shape
    [out, in]; bias a float Parameter.  Effective weight sign * 2^shift.
    Eval: the integer shift_linear op (Q16.16 input and bias, arithmetic
    shifts, int64 accumulation, y = f32(Y) * 2^-16).  Training: float
    fake-quant (floor-quantized input and bias, effective weight) with a
    straight-through estimator on the input.
    """

    def __init__(self, in_features, out_features, bias=True):
        super().__init__()
        self.in_features, self.out_features = int(in_features), int(out_features)
        w = torch.empty(self.out_features, self.in_features)
        nn.init.kaiming_uniform_(w, a=math.sqrt(5))  # nn.Linear's init, then converted
        shift, sign = shift_sign_from_weight(w)
        self.register_buffer("shift", shift)
        self.register_buffer("sign", sign)
        if bias:
            bound = 1 / math.sqrt(self.in_features) if self.in_features else 0
            self.bias = nn.Parameter(torch.empty(self.out_features).uniform_(-bound, bound))
        else:
            self.register_parameter("bias", None)

    @classmethod
    def from_linear(cls, linear):
        """Convert an nn.Linear: p = clamp(round(log2|w|), -14, 0), sign(w);
        the bias is copied."""
        out = cls(linear.in_features, linear.out_features, bias=linear.bias is not None)
        out.load_weight(linear.weight)
        if linear.bias is not None:
            with torch.no_grad():
                out.bias.copy_(linear.bias.detach())
        return out

    def load_weight(self, w):
        """Set shift/sign from a float weight [out, in] by the DeepShift rule."""
        shift, sign = shift_sign_from_weight(w)
        self.shift.copy_(shift)
        self.sign.copy_(sign)

    def effective_weight(self):
        """sign * 2^shift as float32 [out, in]."""
        return self.sign.to(torch.float32) * torch.pow(2.0, self.shift.to(torch.float32))

    def pot5(self):
        """The weight as pot5 bytes (uint8 [out, in])."""
        return pot5_encode(self.shift, self.sign)

    def forward(self, x):
        if not self.training:
            return shift_linear(x, self.shift, self.sign, self.bias)
        scale = float(1 << Q_FRAC_BITS)
        xq = torch.clamp(torch.floor(x * scale) / scale, Q_MIN / scale, Q_MAX / scale)
        xq = x + (xq - x).detach()
        b = None
        if self.bias is not None:
            b = torch.clamp(torch.floor(self.bias * scale) / scale, Q_MIN / scale, Q_MAX / scale)
        return F.linear(xq, self.effective_weight(), b)

    def extra_repr(self):
        return "in_features=%d, out_features=%d, bias=%s" % (
            self.in_features, self.out_features, self.bias is not None)


class MoE2Linear(nn.Module):
    """Two-expert top-1 mixture: router Linear(in, 2); experts[0] nn.Linear
    ("mult"), experts[1] ShiftLinear ("shift").  Per token e = argmax of the
    router logits (ties -> 0, i.e. e = 1 iff logit1 > logit0), output
    experts[e](x).  The shift expert starts as from_linear of expert 0."""

    def __init__(self, in_features, out_features, bias=True):
        super().__init__()
        self.in_features, self.out_features = int(in_features), int(out_features)
        self.router = nn.Linear(self.in_features, 2)
        mult = nn.Linear(self.in_features, self.out_features, bias=bias)
        self.experts = nn.ModuleList([mult, ShiftLinear.from_linear(mult)])

    @classmethod
    def from_linear(cls, linear):
        out = cls(linear.in_features, linear.out_features, bias=linear.bias is not None)
        with torch.no_grad():
            out.experts[0].weight.copy_(linear.weight)
            if linear.bias is not None:
                out.experts[0].bias.copy_(linear.bias)
        out.experts[1] = ShiftLinear.from_linear(out.experts[0])
        return out

    @property
    def mult(self):
        return self.experts[0]

    @property
    def shift(self):
        return self.experts[1]

    def route(self, x):
        """The expert index per token (int64, shape x.shape[:-1])."""
        logits = self.router(x)
        e = (logits[..., 1] > logits[..., 0]).to(torch.int64)
        return _decide("route", e, lambda: (logits[..., 1] - logits[..., 0]).abs())

    def forward(self, x):
        e = self.route(x)
        y0 = self.experts[0](x)
        y1 = self.experts[1](x)
        return torch.where(e[..., None] == 1, y1, y0)


def make_linear(kind, in_features, out_features, bias=True):
    """'dense' -> nn.Linear, 'shift' -> ShiftLinear (from a random nn.Linear),
    'moe2' -> MoE2Linear."""
    if kind == "dense":
        return nn.Linear(in_features, out_features, bias=bias)
    if kind == "shift":
        return ShiftLinear.from_linear(nn.Linear(in_features, out_features, bias=bias))
    if kind == "moe2":
        return MoE2Linear(in_features, out_features, bias=bias)
    raise ValueError("linear kind %r (dense, shift, moe2)" % (kind,))


class LinAngularAttention(nn.Module):
    """ShiftAddViT's linear-angular attention with KSH-hashed shared Q=K.

    forward(x [B,L,dim]):
        qk = to_qk(x); codes = ksh_hash(qk)              (bits [B,H,L,nbits])
        v = to_v(x); kv = matadd_ktv(codes, v)          (b^T v, [B,H,nbits,d])
        o = matadd_qkv(codes, kv, v, 0.5, 1/pi)         (0.5 v + b kv / pi)
        o = l2norm_heads(o) + conv1d_tokens(v, dconv_weight, taps // 2)
        return proj(o)
    Buffers anchors [H,m,d], mvec [H,m], hash_proj [H,nbits,m] (the KSH
    projection "A"; named hash_proj because proj is the output Linear).
    dconv_weight [H,1,taps]: per-head token-axis taps shared by the head's
    d channels.  linear: 'dense' | 'shift' | 'moe2' for to_qk, to_v, proj.
    """

    ALPHA = 0.5
    BETA = 1.0 / math.pi

    def __init__(self, dim, num_heads, nbits=16, num_anchors=25, conv_taps=9, linear="dense"):
        super().__init__()
        if dim % num_heads:
            raise ValueError("dim %d is not divisible by %d heads" % (dim, num_heads))
        if conv_taps < 1 or conv_taps % 2 == 0:
            raise ValueError("conv_taps must be odd (got %d)" % conv_taps)
        if nbits < 1 or num_anchors < 1:
            raise ValueError("nbits and num_anchors must be positive")
        self.dim, self.num_heads, self.nbits = int(dim), int(num_heads), int(nbits)
        self.num_anchors, self.conv_taps = int(num_anchors), int(conv_taps)
        d = dim // num_heads
        self.head_dim = d
        self.to_qk = make_linear(linear, dim, dim)
        self.to_v = make_linear(linear, dim, dim)
        anchors = torch.randn(num_heads, num_anchors, d)
        anchors = anchors / anchors.norm(dim=-1, keepdim=True)
        self.register_buffer("anchors", anchors)
        self.register_buffer("mvec", math.exp(-0.5) + 0.02 * torch.randn(num_heads, num_anchors))
        self.register_buffer("hash_proj", torch.randn(num_heads, nbits, num_anchors))
        bound = 1 / math.sqrt(conv_taps)
        self.dconv_weight = nn.Parameter(
            torch.empty(num_heads, 1, conv_taps).uniform_(-bound, bound))
        self.proj = make_linear(linear, dim, dim)

    def hash_inputs(self):
        return self.anchors, self.mvec, self.hash_proj

    def codes(self, x):
        """The KSH codes (bool [B,H,L,nbits]) of x."""
        return ksh_hash(self.to_qk(x), self.anchors, self.mvec, self.hash_proj, self.num_heads)

    def forward(self, x, H=None, W=None):
        h = self.num_heads
        qk = self.to_qk(x)
        codes = _decide("ksh_hash", ksh_hash(qk, self.anchors, self.mvec, self.hash_proj, h),
                        lambda: ksh_project(qk, self.anchors, self.mvec, self.hash_proj,
                                            h).abs())
        v = self.to_v(x)
        kv = matadd_ktv(codes, v, h)
        o = matadd_qkv(codes, kv, v, h, self.ALPHA, self.BETA)
        o = l2norm_heads(o, h, L2_EPS)
        o = o + conv1d_tokens(v, self.dconv_weight, self.conv_taps // 2)
        return self.proj(o)


class HammingAttention(nn.Module):
    """Quadratic attention on {-1,+1} codes of Q and K.

    q = Linear(dim, H*nbits), k = Linear(dim, H*nbits) -> binarize (x > 0);
    score = nbits - 2 popcount(q xor k) (integer), attn = softmax(score *
    scale) with scale = 1/sqrt(nbits), out = proj(attn @ v).  linear applies
    to q, k, v and proj."""

    def __init__(self, dim, num_heads, nbits=32, linear="dense"):
        super().__init__()
        if dim % num_heads:
            raise ValueError("dim %d is not divisible by %d heads" % (dim, num_heads))
        if nbits < 1:
            raise ValueError("nbits must be positive")
        self.dim, self.num_heads, self.nbits = int(dim), int(num_heads), int(nbits)
        self.scale = 1.0 / math.sqrt(nbits)
        self.q = make_linear(linear, dim, num_heads * nbits)
        self.k = make_linear(linear, dim, num_heads * nbits)
        self.v = make_linear(linear, dim, dim)
        self.proj = make_linear(linear, dim, dim)

    def forward(self, x, H=None, W=None):
        h = self.num_heads
        q = self.q(x)
        qc = _decide("binarize", binarize(q, h), lambda: _heads(q, h).abs())
        k = self.k(x)
        kc = _decide("binarize", binarize(k, h), lambda: _heads(k, h).abs())
        v = self.v(x)
        return self.proj(hamming_attention(qc, kc, v, h, self.scale))


class Attention(nn.Module):
    """Standard softmax multi-head attention (PVT style: q and kv linears,
    optional spatial reduction: conv sr x sr stride sr + LayerNorm on the
    token grid before kv).  Exports as linear/matmul/softmax nodes."""

    def __init__(self, dim, num_heads, sr_ratio=1, linear="dense"):
        super().__init__()
        if dim % num_heads:
            raise ValueError("dim %d is not divisible by %d heads" % (dim, num_heads))
        self.num_heads = num_heads
        self.scale = (dim // num_heads) ** -0.5
        self.q = make_linear(linear, dim, dim)
        self.kv = make_linear(linear, dim, 2 * dim)
        self.proj = make_linear(linear, dim, dim)
        self.sr_ratio = int(sr_ratio)
        if self.sr_ratio > 1:
            self.sr = nn.Conv2d(dim, dim, self.sr_ratio, self.sr_ratio)
            self.norm = nn.LayerNorm(dim)

    def forward(self, x, H=None, W=None):
        b, n, c = x.shape
        h = self.num_heads
        q = self.q(x).reshape(b, n, h, c // h).permute(0, 2, 1, 3)
        if self.sr_ratio > 1:
            x = x.permute(0, 2, 1).reshape(b, c, H, W)
            x = self.sr(x).reshape(b, c, -1).permute(0, 2, 1)
            x = self.norm(x)
        kv = self.kv(x).reshape(b, -1, 2, h, c // h)     # batch stays outermost
        k = kv[:, :, 0].permute(0, 2, 1, 3)
        v = kv[:, :, 1].permute(0, 2, 1, 3)
        attn = (q @ k.transpose(-2, -1)) * self.scale
        attn = attn.softmax(dim=-1)
        x = (attn @ v).transpose(1, 2).reshape(b, n, c)
        return self.proj(x)


def make_attention(kind, dim, num_heads, linear="dense", sr_ratio=1, nbits=16,
                   num_anchors=25, conv_taps=9, hamming_bits=None):
    if kind == "dense":
        return Attention(dim, num_heads, sr_ratio, linear)
    if kind == "linangular":
        return LinAngularAttention(dim, num_heads, nbits, num_anchors, conv_taps, linear)
    if kind == "hamming":
        return HammingAttention(dim, num_heads, hamming_bits or 32, linear)
    raise ValueError("attention kind %r (dense, linangular, hamming)" % (kind,))


class Mlp(nn.Module):
    """fc1 -> [DWConv3x3 (+bias) on the token grid] -> GELU -> fc2."""

    def __init__(self, dim, hidden, kind="dense", dwconv=False):
        super().__init__()
        self.fc1 = make_linear(kind, dim, hidden)
        self.dwconv = nn.Conv2d(hidden, hidden, 3, 1, 1, groups=hidden) if dwconv else None
        self.act = nn.GELU()
        self.fc2 = make_linear(kind, hidden, dim)

    def forward(self, x, H=None, W=None):
        x = self.fc1(x)
        if self.dwconv is not None:
            b, n, c = x.shape
            x = self.dwconv(x.transpose(1, 2).reshape(b, c, H, W)).flatten(2).transpose(1, 2)
        return self.fc2(self.act(x))


class Block(nn.Module):
    """Pre-norm transformer block: x + attn(norm1(x)), x + mlp(norm2(x))."""

    def __init__(self, dim, num_heads, mlp_hidden, attn="dense", mlp="dense",
                 attn_linear="dense", sr_ratio=1, dwconv=False, eps=1e-6, **hash_cfg):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=eps)
        self.attn = make_attention(attn, dim, num_heads, attn_linear, sr_ratio, **hash_cfg)
        self.norm2 = nn.LayerNorm(dim, eps=eps)
        self.mlp = Mlp(dim, mlp_hidden, mlp, dwconv)

    def forward(self, x, H=None, W=None):
        x = x + self.attn(self.norm1(x), H, W)
        return x + self.mlp(self.norm2(x), H, W)


_KINDS = {"attn": ("dense", "linangular", "hamming"), "mlp": ("dense", "shift", "moe2"),
          "attn_linear": ("dense", "shift", "moe2")}


def _check_kinds(**kw):
    for key, val in kw.items():
        if val not in _KINDS[key]:
            raise ValueError("%s=%r (one of %s)" % (key, val, ", ".join(_KINDS[key])))


class ShiftAddDeiT(nn.Module):
    """DeiT-style ViT: patch conv, class token, learned positions, pre-norm
    blocks, final LayerNorm, class-token (pool='cls') or mean head."""

    def __init__(self, image_size=224, patch_size=16, dim=192, depth=12, heads=3, mlp_ratio=4,
                 num_classes=1000, attn="dense", mlp="dense", attn_linear="dense", pool="cls",
                 mlp_dim=None, **hash_cfg):
        super().__init__()
        _check_kinds(attn=attn, mlp=mlp, attn_linear=attn_linear)
        if image_size % patch_size:
            raise ValueError("image size %d is not a multiple of patch size %d"
                             % (image_size, patch_size))
        if pool not in ("cls", "mean"):
            raise ValueError("pool=%r (cls, mean)" % (pool,))
        self.pool = pool
        n = (image_size // patch_size) ** 2
        self.patch_embed = nn.Conv2d(3, dim, patch_size, patch_size)
        self.cls_token = nn.Parameter(0.02 * torch.randn(1, 1, dim))
        self.pos_embed = nn.Parameter(0.02 * torch.randn(1, n + 1, dim))
        hidden = int(mlp_dim) if mlp_dim else int(dim * mlp_ratio)
        self.blocks = nn.ModuleList([
            Block(dim, heads, hidden, attn, mlp, attn_linear, **hash_cfg) for _ in range(depth)])
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.head = nn.Linear(dim, num_classes)

    def forward(self, x):
        x = self.patch_embed(x).flatten(2).transpose(1, 2)
        x = torch.cat([self.cls_token.expand(x.shape[0], -1, -1), x], dim=1) + self.pos_embed
        for blk in self.blocks:
            x = blk(x)
        x = self.norm(x)
        x = x[:, 0] if self.pool == "cls" else x.mean(dim=1)
        return self.head(x)


class OverlapPatchEmbed(nn.Module):
    """PVTv2 overlapping patch embedding: conv k x k stride s pad k//2, then
    tokens and LayerNorm; returns (tokens, H, W)."""

    def __init__(self, patch_size, stride, in_chans, dim):
        super().__init__()
        self.proj = nn.Conv2d(in_chans, dim, patch_size, stride, patch_size // 2)
        self.norm = nn.LayerNorm(dim)

    def forward(self, x):
        x = self.proj(x)
        h, w = int(x.shape[2]), int(x.shape[3])
        return self.norm(x.flatten(2).transpose(1, 2)), h, w


class PyramidViTv2(nn.Module):
    """PVTv2 (shiftaddvit.md section 5): 4 stages of overlapping patch embed
    (7x7 s4, then 3x3 s2) + blocks + LayerNorm; MLP fc1 -> DWConv3x3 -> GELU
    -> fc2; mean pool, head.  attn ('dense' | 'linangular' | 'hamming') and
    attn_linear apply to stages 1-3; stage 4 is always dense softmax MSA
    with dense linears (as in ShiftAddViT).  Dense attention uses spatial
    reduction with sr_ratios; LinAngular/Hamming use none.  mlp applies to
    all stages."""

    def __init__(self, image_size=224, dims=(32, 64, 160, 256), heads=(1, 2, 5, 8),
                 depths=(2, 2, 2, 2), mlp_ratios=(8, 8, 4, 4), sr_ratios=(8, 4, 2, 1),
                 num_classes=1000, attn="dense", mlp="dense", attn_linear="dense", **hash_cfg):
        super().__init__()
        _check_kinds(attn=attn, mlp=mlp, attn_linear=attn_linear)
        if image_size % 32:
            raise ValueError("PVTv2 image size must be a multiple of 32 (got %d)" % image_size)
        self.patch_embeds = nn.ModuleList()
        self.stages = nn.ModuleList()
        self.norms = nn.ModuleList()
        for i in range(4):
            self.patch_embeds.append(OverlapPatchEmbed(7 if i == 0 else 3, 4 if i == 0 else 2,
                                                       3 if i == 0 else dims[i - 1], dims[i]))
            a = attn if i < 3 else "dense"
            lin = attn_linear if i < 3 else "dense"
            sr = sr_ratios[i] if a == "dense" else 1
            self.stages.append(nn.ModuleList([
                Block(dims[i], heads[i], dims[i] * mlp_ratios[i], a, mlp, lin, sr, dwconv=True,
                      **hash_cfg) for _ in range(depths[i])]))
            self.norms.append(nn.LayerNorm(dims[i], eps=1e-6))
        self.head = nn.Linear(dims[3], num_classes)

    def forward(self, x):
        b = x.shape[0]
        for i in range(4):
            x, h, w = self.patch_embeds[i](x)
            for blk in self.stages[i]:
                x = blk(x, h, w)
            x = self.norms[i](x)
            if i < 3:
                x = x.reshape(b, h, w, -1).permute(0, 3, 1, 2)
        return self.head(x.mean(dim=1))


# ----- builders ---------------------------------------------------------------
def _seeded(seed, fn):
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return fn().eval()


def build_shiftadd_deit(image_size=224, patch_size=16, dim=192, depth=12, heads=3, mlp_ratio=4,
                        num_classes=1000, attn="dense", mlp="dense", attn_linear="dense",
                        seed=0, **kw):
    """A DeiT-style ShiftAdd ViT, randomly initialised from seed, in eval mode.
    kw: pool ('cls' | 'mean'), mlp_dim, nbits (KSH, default 16), num_anchors
    (25), conv_taps (9), hamming_bits (default 32: vitc compiles codes of at
    most 32 bits).  The global RNG state is untouched."""
    return _seeded(seed, lambda: ShiftAddDeiT(image_size, patch_size, dim, depth, heads,
                                              mlp_ratio, num_classes, attn, mlp, attn_linear,
                                              **kw))


PVT_V2 = {
    "b0": dict(dims=(32, 64, 160, 256), heads=(1, 2, 5, 8), depths=(2, 2, 2, 2),
               mlp_ratios=(8, 8, 4, 4), sr_ratios=(8, 4, 2, 1)),
    "b1": dict(dims=(64, 128, 320, 512), heads=(1, 2, 5, 8), depths=(2, 2, 2, 2),
               mlp_ratios=(8, 8, 4, 4), sr_ratios=(8, 4, 2, 1)),
}


def build_pvt_v2(variant="b0", image_size=224, num_classes=1000, attn="dense", mlp="dense",
                 attn_linear="dense", seed=0, **kw):
    """PVTv2-b0/b1 (random init from seed, eval mode); kw overrides dims,
    heads, depths, mlp_ratios, sr_ratios or the hash settings."""
    cfg = dict(PVT_V2[variant])
    cfg.update(kw)
    return _seeded(seed, lambda: PyramidViTv2(image_size, num_classes=num_classes, attn=attn,
                                              mlp=mlp, attn_linear=attn_linear, **cfg))


def build_pvt_v2_b0(**kw):
    return build_pvt_v2("b0", **kw)


def build_pvt_v2_b1(**kw):
    return build_pvt_v2("b1", **kw)


def count_parameters(model):
    """Parameters as the exported graph counts them: PyTorch's parameters()
    plus out*in for every ShiftLinear (its pot5 weight is a parameter in the
    graph; in torch it is the shift/sign buffers)."""
    n = sum(p.numel() for p in model.parameters())
    for m in model.modules():
        if isinstance(m, ShiftLinear):
            n += m.shift.numel()
    return n
