"""Leaf modules: torch.nn modules exported whole, as one node each.

classify(module) says how the tracer treats a module when it is called:
  ("leaf", handler)  run it with recording suppressed, then handler(rec, path,
                     module, arguments, output) records the node(s);
  ("scope", None)    transparent: its body is traced, its path names nodes;
  ("refuse", None)   any other torch.nn module: refused by name and type.
"""

import torch
from torch import nn

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


_DROPOUTS = (nn.Dropout, nn.Dropout1d, nn.Dropout2d, nn.Dropout3d, nn.AlphaDropout,
             nn.FeatureAlphaDropout)

LEAVES = [
    (nn.Linear, linear), (nn.Conv2d, conv2d), (nn.LayerNorm, layer_norm),
    (nn.GELU, gelu), (nn.ReLU, unary("relu")), (nn.Tanh, unary("tanh")),
    (nn.Softmax, softmax), (nn.MultiheadAttention, attention), (nn.Identity, identity),
] + [(cls, identity) for cls in _DROPOUTS]

# torch.nn modules whose bodies are traced like user code.
TRANSPARENT = (nn.Sequential, nn.ModuleList, nn.ModuleDict, nn.Flatten, nn.Unflatten,
               nn.TransformerEncoderLayer, nn.TransformerEncoder)


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
