"""Constant folding at export: nodes computed from weights only become weights.

Most computations on parameters and buffers alone never become nodes: the
tracer (vitc/trace.py, _Mode) evaluates a call whose tensors are all weights
or constants on the spot, and the graph uses its result as a constant weight
(role "constant").  That covers gathers by index buffers (timm's relative
position bias), masks built from buffers, resized position embeddings and
arithmetic on parameters (w.t() * 2).

The exception are the shape calls in trace.KEEP_ON_WEIGHTS (expand,
reshape, view...): their shape may come from the input's batch size
(cls_token.expand(B, -1, -1)), which only the comparison of the two traces
reveals.  The tracer records them as nodes and remembers their values; after
the merge, fold_static() replaces those whose shape has no "N" (or "N*k") by constant
weights, and drops weights that no node uses any more.
"""

from collections import OrderedDict

import numpy as np
import torch


def fold_static(nodes, shapes, weights, arrays, r1, r2, outputs):
    """Fold the weight-only nodes of a merged graph (see the module comment).

    nodes: merged node dicts, in order; shapes: merged shapes by name;
    weights: the graph's weight entries; arrays: weight name -> NumPy array
    (both updated in place); r1, r2: the two Recorders.  Returns the nodes
    that remain."""
    kept = []
    for n in nodes:
        name = n["name"]
        t1, t2 = r1.static_vals.get(name), r2.static_vals.get(name)
        if (t1 is None or t2 is None or any(isinstance(d, str) for d in shapes[name]) or name in outputs
                or not all(i in arrays for i in n["inputs"])
                or t1.shape != t2.shape or not torch.equal(t1, t2)):
            kept.append(n)
            continue
        arrays[name] = t1.cpu().numpy().astype(np.float32)
        weights.append(OrderedDict([("name", name), ("dtype", "f32"),
                                    ("shape", list(t1.shape)), ("role", "constant")]))
    used = {i for n in kept for i in n["inputs"]} | set(outputs)
    weights[:] = [w for w in weights if w["name"] in used]
    for name in [k for k in arrays if k not in used]:
        del arrays[name]
    return kept
