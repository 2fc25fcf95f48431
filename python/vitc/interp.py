"""NumPy reference interpreter for vitc graphs (docs/graph-format.md).

    outs = vitc.interp.run("vit.json", {"x": images})   # list of float32 arrays

Computes in float64 and returns float32.  The batch size N is taken from the
inputs.  Only f32 graphs (format version 1) are run.
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
    return [batch if d == "N" else int(d) for d in shape]


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


# torch.nn.MultiheadAttention(batch_first=True), eval mode, no mask.
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
            if w["dtype"] != "f32":
                raise ValueError("weight %s: dtype %s is not supported" % (w["name"], w["dtype"]))
            a = arrays[w["name"]]
            if list(a.shape) != [int(d) for d in w["shape"]]:
                raise ValueError("weight %s: shape %s, declared %s"
                                 % (w["name"], list(a.shape), w["shape"]))
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
        ins = [values[i] for i in node["inputs"]]
        out = OPS[node["op"]](ins, node.get("attrs", {}), batch)
        values[node["outputs"][0]] = np.asarray(out, dtype=np.float64)
    return [values[o].astype(np.float32) for o in graph["outputs"]]
