"""Compare a compiled ShiftAdd model with its PyTorch module, decision by
decision (`vitc compile --expose-decisions`, docs/graph-format.md).

Hash codes, binarized codes, MoE routes and the Q16.16 floor of a shift
linear's input are discrete: a value within an ulp of its threshold may be
decided differently by two correct float evaluation orders, and the
difference then spreads through the model.  So the module is run with the
compiled model's decisions (vitc.nn.decisions(replay=...)) and two things
are checked:

  * its float output against the compiled output (max|diff| / max|ref|);
  * at every decision point, the module's own decision (from inputs that
    went through the same earlier decisions) against the compiled one:
    where they differ, the module's margin to the threshold must be within
    `rel` of the largest value at that point (Q16.16 inputs: also differ by
    at most one step plus `rel` of the largest input).

    load = lambda name: np.load(...)     # an output of the compiled model
    r = compare(module, x, graph, load)  # graph: the exported graph JSON
    r["err"], r["err_own"], r["differ"], r["violations"]
"""

import numpy as np
import torch

from . import nn as vnn


def safe_name(name):
    """An output's file name under `vitc run --output-dir` (run.c sanitize)."""
    return "".join(c if c.isalnum() or c in "_-" or (c == "." and i) else "_"
                   for i, c in enumerate(name)) or "output"


def decision_names(graph):
    """The outputs --expose-decisions adds to an exported graph, in order."""
    names = []
    for n in graph["nodes"]:
        if n["op"] in ("ksh_hash", "binarize"):
            names.append(n["outputs"][0])
        elif n["op"] == "moe2_linear":
            names += [n["name"] + ".route", n["name"] + ".q16"]
        elif n["op"] == "shift_linear":
            names.append(n["name"] + ".q16")
    return names


def rel_err(got, ref):
    got, ref = np.asarray(got, np.float64), np.asarray(ref, np.float64)
    return float(np.abs(got - ref).max()) / max(float(np.abs(ref).max()), 1e-30)


def compare(module, x, graph, load, names=None, rel=1e-5, ksh_abs=1e-5):
    """Replay the compiled decisions (outputs `names`, by default those of
    decision_names(graph), read with load(name)) in `module` on input x."""
    names = decision_names(graph) if names is None else names
    got = load(graph["outputs"][0])
    with torch.no_grad(), vnn.decisions() as own:
        ref_own = module(x).numpy()
    if len(own.records) != len(names):
        raise ValueError("the module made %d decisions, the compiled model exposes %d"
                         % (len(own.records), len(names)))
    comp = []
    for (kind, value, _), name in zip(own.records, names):
        a = torch.from_numpy(np.asarray(load(name)))
        comp.append(vnn.codes_from_words(a, value.shape[-1])
                    if kind in ("ksh_hash", "binarize") else a.to(torch.int64))
    with torch.no_grad(), vnn.decisions(replay=comp) as tape:
        ref = module(x).numpy()
    differ, violations = 0, []
    for (kind, value, margin), c, name in zip(tape.records, comp, names):
        if tuple(c.shape) != tuple(value.shape):
            violations.append("%s: shape %s, expected %s" % (name, tuple(c.shape),
                                                             tuple(value.shape)))
            continue
        bad = c != value
        if not bad.any():
            continue
        differ += int(bad.sum())
        if kind == "q16":
            scale = float(c.abs().max()) * 2.0 ** -16
            step = int((c - value).abs().max())
            if step > 1 + rel * scale * 2 ** 16:
                violations.append("%s: Q16.16 inputs differ by %d steps" % (name, step))
        else:
            scale = float(margin.max())
        worst = float(margin[bad].max())
        limit = min(rel * scale, ksh_abs) if kind == "ksh_hash" else rel * scale
        if worst > limit:
            violations.append("%s: %d %s decisions differ, one %.3g from its threshold "
                              "(allowed %.3g)" % (name, int(bad.sum()), kind, worst, limit))
    if got.shape != ref.shape:
        violations.append("output shape %s, expected %s" % (got.shape, ref.shape))
        return {"err": float("inf"), "err_own": float("inf"), "differ": differ,
                "violations": violations}
    return {"err": rel_err(got, ref), "err_own": rel_err(got, ref_own), "differ": differ,
            "violations": violations}
