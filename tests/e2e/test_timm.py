#!/usr/bin/python3
"""End-to-end numerics for timm models (issue 9, the ViT zoo): export a
seeded, randomly initialized timm model, compile it once, run it at batch 1
and 3 and compare with PyTorch: max|diff| <= 1e-4 * max|reference| and the
same top-1 class for every image.

`make check` runs the zoo at reduced image sizes (ZOO below); `make
check-zoo` (VITC_ZOO_FULL=1) runs the same models at their full size (224;
MobileViT 256).  timm's attention permutes qkv to [3, B, H, L, d] (the batch at axis 1) and
unbinds it (passes/batch_outer.c); CaiT's class attention, LayerScale and
talking heads, DeiT's distillation token, PVTv2's spatial-reduction
attention and BEiT's relative position bias go through the generic exporter;
Swin, LeViT and MobileViT fold the batch into another axis ("N*k",
passes/batch_split.c), Swin pads (F.pad) and shifts (torch.roll) windows.
tests/e2e/test_torchvision.py runs torchvision's Swin the same way.

Models that do not export or compile today are not in ZOO; the comment above
it says why.
Needs timm 0.9.16 (tests/install-deps.sh installs it with --no-deps);
without it every test is skipped with a message.
Run:  VITC_BIN=build/vitc /usr/bin/python3 tests/e2e/test_timm.py -v
"""

import os
import subprocess
import sys
import tempfile
import time
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
FULL = os.environ.get("VITC_ZOO_FULL", "") not in ("", "0")

# name -> (reduced image size, full image size, takes img_size, extra kwargs
# at the reduced size).  Every model keeps its full depth and width.  PVTv2
# and MobileViT have no img_size argument in timm 0.9.16 (they are fully
# convolutional): PVTv2 runs at 64 x 64, the smallest size whose last stage
# still has a 2 x 2 grid; MobileViT at 64 x 64 (a 2 x 2 last stage, patches
# of 2 x 2).  BEiT's relative position bias (a table gathered by an index
# buffer) and its q/v bias concatenated with a zero k bias are folded into
# constants at export (python/vitc/fold.py), as are Swin's relative position
# bias and shifted-window mask.  The batch flattened into another axis
# ("N*k", passes/batch_split.c): Swin's windows [N*nW, 49, C], LeViT's
# flatten(0, 1) before its batch norms, MobileViT's patches [N*4, L, C].
# Swin at 96 x 96 needs a smaller window (4) than 7: stages of 24, 12, 6 and
# 3 tokens, the last two padded to 8 and 4 (F.pad), shifted windows
# (torch.roll) where a stage is larger than the window.  LeViT's reduced
# size, 64, gives stages of 4 x 4, 2 x 2 and 1 x 1 tokens.
ZOO = {
    "deit_tiny_patch16_224": (32, 224, True, {}),
    "deit_small_patch16_224": (32, 224, True, {}),
    "deit_tiny_distilled_patch16_224": (32, 224, True, {}),
    "vit_small_patch16_224": (32, 224, True, {}),
    "cait_xxs24_224": (32, 224, True, {}),
    "pvt_v2_b0": (64, 224, False, {}),
    "pvt_v2_b1": (64, 224, False, {}),
    "vit_base_patch16_224": (32, 224, True, {}),
    "beit_base_patch16_224": (32, 224, True, {}),
    "swin_tiny_patch4_window7_224": (96, 224, True, {"window_size": 4}),
    "levit_128s": (64, 224, True, {}),
    "mobilevit_xxs": (64, 256, False, {}),
    # issue 9, zoo ops.  ConViT expands a plain attribute tensor (rel_indices)
    # to the batch and projects it (trace.BATCH_SIZED); XCiT needs normalize
    # and repeats its Fourier position encoding to the batch; CrossViT
    # resizes the input image (bicubic, 240 -> 224) for its second branch,
    # exported as two matrix products (ops_zoo.interpolate), and needs an image
    # size whose scaled size divides into whole patches of both branches
    # (120: 10 x 10 patches of 12, 7 x 7 of 16).  EfficientFormer's attention
    # bias table is sized for a 7 x 7 last stage: 224 only.
    "convit_tiny": (32, 224, True, {}),
    "xcit_nano_12_p16_224": (32, 224, True, {}),
    "crossvit_tiny_240": (120, 240, True, {}),
    "efficientformer_l1": (224, 224, False, {}),
    # TNT: nn.Unfold of each patch into 4 x 4 pixel tokens, the batch folded
    # into the patches ([N*196, 16, C] at 224: "N*k" and the unfold op).
    "tnt_s_patch16_224": (32, 224, True, {}),
}
# Models whose residual branches start as zeros (LeViT initializes the batch
# norm after each attention and MLP with weight 0) or whose batch norms keep
# their initial statistics: every parameter that is all zeros gets random
# values and every batch norm random running statistics, so that every
# branch and every folded batch norm changes the output.
PERTURB = {"levit_128s", "mobilevit_xxs"}


def perturb(model, seed=1):
    """Random values for all-zero parameters and batch-norm statistics."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            if not p.any():
                p.copy_(0.5 * torch.randn(p.shape, generator=gen))
        for m in model.modules():
            if isinstance(m, torch.nn.modules.batchnorm._BatchNorm) and m.running_mean is not None:
                m.running_mean.copy_(0.1 * torch.randn(m.running_mean.shape, generator=gen))
                m.running_var.copy_(0.5 + torch.rand(m.running_var.shape, generator=gen))
    return model


def check_model(test, model, name, img):
    """Export model (eval mode) into test.tmp, compile it once and compare
    it with PyTorch at batch 1 and 3: max|diff| <= 1e-4 max|ref|, the same
    top-1 class per image.  Prints the times and errors to stderr."""
    prefix = os.path.join(test.tmp, name)
    t0 = time.time()
    vitc.export(model, torch.randn(1, 3, img, img), prefix)
    t1 = time.time()
    so = prefix + ".so"
    r = subprocess.run([VITC, "compile", prefix + ".json", "-o", so],
                       capture_output=True, text=True)
    test.assertEqual(r.returncode, 0, "vitc compile %s: %s" % (name, r.stderr))
    sys.stderr.write("%s img %d: export %.1f s, compile %.1f s\n"
                     % (name, img, t1 - t0, time.time() - t1))
    for batch in (1, 3):
        x = torch.randn(batch, 3, img, img)
        xin, out = os.path.join(test.tmp, "x.npy"), os.path.join(test.tmp, "y.npy")
        np.save(xin, x.numpy())
        r = subprocess.run([VITC, "run", so, "--input", xin, "-o", out],
                           capture_output=True, text=True)
        test.assertEqual(r.returncode, 0, "vitc run: %s" % r.stderr)
        got = np.load(out)
        with torch.no_grad():
            ref = model(x).numpy()
        test.assertEqual(got.shape, ref.shape)
        err, tol = float(np.abs(got - ref).max()), 1e-4 * float(np.abs(ref).max())
        sys.stderr.write("%s batch %d: max|diff| %.3g (max|ref| %.3g)\n"
                         % (name, batch, err, float(np.abs(ref).max())))
        test.assertLessEqual(err, tol, "%s batch %d: max error %g > %g"
                             % (name, batch, err, tol))
        test.assertEqual(got.argmax(axis=1).tolist(), ref.argmax(axis=1).tolist(),
                         "%s batch %d: top-1 differs" % (name, batch))


@unittest.skipIf(timm is None, TIMM_ERROR)
class TestTimm(unittest.TestCase):
    def setUp(self):
        self._td = tempfile.TemporaryDirectory()
        self.tmp = self._td.name

    def tearDown(self):
        self._td.cleanup()

    def check_model(self, name):
        """Create name (seeded), then check_model at the zoo's size."""
        small, full, sized, extra = ZOO[name]
        img = full if FULL else small
        torch.manual_seed(0)
        kwargs = dict({} if FULL else extra, **({"img_size": img} if sized else {}))
        model = timm.create_model(name, pretrained=False, **kwargs).eval()
        if name in PERTURB:
            perturb(model)
        check_model(self, model, name, img)

    def test_deit_tiny(self):
        self.check_model("deit_tiny_patch16_224")

    def test_deit_small(self):
        self.check_model("deit_small_patch16_224")

    def test_deit_tiny_distilled(self):
        self.check_model("deit_tiny_distilled_patch16_224")

    def test_vit_small(self):
        self.check_model("vit_small_patch16_224")

    def test_cait_xxs24(self):
        self.check_model("cait_xxs24_224")

    def test_pvt_v2_b0(self):
        self.check_model("pvt_v2_b0")

    def test_pvt_v2_b1(self):
        self.check_model("pvt_v2_b1")

    def test_vit_base(self):
        self.check_model("vit_base_patch16_224")

    def test_beit_base(self):
        self.check_model("beit_base_patch16_224")

    def test_swin_tiny(self):
        self.check_model("swin_tiny_patch4_window7_224")

    def test_levit_128s(self):
        self.check_model("levit_128s")

    def test_mobilevit_xxs(self):
        self.check_model("mobilevit_xxs")

    def test_convit_tiny(self):
        self.check_model("convit_tiny")

    def test_xcit_nano(self):
        self.check_model("xcit_nano_12_p16_224")

    def test_crossvit_tiny(self):
        self.check_model("crossvit_tiny_240")

    def test_efficientformer_l1(self):
        self.check_model("efficientformer_l1")

    def test_tnt_s(self):
        self.check_model("tnt_s_patch16_224")


if __name__ == "__main__":
    unittest.main()
