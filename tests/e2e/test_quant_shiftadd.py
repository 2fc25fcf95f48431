#!/usr/bin/python3
"""ShiftAdd + power-of-two int8 together (docs/quantization.md "ShiftAdd models", issue 11).

  * kernel: qshift_linear (a shift linear between int8 tensors: X = x << (ex + 16),
    the pot5 shift accumulation, requant(Y, ey + 16)) compiled by vitc equals
    quant.qshift_linear BIT FOR BIT: input exponents above and below -16 (left shifts,
    floor right shifts, shifts past 31), zero weights, every shift 0..14, both signs,
    saturation, with and without bias; the verifier's limits as one line; the int8
    realization (x and its floored copies times int8 weights) equal on vpdpbusd, vpmaddwd
    and the plain nest, refused where not exact; `vitc quantize` timing both realizations
    of an eligible layer and keeping the faster (the result equal either way);
  * qmoe2_linear's shift expert in each realization (shift kernel, int8, int16 products on
    its gathered rows) equals quant.qmoe2_linear: this host, -mcpu=znver2, the plain nest,
    1 and 2 threads; --emulate-gpu keeps the shift kernel;
  * kernel: qhamming_attention (popcount scores, a table softmax, integer P.V divided by
    the row sum) equals quant.qhamming_attention bit for bit (16, 32, 5 bits a head,
    output shifts of both signs, saturation, 1 and 2 threads, --emulate-gpu); bad tables
    and shifts one line each;
  * Hamming + shift model (tiny DeiT-shaped, python/vitc/nn.py): `vitc quantize` turns
    every shift_linear into a qshift_linear (its pot5 weights unchanged, its bias
    Q16.16), every hamming_attention into a qhamming_attention, the dense head and the
    patch embedding into qlinears; every integer node equals quant.py's op on the
    compiled model's own inputs to it and the logits equal the Python emulation of
    the quantized graph bit for bit (and stay near fp32, printed);
  * kernel: qconv1d_tokens (the token convolution on int8: exact sums, a rounding shift per
    group) and qmatadd_l2norm (LinAngular's MatAdds and L2 norm on int8 v: exact sums,
    integer alpha/beta, an integer square root, a rounded division) equal quant.py bit for
    bit (1 and 2 threads, -mcpu=znver2, --emulate-gpu); bad shifts, shapes, constants one
    line each;
  * LinAngular + MoE2 model: the dense linears, LayerNorms, residual adds, GELUs, MoEs,
    the token convolution (qconv1d_tokens, taps against quant.dconv_weight) and the MatAdds
    with the L2 norm (qmatadd_l2norm, constants against quant.l2norm_consts) integer; the
    KSH hash the one float island; exact like the above, also with every MoE's shift expert
    forced to each realization where exact (this host and -mcpu=znver2, 1 and 2 threads);
  * `vitc inspect`: each shift linear's realization, the float islands, and for the MoE
    model the measured per-token latency of each expert (a measurement on this host);
  * bad input: --scheme pot-w4a8 (shift linears keep pot5 weights) one line naming
    the layer, exit 1, nothing written.

Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_quant_shiftadd.py
"""

import json
import os
import re
import shutil
import sys
import tempfile
import unittest

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "python"))
sys.path.insert(0, HERE)

from vitc import interp, quant, safetensors  # noqa: E402
import test_quant as tq  # noqa: E402  (helpers only: no TestCase is imported by name)

vitc, write_graph, compile_run = tq.vitc, tq.write_graph, tq.compile_run

try:
    import torch
    HAVE_TORCH = True
except ImportError:
    HAVE_TORCH = False


def pot5_codes(rs, shape, zero_frac=0.1):
    """Random pot5 bytes: every shift 0..14, both signs, some zero weights (15)."""
    sh = rs.randint(0, 15, size=shape)
    neg = rs.randint(0, 2, size=shape)
    c = sh | (neg << 4)
    c[rs.rand(*shape) < zero_frac] = 15
    return c.astype(np.uint8)


class Kernel(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="vitc-qshift-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def graph(self, name, K, M, ex, ey, w, b=None, R=5, realization=None):
        ws = {"w": ("pot5", w)}
        ins = ["x", "w"]
        if b is not None:
            ws["b"] = ("i32", b)
            ins.append("b")
        nodes = [{"name": "qs", "op": "qshift_linear", "inputs": ins, "outputs": ["y"],
                  "attrs": {"x_exponent": ex, "out_exponent": ey}}]
        if realization:
            nodes[0]["attrs"]["realization"] = realization
        return write_graph(os.path.join(self.tmp, name),
                           [{"name": "x", "dtype": "i8", "shape": ["N", R, K]}], ["y"], ws, nodes)

    def test_bit_exact(self):
        rs = np.random.RandomState(5)
        K, M = 40, 37
        w = pot5_codes(rs, (M, K))
        w[0, :] = 0                      # shift 0, sign +: the largest sums (saturation)
        w[1, :] = 16                     # shift 0, sign -
        w[2, :] = 15                     # all zero: only the bias
        x = rs.randint(-128, 128, size=(3, 5, K)).astype(np.int8)
        x[0, 0, :] = 127
        x[0, 1, :] = -128
        n_sat = 0
        for ex, ey, bias in ((-5, -3, True), (-16, 2, False), (-20, -8, True), (-60, -40, True),
                             (7, 10, True), (0, -30, False), (-8, 12, True)):
            b = rs.randint(-2 ** 20, 2 ** 20, size=M).astype(np.int32) if bias else None
            js = self.graph("qs%d" % (ex + 100), K, M, ex, ey, w, b)
            y = compile_run(js, {"x": x}, self.tmp)["y"]
            want = quant.qshift_linear(x, w, b, ex, ey)
            self.assertEqual(y.dtype, np.int8)
            np.testing.assert_array_equal(y, want, "ex %d ey %d" % (ex, ey))
            n_sat += int(np.sum(np.abs(want.astype(np.int64)) >= 127))
            # the integer core is the shift_linear's on the dequantized input, exactly
            X = quant.shift_input(x, ex)
            if ex >= -16:
                np.testing.assert_array_equal(
                    X, np.floor(quant.dequantize(x, ex).astype(np.float64) * 65536.0))
        self.assertGreater(n_sat, 0)

    def test_int8_realization(self):
        """realization int8 (the input and its floored copies x >> c times int8 weights, one
        packed product) equals the shift kernel's integers: vpdpbusd on this host, vpmaddwd
        for -mcpu=znver2, the plain nest with VITC_QDOT=0; a layer it cannot be exact for is
        one line."""
        rs = np.random.RandomState(8)
        K, M, ex, ey = 37, 40, -5, -10         # u = ex + 16 = 11: shifts 5..11 exact, 12..14 floor
        sh = rs.randint(5, 15, size=(M, K))
        w = (sh | (rs.randint(0, 2, size=(M, K)) << 4)).astype(np.uint8)
        w[rs.rand(M, K) < 0.1] = 15
        b = rs.randint(-2 ** 16, 2 ** 16, size=M).astype(np.int32)
        x = rs.randint(-128, 128, size=(3, 5, K)).astype(np.int8)
        want = quant.qshift_linear(x, w, b, ex, ey)
        self.assertTrue(np.any(np.abs(want.astype(np.int64)) >= 100))
        for tag, flags, env in (("host", (), None), ("avx2", ("-mcpu=znver2",), None),
                                ("plain", (), {"VITC_QDOT": "0"})):
            js = self.graph("r8" + tag, K, M, ex, ey, w, b, realization="int8")
            y = compile_run(js, {"x": x}, self.tmp, flags=flags, env=env)["y"]
            np.testing.assert_array_equal(y, want, tag)
        w[0, 0] = 4                            # 2^(11 - 4) = 128 does not fit int8
        js = self.graph("r8bad", K, M, ex, ey, w, b, realization="int8")
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "bad.so"), ok=False)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
        self.assertIn("realization int8: a weight times 2^(x_exponent + 16) does not fit int8",
                      r.stderr)

    def test_int16_realization(self):
        """realization int16 (the input and its floored copies times int16 weights, s16 pairs:
        vpmaddwd, or vpdpwssd with VNNI) equals the shift kernel's integers where int8 cannot:
        weights up to 2^14 times the input, here 2^(11 - 0) = 2048; on this host, for
        -mcpu=znver2 and on the plain nest; 2^15 is one line."""
        rs = np.random.RandomState(9)
        K, M, ex, ey = 45, 33, -5, -6          # u = 11: shifts 0..11 exact (w' up to 2^11), 12..14 floor
        sh = rs.randint(0, 15, size=(M, K))
        w = (sh | (rs.randint(0, 2, size=(M, K)) << 4)).astype(np.uint8)
        w[rs.rand(M, K) < 0.1] = 15
        b = rs.randint(-2 ** 16, 2 ** 16, size=M).astype(np.int32)
        x = rs.randint(-128, 128, size=(3, 5, K)).astype(np.int8)
        x[0, 0, :] = -128
        want = quant.qshift_linear(x, w, b, ex, ey)
        self.assertTrue(np.any(np.abs(want.astype(np.int64)) >= 100))
        for tag, flags, env in (("host", (), None), ("avx2", ("-mcpu=znver2",), None),
                                ("plain", (), {"VITC_QDOT": "0"})):
            js = self.graph("r16" + tag, K, M, ex, ey, w, b, realization="int16")
            y = compile_run(js, {"x": x}, self.tmp, flags=flags, env=env)["y"]
            np.testing.assert_array_equal(y, want, tag)
        js = self.graph("r16as8", K, M, ex, ey, w, b, realization="int8")
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "bad8.so"), ok=False)
        self.assertIn("does not fit int8", r.stderr)
        # u = 15 (ex = -1): a shift-0 weight is 2^15, beyond int16
        js = self.graph("r16bad", K, M, -1, 4, w, b, realization="int16")
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "bad16.so"), ok=False)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
        self.assertIn("realization int16: a weight times 2^(x_exponent + 16) does not fit int16",
                      r.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "bad16.so")))

    def test_quantize_measures_realization(self):
        """`vitc quantize` of a shift linear whose int8 form is exact (weights 2^-5 .. 2^-14,
        input near 2^-5: u = 11) times both forms here and keeps the faster, saying so with
        the times; the result equals quant.qshift_linear whichever it kept; --no-measure keeps
        the shift kernel."""
        rs = np.random.RandomState(12)
        K, M = 64, 48
        w = (rs.randint(5, 15, size=(M, K)) | (rs.randint(0, 2, size=(M, K)) << 4)).astype(np.uint8)
        bias = (0.05 * rs.randn(M)).astype(np.float32)
        js = write_graph(os.path.join(self.tmp, "sl"),
                         [{"name": "x", "dtype": "f32", "shape": ["N", 17, K]}], ["y"],
                         {"w": ("pot5", w), "b": ("f32", bias)},
                         [{"name": "sl", "op": "shift_linear", "inputs": ["x", "w", "b"],
                           "outputs": ["y"], "attrs": {}}])
        calib = os.path.join(self.tmp, "slc.npy")
        np.save(calib, rs.randn(8, 17, K).astype(np.float32))
        x = rs.randn(3, 17, K).astype(np.float32)
        for extra in ([], ["--no-measure"]):
            qj = os.path.join(self.tmp, "sl.q%d.json" % len(extra))
            vitc("quantize", js, "--calib", calib, "-o", qj, *extra)
            with open(qj) as f:
                g = json.load(f)
            n = [k for k in g["nodes"] if k["op"] == "qshift_linear"][0]
            at = n["attrs"]
            self.assertEqual(at["x_exponent"], -5)
            if extra:
                self.assertEqual(at["realization"], "shift")
                self.assertIn("not measured (--no-measure)", at["realization_why"])
            else:
                m = re.search(r"shift kernel ([0-9.]+) us/token, int8 product ([0-9.]+) us/token, "
                              r"int16 product ([0-9.]+) us/token \(the products over x and 3 "
                              r"floored copies, K' = 256\)", at["realization_why"])
                self.assertTrue(m, at["realization_why"])
                t = [float(m.group(i)) for i in (1, 2, 3)]
                self.assertEqual(at["realization"], ("shift", "int8", "int16")[t.index(min(t))])
                sys.stderr.write("\n  realization of a 64 -> 48 shift linear: %s (%s)\n"
                                 % (at["realization"], at["realization_why"]))
            _, vals = interp.load(qj)
            xq = quant.quantize(x, at["x_exponent"])
            want = quant.qshift_linear(xq, vals["w"], vals[n["inputs"][2]], at["x_exponent"],
                                       at["out_exponent"])
            out = compile_run(qj, {"x": x}, self.tmp)["y"]
            np.testing.assert_array_equal(out, quant.dequantize(want, at["out_exponent"]))
            np.testing.assert_array_equal(out, interp.run(qj, {"x": x})[0])
            r = vitc("inspect", qj).stdout
            self.assertIn(at["realization_why"], r)
        # forced the other ways, the int8 and int16 forms give the same integers
        for real in ("int8", "int16", "shift"):
            at["realization"] = real
            js2 = os.path.join(self.tmp, "sl.%s.json" % real)
            with open(js2, "w") as f:
                json.dump(g, f)
            shutil.copy(qj[:-5] + ".safetensors", js2[:-5] + ".safetensors")
            g2 = dict(g, weights_file=os.path.basename(js2[:-5] + ".safetensors"))
            with open(js2, "w") as f:
                json.dump(g2, f)
            np.testing.assert_array_equal(compile_run(js2, {"x": x}, self.tmp)["y"], out)

    def moe_graph(self, name, x, ex, ey, realization=None):
        """A qmoe2_linear on x [N, R, K] (random router, mult and shift experts: shift
        weights 2^-5 .. 2^-14 at u = ex + 16 = 11, so both products are exact); the graph and
        quant.qmoe2_linear's result."""
        rs = np.random.RandomState(21)
        K, M = x.shape[-1], 40
        wr = rs.randint(-127, 128, size=(2, K)).astype(np.int8)
        ewr = np.array([-6, -5], dtype=np.int8)
        br = rs.randint(-500, 500, size=2).astype(np.int32)
        w0 = rs.randint(-127, 128, size=(M, K)).astype(np.int8)
        ew0 = rs.randint(-9, -5, size=M).astype(np.int8)
        b0 = rs.randint(-2 ** 12, 2 ** 12, size=M).astype(np.int32)
        w1 = rs.randint(5, 15, size=(M, K)) | (rs.randint(0, 2, size=(M, K)) << 4)
        w1 = w1.astype(np.uint8)
        w1[rs.rand(M, K) < 0.1] = 15
        b1 = rs.randint(-2 ** 16, 2 ** 16, size=M).astype(np.int32)
        ws = {"wr": ("i8", wr), "ewr": ("i8", ewr), "br": ("i32", br), "w0": ("i8", w0),
              "ew0": ("i8", ew0), "b0": ("i32", b0), "w1": ("pot5", w1), "b1": ("i32", b1)}
        at = {"x_exponent": ex, "out_exponent": ey}
        if realization:
            at["realization"] = realization
        nodes = [{"name": "moe", "op": "qmoe2_linear", "inputs": ["x"] + list(ws),
                  "outputs": ["y"], "attrs": at}]
        js = write_graph(os.path.join(self.tmp, name),
                         [{"name": "x", "dtype": "i8", "shape": ["N"] + list(x.shape[1:])}],
                         ["y"], ws, nodes)
        route = quant.qmoe2_route(x, wr, ewr, br)
        want = quant.qmoe2_linear(x, wr, ewr, br, w0, ew0, b0, w1, b1, ex, ey)
        return js, route, want

    def test_moe_shift_expert_realizations(self):
        """qmoe2_linear's shift expert in each realization (the shift kernel, int8 and int16
        products on its gathered rows t >= C0) equals quant.qmoe2_linear bit for bit: on this
        host, for -mcpu=znver2 and the plain nest (VITC_QDOT=0), on 1 and 2 threads; with
        --emulate-gpu the shift kernel (the products have no GPU form here), equal too; a
        realization that is not exact is one line naming the shift expert."""
        rs = np.random.RandomState(22)
        x = rs.randint(-128, 128, size=(3, 7, 37)).astype(np.int8)
        x[0, 0, :] = -128
        ex, ey = -5, -9
        for real in ("shift", "int8", "int16"):
            js, route, want = self.moe_graph("moe" + real, x, ex, ey, real)
            self.assertTrue(0 < route.sum() < route.size, route)   # both experts have rows
            self.assertTrue(np.any(np.abs(want[route].astype(np.int64)) >= 100))
            for tag, flags, env in (("host", (), None), ("avx2", ("-mcpu=znver2",), None),
                                    ("plain", (), {"VITC_QDOT": "0"})):
                for th in ("1", "2"):
                    y = compile_run(js, {"x": x}, self.tmp, flags=flags, env=env,
                                    run_flags=("--threads", th))["y"]
                    np.testing.assert_array_equal(y, want, "%s %s %s threads" % (real, tag, th))
            # GPU schedules (emulated on this CPU): the shift kernel whatever the attribute
            dump = os.path.join(self.tmp, "moe%s.emu" % real)
            y = compile_run(js, {"x": x}, self.tmp, flags=("--emulate-gpu", "--dump-ir", dump))["y"]
            np.testing.assert_array_equal(y, want, "%s emulated GPU" % real)
            with open(os.path.join(dump, "03-lower.txt")) as f:
                low = f.read()
            self.assertIn('"moe.shift"', low)
            self.assertNotIn('"moe.shift.widen"', low)
            self.assertIn('"moe.q16"', low)
        # u = 15 (ex = -1): a shift-5 weight is 2^10, beyond int8
        js, _, _ = self.moe_graph("moebad", x, -1, -5, "int8")
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "moebad.so"), ok=False)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
        self.assertIn("node 'moe' (qmoe2_linear): shift expert realization int8: a weight times "
                      "2^(x_exponent + 16) does not fit int8", r.stderr)

    def test_matches_float_shift_linear(self):
        """On the dequantized input, qshift_linear's Y is shift_linear's exactly: requant at
        ey = -16 (k = 0) returns Y itself where it fits int8."""
        rs = np.random.RandomState(6)
        K, M = 16, 8
        w = pot5_codes(rs, (M, K))
        x = rs.randint(-4, 4, size=(2, 5, K)).astype(np.int8)
        b = rs.randint(-40, 40, size=M).astype(np.int32)
        y = quant.qshift_linear(x, w, b, -16, -16)
        Y = interp.OPS["shift_linear"]([quant.dequantize(x, -16).astype(np.float64), w,
                                        b.astype(np.float64) / 65536.0], {}, 2) * 65536.0
        keep = np.abs(Y) <= 127
        self.assertTrue(keep.mean() > 0.5)
        np.testing.assert_array_equal(y[keep], Y[keep])

    def ham_graph(self, name, H, d, ev, eo, table, L=13, S=None):
        """binarize(q), binarize(k) (codes of d bits per head) -> qhamming_attention with int8
        v [N, S, H d]."""
        S = S or L
        D = H * d
        ins = [{"name": "q", "dtype": "f32", "shape": ["N", L, D]},
               {"name": "k", "dtype": "f32", "shape": ["N", S, D]},
               {"name": "v", "dtype": "i8", "shape": ["N", S, D]}]
        nodes = [{"name": "qc", "op": "binarize", "inputs": ["q"], "outputs": ["qc"],
                  "attrs": {"num_heads": H}},
                 {"name": "kc", "op": "binarize", "inputs": ["k"], "outputs": ["kc"],
                  "attrs": {"num_heads": H}},
                 {"name": "ha", "op": "qhamming_attention", "inputs": ["qc", "kc", "v", "t"],
                  "outputs": ["y"], "attrs": {"num_heads": H, "scale": 0.25, "v_exponent": ev,
                                              "out_exponent": eo}}]
        return write_graph(os.path.join(self.tmp, name), ins, ["y"],
                           {"t": ("i32", np.asarray(table, dtype=np.int32))}, nodes)

    def test_qhamming_attention(self):
        """qhamming_attention (popcount scores, the row max, table weights, integer P.V
        divided by the row sum, rounded half away from zero) compiled equals
        quant.qhamming_attention bit for bit: 16, 32 and 5 bits a head, 9 to 600 keys (the
        i32 and the i64 accumulator), the output shift
        v_exponent - out_exponent positive, zero and negative (saturating), on 1 and 2
        threads and with --emulate-gpu; a table entry above 2^15 and a shift beyond 24 are
        one line each."""
        rs = np.random.RandomState(31)
        n_sat = 0
        for H, d, ev, eo, S in ((3, 16, -6, -8, None), (2, 32, -5, -5, 40), (4, 5, -7, -4, None),
                                (1, 16, -6, -12, 9), (1, 16, -6, -7, 600)):   # S >= 512: i64
            t = quant.hamming_table(0.25 if d != 5 else 0.7, d)
            self.assertEqual(int(t[0]), 2 ** 15)
            L = 13
            Sx = S or L
            q = rs.randn(2, L, H * d).astype(np.float32)
            k = rs.randn(2, Sx, H * d).astype(np.float32)
            k[:, :2] = q[:, :2] if Sx >= 2 else k[:, :2]       # some exact matches: c = nbits
            v = rs.randint(-128, 128, size=(2, Sx, H * d)).astype(np.int8)
            v[0, :, 0] = 127                                    # a column of 127: saturation
            js = self.ham_graph("ha%d_%d" % (d, eo + 100), H, d, ev, eo, t, L, S)
            qc = interp.OPS["binarize"]([q.astype(np.float64)], {"num_heads": H}, 2)
            kc = interp.OPS["binarize"]([k.astype(np.float64)], {"num_heads": H}, 2)
            want = quant.qhamming_attention(qc, kc, v, t, H, ev, eo)
            n_sat += int(np.sum(np.abs(want.astype(np.int64)) >= 127))
            for flags, th in (((), "1"), ((), "2"), (("--emulate-gpu",), "1")):
                y = compile_run(js, {"q": q, "k": k, "v": v}, self.tmp, flags=flags,
                                run_flags=("--threads", th))["y"]
                self.assertEqual(y.dtype, np.int8)
                np.testing.assert_array_equal(y, want, "d %d eo %d %s %s" % (d, eo, flags, th))
            # the same average as the float softmax of the table's weights, to one unit
            c = d - 2 * (qc[:, :, :, None, :] != kc[:, :, None, :, :]).sum(-1)
            p = np.exp(-0.25 * (c.max(-1, keepdims=True) - c) if d != 5 else
                       -0.7 * (c.max(-1, keepdims=True) - c))
            p /= p.sum(-1, keepdims=True)
            vh = v.astype(np.float64).reshape(2, Sx, H, d).transpose(0, 2, 1, 3)
            ref = (p @ vh).transpose(0, 2, 1, 3).reshape(2, L, H * d) * 2.0 ** (ev - eo)
            ok = np.abs(ref) < 127
            self.assertLessEqual(float(np.abs(want[ok] - ref[ok]).max()), 0.51)
        self.assertGreater(n_sat, 0)
        bad = quant.hamming_table(0.25, 16)
        bad[3] = 2 ** 15 + 1
        js = self.ham_graph("habad", 3, 16, -6, -8, bad)
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "habad.so"), ok=False)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
        self.assertIn("node 'ha' (qhamming_attention): table entry 3 is 32769, expected 0..32768",
                      r.stderr)
        js = self.ham_graph("habad2", 3, 16, -6, 20, quant.hamming_table(0.25, 16))
        r = vitc("compile", js, "-o", os.path.join(self.tmp, "habad2.so"), ok=False)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
        self.assertIn("v_exponent - out_exponent is -26, expected -24..24", r.stderr)

    def dconv_graph(self, name, T, C, w, ew, ex, ey, pad, b=None):
        """qconv1d_tokens on int8 x [N, T, C] with taps w [G, 1, k], exponents ew [G]."""
        ws = {"w": ("i8", w), "ew": ("i8", ew)}
        if b is not None:
            ws["b"] = ("i32", b)
        nodes = [{"name": "dc", "op": "qconv1d_tokens", "inputs": list(ws), "outputs": ["y"],
                  "attrs": {"padding": pad, "x_exponent": ex, "out_exponent": ey}}]
        nodes[0]["inputs"].insert(0, "x")
        return write_graph(os.path.join(self.tmp, name),
                           [{"name": "x", "dtype": "i8", "shape": ["N", T, C]}], ["y"], ws, nodes)

    def test_qconv1d_tokens(self):
        """qconv1d_tokens (the integer token convolution: exact i32 / i64 taps, qlinear's
        rounding shift per group) compiled equals quant.qconv1d_tokens bit for bit: one
        filter per channel, per head (LinAngular's) and one for all; 9, 3 and 1 taps,
        padding 4, 1, 0; shifts of both signs and zero; saturation; a bias too large for
        the i32 accumulator (i64); 1 and 2 threads, -mcpu=znver2 and --emulate-gpu; a
        shift out of range and taps that do not divide the channels are one line each."""
        rs = np.random.RandomState(41)
        n_sat = 0
        # (groups, taps, padding, ex, ey, ew range, bias range, |x| and |w| limits): shifts
        # 10..12, 11..13, -2..-1 (left), 15..16 with a bias near 2^30 (an i64 accumulator)
        for G, k, pad, ex, ey, ews, bias, xm, wm in (
                (12, 9, 4, -6, -6, (-12, -10), None, 128, 128),
                (3, 9, 4, -6, -7, (-14, -12), 2 ** 12, 128, 128),
                (1, 3, 1, -5, -14, (-8, -7), None, 5, 3),
                (4, 1, 0, -7, 0, (-9, -8), 2 ** 30, 128, 128)):
            T, C = 13, 12
            w = rs.randint(-wm, wm, size=(G, 1, k)).astype(np.int8)
            ew = rs.randint(ews[0], ews[1] + 1, size=G).astype(np.int8)
            b = rs.randint(-bias, bias, size=C).astype(np.int32) if bias else None
            if bias:
                b[:C // 2] //= 2 ** 14                            # some rows not saturated
            x = rs.randint(-xm, xm, size=(3, T, C)).astype(np.int8)
            x[0, :, 0] = xm - 1                                   # a channel at the limit
            js = self.dconv_graph("dc%d_%d" % (G, k), T, C, w, ew, ex, ey, pad, b)
            want = quant.qconv1d_tokens(x, w, ew, b, ex, ey, pad)
            self.assertEqual(want.shape, (3, T + 2 * pad - k + 1, C))
            n_sat += int(np.sum(np.abs(want.astype(np.int64)) >= 127))
            for flags, th in (((), "1"), ((), "2"), (("-mcpu=znver2",), "1"),
                              (("--emulate-gpu",), "1")):
                y = compile_run(js, {"x": x}, self.tmp, flags=flags,
                                run_flags=("--threads", th))["y"]
                self.assertEqual(y.dtype, np.int8)
                np.testing.assert_array_equal(y, want, "G %d k %d %s %s" % (G, k, flags, th))
            # the float convolution of the dequantized values, to half a unit (not saturated)
            xf = quant.dequantize(x, ex).astype(np.float64)
            wf = quant.dequantize(w.reshape(G, k), 0) * np.ldexp(1.0, ew.astype(np.int64))[:, None]
            ref = interp.OPS["conv1d_tokens"](
                [xf, wf.reshape(G, 1, k)] +
                ([np.ldexp(b.astype(np.float64), ex + np.repeat(ew.astype(np.int64), C // G))]
                 if b is not None else []), {"padding": pad}, 3) * 2.0 ** -ey
            ok = np.abs(ref) < 127
            self.assertLessEqual(float(np.abs(want[ok] - ref[ok]).max()), 0.5)
        self.assertGreater(n_sat, 0)
        for what, w, ew, ey in (("group 0: requantization shift -40 outside -31..62",
                                 np.ones((3, 1, 9), np.int8), np.array([40, 0, 0], np.int8), -6),
                                ("input 1 'w' has shape [5,1,9], expected [G,1,k] with G "
                                 "dividing 12", np.ones((5, 1, 9), np.int8),
                                 np.zeros(5, np.int8), -6)):
            js = self.dconv_graph("dcbad", 13, 12, w, ew, -6, ey, 4)
            r = vitc("compile", js, "-o", os.path.join(self.tmp, "dcbad.so"), ok=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
            self.assertIn("node 'dc'", r.stderr)
            self.assertIn(what, r.stderr)
            self.assertFalse(os.path.exists(os.path.join(self.tmp, "dcbad.so")))

    def l2_graph(self, name, H, nbits, d, L, A, B, eo):
        """binarize(k), binarize(q) (nbits a head) -> qmatadd_l2norm with int8 v [N, L, H d]."""
        ins = [{"name": "k", "dtype": "f32", "shape": ["N", L, H * nbits]},
               {"name": "q", "dtype": "f32", "shape": ["N", L, H * nbits]},
               {"name": "v", "dtype": "i8", "shape": ["N", L, H * d]}]
        nodes = [{"name": "kc", "op": "binarize", "inputs": ["k"], "outputs": ["kc"],
                  "attrs": {"num_heads": H}},
                 {"name": "qc", "op": "binarize", "inputs": ["q"], "outputs": ["qc"],
                  "attrs": {"num_heads": H}},
                 {"name": "l2", "op": "qmatadd_l2norm", "inputs": ["kc", "qc", "v"],
                  "outputs": ["y"], "attrs": {"num_heads": H, "alpha_q": A, "beta_q": B,
                                              "out_exponent": eo}}]
        return write_graph(os.path.join(self.tmp, name), ins, ["y"], {"w0": ("i8", np.zeros(1, np.int8))},
                           nodes)

    def test_qmatadd_l2norm(self):
        """qmatadd_l2norm (kv = b^T v, O = A v + B b kv, the L2 norm per token and head by an
        integer square root, one rounded division per output) compiled equals
        quant.qmatadd_l2norm bit for bit: 16 bits and 16 channels a head (vectors), 5 bits
        and 6 channels, 197 tokens and 64 channels at the largest constants that fit
        (isqrt near 2^62), output exponents -7, 0 (saturating) and -30; 1 and 2 threads,
        -mcpu=znver2, --emulate-gpu; within 0.52 of the float L2 norm where not saturated;
        constants too large and an output exponent above 0 are one line each."""
        rs = np.random.RandomState(43)
        n_sat = 0
        for H, nbits, d, L, eo in ((3, 16, 16, 13, -7), (2, 5, 6, 9, 0), (1, 16, 64, 197, -7),
                                   (2, 3, 4, 5, -30)):
            A, B = quant.l2norm_consts(0.5, 1 / np.pi, nbits, L, d, eo)
            k = rs.randn(2, L, H * nbits).astype(np.float32)
            q = rs.randn(2, L, H * nbits).astype(np.float32)
            v = rs.randint(-128, 128, size=(2, L, H * d)).astype(np.int8)
            v[0, 0] = 0                                        # a zero row where B kv is 0 too
            k[0] = -1.0
            js = self.l2_graph("l2_%d_%d" % (nbits, L), H, nbits, d, L, A, B, eo)
            kc = interp.OPS["binarize"]([k.astype(np.float64)], {"num_heads": H}, 2)
            qc = interp.OPS["binarize"]([q.astype(np.float64)], {"num_heads": H}, 2)
            want = quant.qmatadd_l2norm(kc, qc, v, H, A, B, eo)
            self.assertTrue(np.all(want[0, 0] == 0))
            n_sat += int(np.sum(np.abs(want.astype(np.int64)) >= 127))
            for flags, th in (((), "1"), ((), "2"), (("-mcpu=znver2",), "1"),
                              (("--emulate-gpu",), "1")):
                y = compile_run(js, {"k": k, "q": q, "v": v}, self.tmp, flags=flags,
                                run_flags=("--threads", th))["y"]
                self.assertEqual(y.dtype, np.int8)
                np.testing.assert_array_equal(y, want, "nbits %d L %d %s %s" % (nbits, L, flags, th))
            # against the float ops on the dequantized v (exact alpha, beta)
            vf = quant.dequantize(v, -6).astype(np.float64)
            kv = interp.OPS["matadd_ktv"]([kc, vf], {"num_heads": H}, 2)
            o = interp.OPS["matadd_qkv"]([qc, kv, vf], {"num_heads": H, "alpha": 0.5,
                                                        "beta": 1 / np.pi}, 2)
            ref = interp.OPS["l2norm_heads"]([o], {"num_heads": H}, 2) * 2.0 ** -eo
            ok = np.abs(ref) < 127
            if ok.any():
                self.assertLessEqual(float(np.abs(want[ok] - ref[ok]).max()), 0.52)
        self.assertGreater(n_sat, 0)
        for what, A, B, eo in (("the sums could leave int64", 2 ** 24, 2 ** 24, -7),
                               ("attribute 'out_exponent' must be an integer in -30..0", 1, 1, 1)):
            js = self.l2_graph("l2bad", 1, 16, 64, 197, A, B, eo)
            r = vitc("compile", js, "-o", os.path.join(self.tmp, "l2bad.so"), ok=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
            self.assertIn("node 'l2'", r.stderr)
            self.assertIn(what, r.stderr)

    def test_bad(self):
        rs = np.random.RandomState(7)
        w = pot5_codes(rs, (4, 8))
        for ex, ey, what in ((8, 0, "x_exponent 8 above 7"),
                             (0, 47, "out_exponent 47: the requantization shift")):
            js = self.graph("bad", 8, 4, ex, ey, w)
            r = vitc("compile", js, "-o", os.path.join(self.tmp, "bad.so"), ok=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
            self.assertIn("'qs'", r.stderr)
            self.assertIn(what, r.stderr)


def product_exact(codes, bias, ex, bits):
    """Whether a shift linear's int8 or int16 product is exact (pass_qshift_mul_plan's
    rule): every w' = 2^(u - sh) (sh <= u = ex + 16) fits, and 128 sum|w'| + |b| < 2^31."""
    u = ex + 16
    sh = codes.astype(np.int64) & 15
    nz = sh != 15
    if u < 0 or np.any(nz & (sh <= u) & (u - sh > bits - 2)):
        return False
    wp = np.where(nz & (sh <= u), 2 ** np.clip(u - sh, 0, 62), nz.astype(np.int64))
    b = np.abs(bias.astype(np.int64)) if bias is not None else 0
    return bool(np.all(128 * wp.sum(axis=1) + b < 2 ** 31))


@unittest.skipUnless(HAVE_TORCH, "torch not importable")
class Models(unittest.TestCase):
    """Two tiny DeiT-shaped ShiftAdd models (32x32, patch 8, 2 blocks, dim 32, 2 heads)."""

    INT_OPS = tq.Model.INT_OPS + ("qshift_linear", "qmoe2_linear", "qhamming_attention",
                                  "qconv1d_tokens", "qmatadd_l2norm")
    wnames = staticmethod(tq.Model.wnames)

    @classmethod
    def setUpClass(cls):
        from vitc import exporter
        from vitc import nn as vnn
        cls.tmp = tempfile.mkdtemp(prefix="vitc-quant-sa-")
        cls.m = {}
        specs = {"ham": dict(attn="hamming", mlp="shift", attn_linear="shift", seed=2,
                             hamming_bits=16),
                 "la": dict(attn="linangular", mlp="moe2", attn_linear="moe2", seed=1)}
        cls.calib = os.path.join(cls.tmp, "calib.npy")
        np.save(cls.calib, np.random.RandomState(9).randn(16, 3, 32, 32).astype(np.float32))
        for tag, kw in specs.items():
            m = vnn.build_shiftadd_deit(32, 8, 32, 2, 2, num_classes=10, **kw)
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(11)
                x = torch.randn(4, 3, 32, 32)
            prefix = os.path.join(cls.tmp, tag)
            exporter.export(m, x, prefix, reference=True)
            qj = os.path.join(cls.tmp, tag + ".q.json")
            r = vitc("quantize", prefix + ".json", "--calib", cls.calib, "-o", qj)
            with open(qj) as f:
                g = json.load(f)
            with open(prefix + ".json") as f:
                fg = json.load(f)
            cls.m[tag] = dict(prefix=prefix, qjson=qj, g=g, fg=fg, msg=r.stdout)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    run_exposed = tq.Model.run_exposed

    def check_integer_parts(self, g, qw, out, x):
        """tq.Model.check_integer_parts, with the binary codes a qhamming_attention reads
        (packed in an i32 per head and token by the compiled model) unpacked to bits."""
        out = dict(out)
        nbits = {n["outputs"][0]: int(n["attrs"]["nbits"]) for n in g["nodes"]
                 if n["op"] == "ksh_hash"}
        for n in g["nodes"]:
            if n["op"] in ("qhamming_attention", "qmatadd_l2norm"):
                for t in n["inputs"][:2]:
                    nb = ((len(qw[n["inputs"][3]]) - 1) // 2 if n["op"] == "qhamming_attention"
                          else nbits[t])
                    if out[t].ndim == 3:
                        out[t] = ((out[t][..., None] >> np.arange(nb)) & 1).astype(np.uint8)
        return tq.Model.check_integer_parts(self, g, qw, out, x)

    def exact(self, tag, label):
        """Every integer node equals quant.py's op on its compiled inputs; the logits equal
        the emulation bit for bit; the error against fp32 is printed."""
        m = self.m[tag]
        _, vals = interp.load(m["qjson"])
        x = np.load(m["prefix"] + ".input.npy")
        out = self.run_exposed(m["qjson"], m["g"], x, tag)
        n = self.check_integer_parts(m["g"], vals, out, x)
        self.assertEqual(n, len([k for k in m["g"]["nodes"] if k["op"] in self.INT_OPS]))
        y = out[m["g"]["outputs"][0]]
        emu = interp.run(m["qjson"], {"x": x})[0]
        ref = np.load(m["prefix"] + ".output.npy")
        scale = float(np.abs(ref).max())
        sys.stderr.write("\n  %s: max|C - emulation| %.3g, max|C - fp32| %.3g, max|fp32| %.3g\n"
                         % (label, float(np.abs(y - emu).max()), float(np.abs(y - ref).max()),
                            scale))
        np.testing.assert_array_equal(y, emu)
        self.assertLessEqual(float(np.abs(y - ref).max()), 0.5 * scale)
        return n

    def test_hamming_shift_graph(self):
        """Every shift_linear became a qshift_linear reading and writing int8, with its pot5
        weight unchanged and its bias in Q16.16; the head a qlinear."""
        m = self.m["ham"]
        fsl = [n for n in m["fg"]["nodes"] if n["op"] == "shift_linear"]
        self.assertEqual(len(fsl), 12)
        qs = {n["name"]: n for n in m["g"]["nodes"] if n["op"] == "qshift_linear"}
        self.assertEqual(sorted(qs), sorted(n["name"] for n in fsl))
        ops = [n["op"] for n in m["g"]["nodes"]]
        self.assertNotIn("shift_linear", ops)
        self.assertEqual(ops.count("qlinear"), 2)                # the head, the patch embedding
        self.assertNotIn("conv2d", ops)
        self.assertIn("12 shift linears (pot5 weights)", m["msg"])
        fw, _ = safetensors.read(m["prefix"] + ".safetensors")
        qw, _ = safetensors.read(m["qjson"][:-5] + ".safetensors")
        prod = {t: n for n in m["g"]["nodes"] for t in n["outputs"]}
        for f in fsl:
            q = qs[f["name"]]
            self.assertEqual(q["inputs"][1], f["inputs"][1])
            np.testing.assert_array_equal(qw[q["inputs"][1]], fw[f["inputs"][1]])
            np.testing.assert_array_equal(qw[q["inputs"][2]], quant.shift_bias(fw[f["inputs"][2]]))
            self.assertEqual(q["outputs"], [f["outputs"][0] + ".i8"])
            if prod[q["inputs"][0]]["op"] != "qlut":     # a table's output: its user's exponent
                self.assertEqual(q["attrs"]["x_exponent"], tq.quant_exp(m["g"], q["inputs"][0]))
        # fc1 -> GELU table -> fc2: int8 all the way
        fc2 = [q for q in qs.values() if q["name"].endswith("mlp.fc2")][0]
        self.assertEqual(prod[fc2["inputs"][0]]["op"], "qlut")

    def test_hamming_shift_exact(self):
        self.assertGreaterEqual(self.exact("ham", "PoT Hamming + shift DeiT"), 25)

    def test_linangular_moe_exact(self):
        """Every MoE became a qmoe2_linear (integer router, int8 mult expert, the shift
        expert's pot5 weight unchanged), exact like the rest."""
        m = self.m["la"]
        ops = [n["op"] for n in m["g"]["nodes"]]
        self.assertEqual(ops.count("qmoe2_linear"), 10)
        self.assertNotIn("moe2_linear", ops)
        for op in ("qlayernorm", "qadd", "qlut", "qlinear"):
            self.assertIn(op, ops)
        fw, _ = safetensors.read(m["prefix"] + ".safetensors")
        qw, _ = safetensors.read(m["qjson"][:-5] + ".safetensors")
        fm = {n["name"]: n for n in m["fg"]["nodes"] if n["op"] == "moe2_linear"}
        for n in m["g"]["nodes"]:
            if n["op"] != "qmoe2_linear":
                continue
            f = fm[n["name"]]
            self.assertEqual(n["inputs"][7], f["inputs"][5])
            np.testing.assert_array_equal(qw[n["inputs"][8]], quant.shift_bias(fw[f["inputs"][6]]))
            ex = n["attrs"]["x_exponent"]
            np.testing.assert_array_equal(qw[n["inputs"][3]], quant.quantize_bias(
                fw[f["inputs"][2]], ex, qw[n["inputs"][2]]))
        # every token convolution a qconv1d_tokens on the int8 v, its taps chosen per head by
        # the output error on the calibration v (recomputed here in float64)
        fc = {n["name"]: n for n in m["fg"]["nodes"] if n["op"] == "conv1d_tokens"}
        qc = [n for n in m["g"]["nodes"] if n["op"] == "qconv1d_tokens"]
        self.assertNotIn("conv1d_tokens", ops)
        self.assertEqual(sorted(n["name"] for n in qc), sorted(fc))
        fg = dict(m["fg"], outputs=[f["inputs"][0] for f in fc.values()])
        js = os.path.join(self.tmp, "la.v.json")
        with open(js, "w") as f:
            json.dump(fg, f)
        vs = dict(zip(fg["outputs"], interp.run(js, {"x": np.load(self.calib)})))
        for n in qc:
            f = fc[n["name"]]
            self.assertEqual(n["inputs"][0], f["inputs"][0] + ".i8")
            self.assertEqual(n["attrs"]["padding"], f["attrs"]["padding"])
            wq, ew = quant.dconv_weight(fw[f["inputs"][1]], vs[f["inputs"][0]],
                                        f["attrs"]["padding"])
            np.testing.assert_array_equal(qw[n["inputs"][1]], wq, n["name"])
            np.testing.assert_array_equal(qw[n["inputs"][2]], ew, n["name"])
            self.assertNotIn(f["inputs"][1], qw)          # the float taps are dropped
        # matadd_ktv -> matadd_qkv -> l2norm_heads: one qmatadd_l2norm on the int8 v, its
        # alpha and beta integers at the largest scale the int64 bound allows
        fl = {n["name"]: n for n in m["fg"]["nodes"] if n["op"] == "l2norm_heads"}
        ql = [n for n in m["g"]["nodes"] if n["op"] == "qmatadd_l2norm"]
        for op in ("matadd_ktv", "matadd_qkv", "l2norm_heads"):
            self.assertNotIn(op, ops)
        self.assertEqual(sorted(n["name"] for n in ql), sorted(fl))
        fprod = {t: n for n in m["fg"]["nodes"] for t in n["outputs"]}
        for n in ql:
            qkv = fprod[fl[n["name"]]["inputs"][0]]
            ktv = fprod[qkv["inputs"][1]]
            self.assertEqual(n["inputs"], [ktv["inputs"][0], qkv["inputs"][0],
                                           ktv["inputs"][1] + ".i8"])
            at = n["attrs"]
            self.assertEqual((at["alpha_q"], at["beta_q"]), quant.l2norm_consts(
                qkv["attrs"]["alpha"], qkv["attrs"]["beta"], 16, 17, 16, at["out_exponent"]))
            self.assertEqual((at["alpha_q"], at["beta_q"]), (2 ** 14, 10430))   # 1/pi 2^15
        self.exact("la", "PoT LinAngular + MoE2 DeiT")

    def test_linangular_moe_realizations(self):
        """The whole LinAngular + MoE2 model with every MoE's shift expert forced to each
        realization where it is exact (the shift kernel elsewhere): every integer node equals
        quant.py on its compiled inputs and the logits equal the emulation bit for bit, on
        this host and for -mcpu=znver2, on 1 and 2 threads; `vitc inspect` names the forced
        realization of each MoE."""
        m = self.m["la"]
        _, vals = interp.load(m["qjson"])
        x = np.load(m["prefix"] + ".input.npy")
        emu = interp.run(m["qjson"], {"x": x})[0]
        for real, bits in (("shift", 0), ("int8", 8), ("int16", 16)):
            g = json.loads(json.dumps(m["g"]))
            forced = 0
            for n in g["nodes"]:
                if n["op"] != "qmoe2_linear":
                    continue
                b1 = vals[n["inputs"][8]] if len(n["inputs"]) > 8 and n["inputs"][8] else None
                ok = not bits or product_exact(vals[n["inputs"][7]], b1,
                                               n["attrs"]["x_exponent"], bits)
                n["attrs"]["realization"] = real if ok else "shift"
                n["attrs"].pop("realization_why", None)
                forced += ok
            self.assertGreaterEqual(forced, 2, real)
            js = os.path.join(self.tmp, "la.%s.json" % real)
            with open(js, "w") as f:
                json.dump(g, f)
            r = vitc("inspect", js, "--no-measure").stdout
            how = {"shift": "shift kernel (", "int8": "int8 product (",
                   "int16": "int16 product ("}[real]
            self.assertEqual(len(re.findall(r"MoE x 2\^-?\d+ .*shift expert .*" + re.escape(how),
                                            r)), forced, r)
            for tag, flags in (("host", ()), ("avx2", ("-mcpu=znver2",))):
                for th in ("1", "2"):
                    out = self.run_exposed(js, g, x, "la-%s-%s-%s" % (real, tag, th), flags=flags,
                                           run_flags=("--threads", th))
                    n = self.check_integer_parts(g, vals, out, x)
                    self.assertEqual(n, len([k for k in g["nodes"] if k["op"] in self.INT_OPS]))
                    np.testing.assert_array_equal(out[g["outputs"][0]], emu,
                                                  "%s %s %s threads" % (real, tag, th))
            sys.stderr.write("\n  LinAngular + MoE2, %d of 10 shift experts as %s: exact\n"
                             % (forced, real))

    def test_inspect(self):
        r = vitc("inspect", self.m["ham"]["qjson"]).stdout
        part = r.split("shift linears between int8 tensors")[1].split("integer nodes:")[0]
        self.assertEqual(len(re.findall(r"^  blocks\.\d\.\S+  x 2\^-?\d+ -> Q16\.16 ", part,
                                        re.M)), 12, part)
        self.assertIn("shift kernel", part)
        self.assertIn("qhamming_attention", r)
        self.assertNotIn("hamming_attention: ", r)        # not a float island any more
        # the op tables' count column aligned past the longest name (qhamming_attention)
        for head, end in (("nodes: ", "parameters: "), ("MACs (N=1):", "operations ")):
            rows = r.split(head)[1].split(end)[0].splitlines()[1:]
            self.assertIn("qhamming_attention", "".join(rows))
            cols = {len(re.match(r"  \S+ +", row).group(0)) for row in rows}
            self.assertEqual(cols, {len("  qhamming_attention ")}, rows)
        self.assertNotIn("MoE experts", r)
        r = vitc("inspect", self.m["la"]["prefix"] + ".json").stdout
        self.assertEqual(len(re.findall(r"mult \(f32 linear\) [0-9.]+ us/token  shift "
                                        r"\(shift_linear\) [0-9.]+ us/token", r)), 10, r)
        r = vitc("inspect", self.m["la"]["qjson"]).stdout
        self.assertEqual(len(re.findall(r"^  blocks\.\d\.\S+  MoE x 2\^-?\d+ out 2\^-?\d+: router "
                                        r"int8", r, re.M)), 10, r)
        self.assertIn("ksh_hash: the KSH hash is f32", r)
        # one float island a block (the KSH hash): the MatAdds, the L2 norm (qmatadd_l2norm)
        # and the token convolution (qconv1d_tokens) are integer (5 a block before)
        self.assertRegex(r, r"; float islands: 2\n")
        for op in ("matadd_ktv: ", "matadd_qkv: ", "l2norm_heads: ", "conv1d_tokens: "):
            self.assertNotIn(op, r)
        # --keep-float on one MatAdd keeps the three nodes of its pattern float, saying why
        kf = os.path.join(self.tmp, "la.kf.json")
        vitc("quantize", self.m["la"]["prefix"] + ".json", "--calib", self.calib, "-o", kf,
             "--keep-float", "blocks.0.attn.matadd_qkv", "--no-measure")
        rk = vitc("inspect", kf, "--no-measure").stdout
        self.assertRegex(rk, r"; float islands: 5\n")
        self.assertIn("blocks.0.attn.matadd_qkv  matadd_qkv: --keep-float "
                      "'blocks.0.attn.matadd_qkv'", rk)
        self.assertIn("blocks.0.attn.l2norm  l2norm_heads: not matadd_ktv -> matadd_qkv -> "
                      "l2norm_heads on one f32 activation v", rk)
        lat = re.findall(r"^  (\S+)  17 tokens, \d+ -> \d+:  mult \(int8 qlinear\) ([0-9.]+) "
                         r"us/token  shift \(qshift_linear, (?:shift|int8|int16)\) ([0-9.]+) "
                         r"us/token", r, re.M)
        self.assertEqual(len(lat), 10, r)
        self.assertTrue(all(float(a) > 0 and float(b) > 0 for _, a, b in lat))
        mw = re.search(r"LL-loss weights \(mult, shift\): \(([0-9.]+), ([0-9.]+)\)", r)
        self.assertAlmostEqual(float(mw.group(1)) + float(mw.group(2)), 10.0, places=1)
        sys.stderr.write("\n  MoE expert latencies (this host, noisy): %s; LL-loss %s\n"
                         % (lat[0][1:], mw.group(0)))
        self.assertNotIn("MoE experts", vitc("inspect", self.m["la"]["qjson"],
                                             "--no-measure").stdout)

    def test_bad_scheme(self):
        out = os.path.join(self.tmp, "bad.json")
        r = vitc("quantize", self.m["ham"]["prefix"] + ".json", "--calib", self.calib, "-o", out,
                 "--scheme", "pot-w4a8", ok=False)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
        self.assertIn("layer 'blocks.0.attn.q': shift_linear keeps its 5-bit", r.stderr)
        self.assertFalse(os.path.exists(out))
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "bad.safetensors")))


if __name__ == "__main__":
    unittest.main()
