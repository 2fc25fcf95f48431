#!/usr/bin/python3
"""The ops issue 9 (the ViT zoo) adds, each checked against PyTorch: the
exporter's handlers (python/vitc/ops.py, trace.py), the NumPy interpreter
(python/vitc/interp.py) and, with VITC_BIN set, the compiled model at batch
1 and 3 (max|diff| <= 1e-4 max|ref|).

Run:  VITC_BIN=$PWD/vitc /usr/bin/python3 tests/export/test_zoo_ops.py -v
"""

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
    sys.stderr.write("test_zoo_ops.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

import vitc  # noqa: E402
import vitc.interp  # noqa: E402


class Fn(nn.Module):
    """A module around a function of the input (after a linear layer, so
    that the values are computed, not constants)."""

    def __init__(self, fn, width):
        super().__init__()
        self.fc = nn.Linear(width, width)
        self.fn = fn

    def forward(self, x):
        return self.fn(self.fc(x))


class Multi(nn.Module):
    """Several cases in one model (one compile): their results flattened
    after the batch axis and concatenated."""

    def __init__(self, mods):
        super().__init__()
        self.mods = nn.ModuleList(mods)

    def forward(self, x):
        return torch.cat([m(x).reshape(x.shape[0], -1) for m in self.mods], 1)


class ZooCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="vitc-zoo-ops-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def close(self, got, ref, what):
        got, ref = np.asarray(got), np.asarray(ref)
        self.assertEqual(got.shape, ref.shape, what)
        err = float(np.abs(got - ref).max()) if got.size else 0.0
        tol = 1e-4 * max(float(np.abs(ref).max()) if ref.size else 0.0, 1e-30)
        self.assertLessEqual(err, tol, "%s: max|diff| %g > %g" % (what, err, tol))

    def export(self, model, shape, name, ops=(), absent=()):
        """Export model at shape (batch first); the ops it must (not) hold;
        the interpreter and (with VITC_BIN) the compiled .so against PyTorch
        at batch 1 and 3.  Returns the graph."""
        torch.manual_seed(3)
        model = model.eval()
        prefix = os.path.join(self.tmp, name)
        graph = vitc.export(model, torch.randn(*shape), prefix)
        have = [n["op"] for n in graph["nodes"]]
        for op in ops:
            self.assertIn(op, have, "%s: %s" % (name, have))
        for op in absent:
            self.assertNotIn(op, have, "%s: %s" % (name, have))
        binary = os.environ.get("VITC_BIN")
        so = prefix + ".so"
        if binary:
            r = subprocess.run([binary, "compile", prefix + ".json", "-o", so],
                               capture_output=True, text=True, timeout=300)
            self.assertEqual(r.returncode, 0, "%s: %s" % (name, r.stderr))
        for b in (1, 3):
            x = torch.randn((b,) + tuple(shape[1:]))
            with torch.no_grad():
                ref = model(x).numpy()
            self.close(vitc.interp.run(prefix + ".json", {"x": x.numpy()})[0], ref,
                       "%s interp batch %d" % (name, b))
            if binary:
                xin, out = prefix + ".x.npy", prefix + ".y.npy"
                np.save(xin, x.numpy())
                r = subprocess.run([binary, "run", so, "--input", xin, "-o", out],
                                   capture_output=True, text=True, timeout=300)
                self.assertEqual(r.returncode, 0, "%s: %s" % (name, r.stderr))
                self.close(np.load(out), ref, "%s compiled batch %d" % (name, b))
        return graph

    def export_cases(self, mods, shape, name, op=None, absent=()):
        """export() of the cases mods as one Multi model; each case must
        add at least one op node."""
        graph = self.export(Multi(mods), shape, name, absent=absent)
        if op:
            have = [n["op"] for n in graph["nodes"]].count(op)
            self.assertGreaterEqual(have, len(mods), "%s: %d %s nodes for %d cases"
                                    % (name, have, op, len(mods)))
        return graph

    def refused(self, model, shape, *needles):
        with self.assertRaises(vitc.ExportError) as ctx:
            vitc.export(model.eval(), torch.randn(*shape), os.path.join(self.tmp, "bad"))
        for needle in needles:
            self.assertIn(needle, str(ctx.exception))


class TestReductions(ZooCase):
    def test_max_any_axes(self):
        """torch.amax / max(dim) / min / amin over one or several axes,
        keepdim or not, against PyTorch."""
        cases = [
            ("amax_last", lambda h: torch.amax(h, -1)),
            ("amax_13_keep", lambda h: h.amax(dim=(1, 3), keepdim=True)),
            ("max_dim", lambda h: torch.max(h, dim=2)[0]),
            ("max_values_keep", lambda h: h.max(1, keepdim=True).values * 2),
            ("amin_2", lambda h: torch.amin(h, 2)),
            ("min_dim", lambda h: h.min(dim=-1)[0]),
            ("amax_all_but_batch", lambda h: h.amax((1, 2, 3))),
        ]
        self.export_cases([Fn(fn, 6) for _, fn in cases], (2, 3, 4, 6), "max", "max")

    def test_max_nan(self):
        """A row holding NaN gives NaN, as torch.amax (maxnum alone drops it)."""
        binary = os.environ.get("VITC_BIN")
        if not binary:
            self.skipTest("VITC_BIN not set")
        class Amax(nn.Module):
            def forward(self, x):
                return torch.amax(x * 2.0, -1)

        model = Amax().eval()
        prefix = os.path.join(self.tmp, "maxnan")
        vitc.export(model, torch.randn(1, 4, 5), prefix)
        r = subprocess.run([binary, "compile", prefix + ".json", "-o", prefix + ".so"],
                           capture_output=True, text=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        x = torch.randn(2, 4, 5)
        x[0, 1, 3] = float("nan")
        x[1, 2, 0] = float("inf")
        np.save(prefix + ".x.npy", x.numpy())
        r = subprocess.run([binary, "run", prefix + ".so", "--input", prefix + ".x.npy", "-o",
                            prefix + ".y.npy"], capture_output=True, text=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        got, ref = np.load(prefix + ".y.npy"), model(x).numpy()
        np.testing.assert_array_equal(np.isnan(got), np.isnan(ref))
        self.assertTrue(np.isnan(got[0, 1]) and got[1, 2] == np.inf)
        ok = ~np.isnan(ref)
        np.testing.assert_array_equal(got[ok], ref[ok])

    def test_sum_any_axes(self):
        """sum over several axes (exported as mean times the count)."""
        self.export(Fn(lambda h: h.sum((1, 3), keepdim=True) + h.sum(2)[:, :, None], 6),
                    (2, 3, 4, 6), "sum13", ops=("mean",))

    def test_refusals(self):
        self.refused(Fn(lambda h: torch.max(h), 4), (1, 3, 4), "over all elements")
        self.refused(Fn(lambda h: torch.max(h, h * 2), 4), (1, 3, 4), "elementwise")
        self.refused(Fn(lambda h: torch.max(h, -1)[1].float(), 4), (1, 3, 4),
                     "indices of torch.max")


class TestNormalize(ZooCase):
    def test_normalize_axes(self):
        """F.normalize along the last, a middle and the channel axis; eps."""
        cases = [
            ("last", lambda h: F.normalize(h, dim=-1)),
            ("middle", lambda h: F.normalize(h, dim=2) * 3),
            ("channel", lambda h: F.normalize(h, p=2.0, dim=1, eps=1e-3) + h),
        ]
        self.export_cases([Fn(fn, 20) for _, fn in cases], (2, 3, 5, 20), "normalize",
                          "normalize")

    def test_normalize_zero_rows(self):
        """Rows of zeros (below eps) stay zero."""
        self.export(Fn(lambda h: F.normalize(h * 0, dim=-1) + h, 4), (1, 3, 4), "zeros",
                    ops=("normalize",))

    def test_refusals(self):
        self.refused(Fn(lambda h: F.normalize(h, p=1.0, dim=-1), 4), (1, 3, 4), "p=1")


class Interp(nn.Module):
    def __init__(self, **kw):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.kw = kw

    def forward(self, x):
        return F.interpolate(self.conv(x), **self.kw)


class TestInterpolate(ZooCase):
    def test_modes(self):
        """nearest, nearest-exact, bilinear, bicubic; align_corners both
        ways; up, down, one axis; size or scale_factor."""
        cases = [
            ("nearest_up", dict(scale_factor=2, mode="nearest")),
            ("nearest_down", dict(size=(5, 3), mode="nearest")),
            ("nearest_exact", dict(size=(11, 6), mode="nearest-exact")),
            ("bilinear", dict(size=(12, 9), mode="bilinear", align_corners=False)),
            ("bilinear_ac", dict(size=(5, 13), mode="bilinear", align_corners=True)),
            ("bicubic", dict(size=(14, 6), mode="bicubic", align_corners=False)),
            ("bicubic_ac", dict(scale_factor=1.5, mode="bicubic", align_corners=True)),
            ("width_only", dict(size=(8, 10), mode="bicubic", align_corners=False)),
            ("nearest_scale", dict(scale_factor=1.7, mode="nearest")),
            ("scale_pair", dict(scale_factor=(1.7, 0.6), mode="bilinear", align_corners=False)),
            ("recompute", dict(scale_factor=(1.3, 2.2), mode="bicubic", align_corners=False,
                               recompute_scale_factor=True)),
        ]
        self.export_cases([Interp(**kw) for _, kw in cases], (2, 3, 8, 7), "interp", "matmul")

    def test_same_size_is_no_op(self):
        graph = self.export(Interp(size=(8, 7), mode="bilinear", align_corners=False),
                            (1, 3, 8, 7), "same", absent=("matmul",))
        self.assertEqual([n["op"] for n in graph["nodes"]], ["conv2d"])

    def test_constant_input_folded(self):
        """A resized position embedding (a weight) is folded at export."""

        class PosResize(nn.Module):
            def __init__(self):
                super().__init__()
                self.pos = nn.Parameter(torch.randn(1, 4, 3, 3))

            def forward(self, x):
                return x + F.interpolate(self.pos, size=(6, 5), mode="bicubic",
                                         align_corners=False)

        graph = self.export(PosResize(), (1, 4, 6, 5), "pos", absent=("matmul",))
        self.assertEqual([n["op"] for n in graph["nodes"]], ["add"])

    def test_refusals(self):
        self.refused(Interp(scale_factor=2, mode="area"), (1, 3, 4, 4), "mode 'area'")
        self.refused(Interp(size=(3, 3), mode="bilinear", antialias=True), (1, 3, 6, 6),
                     "antialias")


class Einsum(nn.Module):
    def __init__(self, eq, wshape=None, two=False):
        super().__init__()
        self.eq, self.two = eq, two
        self.fc = nn.Linear(6, 6)
        self.w = nn.Parameter(torch.randn(*wshape)) if wshape else None

    def forward(self, x):
        h = self.fc(x)
        if self.w is not None and self.eq.startswith("dc,"):
            return torch.einsum(self.eq, self.w, h)
        if self.w is not None:
            return torch.einsum(self.eq, h, self.w)
        if self.two:
            return torch.einsum(self.eq, h, h * 2 + 1)
        return torch.einsum(self.eq, h)


class TestEinsum(ZooCase):
    def test_forms(self):
        """The forms timm uses (attention scores and values, relative
        position tables, a projection) and transposes and sums of one
        operand, on [N, 3, 4, 6] inputs."""
        cases = [
            ("scores", "bhqd,bhkd->bhqk", None, True),
            ("values", "bhqk,bhdk->bhqd", None, True),
            ("rel_pos", "bhwc,hkc->bhwk", (3, 5, 6), False),
            ("proj", "bnmc,dc->bnmd", (7, 6), False),
            ("proj_ellipsis", "...c,dc->...d", (7, 6), False),
            ("outer_left", "bhwc,k->bhwck", (2,), False),
            ("contract_two", "bhwc,wcd->bhd", (4, 6, 5), False),
            ("reorder", "bhwc,cd->bdwh", (6, 2), False),
            ("sum_unused", "bhwc,d->bhd", (5,), False),
            ("transpose", "bhwc->bcwh", None, False),
            ("sum_one", "bhwc->bh", None, False),
            ("implicit", "bhwc,dc", (7, 6), False),
            ("batch_on_the_right", "dc,bhwc->bdwh", (7, 6), False),
        ]
        self.export_cases([Einsum(eq, wshape, two) for _, eq, wshape, two in cases],
                          (2, 3, 4, 6), "einsum", absent=("einsum",))

    def test_refusals(self):
        self.refused(Einsum("bhww->bh"), (1, 3, 6, 6), "repeated index")
        self.refused(Einsum("bhwc,hc->bhwc", (1, 6)), (1, 3, 4, 6), "broadcasting")


class Gather(nn.Module):
    def __init__(self, how):
        super().__init__()
        self.fc = nn.Linear(6, 6)
        self.how = how
        self.register_buffer("idx", torch.tensor([5, 0, 0, 3, -1, 2, 4]))
        self.register_buffer("rel", torch.randint(0, 4, (3, 5)))

    def forward(self, x):
        h = self.fc(x)
        if self.how == "last":
            return h[:, :, self.idx]
        if self.how == "ellipsis_2d":
            t = h[..., self.rel, :]
            return t * 2 + h[:, :3, None, :]
        if self.how == "index_select":
            return torch.index_select(h, 1, self.idx[self.idx < 3] % 4)
        if self.how == "method":
            return h.index_select(-1, self.idx % 6)
        return h[:, torch.tensor([[1, 2], [3, 0]])]


class TestGather(ZooCase):
    def test_constant_indices(self):
        """x[:, idx] (an index buffer, negative entries), x[..., idx2d, :],
        torch.index_select and Tensor.index_select, a literal index tensor:
        a gather node over a computed tensor."""
        hows = ("last", "ellipsis_2d", "index_select", "method", "literal")
        self.export_cases([Gather(how) for how in hows], (2, 4, 6), "gather", "gather")

    def test_refusals(self):
        class Mask(nn.Module):
            def forward(self, x):
                return x[:, x[0, :, 0] > 0]

        self.refused(Mask(), (1, 4, 6), "Tensor.__getitem__")

        class Dyn(nn.Module):
            def forward(self, x):
                return torch.index_select(x, 1, (x[0, :2, 0] > 0).long())

        self.refused(Dyn(), (1, 4, 6), "index_select")


class Unfold(nn.Module):
    def __init__(self, module=False, **kw):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 1)
        self.kw = kw
        self.unfold = nn.Unfold(**kw) if module else None

    def forward(self, x):
        h = self.conv(x)
        cols = self.unfold(h) if self.unfold is not None else F.unfold(h, **self.kw)
        return cols.transpose(1, 2) * 2 + 1


class TestUnfold(ZooCase):
    def test_im2col(self):
        """F.unfold / nn.Unfold: patches (kernel = stride), overlapping
        windows with padding, dilation, rectangular kernels; Tensor.unfold
        (sliding windows along one axis) stays unsupported."""
        cases = [
            ("patches", False, dict(kernel_size=2, stride=2)),
            ("module", True, dict(kernel_size=(2, 3), stride=(2, 1))),
            ("padded", False, dict(kernel_size=3, padding=1)),
            ("dilated", True, dict(kernel_size=2, dilation=2, padding=(1, 0), stride=(1, 2))),
        ]
        self.export_cases([Unfold(module, **kw) for _, module, kw in cases], (2, 3, 6, 7),
                          "unfold", "unfold")

    def test_col2im(self):
        """F.fold / nn.Fold after an unfold and a linear map of the patches:
        non-overlapping, overlapping (sums) and padded windows."""

        class Fold(nn.Module):
            def __init__(self, module, out, **kw):
                super().__init__()
                self.conv = nn.Conv2d(3, 4, 1)
                self.kw, self.out = kw, out
                k = kw["kernel_size"]
                k = k * k if isinstance(k, int) else k[0] * k[1]
                self.mix = nn.Linear(4 * k, 4 * k)
                self.fold = nn.Fold(out, **kw) if module else None

            def forward(self, x):
                cols = self.mix(F.unfold(self.conv(x), **self.kw).transpose(1, 2)).transpose(1, 2)
                if self.fold is not None:
                    return self.fold(cols)
                return F.fold(cols, self.out, **self.kw)

        cases = [
            ("tiles", False, dict(kernel_size=2, stride=2)),
            ("overlap", True, dict(kernel_size=3, stride=1)),
            ("padded", False, dict(kernel_size=(3, 2), padding=1, stride=(2, 1), dilation=1)),
        ]
        self.export_cases([Fold(module, (6, 7), **kw) for _, module, kw in cases],
                          (2, 3, 6, 7), "fold", "fold")

    def test_refusals(self):
        class Windows(nn.Module):
            def forward(self, x):
                return (x * 2).unfold(1, 2, 1)

        self.refused(Windows(), (1, 4, 6), "Tensor.unfold")


class TestBatchSized(ZooCase):
    def test_attribute_tensor_expanded_to_batch(self):
        """ConViT: a plain attribute tensor expanded to the batch and
        projected; the projection must not be frozen at one batch size."""

        class Rel(nn.Module):
            def __init__(self):
                super().__init__()
                self.rel = torch.randn(1, 5, 5, 3)   # not a buffer
                self.proj = nn.Linear(3, 2)
                self.v = nn.Linear(5, 5)

            def forward(self, x):
                pos = self.proj(self.rel.expand(x.shape[0], -1, -1, -1)).permute(0, 3, 1, 2)
                return pos.softmax(-1) @ self.v(x)[:, None]

        self.export(Rel(), (1, 5, 5), "rel", ops=("expand", "linear"))

    def test_repeat(self):
        """Tensor.repeat: a weight repeated to the batch (XCiT's position
        encoding) and a computed tensor tiled along several axes."""

        class Rep(nn.Module):
            def __init__(self):
                super().__init__()
                self.pos = nn.Parameter(torch.randn(1, 4, 3))
                self.fc = nn.Linear(3, 3)

            def forward(self, x):
                h = self.fc(x) + self.pos.repeat(x.shape[0], 1, 1)
                return h.repeat(1, 2, 3)[:, :, :5] + h.repeat(2, 1, 1, 1).mean(0)[:, :1, :1]

        self.export(Rep(), (2, 4, 3), "rep", ops=("expand",))


class TestBadGraphs(ZooCase):
    """Hand-written graphs with a wrong zoo-op node: `vitc compile` fails
    with exit status 1 and one stderr line naming the file and the node."""

    CASES = [
        ("gather", {"axis": 1, "indices": [0, 4]}, ["N", 4, 6],
         "node 'y' (gather): attribute 'indices'[1] is 4, out of range for axis 1 of size 4"),
        ("gather", {"axis": 1, "indices": [0, -1]}, ["N", 4, 6],
         "node 'y' (gather): attribute 'indices'[1] is -1"),
        ("gather", {"axis": 0, "indices": [0]}, ["N", 4, 6],
         "gathering along the batch dimension N (axis 0) is not supported"),
        ("unfold", {"kernel": [5, 2]}, ["N", 3, 4, 6],
         "node 'y' (unfold): the height window (kernel 5, dilation 1) does not fit"),
        ("fold", {"kernel": [2, 2], "output_size": [4, 4]}, ["N", 8, 4],
         "node 'y' (fold): input 0 'x' has 4 columns, the output size has 9 windows"),
        ("normalize", {"axis": 1, "eps": -1.0}, ["N", 4, 6],
         "node 'y' (normalize): attribute 'eps' must be positive and finite"),
        ("max", {"axes": [0]}, ["N", 4, 6], "node 'y' (max): cannot reduce over the batch"),
    ]

    def test_one_line_errors(self):
        import json
        binary = os.environ.get("VITC_BIN")
        if not binary:
            self.skipTest("VITC_BIN not set")
        for i, (op, attrs, shape, want) in enumerate(self.CASES):
            with self.subTest(want):
                path = os.path.join(self.tmp, "bad%d.json" % i)
                graph = {"format": "vitc-graph", "version": 1,
                         "inputs": [{"name": "x", "dtype": "f32", "shape": shape}],
                         "outputs": ["y"], "weights": [],
                         "nodes": [{"name": "y", "op": op, "inputs": ["x"], "outputs": ["y"],
                                    "attrs": attrs}]}
                with open(path, "w") as f:
                    json.dump(graph, f)
                r = subprocess.run([binary, "compile", path, "-o", path + ".so"],
                                   capture_output=True, text=True, timeout=60)
                self.assertEqual(r.returncode, 1, r.stderr)
                lines = r.stderr.strip().splitlines()
                self.assertEqual(len(lines), 1, r.stderr)
                self.assertIn(path, lines[0])
                self.assertIn(want, lines[0])
                self.assertFalse(os.path.exists(path + ".so"))


if __name__ == "__main__":
    unittest.main()
