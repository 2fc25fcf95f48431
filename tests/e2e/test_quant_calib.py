#!/usr/bin/python3
"""Calibration in `vitc quantize` (docs/quantization.md "Calibration", issue 11),
against python/vitc/quant.py on fixed data, NumPy only:

  * the minmax/ema/percentile/omse observers' exponents equal quant.observe
    exactly, on data where they disagree (so a wrong formula shows);
  * weight exponents per output channel by the output error on the calibration
    inputs (int8 and int4, stored packed) equal quant.quantize_weight, and differ
    from the weights' own error on this data;
  * --scheme mixed --bits-budget B: the bits per linear equal quant.mixed_bits for
    budgets 8..4, within B, shown by `vitc inspect`; the compiled model equals the
    emulation bit for bit;
  * bad flag values (--observer, --scheme, --bits-budget, --calib-batch): one line,
    exit 2, nothing written.

Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_quant_calib.py
"""

import json
import os
import re
import shutil
import sys
import tempfile
import unittest

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from test_quant import compile_run, vitc, write_graph  # noqa: E402
from vitc import interp, quant, safetensors  # noqa: E402


def observer_data(kind):
    """Fixed calibration data [1000, 100] on which the observers disagree (a Laplace bulk
    and a few outliers): "late" has two outliers in the 4th of five 200-row batches (ema
    and percentile forget them, omse's last batch lacks them); "rare" has one early
    outlier among 1e5 values (the percentile drops it)."""
    rs = np.random.RandomState(0)
    x = rs.laplace(size=(1000, 100)).astype(np.float32)
    if kind == "late":
        x[700, 5], x[710, 8] = 400.0, -360.0
    else:
        x[3, 5], x[-2, 7], x[-5, 9] = 3000.0, -60.0, -58.0
        x[:100] *= 0.25
    return x


class Calibration(unittest.TestCase):
    """Observers, weight exponents by output error, int4 weights and mixed precision in
    `vitc quantize`, against quant.py on fixed data (exact exponents); bad flags."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="vitc-calib-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def linear_graph(self, w, name="lin"):
        K = w.shape[1]
        return write_graph(os.path.join(self.tmp, name),
                           [{"name": "x", "dtype": "f32", "shape": ["N", K]}], ["fc"],
                           {"fc.weight": ("f32", w)},
                           [{"name": "fc", "op": "linear", "inputs": ["x", "fc.weight"],
                             "outputs": ["fc"], "attrs": {}}])

    def quantize(self, js, x, *args):
        p = os.path.join(self.tmp, "calib.npy")
        np.save(p, x)
        out = os.path.join(self.tmp, "q.json")
        vitc("quantize", js, "--calib", p, "-o", out, *args)
        with open(out) as f:
            g = json.load(f)
        _, vals = interp.load(out)
        return out, g, vals

    def test_observers_exact(self):
        """Each observer's exponent of the calibration batch itself (the linear's input)
        equals quant.observe on the same data, for two batchings; on this data the
        observers give 3 different exponents ("late") and the percentile differs from
        minmax ("rare"), so a wrong formula shows."""
        w = np.random.RandomState(1).randn(8, 100).astype(np.float32)
        js = self.linear_graph(w)
        got = {}
        for kind, cb in (("late", 200), ("rare", 1000)):
            x = observer_data(kind)
            for ob in quant.OBSERVERS:
                _, g, _ = self.quantize(js, x, "--observer", ob, "--calib-batch", cb)
                e = [n for n in g["nodes"] if n["op"] == "qlinear"][0]["attrs"]["x_exponent"]
                self.assertEqual(e, quant.observe(x, ob, cb * 100), "%s %s" % (kind, ob))
                got[kind, ob] = e
        self.assertGreaterEqual(len({got["late", o] for o in quant.OBSERVERS}), 3, got)
        self.assertNotEqual(got["rare", "percentile"], got["rare", "minmax"], got)

    def test_weights_by_output_error(self):
        """int8 and int4 weight exponents per output channel chosen by the output error on
        the calibration inputs (quant.quantize_weight with x), not the weights' own error
        (which differs on this data: columns of x 20x larger)."""
        rs = np.random.RandomState(3)
        x = rs.laplace(size=(1000, 100)).astype(np.float32)
        x[:, :10] *= 20
        w = (rs.randn(8, 100) * 0.1).astype(np.float32)
        js = self.linear_graph(w)
        for scheme, bits in (("pot-w8a8", 8), ("pot-w4a8", 4)):
            out, g, vals = self.quantize(js, x, "--scheme", scheme)
            wdecl = {d["name"]: d for d in g["weights"]}
            self.assertEqual(wdecl["fc.weight.q"]["dtype"], "i%d" % bits)
            wq, ew = quant.quantize_weight(w, x, bits)
            np.testing.assert_array_equal(vals["fc.weight.q"], wq)
            np.testing.assert_array_equal(vals["fc.weight.exp"], ew)
            self.assertGreater(int(np.sum(ew != quant.quantize_weight(w, None, bits)[1])), 0)
            if bits == 4:       # stored packed: half the bytes
                raw, _ = safetensors.read(out[:-5] + ".safetensors")
                np.testing.assert_array_equal(raw["fc.weight.q"], quant.pack_i4(wq))
            y = compile_run(out, {"x": x[:50]}, self.tmp)["fc"]
            np.testing.assert_array_equal(y, interp.run(out, {"x": x[:50]})[0])

    def mlp(self):
        rs = np.random.RandomState(5)
        w1 = (rs.randn(64, 32) * 0.2).astype(np.float32)
        w2 = (rs.randn(16, 64) * 0.1).astype(np.float32)
        w2[:, :4] *= 8                  # a few heavy input channels: int4 hurts fc2 more
        w3 = (rs.randn(10, 16) * 0.3).astype(np.float32)
        b1 = (rs.randn(64) * 0.1).astype(np.float32)
        nodes = [{"name": "fc1", "op": "linear", "inputs": ["x", "w1", "b1"], "outputs": ["h1"],
                  "attrs": {}},
                 {"name": "act", "op": "gelu", "inputs": ["h1"], "outputs": ["a1"], "attrs": {}},
                 {"name": "fc2", "op": "linear", "inputs": ["a1", "w2"], "outputs": ["h2"],
                  "attrs": {}},
                 {"name": "fc3", "op": "linear", "inputs": ["h2", "w3"], "outputs": ["y"],
                  "attrs": {}}]
        ws = {"w1": ("f32", w1), "b1": ("f32", b1), "w2": ("f32", w2), "w3": ("f32", w3)}
        js = write_graph(os.path.join(self.tmp, "mlp"),
                         [{"name": "x", "dtype": "f32", "shape": ["N", 32]}], ["y"], ws, nodes)
        return js, {"fc1": ("x", w1), "fc2": ("a1", w2), "fc3": ("h2", w3)}

    def test_mixed(self):
        """--scheme mixed --bits-budget B: the bits per linear equal quant.mixed_bits on
        the output errors measured on the calibration inputs; the average is within B;
        `vitc inspect` shows the bits; the compiled model equals the emulation."""
        js, lins = self.mlp()
        x = np.random.RandomState(6).randn(256, 32).astype(np.float32)
        # the float inputs of each linear on the calibration batch, as vitc computes them
        with open(js) as f:
            g = json.load(f)
        g["outputs"] = ["y", "a1", "h2"]
        ex = os.path.join(self.tmp, "mlp.expose.json")
        with open(ex, "w") as f:
            json.dump(g, f)
        acts = compile_run(ex, {"x": x}, self.tmp)
        acts["x"] = x
        cost, params = [], []
        for name in ("fc1", "fc2", "fc3"):
            xin, w = lins[name]
            G = quant.gram(acts[xin])
            e8 = quant.quantize_weight(w, bits=8, G=G, errors=True)[2].sum()
            e4 = quant.quantize_weight(w, bits=4, G=G, errors=True)[2].sum()
            energy = float(np.einsum("jk,kl,jl->", w.astype(np.float64), G, w.astype(np.float64)))
            cost.append((e4 - e8) / energy)
            params.append(w.size)
        seen = set()
        for budget in (8, 7, 6, 5, 4):
            want = quant.mixed_bits(cost, params, budget)
            out, qg, vals = self.quantize(js, x, "--scheme", "mixed", "--bits-budget", budget)
            wdt = {d["name"]: d["dtype"] for d in qg["weights"]}
            got = [int(wdt[w + ".q"][1:]) for w in ("w1", "w2", "w3")]
            self.assertEqual(got, want, budget)
            self.assertLessEqual(np.dot(got, params) / sum(params), budget)
            seen.add(tuple(got))
            r = vitc("inspect", out).stdout
            for name, b in zip(("fc1", "fc2", "fc3"), got):
                self.assertRegex(r, r"\n  %s +i%d  x 2\^" % (re.escape(name), b))
            self.assertIn("average weight bits: %.2f" % (np.dot(got, params) / sum(params)), r)
            y = compile_run(out, {"x": x[:20]}, self.tmp)["y"]
            np.testing.assert_array_equal(y, interp.run(out, {"x": x[:20]})[0])
        self.assertGreaterEqual(len(seen), 4)     # the budget changes the choice

    def test_bad_flags(self):
        """Bad values of the new flags: one line, exit 2, nothing written."""
        js = self.linear_graph(np.ones((3, 4), np.float32))
        p = os.path.join(self.tmp, "c.npy")
        np.save(p, np.ones((2, 4), np.float32))
        out = os.path.join(self.tmp, "bad.json")
        for args, what in ((["--observer", "kl"], "unknown --observer value 'kl'"),
                           (["--scheme", "pot-w3a8"], "unknown --scheme value"),
                           (["--scheme", "mixed"], "--scheme mixed needs --bits-budget"),
                           (["--bits-budget", "6"], "--bits-budget is for --scheme mixed"),
                           (["--scheme", "mixed", "--bits-budget", "3"], "--bits-budget"),
                           (["--scheme", "mixed", "--bits-budget", "9"], "--bits-budget"),
                           (["--scheme", "mixed", "--bits-budget", "six"], "--bits-budget"),
                           (["--calib-batch", "0"], "--calib-batch")):
            r = vitc("quantize", js, "--calib", p, "-o", out, *args, ok=False)
            self.assertEqual(r.returncode, 2, "%r: %s" % (args, r.stderr))
            self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
            self.assertIn(what, r.stderr)
            self.assertFalse(os.path.exists(out))
            self.assertFalse(os.path.exists(os.path.join(self.tmp, "bad.safetensors")))


if __name__ == "__main__":
    unittest.main()
