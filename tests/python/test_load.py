#!/usr/bin/python3
"""vitc.load: compiled models run from Python through libvitrt (ctypes).

Checks outputs against `vitc run` bit for bit, the attributes, zero-copy
inputs, the one-line errors (missing file, not a .so, damaged .so, wrong
dtype/shape/batch/names, closed model), two Python threads on one model,
and that running needs no torch.  Needs numpy only.

Run:  VITC_BIN=build/vitc VITC_LIBVITRT=build/.libs/libvitrt.so \\
      /usr/bin/python3 tests/python/test_load.py -v
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import unittest

try:
    import numpy as np
except ImportError as e:
    sys.stderr.write("test_load.py: skipped: %s\n" % e)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

import vitc  # noqa: E402
from vitc import runtime  # noqa: E402

VITC = os.environ.get("VITC_BIN", os.path.join(ROOT, "vitc"))
MODEL = os.path.join(ROOT, "examples", "model", "vit_tiny32")

# Two inputs, two outputs, no weights: s = a + b, p = s * b.
TWO = {"format": "vitc-graph", "version": 1,
       "inputs": [{"name": "a", "dtype": "f32", "shape": ["N", 4]},
                  {"name": "b", "dtype": "f32", "shape": ["N", 4]}],
       "outputs": ["s", "p"], "weights": [],
       "nodes": [{"name": "s", "op": "add", "inputs": ["a", "b"], "outputs": ["s"], "attrs": {}},
                 {"name": "p", "op": "mul", "inputs": ["s", "b"], "outputs": ["p"],
                  "attrs": {}}]}


def vitc_cmd(*args):
    """Run the vitc command; fail the test run with its stderr when it fails."""
    r = subprocess.run([VITC] + list(args), capture_output=True, text=True)
    if r.returncode != 0:
        raise AssertionError("vitc %s: %s" % (" ".join(args), r.stderr))
    return r.stdout


class Load(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="vitc-python.")
        cls.so = os.path.join(cls.tmp, "vit.so")
        vitc_cmd("compile", MODEL + ".json", "-o", cls.so)
        two = os.path.join(cls.tmp, "two.json")
        with open(two, "w") as f:
            json.dump(TWO, f)
        cls.two = os.path.join(cls.tmp, "two.so")
        vitc_cmd("compile", two, "-o", cls.two)
        rng = np.random.default_rng(0)
        cls.x = rng.standard_normal((3, 3, 32, 32)).astype(np.float32)
        np.save(os.path.join(cls.tmp, "x.npy"), cls.x)
        # `vitc run`'s output at the same thread count: the reference, bit for bit.
        cls.ref = os.path.join(cls.tmp, "ref.npy")
        vitc_cmd("run", cls.so, "--input", os.path.join(cls.tmp, "x.npy"), "-o", cls.ref,
                 "--threads", "2")
        cls.y = np.load(cls.ref)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def assertRaisesLine(self, fn, *parts, status=None):
        """fn() raises a VitrtError: one line, holding every part."""
        with self.assertRaises(vitc.VitrtError) as cm:
            fn()
        msg = str(cm.exception)
        self.assertNotIn("\n", msg)
        for p in parts:
            self.assertIn(p, msg)
        if status:
            self.assertEqual(cm.exception.status, status)
        return msg

    def test_matches_vitc_run(self):
        with vitc.load(self.so, threads=2) as m:
            out = m(self.x)
            self.assertEqual(list(out), ["heads.head"])
            self.assertEqual(out["heads.head"].dtype, np.float32)
            self.assertTrue(np.array_equal(out["heads.head"], self.y))
            self.assertTrue(np.array_equal(m.run({"x": self.x})["heads.head"], self.y))
            self.assertTrue(np.array_equal(m(x=self.x)["heads.head"], self.y))
            # The bundled reference (PyTorch's output for its input).
            ref_in = np.load(MODEL + ".input.npy")
            ref_out = np.load(MODEL + ".output.npy")
            got = m(ref_in)["heads.head"]
            self.assertLessEqual(np.abs(got - ref_out).max(), 1e-4 * np.abs(ref_out).max())

    def test_batch_sizes_and_layouts(self):
        m = vitc.load(self.so, threads=2)
        # Each image alone gives the same values as in the batch of 3.
        for i in range(3):
            self.assertTrue(np.allclose(m(self.x[i:i + 1])["heads.head"], self.y[i:i + 1],
                                        rtol=0, atol=1e-5))
        # Not C-contiguous: copied, same result.
        xf = np.asfortranarray(self.x)
        self.assertTrue(np.array_equal(m(xf)["heads.head"], self.y))
        xs = np.concatenate([self.x, self.x], axis=0)[::2]
        self.assertTrue(np.array_equal(m(xs)["heads.head"],
                                       m(np.ascontiguousarray(xs))["heads.head"]))

    def test_zero_copy(self):
        m = vitc.load(self.so)
        arrays, batch = m._prepare({"x": self.x})
        self.assertIs(arrays[0], self.x)
        self.assertEqual(batch, 3)
        ro = self.x.copy()
        ro.setflags(write=False)
        self.assertIs(m._prepare({"x": ro})[0][0], ro)
        self.assertTrue(np.array_equal(m(ro)["heads.head"], m(self.x)["heads.head"]))

    def test_attributes(self):
        m = vitc.load(self.so, threads=1)
        self.assertEqual(m.threads, 1)
        self.assertEqual(m.input_names, ["x"])
        self.assertEqual(m.output_names, ["heads.head"])
        self.assertEqual(m.inputs[0], vitc.TensorSpec("x", "f32", (None, 3, 32, 32),
                                                      np.dtype(np.float32)))
        self.assertEqual(m.shapes, {"x": (None, 3, 32, 32), "heads.head": (None, 10)})
        self.assertEqual(m.dtypes, {"x": "f32", "heads.head": "f32"})
        self.assertEqual(m.target, "x86_64")
        self.assertTrue(m.vitc_version)
        self.assertIn("x: f32[N,3,32,32]", repr(m))
        self.assertGreaterEqual(vitc.load(self.so).threads, 1)  # 0: all usable CPUs

    def test_two_inputs(self):
        m = vitc.load(self.two)
        a = np.arange(8, dtype=np.float32).reshape(2, 4)
        b = np.full((2, 4), 0.5, dtype=np.float32)
        out = m(a, b)
        self.assertEqual(list(out), ["s", "p"])
        self.assertTrue(np.array_equal(out["s"], a + b))
        self.assertTrue(np.array_equal(out["p"], (a + b) * b))
        self.assertTrue(np.array_equal(m(b=b, a=a)["p"], out["p"]))
        self.assertRaisesLine(lambda: m(a), "missing input 'b' (f32[N,4])")
        self.assertRaisesLine(lambda: m(a, b[:1]), "input 'b': batch 1 disagrees with batch 2")
        self.assertRaisesLine(lambda: m(a, b, a), "the model has 2 inputs, got 3 arrays")
        self.assertRaisesLine(lambda: m(a, a=a), "input 'a' is given twice")
        self.assertRaisesLine(lambda: m.run({"a": a, "b": b, "c": a}),
                              "the model has no input 'c' (inputs: a, b)")
        self.assertRaisesLine(lambda: m.run([a, b]), "takes a dict")

    def test_bad_files(self):
        missing = os.path.join(self.tmp, "missing.so")
        self.assertRaisesLine(lambda: vitc.load(missing), missing, "No such file",
                              status="VITRT_ERR_IO")
        self.assertRaisesLine(lambda: vitc.load(MODEL + ".json"), MODEL + ".json",
                              status="VITRT_ERR_FORMAT")
        self.assertRaisesLine(lambda: vitc.load(self.tmp), self.tmp)
        truncated = os.path.join(self.tmp, "truncated.so")
        with open(self.so, "rb") as f, open(truncated, "wb") as g:
            g.write(f.read()[:5000])
        self.assertRaisesLine(lambda: vitc.load(truncated), truncated)
        self.assertRaisesLine(lambda: vitc.load("a\0b.so"), "NUL")
        self.assertRaisesLine(lambda: vitc.load(self.so, threads=-1), "threads")
        self.assertRaisesLine(lambda: vitc.load(self.so, threads=100000), "threads")
        self.assertRaisesLine(lambda: vitc.load(self.so, threads="2"), "threads")

    def test_bad_inputs(self):
        m = vitc.load(self.so, threads=2)
        x = self.x
        self.assertRaisesLine(lambda: m(x.astype(np.float64)),
                              "input 'x': dtype f64 does not match f32", status="VITRT_ERR_ARG")
        self.assertRaisesLine(lambda: m(x.astype(np.int32)), "dtype i32 does not match f32")
        self.assertRaisesLine(lambda: m(x.astype(">f4")), "dtype >f4 does not match f32")
        self.assertRaisesLine(lambda: m(x[:, :2]),
                              "input 'x': shape [3,2,32,32] does not match [N,3,32,32]")
        self.assertRaisesLine(lambda: m(x[0]), "shape [3,32,32] does not match [N,3,32,32]")
        self.assertRaisesLine(lambda: m(x[:0]), "batch 0 is out of range")
        self.assertRaisesLine(lambda: m(x.tolist()), "dtype f64 does not match f32")
        self.assertRaisesLine(lambda: m(), "missing input 'x'")
        self.assertRaisesLine(lambda: m([[1.0], [1.0, 2.0]]), "input 'x': ")  # ragged
        # After all these, the model still runs.
        self.assertTrue(np.array_equal(m(x)["heads.head"], self.y))

    def test_messages_as_vitc_run(self):
        """Bad shapes and batches get `vitc run`'s line, less its prefix and file name."""
        m = vitc.load(self.so)
        for name, x in (("shape", self.x[:, :2]), ("batch", self.x[:0])):
            path = os.path.join(self.tmp, "bad_%s.npy" % name)
            np.save(path, np.ascontiguousarray(x))
            r = subprocess.run([VITC, "run", self.so, "--input", path], capture_output=True,
                               text=True)
            self.assertEqual(r.returncode, 1)
            want = r.stderr.strip().replace("vitc run: ", "").replace(" (%s)" % path, "")
            self.assertEqual(self.assertRaisesLine(lambda: m(x)), want)

    def test_closed(self):
        m = vitc.load(self.so)
        m.close()
        m.close()
        self.assertRaisesLine(lambda: m(self.x), "the model is closed")

    def test_threads(self):
        """Two Python threads on one model, each with its own context, many runs
        each, at once: every output equals `vitc run`'s."""
        m = vitc.load(self.so, threads=2)
        results, errors = {}, []

        start = threading.Barrier(2)

        def work(k):
            try:
                start.wait()
                got = [m(self.x)["heads.head"] for _ in range(30)]
                results[k] = all(np.array_equal(g, self.y) for g in got)
            except Exception as e:  # reported below
                errors.append(e)

        seen = []
        ts = [threading.Thread(target=lambda: seen.append(m._context())) for k in range(2)]
        for t in ts:
            t.start()
            t.join()
        self.assertEqual(len({id(c) for c in seen}), 2)
        seen = []
        ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(results, {0: True, 1: True})
        # A context per thread, freed when its thread ended: the loading thread's is left.
        self.assertEqual(len(m._contexts), 1)
        self.assertTrue(np.array_equal(m(self.x)["heads.head"], self.y))

    def test_fork(self):
        """A forked child runs the model with a context of its own."""
        if not hasattr(os, "fork"):
            self.skipTest("no fork")
        m = vitc.load(self.so, threads=2)
        m(self.x)
        pid = os.fork()
        if pid == 0:
            signal.alarm(60)  # a hang in the child fails the test instead of the suite
            ok = np.array_equal(m(self.x)["heads.head"], self.y)
            os._exit(0 if ok else 1)
        _, st = os.waitpid(pid, 0)
        self.assertEqual(st, 0)
        self.assertTrue(np.array_equal(m(self.x)["heads.head"], self.y))

    def test_no_torch(self):
        """Loading and running never import torch."""
        code = ("import sys; sys.modules['torch'] = None\n"
                "import numpy as np, vitc\n"
                "m = vitc.load(%r, threads=1)\n"
                "y = m(np.load(%r))['heads.head']\n"
                "assert np.array_equal(y, np.load(%r))\n"
                "try:\n    vitc.export\nexcept ImportError:\n    print('export needs torch')\n"
                % (self.so, os.path.join(self.tmp, "x.npy"), self.ref))
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "export needs torch\n")

    def test_compile_helper(self):
        out = os.path.join(self.tmp, "helper.so")
        env_bin = os.environ.get("VITC_BIN")
        os.environ["VITC_BIN"] = VITC
        try:
            self.assertEqual(vitc.compile(MODEL + ".json", out), out)
            self.assertTrue(np.array_equal(vitc.load(out, threads=2)(self.x)["heads.head"],
                                           self.y))
            self.assertRaisesLine(lambda: vitc.compile(os.path.join(self.tmp, "none.json"),
                                                       out), "none.json")
        finally:
            if env_bin is None:
                del os.environ["VITC_BIN"]
            else:
                os.environ["VITC_BIN"] = env_bin

    def test_cuda_device(self):
        """A CUDA model through the stand-in driver (tests/fake_libcuda.c):
        load(device=...), a run, a driver failure and the wrong device."""
        lib = os.environ.get("VITC_LIBVITRT", "")
        fake = os.path.join(os.path.dirname(os.path.dirname(lib)), "tests", ".libs",
                            "fake_libcuda.so")
        if not os.path.exists(fake):
            self.skipTest("no tests/.libs/fake_libcuda.so next to %s" % lib)
        two = os.path.join(self.tmp, "two.json")
        so = os.path.join(self.tmp, "two.cuda.so")
        vitc_cmd("compile", "--target", "cuda:sm_80", two, "-o", so)
        os.environ["VITRT_LIBCUDA"] = fake
        try:
            m = vitc.load(so, device="cuda:0")
            self.assertEqual(m.target, "cuda")
            out = m.run({"a": np.ones((3, 4), np.float32), "b": np.ones((3, 4), np.float32)})
            self.assertEqual({k: v.shape for k, v in out.items()}, {"s": (3, 4), "p": (3, 4)})
            os.environ["FAKE_CUDA_FAIL"] = "cuLaunchKernel"
            self.assertRaisesLine(lambda: m.run({"a": np.ones((1, 4), np.float32),
                                                 "b": np.ones((1, 4), np.float32)}),
                                  so, "CUDA cuLaunchKernel", "CUDA_ERROR_LAUNCH_FAILED",
                                  status="VITRT_ERR_DEVICE")
            m.close()
            self.assertRaisesLine(lambda: vitc.load(so, device="cpu"), so,
                                  "a CUDA model (sm_80) cannot run on the CPU",
                                  status="VITRT_ERR_CPU")
            self.assertRaisesLine(lambda: vitc.load(self.two, device="cuda"), self.two,
                                  "a CPU model (x86_64) cannot run on CUDA",
                                  status="VITRT_ERR_CPU")
        finally:
            os.environ.pop("VITRT_LIBCUDA", None)
            os.environ.pop("FAKE_CUDA_FAIL", None)

    def test_versions_agree(self):
        """__version__ is the exporter's VERSION; pyproject's is configure.ac's."""
        with open(os.path.join(ROOT, "python", "vitc", "exporter.py")) as f:
            self.assertIn('VERSION = "%s"' % vitc.__version__, f.read())
        with open(os.path.join(ROOT, "configure.ac")) as f:
            ac = f.read()
        with open(os.path.join(ROOT, "python", "pyproject.toml")) as f:
            pp = f.read()
        ver = ac.split("AC_INIT([vitc], [")[1].split("]")[0]
        self.assertIn('version = "%s"' % ver, pp)

    def test_library_search_order(self):
        """_install's LIBDIR first, then next to the package, then $VITC_LIBVITRT."""
        env = os.environ.get("VITC_LIBVITRT")
        os.environ["VITC_LIBVITRT"] = "/some/where/libvitrt.so"
        try:
            c = list(runtime._candidates())
        finally:
            if env is None:
                del os.environ["VITC_LIBVITRT"]
            else:
                os.environ["VITC_LIBVITRT"] = env
        pkg = os.path.dirname(runtime.__file__)
        self.assertEqual(c[0], os.path.join(pkg, "libvitrt.so.0"))
        self.assertLess(c.index(os.path.join(pkg, "libvitrt.so")),
                        c.index("/some/where/libvitrt.so"))
        self.assertLess(c.index("/some/where/libvitrt.so"), c.index("libvitrt.so.0"))


if __name__ == "__main__":
    res = unittest.main(exit=False).result
    bad = len(res.failures) + len(res.errors)
    print("# vitc: %d passed, %d failed" % (res.testsRun - bad - len(res.skipped), bad))
    sys.exit(1 if bad else 0)
