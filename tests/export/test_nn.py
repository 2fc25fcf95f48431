#!/usr/bin/python3
"""Tests of the ShiftAddViT reference modules (python/vitc/nn.py), their
export (vitc/leaves.py) and the ShiftAdd ops of the NumPy interpreter.

Run:  /usr/bin/python3 tests/export/test_nn.py     (torch 1.13)
With VITC_BIN=/path/to/vitc also runs `vitc inspect` on the exports (a C
side without the ShiftAdd ops is reported on stderr, not failed).

Exactness checked here:
  * ShiftLinear / shift_linear: bit-exact against a pure-NumPy int64
    evaluation of the formula, and interp == module bit-exactly;
  * KSH codes against a float64 NumPy evaluation wherever |y| > 1e-5;
  * Hamming scores against a NumPy xor + popcount;
  * export -> interp node by node ("stepwise": every node evaluated on the
    module's own inputs): shift_linear bit-exact, codes equal away from the
    threshold, float nodes within 1e-5 * max|module|;
  * export -> interp end to end: 1e-5 * max|module| for single modules,
    a looser bound for deep ShiftAdd models (see ShiftAddModels).
"""

import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

try:
    import numpy as np
    import torch
    from torch import nn
except ImportError as e:
    sys.stderr.write("test_nn.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYDIR = os.path.join(ROOT, "python")
sys.path.insert(0, PYDIR)

import vitc  # noqa: E402
import vitc.interp  # noqa: E402
from vitc import nn as vnn  # noqa: E402
from vitc import safetensors  # noqa: E402

F64 = np.float64
INSPECT_NOTES = []


# ----- independent NumPy references -------------------------------------------
def np_q16(x):
    """Q16.16 by the formula, one element at a time in Python integers."""
    x = np.asarray(x, dtype=np.float32)
    out = np.empty(x.shape, dtype=np.int64)
    for idx, v in np.ndenumerate(x):
        v = float(v)
        if math.isinf(v):
            q = (1 << 31) - 1 if v > 0 else -(1 << 31)
        else:
            q = max(-(1 << 31), min((1 << 31) - 1, math.floor(v * 65536)))
        out[idx] = q
    return out


def np_shift_linear(x, shift, sign, bias):
    """Y_j = sum_k sign_jk * (X_k >> -shift_jk) + B_j, elementwise in int64."""
    X = np_q16(x).reshape(-1, x.shape[-1])                       # [T,K]
    sh = (-np.asarray(shift, dtype=np.int64))[None]              # [1,M,K]
    sg = np.asarray(sign, dtype=np.int64)[None]
    Y = (sg * (X[:, None, :] >> sh)).sum(-1)                     # [T,M]
    if bias is not None:
        Y = Y + np_q16(bias)
    y = Y.astype(np.float32) * np.float32(2.0 ** -16)
    return y.reshape(x.shape[:-1] + (shift.shape[0],))


def np_ksh_y(qk, anchors, mvec, proj, h):
    """The KSH projection in float64."""
    b, n, c = qk.shape
    x = qk.astype(F64).reshape(b, n, h, c // h).transpose(0, 2, 1, 3)
    x = x / np.maximum(np.sqrt((x ** 2).sum(-1, keepdims=True)), 1e-12)
    dist = ((x[:, :, :, None, :] - anchors.astype(F64)[None, :, None]) ** 2).sum(-1)
    sigma = dist.mean(axis=(2, 3), keepdims=True)
    phi = np.exp(-dist / (2 * sigma)) - mvec.astype(F64)[None, :, None, :]
    return np.einsum("bhlm,hkm->bhlk", phi, proj.astype(F64))


def np_popcount_scores(qc, kc):
    """nbits - 2 popcount(q xor k), codes packed into Python ints."""
    nb = qc.shape[-1]
    weights = [1 << i for i in range(nb)]

    def pack(c):
        return np.array([[[sum(w for w, bit in zip(weights, tok) if bit) for tok in head]
                          for head in img] for img in c], dtype=object)
    q, k = pack(qc), pack(kc)
    out = np.empty(qc.shape[:3] + (kc.shape[2],), dtype=np.int64)
    for i in np.ndindex(out.shape):
        out[i] = nb - 2 * bin(q[i[0], i[1], i[2]] ^ k[i[0], i[1], i[3]]).count("1")
    return out


def heads(x, h):
    b, n, c = x.shape
    return x.reshape(b, n, h, c // h).transpose(0, 2, 1, 3)


def close(test, got, ref, what, rel=1e-5):
    got, ref = np.asarray(got, dtype=F64), np.asarray(ref, dtype=F64)
    test.assertEqual(got.shape, ref.shape, what)
    if not ref.size:
        return 0.0
    tol = rel * max(float(np.abs(ref).max()), 1e-30)
    err = float(np.abs(got - ref).max()) if got.size else 0.0
    test.assertLessEqual(err, tol, "%s: max error %g > %g" % (what, err, tol))
    return err / max(float(np.abs(ref).max()), 1e-30)


def seeded(seed, fn):
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return fn()


class TmpDirCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="vitc_nn_")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.tmp, name)

    def export(self, model, x, name):
        prefix = self.path(name)
        graph = vitc.export(model, x, prefix)
        return prefix, graph

    def check_inspect(self, prefix, model):
        """With VITC_BIN: inspect reads the export and counts the parameters
        as vnn.count_parameters does (pot5 weights: out*in each).  A vitc
        that does not know the ShiftAdd ops yet is noted, not failed."""
        binary = os.environ.get("VITC_BIN")
        if not binary:
            return
        res = subprocess.run([binary, "inspect", prefix + ".json"], capture_output=True,
                             text=True, timeout=120)
        if res.returncode != 0:
            err = res.stderr.strip()
            if re.search(r"unknown op|not supported|unsupported|not implemented|pot5|b1|dtype",
                         err):
                INSPECT_NOTES.append("%s: %s" % (os.path.basename(prefix), err.splitlines()[0]
                                                 if err else "rc %d" % res.returncode))
                return
            self.fail("vitc inspect %s: %s" % (prefix, err))
        counts = [re.match(r"parameters:\s+([\d,_]+)", ln) for ln in res.stdout.splitlines()]
        counts = [int(m.group(1).replace(",", "").replace("_", "")) for m in counts if m]
        self.assertEqual(counts, [vnn.count_parameters(model)], res.stdout)


def param_count(graph):
    return sum(int(np.prod(w["shape"], dtype=np.int64)) for w in graph["weights"]
               if w["role"] == "parameter")


# ----- stepwise comparison ------------------------------------------------------
def capture(model, x):
    """Run model(x); returns ({module path: (first input, output)} as float32
    NumPy arrays, model output)."""
    caps = {}

    def hook(name):
        def fn(mod, inputs, output):
            inp = inputs[0] if inputs and isinstance(inputs[0], torch.Tensor) else None
            out = output if isinstance(output, torch.Tensor) else None
            caps[name] = (None if inp is None else inp.detach().numpy().copy(),
                          None if out is None else out.detach().numpy().copy())
        return fn
    handles = [m.register_forward_hook(hook(n)) for n, m in model.named_modules() if n]
    try:
        with torch.no_grad():
            out = model(x)
    finally:
        for h in handles:
            h.remove()
    return caps, out.detach().numpy()


def stepwise(test, model, x, prefix):
    """Evaluate every node of the export with the interpreter on the module's
    own values (a node named like a module gets that module's input and its
    output replaces the interpreter's), comparing each node to the module.
    Returns counts of the checks made per kind."""
    caps, _ = capture(model, x)
    graph, values = vitc.interp.load(prefix + ".json")
    values["x"] = x.numpy().astype(F64)
    batch = x.shape[0]
    stats = {"exact": 0, "float": 0, "inputs": 0, "codes": 0, "codes_skipped": 0}
    for node in graph["nodes"]:
        name, op = node["name"], node["op"]
        ins = [values[i] if i != "" else None for i in node["inputs"]]
        cap = caps.get(name)
        if cap is not None and cap[0] is not None and ins[0].shape == cap[0].shape:
            # the interpreter's own input (e.g. the end of a LinAngular chain)
            close(test, ins[0], cap[0], "input of " + name)
            stats["inputs"] += 1
            ins[0] = cap[0].astype(F64)
        out = np.asarray(vitc.interp.OPS[op](ins, node["attrs"], batch))
        what = "%s (%s)" % (name, op)
        if op == "ksh_hash":
            h = node["attrs"]["num_heads"]
            y = vnn.ksh_project(torch.from_numpy(ins[0].astype(np.float32)),
                                *(torch.from_numpy(a.astype(np.float32)) for a in ins[1:]),
                                h).numpy()
            sure = np.abs(y) > 1e-5
            test.assertTrue(np.array_equal(out[sure], (y > 0)[sure]), what)
            stats["codes"] += int(sure.sum())
            stats["codes_skipped"] += int((~sure).sum())
            out = (y > 0).astype(np.uint8)   # continue with the module's codes
        elif op == "binarize":
            ref = vnn.binarize(torch.from_numpy(ins[0].astype(np.float32)),
                               node["attrs"]["num_heads"]).numpy()
            test.assertTrue(np.array_equal(out, ref.astype(np.uint8)), what)
            stats["codes"] += out.size
        if cap is not None and cap[1] is not None and cap[1].shape == out.shape:
            ref = cap[1]
            if op == "shift_linear":
                test.assertTrue(np.array_equal(out.astype(np.float32), ref), what)
                stats["exact"] += 1
            elif op == "moe2_linear":
                # tokens routed to the shift expert are bit-exact
                xt = torch.from_numpy(ins[0].astype(np.float32))
                mod = dict(model.named_modules())[name]
                with torch.no_grad():
                    e = mod.route(xt).numpy().astype(bool)
                test.assertTrue(np.array_equal(out[e].astype(np.float32), ref[e]), what)
                close(test, out[~e], ref[~e], what)
                stats["exact"] += 1
            else:
                close(test, out, ref, what)
                stats["float"] += 1
            out = ref
        values[name] = out if out.dtype == np.uint8 else out.astype(F64)
    return stats


# ----- tests ----------------------------------------------------------------------
class ShiftLinearTests(TmpDirCase):
    def test_from_linear_rule(self):
        w = torch.tensor([1.0, -1.0, 0.25, -2.0 ** -14, 0.0, 3.0, -5.0, 1e-9, -1e-30,
                          0.7, 0.71, 2.0 ** -0.5 * 1.0000001, 2.0 ** -0.5 * 0.9999999,
                          2.0 ** -14.5 * 1.0000001, float("inf"), float("-inf"),
                          1.5e-45])
        shift, sign = vnn.shift_sign_from_weight(w.reshape(1, -1))
        want_shift = [0, 0, -2, -14, -14, 0, 0, -14, -14, -1, 0, 0, -1, -14, 0, 0, -14]
        self.assertEqual(shift.reshape(-1).tolist(), want_shift)
        self.assertEqual(sign.reshape(-1).tolist(),
                         [1, -1, 1, -1, 0, 1, -1, 1, -1, 1, 1, 1, 1, 1, 1, -1, 1])
        self.assertEqual(shift.dtype, torch.int8)
        self.assertEqual(sign.dtype, torch.int8)
        # pot5 bytes: (-p) | (sign < 0) << 4; zero -> 15
        self.assertEqual(vnn.pot5_encode(shift, sign).reshape(-1).tolist(),
                         [0, 16, 2, 30, 15, 0, 16, 14, 30, 1, 0, 0, 1, 14, 0, 16, 14])
        # random weights: agrees with float64 round(log2|w|) (no ties exist)
        g = torch.Generator().manual_seed(1)
        w = torch.randn(64, 72, generator=g) * torch.exp(4 * torch.randn(64, 72, generator=g))
        shift, sign = vnn.shift_sign_from_weight(w)
        p = np.clip(np.round(np.log2(np.abs(w.numpy().astype(F64)))), -14, 0)
        self.assertTrue(np.array_equal(shift.numpy(), p.astype(np.int8)))
        self.assertTrue(np.array_equal(sign.numpy(), np.sign(w.numpy()).astype(np.int8)))
        s2, g2 = vnn.pot5_decode(vnn.pot5_encode(shift, sign))
        self.assertTrue(torch.equal(s2, shift) and torch.equal(g2, sign))
        with self.assertRaises(ValueError):
            vnn.shift_sign_from_weight(torch.tensor([[float("nan")]]))

    def test_integer_exact(self):
        """module == NumPy int64 formula, bit-exact, at tokens 50 and 197, K = 72."""
        for tokens, k, m in ((50, 72, 40), (197, 72, 24), (7, 13, 5)):
            lin = seeded(tokens, lambda: nn.Linear(k, m))
            with torch.no_grad():
                lin.weight[0, :5] = 0.0                    # zero weights
                lin.weight[1, :5] = torch.tensor([1.0, -1.0, 4.0, 2 ** -20, -2 ** -20])
                lin.bias[2] = 1e9                          # saturating bias
            mod = vnn.ShiftLinear.from_linear(lin).eval()
            g = torch.Generator().manual_seed(tokens)
            x = 3 * torch.randn(2, tokens, k, generator=g)
            x[0, 0, :6] = torch.tensor([40000.0, -40000.0, float("inf"), -float("inf"),
                                        -2 ** -17, -1.5e-5])
            x[0, 1] = -x[0, 1].abs() * 1e-3                  # small negatives: floor, >> floor
            with torch.no_grad():
                y = mod(x).numpy()
            ref = np_shift_linear(x.numpy(), mod.shift.numpy(), mod.sign.numpy(),
                                  mod.bias.detach().numpy())
            self.assertTrue(np.array_equal(y, ref), "tokens %d" % tokens)
            # the float fake-quant view agrees within K LSBs (floor of each shift)
            mod.train()
            with torch.no_grad():
                yf = mod(x[1:]).numpy()
            mod.eval()
            keep = [j for j in range(m) if j != 2]    # column 2: float32 ulp at 32768
            self.assertLessEqual(float(np.abs(yf - ref[1:])[..., keep].max()),
                                 (k + 1) * 2.0 ** -16)

    def test_no_bias_and_rank(self):
        mod = seeded(3, lambda: vnn.ShiftLinear(72, 16, bias=False)).eval()
        x = torch.randn(2, 3, 5, 72)
        with torch.no_grad():
            y = mod(x).numpy()
        self.assertEqual(y.shape, (2, 3, 5, 16))
        ref = np_shift_linear(x.numpy(), mod.shift.numpy(), mod.sign.numpy(), None)
        self.assertTrue(np.array_equal(y, ref))
        prefix, graph = self.export(mod, x, "nobias")
        self.assertEqual(graph["nodes"][0]["inputs"], ["x", "weight"])
        out = vitc.interp.run(prefix + ".json", {"x": x.numpy()})[0]
        self.assertTrue(np.array_equal(out, y))

    def test_export_pot5(self):
        mod = seeded(4, lambda: vnn.ShiftLinear(72, 40)).eval()
        x = torch.randn(3, 197, 72)
        prefix, graph = self.export(mod, x, "shift")
        self.assertEqual([n["op"] for n in graph["nodes"]], ["shift_linear"])
        w = {e["name"]: e for e in graph["weights"]}
        self.assertEqual(w["weight"]["dtype"], "pot5")
        self.assertEqual(w["weight"]["shape"], [40, 72])
        self.assertEqual(w["weight"]["role"], "parameter")
        self.assertEqual(w["bias"]["dtype"], "f32")
        arrays, _ = safetensors.read(prefix + ".safetensors")
        self.assertEqual(arrays["weight"].dtype, np.uint8)
        self.assertTrue(np.array_equal(arrays["weight"], mod.pot5().numpy()))
        self.assertNotIn("shift", arrays)
        self.assertNotIn("sign", arrays)
        self.assertEqual(param_count(graph), 40 * 72 + 40)
        self.assertEqual(vnn.count_parameters(mod), 40 * 72 + 40)
        with torch.no_grad():
            ref = mod(x).numpy()
        out = vitc.interp.run(prefix + ".json", {"x": x.numpy()})[0]
        self.assertTrue(np.array_equal(out, ref))
        self.check_inspect(prefix, mod)


class MoETests(TmpDirCase):
    def test_routing_and_export(self):
        mod = seeded(5, lambda: vnn.MoE2Linear(72, 48)).eval()
        self.assertTrue(torch.equal(mod.shift.shift,
                                    vnn.ShiftLinear.from_linear(mod.mult).shift))
        x = torch.randn(2, 197, 72)
        with torch.no_grad():
            y = mod(x).numpy()
            logits = mod.router(x).numpy()
            dense = mod.mult(x).numpy()
            shift = mod.shift(x).numpy()
        e = logits[..., 1] > logits[..., 0]
        self.assertTrue(0 < e.mean() < 1, "both experts used")
        self.assertTrue(np.array_equal(y[e], shift[e]))
        self.assertTrue(np.array_equal(y[~e], dense[~e]))
        prefix, graph = self.export(mod, x, "moe")
        node = graph["nodes"][0]
        self.assertEqual(node["op"], "moe2_linear")
        self.assertEqual(node["inputs"], ["x", "router.weight", "router.bias",
                                          "experts.0.weight", "experts.0.bias",
                                          "experts.1.weight", "experts.1.bias"])
        dtypes = {w["name"]: w["dtype"] for w in graph["weights"]}
        self.assertEqual(dtypes["experts.1.weight"], "pot5")
        self.assertEqual(param_count(graph), vnn.count_parameters(mod))
        self.assertEqual(param_count(graph), 2 * 72 + 2 + 2 * (48 * 72 + 48))
        out = vitc.interp.run(prefix + ".json", {"x": x.numpy()})[0]
        self.assertTrue(np.array_equal(out[e], y[e]))        # shift tokens: bit-exact
        close(self, out[~e], y[~e], "moe dense tokens")
        self.check_inspect(prefix, mod)

    def test_ties_and_absent_biases(self):
        mod = seeded(6, lambda: vnn.MoE2Linear(16, 8, bias=False)).eval()
        with torch.no_grad():
            mod.router.weight.zero_()
            mod.router.bias.fill_(0.5)               # every token a tie -> expert 0
        x = torch.randn(1, 5, 16)
        with torch.no_grad():
            self.assertTrue(torch.equal(mod(x), mod.mult(x)))
        mod.router = nn.Linear(16, 2, bias=False)
        prefix, graph = self.export(mod, x, "moe_nobias")
        self.assertEqual(graph["nodes"][0]["inputs"],
                         ["x", "router.weight", "", "experts.0.weight", "", "experts.1.weight"])
        with torch.no_grad():
            ref = mod(x).numpy()
        out = vitc.interp.run(prefix + ".json", {"x": x.numpy()})[0]
        close(self, out, ref, "moe without biases")


class PrimitiveTests(unittest.TestCase):
    def test_ksh_codes_vs_float64(self):
        for tokens, dim, h, nbits in ((50, 64, 2, 16), (197, 128, 2, 16), (197, 192, 3, 32)):
            att = seeded(tokens + dim, lambda: vnn.LinAngularAttention(dim, h, nbits=nbits))
            qk = torch.randn(2, tokens, dim)
            y = vnn.ksh_project(qk, att.anchors, att.mvec, att.hash_proj, h).numpy()
            codes = vnn.ksh_hash(qk, att.anchors, att.mvec, att.hash_proj, h).numpy()
            ref = np_ksh_y(qk.numpy(), att.anchors.numpy(), att.mvec.numpy(),
                           att.hash_proj.numpy(), h)
            sure = np.abs(ref) > 1e-5
            self.assertGreater(sure.mean(), 0.99)
            self.assertTrue(np.array_equal(codes[sure], (ref > 0)[sure]))
            self.assertLess(float(np.abs(y - ref).max()), 1e-5)
            self.assertTrue(0.2 < codes.mean() < 0.8, "codes are not degenerate")
            # interp (float32) agrees too
            ic = vitc.interp.OPS["ksh_hash"](
                [qk.numpy().astype(F64), att.anchors.numpy(), att.mvec.numpy(),
                 att.hash_proj.numpy()], {"num_heads": h, "nbits": nbits}, 2)
            self.assertTrue(np.array_equal(ic[sure], (ref > 0)[sure]))

    def test_matadd_vs_loops(self):
        g = torch.Generator().manual_seed(7)
        h, nb, d, n = 2, 16, 32, 50
        codes = torch.rand(2, h, n, nb, generator=g) > 0.5
        v = torch.randn(2, n, h * d, generator=g)
        kv = vnn.matadd_ktv(codes, v, h).numpy()
        o = vnn.matadd_qkv(codes, torch.from_numpy(kv), v, h, 0.5, 1 / math.pi).numpy()
        c, vh = codes.numpy(), heads(v.numpy().astype(F64), h)
        kv_ref = np.zeros((2, h, nb, d))
        t_ref = np.zeros((2, h, n, d))
        for b in range(2):
            for hh in range(h):
                for k in range(nb):
                    for s in range(n):
                        if c[b, hh, s, k]:
                            kv_ref[b, hh, k] += vh[b, hh, s]
                for s in range(n):
                    for k in range(nb):
                        if c[b, hh, s, k]:
                            t_ref[b, hh, s] += kv_ref[b, hh, k]
        o_ref = 0.5 * v.numpy() + t_ref.transpose(0, 2, 1, 3).reshape(2, n, h * d) / math.pi
        close(self, kv, kv_ref, "matadd_ktv")
        close(self, o, o_ref, "matadd_qkv")
        ops = vitc.interp.OPS
        ikv = ops["matadd_ktv"]([c.astype(np.uint8), v.numpy().astype(F64)], {"num_heads": h}, 2)
        close(self, ikv, kv_ref, "interp matadd_ktv")
        io = ops["matadd_qkv"]([c.astype(np.uint8), kv_ref, v.numpy().astype(F64)],
                               {"num_heads": h, "alpha": 0.5, "beta": 1 / math.pi}, 2)
        close(self, io, o_ref, "interp matadd_qkv")

    def test_conv1d_tokens_grouped(self):
        g = torch.Generator().manual_seed(8)
        x = torch.randn(2, 197, 6, generator=g)
        w = torch.randn(3, 1, 9, generator=g)
        y = vnn.conv1d_tokens(x, w, 4).numpy()
        xp = np.pad(x.numpy().astype(F64), ((0, 0), (4, 4), (0, 0)))
        ref = np.zeros((2, 197, 6))
        for c in range(6):
            for t in range(197):
                ref[:, t, c] = sum(w[c // 2, 0, j].item() * xp[:, t + j, c] for j in range(9))
        close(self, y, ref, "conv1d_tokens")
        iy = vitc.interp.OPS["conv1d_tokens"]([x.numpy().astype(F64), w.numpy().astype(F64)],
                                             {"padding": 4}, 2)
        close(self, iy, ref, "interp conv1d_tokens")

    def test_hamming_scores(self):
        g = torch.Generator().manual_seed(9)
        for nb, n, s in ((32, 50, 50), (16, 7, 11), (64, 9, 5)):
            q = torch.randn(2, n, 2 * nb, generator=g)
            k = torch.randn(2, s, 2 * nb, generator=g)
            qc, kc = vnn.binarize(q, 2), vnn.binarize(k, 2)
            sc = vnn.hamming_scores(qc, kc).numpy()
            self.assertEqual(sc.dtype, np.int64)
            ref = np_popcount_scores(qc.numpy(), kc.numpy())
            self.assertTrue(np.array_equal(sc, ref))
            # = the +-1 dot product
            pm = lambda c: 2 * c.numpy().astype(np.int64) - 1  # noqa: E731
            self.assertTrue(np.array_equal(sc, pm(qc) @ pm(kc).transpose(0, 1, 3, 2)))
            v = torch.randn(2, s, 2 * 8, generator=g)
            o = vnn.hamming_attention(qc, kc, v, 2, 1 / math.sqrt(nb)).numpy()
            p = np.exp(ref / math.sqrt(nb))
            p /= p.sum(-1, keepdims=True)
            o_ref = (p @ heads(v.numpy().astype(F64), 2)).transpose(0, 2, 1, 3).reshape(2, n, 16)
            close(self, o, o_ref, "hamming attention")
            io = vitc.interp.OPS["hamming_attention"](
                [qc.numpy().astype(np.uint8), kc.numpy().astype(np.uint8),
                 v.numpy().astype(F64)], {"num_heads": 2, "scale": 1 / math.sqrt(nb)}, 2)
            close(self, io, o_ref, "interp hamming attention")

    def test_l2norm_heads(self):
        x = torch.randn(2, 5, 64)
        x[0, 0, :32] = 0.0
        y = vnn.l2norm_heads(x, 2).numpy()
        xh = heads(x.numpy().astype(F64), 2)
        ref = xh / np.maximum(np.sqrt((xh ** 2).sum(-1, keepdims=True)), 1e-12)
        ref = ref.transpose(0, 2, 1, 3).reshape(2, 5, 64)
        close(self, y, ref, "l2norm_heads")
        self.assertTrue(np.all(y[0, 0, :32] == 0))


class DecisionTests(unittest.TestCase):
    """vnn.decisions(): record the codes, routes and Q16.16 inputs a model
    decides, and replay given ones (tests/e2e replays a compiled model's)."""

    def test_record_replay(self):
        torch.manual_seed(5)
        m = vnn.build_shiftadd_deit(32, 8, 32, 1, 2, num_classes=4, attn="hamming",
                                    mlp="moe2", attn_linear="shift", seed=6).eval()
        x = torch.randn(2, 3, 32, 32)
        with torch.no_grad(), vnn.decisions() as tape:
            y = m(x)
        kinds = [k for k, _, _ in tape.records]
        # q, k: q16 then codes; v, proj: q16; fc1, fc2: route then q16
        self.assertEqual(kinds, ["q16", "binarize", "q16", "binarize", "q16", "q16",
                                 "route", "q16", "route", "q16"])
        for kind, value, margin in tape.records:
            self.assertEqual(tuple(value.shape), tuple(margin.shape))
            self.assertTrue(bool((margin >= 0).all()))
        self.assertTrue(bool((tape.records[0][2] <= 2.0 ** -17).all()))
        same = [v for _, v, _ in tape.records]
        with torch.no_grad(), vnn.decisions(replay=same):
            self.assertTrue(torch.equal(m(x), y))
        # the other expert for every token of fc2: the output changes
        flipped = list(same)
        flipped[8] = 1 - same[8]
        with torch.no_grad(), vnn.decisions(replay=flipped):
            self.assertFalse(torch.allclose(m(x), y))
        with torch.no_grad(), vnn.decisions(replay=same[:3]):
            self.assertRaisesRegex(ValueError, "3 decisions given", m, x)
        bad = list(same)
        bad[1] = same[1][:, :1]
        with torch.no_grad(), vnn.decisions(replay=bad):
            self.assertRaisesRegex(ValueError, "decision 1 .binarize. has shape", m, x)
        self.assertIsNone(vnn._TAPE)

    def test_codes_from_words(self):
        c = vnn.codes_from_words(torch.tensor([0, 1, 5, -1], dtype=torch.int32), 32)
        self.assertEqual(tuple(c.shape), (4, 32))
        self.assertEqual(c[2, :4].tolist(), [True, False, True, False])
        self.assertTrue(bool(c[3].all()))
        self.assertFalse(bool(c[0].any()))


class ReplayTests(TmpDirCase):
    """vitc.replay.compare on "compiled outputs" made from the module's own
    decisions: no violation; one confidently flipped route: a violation."""

    def test_compare(self):
        from vitc import replay
        m = vnn.build_shiftadd_deit(32, 8, 32, 1, 2, num_classes=4, attn="hamming",
                                    mlp="moe2", attn_linear="moe2", seed=7).eval()
        x = seeded(8, lambda: torch.randn(2, 3, 32, 32))
        prefix = os.path.join(self.tmp, "m")
        vitc.export(m, x, prefix)
        with open(prefix + ".json") as f:
            graph = json.load(f)
        names = replay.decision_names(graph)
        with torch.no_grad(), vnn.decisions() as tape:
            y = m(x).numpy()
        self.assertEqual(len(names), len(tape.records))
        outs = {graph["outputs"][0]: y}
        for (kind, value, _), name in zip(tape.records, names):
            if kind in ("ksh_hash", "binarize"):
                w = (value.to(torch.int64) << torch.arange(value.shape[-1])).sum(-1)
                outs[name] = w.to(torch.int32).numpy()
            else:
                outs[name] = value.to(torch.int32).numpy()
        r = replay.compare(m, x, graph, outs.__getitem__)
        self.assertEqual(r["violations"], [])
        self.assertEqual((r["err"], r["differ"]), (0.0, 0))
        i = [k for k, (kind, _, _) in enumerate(tape.records) if kind == "route"][-1]
        route = outs[names[i]].copy()
        j = np.unravel_index(np.argmax(tape.records[i][2].numpy()), route.shape)
        route[j] = 1 - route[j]
        outs[names[i]] = route
        r = replay.compare(m, x, graph, outs.__getitem__)
        self.assertGreaterEqual(r["differ"], 1)
        self.assertTrue(any("%s: 1 route decisions differ" % names[i] in v
                            for v in r["violations"]), r["violations"])


class AttentionExportTests(TmpDirCase):
    """Single attention modules: tokens 50 and 197, head dims 32 and 64."""

    CASES = [(50, 64, 2), (197, 128, 2), (197, 64, 1)]   # tokens, dim, heads

    def run_case(self, model, tokens, dim, name, ops):
        x = seeded(tokens, lambda: torch.randn(2, tokens, dim))
        prefix, graph = self.export(model, x, name)
        self.assertEqual([n["op"] for n in graph["nodes"]], ops)
        with torch.no_grad():
            ref = model(x).numpy()
        out = vitc.interp.run(prefix + ".json", {"x": x.numpy()})[0]
        # float-only modules: 1e-5; a shift linear after float ops sees inputs
        # that may differ by an ulp, i.e. by one Q16.16 step after the floor
        shifty = {n["op"] for n in graph["nodes"]} & {"shift_linear", "moe2_linear"}
        close(self, out, ref, name, 1e-4 if shifty else 1e-5)
        stats = stepwise(self, model, x, prefix)
        self.check_inspect(prefix, model)
        return graph, stats

    def test_linangular(self):
        ops = ["linear", "ksh_hash", "linear", "matadd_ktv", "matadd_qkv", "l2norm_heads",
               "conv1d_tokens", "add", "linear"]
        for tokens, dim, h in self.CASES:
            att = seeded(dim, lambda: vnn.LinAngularAttention(dim, h)).eval()
            graph, _ = self.run_case(att, tokens, dim, "la_%d_%d" % (tokens, dim), ops)
            nodes = {n["op"]: n for n in graph["nodes"]}
            self.assertEqual(nodes["ksh_hash"]["attrs"], {"num_heads": h, "nbits": 16})
            self.assertEqual(nodes["ksh_hash"]["inputs"][1:], ["anchors", "mvec", "hash_proj"])
            self.assertEqual(nodes["matadd_qkv"]["attrs"]["alpha"], 0.5)
            self.assertEqual(nodes["matadd_qkv"]["attrs"]["beta"], 1 / math.pi)
            self.assertEqual(nodes["l2norm_heads"]["attrs"], {"num_heads": h, "eps": 1e-12})
            self.assertEqual(nodes["conv1d_tokens"]["attrs"], {"padding": 4})
            self.assertEqual(nodes["conv1d_tokens"]["inputs"], ["to_v", "dconv_weight"])
            self.assertEqual(nodes["ksh_hash"]["inputs"][0], "to_qk")
            roles = {w["name"]: (w["role"], w["shape"]) for w in graph["weights"]}
            self.assertEqual(roles["anchors"], ("buffer", [h, 25, dim // h]))
            self.assertEqual(roles["mvec"], ("buffer", [h, 25]))
            self.assertEqual(roles["hash_proj"], ("buffer", [h, 16, 25]))
            self.assertEqual(roles["dconv_weight"], ("parameter", [h, 1, 9]))
            self.assertEqual(param_count(graph), vnn.count_parameters(att))

    def test_linangular_shift_and_moe(self):
        for lin, op in (("shift", "shift_linear"), ("moe2", "moe2_linear")):
            att = seeded(11, lambda: vnn.LinAngularAttention(64, 2, linear=lin)).eval()
            ops = [op, "ksh_hash", op, "matadd_ktv", "matadd_qkv", "l2norm_heads",
                   "conv1d_tokens", "add", op]
            _, stats = self.run_case(att, 50, 64, "la_" + lin, ops)
            self.assertEqual(stats["exact"], 3)

    def test_hamming(self):
        ops = ["linear", "binarize", "linear", "binarize", "linear", "hamming_attention",
               "linear"]
        for tokens, dim, h in self.CASES:
            for nb in (16, 32):
                att = seeded(dim + nb, lambda: vnn.HammingAttention(dim, h, nb)).eval()
                graph, _ = self.run_case(att, tokens, dim, "ham_%d_%d_%d" % (tokens, dim, nb),
                                         ops)
                node = [n for n in graph["nodes"] if n["op"] == "hamming_attention"][0]
                self.assertEqual(node["attrs"], {"num_heads": h, "scale": 1 / math.sqrt(nb)})
                b = [n for n in graph["nodes"] if n["op"] == "binarize"][0]
                self.assertEqual(b["attrs"], {"num_heads": h})

    def test_odd_code_widths(self):
        """nbits need not be a multiple of 8: KSH 12 bits with 7 anchors and 3
        taps, Hamming 20 and 5 bits (3 heads of 16)."""
        att = seeded(13, lambda: vnn.LinAngularAttention(64, 2, nbits=12, num_anchors=7,
                                                         conv_taps=3)).eval()
        self.run_case(att, 50, 64, "la_12", ["linear", "ksh_hash", "linear", "matadd_ktv",
                                             "matadd_qkv", "l2norm_heads", "conv1d_tokens",
                                             "add", "linear"])
        ops = ["linear", "binarize", "linear", "binarize", "linear", "hamming_attention",
               "linear"]
        for dim, h, nb, tokens in ((64, 2, 20, 50), (48, 3, 5, 197)):
            att = seeded(nb, lambda: vnn.HammingAttention(dim, h, nb)).eval()
            self.run_case(att, tokens, dim, "ham_%d" % nb, ops)

    def test_hamming_shift(self):
        att = seeded(12, lambda: vnn.HammingAttention(64, 2, 32, linear="shift")).eval()
        ops = ["shift_linear", "binarize", "shift_linear", "binarize", "shift_linear",
               "hamming_attention", "shift_linear"]
        _, stats = self.run_case(att, 50, 64, "ham_shift", ops)
        self.assertEqual(stats["exact"], 4)


class ShiftAddModels(TmpDirCase):
    """Whole models.  Stepwise, every node matches (shift_linear bit-exact).
    End to end the interpreter (float64 between ops) and the module (float32)
    differ by more than 1e-5: each Q16.16 floor of an input that moved by an
    ulp changes a shift-linear sum by up to 2^-16, and those changes add up
    over the layers; the measured end-to-end errors are bounded by
    E2E_REL below."""

    E2E_REL = 3e-3

    def run_model(self, model, image, name, want_ops, batch=2):
        x = seeded(len(name), lambda: torch.randn(batch, 3, image, image))
        prefix, graph = self.export(model, x, name)
        ops = {n["op"] for n in graph["nodes"]}
        for op in want_ops:
            self.assertIn(op, ops, name)
        self.assertEqual(param_count(graph), vnn.count_parameters(model))
        stats = stepwise(self, model, x, prefix)
        with torch.no_grad():
            ref = model(x).numpy()
        out = vitc.interp.run(prefix + ".json", {"x": x.numpy()})[0]
        dense = not ops & {"shift_linear", "moe2_linear", "ksh_hash", "binarize"}
        rel = close(self, out, ref, name + " end to end", 1e-5 if dense else self.E2E_REL)
        sys.stderr.write("  %s: %d nodes, stepwise %s, end-to-end rel error %.1e\n"
                         % (name, len(graph["nodes"]), stats, rel))
        self.check_inspect(prefix, model)
        return graph

    def test_deit_linangular_moe2(self):
        m = vnn.build_shiftadd_deit(32, 8, 64, 2, 2, num_classes=10, attn="linangular",
                                    mlp="moe2", attn_linear="moe2", seed=1)
        g = self.run_model(m, 32, "deit_la_moe2", ["ksh_hash", "matadd_ktv", "matadd_qkv",
                                                  "l2norm_heads", "conv1d_tokens",
                                                  "moe2_linear"])
        self.assertEqual(sum(n["op"] == "moe2_linear" for n in g["nodes"]), 10)

    def test_deit_hamming_shift(self):
        m = vnn.build_shiftadd_deit(32, 8, 64, 2, 2, num_classes=10, attn="hamming",
                                    mlp="shift", attn_linear="shift", seed=2)
        g = self.run_model(m, 32, "deit_ham_shift", ["binarize", "hamming_attention",
                                                    "shift_linear"])
        self.assertEqual(sum(n["op"] == "shift_linear" for n in g["nodes"]), 12)

    def test_deit_dense_mean_pool(self):
        m = vnn.build_shiftadd_deit(32, 8, 64, 2, 2, num_classes=10, pool="mean", seed=3)
        self.run_model(m, 32, "deit_dense", ["matmul", "softmax"])

    def test_pvt_v2_b0_small(self):
        m = vnn.build_pvt_v2_b0(image_size=64, num_classes=10, attn="linangular", mlp="moe2",
                                attn_linear="moe2", seed=4)
        g = self.run_model(m, 64, "pvt_b0_la_moe2", ["ksh_hash", "moe2_linear", "conv2d",
                                                    "softmax"], batch=1)
        # stages 1-3 LinAngular, stage 4 dense softmax MSA
        self.assertEqual(sum(n["op"] == "ksh_hash" for n in g["nodes"]), 6)
        self.assertEqual(sum(n["op"] == "softmax" for n in g["nodes"]), 2)
        dw = [n for n in g["nodes"] if n["op"] == "conv2d" and n["attrs"]["groups"] > 1]
        self.assertEqual(len(dw), 8)   # MLP DWConv3x3 in every block

    def test_pvt_v2_b0_dense_sr(self):
        m = vnn.build_pvt_v2_b0(image_size=64, num_classes=10, seed=5)
        g = self.run_model(m, 64, "pvt_b0_dense", ["conv2d", "softmax", "layer_norm"])
        srs = [n for n in g["nodes"] if n["name"].endswith("attn.sr")]
        self.assertEqual(sorted({tuple(n["attrs"]["stride"]) for n in srs}),
                         [(2, 2), (4, 4), (8, 8)])

    def test_pvt_v2_b0_full_size_params(self):
        m = vnn.build_pvt_v2_b0(seed=0)
        self.assertEqual(vnn.count_parameters(m), 3666760)  # timm pvt_v2_b0
        sa = vnn.build_pvt_v2_b0(attn="linangular", mlp="shift", attn_linear="shift")
        self.assertGreater(vnn.count_parameters(sa), 0)


class Refusals(TmpDirCase):
    def refused(self, model, x, *fragments):
        with self.assertRaises(vitc.ExportError) as cm:
            vitc.export(model, x, self.path("r"))
        msg = str(cm.exception)
        for f in fragments:
            self.assertIn(f, msg)
        self.assertFalse(os.path.exists(self.path("r.json")))

    def test_refusals(self):
        x3 = torch.randn(1, 10, 64)
        self.refused(vnn.LinAngularAttention(64, 2, nbits=40), x3, "nbits=40", "at most 32")
        att = vnn.LinAngularAttention(64, 2)
        att.nbits = 8                       # disagrees with the hash_proj buffer
        self.refused(att, x3, "hash_proj has shape [2, 16, 25], expected [2, 8, 25]")
        bad = vnn.ShiftLinear(64, 8)
        with torch.no_grad():
            bad.shift[0, 0] = 3
            bad.sign[0, 0] = 1
        self.refused(bad, x3, "shift values outside [-14, 0]")
        bad = vnn.ShiftLinear(64, 8)
        with torch.no_grad():
            bad.sign[0, 0] = 2
        self.refused(bad, x3, "sign values outside")
        moe = vnn.MoE2Linear(64, 8)
        moe.experts[1] = nn.Linear(64, 8)
        self.refused(moe, x3, "experts [nn.Linear, ShiftLinear]")
        moe = vnn.MoE2Linear(64, 8)
        moe.router = nn.Linear(64, 3)
        self.refused(moe, x3, "router/expert shapes")
        att = vnn.LinAngularAttention(64, 2)
        att.to_v = nn.Sequential(nn.Linear(64, 64))
        self.refused(att, x3, "to_v", "expected nn.Linear, ShiftLinear or MoE2Linear")
        with self.assertRaises(ValueError):
            vnn.LinAngularAttention(64, 2, conv_taps=8)
        with self.assertRaises(ValueError):
            vnn.build_shiftadd_deit(32, 8, 64, 1, 2, attn="performer")

    def test_shift_zero_weight_code(self):
        mod = vnn.ShiftLinear(4, 2)
        with torch.no_grad():
            mod.sign.zero_()
            mod.shift.fill_(5)          # never used when sign is 0: still exportable
        prefix = self.path("z")
        vitc.export(mod, torch.randn(1, 4), prefix)
        arrays, _ = safetensors.read(prefix + ".safetensors")
        self.assertTrue(np.all(arrays["weight"] == 15))


class CommandLine(TmpDirCase):
    def run_cli(self, *args):
        env = dict(os.environ, PYTHONPATH=PYDIR)
        return subprocess.run([sys.executable, "-m", "vitc"] + list(args), capture_output=True,
                              text=True, env=env, timeout=120)

    def test_shiftadd_presets(self):
        prefix = self.path("sa")
        res = self.run_cli("export", "--model", "shiftadd_deit_tiny", "--image-size", "32",
                           "--patch-size", "8", "--layers", "1", "--attn", "hamming",
                           "--mlp", "shift", "--classes", "10", "--reference", "-o", prefix)
        self.assertEqual(res.returncode, 0, res.stderr)
        self.assertIn("attn hamming, mlp shift, attn-linear moe2", res.stdout)
        with open(prefix + ".json") as f:
            graph = json.load(f)
        ops = {n["op"] for n in graph["nodes"]}
        self.assertTrue({"hamming_attention", "shift_linear", "moe2_linear"} <= ops)
        x, ref = np.load(prefix + ".input.npy"), np.load(prefix + ".output.npy")
        out = vitc.interp.run(prefix + ".json", {"x": x})[0]
        close(self, out, ref, "cli", ShiftAddModels.E2E_REL)
        res = self.run_cli("export", "--model", "pvt_v2_b0", "--image-size", "64",
                           "--attn", "linangular", "--classes", "10", "-o", self.path("p"))
        self.assertEqual(res.returncode, 0, res.stderr)
        for args in (["--model", "deit_tiny", "--attn", "hamming"],
                     ["--model", "pvt_v2_b0", "--patch-size", "3"],
                     ["--model", "pvt_v2_b0", "--image-size", "60"],
                     ["--model", "shiftadd_deit_tiny", "--mlp", "int8"]):
            res = self.run_cli("export", *args, "-o", self.path("e"))
            self.assertEqual(res.returncode, 1 if "--mlp" not in args else 1, args)
            self.assertEqual(len(res.stderr.strip().splitlines()), 1, res.stderr)
            self.assertFalse(os.path.exists(self.path("e.json")))


if __name__ == "__main__":
    try:
        unittest.main()
    finally:
        for note in INSPECT_NOTES:
            sys.stderr.write("vitc inspect (not failed): %s\n" % note)
