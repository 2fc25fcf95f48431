#!/usr/bin/python3
"""End-to-end numerics for torchvision's window-attention models (issue 9,
the ViT zoo), the same check as tests/e2e/test_timm.py (check_model): export
a seeded, randomly initialized model, compile it once, run it at batch 1 and
3, max|diff| <= 1e-4 * max|reference| and the same top-1 class.

torchvision's Swin builds its shifted-window mask inside forward from
x.new_zeros (python/vitc/ops.py, FRESH: an untracked constant), pads each
stage to a multiple of the 7 x 7 window (F.pad), shifts with torch.roll and
folds the batch into the windows ("N*k", passes/batch_split.c).
`make check` runs it at 96 x 96 (stages of 24, 12, 6 and 3 tokens padded to
28, 14, 7 and 7; shifted windows in the first two), `make check-zoo`
(VITC_ZOO_FULL=1) at 224.  torchvision's swin_t takes no image size (it is
fully convolutional) and fixes its window size.  MaxViT (maxvit_t): MBConv
blocks with squeeze-excitation, then block and grid attention over 7 x 7
partitions (the batch folded into the partitions, "N*k"), relative position
bias gathered from its table (folded at export).
Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_torchvision.py -v
"""

import os
import sys
import tempfile
import unittest

try:
    import torch
    import torchvision
except ImportError as e:
    sys.stderr.write("test_torchvision.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from test_timm import FULL, check_model  # noqa: E402

# name -> (reduced image size, full image size).  MaxViT's block and grid
# partitions are 7 x 7 at every stage (224 / 32 = 7, not an argument): it runs
# at 224 in both.
ZOO = {"swin_t": (96, 224), "maxvit_t": (224, 224)}


class TestTorchvision(unittest.TestCase):
    def setUp(self):
        self._td = tempfile.TemporaryDirectory()
        self.tmp = self._td.name

    def tearDown(self):
        self._td.cleanup()

    def test_swin_t(self):
        small, full = ZOO["swin_t"]
        torch.manual_seed(0)
        model = torchvision.models.swin_t(weights=None).eval()
        check_model(self, model, "swin_t", full if FULL else small)

    def test_maxvit_t(self):
        small, full = ZOO["maxvit_t"]
        torch.manual_seed(0)
        model = torchvision.models.maxvit_t(weights=None).eval()
        check_model(self, model, "maxvit_t", full if FULL else small)


if __name__ == "__main__":
    unittest.main()
