#!/usr/bin/python3
"""Exporter: every unsupported call in one error, and constant folding of
computations on weights only (python/vitc/trace.py, python/vitc/fold.py).

Run:  /usr/bin/python3 tests/export/test_fold.py -v
With VITC_BIN=/path/to/vitc also compiles and runs the folded models.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

try:
    import numpy as np
    import torch
    import torch.nn.functional as F
    from torch import nn
except ImportError as e:
    sys.stderr.write("test_fold.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYDIR = os.path.join(ROOT, "python")
sys.path.insert(0, PYDIR)

import vitc  # noqa: E402
import vitc.interp  # noqa: E402


# ----- several unsupported calls ------------------------------------------
# Calls chosen to stay unsupported: torch.cumsum, torch.flip and
# torch.logcumsumexp are no vitc ops, nor is nn.Bilinear a leaf module.
class Mixer(nn.Module):
    def forward(self, x):
        return torch.flip(torch.cumsum(x, dim=1), [1])


class Attn(nn.Module):
    def __init__(self):
        super().__init__()
        self.mix = Mixer()
        self.proj = nn.Linear(6, 6)

    def forward(self, x):
        return self.proj(self.mix(x)) + torch.logcumsumexp(x, dim=1)


class Many(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([Attn() for _ in range(5)])
        self.pair = nn.Bilinear(6, 6, 6)
        self.head = nn.Linear(6, 3)

    def forward(self, x):
        for b in self.blocks:
            x = x + b(x)
        x = self.pair(x, x)
        return self.head(x)


class TmpDirCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="vitc-fold-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.tmp, name)


class TestAllProblems(TmpDirCase):
    def test_lists_every_call_with_paths(self):
        prefix = self.path("many")
        with self.assertRaises(vitc.ExportError) as ctx:
            vitc.export(Many().eval(), torch.randn(2, 4, 6), prefix)
        msg = str(ctx.exception)
        self.assertTrue(msg.startswith("vitc.export: 4 unsupported operations: "), msg)
        self.assertNotIn("\n", msg)
        # deduplicated by call: the count and the first three module paths
        self.assertIn("torch.cumsum (5 calls: blocks.0.mix, blocks.1.mix, blocks.2.mix, "
                      "... (5 paths))", msg)
        self.assertIn("torch.flip (5 calls: blocks.0.mix, blocks.1.mix, blocks.2.mix, ...", msg)
        self.assertIn("torch.logcumsumexp (5 calls: blocks.0, blocks.1, blocks.2, ...", msg)
        self.assertIn("module torch.nn.modules.linear.Bilinear (1 call: pair)", msg)
        # in the order met
        order = [msg.index(s) for s in ("torch.cumsum", "torch.flip", "torch.logcumsumexp",
                                        "Bilinear")]
        self.assertEqual(order, sorted(order))
        self.assertFalse(os.path.exists(prefix + ".json"))

    def test_one_problem(self):
        class One(nn.Module):
            def forward(self, x):
                return torch.cumsum(x, 0)
        with self.assertRaises(vitc.ExportError) as ctx:
            vitc.export(One().eval(), torch.randn(1, 4), self.path("one"))
        self.assertEqual(str(ctx.exception),
                         "vitc.export: 1 unsupported operation: torch.cumsum (1 call: <top>)")

    def test_refused_call_and_gather_on_input(self):
        """A handler's refusal and a gather by two index tensors of a computed
        value (one constant index along one axis is a gather node, issue 9)
        are listed with the unsupported calls."""
        class Gather(nn.Module):
            def __init__(self):
                super().__init__()
                self.register_buffer("index", torch.tensor([2, 0, 1]))

            def forward(self, x):
                y = x[:, self.index, self.index]     # gather from the input by two indices
                return torch.flip(y, [1]) + y.mean(dim=1, keepdim=True, dtype=torch.float32)
        with self.assertRaises(vitc.ExportError) as ctx:
            vitc.export(Gather().eval(), torch.randn(1, 3, 3), self.path("g"))
        msg = str(ctx.exception)
        self.assertTrue(msg.startswith("vitc.export: 3 unsupported operations: "), msg)
        self.assertIn("Tensor.__getitem__ with a tensor index (gather) (1 call: <top>)", msg)
        self.assertIn("torch.flip (1 call: <top>)", msg)
        self.assertIn("Tensor.mean: mean with dtype is not supported (1 call: <top>)", msg)

    def test_cli_prints_one_line(self):
        """python3 -m vitc reports an ExportError on one stderr line."""
        import io  # the CLI builds its own models: check its error path directly
        from vitc import __main__ as cli
        with self.assertRaises(vitc.ExportError) as ctx:
            vitc.export(Many().eval(), torch.randn(1, 4, 6), self.path("cli"))
        err, saved = io.StringIO(), sys.stderr
        sys.stderr = err
        try:
            self.assertEqual(cli._die(str(ctx.exception)[len("vitc."):]), 1)
        finally:
            sys.stderr = saved
        lines = err.getvalue().splitlines()
        self.assertEqual(len(lines), 1, err.getvalue())
        self.assertTrue(lines[0].startswith("vitc: export: 4 unsupported operations: "))


# ----- constant folding ---------------------------------------------------
class TableGather(nn.Module):
    """timm's relative position bias: a table gathered by an index buffer."""
    def __init__(self):
        super().__init__()
        self.table = nn.Parameter(torch.randn(9, 3))
        self.register_buffer("index", torch.randint(0, 9, (4, 4)), persistent=False)

    def forward(self, x):               # x: [N, 3, 4, 4]
        bias = self.table[self.index.view(-1)].view(4, 4, -1).permute(2, 0, 1).contiguous()
        return x + bias.unsqueeze(0)


class ScaledT(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(5, 6))

    def forward(self, x):               # x: [N, 4, 5]
        return x @ (self.w.t() * 2).t()


class WindowMaskPos(nn.Module):
    """A shifted-window style mask built from a buffer, a position embedding
    resized by interpolation, a reshape of a parameter (a node folded after
    the merge) and a class token expanded to the batch (kept)."""
    def __init__(self):
        super().__init__()
        self.register_buffer("region", torch.tensor([0., 0., 1., 1., 2., 2.]))
        self.pos = nn.Parameter(torch.randn(1, 2, 3, 3))
        self.scale = nn.Parameter(torch.randn(6))
        self.cls = nn.Parameter(torch.randn(1, 1, 6))

    def forward(self, x):               # x: [N, 6, 6]
        r = torch.roll(self.region, 1, 0)
        mask = (r[:, None] != r[None, :]).float() * -100.0
        pos = F.interpolate(self.pos, size=(6, 1), mode="bilinear",
                            align_corners=False).reshape(2, 6).sum(0)
        h = torch.softmax(x + mask, dim=-1) + pos + self.scale.reshape(1, 6)
        return torch.cat([self.cls.expand(x.shape[0], -1, -1), h], dim=1)


class TestFolding(TmpDirCase):
    def export(self, model, shape):
        torch.manual_seed(1)
        prefix = self.path(type(model).__name__)
        graph = vitc.export(model.eval(), torch.randn(shape), prefix)
        with open(prefix + ".json") as f:
            self.assertEqual(json.load(f)["nodes"], json.loads(json.dumps(graph["nodes"])))
        for b in (1, 3):
            x = torch.randn((b,) + tuple(shape[1:]))
            with torch.no_grad():
                ref = model(x).numpy()
            got = vitc.interp.run(prefix + ".json", {"x": x.numpy()})[0]
            self.assertLessEqual(float(np.abs(got - ref).max()),
                                 1e-5 * float(np.abs(ref).max()))
            self.compiled(prefix, x.numpy(), ref)
        return graph

    def compiled(self, prefix, x, ref):
        binary = os.environ.get("VITC_BIN")
        if not binary or not os.path.exists(binary):
            return
        so = prefix + ".so"
        if not os.path.exists(so):
            r = subprocess.run([binary, "compile", prefix + ".json", "-o", so],
                               capture_output=True, text=True, timeout=300)
            self.assertEqual(r.returncode, 0, r.stderr)
        xin, out = prefix + ".x.npy", prefix + ".y.npy"
        np.save(xin, x)
        r = subprocess.run([binary, "run", so, "--input", xin, "-o", out],
                           capture_output=True, text=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        got = np.load(out)
        self.assertLessEqual(float(np.abs(got - ref).max()), 1e-4 * float(np.abs(ref).max()))

    def test_gather_from_table(self):
        g = self.export(TableGather(), (2, 3, 4, 4))
        self.assertEqual([n["op"] for n in g["nodes"]], ["add"])
        ws = {w["name"]: w for w in g["weights"]}
        self.assertEqual(len(ws), 1)
        (w,) = ws.values()
        self.assertEqual((w["role"], w["shape"]), ("constant", [1, 3, 4, 4]))

    def test_parameter_arithmetic(self):
        g = self.export(ScaledT(), (2, 4, 5))
        self.assertEqual([n["op"] for n in g["nodes"]], ["matmul"])
        (w,) = g["weights"]
        self.assertEqual((w["role"], w["shape"]), ("constant", [5, 6]))

    def test_mask_position_and_batch_expand(self):
        g = self.export(WindowMaskPos(), (2, 6, 6))
        ops = [n["op"] for n in g["nodes"]]
        self.assertEqual(sorted(ops), ["add", "add", "add", "concat", "expand", "softmax"])
        roles = {w["name"]: w["role"] for w in g["weights"]}
        self.assertEqual(roles.get("cls"), "parameter")  # expand to N stays a node
        for name in ("region", "pos", "scale"):
            self.assertNotIn(name, roles)
        expand = [n for n in g["nodes"] if n["op"] == "expand"][0]
        self.assertEqual(expand["attrs"]["shape"], ["N", 1, 6])


if __name__ == "__main__":
    unittest.main()
