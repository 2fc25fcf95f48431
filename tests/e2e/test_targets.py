#!/usr/bin/python3
"""Default schedules are templates of the target (sched/target.c): the same
model compiled for AVX2 (-mcpu=x86-64-v3: 16 ymm registers of 8 lanes) and
for AVX-512 (-mcpu=x86-64-v4: 32 zmm registers of 16 lanes) gets the
register tile of each, with the weights of the linears packed in panels of
the tile's columns, and both compute what PyTorch computes.

The model is one transformer block at DeiT-Small's width (384, 6 heads of 64,
MLP 1536) on 16 + 1 tokens, written as timm writes it (qkv linear, heads by
reshape/permute, matmuls), so every case of the matmul template shows up at
--threads 2: weights beyond half of L2 (column panels outermost), a k loop
long enough for L1 blocks (fc2, 1536), heads the threads divide (6), and the
fc1 + GELU epilogue.  The dumped AST (07-ast.c) must show the tile: on AVX2
4 rows x 3 vectors of 8 (column 24 * jp + 8 * vector + lane, weights packed
[P / 24][K][24]), on AVX-512 4 x 4 of 16 (64 * jp + 16 * vector + lane,
[P / 64][K][64]).  Outputs are checked on
the ISAs this CPU runs (an AVX-512 host runs both), within 1e-4 of
max|reference| at batch 1 and 3, on 1 and 2 threads.

Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_targets.py -v
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
    from torch import nn
except ImportError as e:
    sys.stderr.write("test_targets.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

import vitc  # noqa: E402

VITC = os.environ.get("VITC_BIN", os.path.join(ROOT, "vitc"))


class Block(nn.Module):
    """timm's ViT block: pre-norm attention and MLP, each with a residual."""

    def __init__(self, dim=384, heads=6, mlp=1536):
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(dim, eps=1e-6)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim, eps=1e-6)
        self.fc1 = nn.Linear(dim, mlp)
        self.fc2 = nn.Linear(mlp, dim)

    def forward(self, x):
        B, T, C = x.shape
        h = self.heads
        qkv = self.qkv(self.norm1(x)).reshape(B, T, 3, h, C // h).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        a = ((q * (C // h) ** -0.5) @ k.transpose(-2, -1)).softmax(dim=-1)
        x = x + self.proj((a @ v).transpose(1, 2).reshape(B, T, C))
        return x + self.fc2(nn.functional.gelu(self.fc1(self.norm2(x))))


def cpu_flags():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def kernel_ast(ast, name):
    """The text of kernel "name" in a 07-ast.c dump."""
    m = re.search(r'// kernel \d+ "%s"\n(.*?)(?=\n// kernel |\Z)' % re.escape(name), ast, re.S)
    assert m, "no kernel %s in the AST dump" % name
    return m.group(1)


class TestTargets(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._td = tempfile.TemporaryDirectory()
        cls.tmp = cls._td.name
        torch.manual_seed(0)
        cls.module = Block().eval()
        with torch.no_grad():
            for p in cls.module.parameters():
                p.add_(0.05 * torch.randn(p.shape))
        cls.prefix = os.path.join(cls.tmp, "block")
        vitc.export(cls.module, torch.randn(1, 17, 384), cls.prefix)
        cls.flags = cpu_flags()

    @classmethod
    def tearDownClass(cls):
        cls._td.cleanup()

    def compile(self, cpu):
        so = os.path.join(self.tmp, cpu + ".so")
        dump = os.path.join(self.tmp, cpu)
        r = subprocess.run([VITC, "compile", self.prefix + ".json", "-o", so, "-mcpu=" + cpu,
                            "--threads", "2", "--dump-ir", dump], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, "vitc compile -mcpu=%s: %s" % (cpu, r.stderr))
        with open(os.path.join(dump, "03-lower.txt")) as f:
            target = f.readline()
        with open(os.path.join(dump, "07-ast.c")) as f:
            ast = f.read()
        return so, target, ast

    def check_numerics(self, so):
        x_path, y_path = os.path.join(self.tmp, "x.npy"), os.path.join(self.tmp, "y.npy")
        for batch, threads in ((1, 1), (3, 2)):
            x = torch.randn(batch, 17, 384)
            np.save(x_path, x.numpy())
            r = subprocess.run([VITC, "run", so, "--input", x_path, "-o", y_path,
                                "--threads", str(threads)], capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, "vitc run: %s" % r.stderr)
            with torch.no_grad():
                ref = self.module(x).numpy()
            got = np.load(y_path)
            self.assertEqual(got.shape, ref.shape)
            err = float(np.abs(got - ref).max())
            self.assertLessEqual(err, 1e-4 * float(np.abs(ref).max()),
                                 "batch %d, %d threads: max error %g" % (batch, threads, err))

    def check_schedules(self, ast, J, L, kc):
        fc1, fc2 = kernel_ast(ast, "fc1"), kernel_ast(ast, "fc2")
        scores = kernel_ast(ast, "matmul_0")
        # the register tile: 4 rows of J columns (a panel jp of the packed weights) in
        # vectors of L lanes
        self.assertRegex(fc1, r"i = 4 \* c\d+ \+ c\d+, k = 0, jp = c\d+, j = %d \* c\d+ \+ c\d+\)"
                         % L)
        # the weights packed as [1536 / J][384][J]: a panel's J columns of each k in a row
        self.assertIn("fc1.weight.p0[%d*k + %d*jp + j]" % (J, 384 * J), fc1)
        # fc1's 1536 x 384 floats exceed half of L2: column panels outermost, in parallel
        self.assertRegex(fc1, r"#pragma parallel\n\s*for \(int c1 = 0; c1 <= %d; c1 \+= 1\)  // jp"
                         % (1536 // J - 1))
        # fc1's GELU epilogue (17 x 1536 erf) runs on both threads too
        self.assertRegex(fc1, r"#pragma parallel\n\s*for \(int c1 = 0; c1 <= 16; c1 \+= 1\)  // ei")
        # fc2's k loop (1536) in blocks of kc rows of the panel, which fill L1
        self.assertRegex(fc2, r"c\d+ <= %d; c\d+ \+= 1\)  // k\.o" % (1536 // kc - 1))
        # the 6 heads of the scores, 3 to each thread
        self.assertRegex(scores, r"#pragma parallel\n\s*for \(int c1 = 0; c1 <= 5; c1 \+= 1\)  // b1")

    def compile_run_2threads(self, module, name, shape):
        """Export "module" on [1, *shape], compile it for 2 threads and run it on [2, *shape]:
        the dumped AST; the output must equal PyTorch's exactly."""
        prefix = os.path.join(self.tmp, name)
        vitc.export(module.eval(), torch.randn(1, *shape), prefix)
        so, dump = prefix + ".so", prefix + ".ir"
        r = subprocess.run([VITC, "compile", prefix + ".json", "-o", so, "--threads", "2",
                            "--dump-ir", dump], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        x = torch.randn(2, *shape)
        np.save(prefix + ".x.npy", x.numpy())
        r = subprocess.run([VITC, "run", so, "--input", prefix + ".x.npy", "-o", prefix + ".y.npy",
                            "--threads", "2"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        np.testing.assert_array_equal(np.load(prefix + ".y.npy"), module(x).numpy())
        with open(os.path.join(dump, "07-ast.c")) as f:
            return f.read()

    def test_copy_threads(self):
        """DeiT-Small's qkv transpose to [N, 3, 6, 197, 64] on 2 threads: in parallel
        over the 6 heads (which 2 divides), not over the 3 around them; the output still
        PyTorch's."""
        class Heads(nn.Module):
            def forward(self, x):
                return x.reshape(x.shape[0], 197, 3, 6, 64).permute(0, 2, 3, 1, 4) * 2.0

        ast = self.compile_run_2threads(Heads(), "heads", (197, 1152))
        self.assertRegex(ast, r"for \(int c1 = 0; c1 <= 2; c1 \+= 1\) \{  // d1\n\s*#pragma parallel\n"
                              r"\s*for \(int c2 = 0; c2 <= 5; c2 \+= 1\)")

    def test_transpose_threads(self):
        """DeiT-Small's scaled k^T, [N, 197, 1152] -> [N, 6, 64, 197], on 2 threads: the
        16 x 16 tiles in parallel over the 6 heads outside them (one fork/join), not over
        the tile rows inside each head (six); the output still PyTorch's."""
        class KT(nn.Module):
            def forward(self, x):
                return x.reshape(x.shape[0], 197, 3, 6, 64)[:, :, 1].permute(0, 2, 3, 1) * 0.125

        ast = self.compile_run_2threads(KT(), "kt", (197, 1152))
        self.assertRegex(ast, r"#pragma parallel\n\s*for \(int c1 = 0; c1 <= 5; c1 \+= 1\)  // d1\n"
                              r"\s*for \(int c2 = 0; c2 <= 3; c2 \+= 1\)  // d2\.o")
        self.assertEqual(ast.count("#pragma parallel"), 1)

    def test_avx2(self):
        so, target, ast = self.compile("x86-64-v3")
        self.assertIn("256-bit vectors (8 f32 lanes), 16 vector registers", target)
        self.assertIn("2 threads", target)
        self.check_schedules(ast, J=24, L=8, kc=256)
        if {"avx2", "fma"} <= self.flags:
            self.check_numerics(so)
        else:
            sys.stderr.write("(no AVX2 + FMA here: the x86-64-v3 code is not run)\n")

    def test_avx512(self):
        so, target, ast = self.compile("x86-64-v4")
        self.assertIn("512-bit vectors (16 f32 lanes), 32 vector registers", target)
        self.check_schedules(ast, J=64, L=16, kc=128)
        if {"avx512f", "avx512bw", "avx512dq", "avx512vl"} <= self.flags:
            self.check_numerics(so)
        else:
            sys.stderr.write("(no AVX-512 here: the x86-64-v4 code is not run)\n")


if __name__ == "__main__":
    unittest.main()
