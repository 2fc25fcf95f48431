"""Leaf modules: torch.nn modules exported whole, as one node each.

classify(module) says how the tracer treats a module when it is called:
  ("leaf", handler)  run it with recording suppressed, then handler(rec, path,
                     module, arguments, output) records the node(s);
  ("scope", None)    transparent: its body is traced, its path names nodes;
  ("refuse", None)   any other torch.nn module: refused by name and type.
"""

import torch
from torch import nn

from vitc import nn as vnn
from vitc import ops
from vitc.trace import fail, type_name


def _name(rec, path, mod):
    return rec.unique(path or type(mod).__name__.lower())


def _input(a):
    return a.get("input", next(iter(a.values())))


def linear(rec, path, mod, a, out):
    ins = [_input(a), mod.weight] + ([mod.bias] if mod.bias is not None else [])
    rec.emit("linear", ins, out=out, name=_name(rec, path, mod))


def conv2d(rec, path, mod, a, out):
    x = _input(a)
    where = "%s (%s)" % (path, type_name(mod))
    if mod.padding_mode != "zeros":
        fail("cannot export %s: padding_mode=%r" % (where, mod.padding_mode))
    if x.dim() != 4:
        fail("cannot export %s: %d-D input (batched 4-D only)" % (where, x.dim()))
    attrs = {"stride": ops.pair(mod.stride),
             "padding": ops.conv_padding(mod.padding, mod.kernel_size, mod.dilation, where),
             "dilation": ops.pair(mod.dilation), "groups": int(mod.groups)}
    ins = [x, mod.weight] + ([mod.bias] if mod.bias is not None else [])
    rec.emit("conv2d", ins, attrs, out=out, name=_name(rec, path, mod))


def layer_norm(rec, path, mod, a, out):
    ins = [_input(a)]
    if mod.elementwise_affine:
        ins += [mod.weight, mod.bias]
    attrs = {"eps": float(mod.eps), "axes": len(mod.normalized_shape)}
    rec.emit("layer_norm", ins, attrs, out=out, name=_name(rec, path, mod))


def gelu(rec, path, mod, a, out):
    rec.emit("gelu", [_input(a)], {"approximate": mod.approximate}, out=out,
             name=_name(rec, path, mod))


def unary(op):
    def handler(rec, path, mod, a, out):
        if getattr(mod, "inplace", False):
            ops.check_inplace(rec, _input(a), type(mod).__name__)
        rec.emit(op, [_input(a)], out=out, name=_name(rec, path, mod))
    return handler


def batch_norm(rec, path, mod, a, out):
    where = "%s (%s)" % (path, type_name(mod))
    if mod.training or not mod.track_running_stats or mod.running_mean is None:
        fail("cannot export %s: batch norm in training mode or without running statistics"
             % where)
    eps = float(mod.eps)
    ops.emit_batch_norm(rec, _input(a), mod.running_mean, mod.running_var, mod.weight,
                        mod.bias, eps, out, name=_name(rec, path, mod), where=where)


def avg_pool2d(rec, path, mod, a, out):
    ops.emit_avg_pool2d(rec, _input(a), mod.kernel_size, mod.stride, mod.padding,
                        mod.ceil_mode, mod.count_include_pad, mod.divisor_override, out,
                        name=_name(rec, path, mod), where="%s (%s)" % (path, type_name(mod)))


def adaptive_avg_pool2d(rec, path, mod, a, out):
    ops.emit_adaptive_avg_pool2d(rec, _input(a), mod.output_size, out,
                                 name=_name(rec, path, mod),
                                 where="%s (%s)" % (path, type_name(mod)))


def softmax(rec, path, mod, a, out):
    x = _input(a)
    if mod.dim is None:
        fail("cannot export %s (%s): softmax without dim" % (path, type_name(mod)))
    rec.emit("softmax", [x], {"axis": ops.norm_axis(mod.dim, x.dim())}, out=out,
             name=_name(rec, path, mod))


def identity(rec, path, mod, a, out):
    rec.alias(out, _input(a))


# nn.MultiheadAttention -> one attention node ([N,L,D] layout).  With
# batch_first=False the inputs are [L,N,D]: transposes go around the node.
def attention(rec, path, mod, a, out):
    where = "%s (%s)" % (path or "the top-level module", type_name(mod))
    q, k, v = a["query"], a["key"], a["value"]
    if a.get("key_padding_mask") is not None or a.get("attn_mask") is not None:
        fail("cannot export %s: attention masks are not supported" % where)
    if not mod._qkv_same_embed_dim:
        fail("cannot export %s: kdim/vdim different from embed_dim" % where)
    if mod.bias_k is not None or mod.add_zero_attn:
        fail("cannot export %s: add_bias_kv/add_zero_attn are not supported" % where)
    if q.dim() != 3:
        fail("cannot export %s: unbatched (2-D) inputs are not supported" % where)
    result, weights = out
    if weights is not None:
        rec.poison(weights, "the attention weights of %s (need_weights=True) cannot be "
                            "exported; call it with need_weights=False" % where)
    dim = mod.embed_dim
    b_in = mod.in_proj_bias if mod.in_proj_bias is not None else torch.zeros(3 * dim)
    b_out = mod.out_proj.bias if mod.out_proj.bias is not None else torch.zeros(dim)
    ws = [mod.in_proj_weight, b_in, mod.out_proj.weight, b_out]
    attrs = {"num_heads": int(mod.num_heads)}
    base = _name(rec, path, mod)
    if mod.batch_first:
        rec.emit("attention", [q, k, v] + ws, attrs, out=out[0], name=base)
        return
    done = {}
    for key, t in (("q", q), ("k", k), ("v", v)):
        if id(t) not in done:
            shape = [t.shape[1], t.shape[0], t.shape[2]]
            done[id(t)] = rec.emit("transpose", [t], {"perm": [1, 0, 2]}, shape=shape,
                                   name=rec.unique(base + "." + key + "_t"))
    ins = [done[id(q)], done[id(k)], done[id(v)]]
    shape = [q.shape[1], q.shape[0], dim]
    mid = rec.emit("attention", ins + ws, attrs, shape=shape,
                   name=rec.unique(base + ".attention"))
    rec.emit("transpose", [mid], {"perm": [1, 0, 2]}, out=result, name=base)


# ----- ShiftAdd modules (vitc/nn.py; docs/graph-format.md, "ShiftAdd ops") -----
def _where(path, mod):
    return "%s (%s)" % (path or "the top-level module", type_name(mod))


def _plain(mod, cls):
    return isinstance(mod, cls) and type(mod).forward is cls.forward


def _pot5(rec, path, mod):
    """The pot5 weight of a ShiftLinear (a "parameter" of out*in elements)."""
    where = _where(path, mod)
    shift, sign = mod.shift, mod.sign
    if shift.dim() != 2 or shift.shape != sign.shape or \
            tuple(shift.shape) != (mod.out_features, mod.in_features):
        fail("cannot export %s: shift/sign buffers of shape %s/%s, expected [%d, %d]"
             % (where, list(shift.shape), list(sign.shape), mod.out_features, mod.in_features))
    if shift.is_floating_point() or sign.is_floating_point():
        fail("cannot export %s: shift/sign buffers must be integer tensors" % where)
    with rec.untraced():
        bad_shift = bool(((shift < vnn.SHIFT_MIN) | (shift > 0))[sign != 0].any())
        bad_sign = bool(((sign < -1) | (sign > 1)).any())
    if bad_shift:
        fail("cannot export %s: shift values outside [%d, 0]" % (where, vnn.SHIFT_MIN))
    if bad_sign:
        fail("cannot export %s: sign values outside {-1, 0, 1}" % where)
    base = _join(path, "weight")
    return rec.derived_weight(("pot5", id(mod)), base, "pot5", "parameter", mod.pot5)


def _join(path, key):
    return path + "." + key if path else key


def _bias(mod):
    return mod.bias if mod.bias is not None else ""


def emit_linear_like(rec, path, mod, x, out=None, shape=None, name=None):
    """One node for a linear-like module: nn.Linear -> linear, ShiftLinear ->
    shift_linear, MoE2Linear -> moe2_linear.  Empty names "" stand for absent
    optional inputs; trailing ones are dropped."""
    where = _where(path, mod)
    name = name or _name(rec, path, mod)
    if _plain(mod, nn.Linear):
        ins = [x, mod.weight] + ([mod.bias] if mod.bias is not None else [])
        return rec.emit("linear", ins, out=out, shape=shape, name=name)
    if _plain(mod, vnn.ShiftLinear):
        ins = [x, _pot5(rec, path, mod)] + ([mod.bias] if mod.bias is not None else [])
        return rec.emit("shift_linear", ins, out=out, shape=shape, name=name)
    if _plain(mod, vnn.MoE2Linear):
        ex = list(mod.experts)
        r, e0, e1 = mod.router, ex[0] if ex else None, ex[-1] if ex else None
        if len(ex) != 2 or not _plain(r, nn.Linear) or not _plain(e0, nn.Linear) or \
                not _plain(e1, vnn.ShiftLinear):
            fail("cannot export %s: moe2_linear needs an nn.Linear router and experts "
                 "[nn.Linear, ShiftLinear]" % where)
        if r.out_features != 2 or (e0.in_features, e0.out_features) != \
                (e1.in_features, e1.out_features) or r.in_features != e0.in_features:
            fail("cannot export %s: router/expert shapes do not match (router %dx%d, "
                 "experts %dx%d and %dx%d)" % (where, r.out_features, r.in_features,
                                                e0.out_features, e0.in_features,
                                                e1.out_features, e1.in_features))
        ins = [x, r.weight, _bias(r), e0.weight, _bias(e0),
               _pot5(rec, _join(path, "experts.1"), e1), _bias(e1)]
        while isinstance(ins[-1], str) and ins[-1] == "":
            ins.pop()
        return rec.emit("moe2_linear", ins, out=out, shape=shape, name=name)
    fail("cannot export %s: expected nn.Linear, ShiftLinear or MoE2Linear" % where)


def shift_or_moe(rec, path, mod, a, out):
    emit_linear_like(rec, path, mod, _input(a), out=out, name=_name(rec, path, mod))


def _check_codes(where, nbits, limit=None):
    if nbits < 1:
        fail("cannot export %s: nbits=%d; codes need at least one bit" % (where, nbits))
    if limit is not None and nbits > limit:
        fail("cannot export %s: nbits=%d; ksh_hash supports at most %d bits"
             % (where, nbits, limit))


def _sub(rec, base, key):
    return rec.unique(_join(base, key))


def _check_dims(where, mod, keys, dim_in, dims_out):
    for key, want in zip(keys, dims_out):
        lin = getattr(mod, key)
        if not any(_plain(lin, c) for c in (nn.Linear, vnn.ShiftLinear, vnn.MoE2Linear)):
            fail("cannot export %s: its %s is a %s; expected nn.Linear, ShiftLinear or "
                 "MoE2Linear" % (where, key, type_name(lin)))
        got = (getattr(lin, "in_features", None), getattr(lin, "out_features", None))
        if got != (dim_in if key != "proj" else dims_out[-1], want):
            fail("cannot export %s: %s is %s x %s, expected %d x %d"
                 % (where, key, got[1], got[0], want, dim_in))


def linangular(rec, path, mod, a, out):
    x = _input(a)
    where = _where(path, mod)
    if x.dim() != 3:
        fail("cannot export %s: input must be [batch, tokens, dim] (got %d-D)" % (where, x.dim()))
    b, n, c = (int(s) for s in x.shape)
    h, nb, m, k = mod.num_heads, mod.nbits, mod.num_anchors, mod.conv_taps
    d = c // h
    _check_codes(where, nb, 32)
    for t, want, what in ((mod.anchors, (h, m, d), "anchors"), (mod.mvec, (h, m), "mvec"),
                          (mod.hash_proj, (h, nb, m), "hash_proj"),
                          (mod.dconv_weight, (h, 1, k), "dconv_weight")):
        if tuple(t.shape) != want:
            fail("cannot export %s: %s has shape %s, expected %s"
                 % (where, what, list(t.shape), list(want)))
        if t.dtype != torch.float32:
            fail("cannot export %s: %s has dtype %s (float32 only)" % (where, what, t.dtype))
    if k % 2 == 0:
        fail("cannot export %s: conv_taps=%d must be odd" % (where, k))
    _check_dims(where, mod, ("to_qk", "to_v", "proj"), c, (c, c, c))
    base = path
    tok = [b, n, c]
    qk = emit_linear_like(rec, _join(path, "to_qk"), mod.to_qk, x, shape=tok,
                          name=_sub(rec, base, "to_qk"))
    codes = rec.emit("ksh_hash", [qk, mod.anchors, mod.mvec, mod.hash_proj],
                     {"num_heads": h, "nbits": nb}, shape=[b, h, n, nb],
                     name=_sub(rec, base, "ksh_hash"))
    v = emit_linear_like(rec, _join(path, "to_v"), mod.to_v, x, shape=tok,
                         name=_sub(rec, base, "to_v"))
    kv = rec.emit("matadd_ktv", [codes, v], {"num_heads": h}, shape=[b, h, nb, d],
                  name=_sub(rec, base, "matadd_ktv"))
    o = rec.emit("matadd_qkv", [codes, kv, v],
                 {"num_heads": h, "alpha": float(mod.ALPHA), "beta": float(mod.BETA)},
                 shape=tok, name=_sub(rec, base, "matadd_qkv"))
    o = rec.emit("l2norm_heads", [o], {"num_heads": h, "eps": float(vnn.L2_EPS)}, shape=tok,
                 name=_sub(rec, base, "l2norm"))
    dc = rec.emit("conv1d_tokens", [v, mod.dconv_weight], {"padding": k // 2}, shape=tok,
                  name=_sub(rec, base, "dconv"))
    s = rec.emit("add", [o, dc], shape=tok, name=_sub(rec, base, "add"))
    emit_linear_like(rec, _join(path, "proj"), mod.proj, s, out=out, name=_sub(rec, base, "proj"))


def hamming(rec, path, mod, a, out):
    x = _input(a)
    where = _where(path, mod)
    if x.dim() != 3:
        fail("cannot export %s: input must be [batch, tokens, dim] (got %d-D)" % (where, x.dim()))
    b, n, c = (int(s) for s in x.shape)
    h, nb = mod.num_heads, mod.nbits
    _check_codes(where, nb)
    _check_dims(where, mod, ("q", "k", "v", "proj"), c, (h * nb, h * nb, c, c))
    base = path
    codes = []
    for key in ("q", "k"):
        lin = getattr(mod, key)
        y = emit_linear_like(rec, _join(path, key), lin, x, shape=[b, n, h * nb],
                             name=_sub(rec, base, key))
        codes.append(rec.emit("binarize", [y], {"num_heads": h}, shape=[b, h, n, nb],
                              name=_sub(rec, base, key + "_codes")))
    v = emit_linear_like(rec, _join(path, "v"), mod.v, x, shape=[b, n, c],
                         name=_sub(rec, base, "v"))
    o = rec.emit("hamming_attention", codes + [v], {"num_heads": h, "scale": float(mod.scale)},
                 shape=[b, n, c], name=_sub(rec, base, "hamming_attention"))
    emit_linear_like(rec, _join(path, "proj"), mod.proj, o, out=out, name=_sub(rec, base, "proj"))


_DROPOUTS = (nn.Dropout, nn.Dropout1d, nn.Dropout2d, nn.Dropout3d, nn.AlphaDropout,
             nn.FeatureAlphaDropout)

LEAVES = [
    (nn.Linear, linear), (nn.Conv2d, conv2d), (nn.LayerNorm, layer_norm),
    (nn.GELU, gelu), (nn.ReLU, unary("relu")), (nn.Tanh, unary("tanh")),
    (nn.BatchNorm1d, batch_norm), (nn.BatchNorm2d, batch_norm),
    (nn.AvgPool2d, avg_pool2d), (nn.AdaptiveAvgPool2d, adaptive_avg_pool2d),
    (nn.Sigmoid, unary("sigmoid")), (nn.SiLU, unary("silu")),
    (nn.Hardswish, unary("hardswish")), (nn.Hardsigmoid, unary("hardsigmoid")),
    (nn.Softmax, softmax), (nn.MultiheadAttention, attention), (nn.Identity, identity),
    (vnn.ShiftLinear, shift_or_moe), (vnn.MoE2Linear, shift_or_moe),
    (vnn.LinAngularAttention, linangular), (vnn.HammingAttention, hamming),
] + [(cls, identity) for cls in _DROPOUTS]

# torch.nn modules whose bodies are traced like user code.
TRANSPARENT = (nn.Sequential, nn.ModuleList, nn.ModuleDict, nn.Flatten, nn.Unflatten,
               nn.TransformerEncoderLayer, nn.TransformerEncoder,
               nn.Unfold, nn.Fold)  # F.unfold, F.fold (ops_zoo.py)


def classify(mod):
    """How the tracer treats a call of mod: see the module docstring."""
    for cls, handler in LEAVES:
        if isinstance(mod, cls) and type(mod).forward is cls.forward:
            return "leaf", handler
    if type(mod).__module__.split(".")[0] == "torch":
        for cls in TRANSPARENT:
            if isinstance(mod, cls) and type(mod).forward is cls.forward:
                return "scope", None
        return "refuse", None
    return "scope", None
