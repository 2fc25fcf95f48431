#!/usr/bin/python3
"""End-to-end numerics for timm models (issue 9, "batch anywhere"): timm's
attention permutes qkv to [3, B, H, L, d] (the batch at axis 1) and unbinds
it.  Export a seeded, randomly initialized timm model at a reduced image
size, compile it once, run it at batch 1 and 3 and compare with PyTorch:
max|diff| <= 1e-4 * max|reference|.

Needs timm 0.9.16 (tests/install-deps.sh installs it with --no-deps);
without it every test is skipped with a message.
Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_timm.py -v
"""

import os
import subprocess
import sys
import tempfile
import unittest

try:
    import numpy as np
    import torch
except ImportError as e:
    sys.stderr.write("test_timm.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

try:
    import timm
    TIMM_ERROR = None
except Exception as e:  # ImportError, or a timm that does not load with this torch
    timm, TIMM_ERROR = None, "timm is not importable (%s); pip install --no-deps timm==0.9.16" % e

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

import vitc  # noqa: E402

VITC = os.environ.get("VITC_BIN", os.path.join(ROOT, "vitc"))


@unittest.skipIf(timm is None, TIMM_ERROR)
class TestTimm(unittest.TestCase):
    def setUp(self):
        self._td = tempfile.TemporaryDirectory()
        self.tmp = self._td.name

    def tearDown(self):
        self._td.cleanup()

    def check_model(self, name, img):
        """Export "name" at img x img, compile once, compare at batch 1 and 3."""
        torch.manual_seed(0)
        model = timm.create_model(name, pretrained=False, img_size=img).eval()
        prefix = os.path.join(self.tmp, name)
        vitc.export(model, torch.randn(1, 3, img, img), prefix)
        so = prefix + ".so"
        r = subprocess.run([VITC, "compile", prefix + ".json", "-o", so],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, "vitc compile %s: %s" % (name, r.stderr))
        for batch in (1, 3):
            x = torch.randn(batch, 3, img, img)
            xin, out = os.path.join(self.tmp, "x.npy"), os.path.join(self.tmp, "y.npy")
            np.save(xin, x.numpy())
            r = subprocess.run([VITC, "run", so, "--input", xin, "-o", out],
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, "vitc run: %s" % r.stderr)
            got = np.load(out)
            with torch.no_grad():
                ref = model(x).numpy()
            self.assertEqual(got.shape, ref.shape)
            err, tol = float(np.abs(got - ref).max()), 1e-4 * float(np.abs(ref).max())
            sys.stderr.write("%s batch %d: max|diff| %.3g (max|ref| %.3g)\n"
                             % (name, batch, err, float(np.abs(ref).max())))
            self.assertLessEqual(err, tol, "%s batch %d: max error %g > %g"
                                 % (name, batch, err, tol))

    def test_deit_tiny(self):
        self.check_model("deit_tiny_patch16_224", 32)


if __name__ == "__main__":
    unittest.main()
