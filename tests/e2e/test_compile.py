#!/usr/bin/python3
"""End-to-end numerics: export with python/vitc, compile with `vitc compile`,
run with `vitc run`, compare with PyTorch fp32 at several batch sizes.

Tolerance (issue 3): max|diff| <= 1e-4 * max|reference|.
Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_compile.py
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
    import torchvision  # noqa: F401  (vitc.models needs it)
    from torch import nn
except ImportError as e:
    sys.stderr.write("test_compile.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

import vitc  # noqa: E402
from vitc.models import build_vit  # noqa: E402

VITC = os.environ.get("VITC_BIN", os.path.join(ROOT, "vitc"))


def perturb(model, seed):
    """Noise on every parameter so biases, norms and the class token matter."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.05 * torch.randn(p.shape, generator=gen))
    return model.eval()


class Compiled:
    """A model exported and compiled into a temporary directory."""

    def __init__(self, test, module, example, name, extra=()):
        self.test, self.module = test, module
        self.dir = test.tmp
        self.prefix = os.path.join(self.dir, name)
        vitc.export(module, example, self.prefix)
        self.so = self.prefix + ".so"
        r = subprocess.run([VITC, "compile", self.prefix + ".json", "-o", self.so] + list(extra),
                           capture_output=True, text=True)
        test.assertEqual(r.returncode, 0, "vitc compile %s: %s" % (name, r.stderr))

    def check(self, x, threads=1):
        """Run at x's batch size and compare with the module."""
        xin = os.path.join(self.dir, "x.npy")
        out = os.path.join(self.dir, "y.npy")
        np.save(xin, x.numpy())
        r = subprocess.run([VITC, "run", self.so, "--input", xin, "-o", out,
                            "--threads", str(threads)], capture_output=True, text=True)
        self.test.assertEqual(r.returncode, 0, "vitc run: %s" % r.stderr)
        got = np.load(out)
        with torch.no_grad():
            ref = self.module(x)
            if isinstance(ref, tuple):
                ref = ref[0]
            ref = ref.numpy()
        self.test.assertEqual(got.shape, ref.shape)
        tol = 1e-4 * float(np.abs(ref).max())
        err = float(np.abs(got - ref).max())
        self.test.assertLessEqual(err, tol, "batch %d: max error %g > %g" % (x.shape[0], err, tol))
        return err


class TestCompile(unittest.TestCase):
    def setUp(self):
        self._td = tempfile.TemporaryDirectory()
        self.tmp = self._td.name
        torch.manual_seed(0)

    def tearDown(self):
        self._td.cleanup()

    def vit(self, seed, **cfg):
        m = perturb(build_vit(**cfg, seed=seed), seed)
        s = cfg["image_size"]
        c = Compiled(self, m, torch.randn(1, 3, s, s), "vit")
        for batch, threads in ((1, 1), (4, 2), (3, 1)):
            c.check(torch.randn(batch, 3, s, s), threads)

    def test_vit_small_config(self):
        self.vit(1, image_size=32, patch_size=8, num_layers=2, num_heads=3, hidden_dim=48,
                 mlp_dim=96, num_classes=10)

    def test_vit_odd_config(self):
        # nothing divides the tiles: 45x45 images, 9 heads of 5, MLP 75, 27 classes
        self.vit(2, image_size=45, patch_size=9, num_layers=3, num_heads=9, hidden_dim=45,
                 mlp_dim=75, num_classes=27)

    def test_vit_representation(self):
        self.vit(3, image_size=24, patch_size=4, num_layers=1, num_heads=4, hidden_dim=32,
                 mlp_dim=64, num_classes=5, representation_size=16)

    def test_deit_tiny(self):
        """DeiT-Tiny at 224x224 (patch 16, dim 192, 3 heads, depth 12, MLP 768)."""
        m = perturb(build_vit(image_size=224, patch_size=16, num_layers=12, num_heads=3,
                              hidden_dim=192, mlp_dim=768, num_classes=1000, seed=4), 4)
        c = Compiled(self, m, torch.randn(1, 3, 224, 224), "deit_tiny")
        c.check(torch.randn(1, 3, 224, 224), 1)
        c.check(torch.randn(4, 3, 224, 224), 2)

    def test_custom_composition(self):
        """Functional ops outside torchvision: matmul attention, scalar ops,
        transposes, slicing, mean pooling, tanh/relu/erf, padded grouped conv."""

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d(4, 8, 3, stride=2, padding=1, groups=2)
                self.dw = nn.Conv2d(8, 8, 3, padding=1, groups=8)
                self.qkv = nn.Linear(8, 24)
                self.proj = nn.Linear(8, 6, bias=False)
                self.norm = nn.LayerNorm(8)

            def forward(self, x):
                x = torch.relu(self.dw(self.conv(x)))
                n, c, h, w = x.shape
                t = x.flatten(2).transpose(1, 2)            # [n, hw, c]
                q, k, v = self.qkv(self.norm(t)).chunk(3, dim=-1)
                a = (q @ k.transpose(-2, -1)) * 0.35
                a = a.softmax(dim=-1)
                y = t + a @ v
                y = torch.tanh(y[:, 1:, :]) - 0.5 * torch.erf(y[:, 1:, :])
                return self.proj(y.mean(dim=1)) / 2.0

        m = perturb(Net(), 5)
        c = Compiled(self, m, torch.randn(1, 4, 15, 15), "custom")
        c.check(torch.randn(1, 4, 15, 15), 1)
        c.check(torch.randn(5, 4, 15, 15), 2)

    def test_activations(self):
        """sigmoid, silu, hardswish, hardsigmoid, exp, sqrt, rsqrt fused as
        epilogues of linear, conv2d and layer_norm, and standing alone; the
        fused chain is checked in the IR dump."""

        class Act(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d(3, 8, 3, padding=1)
                self.act = nn.Hardswish()
                self.fc = nn.Linear(8, 16)
                self.norm = nn.LayerNorm(16)
                self.out = nn.Linear(16, 5)

            def forward(self, x):
                x = self.act(self.conv(x))
                t = x.flatten(2).transpose(1, 2)
                h = nn.functional.silu(self.fc(t))
                g = torch.sigmoid(self.norm(h)) + nn.functional.hardsigmoid(h) * torch.exp(-h)
                g = g + torch.sqrt(h * h + 1) - torch.rsqrt(g * g + 0.25)
                return self.out(nn.functional.silu(g).mean(dim=1))

        m = perturb(Act(), 7)
        ir = os.path.join(self.tmp, "act.ir")
        c = Compiled(self, m, torch.randn(1, 3, 9, 9), "act", extra=["--dump-ir", ir])
        with open(os.path.join(ir, "02-fuse.txt")) as f:
            fuse = f.read()
        self.assertIn("fuse act (hardswish) into conv (conv2d)", fuse)
        self.assertRegex(fuse, r"fuse silu_0 \(silu\) into fc \(linear\)")
        c.check(torch.randn(1, 3, 9, 9), 1)
        c.check(torch.randn(3, 3, 9, 9), 2)

    def test_pad_roll_windows(self):
        """Shifted windows in miniature: torch.roll on two axes, F.pad with
        a value to a multiple of the window (and a crop: a slice), the
        window partition into [N*4, 16, C] (the batch times 4 windows,
        passes/batch_split.c), and pad and roll on that N*k tensor; the
        second pad's epilogue takes a fused mul."""

        class Win(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(6, 6)
                self.out = nn.Linear(8, 5)

            def forward(self, x):
                b, h, w, c = x.shape  # [B, 5, 7, 6]
                x = torch.roll(x, shifts=(-1, 2), dims=(1, 2))
                x = nn.functional.pad(x, (0, 0, 2, -1, 0, 3), value=0.5) * 2 + 1  # [B, 8, 8, 6]
                win = x.view(b, 2, 4, 2, 4, c).permute(0, 1, 3, 2, 4, 5).reshape(-1, 16, c)
                win = nn.functional.pad(self.fc(win), (1, 1)) * 0.5  # [B*4, 16, 8]
                win = win.roll(3, 1).softmax(-1)
                return self.out(win.mean(1).reshape(b, 4, 8).mean(1))

        m = perturb(Win(), 11)
        ir = os.path.join(self.tmp, "win.ir")
        c = Compiled(self, m, torch.randn(1, 5, 7, 6), "win", extra=["--dump-ir", ir])
        with open(c.prefix + ".json") as f:
            graph = json.load(f)
        ops = [n["op"] for n in graph["nodes"]]
        self.assertEqual(ops.count("pad"), 2)
        self.assertEqual(ops.count("roll"), 2)
        self.assertIn('"N*4"', json.dumps(graph))
        with open(os.path.join(ir, "02-fuse.txt")) as f:
            fuse = f.read()
        self.assertRegex(fuse, r"into slice_0 \(slice\)")
        self.assertRegex(fuse, r"into pad_1 \(pad\)")
        c.check(torch.randn(1, 5, 7, 6), 1)
        c.check(torch.randn(3, 5, 7, 6), 2)

    def test_expand_batch_multiple(self):
        """An expand to [N*5, 3, 4] (passes/batch_split.c views its operand)
        plus a constant mask built from x.new_zeros in forward."""

        class Tokens(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 4)

            def forward(self, x):  # [B, 5, 4]
                rows = self.fc(x).reshape(-1, 1, 4).expand(-1, 3, -1)
                mask = x.new_zeros((3, 4))
                mask[1:, :2] = -1.0
                return (rows + mask).softmax(-1).reshape(x.shape[0], 5, 12)

        m = perturb(Tokens(), 13)
        c = Compiled(self, m, torch.randn(1, 5, 4), "tokens")
        c.check(torch.randn(1, 5, 4), 1)
        c.check(torch.randn(3, 5, 4), 2)

    def test_batch_norm(self):
        """Eval-mode batch norm: folded into the conv2d / linear before it
        (no mul/add left for those), else a per-channel mul and add
        (BatchNorm2d after an activation, F.batch_norm on [N, C, L])."""

        class BN(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d(3, 8, 3, padding=1, bias=False)
                self.bn1 = nn.BatchNorm2d(8)
                self.bn2 = nn.BatchNorm2d(8)
                self.fc = nn.Linear(8, 6)
                self.bn3 = nn.BatchNorm1d(6)
                self.rm = nn.Parameter(torch.randn(8), requires_grad=False)
                self.rv = nn.Parameter(torch.rand(8) + 0.5, requires_grad=False)

            def forward(self, x):
                x = self.bn2(torch.relu(self.bn1(self.conv(x))))
                t = nn.functional.batch_norm(x.flatten(2), self.rm, self.rv, eps=1e-3)
                return self.bn3(self.fc(t.mean(dim=2)))

        m = BN()
        for bn in (m.bn1, m.bn2, m.bn3):
            bn.running_mean.normal_()
            bn.running_var.uniform_(0.5, 2)
            bn.weight.data.normal_()
            bn.bias.data.normal_()
        m = perturb(m, 8)
        c = Compiled(self, m, torch.randn(1, 3, 7, 7), "bn")
        with open(c.prefix + ".json") as f:
            graph = json.load(f)
        ops = [n["op"] for n in graph["nodes"]]
        self.assertEqual(ops.count("mul"), 2, ops)   # bn2 and F.batch_norm; bn1, bn3 folded
        self.assertNotIn("conv.weight", [w["name"] for w in graph["weights"]])
        c.check(torch.randn(1, 3, 7, 7), 1)
        c.check(torch.randn(3, 3, 7, 7), 2)

    def test_avg_pool(self):
        """avg_pool2d (nn.AvgPool2d, F.avg_pool2d; EfficientFormer's
        AvgPool2d(3, 1, 1, count_include_pad=False)), adaptive_avg_pool2d
        to 1x1 and to a size dividing the input."""

        class Pool(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d(3, 6, 3, padding=1)
                self.mix = nn.AvgPool2d(3, 1, 1, count_include_pad=False)
                self.down = nn.AvgPool2d(2)
                self.ada = nn.AdaptiveAvgPool2d((2, 3))
                self.gap = nn.AdaptiveAvgPool2d(1)

            def forward(self, x):
                x = self.conv(x)
                x = self.mix(x) - x
                y = nn.functional.avg_pool2d(x, 3, 2, 1)          # counts the padding
                z = self.ada(self.down(x))                          # 12x12 -> 6x6 -> 2x3
                return self.gap(y).flatten(1) + z.flatten(1)[:, :6]

        m = perturb(Pool(), 9)
        c = Compiled(self, m, torch.randn(1, 3, 12, 12), "pool")
        c.check(torch.randn(1, 3, 12, 12), 1)
        c.check(torch.randn(2, 3, 12, 12), 2)
        with self.assertRaises(vitc.ExportError) as ctx:
            vitc.export(nn.AdaptiveAvgPool2d(5).eval(), torch.randn(1, 3, 12, 12),
                        os.path.join(self.tmp, "bad"))
        self.assertIn("must divide", str(ctx.exception))

    def test_depthwise_conv(self):
        """Depthwise conv2d (groups = channels) takes the direct kernel:
        strides, paddings, dilation, rows shorter and longer than a vector,
        with and without bias, with a fused activation and residual."""

        class DW(nn.Module):
            def __init__(self, k, stride, pad, dil, bias):
                super().__init__()
                self.dw = nn.Conv2d(6, 6, k, stride=stride, padding=pad, dilation=dil,
                                    groups=6, bias=bias)

            def forward(self, x):
                y = torch.nn.functional.gelu(self.dw(x))
                return y + x if y.shape == x.shape else y

        for i, (size, k, stride, pad, dil, bias) in enumerate((
                (56, 3, 1, 1, 1, True), (13, 3, 1, 1, 1, False), (21, 5, 1, 2, 1, True),
                (20, 3, 2, 1, 1, True), (17, 3, 1, 2, 2, True), (9, 7, 1, 0, 1, True),
                (33, 1, 1, 0, 1, False))):
            with self.subTest(size=size, k=k, stride=stride, pad=pad, dil=dil):
                m = perturb(DW(k, stride, pad, dil, bias), 20 + i)
                c = Compiled(self, m, torch.randn(1, 6, size, size), "dw%d" % i,
                             extra=["--dump-ir", os.path.join(self.tmp, "dw%d.ir" % i)])
                with open(os.path.join(self.tmp, "dw%d.ir" % i, "03-lower.txt")) as f:
                    self.assertNotIn("im2col", f.read())
                c.check(torch.randn(1, 6, size, size), 1)
                c.check(torch.randn(3, 6, size, size), 2)

    def test_no_fuse_same_result(self):
        m = perturb(build_vit(image_size=32, patch_size=8, num_layers=1, num_heads=2,
                              hidden_dim=32, mlp_dim=64, num_classes=7, seed=6), 6)
        c = Compiled(self, m, torch.randn(1, 3, 32, 32), "nofuse", extra=["--no-fuse", "-O1"])
        c.check(torch.randn(2, 3, 32, 32), 1)

    def attention_net(self, heads, dim, sr):
        """timm's Attention (sr = 0) or PVTv2's (keys from a strided conv)."""

        class Attn(nn.Module):
            def __init__(self):
                super().__init__()
                self.h, self.d = heads, dim // heads
                self.scale = self.d ** -0.5
                self.norm = nn.LayerNorm(dim)
                self.q = nn.Linear(dim, dim)
                self.kv = nn.Linear(dim, 2 * dim)
                self.qkv = nn.Linear(dim, 3 * dim)
                self.sr = nn.Conv2d(dim, dim, 2, stride=2) if sr else None
                self.proj = nn.Linear(dim, dim)

            def forward(self, x):
                b, n, c = x.shape
                t = self.norm(x)
                if self.sr is None:
                    qkv = self.qkv(t).reshape(b, n, 3, self.h, self.d).permute(2, 0, 3, 1, 4)
                    q, k, v = qkv.unbind(0)
                else:
                    q = self.q(t).reshape(b, n, self.h, self.d).permute(0, 2, 1, 3)
                    r = t.permute(0, 2, 1).reshape(b, c, 4, 4)
                    r = self.sr(r).reshape(b, c, -1).permute(0, 2, 1)
                    kv = self.kv(r).reshape(b, -1, 2, self.h, self.d).permute(2, 0, 3, 1, 4)
                    k, v = kv.unbind(0)
                q = q * self.scale
                a = (q @ k.transpose(-2, -1)).softmax(dim=-1)
                y = (a @ v).transpose(1, 2).reshape(b, n, c)
                return x + self.proj(y)

        return perturb(Attn(), 7)

    def test_attention_views(self):
        """Head splits and the head merge need no kernels (lower/views.c):
        q, k and v are read from the projection with strides, k^T is the
        one copy left (it takes the scale, passes/matmul_scale.c), and
        (a @ v) is written to its merged place.  Same numbers as PyTorch and
        as --no-fuse, which keeps every copy."""
        for heads, dim, sr in ((1, 16, 0), (2, 24, 0), (3, 24, 1), (1, 8, 1)):
            m = self.attention_net(heads, dim, sr)
            ex = torch.randn(1, 16, dim)
            dump = os.path.join(self.tmp, "ir%d%d%d" % (heads, dim, sr))
            c = Compiled(self, m, ex, "attn", extra=["--dump-ir", dump])
            with open(os.path.join(dump, "07-ast.c")) as f:
                kernels = [ln.split('"')[1] for ln in f if ln.startswith("// kernel")]
            copies = [k for k in kernels if "transpose" in k or "select" in k]
            self.assertEqual(len(copies), 1, "heads %d sr %d: copies %s" % (heads, sr, copies))
            self.assertEqual(len(kernels), 10 if sr else 7, kernels)
            for batch, threads in ((1, 1), (3, 2)):
                c.check(torch.randn(batch, 16, dim), threads)
            ref = Compiled(self, m, ex, "attn_nofuse", extra=["--no-fuse"])
            x = torch.randn(2, 16, dim)
            self.assertLessEqual(abs(c.check(x) - ref.check(x)), 1e-5)


if __name__ == "__main__":
    unittest.main()
