#!/usr/bin/python3
"""End-to-end ShiftAdd numerics: modules from python/vitc/nn.py exported,
compiled with `vitc compile`, run with `vitc run`, compared with the module
(eval mode, which computes what the ops define).

Exactness (issue 4):
  * ShiftLinear on the graph input: bit-exact (integer accumulation; the
    input is the same float32 tensor);
  * MoE2Linear on the graph input: tokens routed to the shift expert
    bit-exact, the others within 1e-4 * max|reference|;
  * LinAngular / Hamming attention modules and whole ShiftAdd models: 1e-4
    * max|reference| with the compiled decisions replayed (below);
  * replaying decisions: the model is compiled
    with --expose-decisions, so its hash and binarized codes, MoE routes
    and Q16.16 shift-linear inputs come out too; the module is then run
    with those decisions (vnn.decisions(replay=...)) and
      - its float output is within 1e-4 * max|reference|;
      - at every decision point, the module's own decision (from inputs
        that went through the same earlier decisions) equals the compiled
        one except where it is within DECIDE_REL of its threshold, relative
        to the largest value at that point (hash projections: also within
        1e-5 absolute); Q16.16 inputs differ by at most one step plus
        DECIDE_REL of the largest input (float rounding of large values).
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
from vitc import replay  # noqa: E402

VITC = os.environ.get("VITC_BIN", os.path.join(ROOT, "vitc"))
DECIDE_REL = 1e-5
KSH_ABS = 1e-5
safe_name, decision_names = replay.safe_name, replay.decision_names


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
        the top of this file and python/vitc/replay.py); returns (replayed
        error, own-decision error, number of decisions that differ)."""
        r = replay.compare(self.module, x, self.graph, self.outputs(x, threads), names,
                           rel=DECIDE_REL, ksh_abs=KSH_ABS)
        self.test.assertEqual(r["violations"], [], what)
        self.test.assertLessEqual(r["err"], 1e-4, "%s batch %d: replayed rel error %g"
                                  % (what, x.shape[0], r["err"]))
        return r["err"], r["err_own"], r["differ"]


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
            if k == 72:  # zero weights (pot5 code 15): the kernel keeps its zero test
                with torch.no_grad():
                    mod.sign[::3, ::5] = 0
            c = Compiled(self, mod, torch.randn(1, tokens, k), "shift_%d" % k)
            for batch, threads in ((1, 1), (3, 2)):
                x = seeded(batch, lambda: 3 * torch.randn(batch, tokens, k))
                got, ref = c.run(x, threads)
                self.assertTrue(np.array_equal(got, ref), "shift %dx%d tokens %d batch %d: "
                                "max diff %g" % (m, k, tokens, batch,
                                                 float(np.abs(got - ref).max())))

    def test_shift_linear_accumulator_width(self):
        """After a layer_norm the input is bounded (|y| <= sqrt(K-1)*max|gamma| +
        max|beta|), so vitc proves the Q16.16 sum fits 32 bits and uses i32
        accumulators; with a huge gamma, or on the raw graph input, it keeps
        i64.  Bit-exact either way, given the same Q16.16 input (the float
        layer_norm before it may round differently, so X is replayed)."""
        for k, m, gamma, acc in ((64, 48, 1.0, "i32"), (64, 48, 30.0, "i32"),
                                 (64, 48, 40.0, "i64"), (192, 768, 3.0, "i32")):
            mod = seeded(k + m, lambda: torch.nn.Sequential(
                torch.nn.LayerNorm(k), vnn.ShiftLinear(k, m)))
            with torch.no_grad():
                mod[0].weight.fill_(gamma)
                # all weights +-1 (shift 0): the largest sum a row can have
                mod[1].shift.zero_()
            name = "ln_shift_%d_%g" % (k, gamma)
            c = Compiled(self, mod, torch.randn(1, 197, k), name, expose=True,
                         flags=["--dump-ir", os.path.join(self.tmp, name + ".ir")])
            with open(os.path.join(self.tmp, name + ".ir", "04-memplan.txt")) as f:
                plan = f.read()
            self.assertRegex(plan, r"workspace %s\[N,197,%d\] \S*\.acc " % (acc, m),
                             "gamma %g: expected %s accumulators" % (gamma, acc))
            for batch, threads in ((1, 1), (2, 2)):
                x = seeded(batch, lambda: 100 * torch.randn(batch, 197, k))
                x[:, :, 0] += 1e4   # one dominant feature: LN output near its bound
                load = c.outputs(x, threads)
                got, xq = load(c.graph["outputs"][0]), load(decision_names(c.graph)[0])
                with torch.no_grad(), vnn.decisions(replay=[torch.from_numpy(xq)]) as tape:
                    ref = mod(x).numpy()
                self.assertLessEqual(int((tape.records[0][1] - torch.from_numpy(xq))
                                         .abs().max()), 1 + DECIDE_REL * np.abs(xq).max())
                self.assertTrue(np.array_equal(got, ref), "%s batch %d: max diff %g"
                                % (name, batch, float(np.abs(got - ref).max())))
        # the raw graph input has no bound: i64
        mod = seeded(3, lambda: vnn.ShiftLinear(64, 48))
        c = Compiled(self, mod, torch.randn(1, 50, 64), "raw",
                     flags=["--dump-ir", os.path.join(self.tmp, "raw.ir")])
        with open(os.path.join(self.tmp, "raw.ir", "04-memplan.txt")) as f:
            self.assertRegex(f.read(), r"workspace i64\[N,50,48\] \S*\.acc ")

    def test_moe2_linear(self):
        """Routes equal the module's except within DECIDE_REL of a tie (the
        router's float sums may be ordered differently); with the compiled
        routes replayed, shift-routed tokens are bit-exact and the others
        within 1e-4 * max|reference|."""
        mod = seeded(1, lambda: vnn.MoE2Linear(72, 48))
        c = Compiled(self, mod, torch.randn(1, 197, 72), "moe", expose=True)
        route, q16 = decision_names(c.graph)
        for batch, threads in ((1, 1), (2, 2)):
            x = seeded(10 + batch, lambda: torch.randn(batch, 197, 72))
            load = c.outputs(x, threads)
            got = load(c.graph["outputs"][0])
            e = torch.from_numpy(load(route)).to(torch.int64)
            with torch.no_grad(), vnn.decisions(replay=[e, torch.from_numpy(load(q16))]) as t:
                ref = mod(x).numpy()
            own, margin = t.records[0][1], t.records[0][2]
            differ = own != e
            if differ.any():
                self.assertLessEqual(float(margin[differ].max()),
                                     DECIDE_REL * float(margin.max()))
            e = e.numpy().astype(bool)
            self.assertTrue(0 < e.mean() < 1)
            self.assertTrue(np.array_equal(got[e], ref[e]), "shift-routed tokens")
            self.assertLessEqual(rel_err(got[~e], ref[~e]), 1e-4)

    def test_linangular(self):
        # head dims 32 and 64; tokens 50, 197 and 3136 (PVTv2-b0 stage 1)
        for tokens, dim, h, lin in ((50, 64, 2, "dense"), (197, 128, 2, "shift"),
                                    (3136, 32, 1, "dense")):
            mod = seeded(tokens, lambda: vnn.LinAngularAttention(dim, h, linear=lin))
            c = Compiled(self, mod, torch.randn(1, tokens, dim), "la_%d" % tokens,
                         expose=True)
            for batch, threads in ((1, 1), (2, 2)):
                x = seeded(batch, lambda: torch.randn(batch, tokens, dim))
                c.run_replay(x, threads, what="linangular %d/%d %s" % (tokens, dim, lin))

    def test_hamming(self):
        for tokens, dim, h, nb in ((50, 64, 2, 32), (197, 128, 2, 16)):
            mod = seeded(tokens, lambda: vnn.HammingAttention(dim, h, nb))
            c = Compiled(self, mod, torch.randn(1, tokens, dim), "ham_%d" % tokens, expose=True)
            for batch, threads in ((1, 1), (3, 2)):
                x = seeded(batch, lambda: torch.randn(batch, tokens, dim))
                c.run_replay(x, threads, what="hamming %d/%d" % (tokens, dim))

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

    def test_deit_tiny_size(self):
        """The issue's models at full size: DeiT-Tiny shape (224 px, 197
        tokens, dim 192, 12 blocks, 3 heads) with LinAngular+MoE2 and with
        Hamming+shift, batch 1."""
        for name, kinds in (("tiny_la_moe2", dict(attn="linangular", mlp="moe2",
                                                  attn_linear="moe2")),
                            ("tiny_ham_shift", dict(attn="hamming", mlp="shift",
                                                    attn_linear="shift"))):
            with self.subTest(model=name):
                model = vnn.build_shiftadd_deit(num_classes=1000, seed=5, **kinds)
                c = Compiled(self, model, torch.randn(1, 3, 224, 224), name, expose=True)
                x = seeded(1, lambda: torch.randn(1, 3, 224, 224))
                err, own, differ = c.run_replay(x, 2, what=name)
                sys.stderr.write("  %s: rel error %.1e with the compiled decisions (%.1e "
                                 "with its own; %d differ)\n" % (name, err, own, differ))


if __name__ == "__main__":
    unittest.main()
