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


@register("repeat")
def repeat(rec, name, args, kwargs, out):
    """Tensor.repeat (tiling) as reshape -> expand -> reshape: an axis of size
    s repeated r times is an inserted axis of size 1 expanded to r in front
    of it, then merged (r == 1 or s == 1 need no extra axis)."""
    x = args[0]
    reps = list(args[1:]) or list(kwargs.get("repeats", ()))
    if len(reps) == 1 and isinstance(reps[0], (list, tuple, torch.Size)):
        reps = list(reps[0])
    reps = [int(r) for r in reps]
    shape = [1] * (len(reps) - x.dim()) + [int(d) for d in x.shape]
    ones, wide = [], []
    for r, d in zip(reps, shape):
        if r != 1 and d != 1:
            ones.append(1)
            wide.append(r)
        ones.append(d)
        wide.append(r if d == 1 else d)
    cur = x
    if ones != [int(d) for d in x.shape]:
        cur = rec.emit("reshape", [cur], {"shape": ones}, shape=ones)
    last = wide == list(out.shape)
    cur = rec.emit("expand", [cur], {"shape": wide}, out=out if last else None, shape=wide)
    if not last:
        rec.emit("reshape", [cur], {"shape": list(out.shape)}, out=out)


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



# ----- zoo ops (issue 9): max / min reductions, normalize --------------------
def _reduce_axes(x, dim):
    """Sorted non-negative axes of a reduction's dim argument (None, int,
    or a list; None or empty: every axis)."""
    if dim is None or (not isinstance(dim, int) and len(dim) == 0):
        return list(range(x.dim()))
    if isinstance(dim, int):
        return [norm_axis(dim, x.dim())]
    return sorted(norm_axis(d, x.dim()) for d in dim)


@register("max", "amax", "min", "amin")
def reduce_max(rec, name, args, kwargs, out):
    """torch.max/amax (and min/amin as -max(-x)) over given axes: a "max"
    node.  torch.max(x, dim) also returns argmax indices, which vitc has no
    value for: using them is refused (they are poisoned)."""
    x = args[0]
    dim = arg(args, kwargs, 1, "dim")
    if isinstance(dim, torch.Tensor):
        fail("%s of two tensors (elementwise) in %s is not supported" % (name, rec.where()))
    if name in ("max", "min") and dim is None:
        fail("%s over all elements (a 0-d result) in %s is not supported" % (name, rec.where()))
    keep = bool(arg(args, kwargs, 2, "keepdim", False))
    values = out
    if name in ("max", "min"):
        values = out[0]
        rec.poison(out[1], "the indices of torch.%s in %s are not supported" % (name, rec.where()))
    axes = _reduce_axes(x, dim)
    attrs = {"axes": axes, "keepdim": int(keep)}
    if name in ("max", "amax"):
        rec.emit("max", [x], attrs, out=values)
        return
    neg = rec.emit("mul", [x], {"scalar": -1.0, "reverse": 0}, shape=list(x.shape))
    m = rec.emit("max", [neg], attrs, shape=list(values.shape))
    rec.emit("mul", [m], {"scalar": -1.0, "reverse": 0}, out=values)


@register("normalize")
def normalize(rec, name, args, kwargs, out):
    """F.normalize(x, p=2, dim, eps): a "normalize" node (p = 2 only)."""
    x = args[0]
    p = float(arg(args, kwargs, 1, "p", 2.0))
    if p != 2.0:
        fail("normalize with p=%g in %s is not supported (p=2 only)" % (p, rec.where()))
    if arg(args, kwargs, 4, "out") is not None:
        fail("normalize with out= in %s is not supported" % rec.where())
    axis = norm_axis(arg(args, kwargs, 2, "dim", 1), x.dim())
    eps = float(arg(args, kwargs, 3, "eps", 1e-12))
    rec.emit("normalize", [x], {"axis": axis, "eps": eps}, out=out)


# ----- interpolate (issue 9) ----------------------------------------------------
_INTERP_MODES = ("nearest", "nearest-exact", "bilinear", "bicubic")


def _interp_matrix(x, axis, args, kwargs):
    """The [out, in] matrix of F.interpolate along spatial axis (2: H, 3: W)
    with the call's own arguments: PyTorch's interpolation of a float64
    one-hot basis of that axis, the other axis of size 1 and left alone
    (size 1 or scale 1: the identity; the 2-D modes are separable)."""
    keys = ("size", "scale_factor", "mode", "align_corners", "recompute_scale_factor",
            "antialias")
    kw = dict(zip(keys, args[1:]))
    kw.update(kwargs)
    size, scale = kw.get("size"), kw.get("scale_factor")
    i = axis - 2
    if size is not None:
        size = pair(size)
        kw["size"] = (size[0], 1) if i == 0 else (1, size[1])
    if scale is not None:
        scale = [float(v) for v in (scale if isinstance(scale, (list, tuple)) else (scale, scale))]
        kw["scale_factor"] = (scale[0], 1.0) if i == 0 else (1.0, scale[1])
    n = int(x.shape[axis])
    shape = [n, 1, n, 1] if i == 0 else [n, 1, 1, n]
    basis = torch.eye(n, dtype=torch.float64).reshape(shape)
    y = torch.nn.functional.interpolate(basis, **kw)
    m = y[:, 0, :, 0] if i == 0 else y[:, 0, 0, :]
    return m.t().contiguous()  # [out, in]


@register("interpolate", "upsample", "upsample_bilinear", "upsample_nearest")
def interpolate(rec, name, args, kwargs, out):
    """F.interpolate of a computed 4-D tensor (nearest, nearest-exact,
    bilinear, bicubic; align_corners either way) as the two matrix products
    it means: y = M_h x M_w^T with constant matrices computed by PyTorch
    itself (_interp_matrix), one product when only one axis changes.  A
    constant input never gets here: it is folded at export."""
    x = args[0]
    if name != "interpolate":
        fail("%s in %s is not supported (use F.interpolate)" % (name, rec.where()))
    mode = arg(args, kwargs, 3, "mode", "nearest")
    if x.dim() != 4 or mode not in _INTERP_MODES:
        fail("interpolate of a %d-D tensor with mode %r in %s is not supported (4-D input, "
             "modes %s)" % (x.dim(), mode, rec.where(), ", ".join(_INTERP_MODES)))
    if arg(args, kwargs, 6, "antialias", False):
        fail("interpolate with antialias=True in %s is not supported" % rec.where())
    with rec.untraced(), torch.no_grad():
        mh = _interp_matrix(x, 2, args, kwargs)
        mw = _interp_matrix(x, 3, args, kwargs)
    cur = x
    shape = [int(d) for d in x.shape]
    todo = []
    key = (mode, repr(args[1:]), repr(sorted(kwargs.items())), tuple(shape[2:]))
    if not (mw.shape[0] == mw.shape[1] and torch.equal(mw, torch.eye(mw.shape[0], dtype=mw.dtype))):
        todo.append("w")
    if not (mh.shape[0] == mh.shape[1] and torch.equal(mh, torch.eye(mh.shape[0], dtype=mh.dtype))):
        todo.append("h")
    if not todo:
        rec.alias(out, x)
        return
    base = "interpolate.%s.%dx%d_%dx%d" % (mode, shape[2], shape[3], mh.shape[0], mw.shape[0])
    for i, ax in enumerate(todo):
        last = i == len(todo) - 1
        if ax == "w":
            wt = rec.derived_weight(("interp_w",) + key, base + ".w", "f32", "constant",
                                    lambda: mw.t().contiguous().float())
            shape[3] = int(mw.shape[0])
            cur = rec.emit("matmul", [cur, wt], out=out if last else None, shape=list(shape))
        else:
            ht = rec.derived_weight(("interp_h",) + key, base + ".h", "f32", "constant",
                                    lambda: mh.float())
            shape[2] = int(mh.shape[0])
            cur = rec.emit("matmul", [ht, cur], out=out if last else None, shape=list(shape))


# ----- gather by constant indices (issue 9) ---------------------------------------
def emit_gather(rec, x, axis, index, out, where=None):
    """x indexed along axis by a constant integer tensor (x[:, idx],
    index_select): a "gather" node with the indices as attributes; x[..]
    with an index of shape S puts S in place of the axis."""
    where = where or rec.where()
    if not isinstance(index, torch.Tensor) or index.dtype.is_floating_point or \
            index.dtype == torch.bool:
        fail("indexing with a %s tensor in %s is not supported (integer indices only)"
             % (getattr(index, "dtype", type_name(index)), where))
    if rec.is_dynamic(index):
        fail("indexing by a tensor computed from the input in %s is not supported" % where)
    axis = norm_axis(axis, x.dim())
    size = int(x.shape[axis])
    with rec.untraced():
        flat = [int(v) for v in index.detach().reshape(-1).tolist()]
    if not flat:
        fail("indexing with an empty index tensor in %s is not supported" % where)
    if any(not -size <= v < size for v in flat):
        fail("an index in %s is out of range for an axis of size %d" % (where, size))
    attrs = {"axis": axis, "indices": [v % size for v in flat]}
    if index.dim() != 1:
        attrs["index_shape"] = [int(d) for d in index.shape]
    if index.dim() == 0:
        fail("indexing with a 0-d index tensor in %s is not supported" % where)
    return rec.emit("gather", [x], attrs, out=out)


@register("index_select")
def index_select(rec, name, args, kwargs, out):
    x, dim, index = args[0], arg(args, kwargs, 1, "dim"), arg(args, kwargs, 2, "index")
    emit_gather(rec, x, dim, index, out)


# ----- unfold (issue 9) ----------------------------------------------------------
@register("functional_unfold")
def unfold(rec, name, args, kwargs, out):
    """F.unfold / nn.Unfold (im2col) of a 4-D tensor: an "unfold" node."""
    x = args[0]
    if x.dim() != 4:
        fail("unfold of a %d-D input in %s is not supported (batched 4-D only)"
             % (x.dim(), rec.where()))
    attrs = {"kernel": pair(arg(args, kwargs, 1, "kernel_size")),
             "stride": pair(arg(args, kwargs, 4, "stride", 1)),
             "padding": pair(arg(args, kwargs, 3, "padding", 0)),
             "dilation": pair(arg(args, kwargs, 2, "dilation", 1))}
    rec.emit("unfold", [x], attrs, out=out)


@register("fold")
def fold_(rec, name, args, kwargs, out):
    """F.fold / nn.Fold (col2im) of a 3-D tensor: a "fold" node."""
    x = args[0]
    if x.dim() != 3:
        fail("fold of a %d-D input in %s is not supported (batched 3-D only)"
             % (x.dim(), rec.where()))
    attrs = {"output_size": pair(arg(args, kwargs, 1, "output_size")),
             "kernel": pair(arg(args, kwargs, 2, "kernel_size")),
             "stride": pair(arg(args, kwargs, 5, "stride", 1)),
             "padding": pair(arg(args, kwargs, 4, "padding", 0)),
             "dilation": pair(arg(args, kwargs, 3, "dilation", 1))}
    rec.emit("fold", [x], attrs, out=out)


# ----- einsum (issue 9) ----------------------------------------------------------
def _einsum_parse(eq, ranks, where):
    """Index letters per operand and of the output of an einsum equation
    (spaces dropped, "..." spelled out with unused capital letters, the
    implicit output: the letters used once, sorted)."""
    eq = eq.replace(" ", "")
    lhs, arrow, rhs = eq.partition("->")
    terms = lhs.split(",")
    if len(terms) != len(ranks):
        fail("einsum %r in %s: %d terms for %d operands" % (eq, where, len(terms), len(ranks)))
    spare = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in eq]
    ell = None
    out = []
    for t, r in zip(terms, ranks):
        if "..." in t:
            k = r - (len(t) - 3)
            if ell is None or len(ell) < k:
                ell = "".join(spare[:k])
            t = t.replace("...", ell[len(ell) - k:] if k else "")
        if len(t) != r or not t.isalpha():
            fail("einsum %r in %s: term %r does not match a %d-D operand" % (eq, where, t, r))
        out.append(t)
    if arrow:
        rhs = rhs.replace("...", ell or "")
    else:
        counts = {}
        for t in out:
            for c in t:
                counts[c] = counts.get(c, 0) + 1
        rhs = (ell or "") + "".join(sorted(c for c, k in counts.items()
                                           if k == 1 and c not in (ell or "")))
    return out, rhs


@register("einsum")
def einsum(rec, name, args, kwargs, out):
    """torch.einsum of one or two operands as the transposes, sums, reshapes
    and one matmul it means: indices in both operands and the output are
    matmul batch axes, in both but not the output contracted (merged into
    K), in one operand only kept as rows (the left operand's, as leading
    axes: nothing merges them with the batch) or columns (merged).  An
    index used by one operand only and not in the output is summed first.
    Repeated indices in one term (diagonals) and three or more operands are
    refused."""
    eq = args[0]
    ops_ = list(args[1]) if len(args) == 2 and isinstance(args[1], (list, tuple)) \
        else list(args[1:])
    where = rec.where()
    if not isinstance(eq, str) or not 1 <= len(ops_) <= 2:
        fail("einsum with %d operands in %s is not supported (one or two)" % (len(ops_), where))
    terms, rhs = _einsum_parse(eq, [t.dim() for t in ops_], where)
    for t in terms + [rhs]:
        if len(set(t)) != len(t):
            fail("einsum %r in %s: a repeated index in one term (a diagonal) is not "
                 "supported" % (eq, where))
    size = {}
    for t, x in zip(terms, ops_):
        for c, d in zip(t, x.shape):
            if size.setdefault(c, int(d)) != int(d):
                fail("einsum %r in %s: index %s has sizes %d and %d (broadcasting is not "
                     "supported)" % (eq, where, c, size[c], int(d)))

    def reduce_only(i, t, x):
        """Sum the indices of term t that no other term nor the output uses."""
        others = "".join(terms[:i] + terms[i + 1:]) + rhs
        gone = [k for k, c in enumerate(t) if c not in others]
        if not gone:
            return t, x
        shape = [size[c] for c in t if c not in others]
        count = 1
        for k in gone:
            count *= size[t[k]]
        m = rec.emit("mean", [x], {"axes": gone, "keepdim": 0}, shape=shape)
        x = rec.emit("mul", [m], {"scalar": float(count), "reverse": 0}, shape=shape)
        return "".join(c for c in t if c in others), x

    def permute(t, x, order):
        """x (indices t) transposed to the index order "order"."""
        if t == order:
            return x
        perm = [t.index(c) for c in order]
        return rec.emit("transpose", [x], {"perm": perm}, shape=[size[c] for c in order])

    def finish(t, x):
        """The result x (indices t, not the output's order) transposed, bound to out."""
        rec.emit("transpose", [x], {"perm": [t.index(c) for c in rhs]}, out=out)

    if len(ops_) == 1:
        t, x = reduce_only(0, terms[0], ops_[0])
        if t == rhs and x is ops_[0]:
            rec.alias(out, x)
            return
        if t == rhs:
            rec.names[id(out)] = x
            rec.alive.append(out)
            return
        finish(t, x)
        return
    ta, a = reduce_only(0, terms[0], ops_[0])
    tb, b = reduce_only(1, terms[1], ops_[1])
    batch = [c for c in rhs if c in ta and c in tb]
    contr = [c for c in ta if c in tb and c not in rhs]
    left = [c for c in rhs if c in ta and c not in tb]
    right = [c for c in rhs if c in tb and c not in ta]
    k = 1
    for c in contr:
        k *= size[c]
    r = 1
    for c in right:
        r *= size[c]
    # a: [batch.., left.., K] (a 1-row axis when there is no left index)
    a = permute(ta, a, "".join(batch + left + contr))
    ashape = [size[c] for c in batch + left] + ([] if left else [1]) + [k]
    if [size[c] for c in batch + left + contr] != ashape:
        a = rec.emit("reshape", [a], {"shape": ashape}, shape=ashape)
    # b: [batch.., 1 per extra left axis, K, R]
    b = permute(tb, b, "".join(batch + contr + right))
    bshape = [size[c] for c in batch] + ([1] * (len(left) - 1) if batch else []) + [k, r]
    if [size[c] for c in batch + contr + right] != bshape:
        b = rec.emit("reshape", [b], {"shape": bshape}, shape=bshape)
    cshape = [size[c] for c in batch + left] + ([] if left else [1]) + [r]
    full = [size[c] for c in batch + left + right]
    tc = "".join(batch + left + right)
    if cshape == full and tc == rhs:
        rec.emit("matmul", [a, b], out=out)
        return
    c = rec.emit("matmul", [a, b], shape=cshape)
    if cshape != full:
        if tc == rhs:
            rec.emit("reshape", [c], {"shape": full}, out=out)
            return
        c = rec.emit("reshape", [c], {"shape": full}, shape=full)
    finish(tc, c)


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
