"""vitc.export: trace a module twice, merge, write graph JSON + safetensors."""

import json
import math
import os
from collections import OrderedDict

import numpy as np
import torch

from vitc import fold, safetensors
from vitc.trace import INPUT_NAME, fail, trace, type_name

VERSION = "0.1"
# NumPy storage of each weight dtype the exporter writes (docs/graph-format.md).
_STORAGE = {"f32": np.float32, "pot5": np.uint8}
# A slice "end" that runs to the end of the dynamic batch axis.
END_OF_AXIS = (1 << 40) - 1


def _dims(what, s1, s2, b):
    """Merge two shapes: equal dims stay, b vs b+1 becomes "N", b*k vs
    (b+1)*k (the batch flattened into another axis) becomes "N*k"."""
    if len(s1) != len(s2):
        fail("%s has rank %d at batch %d but %d at batch %d" % (what, len(s1), b, len(s2), b + 1))
    out = []
    for d1, d2 in zip(s1, s2):
        k = d2 - d1
        if d1 == d2:
            out.append(int(d1))
        elif k > 0 and d1 == b * k:
            out.append("N" if k == 1 else "N*%d" % k)
        else:
            fail("%s is %s at batch %d and %s at batch %d: a dimension depends on the batch "
                 "size but is not the batch size" % (what, list(s1), b, list(s2), b + 1))
    return out


def _merge_attr(n1, key, v1, v2, r1, r2, b):
    """One attribute of a node from the two traces."""
    if v1 == v2:
        return v1
    what = "attribute %s of %s (%s) in %s" % (key, n1["name"], n1["op"], n1["where"])
    if n1["op"] in ("reshape", "expand") and key == "shape":
        return _dims(what, v1, v2, b)
    if n1["op"] == "slice" and key == "end" and (v1, v2) == (b, b + 1):
        src, axis = n1["inputs"][0], n1["attrs"]["axis"]
        if (r1.shape(src)[axis], r2.shape(src)[axis]) == (b, b + 1):
            return END_OF_AXIS  # x[..., :] on the batch axis (see _check_batch_slice)
    fail("%s is %r at batch %d and %r at batch %d" % (what, v1, b, v2, b + 1))


def _check_batch_slice(n1, r1, r2, b):
    """A slice along the batch axis must select the same rows at every batch
    size >= b: bounds within [-b, b] (or a missing stop)."""
    at = n1["attrs"]
    src = n1["inputs"][0]
    axis = at["axis"]
    if (r1.shape(src)[axis], r2.shape(src)[axis]) != (b, b + 1):
        return
    bounds = [at["start"]] + ([] if at["end"] == END_OF_AXIS else [at["end"]])
    if any(not -b <= v <= b for v in bounds):
        shown = "[%d:%s]" % (at["start"], "" if at["end"] == END_OF_AXIS else at["end"])
        fail("slice %s%s in %s along the batch axis has a bound outside [-%d, %d]: its "
             "result would depend on the batch size" % (n1["name"], shown, n1["where"], b, b))


def merge(r1, r2, b):
    """Combine the traces at batch b and b+1 into one graph dict.

    The graphs must be identical except for integers that are b*k in the
    first and (b+1)*k in the second (shapes and shape attributes), which
    become "N" (k = 1) or "N*k".
    Returns (graph dict without weights_file, OrderedDict of weight arrays).
    """
    if len(r1.nodes) != len(r2.nodes):
        fail("the traced graph has %d nodes at batch %d but %d at batch %d "
             "(batch-dependent control flow?)" % (len(r1.nodes), b, len(r2.nodes), b + 1))
    nodes = []
    for n1, n2 in zip(r1.nodes, r2.nodes):
        for key in ("name", "op", "inputs"):
            if n1[key] != n2[key] or set(n1["attrs"]) != set(n2["attrs"]):
                fail("the traced graph differs between batch %d and %d at %s (%s) in %s"
                     % (b, b + 1, n1["name"], n1["op"], n1["where"]))
        attrs = OrderedDict((k, _merge_attr(n1, k, v, n2["attrs"][k], r1, r2, b))
                            for k, v in n1["attrs"].items())
        for k, v in attrs.items():
            if isinstance(v, float) and not math.isfinite(v):
                fail("attribute %s of %s is %r" % (k, n1["name"], v))
        if n1["op"] == "slice":
            _check_batch_slice(dict(n1, attrs=attrs), r1, r2, b)
        nodes.append(OrderedDict([("name", n1["name"]), ("op", n1["op"]),
                                  ("inputs", n1["inputs"]), ("outputs", [n1["name"]]),
                                  ("attrs", attrs)]))
    shapes = {name: _dims("tensor " + name, s1, r2.shapes[name], b)
              for name, s1 in r1.shapes.items()}
    if list(r1.weights) != list(r2.weights):
        fail("the weights used differ between batch %d and %d" % (b, b + 1))
    weights, arrays = [], OrderedDict()
    for name, (t1, role) in r1.weights.items():
        t2, role2 = r2.weights[name]
        if role == "constant" and (t1.shape != t2.shape or not torch.equal(t1, t2)):
            fail("the constant tensor %s differs between batch %d and %d (created from the "
                 "batch size?)" % (name, b, b + 1))
        dtype = r1.wdtypes.get(name, "f32")
        if dtype != r2.wdtypes.get(name, "f32"):
            fail("the dtype of weight %s differs between batch %d and %d" % (name, b, b + 1))
        arrays[name] = t1.cpu().numpy().astype(_STORAGE[dtype])
        shapes[name] = list(t1.shape)
        weights.append(OrderedDict([("name", name), ("dtype", dtype),
                                    ("shape", list(t1.shape)), ("role", role)]))
    if r1.outputs != r2.outputs:
        fail("the outputs differ between batch %d and %d" % (b, b + 1))
    nodes = fold.fold_static(nodes, shapes, weights, arrays, r1, r2, set(r1.outputs))
    nodes, outputs = _drop_noops(nodes, shapes, list(r1.outputs), set(r1.weights))
    for name in list(arrays) + [n["name"] for n in nodes]:
        if not 1 <= len(name) <= 255 or not all(" " <= c <= "~" for c in name):
            fail("name %r is not 1..255 printable ASCII characters" % name)
    graph = OrderedDict([
        ("format", "vitc-graph"), ("version", 1),
        ("producer", "vitc.export %s (torch %s)" % (VERSION, torch.__version__)),
        ("inputs", [OrderedDict([("name", INPUT_NAME), ("dtype", "f32"),
                                 ("shape", _dims("the input", r1.shapes[INPUT_NAME],
                                                 r2.shapes[INPUT_NAME], b))])]),
        ("outputs", outputs), ("weights", weights), ("nodes", nodes)])
    return graph, arrays


def _drop_noops(nodes, shapes, outputs, weight_names):
    """Remove reshape/expand nodes whose merged output shape equals their
    input's (no-ops at every batch size); consumers read the input instead.
    A no-op that turns a weight into a graph output is kept."""
    rename, kept = {}, []
    for n in nodes:
        n["inputs"] = [rename.get(i, i) for i in n["inputs"]]
        src = n["inputs"][0] if n["inputs"] else None
        if (n["op"] in ("reshape", "expand") and shapes[n["name"]] == shapes.get(src)
                and not (src in weight_names and n["name"] in outputs)):
            rename[n["name"]] = src
            continue
        kept.append(n)
    return kept, [rename.get(o, o) for o in outputs]


def dumps(graph):
    """Graph JSON text: one line per input, weight and node."""
    lines = ["{"]
    items = list(graph.items())
    for i, (key, val) in enumerate(items):
        comma = "," if i + 1 < len(items) else ""
        if isinstance(val, list) and val and isinstance(val[0], dict):
            lines.append("  %s: [" % json.dumps(key))
            for j, entry in enumerate(val):
                sep = "," if j + 1 < len(val) else ""
                lines.append("    " + json.dumps(entry, separators=(", ", ": ")) + sep)
            lines.append("  ]" + comma)
        else:
            lines.append("  %s: %s%s" % (json.dumps(key), json.dumps(val), comma))
    lines.append("}")
    return "\n".join(lines) + "\n"


def _set_eval(module):
    modes = [(m, m.training) for m in module.modules()]
    module.eval()
    return modes


def export(module, example_input, out_prefix, reference=False):
    """Export module to out_prefix.json + out_prefix.safetensors.

    example_input: a float tensor whose dim 0 is the batch (>= 1).  The module
    is traced in eval mode at that batch b and at b+1; the graph input gets
    shape ["N", ...].  With reference=True also writes out_prefix.input.npy
    and out_prefix.output.npy (the module's own output; further outputs of a
    multi-output module go to out_prefix.output.<i>.npy).  Returns the graph
    dict.  Raises vitc.ExportError for anything it cannot represent.
    """
    if not isinstance(module, torch.nn.Module):
        fail("expected a torch.nn.Module, got %s" % type_name(module))
    if not isinstance(example_input, torch.Tensor) or not example_input.is_floating_point():
        fail("the example input must be a floating-point tensor")
    if example_input.dim() < 1 or example_input.shape[0] < 1:
        fail("the example input needs a batch dimension of size >= 1 (dim 0)")
    x = example_input.detach().to(torch.float32).contiguous()
    b = int(x.shape[0])
    x2 = torch.cat([x, x[:1]], 0)
    modes = _set_eval(module)
    try:
        r1 = trace(module, x, (b, b + 1))
        r2 = trace(module, x2, (b, b + 1))
        graph, arrays = merge(r1, r2, b)
        ref = None
        if reference:
            with torch.no_grad():
                ref = module(x)
    finally:
        for m, training in modes:
            m.training = training
    del r1, r2
    out_prefix = str(out_prefix)
    st_path = out_prefix + ".safetensors"
    graph["weights_file"] = os.path.basename(st_path)
    graph.move_to_end("weights_file")
    for key in ("inputs", "outputs", "weights", "nodes"):
        graph.move_to_end(key)
    safetensors.write(st_path, arrays, {"format": "pt", "producer": graph["producer"]})
    with open(out_prefix + ".json", "w") as f:
        f.write(dumps(graph))
    if reference:
        np.save(out_prefix + ".input.npy", x.cpu().numpy().astype(np.float32))
        outs = [ref] if isinstance(ref, torch.Tensor) else _flat(ref)
        for i, o in enumerate(outs):
            suffix = ".output.npy" if i == 0 else ".output.%d.npy" % i
            np.save(out_prefix + suffix, o.detach().cpu().numpy().astype(np.float32))
    return graph


def _flat(obj):
    if isinstance(obj, torch.Tensor):
        return [obj]
    return [t for o in obj for t in _flat(o)]
