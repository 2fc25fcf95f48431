"""NumPy reference interpreter for vitc graphs (docs/graph-format.md).

    outs = vitc.interp.run("vit.json", {"x": images})   # list of float32 arrays

Computes in float64 and returns float32.  The batch size N is taken from the
inputs.  Weights are f32, or pot5 for the ShiftAdd ops; those ops follow
docs/graph-format.md bit-exactly in their integer parts (int64 Q16.16 shift
accumulation, popcount scores) and compute the KSH hash in float32.
"""

import json
import math
import os

import numpy as np

from vitc import safetensors

OPS = {}


def op(name):
    def deco(fn):
        OPS[name] = fn
        return fn
    return deco


def _dims(shape, batch):
    """A shape attribute with "N" and "N*k" replaced by their sizes."""
    return [batch * (int(d[2:]) if d.startswith("N*") else 1) if isinstance(d, str) else int(d)
            for d in shape]


def _axis(a, rank):
    a = int(a)
    if not -rank <= a < rank:
        raise ValueError("axis %d out of range for rank %d" % (a, rank))
    return a % rank


@op("conv2d")
def conv2d(ins, at, batch):
    x, w = ins[0], ins[1]
    sh, sw = at.get("stride", [1, 1])
    ph, pw = at.get("padding", [0, 0])
    dh, dw = at.get("dilation", [1, 1])
    g = int(at.get("groups", 1))
    n, c, h, wd = x.shape
    o, cg, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (wd + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    out = np.zeros((n, o, ho, wo))
    og = o // g
    for gi in range(g):
        xg = xp[:, gi * cg:(gi + 1) * cg]
        wg = w[gi * og:(gi + 1) * og]
        for i in range(kh):
            for j in range(kw):
                patch = xg[:, :, i * dh:i * dh + sh * (ho - 1) + 1:sh,
                           j * dw:j * dw + sw * (wo - 1) + 1:sw]
                out[:, gi * og:(gi + 1) * og] += np.einsum("nchw,oc->nohw", patch, wg[:, :, i, j])
    if len(ins) > 2:
        out += ins[2][None, :, None, None]
    return out


@op("conv1d_tokens")
def conv1d_tokens(ins, at, batch):
    x, w = ins[0], ins[1]
    p = int(at.get("padding", 0))
    k = w.shape[2]
    c, g = x.shape[2], w.shape[0]
    if c % g:
        raise ValueError("conv1d_tokens: %d channels, weight groups %d" % (c, g))
    w = np.repeat(w, c // g, axis=0)  # [G,1,k]: channel c uses group c / (C/G)
    xp = np.pad(x, ((0, 0), (p, p), (0, 0)))
    t = xp.shape[1] - k + 1
    out = sum(xp[:, j:j + t, :] * w[:, 0, j] for j in range(k))
    if len(ins) > 2:
        out = out + ins[2]
    return out


@op("linear")
def linear(ins, at, batch):
    out = ins[0] @ ins[1].T
    return out + ins[2] if len(ins) > 2 else out


@op("matmul")
def matmul(ins, at, batch):
    return np.matmul(ins[0], ins[1])


def _binary(fn):
    def run(ins, at, batch):
        if len(ins) == 2:
            return fn(ins[0], ins[1])
        s = float(at["scalar"])
        return fn(s, ins[0]) if int(at.get("reverse", 0)) else fn(ins[0], s)
    return run


for _name, _fn in (("add", np.add), ("sub", np.subtract), ("mul", np.multiply),
                   ("div", np.divide)):
    OPS[_name] = _binary(_fn)


@op("layer_norm")
def layer_norm(ins, at, batch):
    x = ins[0]
    axes = tuple(range(x.ndim - int(at.get("axes", 1)), x.ndim))
    mu = x.mean(axis=axes, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=axes, keepdims=True)
    y = (x - mu) / np.sqrt(var + float(at["eps"]))
    if len(ins) > 1:
        y = y * ins[1]
    if len(ins) > 2:
        y = y + ins[2]
    return y


def _softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


@op("softmax")
def softmax(ins, at, batch):
    return _softmax(ins[0], _axis(at["axis"], ins[0].ndim))


_erf = np.vectorize(math.erf, otypes=[np.float64])


@op("gelu")
def gelu(ins, at, batch):
    x = ins[0]
    if at.get("approximate", "none") == "tanh":
        return 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))
    return 0.5 * x * (1 + _erf(x / math.sqrt(2)))


OPS["relu"] = lambda ins, at, batch: np.maximum(ins[0], 0)
OPS["tanh"] = lambda ins, at, batch: np.tanh(ins[0])
OPS["erf"] = lambda ins, at, batch: _erf(ins[0])


def _sigmoid(x):
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-x))


def _hardsigmoid(x):
    return np.minimum(np.maximum(x + 3, 0), 6) / 6


OPS["sigmoid"] = lambda ins, at, batch: _sigmoid(ins[0])
OPS["silu"] = lambda ins, at, batch: ins[0] * _sigmoid(ins[0])
OPS["hardswish"] = lambda ins, at, batch: ins[0] * _hardsigmoid(ins[0])
OPS["hardsigmoid"] = lambda ins, at, batch: _hardsigmoid(ins[0])
OPS["exp"] = lambda ins, at, batch: np.exp(ins[0])
OPS["sqrt"] = lambda ins, at, batch: np.sqrt(ins[0])
OPS["rsqrt"] = lambda ins, at, batch: 1 / np.sqrt(ins[0])


@op("reshape")
def reshape(ins, at, batch):
    return ins[0].reshape(_dims(at["shape"], batch))


@op("transpose")
def transpose(ins, at, batch):
    return np.transpose(ins[0], [int(p) for p in at["perm"]])


@op("expand")
def expand(ins, at, batch):
    x, shape = ins[0], _dims(at["shape"], batch)
    off = len(shape) - x.ndim
    shape = [x.shape[i - off] if d == -1 else d for i, d in enumerate(shape)]
    return np.broadcast_to(x, shape)


@op("concat")
def concat(ins, at, batch):
    return np.concatenate(ins, axis=_axis(at["axis"], ins[0].ndim))


@op("slice")
def slice_(ins, at, batch):
    x = ins[0]
    axis = _axis(at["axis"], x.ndim)
    step = int(at.get("step", 1))
    if step <= 0:
        raise ValueError("slice step must be positive")
    idx = [slice(None)] * x.ndim
    idx[axis] = slice(int(at["start"]), int(at["end"]), step)
    return x[tuple(idx)]


@op("select")
def select(ins, at, batch):
    x = ins[0]
    axis = _axis(at["axis"], x.ndim)
    index = int(at["index"])
    if not -x.shape[axis] <= index < x.shape[axis]:
        raise ValueError("select index %d out of range for size %d" % (index, x.shape[axis]))
    return np.take(x, index, axis=axis)


@op("mean")
def mean(ins, at, batch):
    x = ins[0]
    axes = tuple(_axis(a, x.ndim) for a in at["axes"])
    return x.mean(axis=axes, keepdims=bool(int(at.get("keepdim", 0))))


# ----- zoo ops (issue 9) ------------------------------------------------------
@op("max")
def reduce_max(ins, at, batch):
    x = ins[0]
    axes = tuple(_axis(a, x.ndim) for a in at["axes"])
    return x.max(axis=axes, keepdims=bool(int(at.get("keepdim", 0))))


@op("normalize")
def normalize(ins, at, batch):
    x = ins[0]
    axis = _axis(at["axis"], x.ndim)
    nrm = np.sqrt((x * x).sum(axis=axis, keepdims=True))
    return x / np.maximum(nrm, float(at.get("eps", 1e-12)))


@op("gather")
def gather(ins, at, batch):
    x = ins[0]
    idx = np.asarray([int(i) for i in at["indices"]], dtype=np.int64)
    if "index_shape" in at:
        idx = idx.reshape([int(d) for d in at["index_shape"]])
    return np.take(x, idx, axis=_axis(at["axis"], x.ndim))


@op("unfold")
def unfold(ins, at, batch):
    x = ins[0]
    kh, kw = at["kernel"]
    sh, sw = at.get("stride", [1, 1])
    ph, pw = at.get("padding", [0, 0])
    dh, dw = at.get("dilation", [1, 1])
    n, c, h, w = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    out = np.zeros((n, c, kh, kw, ho, wo))
    for i in range(kh):
        for j in range(kw):
            out[:, :, i, j] = xp[:, :, i * dh:i * dh + sh * (ho - 1) + 1:sh,
                                 j * dw:j * dw + sw * (wo - 1) + 1:sw]
    return out.reshape(n, c * kh * kw, ho * wo)


@op("fold")
def fold(ins, at, batch):
    x = ins[0]
    h, w = at["output_size"]
    kh, kw = at["kernel"]
    sh, sw = at.get("stride", [1, 1])
    ph, pw = at.get("padding", [0, 0])
    dh, dw = at.get("dilation", [1, 1])
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    n, c = x.shape[0], x.shape[1] // (kh * kw)
    cols = x.reshape(n, c, kh, kw, ho, wo)
    out = np.zeros((n, c, h + 2 * ph, w + 2 * pw))
    for i in range(kh):
        for j in range(kw):
            out[:, :, i * dh:i * dh + sh * (ho - 1) + 1:sh,
                j * dw:j * dw + sw * (wo - 1) + 1:sw] += cols[:, :, i, j]
    return out[:, :, ph:ph + h, pw:pw + w]


# torch.nn.MultiheadAttention(batch_first=True), eval mode, no mask.
# pad and roll: the data movement of windowed attention (Swin)
@op("pad")
def pad(ins, at, batch):
    p = [int(v) for v in at["pads"]]
    return np.pad(ins[0], [(p[2 * i], p[2 * i + 1]) for i in range(len(p) // 2)],
                  constant_values=float(at.get("value", 0)))


@op("roll")
def roll(ins, at, batch):
    return np.roll(ins[0], [int(s) for s in at["shifts"]],
                   [_axis(a, ins[0].ndim) for a in at["axes"]])


@op("attention")
def attention(ins, at, batch):
    q, k, v, w_in, b_in, w_out, b_out = ins
    h = int(at["num_heads"])
    n, lq, d = q.shape
    s = k.shape[1]
    hd = d // h
    wq, wk, wv = w_in[:d], w_in[d:2 * d], w_in[2 * d:]
    bq, bk, bv = b_in[:d], b_in[d:2 * d], b_in[2 * d:]
    qp = (q @ wq.T + bq).reshape(n, lq, h, hd).transpose(0, 2, 1, 3)
    kp = (k @ wk.T + bk).reshape(n, s, h, hd).transpose(0, 2, 1, 3)
    vp = (v @ wv.T + bv).reshape(n, s, h, hd).transpose(0, 2, 1, 3)
    p = _softmax(qp @ kp.transpose(0, 1, 3, 2) / math.sqrt(hd), -1)
    o = (p @ vp).transpose(0, 2, 1, 3).reshape(n, lq, d)
    return o @ w_out.T + b_out


# ----- ShiftAdd ops (docs/graph-format.md, "ShiftAdd ops") -------------------
# Codes (b1 [N,H,L,nbits]) are uint8 arrays of 0/1 here.  Inputs declared f32
# are rounded to float32 first where the result depends on the exact value
# (Q16.16 quantization, thresholds, the hash), as the compiled kernels see
# float32 tensors.

def _f32(x):
    return np.asarray(x, dtype=np.float64).astype(np.float32)


def _q16(x):
    """Q(x) = clamp(floor(x * 2^16), -2^31, 2^31 - 1) as int64 (x rounded to f32)."""
    v = np.floor(_f32(x).astype(np.float64) * 65536.0)
    return np.clip(v, -2.0 ** 31, 2.0 ** 31 - 1).astype(np.int64)


def _pot5(w):
    """pot5 bytes -> (right shift 0..14 as int64, sign -1/0/+1 as int64)."""
    c = np.asarray(w).astype(np.int64)
    if c.size and (c.min() < 0 or c.max() > 31):
        raise ValueError("pot5 weight bytes must be in 0..31")
    sh = c & 15
    sign = np.where((c >> 4) & 1 == 1, -1, 1)
    sign = np.where(sh == 15, 0, sign)
    return np.where(sh == 15, 0, sh), sign


def _shift_linear(x, w, b):
    """Y_j = sum_k s_jk (X_k >> sh_jk) + B_j in int64; y = f32(Y) * 2^-16."""
    sh, sign = _pot5(w)
    k = x.shape[-1]
    X = _q16(x).reshape(-1, k)
    Y = np.zeros((X.shape[0], sh.shape[0]), dtype=np.int64)
    for s in range(15):
        S = np.where((sh == s) & (sign != 0), sign, 0)
        if S.any():
            Y += (X >> s) @ S.T
    if b is not None:
        Y += _q16(b)
    y = Y.astype(np.float32) * np.float32(2.0 ** -16)
    return y.reshape(x.shape[:-1] + (sh.shape[0],)).astype(np.float64)


@op("shift_linear")
def shift_linear(ins, at, batch):
    return _shift_linear(ins[0], ins[1], ins[2] if len(ins) > 2 else None)


def _heads(x, h):
    n, l, c = x.shape
    return x.reshape(n, l, h, c // h).transpose(0, 2, 1, 3)


def _tokens(x):
    n, h, l, d = x.shape
    return x.transpose(0, 2, 1, 3).reshape(n, l, h * d)


@op("ksh_hash")
def ksh_hash(ins, at, batch):
    """float32 throughout, in the order of the op definition."""
    h = int(at["num_heads"])
    x = _heads(_f32(ins[0]), h)                                        # [N,H,L,d]
    anchors, mvec, proj = _f32(ins[1]), _f32(ins[2]), _f32(ins[3])
    if proj.shape[1] != int(at["nbits"]):
        raise ValueError("ksh_hash: proj has %d bits, nbits %s" % (proj.shape[1], at["nbits"]))
    nrm = np.sqrt((x * x).sum(-1, keepdims=True))
    x = x / np.maximum(nrm, np.float32(1e-12))
    diff = x[:, :, :, None, :] - anchors[None, :, None, :, :]          # [N,H,L,m,d]
    dist = (diff * diff).sum(-1)                                       # [N,H,L,m]
    sigma = dist.mean(axis=(2, 3), keepdims=True, dtype=np.float32)
    phi = np.exp(-dist / (np.float32(2) * sigma)) - mvec[None, :, None, :]
    y = np.matmul(phi, proj.transpose(0, 2, 1)[None])                   # [N,H,L,nbits]
    return (y > 0).astype(np.uint8)


@op("binarize")
def binarize(ins, at, batch):
    return (_heads(_f32(ins[0]), int(at["num_heads"])) > 0).astype(np.uint8)


@op("matadd_ktv")
def matadd_ktv(ins, at, batch):
    codes, v = ins
    vh = _heads(v, int(at["num_heads"]))                               # [N,H,S,d]
    kv = np.zeros(codes.shape[:2] + (codes.shape[3], vh.shape[3]))
    for k in range(codes.shape[3]):  # masked sums: kv_k = sum of v_s with bit k set
        kv[:, :, k] = np.where(codes[:, :, :, k, None] != 0, vh, 0.0).sum(axis=2)
    return kv


@op("matadd_qkv")
def matadd_qkv(ins, at, batch):
    codes, kv, v = ins
    t = np.zeros(codes.shape[:3] + (kv.shape[3],))
    for k in range(codes.shape[3]):
        t += np.where(codes[:, :, :, k, None] != 0, kv[:, :, k, None, :], 0.0)
    return float(at["alpha"]) * v + float(at["beta"]) * _tokens(t)


@op("l2norm_heads")
def l2norm_heads(ins, at, batch):
    xh = _heads(ins[0], int(at["num_heads"]))
    nrm = np.sqrt((xh * xh).sum(-1, keepdims=True))
    return _tokens(xh / np.maximum(nrm, float(at.get("eps", 1e-12))))


_POPCOUNT8 = np.array([bin(i).count("1") for i in range(256)], dtype=np.int64)


def _pack(codes):
    """[N,H,L,nbits] bits -> [N,H,L,ceil(nbits/8)] bytes (bit i in bit i%8 of byte i/8)."""
    return np.packbits(codes.astype(np.uint8), axis=-1, bitorder="little")


@op("hamming_attention")
def hamming_attention(ins, at, batch):
    qc, kc, v = ins
    nbits = qc.shape[3]
    q, k = _pack(qc), _pack(kc)
    x = q[:, :, :, None, :] ^ k[:, :, None, :, :]                      # [N,H,L,S,bytes]
    c = nbits - 2 * _POPCOUNT8[x].sum(-1)                             # int64 scores
    p = _softmax(float(at["scale"]) * c.astype(np.float64), -1)
    return _tokens(p @ _heads(v, int(at["num_heads"])))


@op("moe2_linear")
def moe2_linear(ins, at, batch):
    ins = ins + [None] * (7 - len(ins))
    x, wr, br, w0, b0, w1, b1 = ins
    x = _f32(x).astype(np.float64)
    logits = x @ wr.T + (br if br is not None else 0.0)
    e1 = logits[..., 1] > logits[..., 0]                              # ties -> expert 0
    y0 = x @ w0.T + (b0 if b0 is not None else 0.0)
    y1 = _shift_linear(x, w1, b1)
    return np.where(e1[..., None], y1, y0)


# quantize, dequantize, qlinear (docs/quantization.md)
from vitc import quant as _quant  # noqa: E402,F401  (registers the ops above)


def load(json_path, weights_path=None):
    """Read a graph JSON and its weights: (graph dict, name -> float64 array)."""
    with open(json_path) as f:
        graph = json.load(f)
    if graph.get("format") != "vitc-graph" or graph.get("version") != 1:
        raise ValueError("%s: not a vitc-graph version 1 file" % json_path)
    unknown = sorted({n["op"] for n in graph["nodes"]} - set(OPS))
    if unknown:
        raise ValueError("%s: unknown ops: %s" % (json_path, ", ".join(unknown)))
    values = {}
    if graph["weights"]:
        if weights_path is None:
            weights_path = os.path.join(os.path.dirname(os.path.abspath(json_path)),
                                        graph["weights_file"])
        arrays, _ = safetensors.read(weights_path)
        for w in graph["weights"]:
            if w["dtype"] not in ("f32", "pot5", "i8", "i32", "i4"):
                raise ValueError("weight %s: dtype %s is not supported" % (w["name"], w["dtype"]))
            a = arrays[w["name"]]
            if w["dtype"] == "i4":     # packed int4 codes (vitc.quant)
                a = _quant.unpack_i4(a, [int(d) for d in w["shape"]])
            if list(a.shape) != [int(d) for d in w["shape"]]:
                raise ValueError("weight %s: shape %s, declared %s"
                                 % (w["name"], list(a.shape), w["shape"]))
            if w["dtype"] == "pot5":
                if a.dtype not in (np.uint8, np.int8):
                    raise ValueError("weight %s: pot5 stored as %s (U8 or I8)"
                                     % (w["name"], a.dtype))
                values[w["name"]] = a.astype(np.uint8)
            elif w["dtype"] in ("i8", "i32", "i4"):   # quantized ops (vitc.quant)
                values[w["name"]] = a.astype(np.int64)
            else:
                values[w["name"]] = a.astype(np.float64)
    return graph, values


def run(json_path, inputs, weights_path=None):
    """Run the graph on inputs (name -> array); returns the outputs, in order."""
    graph, values = load(json_path, weights_path)
    batch = None
    for spec in graph["inputs"]:
        x = np.asarray(inputs[spec["name"]], dtype=np.float64)
        if x.ndim != len(spec["shape"]):
            raise ValueError("input %s: rank %d, declared %s"
                             % (spec["name"], x.ndim, spec["shape"]))
        for d, want in zip(x.shape, spec["shape"]):
            if want == "N":
                if batch is not None and batch != d:
                    raise ValueError("inconsistent batch sizes %d and %d" % (batch, d))
                batch = d
            elif d != want:
                raise ValueError("input %s: shape %s, declared %s"
                                 % (spec["name"], list(x.shape), spec["shape"]))
        values[spec["name"]] = x
    for node in graph["nodes"]:
        ins = [values[i] if i != "" else None for i in node["inputs"]]
        out = np.asarray(OPS[node["op"]](ins, node.get("attrs", {}), batch))
        if out.dtype != np.uint8:  # codes stay 0/1 bytes
            out = out.astype(np.float64)
        values[node["outputs"][0]] = out
    return [values[o].astype(np.float32) for o in graph["outputs"]]
