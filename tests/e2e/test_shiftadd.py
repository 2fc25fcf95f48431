#!/usr/bin/python3
"""End-to-end ShiftAdd numerics: modules from python/vitc/nn.py exported,
compiled with `vitc compile`, run with `vitc run`, compared with the module
(eval mode, which computes what the ops define).

Exactness (issue 4):
  * ShiftLinear on the graph input: bit-exact (integer accumulation; the
    input is the same float32 tensor);
  * MoE2Linear on the graph input: tokens routed to the shift expert
    bit-exact, the others within 1e-4 * max|reference|;
  * LinAngular / Hamming attention modules: 1e-4 * max|reference|;
  * whole ShiftAdd models: MODEL_REL * max|reference|.  Not 1e-4: a shift
    linear quantizes its input to a 2^-16 grid, so an input that differs by
    one float32 ulp between two correct implementations (another summation
    order upstream) moves the output by 2^-16 per flipped element; over a
    few layers those steps add up to ~1e-4..1e-3 of max|output| (NumPy
    interpreter vs module shows the same; tests/export/test_nn.py checks
    the model node by node instead).

Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_shiftadd.py
"""

import os
import re
import subprocess
import sys
import tempfile
import unittest

try:
    import numpy as np
    import torch
except ImportError as e:
    sys.stderr.write("test_shiftadd.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

import vitc  # noqa: E402
from vitc import nn as vnn  # noqa: E402

VITC = os.environ.get("VITC_BIN", os.path.join(ROOT, "vitc"))
MODEL_REL = 3e-3


def seeded(seed, fn):
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return fn()


class Compiled:
    def __init__(self, test, module, example, name):
        self.test, self.module = test, module.eval()
        self.prefix = os.path.join(test.tmp, name)
        vitc.export(module, example, self.prefix)
        self.so = self.prefix + ".so"
        r = subprocess.run([VITC, "compile", self.prefix + ".json", "-o", self.so],
                           capture_output=True, text=True, timeout=600)
        test.assertEqual(r.returncode, 0, "vitc compile %s: %s" % (name, r.stderr))

    def run(self, x, threads=1):
        """(compiled output, module output) at x's batch size."""
        xin = self.prefix + ".in.npy"
        out = self.prefix + ".out.npy"
        np.save(xin, x.numpy())
        r = subprocess.run([VITC, "run", self.so, "--input", xin, "-o", out,
                            "--threads", str(threads)], capture_output=True, text=True,
                           timeout=600)
        self.test.assertEqual(r.returncode, 0, "vitc run: %s" % r.stderr)
        with torch.no_grad():
            ref = self.module(x).numpy()
        got = np.load(out)
        self.test.assertEqual(got.shape, ref.shape)
        return got, ref


def rel_err(got, ref):
    return float(np.abs(got.astype(np.float64) - ref).max()) / max(float(np.abs(ref).max()),
                                                                   1e-30)


class ShiftAddCompile(unittest.TestCase):
    def setUp(self):
        self._td = tempfile.TemporaryDirectory()
        self.tmp = self._td.name

    def tearDown(self):
        self._td.cleanup()

    def check_close(self, c, x, rel, threads=1, what=""):
        got, ref = c.run(x, threads)
        err = rel_err(got, ref)
        self.assertLessEqual(err, rel, "%s batch %d: rel error %g > %g"
                             % (what, x.shape[0], err, rel))
        return err

    def test_shift_linear_bit_exact(self):
        # K = 72 and 13 (not multiples of the vector width), tokens 50 / 197 / 3136
        for k, m, tokens in ((72, 40, 50), (13, 24, 197), (64, 512, 3136)):
            mod = seeded(k, lambda: vnn.ShiftLinear(k, m))
            c = Compiled(self, mod, torch.randn(1, tokens, k), "shift_%d" % k)
            for batch, threads in ((1, 1), (3, 2)):
                x = seeded(batch, lambda: 3 * torch.randn(batch, tokens, k))
                got, ref = c.run(x, threads)
                self.assertTrue(np.array_equal(got, ref), "shift %dx%d tokens %d batch %d: "
                                "max diff %g" % (m, k, tokens, batch,
                                                 float(np.abs(got - ref).max())))

    def test_moe2_linear(self):
        mod = seeded(1, lambda: vnn.MoE2Linear(72, 48))
        c = Compiled(self, mod, torch.randn(1, 197, 72), "moe")
        for batch, threads in ((1, 1), (2, 2)):
            x = seeded(10 + batch, lambda: torch.randn(batch, 197, 72))
            got, ref = c.run(x, threads)
            with torch.no_grad():
                e = mod.route(x).numpy().astype(bool)
            self.assertTrue(0 < e.mean() < 1)
            self.assertTrue(np.array_equal(got[e], ref[e]), "shift-routed tokens")
            self.assertLessEqual(rel_err(got[~e], ref[~e]), 1e-4)

    def test_linangular(self):
        # head dims 32 and 64; tokens 50, 197 and 3136 (PVTv2-b0 stage 1)
        for tokens, dim, h, lin in ((50, 64, 2, "dense"), (197, 128, 2, "shift"),
                                    (3136, 32, 1, "dense")):
            mod = seeded(tokens, lambda: vnn.LinAngularAttention(dim, h, linear=lin))
            c = Compiled(self, mod, torch.randn(1, tokens, dim), "la_%d" % tokens)
            for batch, threads in ((1, 1), (2, 2)):
                x = seeded(batch, lambda: torch.randn(batch, tokens, dim))
                self.check_close(c, x, 1e-4 if lin == "dense" else MODEL_REL, threads,
                                 "linangular %d/%d" % (tokens, dim))

    def test_hamming(self):
        for tokens, dim, h, nb in ((50, 64, 2, 32), (197, 128, 2, 16)):
            mod = seeded(tokens, lambda: vnn.HammingAttention(dim, h, nb))
            c = Compiled(self, mod, torch.randn(1, tokens, dim), "ham_%d" % tokens)
            for batch, threads in ((1, 1), (3, 2)):
                x = seeded(batch, lambda: torch.randn(batch, tokens, dim))
                self.check_close(c, x, 1e-4, threads, "hamming %d/%d" % (tokens, dim))

    def models(self):
        return [
            ("deit_la_moe2", 32, vnn.build_shiftadd_deit(
                32, 8, 64, 2, 2, num_classes=10, attn="linangular", mlp="moe2",
                attn_linear="moe2", seed=1)),
            ("deit_ham_shift", 32, vnn.build_shiftadd_deit(
                32, 8, 64, 2, 2, num_classes=10, attn="hamming", mlp="shift",
                attn_linear="shift", seed=2)),
            ("pvt_b0_dense", 64, vnn.build_pvt_v2_b0(image_size=64, num_classes=10, seed=3)),
            ("pvt_b0_la_moe2", 64, vnn.build_pvt_v2_b0(
                image_size=64, num_classes=10, attn="linangular", mlp="moe2",
                attn_linear="moe2", seed=4)),
        ]

    def test_shift_linear_flag(self):
        """`vitc compile --shift-linear=mlp` on a dense torchvision ViT equals
        the same ViT with its MLP linears replaced by ShiftLinear.from_linear."""
        from vitc.models import build_vit
        dense = build_vit(image_size=32, patch_size=8, num_layers=2, num_heads=2,
                          hidden_dim=32, mlp_dim=64, num_classes=10, seed=3).eval()
        prefix = os.path.join(self.tmp, "vit")
        vitc.export(dense, torch.randn(1, 3, 32, 32), prefix)
        conv = dense
        for layer in conv.encoder.layers:
            layer.mlp[0] = vnn.ShiftLinear.from_linear(layer.mlp[0]).eval()
            layer.mlp[3] = vnn.ShiftLinear.from_linear(layer.mlp[3]).eval()
        for which, expect in (("mlp", 4), ("all", 8)):
            r = subprocess.run([VITC, "inspect", prefix + ".json", "--shift-linear=" + which],
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("shift-linear: %d linears converted" % expect, r.stdout)
        r = subprocess.run([VITC, "compile", prefix + ".json", "--shift-linear=mlp",
                            "-o", prefix + ".so"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        x = torch.randn(3, 3, 32, 32)
        np.save(prefix + ".x.npy", x.numpy())
        r = subprocess.run([VITC, "run", prefix + ".so", "--input", prefix + ".x.npy",
                            "-o", prefix + ".y.npy", "--threads", "2"],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        with torch.no_grad():
            ref = conv(x).numpy()
        err = rel_err(np.load(prefix + ".y.npy"), ref)
        print("  --shift-linear=mlp vs ShiftLinear.from_linear: rel error %.2g" % err)
        self.assertLessEqual(err, MODEL_REL)

    def test_models(self):
        for name, image, model in self.models():
            with self.subTest(model=name):
                c = Compiled(self, model, torch.randn(1, 3, image, image), name)
                for batch, threads in ((1, 1), (2, 2)):
                    x = seeded(batch, lambda: torch.randn(batch, 3, image, image))
                    rel = 1e-4 if name.endswith("dense") else MODEL_REL
                    err = self.check_close(c, x, rel, threads, name)
                    sys.stderr.write("  %s batch %d: rel error %.1e\n" % (name, batch, err))


if __name__ == "__main__":
    unittest.main()
