#!/usr/bin/python3
"""Power-of-two int8 quantization (docs/quantization.md, issue 11).

  * kernels: quantize, dequantize, qlinear (i8 and f32 outputs, i32 and
    i64 accumulators) and qadd compiled by vitc equal python/vitc/quant.py
    BIT FOR BIT on random int8 data plus cases built on purpose: every
    residue of the requantization shift (ties of round-half-up, both signs),
    saturation at both ends, left shifts (k <= 0), shifts up to 62, quantize
    ties/saturation, every (a, b) pair of qadd at several exponent triples;
  * model: a seeded torchvision ViT (32x32, patch 8, 2 layers, hidden 32,
    mlp 64, 10 classes) quantized by `vitc quantize` on a random calibration
    batch: weights/exponents/bias equal quant.py's; integer nodes chained
    (fc2 -> residual qadd -> next block's qadd, no dequantize between);
    compiled and run, every integer node's i8 output equals quant.py's op on
    the compiled model's own inputs to it exactly; the logits EQUAL the
    Python emulation of the quantized graph (float islands in float64) and
    are within 0.15 * max|ref| of the fp32 model (the error is printed);
    --keep-float on the adds;
  * the stem integer: the patch embedding conv2d as int8 patches and a qlinear (weights
    chosen on the calibration images' patches), the class token concat and the
    reshapes/transposes on int8, the position embedding add a qadd: no float island;
    bit exact on 1 and 2 threads and for -mcpu=znver2; --keep-float on the conv; convs
    the integer form cannot take (padding, groups, stride != kernel) stay float islands
    with their reason;
  * int4 weights: packed two per byte, unpacked in the qlinear kernel, bit exact
    against quant.qlinear for odd and even K, every code in both nibbles; bad i4
    weights one line;
  * W4A8 and mixed ViTs (`--scheme`) equal the emulation bit for bit;
  * timm: a seeded timm ViT (unfused attention as timm exports it) quantized with its
    attention integer (qattn_scores/qsoftmax/qattn_pv in place of the float chain), bit
    exact against the emulation; --keep-float on one chain keeps that chain float;
  * fast kernels: the packed qlinear (vpdpbusd on a VNNI host, vpmaddwd for -mcpu=znver2
    and -mattr=-avx512vnni, the plain nest with VITC_QDOT=0: the instructions checked in
    the assembly), qsoftmax at many exponents and the attention ops, host and AVX2;
  * bad input to `vitc quantize` / qadd: one line, exit 1, no output files.
Calibration on fixed data (observers, output-error weights, mixed precision, bad
flags): tests/e2e/test_quant_calib.py.
The kernel tests need only NumPy; the model test needs torch/torchvision.

Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_quant.py
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

from vitc import interp, quant, safetensors  # noqa: E402

VITC = os.environ.get("VITC_BIN", os.path.join(ROOT, "vitc"))

try:
    import torch
    import torchvision  # noqa: F401
    HAVE_TORCH = True
except ImportError:
    HAVE_TORCH = False
try:
    import timm  # noqa: F401
    HAVE_TIMM = HAVE_TORCH
except ImportError:
    HAVE_TIMM = False


def vitc(*args, ok=True, env=None):
    r = subprocess.run([VITC] + [str(a) for a in args], capture_output=True, text=True,
                       env=None if env is None else dict(os.environ, **env))
    if ok and r.returncode:
        raise AssertionError("vitc %s: %s" % (" ".join(map(str, args)), r.stderr))
    return r


def write_graph(prefix, inputs, outputs, weights, nodes):
    """prefix.json + prefix.safetensors from weights {name: (dtype, array[, shape])}
    (shape: the declared shape when it is not the array's, as for packed i4)."""
    safetensors.write(prefix + ".safetensors", {k: v[1] for k, v in weights.items()})
    g = {"format": "vitc-graph", "version": 1,
         "weights_file": os.path.basename(prefix) + ".safetensors",
         "inputs": inputs, "outputs": outputs,
         "weights": [{"name": k, "dtype": v[0], "shape": list(v[2] if len(v) > 2 else v[1].shape),
                      "role": "parameter"} for k, v in weights.items()],
         "nodes": nodes}
    with open(prefix + ".json", "w") as f:
        json.dump(g, f)
    return prefix + ".json"


def compile_run(json_path, inputs, tmp, flags=(), env=None, run_flags=()):
    """Compile (with extra "flags" and environment "env") and run (with "run_flags");
    {output name: array}."""
    so = os.path.join(tmp, os.path.basename(json_path)[:-5] + ".so")
    vitc("compile", json_path, "-o", so, *flags, env=env)
    args, outdir = [], os.path.join(tmp, "out-" + os.path.basename(so))
    for name, a in inputs.items():
        p = os.path.join(tmp, "in-%s.npy" % name)
        np.save(p, a)
        args += ["--input", "%s=%s" % (name, p)]
    vitc("run", so, *args, "--output-dir", outdir, *run_flags)
    with open(json_path) as f:
        names = json.load(f)["outputs"]
    return {n: np.load(os.path.join(outdir, n + ".npy")) for n in names}


def quantize_graph(tmp, name, js, calib):
    """`vitc quantize` of the graph "js" calibrated on the array "calib" (saved as
    NAME.calib.npy): the quantized graph's path, its JSON and its nodes by name."""
    p = os.path.join(tmp, name + ".calib.npy")
    np.save(p, calib)
    qj = os.path.join(tmp, name + ".q.json")
    vitc("quantize", js, "--calib", p, "-o", qj)
    with open(qj) as f:
        g = json.load(f)
    return qj, g, {n["name"]: n for n in g["nodes"]}


def quant_exp(g, t):
    """The exponent of int8 tensor t in graph g: from its quantize or its producer."""
    for n in g["nodes"]:
        if t in n["outputs"]:
            at = n["attrs"]
            if n["op"] == "qlut":       # a GELU table: its output's exponent is its user's
                continue
            return at["exponent"] if n["op"] == "quantize" else at["out_exponent"]
    for n in g["nodes"]:
        if t in n["inputs"] and n["op"] == "qlinear":
            return n["attrs"]["x_exponent"]
    raise KeyError(t)


def export_quantize(cls, m, x, seed):
    """Export module m (reference output on x) to cls.tmp/vit, quantize it on 16 random
    images of seed "seed": cls.prefix, cls.calib, cls.qjson, cls.g (the quantized graph),
    cls.fg (the float graph)."""
    from vitc import exporter
    cls.prefix = os.path.join(cls.tmp, "vit")
    exporter.export(m, x, cls.prefix, reference=True)
    cls.calib = os.path.join(cls.tmp, "calib.npy")
    np.save(cls.calib, np.random.RandomState(seed).randn(16, 3, 32, 32).astype(np.float32))
    cls.qjson = os.path.join(cls.tmp, "vit.q.json")
    vitc("quantize", cls.prefix + ".json", "--calib", cls.calib, "-o", cls.qjson)
    with open(cls.qjson) as f:
        cls.g = json.load(f)
    with open(cls.prefix + ".json") as f:
        cls.fg = json.load(f)


class Kernels(unittest.TestCase):
    """qlinear / quantize / dequantize kernels against quant.py, bit for bit."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="vitc-quant-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_qlinear_bit_exact(self):
        rs = np.random.RandomState(11)
        K, ex, ey = 37, -4, 3
        # shifts k = ey - ex - ew: left shifts, no shift, small, large, the limits
        ks = np.array([-31, -5, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 20, 30, 40, 62]
                      + list(rs.randint(-3, 16, size=21)))
        M = len(ks)
        ew = (ey - ex - ks).astype(np.int8)
        w = rs.randint(-128, 128, size=(M, K)).astype(np.int8)
        w[:, 0] = 1                       # one-hot rows below: acc = x0 + b
        b = rs.randint(-3000, 3000, size=M).astype(np.int32)
        small = (ks >= 1) & (ks <= 8)         # the sweep crosses 0: ties of both signs
        b[small] = rs.randint(-100, 100, size=int(small.sum()))
        w[small, 1] = 1
        sweep = np.zeros((3, 256, K), np.int8)
        sweep[:, :, 0] = np.arange(-128, 128)    # acc = b + x0 (+ x1): 3 x 256 consecutive
        sweep[1, :, 1], sweep[2, :, 1] = 127, -128
        sweep = sweep.reshape(-1, K)
        extreme = np.zeros((4, K), np.int8)
        extreme[0, 1:], extreme[1, 1:], extreme[2, 1:], extreme[3, 1:] = 127, -128, -128, 127
        extreme[2, 1::2] = 127
        x = np.concatenate([sweep, extreme, rs.randint(-128, 128, size=(60, K)).astype(np.int8)])
        x = x.reshape(4, -1, K)               # batch 4
        weights = {"w": ("i8", w), "e": ("i8", ew), "b": ("i32", b)}
        nodes = [
            {"name": "q8", "op": "qlinear", "inputs": ["x", "w", "e", "b"], "outputs": ["q8"],
             "attrs": {"x_exponent": ex, "out_exponent": ey}},
            {"name": "qf", "op": "qlinear", "inputs": ["x", "w", "e", "b"], "outputs": ["qf"],
             "attrs": {"x_exponent": ex}},
            {"name": "nb", "op": "qlinear", "inputs": ["x", "w", "e"], "outputs": ["nb"],
             "attrs": {"x_exponent": ex, "out_exponent": ey}}]
        js = write_graph(os.path.join(self.tmp, "ql"),
                         [{"name": "x", "dtype": "i8", "shape": ["N", x.shape[1], K]}],
                         ["q8", "qf", "nb"], weights, nodes)
        out = compile_run(js, {"x": x}, self.tmp)
        acc = quant.accumulate(x, w, b)
        ref8 = quant.qlinear(x, w, ew, b, ex, ey)
        self.assertEqual(out["q8"].dtype, np.int8)
        np.testing.assert_array_equal(out["q8"], ref8)
        np.testing.assert_array_equal(out["qf"], quant.qlinear(x, w, ew, b, ex))
        np.testing.assert_array_equal(out["nb"], quant.qlinear(x, w, ew, None, ex, ey))
        # the data covers what it is meant to: ties of both signs, saturation both ways
        for c, k in enumerate(ks):
            if 1 <= k <= 8:
                a = acc[..., c]
                ties = (a & ((1 << k) - 1)) == (1 << (k - 1))
                self.assertTrue(np.any(ties & (a > 0)) and np.any(ties & (a < 0)), k)
        self.assertTrue(np.any(ref8 == 127) and np.any(ref8 == -128))
        # without the limit channels every shift lies in -23..30 and the bound allows the
        # requantization in i32 (16 lanes): the same integers, also for AVX2 and the plain nest
        sel = (ks >= -23) & (ks <= 30)
        w2, b2 = np.concatenate([w[sel], w[:1]]), np.concatenate([b[sel], b[:1]])
        e2 = np.concatenate([ew[sel], [ey - ex + 23]]).astype(np.int8)    # k = -23
        js2 = write_graph(os.path.join(self.tmp, "ql32"),
                          [{"name": "x", "dtype": "i8", "shape": ["N", x.shape[1], K]}], ["y"],
                          {"w": ("i8", w2), "e": ("i8", e2), "b": ("i32", b2)},
                          [{"name": "y", "op": "qlinear", "inputs": ["x", "w", "e", "b"],
                            "outputs": ["y"], "attrs": {"x_exponent": ex, "out_exponent": ey}}])
        ref32 = quant.qlinear(x, w2, e2, b2, ex, ey)
        for flags, env in (((), None), (("-mcpu=znver2",), None), ((), {"VITC_QDOT": "0"})):
            out = compile_run(js2, {"x": x}, self.tmp, flags, env)
            np.testing.assert_array_equal(out["y"], ref32, "flags %r env %r" % (flags, env))
        self.assertTrue(np.any(ref32 == 127) and np.any(ref32 == -128))

    def test_qlinear_packed_bit_exact(self):
        """The packed dot-product nests (lower/qdot.c): vpdpbusd (u8 x+128, the column sums
        taken back in the bias) on this host with VNNI, vpmaddwd on s16 pairs for AVX2
        (-mcpu=znver2) and AVX-512 without VNNI, and the plain nest (VITC_QDOT=0): all equal
        quant.py, with extreme products, column tails (M = 40) and row tails."""
        rs = np.random.RandomState(23)
        K, M, ex, ey = 64, 40, -3, 2
        w = rs.randint(-128, 128, size=(M, K)).astype(np.int8)
        w[0], w[1], w[2, ::2], w[2, 1::2] = -128, 127, -128, 127
        ew = rs.randint(-6, 0, size=M).astype(np.int8)
        b = rs.randint(-5000, 5000, size=M).astype(np.int32)
        x = rs.randint(-128, 128, size=(2, 7, K)).astype(np.int8)
        x[0, 0], x[0, 1], x[0, 2, ::2], x[0, 2, 1::2] = -128, 127, 127, -128
        js = write_graph(os.path.join(self.tmp, "pk"),
                         [{"name": "x", "dtype": "i8", "shape": ["N", 7, K]}], ["y", "f"],
                         {"w": ("i8", w), "e": ("i8", ew), "b": ("i32", b)},
                         [{"name": "y", "op": "qlinear", "inputs": ["x", "w", "e", "b"],
                           "outputs": ["y"], "attrs": {"x_exponent": ex, "out_exponent": ey}},
                          {"name": "f", "op": "qlinear", "inputs": ["x", "w", "e"],
                           "outputs": ["f"], "attrs": {"x_exponent": ex}}])
        ref = quant.qlinear(x, w, ew, b, ex, ey)
        reff = quant.qlinear(x, w, ew, None, ex)
        self.assertTrue(np.any(ref == 127) and np.any(ref == -128))
        with open("/proc/cpuinfo") as f:
            vnni = " avx512_vnni" in f.read()
        variants = [("host", (), None, "vpdpbusd" if vnni else None),
                    ("avx2", ("-mcpu=znver2",), None, "vpmaddwd"),
                    ("plain", (), {"VITC_QDOT": "0"}, None)]
        if vnni:
            variants.append(("avx512-s16", ("-mattr=-avx512vnni",), None, "vpmaddwd"))
        for tag, flags, env, ins in variants:
            dump = os.path.join(self.tmp, "dump-" + tag)
            out = compile_run(js, {"x": x}, self.tmp, flags + ("--dump-ir", dump), env)
            np.testing.assert_array_equal(out["y"], ref, tag)
            np.testing.assert_array_equal(out["f"], reff, tag)
            with open(os.path.join(dump, "10-model.s")) as f:
                asm = f.read()
            if ins:
                self.assertIn(ins, asm, tag)
            if tag == "plain":
                self.assertNotIn("vpdpbusd", asm)
                self.assertNotIn("vpmaddwd", asm)

    def test_qlinear_output_ptf(self):
        """qlinear's optional PTF input (4): channel j requantized to out_exponent +
        alpha[j] (shift ey + alpha_j - ex - ew_j), equal to quant.qlinear(..., ptf) on the
        packed nest with the requantization fused (host), for AVX2 and on the plain nest;
        alpha outside 0..3 and PTF without out_exponent are one line each."""
        rs = np.random.RandomState(29)
        K, M, ex, ey = 64, 64, -4, -3
        w = rs.randint(-128, 128, size=(M, K)).astype(np.int8)
        ew = rs.randint(-9, -5, size=M).astype(np.int8)
        b = rs.randint(-5000, 5000, size=M).astype(np.int32)
        a = (np.arange(M) % 4).astype(np.int8)
        x = rs.randint(-128, 128, size=(2, 9, K)).astype(np.int8)

        def graph(tag, alpha, attrs):
            return write_graph(os.path.join(self.tmp, tag),
                               [{"name": "x", "dtype": "i8", "shape": ["N", 9, K]}], ["y"],
                               {"w": ("i8", w), "e": ("i8", ew), "b": ("i32", b),
                                "a": ("i8", alpha)},
                               [{"name": "y", "op": "qlinear", "inputs": ["x", "w", "e", "b", "a"],
                                 "outputs": ["y"], "attrs": attrs}])
        js = graph("qptf", a, {"x_exponent": ex, "out_exponent": ey})
        ref = quant.qlinear(x, w, ew, b, ex, ey, a)
        self.assertFalse(np.array_equal(ref, quant.qlinear(x, w, ew, b, ex, ey)))
        self.assertTrue(np.any(ref == 127) and np.any(ref == -128))
        for flags, env in (((), None), (("-mcpu=znver2",), None), ((), {"VITC_QDOT": "0"})):
            out = compile_run(js, {"x": x}, self.tmp, flags, env)
            np.testing.assert_array_equal(out["y"], ref, "flags %r env %r" % (flags, env))
        for tag, alpha, attrs, what in (
                ("qptf4", a * 2, {"x_exponent": ex, "out_exponent": ey}, "expected 0..3"),
                ("qptff", a, {"x_exponent": ex}, "need an int8 output")):
            r = vitc("compile", graph(tag, alpha, attrs), "-o",
                     os.path.join(self.tmp, tag + ".so"), ok=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
            self.assertIn(what, r.stderr)

    def test_qlinear_fused_requant(self):
        """The requantization inside the packed nest (lower/qdot.c, fused_requant: the
        rounding term in the accumulator's start, the last k step requantizes): every
        shift -23..30 (left shifts, 0, ties of both signs at small shifts), one to three
        k steps (K = 4, 8, 12), panels of 64 sharing one accumulator (M = 64, 128) with row
        tails (7 rows), too few rows for the tile (2), no panels (M = 40); on this host, one
        and two threads, AVX2 (-mcpu=znver2) and the plain nest: all equal quant.py."""
        rs = np.random.RandomState(31)
        ex, ey = -3, 2
        ks = list(range(-23, 31))
        cases = {"a": (4, 7, 128), "b": (8, 2, 64), "c": (12, 7, 64), "d": (64, 7, 128),
                 "e": (64, 7, 40)}                    # name: K, rows, M
        inputs, weights, nodes, refs, ties = [], {}, [], {}, set()
        for name, (K, R, M) in cases.items():
            k = np.array([ks[(c * 7 + len(name)) % len(ks)] for c in range(M)])
            ew = (ey - ex - k).astype(np.int8)
            w = rs.randint(-128, 128, size=(M, K)).astype(np.int8)
            w[0], w[1] = -128, 127
            b = rs.randint(-3000, 3000, size=M).astype(np.int32)
            small = (k >= 1) & (k <= 4)            # small sums: ties of both signs
            w[small] = rs.randint(-2, 3, size=(int(small.sum()), K))
            b[small] = rs.randint(-20, 20, size=int(small.sum()))
            x = rs.randint(-128, 128, size=(2, R, K)).astype(np.int8)
            x[0, 0], x[0, 1] = -128, 127
            inputs.append(({"name": "x" + name, "dtype": "i8", "shape": ["N", R, K]}, x))
            weights.update({"w" + name: ("i8", w), "e" + name: ("i8", ew), "b" + name: ("i32", b)})
            nodes.append({"name": "y" + name, "op": "qlinear",
                          "inputs": ["x" + name, "w" + name, "e" + name, "b" + name],
                          "outputs": ["y" + name], "attrs": {"x_exponent": ex, "out_exponent": ey}})
            refs["y" + name] = quant.qlinear(x, w, ew, b, ex, ey)
            acc = quant.accumulate(x, w, b)
            for c in np.nonzero(small)[0]:
                a, kc = acc[..., c], int(k[c])
                t = (a & ((1 << kc) - 1)) == (1 << (kc - 1))
                ties.update(int(np.sign(v)) for v in a[t])
        self.assertTrue({-1, 1} <= ties)          # the data has ties of both signs
        allref = np.concatenate([r.ravel() for r in refs.values()])
        self.assertTrue(np.any(allref == 127) and np.any(allref == -128))
        js = write_graph(os.path.join(self.tmp, "fr"), [i for i, _ in inputs], list(refs),
                         weights, nodes)
        feed = {i["name"]: x for i, x in inputs}
        for tag, flags, env in (("host", (), None), ("host-2", ("--threads", "2"), None),
                                ("avx2", ("-mcpu=znver2",), None),
                                ("plain", (), {"VITC_QDOT": "0"})):
            dump = os.path.join(self.tmp, "dump-" + tag)
            out = compile_run(js, feed, self.tmp, flags + ("--dump-ir", dump), env)
            for n, ref in refs.items():
                np.testing.assert_array_equal(out[n], ref, "%s %s" % (tag, n))
            with open(os.path.join(dump, "03-lower.txt")) as f:
                low = f.read()
            # fused: no epilogue nest, a shift per channel in the nest; plain: the epilogue
            self.assertEqual("rshift32" in low, tag != "plain", tag)
            self.assertEqual("for ej in" in low, tag == "plain", tag)

    def test_qlinear_wide_accumulator(self):
        """Bias and weights that can leave int32: the i64 accumulator, exact."""
        rs = np.random.RandomState(5)
        K, M, ex, ey = 300, 8, -2, 20
        w = np.full((M, K), 127, np.int8)
        w[4:] = -128
        b = np.array([2 ** 31 - 1, -2 ** 31, 2 ** 30, 5, -2 ** 31, 2 ** 31 - 1, 0, -7], np.int32)
        ew = np.full(M, -3, np.int8)
        x = rs.randint(-128, 128, size=(3, 4, K)).astype(np.int8)
        x[0, 0], x[0, 1] = 127, -128
        js = write_graph(os.path.join(self.tmp, "wide"),
                         [{"name": "x", "dtype": "i8", "shape": ["N", 4, K]}], ["y", "f", "l"],
                         {"w": ("i8", w), "e": ("i8", ew), "b": ("i32", b)},
                         [{"name": "y", "op": "qlinear", "inputs": ["x", "w", "e", "b"],
                           "outputs": ["y"], "attrs": {"x_exponent": ex, "out_exponent": ey}},
                          {"name": "f", "op": "qlinear", "inputs": ["x", "w", "e", "b"],
                           "outputs": ["f"], "attrs": {"x_exponent": ex}},
                          {"name": "l", "op": "qlinear", "inputs": ["x", "w", "e", "b"],
                           "outputs": ["l"], "attrs": {"x_exponent": ex, "out_exponent": -36}}])
        out = compile_run(js, {"x": x}, self.tmp)
        acc = quant.accumulate(x, w, b)                  # int64, exact
        self.assertTrue(np.any(np.abs(acc) >= 2 ** 31))
        np.testing.assert_array_equal(out["y"], quant.requant(acc, ey - ex - ew.astype(np.int64)))
        # left shift by 31 of accumulators beyond int32 (the i64 path): saturates
        np.testing.assert_array_equal(out["l"], quant.requant(acc, -36 - ex - ew.astype(np.int64)))
        self.assertTrue(np.all(-36 - ex - ew == -31))
        scale = np.ldexp(np.float32(1), (ex + ew.astype(np.int64))).astype(np.float32)
        np.testing.assert_array_equal(out["f"], acc.astype(np.float32) * scale)

    def test_qlinear_i4_bit_exact(self):
        """int4 weights (packed two per byte, unpacked in the kernel) for odd and even K:
        i8 and f32 outputs equal quant.qlinear on the unpacked codes, every code -8..7 in
        every nibble position.  Every form of the nest: the plain one (odd K, VITC_QDOT=0),
        vpdpbusd on a VNNI host, and without VNNI the 16-bit sums of K_DOT_P16 (lower/qdot.c:
        vpmaddubsw for AVX2 and AVX-512BW, shifts and masks for x86-64 without SSSE3) with
        chains of 8 quads (K = 64, 96), 2 (K = 40) and 1 (K = 36), against s16 pairs
        (VITC_QDOT=s16); the weights as nibbles in memory where K is a multiple of 8
        (the unsigned factor w + 8, the rows' sums of x taken back: with VNNI, and for
        P16 with VITC_QDOT=nib) and as bytes (x + 128 the unsigned factor: P16, and
        VNNI with VITC_QDOT=bytes).  The extremes of the 16-bit sums
        are in: rows of x = 127 and -128 against channels of -8 and of 7."""
        rs = np.random.RandomState(4)
        with open("/proc/cpuinfo") as f:
            cpu = f.read()
        vnni, avx512 = " avx512_vnni" in cpu, " avx512bw" in cpu
        for K in (37, 64, 96, 40, 36):
            M, ex, ey = (24 if K % 8 else 20), -3, 0
            w = rs.randint(-8, 8, size=(M, K)).astype(np.int8)
            w[0, :16] = np.arange(-8, 8)
            w[1, 1:17] = np.arange(-8, 8)                # the other nibble of each byte
            w[2, :] = -8
            w[3, :] = 7
            ew = rs.randint(-9, -2, size=M).astype(np.int8)
            ew[2:4] = -13                                # keep the extreme rows unsaturated
            b = rs.randint(-5000, 5000, size=M).astype(np.int32)
            packed = quant.pack_i4(w)
            self.assertEqual(packed.size, (M * K + 1) // 2)
            np.testing.assert_array_equal(quant.unpack_i4(packed, w.shape), w)
            weights = {"w": ("i4", packed, [M, K]), "e": ("i8", ew), "b": ("i32", b)}
            nodes = [
                {"name": "q8", "op": "qlinear", "inputs": ["x", "w", "e", "b"], "outputs": ["q8"],
                 "attrs": {"x_exponent": ex, "out_exponent": ey}},
                {"name": "qf", "op": "qlinear", "inputs": ["x", "w", "e", "b"], "outputs": ["qf"],
                 "attrs": {"x_exponent": ex}}]
            js = write_graph(os.path.join(self.tmp, "q4_%d" % K),
                             [{"name": "x", "dtype": "i8", "shape": ["N", 5, K]}], ["q8", "qf"],
                             weights, nodes)
            x = rs.randint(-128, 128, size=(3, 5, K)).astype(np.int8)
            x[0, 0] = 127
            x[0, 1] = -128
            acc_args = (x.astype(np.int64), w.astype(np.int64), ew.astype(np.int64),
                        b.astype(np.int64), ex)
            ref8, reff = quant.qlinear(*acc_args, ey), quant.qlinear(*acc_args)
            self.assertEqual(reff[0, 0, 2], (-8 * 127 * K + b[2]) * 2.0 ** (ex + ew[2]))
            p16 = K % 4 == 0
            variants = [("host", (), None, "vpdpbusd" if vnni and p16 else None),
                        ("avx2", ("-mcpu=znver2",), None, "vpmaddubsw" if p16 else None),
                        ("avx2-s16", ("-mcpu=znver2",), {"VITC_QDOT": "s16"},
                         "vpmaddwd" if K % 2 == 0 else None),
                        ("sse2", ("-mcpu=x86-64", "--threads", "2"), None, None),
                        ("plain", (), {"VITC_QDOT": "0"}, None),
                        ("host-bytes", (), {"VITC_QDOT": "bytes"}, None),
                        ("avx2-nib", ("-mcpu=znver2",), {"VITC_QDOT": "nib"},
                         "vpmaddubsw" if p16 else None)]
            if avx512:
                variants.append(("avx512bw", ("-mattr=-avx512vnni",), None,
                                 "vpmaddubsw\t%zmm" if p16 else None))
            for tag, flags, env, ins in variants:
                dump = os.path.join(self.tmp, "dump4-%s-%d" % (tag, K))
                out = compile_run(js, {"x": x}, self.tmp, flags + ("--dump-ir", dump), env)
                np.testing.assert_array_equal(out["q8"], ref8, "%s K %d" % (tag, K))
                np.testing.assert_array_equal(out["qf"], reff, "%s K %d" % (tag, K))
                with open(os.path.join(dump, "10-model.s")) as f:
                    asm = f.read()
                if ins:
                    self.assertTrue(ins in asm, "%s K %d: no %s" % (tag, K, ins))
                if tag in ("plain", "avx2-s16", "sse2"):
                    self.assertNotIn("vpmaddubsw", asm, tag)
                if tag == "sse2":
                    self.assertNotIn("pmaddubsw", asm, tag)
                # K a multiple of 8: the int4 weights stay nibbles in memory (two quads an
                # i32, unpacked by and/shift in the nest) with vpdpbusd, and for P16 only
                # with VITC_QDOT=nib
                with open(os.path.join(dump, "04-memplan.txt")) as f:
                    nib = "w.nib" in f.read()
                self.assertEqual(nib, K % 8 == 0 and (tag == "avx2-nib" or
                                                      (tag == "host" and vnni)),
                                 "%s K %d" % (tag, K))
            emu = interp.run(js, {"x": x})             # interp unpacks i4 weights too
            np.testing.assert_array_equal(out["q8"], emu[0])

    def test_i4_bad(self):
        """An i4 weight stored with the wrong byte count, or i4 where i8 is needed: one line."""
        K, M = 5, 3
        for name, weights, what in (
                ("short", {"w": ("i4", np.zeros(7, np.uint8), [M, K]), "e": ("i8", np.zeros(M, np.int8))},
                 "shape [7] does not match [8]"),
                ("exp4", {"w": ("i4", np.zeros(8, np.uint8), [M, K]), "e": ("i4", np.zeros(2, np.uint8), [M])},
                 "has dtype i4, expected i8")):
            js = write_graph(os.path.join(self.tmp, name),
                             [{"name": "x", "dtype": "i8", "shape": ["N", K]}], ["y"], weights,
                             [{"name": "y", "op": "qlinear", "inputs": ["x", "w", "e"],
                               "outputs": ["y"], "attrs": {"x_exponent": 0, "out_exponent": 0}}])
            r = vitc("compile", js, "-o", os.path.join(self.tmp, name + ".so"), ok=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
            self.assertIn(what, r.stderr)
            self.assertFalse(os.path.exists(os.path.join(self.tmp, name + ".so")))

    def test_quantize_dequantize(self):
        e = -3
        ties = (np.arange(-140, 140) + 0.5) * 2.0 ** e          # every half step
        special = np.array([0.0, -0.0, 1e-30, -1e-30, 1e30, -1e30, 15.9375, -16.0,
                            15.99, -16.06, 2.0 ** -4, -(2.0 ** -4)])
        rs = np.random.RandomState(3)
        x = np.concatenate([ties, special, rs.randn(2 * 400 - len(ties) - len(special)) * 10])
        x = x.astype(np.float32).reshape(2, 400)
        js = write_graph(os.path.join(self.tmp, "qd"),
                         [{"name": "x", "dtype": "f32", "shape": ["N", 400]}], ["q", "d"], {},
                         [{"name": "q", "op": "quantize", "inputs": ["x"], "outputs": ["q"],
                           "attrs": {"exponent": e}},
                          {"name": "d", "op": "dequantize", "inputs": ["q"], "outputs": ["d"],
                           "attrs": {"exponent": e}}])
        out = compile_run(js, {"x": x}, self.tmp)
        ref = quant.quantize(x, e)
        np.testing.assert_array_equal(out["q"], ref)
        np.testing.assert_array_equal(out["d"], quant.dequantize(ref, e))
        self.assertTrue(np.any(ref == 127) and np.any(ref == -128))
        # with PTF offsets: exponent e + alpha[c] along the last axis; ties at each scale
        alpha = (np.arange(400) % 4).astype(np.int8)
        xp = np.concatenate([(np.arange(-140, 140) + 0.5)[None, :400] * 2.0 ** (e + alpha[:280]),
                             rs.randn(1, 120) * 40], 1)
        xp = np.concatenate([xp, x[:1]]).astype(np.float32)
        js = write_graph(os.path.join(self.tmp, "qdp"),
                         [{"name": "x", "dtype": "f32", "shape": ["N", 400]}], ["q", "d"],
                         {"a": ("i8", alpha)},
                         [{"name": "q", "op": "quantize", "inputs": ["x", "a"], "outputs": ["q"],
                           "attrs": {"exponent": e}},
                          {"name": "d", "op": "dequantize", "inputs": ["q", "a"],
                           "outputs": ["d"], "attrs": {"exponent": e}}])
        out = compile_run(js, {"x": xp}, self.tmp)
        ref = quant.quantize(xp, e + alpha.astype(np.int64))
        np.testing.assert_array_equal(out["q"], ref)
        np.testing.assert_array_equal(out["d"], quant.dequantize(ref, e + alpha.astype(np.int64)))
        self.assertTrue(np.any(ref == 127) and np.any(ref == -128))
        bad = alpha.copy()
        bad[5] = 4
        js = write_graph(os.path.join(self.tmp, "qdb"),
                         [{"name": "x", "dtype": "f32", "shape": ["N", 400]}], ["q"],
                         {"a": ("i8", bad)},
                         [{"name": "q", "op": "quantize", "inputs": ["x", "a"], "outputs": ["q"],
                           "attrs": {"exponent": e}}])
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "qdb.so"), ok=False)
        self.assertEqual(r.returncode, 1)
        self.assertIn("PTF offset 'a'[5] is 4, expected 0..3", r.stderr)

    def test_qadd_bit_exact(self):
        """qadd: every (a, b) pair for several exponent triples: alignment by left shifts,
        right shifts with ties of both signs, left-shifted outputs, saturation both ways."""
        a = np.repeat(np.arange(-128, 128), 256).astype(np.int8).reshape(2, 256, 128)
        b = np.tile(np.arange(-128, 128), 256).astype(np.int8).reshape(2, 256, 128)
        cases = [(-5, -5, -4), (-8, -5, -5), (-5, -6, -4), (-3, -3, -6), (0, -31, 5),
                 (-7, -2, -2), (4, 1, 1 + 62), (-2, -9, -9 - 31)]
        nodes = [{"name": "y%d" % i, "op": "qadd", "inputs": ["a", "b"], "outputs": ["y%d" % i],
                  "attrs": {"a_exponent": ea, "b_exponent": eb, "out_exponent": ey}}
                 for i, (ea, eb, ey) in enumerate(cases)]
        js = write_graph(os.path.join(self.tmp, "qa"),
                         [{"name": "a", "dtype": "i8", "shape": ["N", 256, 128]},
                          {"name": "b", "dtype": "i8", "shape": ["N", 256, 128]}],
                         [n["name"] for n in nodes], {}, nodes)
        # the first six in i32 (shifts within -23..30, alignment <= 22), the last two in i64
        outs = [compile_run(js, {"a": a, "b": b}, self.tmp, flags)
                for flags in ((), ("-mcpu=znver2",))]
        for i, (ea, eb, ey) in enumerate(cases):
            ref = quant.qadd(a, b, ea, eb, ey)
            for out in outs:
                self.assertEqual(out["y%d" % i].dtype, np.int8)
                np.testing.assert_array_equal(out["y%d" % i], ref, str(cases[i]))
            exact = a.astype(np.float64) * 2.0 ** ea + b.astype(np.float64) * 2.0 ** eb
            # one rounding (half up) of the exact sum, then saturation
            want = np.clip(np.floor(exact * 2.0 ** -ey + 0.5), -128, 127)
            np.testing.assert_array_equal(ref, want, str(cases[i]))
        exact = a.astype(np.int64) * 8 + b.astype(np.int64)        # case 1 at 2^-8
        ties = (exact % 8) == 4
        self.assertTrue(np.any(ties & (exact > 0)) and np.any(ties & (exact < 0)))
        r1 = quant.qadd(a, b, -8, -5, -5)
        self.assertTrue(np.any(r1 == 127) and np.any(r1 == -128))

    def test_qadd_bad(self):
        for at, what in (({"a_exponent": 0, "b_exponent": -32, "out_exponent": 0},
                          "differ by more than 31"),
                         ({"a_exponent": 0, "b_exponent": 0, "out_exponent": -32},
                          "-> -32: the output shift is outside -31..62"),
                         ({"a_exponent": 0, "b_exponent": 0}, "missing attribute 'out_exponent'")):
            js = write_graph(os.path.join(self.tmp, "qab"),
                             [{"name": "a", "dtype": "i8", "shape": ["N", 4]},
                              {"name": "b", "dtype": "i8", "shape": ["N", 4]}], ["y"], {},
                             [{"name": "y", "op": "qadd", "inputs": ["a", "b"], "outputs": ["y"],
                               "attrs": at}])
            r = vitc("compile", js, "-o", os.path.join(self.tmp, "qab.so"), ok=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertIn(what, r.stderr)
            self.assertIn("'y'", r.stderr)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1)
        js = write_graph(os.path.join(self.tmp, "qas"),
                         [{"name": "a", "dtype": "i8", "shape": ["N", 4]},
                          {"name": "b", "dtype": "i8", "shape": ["N", 5]}], ["y"], {},
                         [{"name": "y", "op": "qadd", "inputs": ["a", "b"], "outputs": ["y"],
                           "attrs": {"a_exponent": 0, "b_exponent": 0, "out_exponent": 0}}])
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "qas.so"), ok=False)
        self.assertEqual(r.returncode, 1)
        self.assertIn("input 1 'b' has shape [N,5], expected [N,4]", r.stderr)
        # Log-Int-Softmax at too fine a scale: its row sums could leave int64
        js = write_graph(os.path.join(self.tmp, "lis"),
                         [{"name": "x", "dtype": "i8", "shape": ["N", 40]}], ["y"], {},
                         [{"name": "y", "op": "qsoftmax", "inputs": ["x"], "outputs": ["y"],
                           "attrs": {"exponent": -20}}])
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "lis.so"), ok=False)
        self.assertEqual(r.returncode, 1)
        self.assertIn("node 'y' (qsoftmax): exponent -20: the integer exponentials of 40 keys "
                      "could leave int64", r.stderr)
        self.assertRaises(ValueError, quant.qsoftmax, np.zeros((2, 40)), -20)

    def test_qlayernorm_bit_exact(self):
        """qlayernorm with and without PTF offsets against quant.qlayernorm, bit for bit:
        random rows, constant rows (D = 0 without eps), rows at the int8 limits, channels
        whose output is an exact tie (g = 0, b = +-2^15 (2k+1)), saturation both ways; and
        the result is the float LayerNorm of the dequantized input within its rounding."""
        rs = np.random.RandomState(7)
        C, F = 48, quant.QLN_FRAC
        x = rs.randint(-128, 128, size=(3, 20, C)).astype(np.int8)
        x[0, 0], x[0, 1], x[0, 2] = 5, 127, -128          # constant rows
        x[0, 3, ::2], x[0, 3, 1::2] = 127, -128            # extremes
        x[0, 4] = np.arange(C) - 24
        alpha = rs.randint(0, 4, size=C).astype(np.int8)
        g = rs.randint(-40 << F, 40 << F, size=C).astype(np.int32)
        b = rs.randint(-60 << F, 60 << F, size=C).astype(np.int32)
        g[:6] = 0
        b[:6] = np.array([1, -1, 3, -3, 255, -257]) << (F - 1)    # y = b/2^16 exactly +-0.5
        g[6], g[7] = 2 ** 31 - 1, -2 ** 31                  # saturation
        nodes = [{"name": "y0", "op": "qlayernorm", "inputs": ["x", "g", "b", "a"],
                  "outputs": ["y0"], "attrs": {"out_exponent": -3, "eps_q": 0}},
                 {"name": "y1", "op": "qlayernorm", "inputs": ["x", "g", "b"],
                  "outputs": ["y1"], "attrs": {"out_exponent": -3, "eps_q": 12345}}]
        js = write_graph(os.path.join(self.tmp, "qln"),
                         [{"name": "x", "dtype": "i8", "shape": ["N", 20, C]}], ["y0", "y1"],
                         {"g": ("i32", g), "b": ("i32", b), "a": ("i8", alpha)}, nodes)
        r0 = quant.qlayernorm(x, g, b, 0, alpha)
        r1 = quant.qlayernorm(x, g, b, 12345)
        for flags in ((), ("-mcpu=znver2",)):
            out = compile_run(js, {"x": x}, self.tmp, flags)
            np.testing.assert_array_equal(out["y0"], r0, "flags %r" % (flags,))
            np.testing.assert_array_equal(out["y1"], r1, "flags %r" % (flags,))
        # the row sums in i32 up to 2047 channels (S2 <= 2047 * 2^20 at the PTF limit, a
        # vector tail at 2047), in i64 from 2048
        for C2 in (2047, 2048):
            x2 = rs.randint(-128, 128, size=(1, 4, C2)).astype(np.int8)
            x2[0, 0] = -128
            x2[0, 1, ::2] = -128
            a2 = np.full(C2, 3, np.int8)
            a2[::5] = rs.randint(0, 4, size=len(a2[::5]))
            a2[:] = np.where(np.arange(C2) < C2 // 2, 3, a2)
            g2 = rs.randint(-40 << F, 40 << F, size=C2).astype(np.int32)
            b2 = rs.randint(-60 << F, 60 << F, size=C2).astype(np.int32)
            js2 = write_graph(os.path.join(self.tmp, "qln%d" % C2),
                              [{"name": "x", "dtype": "i8", "shape": ["N", 4, C2]}], ["y"],
                              {"g": ("i32", g2), "b": ("i32", b2), "a": ("i8", a2)},
                              [{"name": "y", "op": "qlayernorm", "inputs": ["x", "g", "b", "a"],
                                "outputs": ["y"], "attrs": {"out_exponent": -3, "eps_q": 7}}])
            out2 = compile_run(js2, {"x": x2}, self.tmp)
            np.testing.assert_array_equal(out2["y"], quant.qlayernorm(x2, g2, b2, 7, a2),
                                          "C = %d" % C2)
        # C = 1024 (the f32 estimate and its exact i64 correction, lower/quant.c
        # qln_estimate) with weights up to 2^29 and up to 2^31 - 1 (where the estimate's
        # error exceeds 1 and only saturated outputs may have it), rows of every kind:
        # random, constant, extremes, one outlier (|A| = g sqrt(C - 1) / 2^16, its
        # largest), small spread; ties from b = +-3 2^15 where g = 0
        C3 = 1024
        x3 = rs.randint(-128, 128, size=(1, 6, C3)).astype(np.int8)
        x3[0, 1] = -7
        x3[0, 2, ::2], x3[0, 2, 1::2] = 127, -128
        x3[0, 3] = 0
        x3[0, 3, 5] = 127
        x3[0, 4] = rs.randint(-2, 3, size=C3)
        for tag, gm in (("g2^29", 1 << 29), ("g2^31", 2 ** 31 - 1)):
            g3 = rs.randint(-gm, gm, size=C3, dtype=np.int64)
            g3[:4] = [gm, -gm, 0, 0]
            g3[8:16] = rs.randint(-40 << F, 40 << F, size=8)
            b3 = rs.randint(-60 << F, 60 << F, size=C3).astype(np.int64)
            b3[2:4] = np.array([3, -3]) << (F - 1)
            b3[4:6] = [2 ** 31 - 1, -2 ** 31]
            a3 = rs.randint(0, 4, size=C3).astype(np.int8)
            js3 = write_graph(os.path.join(self.tmp, "qln_" + tag),
                              [{"name": "x", "dtype": "i8", "shape": ["N", 6, C3]}], ["y"],
                              {"g": ("i32", g3.astype(np.int32)),
                               "b": ("i32", b3.astype(np.int32)), "a": ("i8", a3)},
                              [{"name": "y", "op": "qlayernorm", "inputs": ["x", "g", "b", "a"],
                                "outputs": ["y"], "attrs": {"out_exponent": -3, "eps_q": 3}}])
            ref3 = quant.qlayernorm(x3, g3, b3, 3, a3)
            self.assertGreater(len(np.unique(ref3)), 100, tag)
            for flags in ((), ("-mcpu=znver2",)):
                out3 = compile_run(js3, {"x": x3}, self.tmp, flags)
                np.testing.assert_array_equal(out3["y"], ref3, "%s %r" % (tag, flags))
        self.assertTrue(np.all(r0[..., 0] == 1) and np.all(r0[..., 1] == 0))    # +-0.5 ties
        self.assertTrue(np.all(r0[..., 2] == 2) and np.all(r0[..., 3] == -1))
        self.assertTrue(np.all(r0[..., 4] == 127) and np.all(r0[..., 5] == -128))
        self.assertTrue(np.any(r0[..., 6] == 127) and np.any(r0[..., 6] == -128))
        # against the float LayerNorm of X (eps 0): within 1 (the half-up rounding of
        # the exact value, plus the isqrt's floor), except where it saturates
        X = x.astype(np.float64) * 2.0 ** alpha
        mu, sd = X.mean(-1, keepdims=True), X.std(-1, keepdims=True)
        ok = sd[..., 0] > 0
        ref = (X - mu) / np.where(sd > 0, sd, 1) * (g / 2.0 ** F) + b / 2.0 ** F
        inside = (np.abs(ref) < 127) & ok[..., None]
        self.assertLessEqual(float(np.abs(r0 - ref)[inside].max()), 1.0)

    def test_integer_attention_bit_exact(self):
        """qattn_scores, qsoftmax (Log-Int-Softmax) and qattn_pv against quant.py bit for
        bit: random q|k|v, a token at +-127 (saturated scores), equal rows (tied codes),
        rows whose spread masks keys (code 16), a dominant key (code 0), an odd number of
        keys (qattn_pv pairs keys); LIS codes within 1.5 of -log2 of the float softmax of the
        same integer scores; also for AVX2 (-mcpu=znver2), SSE2 and AVX-512 without VNNI."""
        rs = np.random.RandomState(9)
        N, L, H, d = 2, 11, 2, 16
        D = H * d
        qkv = rs.randint(-128, 128, size=(N, L, 3 * D)).astype(np.int8)
        qkv[0, 0] = 127
        qkv[0, 1, :D], qkv[0, 1, D:2 * D] = -128, 127
        qkv[1, :3] = qkv[1, 3]                            # equal tokens: equal scores
        e, es, ec = -5, -3, -4
        sc = rs.randint(-128, 128, size=(N, 3, 40)).astype(np.int8)
        sc[0, 0] = np.arange(40) * 6 - 128                  # spread: masked keys
        sc[0, 1] = 7                                        # all equal
        sc[0, 2, :20], sc[0, 2, 20:] = 127, -128
        nodes = [{"name": "s", "op": "qattn_scores", "inputs": ["qkv"], "outputs": ["s"],
                  "attrs": {"num_heads": H, "qkv_exponent": e, "out_exponent": es}},
                 {"name": "p", "op": "qsoftmax", "inputs": ["s"], "outputs": ["p"],
                  "attrs": {"exponent": es}},
                 {"name": "o", "op": "qattn_pv", "inputs": ["p", "qkv"], "outputs": ["o"],
                  "attrs": {"num_heads": H, "qkv_exponent": e, "out_exponent": ec}},
                 {"name": "p2", "op": "qsoftmax", "inputs": ["sc"], "outputs": ["p2"],
                  "attrs": {"exponent": -4}}]
        js = write_graph(os.path.join(self.tmp, "qat"),
                         [{"name": "qkv", "dtype": "i8", "shape": ["N", L, 3 * D]},
                          {"name": "sc", "dtype": "i8", "shape": ["N", 3, 40]}],
                         ["s", "p", "o", "p2"], {}, nodes)
        s_ref = quant.qattn_scores(qkv, H, e, es)
        p_ref = quant.qsoftmax(s_ref, es)
        p2 = quant.qsoftmax(sc, -4)
        # without VNNI the s16 scores pad the 11 keys to whole vectors (16 for AVX2 and
        # AVX-512, 12 for SSE)
        # on 2 threads the [n, h, l] preparation, row-tile and requantization loops run
        # fused over the threads (3 heads do not divide over 2)
        for flags in ((), ("-mcpu=znver2",), ("-mcpu=x86-64",),
                      ("-mattr=-avx512vnni,-avxvnni",), ("--threads", "2"),
                      ("--threads", "2", "-mcpu=znver2")):
            run_flags = ("--threads", "2") if "--threads" in flags else ()
            out = compile_run(js, {"qkv": qkv, "sc": sc}, self.tmp, flags, run_flags=run_flags)
            msg = "flags %r" % (flags,)
            np.testing.assert_array_equal(out["s"], s_ref, msg)
            np.testing.assert_array_equal(out["p"], p_ref, msg)
            np.testing.assert_array_equal(out["o"], quant.qattn_pv(p_ref, qkv, H, e, ec), msg)
            np.testing.assert_array_equal(out["p2"], p2, msg)
        # 3 heads on 2 threads: the row tiles of all heads and images in one parallel loop
        H3, L3 = 3, 13
        qkv3 = rs.randint(-128, 128, size=(2, L3, 3 * H3 * d)).astype(np.int8)
        js3 = write_graph(os.path.join(self.tmp, "qat3"),
                          [{"name": "qkv", "dtype": "i8", "shape": ["N", L3, 3 * H3 * d]}],
                          ["s", "o"], {},
                          [dict(nodes[0], attrs=dict(nodes[0]["attrs"], num_heads=H3)),
                           nodes[1],
                           dict(nodes[2], attrs=dict(nodes[2]["attrs"], num_heads=H3))])
        s3 = quant.qattn_scores(qkv3, H3, e, es)
        o3 = quant.qattn_pv(quant.qsoftmax(s3, es), qkv3, H3, e, ec)
        for flags in (("--threads", "2"), ("--threads", "2", "-mcpu=znver2")):
            out = compile_run(js3, {"qkv": qkv3}, self.tmp, flags, run_flags=("--threads", "2"))
            np.testing.assert_array_equal(out["s"], s3, "3 heads %r" % (flags,))
            np.testing.assert_array_equal(out["o"], o3, "3 heads %r" % (flags,))
        dump = os.path.join(self.tmp, "qat-dump")
        vitc("compile", js3, "-o", os.path.join(self.tmp, "qat3.so"), "--threads", "2",
             "-mcpu=znver2", "--dump-ir", dump)
        with open(os.path.join(dump, "07-ast.c")) as f:
            ast = f.read()
        for loop in ("qn.qh.ql", "kn.kh.kg", "n.h.i.o", "en.eh.ei", "zn.zh.zl", "pn.ph.pl"):
            pat = (r"#pragma parallel\n\s*for \(int c0 = 0; c0 < \d+ \* N; c0 \+= 1\)"
                   r"(?: \{)?  // %s\n" % re.escape(loop))
            self.assertTrue(re.search(pat, ast), "no parallel loop %s in the AST" % loop)
        self.assertTrue(np.any(s_ref == 127) and np.any(s_ref == -128))
        self.assertTrue(np.any(p_ref == 0) and np.any(p_ref == quant.LIS_ZERO))  # p = 2^15, 0
        self.assertTrue(np.any(p2 == quant.LIS_ZERO) and np.all(p2[0, 1] == p2[0, 1, 0]))
        self.assertGreater(len(np.unique(out["o"])), 20)
        # the codes are -log2 of the softmax rounded at 1.5 * 2^f (log_round), after
        # i-exp's polynomial: within 1.5 where p > 2^-14
        pf = np.exp(sc.astype(np.float64) * 2.0 ** -4)
        pf /= pf.sum(-1, keepdims=True)
        big = pf > 2.0 ** -14
        self.assertLessEqual(float(np.abs(p2[big] + np.log2(pf[big])).max()), 1.5)
        self.assertTrue(np.all(p2[pf < 2.0 ** -17] == quant.LIS_ZERO))

    def test_qattn_pv_masked_keys(self):
        """qattn_pv's weight of code 16 (a masked key: 0) and of the other codes
        (2^(15 - code), code 0 as 2^15) where they matter: 301 and 31 keys, most of them masked,
        v at +-127, so that a masked key weighted like code 15 (1) would move the output
        by about 301 * 127 / 2^12, 9 steps at 301 keys, and one of code 0 misweighted by one bit would
        move it by 2^14 * 127 / 2^12 (at most one code 0 per row, as qsoftmax gives); odd
        key counts (the s16 pairing's single last key),
        on the host, AVX2 (-mcpu=znver2) and the plain nest on 2 threads."""
        rs = np.random.RandomState(13)
        N, H, d = 2, 2, 16
        D = H * d
        e, ec = -5, -8
        for L in (301, 31):
            qkv = rs.randint(-128, 128, size=(N, L, 3 * D)).astype(np.int8)
            qkv[..., 2 * D:] = np.where(rs.rand(N, L, D) < 0.8, 127, -127)
            codes = np.full((N, H, L, L), quant.LIS_ZERO, np.int8)
            live = rs.rand(N, H, L, L) < 0.02
            codes[live] = rs.randint(1, 16, size=int(live.sum()))
            # code 0 (p >= 2^-0.5) at most once per row, as qsoftmax makes it (the
            # kernel packs it as 2^14 and adds the other half in its epilogue)
            codes[0, 0, :, 0] = 0
            codes[1, 1, 3] = rs.randint(1, 17, size=L)
            codes[1, 1, 3, L // 2] = 0
            js = write_graph(os.path.join(self.tmp, "pv%d" % L),
                             [{"name": "c", "dtype": "i8", "shape": ["N", H, L, L]},
                              {"name": "qkv", "dtype": "i8", "shape": ["N", L, 3 * D]}],
                             ["o"], {},
                             [{"name": "o", "op": "qattn_pv", "inputs": ["c", "qkv"],
                               "outputs": ["o"], "attrs": {"num_heads": H, "qkv_exponent": e,
                                                           "out_exponent": ec}}])
            ref = quant.qattn_pv(codes, qkv, H, e, ec)
            # the test can see a wrong code-16 weight: as code 15 the result differs
            wrong = quant.qattn_pv(np.where(codes == quant.LIS_ZERO, 15, codes), qkv, H, e, ec)
            if L > 300:
                self.assertGreater(int(np.abs(wrong.astype(int) - ref).max()), 2)
            self.assertGreater(len(np.unique(ref)), 20, "L %d" % L)
            for flags, env in (((), None), (("-mcpu=znver2",), None),
                               (("--threads", "2"), {"VITC_QDOT": "0"})):
                out = compile_run(js, {"c": codes, "qkv": qkv}, self.tmp, flags, env=env)
                np.testing.assert_array_equal(out["o"], ref, "L %d flags %r env %r"
                                              % (L, flags, env))

    def test_qsoftmax_exponents(self):
        """qsoftmax (its division-free S / e: an f32 estimate corrected exactly) against
        quant.py on 1000 random rows at exponents from -10 to 0, rows of 197 keys (one
        vector tail) and of 5; also for AVX2 (-mcpu=znver2)."""
        rs = np.random.RandomState(31)
        cases = [(es, 197) for es in (-10, -8, -6, -5, -4, -3, -2, 0)] + [(-9, 5), (-1, 5)]
        nodes, ins, feeds = [], [], {}
        for i, (es, L) in enumerate(cases):
            nm = "s%d_%d" % (i, L)
            a = rs.randint(-128, 128, size=(100, L)).astype(np.int8)
            a[:30] = np.clip(a[:30] // 16 + 100, -128, 127)    # near ties: many close keys
            feeds[nm] = a
            ins.append({"name": nm, "dtype": "i8", "shape": ["N", L]})
            nodes.append({"name": "p" + nm, "op": "qsoftmax", "inputs": [nm],
                          "outputs": ["p" + nm], "attrs": {"exponent": es}})
        js = write_graph(os.path.join(self.tmp, "sm"), ins, [n["name"] for n in nodes], {},
                         nodes)
        for flags in ((), ("-mcpu=znver2",)):
            out = compile_run(js, feeds, self.tmp, flags)
            for n in nodes:
                np.testing.assert_array_equal(
                    out[n["name"]], quant.qsoftmax(feeds[n["inputs"][0]], n["attrs"]["exponent"]),
                    "%s %s" % (n["name"], flags))

    def test_qsoftmax_thresholds(self):
        """qsoftmax's per-row thresholds (lower/qattn.c qsoftmax_thresholds: codes counted
        as w_j <= Q_c) against quant.py at every exponent they take that the row length
        allows (-12..-4: the i32 and the i64 row sums, 2 to 16 thresholds), rows of 197,
        33, 17 (tails of 16-lane and 8-lane vectors), 2 and 1 keys, built to reach every
        code 0..16: one key alone at the top (code 0), rows spread over the whole int8
        range, two levels 255 apart (with 2 keys: the largest code span a row allows),
        near ties; also for AVX2 (-mcpu=znver2) and on 2 threads."""
        rs = np.random.RandomState(5)
        cases = [(es, L) for es in range(-10, -3) for L in (197, 33)] + [
            (-12, 33), (-11, 17), (-8, 17), (-5, 17), (-8, 1)] + [(es, 2) for es in range(-12, -3)]
        nodes, ins, feeds = [], [], {}
        for i, (es, L) in enumerate(cases):
            nm = "t%d_%d" % (i, L)
            a = rs.randint(-128, 128, size=(64, L)).astype(np.int8)
            a[:8] = np.clip(a[:8] // 16 + 100, -128, 127)  # near ties
            a[8:16] = -128
            a[8:16, rs.randint(0, L, 8)] = 127               # one key alone: code 0
            for r in range(16, 32):                          # spread over -128..127
                a[r] = np.round(np.linspace(-128, 127, L) * (r - 15) / 16).astype(np.int8)
                rs.shuffle(a[r])
            a[32:40] = 127                                   # two levels 255 apart
            a[32:40, :max(1, L // (1 + rs.randint(1, 40)))] = -128
            a[40:48] = rs.randint(-128, 128, size=(8, 1)).astype(np.int8)  # all equal
            feeds[nm] = a.reshape(4, 16, L)                 # 16 rows a batch: threaded
            ins.append({"name": nm, "dtype": "i8", "shape": ["N", 16, L]})
            nodes.append({"name": "p" + nm, "op": "qsoftmax", "inputs": [nm],
                          "outputs": ["p" + nm], "attrs": {"exponent": es}})
        js = write_graph(os.path.join(self.tmp, "th"), ins, [n["name"] for n in nodes], {},
                         nodes)
        seen = set()
        for flags, threads in (((), "1"), ((), "2"), (("-mcpu=znver2",), "2")):
            out = compile_run(js, feeds, self.tmp, flags, run_flags=("--threads", threads))
            for n in nodes:
                want = quant.qsoftmax(feeds[n["inputs"][0]], n["attrs"]["exponent"])
                np.testing.assert_array_equal(out[n["name"]], want,
                                              "%s %s %s" % (n["name"], flags, threads))
                seen |= set(want.ravel().tolist())
        self.assertEqual(seen, set(range(17)))

    def test_qsoftmax_code_math(self):
        """lower/qattn.c's code_expr, emulated in NumPy float32 as the kernel computes it
        (the f32 quotient, its lower bound q (1 - 2^-20), the code of its floor, one exact
        check (2 S) >> s >= (2 T - 1) z), against the exact code of floor((2 S + e) / 2e),
        e = z 2^s, over the whole range (z < 2^30, s <= 30, e <= S < 2^61) and on both
        sides of every code's threshold T: 2 S = (2 T - 1) e + d, d in -4..4 and +-2^s."""
        rs = np.random.RandomState(7)
        T = [2] + [3 << (c - 2) for c in range(2, 17)]

        def code_exact(S, z, s):
            e = z << s
            R = (2 * S + e) // (2 * e)
            return min(sum(R >= t for t in T), 16)

        rows = []
        zs = [1, 2, 3, 5, 7, (1 << 30) - 1, (1 << 29) + 1] + list(rs.randint(1, 1 << 30, 40))
        for t in T + [1 << 16, (1 << 16) + 1, 1 << 17]:
            for z in zs:
                for sh in (0, 1, 2, 7, 15, 23, 30):
                    e = int(z) << sh
                    for d in list(range(-4, 5)) + [-(1 << sh), 1 << sh, -(2 << sh), 2 << sh]:
                        v = (2 * t - 1) * e + d          # = 2 S
                        S = v // 2
                        if e <= S < (1 << 61):
                            rows.append((S, int(z), sh))
        for _ in range(20000):                          # random points of the range
            sh, z = int(rs.randint(0, 31)), int(rs.randint(1, 1 << 30))
            e = z << sh
            hi = min((1 << 61) - 1, e << int(rs.randint(0, 40)))
            rows.append((int(rs.randint(0, 1 << 62) % (hi - e + 1)) + e, z, sh))
        S = np.array([r[0] for r in rows], np.int64)
        z = np.array([r[1] for r in rows], np.int64)
        sh = np.array([r[2] for r in rows], np.int64)
        f32 = np.float32
        with np.errstate(over="ignore", invalid="ignore"):
            ef = np.maximum(z.astype(f32) * (np.int64(1) << sh).astype(f32), f32(1))
            q = (f32(2) * S.astype(f32) + ef) / (f32(2) * ef)
            ql = q * f32(1.0 - 2.0 ** -20)
            r0 = np.clip(np.where(ql >= 2.0 ** 31, 2 ** 31 - 1, np.floor(ql)), 0, 1 << 16)
        r0 = r0.astype(np.int64)
        f = np.floor(np.log2(np.maximum(r0, 1))).astype(np.int64)
        below = np.where(f >= 1, (r0 >> np.maximum(f - 1, 0)) & 1, 0)
        c0 = np.minimum(f + below, 16)
        t = np.maximum((np.int64(3) << c0) - 1, 3)
        up = ((2 * S) >> sh) >= t * z
        got = np.minimum(c0 + up, 16)
        want = np.array([code_exact(*r) for r in rows])
        bad = np.nonzero(got != want)[0]
        self.assertEqual(len(bad), 0, [rows[i] for i in bad[:5]])
        self.assertGreater(len(rows), 30000)
        self.assertEqual(set(want.tolist()), set(range(17)))

    def test_qlut_and_gelu_table(self):
        """qlut is table[x + 128] for all 256 inputs; the GELU table is GELU rounded
        (half to even) and saturated, both forms, at several exponents."""
        x = np.arange(-128, 128).astype(np.int8).reshape(2, 128)
        t = np.random.RandomState(4).randint(-128, 128, size=256).astype(np.int8)
        js = write_graph(os.path.join(self.tmp, "lut"),
                         [{"name": "x", "dtype": "i8", "shape": ["N", 128]}], ["y"],
                         {"t": ("i8", t)},
                         [{"name": "y", "op": "qlut", "inputs": ["x", "t"], "outputs": ["y"],
                           "attrs": {}}])
        out = compile_run(js, {"x": x}, self.tmp)
        np.testing.assert_array_equal(out["y"], quant.qlut(x, t))
        np.testing.assert_array_equal(out["y"].ravel(), t)
        # rows of 77 (a masked vector tail): the AVX-512 in-register table (vpermi2d),
        # and the plain loop (-mcpu=znver2, -mcpu=x86-64)
        x3 = np.random.RandomState(5).randint(-128, 128, size=(3, 5, 77)).astype(np.int8)
        x3[0, 0, :4] = [-128, 127, -1, 0]
        js = write_graph(os.path.join(self.tmp, "lut3"),
                         [{"name": "x", "dtype": "i8", "shape": ["N", 5, 77]}], ["y"],
                         {"t": ("i8", t)},
                         [{"name": "y", "op": "qlut", "inputs": ["x", "t"], "outputs": ["y"],
                           "attrs": {}}])
        for flags in ((), ("-mcpu=znver2",), ("-mcpu=x86-64",)):
            out = compile_run(js, {"x": x3}, self.tmp, flags)
            np.testing.assert_array_equal(out["y"], quant.qlut(x3, t), "flags %r" % (flags,))
        for ex, ey in ((-5, -5), (-4, -6), (-2, -1)):
            for form in ("none", "tanh"):
                tb = quant.gelu_table(ex, ey, form)
                xs = np.arange(-128, 128) * 2.0 ** ex
                g = interp.OPS["gelu"]([xs], {"approximate": form}, None)
                np.testing.assert_array_equal(tb, np.clip(np.rint(g * 2.0 ** -ey), -128, 127))
        self.assertEqual(int(quant.gelu_table(-2, -3)[-1]), 127)         # saturates

    def test_shift_out_of_range(self):
        w = np.ones((2, 4), np.int8)
        js = write_graph(os.path.join(self.tmp, "bad"),
                         [{"name": "x", "dtype": "i8", "shape": ["N", 4]}], ["y"],
                         {"w": ("i8", w), "e": ("i8", np.array([0, 70], np.int8))},
                         [{"name": "y", "op": "qlinear", "inputs": ["x", "w", "e"],
                           "outputs": ["y"], "attrs": {"x_exponent": 0, "out_exponent": 0}}])
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "bad.so"), ok=False)
        self.assertEqual(r.returncode, 1)
        self.assertIn("channel 1: requantization shift -70", r.stderr)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "bad.so")))


@unittest.skipUnless(HAVE_TORCH, "torch/torchvision not importable")
class Model(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from torchvision.models.vision_transformer import VisionTransformer
        cls.tmp = tempfile.mkdtemp(prefix="vitc-quant-model-")
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(0)
            m = VisionTransformer(image_size=32, patch_size=8, num_layers=2, num_heads=2,
                                  hidden_dim=32, mlp_dim=64, num_classes=10).eval()
            for p in (m.class_token, m.heads.head.weight):     # torchvision zero-inits them
                torch.nn.init.normal_(p, std=0.02)
            x = torch.randn(4, 3, 32, 32)
        export_quantize(cls, m, x, 1)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def qnodes(self):
        return [n for n in self.g["nodes"] if n["op"] == "qlinear"]

    def test_graph_and_weights(self):
        """Every linear became a qlinear, and so did the attentions' in- and
        out-projections (split); weights as quant.py makes them."""
        lin = [n for n in self.fg["nodes"] if n["op"] == "linear"]
        self.assertEqual(len(lin), 5)
        attn = [n["name"] for n in self.fg["nodes"] if n["op"] == "attention"]
        self.assertEqual(sorted(n["name"] for n in self.qnodes()),
                         sorted([n["name"] for n in lin] + ["conv_proj"] +
                                [a + s for a in attn for s in (".in_proj", ".out_proj")]))
        self.assertFalse(any(n["op"] in ("linear", "attention") for n in self.g["nodes"]))
        fw, _ = safetensors.read(self.prefix + ".safetensors")
        qw, _ = safetensors.read(os.path.join(self.tmp, "vit.q.safetensors"))
        qn = {n["name"]: n for n in self.qnodes()}
        acts = self.float_acts()
        for f in lin:
            q = qn[f["name"]]
            # exponents by the output error on the linear's calibration inputs
            wq, ew = quant.quantize_weight(fw[f["inputs"][1]], acts[f["inputs"][0]])
            np.testing.assert_array_equal(qw[q["inputs"][1]], wq)
            np.testing.assert_array_equal(qw[q["inputs"][2]], ew)
            bq = quant.quantize_bias(fw[f["inputs"][2]], q["attrs"]["x_exponent"], ew)
            np.testing.assert_array_equal(qw[q["inputs"][3]], bq)
            self.assertNotIn(f["inputs"][1], qw)                # float weight dropped

    def float_acts(self):
        """The float model's linears' inputs and outputs on the calibration batch (cached)."""
        if getattr(type(self), "_acts", None) is None:
            lin = [n for n in self.fg["nodes"] if n["op"] == "linear"]
            g = dict(self.fg)
            g["outputs"] = list(dict.fromkeys(list(self.fg["outputs"]) +
                                              [n["inputs"][0] for n in lin] +
                                              [n["outputs"][0] for n in lin]))
            g["weights_file"] = "vit.safetensors"
            js = os.path.join(self.tmp, "vit.expose.json")
            with open(js, "w") as f:
                json.dump(g, f)
            type(self)._acts = compile_run(js, {"x": np.load(self.calib)}, self.tmp)
        return type(self)._acts

    def test_activation_exponents(self):
        """The C observer's exponents equal quant.choose_exponent on the same tensors."""
        lin = [n for n in self.fg["nodes"] if n["op"] == "linear"]
        out = self.float_acts()
        qn = {n["name"]: n for n in self.qnodes()}
        for f in lin:
            q = qn[f["name"]]
            self.assertEqual(q["attrs"]["x_exponent"], quant.choose_exponent(out[f["inputs"][0]]))
            self.assertEqual(q["attrs"]["out_exponent"], quant.choose_exponent(out[f["outputs"][0]]))

    INT_OPS = ("quantize", "qlinear", "qadd", "qlayernorm", "qattn_scores", "qsoftmax",
               "qattn_pv", "qlut")

    def run_exposed(self, qjson, g, x, tag, flags=(), run_flags=()):
        """Run graph dict g (qjson's, with every int8 tensor and quantize input exposed;
        compile "flags", run "run_flags")."""
        extra = []
        for n in g["nodes"]:
            if n["op"] in self.INT_OPS:
                extra += [t for t in n["inputs"] if t and t not in self.wnames(g)]
                extra += n["outputs"]
        g = dict(g)
        g["outputs"] = list(g["outputs"]) + [t for t in dict.fromkeys(extra)
                                             if t not in g["outputs"] and t != "x"]
        js = os.path.join(self.tmp, "vit.%s.expose.json" % tag)
        with open(js, "w") as f:
            json.dump(g, f)
        return compile_run(js, {"x": x}, self.tmp, flags=flags, run_flags=run_flags)

    @staticmethod
    def wnames(g):
        return {w["name"] for w in g["weights"]}

    def check_integer_parts(self, g, qw, out, x):
        """Every integer node's output equals quant.py's op on the compiled model's own
        inputs to it, bit for bit."""
        n_checked = 0
        for n in g["nodes"]:
            if n["op"] not in self.INT_OPS:
                continue
            ins = [None if not t else np.asarray(qw[t]).astype(np.int64) if t in qw
                   else x if t == "x" else out[t] for t in n["inputs"]]
            want = interp.OPS[n["op"]](ins, n["attrs"], x.shape[0])
            got = out[n["outputs"][0]]
            self.assertEqual(got.dtype, np.int8, n["name"])
            np.testing.assert_array_equal(got, want, n["name"])
            n_checked += 1
        return n_checked

    def check_exact_and_accuracy(self, label, bound=0.35):
        """Every integer node's output equals quant.py's op on the compiled model's inputs
        to it, the logits equal the Python emulation bit for bit, and stay within "bound"
        of max|fp32| of the fp32 logits (printed as "label")."""
        qw, _ = safetensors.read(os.path.join(self.tmp, "vit.q.safetensors"))
        x = np.load(self.prefix + ".input.npy")
        out = self.run_exposed(self.qjson, self.g, x, "q")
        self.assertEqual(self.check_integer_parts(self.g, qw, out, x),
                         len([n for n in self.g["nodes"] if n["op"] in self.INT_OPS]))
        y = out[self.g["outputs"][0]]
        emu = interp.run(self.qjson, {"x": x})[0]
        ref = np.load(self.prefix + ".output.npy")
        scale = float(np.abs(ref).max())
        d_emu, d_ref = float(np.abs(y - emu).max()), float(np.abs(y - ref).max())
        sys.stderr.write("\n  %s: max|C - emulation| %.3g, max|C - fp32| %.3g, "
                         "max|fp32| %.3g\n" % (label, d_emu, d_ref, scale))
        np.testing.assert_array_equal(y, emu)
        self.assertLessEqual(d_ref, bound * scale)

    def test_integer_parts_exact_and_accuracy(self):
        # the seeded model's class token (std 0.02) gives the first LayerNorm a row far
        # finer than the PTF grid the patch rows need: most of the error against fp32 is
        # that row (the logits read it); 4-bit LIS attention adds the rest
        self.check_exact_and_accuracy("int8 ViT")

    def test_w4a8_model(self):
        """--scheme pot-w4a8: every linear (attention projections too) has packed int4
        weights; every integer node equals quant.py on its compiled inputs and the logits
        equal the emulation bit for bit, also compiled for AVX2 (-mcpu=znver2: the int4
        linears' 16-bit sums); --scheme mixed lies in between (printed)."""
        x = np.load(self.prefix + ".input.npy")
        ref = np.load(self.prefix + ".output.npy")
        errs = {}
        for scheme in (["pot-w4a8"], ["mixed", "--bits-budget", "6"]):
            qj = os.path.join(self.tmp, "vit.%s.json" % scheme[0])
            vitc("quantize", self.prefix + ".json", "--calib", self.calib, "-o", qj,
                 "--scheme", *scheme)
            with open(qj) as f:
                g = json.load(f)
            wdt = {w["name"]: w["dtype"] for w in g["weights"]}
            bits = [wdt[n["inputs"][1]] for n in g["nodes"] if n["op"] == "qlinear" and
                    n["name"] != "conv_proj"]
            self.assertEqual(len(bits), 9)
            self.assertEqual(wdt["conv_proj.weight.q"], "i8")   # the patch embedding: 8 bits
            if scheme[0] == "pot-w4a8":
                self.assertEqual(set(bits), {"i4"})
            else:
                self.assertEqual(set(bits), {"i4", "i8"})
            _, vals = interp.load(qj)
            out = self.run_exposed(qj, g, x, scheme[0])
            self.check_integer_parts(g, vals, out, x)
            y = out[g["outputs"][0]]
            np.testing.assert_array_equal(y, interp.run(qj, {"x": x})[0])
            # AVX2: the int4 linears sum in 16 bits (K_DOT_P16, vpmaddubsw): the same logits
            out2 = self.run_exposed(qj, g, x, scheme[0] + "-avx2", flags=("-mcpu=znver2",))
            np.testing.assert_array_equal(out2[g["outputs"][0]], y, scheme[0] + " AVX2")
            errs[scheme[0]] = float(np.abs(y - ref).max())
            self.assertLessEqual(errs[scheme[0]], 0.5 * float(np.abs(ref).max()))
        sys.stderr.write("\n  W4A8 ViT: max|C - fp32| %.4f; mixed (6 bits): %.4f (max|fp32| %.3f)\n"
                         % (errs["pot-w4a8"], errs["mixed"], float(np.abs(ref).max())))

    def test_integer_region_grows(self):
        """The logits equal the emulation exactly for each integer region, from linears
        only to linears + residual adds + LayerNorms + attention + GELU + the stem (patch
        embedding, class token, position embedding); the error vs fp32 is printed."""
        x = np.load(self.prefix + ".input.npy")
        ref = np.load(self.prefix + ".output.npy")
        stem = ["conv_proj", "encoder.add_0"]
        steps = [("linears", ["*.add_*", "*ln*", "*attention", "*mlp.1"] + stem),
                 ("+ residual adds", ["*ln*", "*attention", "*mlp.1"] + stem),
                 ("+ LayerNorms (PTF)", ["*attention", "*mlp.1"] + stem),
                 ("+ attention (LIS)", ["*mlp.1"] + stem), ("+ GELU (table)", stem),
                 ("+ stem", [])]
        sys.stderr.write("\n")
        for i, (what, keep) in enumerate(steps):
            qj = os.path.join(self.tmp, "vit.r%d.json" % i)
            args = [a for k in keep for a in ("--keep-float", k)]
            vitc("quantize", self.prefix + ".json", "--calib", self.calib, "-o", qj, *args)
            with open(qj) as f:
                ops = [n["op"] for n in json.load(f)["nodes"]]
            self.assertEqual(ops.count("qadd"), (4 if i >= 1 else 0) + (i == 5))  # + pos. emb.
            self.assertEqual(ops.count("conv2d"), 0 if i == 5 else 1)
            self.assertEqual(ops.count("qlayernorm"), 5 if i >= 2 else 0)
            self.assertEqual(ops.count("qsoftmax"), 2 if i >= 3 else 0)
            self.assertEqual(ops.count("qlut"), 2 if i >= 4 else 0)
            y = compile_run(qj, {"x": x}, self.tmp)["heads.head"]
            np.testing.assert_array_equal(y, interp.run(qj, {"x": x})[0], what)
            sys.stderr.write("  integer %-20s max|C - fp32| %.4f (max|fp32| %.3f)\n"
                             % (what + ":", float(np.abs(y - ref).max()),
                                float(np.abs(ref).max())))

    def test_chained(self):
        """Integer nodes feed each other without dequantize/quantize: fc2 -> residual add,
        add -> add across blocks; a dequantize only where a float op or an output reads."""
        nodes = self.g["nodes"]
        prod = {t: n for n in nodes for t in n["outputs"]}
        adds = [n for n in nodes if n["op"] == "qadd" and n["name"] != "encoder.add_0"]
        self.assertEqual(len(adds), 4)          # the residual adds (encoder.add_0 adds a weight)
        self.assertEqual(prod[adds[1]["inputs"][1]]["op"], "qlinear")     # mlp.3 -> add_1
        self.assertEqual(prod[adds[1]["inputs"][0]]["op"], "qadd")        # add_0 -> add_1
        self.assertEqual(prod[adds[2]["inputs"][1]]["op"], "qadd")        # block 0 -> block 1
        float_users = {t for n in nodes if n["op"] not in self.INT_OPS + ("dequantize",)
                       for t in n["inputs"]} | set(self.g["outputs"])
        for n in nodes:
            if n["op"] == "dequantize":
                self.assertIn(n["outputs"][0], float_users)
            if n["op"] == "quantize":
                self.assertNotIn(prod.get(n["inputs"][0], {}).get("op"), ("dequantize",))
        for n in adds:
            ea, eb = n["attrs"]["a_exponent"], n["attrs"]["b_exponent"]
            self.assertEqual(ea, quant_exp(self.g, n["inputs"][0]))
            self.assertEqual(eb, quant_exp(self.g, n["inputs"][1]))

    def test_layernorm_params(self):
        """qlayernorm's g, b, eps_q and the PTF offsets of its input equal quant.py's."""
        qw, _ = safetensors.read(os.path.join(self.tmp, "vit.q.safetensors"))
        fw, _ = safetensors.read(self.prefix + ".safetensors")
        fl = {n["name"]: n for n in self.fg["nodes"]}
        lns = [n for n in self.g["nodes"] if n["op"] == "qlayernorm"]
        self.assertEqual(len(lns), 5)
        for n in lns:
            f = fl[n["name"]]
            self.assertEqual(len(n["inputs"]), 4, n["name"])          # PTF input
            base = quant_exp(self.g, n["inputs"][0])
            g, b, e = quant.layernorm_params(fw[f["inputs"][1]], fw[f["inputs"][2]],
                                             f["attrs"]["eps"], 32, base,
                                             n["attrs"]["out_exponent"])
            np.testing.assert_array_equal(qw[n["inputs"][1]], g)
            np.testing.assert_array_equal(qw[n["inputs"][2]], b)
            self.assertEqual(n["attrs"]["eps_q"], e)
        for n in self.g["nodes"]:                      # the GELU tables
            if n["op"] == "qlut":
                np.testing.assert_array_equal(
                    qw[n["inputs"][1]], quant.gelu_table(quant_exp(self.g, n["inputs"][0]),
                                                         quant_exp(self.g, n["outputs"][0])))
        # PTF calibration in C equals quant.choose_ptf on the same float tensor
        g = dict(self.fg)
        t = lns[0]["inputs"][0][:-3]
        g["outputs"] = [t]
        g["weights_file"] = "vit.safetensors"
        js = os.path.join(self.tmp, "vit.ptf.json")
        with open(js, "w") as f:
            json.dump(g, f)
        v = compile_run(js, {"x": np.load(self.calib)}, self.tmp)[t]
        base, alpha = quant.choose_ptf(v)
        self.assertEqual(base, quant_exp(self.g, lns[0]["inputs"][0]))
        np.testing.assert_array_equal(qw[lns[0]["inputs"][3]], alpha)

    def test_inspect_float_islands(self):
        """vitc inspect lists the float islands of a quantized graph and why."""
        qj = os.path.join(self.tmp, "vit.ins.json")
        vitc("quantize", self.prefix + ".json", "--calib", self.calib, "-o", qj,
             "--keep-float", "encoder.ln")
        r = vitc("inspect", qj).stdout
        self.assertIn("float islands: 2", r)            # the LayerNorm and the select after it
        self.assertIn("  qattn_scores 18496\n", r)      # 2 layers x 2 heads x 17 x 17 x 16
        self.assertIn("  encoder.ln  layer_norm: --keep-float 'encoder.ln'\n", r)
        self.assertIn("  select_0  select: data movement on f32 (an input is neither", r)
        self.assertNotIn("conv_proj", r.split("float islands")[1])
        self.assertNotIn("heads.head  ", r.split("float islands")[1])
        self.assertNotIn("float islands", vitc("inspect", self.prefix + ".json").stdout)
        vitc("quantize", self.prefix + ".json", "--calib", self.calib, "-o", qj,
             "--keep-float", "*_1.self_attention")
        r = vitc("inspect", qj).stdout
        self.assertIn("self_attention  attention: --keep-float '*_1.self_attention'\n", r)
        self.assertEqual(len(re.findall(r"^  qsoftmax +1$", r, re.M)), 1)

    def test_keep_float_add(self):
        """--keep-float on the residual adds: qlinear outputs dequantized again, still exact."""
        qj = os.path.join(self.tmp, "vit.kf.json")
        vitc("quantize", self.prefix + ".json", "--calib", self.calib, "-o", qj,
             "--keep-float", "*.add_*")
        with open(qj) as f:
            g = json.load(f)
        ops = [n["op"] for n in g["nodes"]]
        self.assertNotIn("qadd", ops)
        self.assertEqual(ops.count("qlinear"), 10)
        self.assertEqual(ops.count("add"), 5)
        qw, _ = safetensors.read(os.path.join(self.tmp, "vit.kf.safetensors"))
        x = np.load(self.prefix + ".input.npy")
        out = self.run_exposed(qj, g, x, "kf")
        self.check_integer_parts(g, qw, out, x)
        np.testing.assert_array_equal(out[g["outputs"][0]], interp.run(qj, {"x": x})[0])

    def stem_float_values(self, names):
        """The float model's tensors "names" on the calibration batch."""
        g = dict(self.fg)
        g["outputs"] = list(names)
        g["weights_file"] = "vit.safetensors"
        js = os.path.join(self.tmp, "vit.stem.json")
        with open(js, "w") as f:
            json.dump(g, f)
        return compile_run(js, {"x": np.load(self.calib)}, self.tmp)

    def test_patch_embedding_integer(self):
        """The patch embedding conv2d became int8 patches (reshape/transpose on int8) and
        a qlinear, its weights chosen like a linear's on the calibration images' patches;
        the class token (at the concat's exponent), its expand and concat, the reshape and
        transpose after the conv and the final select move int8 codes; the position
        embedding add is a qadd (the embedding at its own exponent): no float island
        (7 before).  The patches, the conv, the stem and every integer node equal
        quant.py's, the logits the emulation, bit for bit, on 1 and 2 threads and for
        -mcpu=znver2."""
        g = self.g
        nodes = {n["name"]: n for n in g["nodes"]}
        ops = [n["op"] for n in g["nodes"]]
        self.assertNotIn("conv2d", ops)
        self.assertNotIn("add", ops)
        self.assertEqual(ops.count("quantize"), 1)                # the image only
        r = vitc("inspect", self.qjson).stdout
        self.assertIn("11 int8 data movement); float islands: 0\n", r)
        fw, _ = safetensors.read(self.prefix + ".safetensors")
        qw, _ = safetensors.read(os.path.join(self.tmp, "vit.q.safetensors"))
        calib = np.load(self.calib)
        conv = nodes["conv_proj"]
        self.assertEqual(conv["op"], "qlinear")
        ex, ecat = conv["attrs"]["x_exponent"], conv["attrs"]["out_exponent"]
        self.assertEqual(ex, quant.choose_exponent(calib))
        wq, ew = quant.quantize_weight(fw["conv_proj.weight"].reshape(32, -1),
                                       quant.patches(calib, 8, 8))
        bq = quant.quantize_bias(fw["conv_proj.bias"], ex, ew)
        for k, v in (("conv_proj.weight.q", wq), ("conv_proj.weight.exp", ew),
                     ("conv_proj.bias.q", bq)):
            np.testing.assert_array_equal(qw[k], v, k)
        fv = self.stem_float_values(["concat_0"])
        # the concat's exponent with PTF offsets, which the patch embedding writes
        base, alpha = quant.choose_ptf(fv["concat_0"])
        self.assertEqual(ecat, base)
        self.assertEqual(conv["inputs"][4], "conv_proj.ptf")
        np.testing.assert_array_equal(qw["conv_proj.ptf"], alpha)
        np.testing.assert_array_equal(qw["concat_0.ptf"], alpha)
        pcat = quant.ptf_exponents(base, alpha)
        cls = quant.quantize(fw["class_token"], pcat)
        np.testing.assert_array_equal(qw["class_token.q"], cls)
        add = nodes["encoder.add_0"]
        self.assertEqual((add["op"], add["inputs"][:3]),
                         ("qadd", ["concat_0.i8", "encoder.pos_embedding.i8", "concat_0.ptf"]))
        self.assertEqual(add["attrs"]["a_exponent"], ecat)
        eb = add["attrs"]["b_exponent"]
        self.assertEqual(eb, quant.choose_exponent(fw["encoder.pos_embedding"]))
        pos = quant.quantize(fw["encoder.pos_embedding"], eb)
        np.testing.assert_array_equal(qw["encoder.pos_embedding.q"], pos)
        for w in ("conv_proj.weight", "conv_proj.bias", "class_token", "encoder.pos_embedding"):
            self.assertNotIn(w, qw)                               # float weights dropped
        self.assertEqual(nodes["heads.head"]["inputs"][0], "select_0.i8")
        x = np.load(self.prefix + ".input.npy")
        emu = interp.run(self.qjson, {"x": x})[0]
        ey = quant.ptf_exponents(quant_exp(g, "encoder.add_0.i8"),
                                 qw["encoder.add_0.ptf"])
        for tag, flags, threads in (("pe1", (), "1"), ("pe2", (), "2"),
                                    ("pez", ("-mcpu=znver2",), "2")):
            out = self.run_exposed(self.qjson, g, x, tag, flags, ("--threads", threads))
            xq = quant.quantize(x, ex)
            np.testing.assert_array_equal(out["x.i8"], xq, tag)
            np.testing.assert_array_equal(out["conv_proj.patches"], quant.patches(xq, 8, 8), tag)
            y = quant.qpatch_embed(xq, wq, ew, bq, ex, ecat, 8, 8, alpha)   # [N, 32, 4, 4]
            np.testing.assert_array_equal(
                out["conv_proj.tokens.i8"], y.reshape(4, 32, 16).transpose(0, 2, 1), tag)
            stem = np.concatenate([np.broadcast_to(cls, (4, 1, 32)),
                                   y.reshape(4, 32, 16).transpose(0, 2, 1)], axis=1)
            np.testing.assert_array_equal(out["concat_0.i8"], stem, tag)
            np.testing.assert_array_equal(out["encoder.add_0.i8"],
                                          quant.qadd(stem, pos, pcat, eb, ey), tag)
            self.assertEqual(self.check_integer_parts(g, qw, out, x),
                             len([n for n in g["nodes"] if n["op"] in self.INT_OPS]))
            np.testing.assert_array_equal(out[g["outputs"][0]], emu, tag)
        self.assertTrue(np.any(y == 127) or np.any(y == -128) or len(np.unique(y)) > 50)

    def test_keep_float_patch_embedding(self):
        """--keep-float on the patch embedding: the conv2d and the moves after it stay float
        (with their reasons), the position embedding add is still a qadd on the quantized
        concat; the logits equal the emulation bit for bit."""
        qj = os.path.join(self.tmp, "vit.kfp.json")
        vitc("quantize", self.prefix + ".json", "--calib", self.calib, "-o", qj,
             "--keep-float", "conv_proj")
        with open(qj) as f:
            g = json.load(f)
        nodes = {n["name"]: n for n in g["nodes"]}
        self.assertEqual(nodes["conv_proj"]["op"], "conv2d")
        self.assertEqual(nodes["conv_proj"]["attrs"]["float_reason"], "--keep-float 'conv_proj'")
        self.assertEqual(nodes["encoder.add_0"]["op"], "qadd")
        self.assertEqual(nodes["concat_0.quantize"]["op"], "quantize")
        self.assertEqual([n["op"] for n in g["nodes"]].count("qlinear"), 9)
        r = vitc("inspect", qj).stdout
        self.assertIn("float islands: 5\n", r)      # conv, reshape, transpose, expand, concat
        self.assertIn("  conv_proj  conv2d: --keep-float 'conv_proj'\n", r)
        self.assertIn("  concat_0  concat: data movement on f32", r)
        x = np.load(self.prefix + ".input.npy")
        y = compile_run(qj, {"x": x}, self.tmp)[g["outputs"][0]]
        np.testing.assert_array_equal(y, interp.run(qj, {"x": x})[0])

    def test_conv_without_integer_form(self):
        """Convs the integer form cannot take (padding, groups 2, stride != kernel,
        dilation) stay float islands with a reason naming what; a patch conv next to them
        becomes a qlinear; the quantized graph compiles and equals the emulation."""
        rs = np.random.RandomState(12)
        specs = {"pad": ((8, 4, 2, 2), {"stride": [2, 2], "padding": [1, 1]}, 25),
                 "grp": ((8, 2, 2, 2), {"stride": [2, 2], "groups": 2}, 16),
                 "str": ((8, 4, 2, 2), {"stride": [1, 1]}, 49),
                 "dil": ((8, 4, 2, 2), {"stride": [2, 2], "dilation": [2, 2]}, 9),
                 "ok": ((8, 4, 2, 2), {"stride": [2, 2]}, 16)}
        weights, nodes = {}, []
        for k, (ws, at, P) in specs.items():
            weights[k + ".w"] = ("f32", (rs.randn(*ws) * 0.3).astype(np.float32))
            weights[k + ".b"] = ("f32", (rs.randn(8) * 0.1).astype(np.float32))
            weights[k + ".fc"] = ("f32", (rs.randn(5, 8) * 0.3).astype(np.float32))
            nodes += [{"name": k, "op": "conv2d", "inputs": ["x", k + ".w", k + ".b"],
                       "outputs": [k], "attrs": at},
                      {"name": k + ".r", "op": "reshape", "inputs": [k], "outputs": [k + ".r"],
                       "attrs": {"shape": ["N", 8, P]}},
                      {"name": k + ".t", "op": "transpose", "inputs": [k + ".r"],
                       "outputs": [k + ".t"], "attrs": {"perm": [0, 2, 1]}},
                      {"name": k + ".y", "op": "linear", "inputs": [k + ".t", k + ".fc"],
                       "outputs": [k + ".y"], "attrs": {}}]
        js = write_graph(os.path.join(self.tmp, "convs"),
                         [{"name": "x", "dtype": "f32", "shape": ["N", 4, 8, 8]}],
                         [k + ".y" for k in specs], weights, nodes)
        qj, g, nd = quantize_graph(self.tmp, "convs", js, rs.randn(8, 4, 8, 8).astype(np.float32))
        self.assertEqual(nd["ok"]["op"], "qlinear")
        for k, what in (("pad", "padding"), ("grp", "groups > 1"), ("str", "stride != kernel"),
                        ("dil", "dilation")):
            self.assertEqual(nd[k]["op"], "conv2d", k)
            self.assertTrue(nd[k]["attrs"]["float_reason"].startswith("no integer form: " + what),
                            nd[k]["attrs"]["float_reason"])
            self.assertEqual(nd[k + ".y"]["op"], "qlinear", k)     # the linear after it is
        r = vitc("inspect", qj).stdout
        self.assertIn("  pad  conv2d: no integer form: padding", r)
        x = rs.randn(3, 4, 8, 8).astype(np.float32)
        out = compile_run(qj, {"x": x}, self.tmp)
        emu = interp.run(qj, {"x": x})
        for k, e in zip(g["outputs"], emu):
            np.testing.assert_array_equal(out[k], e, k)

    def test_weight_added_twice(self):
        """One weight added by two adds and concatenated after an expand: three int8 copies
        of it, each under its own name at its reader's exponent; exact against the
        emulation."""
        rs = np.random.RandomState(13)
        w = (rs.randn(1, 3, 5) * 0.05).astype(np.float32)
        nodes = [{"name": "fc", "op": "linear", "inputs": ["x", "fc.w"], "outputs": ["fc"],
                  "attrs": {}},
                 {"name": "a1", "op": "add", "inputs": ["fc", "pe"], "outputs": ["a1"], "attrs": {}},
                 {"name": "a2", "op": "add", "inputs": ["pe", "a1"], "outputs": ["a2"], "attrs": {}},
                 {"name": "e", "op": "expand", "inputs": ["pe"], "outputs": ["e"],
                  "attrs": {"shape": ["N", 3, 5]}},
                 {"name": "c", "op": "concat", "inputs": ["a2", "e"], "outputs": ["c"],
                  "attrs": {"axis": 1}},
                 {"name": "y", "op": "linear", "inputs": ["c", "y.w"], "outputs": ["y"],
                  "attrs": {}}]
        js = write_graph(os.path.join(self.tmp, "pe2"),
                         [{"name": "x", "dtype": "f32", "shape": ["N", 3, 4]}], ["y"],
                         {"fc.w": ("f32", rs.randn(5, 4).astype(np.float32)), "pe": ("f32", w),
                          "y.w": ("f32", rs.randn(2, 5).astype(np.float32))}, nodes)
        qj, g, nd = quantize_graph(self.tmp, "pe2", js, rs.randn(8, 3, 4).astype(np.float32))
        self.assertEqual((nd["a1"]["op"], nd["a2"]["op"]), ("qadd", "qadd"))
        self.assertEqual(nd["a1"]["inputs"][1], "pe.i8")
        self.assertEqual(nd["a2"]["inputs"][0], "pe.i8.a2")
        self.assertEqual(nd["e"]["inputs"], ["pe.q.e"])
        self.assertIn("float islands: 0", vitc("inspect", qj).stdout)
        qw, _ = safetensors.read(os.path.join(self.tmp, "pe2.q.safetensors"))
        ec = nd["y"]["attrs"]["x_exponent"]
        np.testing.assert_array_equal(qw["pe.q.e"], quant.quantize(w, ec))
        np.testing.assert_array_equal(qw["pe.q"], quant.quantize(w, nd["a1"]["attrs"]["b_exponent"]))
        x = rs.randn(3, 3, 4).astype(np.float32)
        np.testing.assert_array_equal(compile_run(qj, {"x": x}, self.tmp)["y"],
                                      interp.run(qj, {"x": x})[0])

    def test_ln_after_gelu(self):
        """A LayerNorm reading a GELU's output: qlut writes one exponent, so the LayerNorm's
        input has no PTF offsets (with them it read codes at the base exponent, 2^-3 of the
        tensor's); exact against the emulation and near fp32."""
        rs = np.random.RandomState(14)
        nodes = [{"name": "fc", "op": "linear", "inputs": ["x", "fc.w"], "outputs": ["fc"],
                  "attrs": {}},
                 {"name": "act", "op": "gelu", "inputs": ["fc"], "outputs": ["act"], "attrs": {}},
                 {"name": "ln", "op": "layer_norm", "inputs": ["act", "ln.g", "ln.b"],
                  "outputs": ["ln"], "attrs": {"eps": 1e-5}},
                 {"name": "y", "op": "linear", "inputs": ["ln", "y.w"], "outputs": ["y"],
                  "attrs": {}}]
        js = write_graph(os.path.join(self.tmp, "lng"),
                         [{"name": "x", "dtype": "f32", "shape": ["N", 5, 16]}], ["y"],
                         {"fc.w": ("f32", (rs.randn(32, 16) * 0.5).astype(np.float32)),
                          "ln.g": ("f32", np.ones(32, np.float32)),
                          "ln.b": ("f32", np.zeros(32, np.float32)),
                          "y.w": ("f32", (rs.randn(4, 32) * 0.3).astype(np.float32))}, nodes)
        qj, g, nd = quantize_graph(self.tmp, "lng", js, rs.randn(16, 5, 16).astype(np.float32))
        self.assertEqual((nd["act"]["op"], nd["ln"]["op"]), ("qlut", "qlayernorm"))
        self.assertEqual(len(nd["ln"]["inputs"]), 3, nd["ln"]["inputs"])     # no PTF input
        x = rs.randn(3, 5, 16).astype(np.float32)
        y = compile_run(qj, {"x": x}, self.tmp)["y"]
        np.testing.assert_array_equal(y, interp.run(qj, {"x": x})[0])
        ref = compile_run(js, {"x": x}, self.tmp)["y"]
        self.assertLess(float(np.abs(y - ref).max()), 0.1 * float(np.abs(ref).max()))

    def bad(self, calib, what, extra=()):
        out = os.path.join(self.tmp, "bad.json")
        r = vitc("quantize", self.prefix + ".json", "--calib", calib, "-o", out, *extra, ok=False)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
        self.assertIn(what, r.stderr)
        self.assertFalse(os.path.exists(out))
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "bad.safetensors")))
        self.assertFalse([f for f in os.listdir(self.tmp) if ".tmp" in f])

    def test_bad_calibration(self):
        p = os.path.join(self.tmp, "c.npy")
        cases = [
            (np.zeros((2, 3, 32, 32), np.int8), "dtype i8, but the model's input 'x' is f32"),
            (np.zeros((2, 3, 16, 32), np.float32), "dimension 2 is 16"),
            (np.zeros((2, 3, 32), np.float32), "rank 3"),
            (np.zeros((0, 3, 32, 32), np.float32), "empty calibration batch"),
        ]
        for a, what in cases:
            np.save(p, a)
            self.bad(p, what)
        a = np.ones((2, 3, 32, 32), np.float32)
        for v, what in ((np.nan, "is NaN"), (np.inf, "is Inf")):
            a[1, 2, 3, 4] = v
            np.save(p, a)
            self.bad(p, what)
        with open(p, "w") as f:
            f.write("not an npy file")
        self.bad(p, "c.npy")
        self.bad(os.path.join(self.tmp, "missing.npy"), "missing.npy")
        self.bad(self.calib, "no linear to quantize", ["--keep-float", "*"])

    def test_zero_range(self):
        """A linear whose input is 0 on the whole batch: named, nothing written."""
        w = np.ones((3, 4), np.float32)
        js = write_graph(os.path.join(self.tmp, "z"),
                         [{"name": "x", "dtype": "f32", "shape": ["N", 4]}], ["fc"],
                         {"fc.weight": ("f32", w)},
                         [{"name": "fc", "op": "linear", "inputs": ["x", "fc.weight"],
                           "outputs": ["fc"], "attrs": {}}])
        p = os.path.join(self.tmp, "z.npy")
        np.save(p, np.zeros((5, 4), np.float32))
        out = os.path.join(self.tmp, "zq.json")
        r = vitc("quantize", js, "--calib", p, "-o", out, ok=False)
        self.assertEqual(r.returncode, 1)
        self.assertIn("layer 'fc': input 'x' on the calibration batch: zero range", r.stderr)
        self.assertFalse(os.path.exists(out))

    def test_usage(self):
        for args in ([], [self.prefix + ".json"], [self.prefix + ".json", "--calib", self.calib],
                     [self.prefix + ".json", "--calib", self.calib, "-o",
                      os.path.join(self.tmp, "u.json"), "--observer", "kl"]):
            r = vitc("quantize", *args, ok=False)
            self.assertEqual(r.returncode, 2, args)


@unittest.skipUnless(HAVE_TORCH, "torch/torchvision not importable")
class StemPTF(unittest.TestCase):
    """The test ViT with its patch embedding's output channels at four scales (x1, 1/2,
    1/4, 1/8: the rows of conv_proj's weight and bias): the class token / patch token
    concat gets PTF offsets that differ per channel, the patch embedding's qlinear
    requantizes each channel to its own exponent (output PTF), the class token's codes
    and the position-embedding qadd use them; bit exact against the emulation, and the
    fine channels of the stem are quantized on their own finer grid."""

    INT_OPS = Model.INT_OPS
    run_exposed = Model.run_exposed
    check_integer_parts = Model.check_integer_parts
    wnames = staticmethod(Model.wnames)
    check_exact_and_accuracy = Model.check_exact_and_accuracy
    stem_float_values = Model.stem_float_values

    @classmethod
    def setUpClass(cls):
        from torchvision.models.vision_transformer import VisionTransformer
        cls.tmp = tempfile.mkdtemp(prefix="vitc-quant-stem-")
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(0)
            m = VisionTransformer(image_size=32, patch_size=8, num_layers=2, num_heads=2,
                                  hidden_dim=32, mlp_dim=64, num_classes=10).eval()
            for p in (m.class_token, m.heads.head.weight):
                torch.nn.init.normal_(p, std=0.02)
            s = torch.tensor([1.0, 0.5, 0.25, 0.125]).repeat_interleave(8)
            with torch.no_grad():
                m.conv_proj.weight.mul_(s.view(32, 1, 1, 1))
                m.conv_proj.bias.mul_(s)
            x = torch.randn(4, 3, 32, 32)
        export_quantize(cls, m, x, 1)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_stem_ptf(self):
        g = self.g
        nodes = {n["name"]: n for n in g["nodes"]}
        qw, _ = safetensors.read(os.path.join(self.tmp, "vit.q.safetensors"))
        fw, _ = safetensors.read(self.prefix + ".safetensors")
        fv = self.stem_float_values(["concat_0"])["concat_0"]
        base, alpha = quant.choose_ptf(fv)
        self.assertGreaterEqual(len(set(alpha.tolist())), 3, alpha)   # offsets differ
        conv = nodes["conv_proj"]
        self.assertEqual((conv["op"], conv["inputs"][4]), ("qlinear", "conv_proj.ptf"))
        self.assertEqual(conv["attrs"]["out_exponent"], base)
        np.testing.assert_array_equal(qw["conv_proj.ptf"], alpha)
        np.testing.assert_array_equal(qw["concat_0.ptf"], alpha)
        pcat = quant.ptf_exponents(base, alpha)
        np.testing.assert_array_equal(qw["class_token.q"], quant.quantize(fw["class_token"], pcat))
        add = nodes["encoder.add_0"]
        self.assertEqual((add["op"], add["inputs"][2], add["attrs"]["a_exponent"]),
                         ("qadd", "concat_0.ptf", base))
        self.assertIn("float islands: 0\n", vitc("inspect", self.qjson).stdout)
        # the patch tokens on the calibration images against the float concat: on the
        # finest channels (offset 0) the error is well below that of the same integer
        # patch embedding requantized to the one exponent the concat had without PTF
        # (choose_exponent; the image's own quantization error, through the conv, is
        # common to both)
        calib = np.load(self.calib)
        out = self.run_exposed(self.qjson, g, calib, "stem")
        tok = fv[:, 1:, :]
        got = quant.dequantize(out["concat_0.i8"], pcat)[:, 1:, :]
        cv = nodes["conv_proj"]["attrs"]
        one = quant.choose_exponent(fv)
        ys = quant.qpatch_embed(out["x.i8"], qw["conv_proj.weight.q"], qw["conv_proj.weight.exp"],
                                qw["conv_proj.bias.q"], cv["x_exponent"], one, 8, 8)
        single = quant.dequantize(ys.reshape(16, 32, 16).transpose(0, 2, 1), one)
        fine = alpha == 0
        self.assertTrue(np.any(fine))
        e_ptf = float(np.abs(got - tok)[..., fine].max())
        e_one = float(np.abs(single - tok)[..., fine].max())
        sys.stderr.write("\n  stem PTF: offsets %s; max error of the finest channels %.4g, "
                         "at one exponent (2^%d) %.4g\n"
                         % (np.bincount(alpha, minlength=4).tolist(), e_ptf, one, e_one))
        self.assertLess(e_ptf, 0.75 * e_one)
        # the logits: bit exact; their error is the rest of the network's (random
        # weights, 4 images: 0.119 without the stem's PTF, 0.127 with; max|fp32| 0.214)
        self.check_exact_and_accuracy("int8 ViT, stem PTF", 0.75)


@unittest.skipUnless(HAVE_TIMM, "timm not importable")
class TimmModel(unittest.TestCase):
    """A seeded timm ViT (32x32, patch 8, 2 blocks, 2 heads of 16, unfused attention as
    timm exports it: qkv linear, reshape/permute/select, q * scale @ k^T, softmax, @ v,
    transpose/reshape, proj): `vitc quantize` makes its attention integer."""

    INT_OPS = Model.INT_OPS
    run_exposed = Model.run_exposed
    check_integer_parts = Model.check_integer_parts
    wnames = staticmethod(Model.wnames)
    check_exact_and_accuracy = Model.check_exact_and_accuracy

    @classmethod
    def setUpClass(cls):
        from timm.models.vision_transformer import VisionTransformer
        cls.tmp = tempfile.mkdtemp(prefix="vitc-quant-timm-")
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(3)
            m = VisionTransformer(img_size=32, patch_size=8, embed_dim=32, depth=2, num_heads=2,
                                  mlp_ratio=2, num_classes=10).eval()
            torch.nn.init.normal_(m.cls_token, std=0.02)
            torch.nn.init.normal_(m.head.weight, std=0.02)
            x = torch.randn(4, 3, 32, 32)
        export_quantize(cls, m, x, 4)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_unfused_attention_integer(self):
        """The exported graph has timm's unfused attention; the quantized one has the
        integer attention ops in its place, the qkv and proj linears as the split's
        in/out projections, and no float matmul or softmax left."""
        fops = [n["op"] for n in self.fg["nodes"]]
        self.assertEqual((fops.count("matmul"), fops.count("softmax"), fops.count("attention")),
                         (4, 2, 0))
        ops = [n["op"] for n in self.g["nodes"]]
        for op in ("qattn_scores", "qsoftmax", "qattn_pv", "qlayernorm", "qlut"):
            self.assertEqual(ops.count(op), 2 if op != "qlayernorm" else 5, op)
        self.assertEqual(ops.count("qlinear"), 10)              # 9 linears, the patch embedding
        for op in ("matmul", "softmax", "mul", "linear", "layer_norm", "gelu", "conv2d", "add"):
            self.assertNotIn(op, ops)
        self.assertEqual([n["name"] for n in self.g["nodes"] if ".attn." in n["name"] and
                          n["op"] not in self.INT_OPS], [])
        names = {n["name"]: n for n in self.g["nodes"]}
        self.assertEqual(names["blocks.0.attn.in_proj"]["inputs"][1], "blocks.0.attn.qkv.weight.q")
        self.assertEqual(names["blocks.1.attn.out_proj"]["outputs"], ["blocks.1.attn.proj.i8"])
        r = vitc("inspect", self.qjson).stdout
        self.assertNotIn("attn.", r.split("float islands")[1])
        self.assertIn("float islands: 0\n", r)                 # the stem is integer too

    def test_bit_exact_and_accuracy(self):
        """Every integer node equals quant.py's op on its compiled inputs, the logits equal
        the Python emulation bit for bit, and stay near fp32."""
        self.check_exact_and_accuracy("int8 timm ViT")

    def test_keep_float(self):
        """--keep-float on any node of one block's attention chain keeps that chain float
        (its matmuls and softmax), the other block integer; still exact."""
        qj = os.path.join(self.tmp, "vit.kf.json")
        vitc("quantize", self.prefix + ".json", "--calib", self.calib, "-o", qj,
             "--keep-float", "blocks.0.attn.softmax_0")
        with open(qj) as f:
            g = json.load(f)
        ops = [n["op"] for n in g["nodes"]]
        self.assertEqual((ops.count("qsoftmax"), ops.count("softmax"), ops.count("matmul")),
                         (1, 1, 2))
        self.assertEqual(ops.count("qlinear"), 10)     # qkv and proj still integer linears
        x = np.load(self.prefix + ".input.npy")
        y = compile_run(qj, {"x": x}, self.tmp)[g["outputs"][0]]
        np.testing.assert_array_equal(y, interp.run(qj, {"x": x})[0])


if __name__ == "__main__":
    unittest.main()
