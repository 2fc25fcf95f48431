#!/usr/bin/python3
"""The installed vitc from Python (run by tests/install.sh with only the
temporary prefix on PATH, PYTHONPATH and LD_LIBRARY_PATH):

    test_install.py PREFIX WORKDIR [EXAMPLE_PREFIX]

Checks that `import vitc` and libvitrt come from PREFIX, then exports a
seeded torchvision ViT (when torch and torchvision are importable),
compiles it with PREFIX/bin/vitc through vitc.compile, runs it with
vitc.load and compares with PyTorch: max|diff| <= 1e-4 * max|reference|.
Without torch, the bundled example model (EXAMPLE_PREFIX.json) is used
with its stored reference instead.  Prints "# vitc: N passed, F failed".
"""

import os
import shutil
import sys

import numpy as np

prefix, work = os.path.realpath(sys.argv[1]), sys.argv[2]
example = sys.argv[3] if len(sys.argv) > 3 else None
passed = failed = 0


def check(ok, what):
    """Count one check; print a line for a failure."""
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: %s" % what)


def under_prefix(path):
    return os.path.realpath(path).startswith(prefix + os.sep)


import vitc  # noqa: E402
from vitc import runtime  # noqa: E402

check(under_prefix(vitc.__file__), "vitc imported from %s, not under %s" % (vitc.__file__, prefix))
check(os.path.isfile(os.path.join(os.path.dirname(vitc.__file__), "_install.py")),
      "no vitc/_install.py next to the installed package")
which = shutil.which("vitc")
check(which and under_prefix(which), "vitc on PATH is %s" % which)
try:
    import torch
    import torchvision
except ImportError as e:
    torch = None
    print("torch/torchvision not importable (%s): the bundled example model instead" % e)

if torch is not None:
    torch.manual_seed(0)
    model = torchvision.models.VisionTransformer(
        image_size=32, patch_size=8, num_layers=2, num_heads=2, hidden_dim=32, mlp_dim=64,
        num_classes=10).eval()
    with torch.no_grad():  # noise on every parameter, so biases and norms matter
        for p in model.parameters():
            p.add_(0.05 * torch.randn(p.shape))
    x = torch.randn(2, 3, 32, 32)
    vitc.export(model, x, os.path.join(work, "vit"))
    with torch.no_grad():
        ref = model(x).numpy()
    x = x.numpy()
    graph = os.path.join(work, "vit.json")
else:
    x = np.load(example + ".input.npy")
    ref = np.load(example + ".output.npy")
    graph = example + ".json"

so = vitc.compile(graph, os.path.join(work, "vit.so"))
m = vitc.load(so, threads=2)
check(under_prefix(runtime.find_libvitrt()._name),
      "libvitrt loaded from %s" % runtime.find_libvitrt()._name)
y = m(x)[m.output_names[0]]
err = float(np.abs(y - ref).max())
check(y.shape == ref.shape and err <= 1e-4 * float(np.abs(ref).max()),
      "output %s, max|diff| %g against PyTorch's %s" % (y.shape, err, ref.shape))
print("vitc.load(%s) = %r: max|diff| %.3g against %s" % (so, m, err,
                                                         "PyTorch" if torch else "reference"))
# The runtime's message for a bad file, through the installed package.
try:
    vitc.load(graph)
    check(False, "vitc.load of a .json raised nothing")
except vitc.VitrtError as e:
    check(graph in str(e) and "\n" not in str(e), "message %r" % str(e))

print("# vitc: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
