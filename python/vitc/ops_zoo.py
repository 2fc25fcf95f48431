"""Handlers for the ops issue 9 (the ViT zoo) added, registered into
vitc.ops.HANDLERS like the others (imported at the end of vitc/ops.py):
Tensor.repeat, max/min reductions, F.normalize, F.interpolate of computed
tensors (two matrix products), gathers by constant indices, F.unfold /
F.fold and torch.einsum (transposes, sums, reshapes and one matmul)."""

import torch

from vitc.ops import arg, norm_axis, pair, register
from vitc.trace import fail, type_name


# ----- repeat -----------------------------------------------------------------
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
    axes: nothing merges them with the batch) or columns (merged; the
    operands swap when that merges fewer indices).  An
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
    left = [c for c in rhs if c in ta and c not in tb]
    right = [c for c in rhs if c in tb and c not in ta]
    if len(right) > 1 and len(left) <= 1:
        # merge as few indices as possible (one of them may be the batch):
        # the product the other way round, (b^T a^T)^T
        ta, a, tb, b, left, right = tb, b, ta, a, right, left
    batch = [c for c in rhs if c in ta and c in tb]
    contr = [c for c in ta if c in tb and c not in rhs]
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
