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
  * whole ShiftAdd models, by replaying decisions: the model is compiled
    with --expose-decisions, so its hash and binarized codes, MoE routes
    and Q16.16 shift-linear inputs come out too; the module is then run
    with those decisions (vnn.decisions(replay=...)) and
      - its float output is within 1e-4 * max|reference|;
      - at every decision point, the module's own decision (from inputs
        that went through the same earlier decisions) equals the compiled
        one except where it is within DECIDE_REL of its threshold, relative
        to the largest value at that point (hash projections: also within
        1e-5 absolute); Q16.16 inputs differ by at most one step.
    Without replay, one code or route that two correct float orders decide
    differently changes everything downstream (rel. error 1e-4..1e-2 at
    DeiT-Tiny size); the replay separates that from real errors.

Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_shiftadd.py
"""

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
    sys.stderr.write("test_shiftadd.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

import vitc  # noqa: E402
from vitc import nn as vnn  # noqa: E402

VITC = os.environ.get("VITC_BIN", os.path.join(ROOT, "vitc"))
DECIDE_REL = 1e-5
KSH_ABS = 1e-5


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


def seeded(seed, fn):
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return fn()


class Compiled:
    """An exported and compiled module; expose: --expose-decisions."""

    def __init__(self, test, module, example, name, expose=False, prefix=None, flags=()):
        self.test, self.module = test, module.eval()
        self.prefix = prefix or os.path.join(test.tmp, name)
        if not prefix:
            vitc.export(module, example, self.prefix)
        with open(self.prefix + ".json") as f:
            self.graph = json.load(f)
        self.so = self.prefix + (".x.so" if expose else ".so")
        r = subprocess.run([VITC, "compile", self.prefix + ".json", "-o", self.so]
                           + list(flags) + (["--expose-decisions"] if expose else []),
                           capture_output=True, text=True, timeout=600)
        test.assertEqual(r.returncode, 0, "vitc compile %s: %s" % (name, r.stderr))

    def outputs(self, x, threads=1):
        """Every output of the compiled model at x's batch size, by name."""
        xin = self.prefix + ".in.npy"
        out = self.prefix + ".out"
        os.makedirs(out, exist_ok=True)
        np.save(xin, x.numpy())
        r = subprocess.run([VITC, "run", self.so, "--input", xin, "--output-dir", out,
                            "--threads", str(threads)], capture_output=True, text=True,
                           timeout=600)
        self.test.assertEqual(r.returncode, 0, "vitc run: %s" % r.stderr)
        return lambda name: np.load(os.path.join(out, safe_name(name) + ".npy"))

    def run(self, x, threads=1):
        """(compiled output, module output) at x's batch size."""
        got = self.outputs(x, threads)(self.graph["outputs"][0])
        with torch.no_grad():
            ref = self.module(x).numpy()
        self.test.assertEqual(got.shape, ref.shape)
        return got, ref

    def run_replay(self, x, threads=1, names=None, what=""):
        """Compare with the module run on the compiled model's decisions (see
        the top of this file); returns (replayed error, own-decision error,
        number of decisions that differ)."""
        t = self.test
        load = self.outputs(x, threads)
        got = load(self.graph["outputs"][0])
        names = decision_names(self.graph) if names is None else names
        with torch.no_grad(), vnn.decisions() as own:
            ref_own = self.module(x).numpy()
        t.assertEqual(len(own.records), len(names), "%s: decisions made vs exposed" % what)
        comp = []
        for (kind, value, _), name in zip(own.records, names):
            a = torch.from_numpy(load(name))
            comp.append(vnn.codes_from_words(a, value.shape[-1])
                        if kind in ("ksh_hash", "binarize") else a.to(torch.int64))
        with torch.no_grad(), vnn.decisions(replay=comp) as tape:
            ref = self.module(x).numpy()
        differ = 0
        for (kind, value, margin), c, name in zip(tape.records, comp, names):
            t.assertEqual(tuple(c.shape), tuple(value.shape), "%s %s" % (what, name))
            bad = c != value
            differ += int(bad.sum())
            if not bad.any():
                continue
            if kind == "q16":
                t.assertLessEqual(int((c - value).abs().max()), 1, "%s %s" % (what, name))
                scale = float(c.abs().max()) * 2.0 ** -16
            else:
                scale = float(margin.max())
            worst = float(margin[bad].max())
            t.assertLessEqual(worst, DECIDE_REL * scale, "%s %s: %d decisions differ, one "
                              "%.3g from its threshold (scale %.3g)"
                              % (what, name, int(bad.sum()), worst, scale))
            if kind == "ksh_hash":
                t.assertLessEqual(worst, KSH_ABS, "%s %s" % (what, name))
        t.assertEqual(got.shape, ref.shape)
        err = rel_err(got, ref)
        t.assertLessEqual(err, 1e-4, "%s batch %d: replayed rel error %g"
                          % (what, x.shape[0], err))
        return err, rel_err(got, ref_own), differ


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
            c = Compiled(self, mod, torch.randn(1, tokens, dim), "la_%d" % tokens,
                         expose=lin != "dense")
            for batch, threads in ((1, 1), (2, 2)):
                x = seeded(batch, lambda: torch.randn(batch, tokens, dim))
                what = "linangular %d/%d" % (tokens, dim)
                if lin == "dense":
                    self.check_close(c, x, 1e-4, threads, what)
                else:
                    c.run_replay(x, threads, what=what)

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
        c = Compiled(self, conv, None, "vit", expose=True, prefix=prefix,
                     flags=["--shift-linear=mlp"])
        names = [n["name"] + ".q16" for n in c.graph["nodes"]
                 if n["op"] == "linear" and ".mlp." in n["name"]]
        self.assertEqual(len(names), 4)
        err, own, differ = c.run_replay(torch.randn(3, 3, 32, 32), 2, names, "--shift-linear")
        print("  --shift-linear=mlp vs ShiftLinear.from_linear: rel error %.2g replayed, "
              "%.2g own decisions (%d Q16.16 steps differ)" % (err, own, differ))

    def test_models(self):
        for name, image, model in self.models():
            with self.subTest(model=name):
                dense = name.endswith("dense")
                c = Compiled(self, model, torch.randn(1, 3, image, image), name,
                             expose=not dense)
                for batch, threads in ((1, 1), (2, 2)):
                    x = seeded(batch, lambda: torch.randn(batch, 3, image, image))
                    if dense:
                        err = self.check_close(c, x, 1e-4, threads, name)
                        sys.stderr.write("  %s batch %d: rel error %.1e\n" % (name, batch, err))
                        continue
                    err, own, differ = c.run_replay(x, threads, what=name)
                    sys.stderr.write("  %s batch %d: rel error %.1e with the compiled "
                                     "decisions (%.1e with its own; %d differ, all within "
                                     "%g of their threshold)\n"
                                     % (name, batch, err, own, differ, DECIDE_REL))


if __name__ == "__main__":
    unittest.main()
