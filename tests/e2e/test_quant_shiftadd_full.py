#!/usr/bin/python3
"""The quantized ShiftAdd models at DeiT-Tiny size (224, patch 16, dim 192, 12 blocks, 3 heads;
docs/quantization.md "ShiftAdd models", "Bit-exactness"); slow (about 3 minutes on 2 shared
cores), so outside `make check`: `make check-quant-full`.  The tiny versions of the same
models run in `make check` (tests/e2e/test_quant_shiftadd.py, Models).

Both models (Hamming + shift linears, LinAngular + MoE2) are built with seeded random
weights, quantized with `vitc quantize` on 4 random images, compiled once and run on 2
images with 1 and 2 threads:

  * every integer node (qlinear, qadd, qlayernorm, qlut, qshift_linear, qmoe2_linear,
    qhamming_attention) equals quant.py on the compiled model's own inputs to it, bit for bit;
  * Hamming + shift: every Hamming attention is a qhamming_attention and nothing float lies
    between two int8 tensors but binarize (the sign of an int8, exact), so the logits equal
    the emulation (vitc.interp) run from the first int8 tensor on (taken from the compiled
    model; the stem after it is integer too, a qlinear on int8 patches and a qadd) bit for
    bit;
  * LinAngular + MoE2: the token convolution is a qconv1d_tokens and the MatAdds with the L2
    norm a qmatadd_l2norm (integer), so the one float op left between int8 tensors is the
    KSH hash (ksh_hash: its codes are bits); it is recomputed by the emulation from the
    compiled model's own input to it and the code bits that differ are counted (printed);
    no integer node starts a difference, and where no code differs the logits equal the
    emulation from the first int8 tensor bit for bit.

Run:  VITC_BIN=./vitc /usr/bin/python3 tests/e2e/test_quant_shiftadd_full.py -v
"""

import json
import os
import shutil
import sys
import tempfile
import unittest

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "python"))
sys.path.insert(0, HERE)

from vitc import interp  # noqa: E402
import test_quant as tq  # noqa: E402
import test_quant_shiftadd as tsa  # noqa: E402

vitc = tq.vitc

try:
    import torch  # noqa: F401
    HAVE_TORCH = True
except ImportError:
    HAVE_TORCH = False

SPECS = {"ham": dict(attn="hamming", mlp="shift", attn_linear="shift", seed=2, hamming_bits=16),
         "la": dict(attn="linangular", mlp="moe2", attn_linear="moe2", seed=1)}


def emulate_from_int8(g, vals, x, compiled):
    """vitc.interp on graph g, except that a quantize node fed by the image alone (no int8
    tensor upstream: the float patch + position embedding) writes the compiled model's
    int8 values; every other node is the emulation's own.  Returns {tensor: value}."""
    prod = {t: n for n in g["nodes"] for t in n["outputs"]}
    int_ops = set(tsa.Models.INT_OPS)

    def from_image(t, seen):
        n = prod.get(t)
        if n is None or t in seen:
            return True
        seen.add(t)
        return n["op"] not in int_ops and all(from_image(i, seen) for i in n["inputs"] if i)

    v = dict(vals)
    v["x"] = x.astype(np.float64)
    for n in g["nodes"]:
        if n["op"] == "quantize" and from_image(n["inputs"][0], set()):
            out = compiled[n["outputs"][0]].astype(np.int64)
        else:
            out = np.asarray(interp.OPS[n["op"]]([v[i] if i else None for i in n["inputs"]],
                                                 n.get("attrs", {}), x.shape[0]))
            if out.dtype != np.uint8:
                out = out.astype(np.float64)
        v[n["outputs"][0]] = out
    return v


def unpack_codes(g, vals, out):
    """Binary codes as the compiled model writes them (an i32 per head and token) as bits:
    ksh_hash's "nbits", a qhamming_attention's from its table (2 nbits + 1 entries)."""
    out = dict(out)
    nb = {}
    for n in g["nodes"]:
        if n["op"] == "ksh_hash":
            nb[n["outputs"][0]] = int(n["attrs"]["nbits"])
        if n["op"] == "qhamming_attention":
            for t in n["inputs"][:2]:
                nb[t] = (len(vals[n["inputs"][3]]) - 1) // 2
    for t, bits in nb.items():
        if out[t].ndim == 3:
            out[t] = ((out[t][..., None] >> np.arange(bits)) & 1).astype(np.uint8)
    return out


@unittest.skipUnless(HAVE_TORCH, "torch not importable")
class FullSize(unittest.TestCase):
    INT_OPS = tsa.Models.INT_OPS

    @classmethod
    def setUpClass(cls):
        from vitc import exporter
        from vitc import nn as vnn
        cls.tmp = tempfile.mkdtemp(prefix="vitc-quant-full-")
        cls.calib = os.path.join(cls.tmp, "calib.npy")
        np.save(cls.calib, np.random.RandomState(9).randn(4, 3, 224, 224).astype(np.float32))
        cls.m = {}
        for tag, kw in SPECS.items():
            m = vnn.build_shiftadd_deit(**kw)
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(11)
                x = torch.randn(2, 3, 224, 224)
            prefix = os.path.join(cls.tmp, tag)
            exporter.export(m, x, prefix, reference=True)
            qj = os.path.join(cls.tmp, tag + ".q.json")
            vitc("quantize", prefix + ".json", "--calib", cls.calib, "-o", qj, "--no-measure")
            with open(qj) as f:
                g = json.load(f)
            cls.m[tag] = dict(prefix=prefix, qjson=qj, g=g)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def compiled(self, tag):
        """Every tensor of the quantized model, compiled once, run with 1 and 2 threads
        (the two runs must agree exactly); {tensor: array}."""
        m = self.m[tag]
        g = dict(m["g"])
        g["outputs"] = list(dict.fromkeys(list(g["outputs"]) +
                                          [t for n in g["nodes"] for t in n["outputs"]]))
        js = os.path.join(self.tmp, tag + ".all.json")
        with open(js, "w") as f:
            json.dump(g, f)
        so = os.path.join(self.tmp, tag + ".all.so")
        vitc("compile", js, "-o", so)
        xin = m["prefix"] + ".input.npy"
        runs = []
        for th in ("1", "2"):
            od = os.path.join(self.tmp, "out-%s-%s" % (tag, th))
            vitc("run", so, "--input", "x=" + xin, "--output-dir", od, "--threads", th)
            runs.append({t: np.load(os.path.join(od, t + ".npy")) for t in g["outputs"]})
        for t in g["outputs"]:
            np.testing.assert_array_equal(runs[0][t], runs[1][t], "%s: 1 vs 2 threads" % t)
        return runs[0], np.load(xin)

    def check(self, tag, label):
        """The integer nodes against quant.py; then the emulation from the first int8 tensor
        against the compiled model, tensor by tensor: the first int8 tensor or code that
        differs (None when none does) and, per kind of float island feeding a quantize,
        how many int8 values its quantize writes differently when the island is recomputed
        from the compiled model's own inputs to it."""
        m = self.m[tag]
        g = m["g"]
        _, vals = interp.load(m["qjson"])
        out, x = self.compiled(tag)
        out = unpack_codes(g, vals, out)
        n = tq.Model.check_integer_parts(self, g, vals, out, x)
        self.assertEqual(n, len([k for k in g["nodes"] if k["op"] in self.INT_OPS]))
        emu = emulate_from_int8(g, vals, x, out)
        first = next((k for k in g["nodes"] if out[k["outputs"][0]].dtype.kind in "iu" and
                      not np.array_equal(out[k["outputs"][0]].astype(np.int64),
                                         emu[k["outputs"][0]].astype(np.int64))), None)
        prod = {t: k for k in g["nodes"] for t in k["outputs"]}
        isl = {}
        for k in g["nodes"]:
            src = prod.get(k["inputs"][0])
            if k["op"] != "quantize" or src is None or src["op"] in ("conv2d", "add", "select"):
                continue
            ins = [out[i] if i in out else vals[i] for i in src["inputs"]]
            ins = [a.astype(np.float64) if a.dtype.kind == "f" else a for a in ins]
            y = interp.OPS[src["op"]](ins, src.get("attrs", {}), x.shape[0])
            want = interp.OPS["quantize"]([y] + [vals[i] for i in k["inputs"][1:]], k["attrs"],
                                          x.shape[0])
            isl[src["op"]] = isl.get(src["op"], 0) + int(np.sum(want != out[k["outputs"][0]]))
        # the KSH hash (float, its codes bits): code bits that differ when it is recomputed
        # by the emulation from the compiled model's own (dequantized int8) input
        kbits = [0, 0]
        for k in g["nodes"]:
            if k["op"] == "ksh_hash":
                ins = [out[i].astype(np.float64) if i in out else vals[i] for i in k["inputs"]]
                c = interp.OPS["ksh_hash"](ins, k["attrs"], x.shape[0])
                kbits[0] += int(np.sum(c != out[k["outputs"][0]]))
                kbits[1] += c.size
        y = out[g["outputs"][0]]
        d = float(np.abs(y - emu[g["outputs"][0]].astype(np.float32)).max())
        sys.stderr.write("\n  %s: %d integer nodes exact; island int8 values that differ "
                         "(from the compiled inputs): %s; KSH code bits that differ: %d of %d; "
                         "first differing int tensor: %s; max|logits - emulation from int8| "
                         "%.3g\n"
                         % (label, n, isl or "no island feeds a quantize", kbits[0], kbits[1],
                            first["name"] + " (" + first["op"] + ")" if first else "none", d))
        return g, out, emu, isl, first

    def test_hamming_shift(self):
        g, out, emu, isl, first = self.check("ham", "DeiT-Tiny Hamming + shift")
        ops = [k["op"] for k in g["nodes"]]
        self.assertEqual(ops.count("qhamming_attention"), 12)
        self.assertNotIn("hamming_attention", ops)
        self.assertEqual(isl, {})            # no float island between int8 tensors
        self.assertIsNone(first)
        np.testing.assert_array_equal(out[g["outputs"][0]],
                                      emu[g["outputs"][0]].astype(np.float32))

    def test_linangular_moe(self):
        g, out, emu, isl, first = self.check("la", "DeiT-Tiny LinAngular + MoE2")
        ops = [k["op"] for k in g["nodes"]]
        self.assertEqual(ops.count("qmoe2_linear"), 60)
        self.assertEqual(ops.count("qmatadd_l2norm"), 12)
        self.assertEqual(ops.count("qconv1d_tokens"), 12)
        # no float island feeds a quantize any more: between two int8 tensors only the KSH
        # hash is float (its codes: bits)
        self.assertEqual(isl, {})
        self.assertEqual(sorted({k["op"] for k in g["nodes"]
                                 if "float_reason" in k.get("attrs", {})}), ["ksh_hash"])
        # an integer node never starts a difference (its inputs agree: it agrees)
        self.assertTrue(first is None or first["op"] == "ksh_hash", first)
        if first is None:
            np.testing.assert_array_equal(out[g["outputs"][0]],
                                          emu[g["outputs"][0]].astype(np.float32))


if __name__ == "__main__":
    unittest.main()
