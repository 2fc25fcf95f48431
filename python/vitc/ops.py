"""Handlers that turn functional torch calls into vitc graph nodes.

Each handler is called as handler(rec, name, args, kwargs, out) after the
real call produced `out`; it records nodes on the Recorder `rec` (see
vitc/trace.py).  Shape-valued attributes are taken from the real output
shapes; the batch dimension is recognised later by comparing two traces.
reshape/expand are always recorded, even when they change nothing at this
batch size (expand(n, -1) at n == 1); vitc/exporter.py drops the ones that
are no-ops at every batch size after the merge.
"""

import numbers

import torch

from vitc.trace import fail, type_name

HANDLERS = {}

# Metadata and bookkeeping calls: run, never recorded.
PASSTHROUGH = {
    "attr:shape", "attr:dtype", "attr:device", "attr:ndim", "attr:requires_grad",
    "attr:is_cuda", "attr:layout", "attr:is_leaf", "attr:grad_fn", "attr:names",
    "attr:is_sparse", "attr:is_quantized", "attr:is_meta", "attr:is_nested",
    "size", "dim", "ndimension", "numel", "nelement", "__len__", "is_floating_point",
    "is_complex", "is_contiguous", "element_size", "stride", "storage_offset",
    "get_device", "_assert", "attr:_base", "__repr__", "__format__", "__str__", "__hash__",
    "__reduce_ex__", "__deepcopy__", "has_names",
}
# x.new_zeros(shape) and kin: a fresh tensor that takes only x's dtype and
# device, never its values (torchvision's Swin builds its shifted-window mask
# from one): run untraced, an untracked constant (docs/exporter.md).
FRESH = {"new_zeros", "new_ones", "new_full", "new_tensor"}
DATA_DEPENDENT = {"item", "tolist", "__bool__", "__int__", "__float__", "__index__",
                  "numpy", "__array__", "nonzero", "__iter__"}
INPLACE = {"add_", "sub_", "mul_", "div_", "__iadd__", "__isub__", "__imul__",
           "__itruediv__", "__idiv__", "relu_", "tanh_", "erf_", "sigmoid_", "exp_",
           "sqrt_", "rsqrt_"}


def register(*names):
    def deco(fn):
        for n in names:
            HANDLERS[n] = fn
        return fn
    return deco


def arg(args, kwargs, i, key, default=None):
    if len(args) > i:
        return args[i]
    return kwargs.get(key, default)


def norm_axis(d, rank):
    d = int(d)
    if not -rank <= d < max(rank, 1):
        fail("axis %d out of range for rank %d" % (d, rank))
    return d % rank if rank else 0


def check_inplace(rec, t, label):
    """In-place ops are only allowed on computed, non-view tensors."""
    if not isinstance(t, torch.Tensor) or id(t) not in rec.names:
        fail("in-place %s on a weight or constant in %s is not supported" % (label, rec.where()))
    if t._base is not None:
        fail("in-place %s on a view in %s is not supported" % (label, rec.where()))


def is_number(v):
    return isinstance(v, numbers.Number) and not isinstance(v, complex)


# ----- elementwise ----------------------------------------------------------
_BINARY = {}
for _op, _names in {
        "add": ["add", "__add__", "__radd__", "__iadd__", "add_"],
        "sub": ["sub", "subtract", "__sub__", "__isub__", "sub_"],
        "mul": ["mul", "multiply", "__mul__", "__rmul__", "__imul__", "mul_"],
        "div": ["div", "divide", "true_divide", "__truediv__", "__itruediv__",
                "__div__", "__idiv__", "div_"]}.items():
    for _n in _names:
        _BINARY[_n] = (_op, False)
for _n, _op in {"__rsub__": "sub", "rsub": "sub", "__rdiv__": "div",
                "__rtruediv__": "div"}.items():
    _BINARY[_n] = (_op, True)


@register(*_BINARY)
def binary(rec, name, args, kwargs, out):
    op, swap = _BINARY[name]
    a, b = args[0], arg(args, kwargs, 1, "other")
    if arg(args, kwargs, 2, "alpha", 1) != 1:
        fail("%s with alpha in %s is not supported" % (name, rec.where()))
    if kwargs.get("rounding_mode") is not None:
        fail("div with rounding_mode in %s is not supported" % rec.where())
    if swap:
        a, b = b, a
    ta, tb = isinstance(a, torch.Tensor), isinstance(b, torch.Tensor)
    if ta and tb:
        rec.emit(op, [a, b], out=out)
    elif ta and is_number(b):
        rec.emit(op, [a], {"scalar": float(b), "reverse": 0}, out=out)
    elif tb and is_number(a):
        rev = 0 if op in ("add", "mul") else 1
        rec.emit(op, [b], {"scalar": float(a), "reverse": rev}, out=out)
    else:
        fail("%s of %s and %s in %s is not supported"
             % (name, type_name(a), type_name(b), rec.where()))


@register("neg", "__neg__", "negative")
def neg(rec, name, args, kwargs, out):
    rec.emit("mul", [args[0]], {"scalar": -1.0, "reverse": 0}, out=out)


@register("matmul", "__matmul__", "bmm", "mm", "__rmatmul__")
def matmul(rec, name, args, kwargs, out):
    a, b = args[0], arg(args, kwargs, 1, "other", kwargs.get("mat2"))
    if name == "__rmatmul__":
        a, b = b, a
    if not isinstance(b, torch.Tensor) or a.dim() < 2 or b.dim() < 2:
        fail("matmul of 1-D tensors in %s is not supported (reshape to 2-D)" % rec.where())
    rec.emit("matmul", [a, b], out=out)


@register("softmax")
def softmax(rec, name, args, kwargs, out):
    x, dim = args[0], arg(args, kwargs, 1, "dim")
    if dim is None:
        fail("softmax without dim in %s is not supported" % rec.where())
    rec.emit("softmax", [x], {"axis": norm_axis(dim, x.dim())}, out=out)


@register("gelu")
def gelu(rec, name, args, kwargs, out):
    approx = arg(args, kwargs, 1, "approximate", "none")
    if approx not in ("none", "tanh"):
        fail("gelu approximate=%r in %s is not supported" % (approx, rec.where()))
    rec.emit("gelu", [args[0]], {"approximate": approx}, out=out)


# torch call name -> vitc op, for the one-input elementwise ops.
_UNARY = {"relu": "relu", "relu_": "relu", "tanh": "tanh", "tanh_": "tanh", "erf": "erf",
          "erf_": "erf", "special_erf": "erf", "sigmoid": "sigmoid", "sigmoid_": "sigmoid",
          "special_expit": "sigmoid", "silu": "silu", "hardswish": "hardswish",
          "hardsigmoid": "hardsigmoid", "exp": "exp", "exp_": "exp", "sqrt": "sqrt",
          "sqrt_": "sqrt", "rsqrt": "rsqrt", "rsqrt_": "rsqrt"}


@register(*_UNARY)
def unary(rec, name, args, kwargs, out):
    op = _UNARY[name]
    # F.relu(x, True), F.silu(x, inplace=True), F.hardswish(x, True), ...
    if name in ("relu", "silu", "hardswish", "hardsigmoid") and \
            arg(args, kwargs, 1, "inplace", False) is True:
        check_inplace(rec, args[0], name)
    rec.emit(op, [args[0]], out=out)


# ----- batch norm (eval mode) -------------------------------------------------
def _tensor_ids(rec, tname):
    return [i for i, n in rec.names.items() if n == tname]


def _fold_target(rec, xname, rank):
    """The conv2d/linear node whose output x is (directly, or through one
    reshape that keeps the channel as the last axis, timm's LinearNorm),
    with the names of the tensors that folding would change; else None."""
    if not rec.nodes or rec.nodes[-1]["name"] != xname:
        return None
    last = rec.nodes[-1]
    if last["op"] == "conv2d" and rank == 4:
        return last, [xname]
    if last["op"] == "linear" and rank == 2:
        return last, [xname]
    if last["op"] == "reshape" and rank == 2 and len(rec.nodes) > 1:
        prev = rec.nodes[-2]
        if prev["op"] == "linear" and last["inputs"] == [prev["name"]] and \
                rec.shapes[prev["name"]][-1] == rec.shapes[xname][-1]:
            return prev, [prev["name"], xname]
    return None


def _weight_used(rec, wname):
    return any(wname in n["inputs"] for n in rec.nodes)


def emit_batch_norm(rec, x, mean, var, weight, bias, eps, out, name=None, where=None):
    """BatchNorm in eval mode: y = (x - mean) / sqrt(var + eps) * weight + bias
    over axis 1.  Folded into the conv2d/linear that produced x when x is
    that node's latest output (its weights are replaced by folded copies, the
    pre-normalization value can no longer be used); otherwise a per-channel
    mul and add with weights [C, 1, ...]."""
    where = where or rec.where()
    if x.dim() < 2:
        fail("batch_norm of a %d-D tensor in %s is not supported" % (x.dim(), where))
    if mean is None or var is None:
        fail("batch_norm without running statistics in %s is not supported "
             "(track_running_stats=False)" % where)
    c = int(x.shape[1])
    with rec.untraced():
        inv = torch.rsqrt(var.detach().double() + float(eps))
        scale = inv * (weight.detach().double() if weight is not None else 1.0)
        shift = (bias.detach().double() if bias is not None else 0.0) - \
            mean.detach().double() * scale
    key = (id(mean), id(var), id(weight), id(bias), float(eps))
    base = name or rec.prefix() or "batch_norm"
    target = _fold_target(rec, rec.value(x), x.dim())
    if target is not None:
        node, changed = target
        w_name = node["inputs"][1]
        b_name = node["inputs"][2] if len(node["inputs"]) > 2 and node["inputs"][2] else None
        w_t = rec.weights[w_name][0]
        b_t = rec.weights[b_name][0] if b_name else None
        if w_t.shape[0] != c:
            target = None
    if target is not None:
        view = [-1] + [1] * (w_t.dim() - 1)
        fw = rec.derived_weight(("bn_fold_w", w_name) + key, w_name + ".bn_folded", "f32",
                                "parameter",
                                lambda: (w_t.double() * scale.view(view)).float())
        fb = rec.derived_weight(("bn_fold_b", b_name) + key,
                                (b_name or node["name"] + ".bias") + ".bn_folded", "f32",
                                "parameter",
                                lambda: ((b_t.double() if b_t is not None else 0.0) * scale
                                         + shift).float())
        node["inputs"] = [node["inputs"][0], fw, fb]
        node["attrs"] = dict(node["attrs"])
        for old in (w_name, b_name):
            if old and not _weight_used(rec, old):
                rec.weights.pop(old, None)
        why = ("the output of %s before the batch norm folded into it (in %s) is used again; "
               "vitc cannot export that" % (node["name"], where))
        for tname in changed:
            for i in _tensor_ids(rec, tname):
                rec.poisoned[i] = why
        rec.names[id(out)] = changed[-1]
        rec.alive.append(out)
        rec.shapes[changed[-1]] = tuple(int(d) for d in out.shape)
        return changed[-1]
    view = [c] + [1] * (x.dim() - 2)
    sc = rec.derived_weight(("bn_scale",) + key, base + ".bn_scale", "f32", "parameter",
                            lambda: scale.float().reshape(view))
    sh = rec.derived_weight(("bn_shift",) + key, base + ".bn_shift", "f32", "parameter",
                            lambda: shift.float().reshape(view))
    m = rec.emit("mul", [x, sc], shape=list(x.shape),
                 name=rec.unique(base + ".bn_mul") if name else None)
    return rec.emit("add", [m, sh], out=out, name=name)


@register("batch_norm")
def batch_norm(rec, name, args, kwargs, out):
    if len(args) >= 9 or "cudnn_enabled" in kwargs:   # torch.batch_norm's order
        x, weight, bias, mean, var, training, _, eps = (list(args) + [None] * 9)[:8]
    else:
        x = args[0]
        mean, var = arg(args, kwargs, 1, "running_mean"), arg(args, kwargs, 2, "running_var")
        weight, bias = arg(args, kwargs, 3, "weight"), arg(args, kwargs, 4, "bias")
        training = arg(args, kwargs, 5, "training", False)
        eps = arg(args, kwargs, 7, "eps", 1e-5)
    if training:
        fail("batch_norm in training mode in %s is not supported (call .eval())" % rec.where())
    emit_batch_norm(rec, x, mean, var, weight, bias, eps, out)


# ----- shapes ---------------------------------------------------------------
@register("reshape", "view", "flatten", "unflatten", "unsqueeze", "squeeze",
          "view_as", "reshape_as")
def reshape(rec, name, args, kwargs, out):
    x = args[0]
    if name == "view" and isinstance(arg(args, kwargs, 1, "dtype"), torch.dtype):
        fail("view as another dtype in %s is not supported" % rec.where())
    rec.emit("reshape", [x], {"shape": list(out.shape)}, out=out)


def _perm(name, args, kwargs, rank):
    """The permutation applied by a transpose-like call."""
    ident = list(range(rank))
    if name == "permute":
        dims = args[1:] if len(args) > 1 else kwargs["dims"]
        if len(dims) == 1 and isinstance(dims[0], (list, tuple, torch.Size)):
            dims = dims[0]
        return [norm_axis(d, rank) for d in dims]
    if name in ("transpose", "swapaxes", "swapdims"):
        d0 = norm_axis(arg(args, kwargs, 1, "dim0", kwargs.get("axis0")), rank)
        d1 = norm_axis(arg(args, kwargs, 2, "dim1", kwargs.get("axis1")), rank)
        ident[d0], ident[d1] = ident[d1], ident[d0]
        return ident
    if name in ("t", "attr:T"):
        return ident[::-1]
    if name == "attr:mT":
        return ident[:-2] + ident[-2:][::-1]
    src = arg(args, kwargs, 1, "source")
    dst = arg(args, kwargs, 2, "destination")
    src = [src] if isinstance(src, int) else list(src)
    dst = [dst] if isinstance(dst, int) else list(dst)
    src = [norm_axis(d, rank) for d in src]
    dst = [norm_axis(d, rank) for d in dst]
    perm = [None] * rank
    for s, d in zip(src, dst):
        perm[d] = s
    rest = iter(d for d in ident if d not in src)
    return [p if p is not None else next(rest) for p in perm]


@register("permute", "transpose", "swapaxes", "swapdims", "t", "attr:T", "attr:mT",
          "movedim", "moveaxis")
def transpose(rec, name, args, kwargs, out):
    x = args[0]
    perm = _perm(name, args, kwargs, x.dim())
    if perm == sorted(perm):
        rec.alias(out, x)
    else:
        rec.emit("transpose", [x], {"perm": perm}, out=out)


@register("expand", "expand_as", "broadcast_to")
def expand(rec, name, args, kwargs, out):
    x = args[0]
    rec.emit("expand", [x], {"shape": list(out.shape)}, out=out)


@register("cat", "concat", "concatenate")
def cat(rec, name, args, kwargs, out):
    xs = list(arg(args, kwargs, 0, "tensors"))
    axis = norm_axis(arg(args, kwargs, 1, "dim", kwargs.get("axis", 0)), out.dim())
    xs = [t for t in xs if not (t.dim() == 1 and t.shape[0] == 0)]  # legacy empties
    if len(xs) == 1:
        rec.alias(out, xs[0])
    elif len(xs) > 64:
        fail("concat of %d tensors in %s (at most 64)" % (len(xs), rec.where()))
    else:
        rec.emit("concat", xs, {"axis": axis}, out=out)


@register("stack")
def stack(rec, name, args, kwargs, out):
    xs = list(arg(args, kwargs, 0, "tensors"))
    axis = norm_axis(arg(args, kwargs, 1, "dim", 0), out.dim())
    parts = []
    for t in xs:
        shape = list(t.shape)
        shape.insert(axis, 1)
        parts.append(rec.emit("reshape", [t], {"shape": shape}, shape=shape))
    if len(parts) > 64:
        fail("stack of %d tensors in %s (at most 64)" % (len(parts), rec.where()))
    rec.emit("concat", parts, {"axis": axis}, out=out)


# ----- indexing -------------------------------------------------------------
def _slice_attrs(axis, dim, start, stop, step):
    """slice attrs; a missing start is 0 and a missing stop the dim size
    (exporter.py turns that into "to the end" on the batch axis)."""
    step = 1 if step is None else int(step)
    if step <= 0:
        fail("slice step must be positive")
    start = 0 if start is None else int(start)
    stop = dim if stop is None else int(stop)
    return {"axis": axis, "start": start, "end": stop, "step": step}


@register("__getitem__")
def getitem(rec, name, args, kwargs, out):
    x, idx = args[0], args[1]
    items = list(idx) if isinstance(idx, tuple) else [idx]
    if any(isinstance(it, torch.Tensor) for it in items) and id(x) in rec.params and \
            id(x) not in rec.names and \
            not any(isinstance(it, torch.Tensor) and id(it) in rec.names for it in items):
        # a weight gathered by constant indices (timm's attention_biases[:, idxs]):
        # the result is a weight of its own
        base = rec.params[id(x)][0]
        wname = rec.derived_weight(("gather", id(x)) + tuple(id(it) for it in items),
                                   base + ".gathered", "f32", "constant",
                                   lambda: out.detach().clone())
        rec.names[id(out)] = wname
        rec.alive.append(out)
        return
    for it in items:
        if isinstance(it, bool) or not (it is None or it is Ellipsis or
                                        isinstance(it, (int, slice))):
            fail("indexing with %s in %s is not supported (ints, slices, None, ... only)"
                 % (type_name(it), rec.where()))
    n_real = sum(1 for it in items if it is not None and it is not Ellipsis)
    if Ellipsis in items:
        i = items.index(Ellipsis)
        items[i:i + 1] = [slice(None)] * (x.dim() - n_real)
    steps, shape, axis = [], list(x.shape), 0
    for it in items:
        if it is None:
            shape.insert(axis, 1)
            steps.append(("reshape", {"shape": list(shape)}, list(shape)))
            axis += 1
        elif isinstance(it, int):
            shape.pop(axis)
            steps.append(("select", {"axis": axis, "index": int(it)}, list(shape)))
        else:
            if not (it.start in (None, 0) and it.stop is None and it.step in (None, 1)):
                attrs = _slice_attrs(axis, shape[axis], it.start, it.stop, it.step)
                shape[axis] = len(range(*it.indices(shape[axis])))
                steps.append(("slice", attrs, list(shape)))
            axis += 1
    cur = x
    for i, (op, attrs, shp) in enumerate(steps):
        last = i == len(steps) - 1
        cur = rec.emit(op, [cur], attrs, out=out if last else None, shape=shp)
    if not steps:
        rec.alias(out, x)


@register("select")
def select(rec, name, args, kwargs, out):
    x = args[0]
    axis = norm_axis(arg(args, kwargs, 1, "dim"), x.dim())
    rec.emit("select", [x], {"axis": axis, "index": int(arg(args, kwargs, 2, "index"))}, out=out)


@register("narrow")
def narrow(rec, name, args, kwargs, out):
    x = args[0]
    axis = norm_axis(arg(args, kwargs, 1, "dim"), x.dim())
    start = arg(args, kwargs, 2, "start")
    if isinstance(start, torch.Tensor):
        fail("narrow with a tensor start in %s is not supported" % rec.where())
    start = int(start) % x.shape[axis] if int(start) < 0 else int(start)
    attrs = _slice_attrs(axis, x.shape[axis], start, start + int(arg(args, kwargs, 3, "length")), 1)
    rec.emit("slice", [x], attrs, out=out)


@register("chunk", "split", "unbind")
def split(rec, name, args, kwargs, out):
    x = args[0]
    axis = norm_axis(arg(args, kwargs, 1 if name == "unbind" else 2, "dim", 0), x.dim())
    start = 0
    for piece in out:
        if name == "unbind":
            rec.emit("select", [x], {"axis": axis, "index": start}, out=piece)
            start += 1
            continue
        n = int(piece.shape[axis])
        attrs = _slice_attrs(axis, x.shape[axis], start, start + n, 1)
        if n == x.shape[axis]:
            rec.alias(piece, x)
        else:
            rec.emit("slice", [x], attrs, out=piece)
        start += n


# ----- pad and roll (Swin's windows) ---------------------------------------
@register("pad")
def pad(rec, name, args, kwargs, out):
    """F.pad in constant mode: a pad node with (before, after) per axis for
    the positive widths, then a slice per axis for the negative ones
    (cropping); all widths zero is the input itself."""
    x = args[0]
    widths = [int(w) for w in arg(args, kwargs, 1, "pad")]
    mode = arg(args, kwargs, 2, "mode", "constant")
    value = arg(args, kwargs, 3, "value", None)
    if mode != "constant":
        fail("F.pad mode=%r in %s is not supported (constant only)" % (mode, rec.where()))
    if len(widths) % 2 or len(widths) // 2 > x.dim():
        fail("F.pad widths %s in %s do not fit a rank-%d tensor" % (widths, rec.where(), x.dim()))
    pads = [0] * (2 * x.dim())
    for i in range(len(widths) // 2):  # F.pad lists the last axis first
        axis = x.dim() - 1 - i
        pads[2 * axis], pads[2 * axis + 1] = widths[2 * i], widths[2 * i + 1]
    grow = [max(w, 0) for w in pads]
    crops = [a for a in range(x.dim()) if min(pads[2 * a], pads[2 * a + 1]) < 0]
    if not any(pads):
        rec.alias(out, x)
        return
    shape = [int(d) + grow[2 * a] + grow[2 * a + 1] for a, d in enumerate(x.shape)]
    cur = x
    if any(grow):
        attrs = {"pads": grow, "value": float(value or 0.0)}
        if not crops:
            rec.emit("pad", [x], attrs, out=out)
            return
        cur = rec.emit("pad", [x], attrs, shape=shape)
    for i, a in enumerate(crops):
        lo, hi = -min(pads[2 * a], 0), -min(pads[2 * a + 1], 0)
        attrs = {"axis": a, "start": lo, "end": shape[a] - hi, "step": 1}
        shape[a] -= lo + hi
        if i == len(crops) - 1:
            rec.emit("slice", [cur], attrs, out=out)
        else:
            cur = rec.emit("slice", [cur], attrs, shape=shape)


@register("roll")
def roll(rec, name, args, kwargs, out):
    """torch.roll / Tensor.roll along given dims: a roll node with each
    axis's total shift in [0, size); a roll with no net shift is the input."""
    x = args[0]
    shifts, dims = arg(args, kwargs, 1, "shifts"), arg(args, kwargs, 2, "dims")
    if dims is None or (isinstance(dims, (list, tuple)) and not dims):
        fail("torch.roll without dims (a roll of the flattened tensor) in %s is not supported"
             % rec.where())
    shifts = [shifts] if isinstance(shifts, int) else list(shifts)
    dims = [dims] if isinstance(dims, int) else list(dims)
    if len(shifts) != len(dims):
        fail("torch.roll with %d shifts for %d dims in %s" % (len(shifts), len(dims), rec.where()))
    total = {}
    for s, d in zip(shifts, dims):
        a = norm_axis(d, x.dim())
        total[a] = (total.get(a, 0) + int(s)) % x.shape[a]
    axes = [a for a in sorted(total) if total[a]]
    if not axes:
        rec.alias(out, x)
        return
    rec.emit("roll", [x], {"shifts": [total[a] for a in axes], "axes": axes}, out=out)


# ----- reductions -----------------------------------------------------------
@register("mean", "sum")
def mean(rec, name, args, kwargs, out):
    x = args[0]
    dim = arg(args, kwargs, 1, "dim")
    keep = bool(arg(args, kwargs, 2, "keepdim", False))
    if isinstance(dim, torch.dtype) or kwargs.get("dtype") is not None:
        fail("mean with dtype in %s is not supported" % rec.where())
    if dim is None or (not isinstance(dim, int) and len(dim) == 0):
        axes = list(range(x.dim()))
    elif isinstance(dim, int):
        axes = [norm_axis(dim, x.dim())]
    else:
        axes = sorted(norm_axis(d, x.dim()) for d in dim)
    if name == "mean":
        rec.emit("mean", [x], {"axes": axes, "keepdim": int(keep)}, out=out)
        return
    # sum: a mean times the (fixed) number of elements reduced
    count = 1
    for a in axes:
        count *= int(x.shape[a])
    # (over the batch axis the count differs between the exporter's two traces: refused there)
    m = rec.emit("mean", [x], {"axes": axes, "keepdim": int(keep)}, shape=list(out.shape))
    rec.emit("mul", [m], {"scalar": float(count), "reverse": 0}, out=out)



# ----- aliases --------------------------------------------------------------
@register("contiguous", "clone", "detach", "float", "to", "type_as", "cpu", "attr:data",
          "requires_grad_")
def alias(rec, name, args, kwargs, out):
    rec.alias(out, args[0])


@register("dropout", "alpha_dropout", "feature_alpha_dropout", "dropout1d", "dropout2d",
          "dropout3d")
def dropout(rec, name, args, kwargs, out):
    p = arg(args, kwargs, 1, "p", 0.5)
    default = name not in ("alpha_dropout", "feature_alpha_dropout")
    training = arg(args, kwargs, 2, "training", default)
    if training and p > 0:
        fail("%s with training=True in %s is not supported (export runs in eval mode;"
             " pass training=self.training)" % (name, rec.where()))
    rec.alias(out, args[0])


# ----- layers called functionally -------------------------------------------
def pair(v):
    return [int(v), int(v)] if isinstance(v, int) else [int(e) for e in v]


def conv_padding(padding, kernel, dilation, where):
    """Symmetric [ph, pw] for a conv padding (ints, 'valid' or 'same')."""
    if padding == "valid":
        return [0, 0]
    if padding == "same":
        out = []
        for k, d in zip(kernel, dilation):
            total = d * (k - 1)
            if total % 2:
                fail("padding='same' with even kernel in %s needs asymmetric padding" % where)
            out.append(total // 2)
        return out
    return pair(padding)


@register("linear")
def linear(rec, name, args, kwargs, out):
    x = arg(args, kwargs, 0, "input")  # timm BEiT: F.linear(input=x, ...)
    w, b = arg(args, kwargs, 1, "weight"), arg(args, kwargs, 2, "bias")
    rec.emit("linear", [x, w] + ([b] if b is not None else []), out=out)


@register("layer_norm")
def layer_norm(rec, name, args, kwargs, out):
    x = args[0]
    shape = arg(args, kwargs, 1, "normalized_shape")
    w, b = arg(args, kwargs, 2, "weight"), arg(args, kwargs, 3, "bias")
    eps = float(arg(args, kwargs, 4, "eps", 1e-5))
    shape = [shape] if isinstance(shape, int) else list(shape)
    ins = [x]
    if w is not None or b is not None:
        ins.append(w if w is not None else torch.ones(shape))
    if b is not None:
        ins.append(b)
    rec.emit("layer_norm", ins, {"eps": eps, "axes": len(shape)}, out=out)


@register("conv2d")
def conv2d(rec, name, args, kwargs, out):
    x, w = args[0], arg(args, kwargs, 1, "weight")
    b = arg(args, kwargs, 2, "bias")
    if x.dim() != 4:
        fail("conv2d on a %d-D input in %s (batched 4-D only)" % (x.dim(), rec.where()))
    dil = pair(arg(args, kwargs, 5, "dilation", 1))
    attrs = {"stride": pair(arg(args, kwargs, 3, "stride", 1)),
             "padding": conv_padding(arg(args, kwargs, 4, "padding", 0), w.shape[2:], dil,
                                     rec.where()),
             "dilation": dil, "groups": int(arg(args, kwargs, 6, "groups", 1))}
    rec.emit("conv2d", [x, w] + ([b] if b is not None else []), attrs, out=out)


# ----- average pooling (rewritten into conv2d / mean) -------------------------
def emit_avg_pool2d(rec, x, kernel, stride, padding, ceil_mode, count_include_pad,
                    divisor_override, out, name=None, where=None):
    """avg_pool2d as a depthwise conv2d with weights 1/(kh kw); padded
    windows that must not count the padding are rescaled by a constant
    [H', W'] map of kh kw / (cells inside the image)."""
    where = where or rec.where()
    if x.dim() != 4:
        fail("avg_pool2d on a %d-D input in %s (batched 4-D only)" % (x.dim(), where))
    k = tuple(pair(kernel))
    s = pair(stride if stride not in (None, []) else kernel)
    p = pair(padding)
    c, h, w = (int(d) for d in x.shape[1:])
    if divisor_override:
        fail("avg_pool2d with divisor_override in %s is not supported" % where)
    ho, wo = (h + 2 * p[0] - k[0]) // s[0] + 1, (w + 2 * p[1] - k[1]) // s[1] + 1
    if ceil_mode and tuple(out.shape[2:]) != (ho, wo):
        fail("avg_pool2d with ceil_mode=True in %s is not supported (output %s, not %s)"
             % (where, tuple(out.shape[2:]), (ho, wo)))
    base = name or rec.prefix() or "avg_pool2d"
    wt = rec.derived_weight(("avgpool_w", c, k), "avg_pool.%dx%d.weight" % k, "f32", "constant",
                            lambda: torch.full((c, 1, k[0], k[1]), 1.0 / (k[0] * k[1])))
    attrs = {"stride": s, "padding": p, "dilation": [1, 1], "groups": c}
    if count_include_pad or p == [0, 0]:
        return rec.emit("conv2d", [x, wt], attrs, out=out, name=name)
    y = rec.emit("conv2d", [x, wt], attrs, shape=list(out.shape),
                 name=rec.unique(base + ".sum") if name else None)

    def rescale():
        ones = torch.ones(1, 1, h, w, dtype=torch.float64)
        cnt = torch.nn.functional.avg_pool2d(ones, k, s, p, count_include_pad=True) * (k[0] * k[1])
        return ((k[0] * k[1]) / cnt).reshape(ho, wo).float()
    r = rec.derived_weight(("avgpool_r", h, w, k, tuple(s), tuple(p)),
                           "avg_pool.%dx%d.rescale" % k, "f32", "constant", rescale)
    return rec.emit("mul", [y, r], out=out, name=name)


def emit_adaptive_avg_pool2d(rec, x, output_size, out, name=None, where=None):
    """adaptive_avg_pool2d where the output size divides the input: a mean
    over (H, W) for 1x1, else avg_pool2d with kernel = stride = H/H'."""
    where = where or rec.where()
    if x.dim() != 4:
        fail("adaptive_avg_pool2d on a %d-D input in %s (batched 4-D only)" % (x.dim(), where))
    h, w = (int(d) for d in x.shape[2:])
    oh, ow = (int(d) for d in out.shape[2:])
    if h % oh or w % ow:
        fail("adaptive_avg_pool2d from %dx%d to %dx%d in %s is not supported (the output "
             "size must divide the input size)" % (h, w, oh, ow, where))
    if (oh, ow) == (1, 1):
        return rec.emit("mean", [x], {"axes": [2, 3], "keepdim": 1}, out=out, name=name)
    kh, kw = h // oh, w // ow
    return emit_avg_pool2d(rec, x, (kh, kw), (kh, kw), 0, False, True, None, out, name, where)


@register("avg_pool2d")
def avg_pool2d(rec, name, args, kwargs, out):
    emit_avg_pool2d(rec, args[0], arg(args, kwargs, 1, "kernel_size"),
                    arg(args, kwargs, 2, "stride"), arg(args, kwargs, 3, "padding", 0),
                    arg(args, kwargs, 4, "ceil_mode", False),
                    arg(args, kwargs, 5, "count_include_pad", True),
                    arg(args, kwargs, 6, "divisor_override"), out)


@register("adaptive_avg_pool2d")
def adaptive_avg_pool2d(rec, name, args, kwargs, out):
    emit_adaptive_avg_pool2d(rec, args[0], arg(args, kwargs, 1, "output_size"), out)


# Handlers of the ops issue 9 (the ViT zoo) added: they register themselves
# into HANDLERS (vitc/ops_zoo.py).
from vitc import ops_zoo  # noqa: E402,F401
