#!/usr/bin/python3
"""`vitc compile --shift-linear=mlp|attn|all` on timm's models (issue 9: a
user's ShiftAdd path works on the zoo too).

A seeded timm DeiT-Tiny and PVTv2-b0 are exported dense, then compiled with
each --shift-linear choice and --expose-decisions.  The reference is the same
timm module with the same linears replaced by vitc.nn.ShiftLinear.from_linear
(the rule of passes/shift_convert.c, restated in `selected` below), run with
the compiled model's Q16.16 inputs replayed (python/vitc/replay.py): the
output must agree within 1e-4 of max|reference|, and every Q16.16 input the
compiled model chose may differ from the module's own by at most one step
(two float orders may round a value on either side of a step).  The test also
asserts how many linears each choice converts, so a change in the selection
rule cannot pass silently.

Needs timm 0.9.16 (tests/install-deps.sh); skipped with a message without it.
Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_timm_shift.py -v
"""

import copy
import json
import os
import subprocess
import sys
import tempfile
import unittest

try:
    import numpy as np
    import torch
except ImportError as e:
    sys.stderr.write("test_timm_shift.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

try:
    import timm
    TIMM_ERROR = None
except Exception as e:
    timm, TIMM_ERROR = None, "timm is not importable (%s); pip install --no-deps timm==0.9.16" % e

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

import vitc  # noqa: E402
from vitc import nn as vnn  # noqa: E402
from vitc import replay  # noqa: E402

VITC = os.environ.get("VITC_BIN", os.path.join(ROOT, "vitc"))

# name -> (image size, timm kwargs, linears converted by mlp / attn / all)
MODELS = {
    "deit_tiny_patch16_224": (32, {"img_size": 32}, {"mlp": 24, "attn": 24, "all": 48}),
    "pvt_v2_b0": (64, {}, {"mlp": 16, "attn": 24, "all": 40}),
}


def selected(path, which):
    """Whether --shift-linear=which converts the linear at module path `path`
    (passes/shift_convert.c: the components before the last one decide)."""
    parts = path.split(".")
    comps = parts[:-1]
    for c in parts:
        if c.startswith("head") or c.endswith("head") or c.startswith("patch_embed") \
                or c in ("router", "gate"):
            return False
    mlp = any(c.startswith("mlp") or c.startswith("ffn") for c in comps)
    attn = any("attn" in c or "attention" in c for c in comps)
    if which == "mlp":
        return mlp
    if which == "attn":
        return attn
    return True


def shifted(model, which):
    """A copy of model with the selected nn.Linear replaced by ShiftLinear."""
    model = copy.deepcopy(model)
    names = []
    for path, mod in list(model.named_modules()):
        if isinstance(mod, torch.nn.Linear) and selected(path, which):
            parent, _, leaf = path.rpartition(".")
            owner = model.get_submodule(parent) if parent else model
            setattr(owner, leaf, vnn.ShiftLinear.from_linear(mod).eval())
            names.append(path)
    return model.eval(), names


@unittest.skipIf(timm is None, TIMM_ERROR)
class TestTimmShiftLinear(unittest.TestCase):
    def setUp(self):
        self._td = tempfile.TemporaryDirectory()
        self.tmp = self._td.name

    def tearDown(self):
        self._td.cleanup()

    def check(self, name):
        img, kwargs, counts = MODELS[name]
        torch.manual_seed(0)
        dense = timm.create_model(name, pretrained=False, **kwargs).eval()
        prefix = os.path.join(self.tmp, name)
        vitc.export(dense, torch.randn(1, 3, img, img), prefix)
        with open(prefix + ".json") as f:
            graph = json.load(f)
        for which in ("mlp", "attn", "all"):
            with self.subTest(model=name, shift_linear=which):
                module, paths = shifted(dense, which)
                self.assertEqual(len(paths), counts[which])
                so = prefix + "." + which + ".so"
                r = subprocess.run([VITC, "compile", prefix + ".json", "-o", so,
                                    "--shift-linear=" + which, "--expose-decisions"],
                                   capture_output=True, text=True, timeout=600)
                self.assertEqual(r.returncode, 0, r.stderr)
                r = subprocess.run([VITC, "inspect", prefix + ".json",
                                    "--shift-linear=" + which], capture_output=True, text=True)
                self.assertIn("shift-linear: %d linears converted" % counts[which], r.stdout)
                linears = [n["name"] for n in graph["nodes"] if n["op"] == "linear"]
                names = [p + ".q16" for p in linears if p in paths]
                self.assertEqual(len(names), counts[which])
                for batch in (1, 3):
                    torch.manual_seed(batch)
                    x = torch.randn(batch, 3, img, img)
                    out = os.path.join(self.tmp, "out")
                    os.makedirs(out, exist_ok=True)
                    xin = os.path.join(self.tmp, "x.npy")
                    np.save(xin, x.numpy())
                    r = subprocess.run([VITC, "run", so, "--input", xin, "--output-dir", out,
                                        "--threads", "2"], capture_output=True, text=True,
                                       timeout=600)
                    self.assertEqual(r.returncode, 0, r.stderr)
                    load = lambda n: np.load(os.path.join(out, replay.safe_name(n) + ".npy"))
                    res = replay.compare(module, x, graph, load, names, rel=1e-5)
                    self.assertEqual(res["violations"], [], "%s %s" % (name, which))
                    self.assertLessEqual(res["err"], 1e-4, "%s %s batch %d: rel error %g"
                                         % (name, which, batch, res["err"]))
                    sys.stderr.write("  %s --shift-linear=%s batch %d: rel error %.1e with "
                                     "the compiled Q16.16 inputs (%.1e with its own; %d "
                                     "differ)\n" % (name, which, batch, res["err"],
                                                    res["err_own"], res["differ"]))

    def test_deit_tiny(self):
        self.check("deit_tiny_patch16_224")

    def test_pvt_v2_b0(self):
        self.check("pvt_v2_b0")


if __name__ == "__main__":
    unittest.main()
