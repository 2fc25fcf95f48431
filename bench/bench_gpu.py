#!/usr/bin/python3
"""GPU benchmark: vitc's CUDA target against PyTorch CUDA, in one run.

    /usr/bin/python3 bench/bench_gpu.py [--vitc PATH] [--models LIST]
        [--batches LIST] [--repeat N] [--sm XX] [--workdir DIR] [--json FILE]

For each model (default: deit_tiny, deit_small, shiftadd_deit_tiny with
LinAngular attention + MoE2 linears, shiftadd_deit_tiny with Hamming
attention + shift linears) and batch size (default 1, 8):

1. the module is built (seed 0, eval mode) and exported with vitc.export
   (dynamic batch), the seeded input written;
2. `vitc compile --target cuda:sm_XX` (XX: the GPU's compute capability,
   or the nearest lower one vitc knows; --sm to choose);
3. vitc: `vitc run M.so --device cuda --input X.npy --repeat N -o out.npy`
   in a fresh process (median of N runs after a warm-up: host->device
   copies of the input, every kernel, device->host copies of the output);
4. PyTorch: the same module on the GPU (`.cuda()`), N timed calls after a
   warm-up, each ended by torch.cuda.synchronize(), input already on the
   device (so PyTorch's numbers exclude the copies vitc's include);
5. the two outputs compared: max|diff| / max|ref| (ShiftAdd models: codes
   and routes can flip on one-ulp differences, so a larger number there is
   reported, not failed).

Without a CUDA GPU (or without torch) it prints one line saying so and
exits 0: nothing is measured.  Exit status 1: something failed (export,
compile, a run).  See bench/README.md ("GPU benchmark").
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PYDIR = os.path.join(REPO, "python")
sys.path.insert(0, PYDIR)

KNOWN_SM = (75, 80, 86, 87, 89, 90)   # what `vitc compile --target cuda:sm_XX` accepts
SHIFTADD = {
    "shiftadd_deit_tiny": dict(attn="linangular", mlp="moe2", attn_linear="moe2"),
    "shiftadd_deit_tiny_hamming": dict(attn="hamming", mlp="shift", attn_linear="shift"),
}
DEIT_TINY = dict(image_size=224, patch_size=16, dim=192, depth=12, heads=3, mlp_dim=768,
                 num_classes=1000)


def find_vitc(path):
    for p in ([path] if path else []) + [os.path.join(REPO, "vitc"), shutil.which("vitc") or ""]:
        if p and os.access(p, os.X_OK):
            return p
    return None


def pick_sm(major, minor):
    """The largest sm vitc knows that the GPU can run (PTX is forward compatible)."""
    cc = 10 * major + minor
    ok = [s for s in KNOWN_SM if s <= cc]
    return ok[-1] if ok else None


def build(name, seed=0):
    """(module, image size) for a model name."""
    from vitc.models import PRESETS, build_vit
    if name in PRESETS:
        cfg = dict(PRESETS[name])
        return build_vit(seed=seed, **cfg), cfg["image_size"]
    if name in SHIFTADD:
        from vitc import nn as vnn
        return vnn.build_shiftadd_deit(seed=seed, **DEIT_TINY, **SHIFTADD[name]), 224
    raise SystemExit("bench_gpu.py: unknown model %r (known: %s)"
                     % (name, ", ".join(sorted(PRESETS) + sorted(SHIFTADD))))


def time_torch(module, x, repeat):
    import torch
    with torch.no_grad():
        module(x)
        torch.cuda.synchronize()
        t = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            module(x)
            torch.cuda.synchronize()
            t.append((time.perf_counter() - t0) * 1e3)
        return statistics.median(t), module(x).float().cpu().numpy()


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError("%s: %s" % (" ".join(cmd[:3]), (r.stderr or r.stdout).strip()))
    return r.stdout


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vitc")
    ap.add_argument("--models", default="deit_tiny,deit_small,shiftadd_deit_tiny,"
                    "shiftadd_deit_tiny_hamming")
    ap.add_argument("--batches", default="1,8")
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--sm", type=int, help="compile for cuda:sm_SM (default: the GPU's)")
    ap.add_argument("--workdir")
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    try:
        import numpy as np
        import torch
    except ImportError as e:
        print("bench_gpu.py: no PyTorch (%s): nothing measured" % e)
        return 0
    if not torch.cuda.is_available():
        print("bench_gpu.py: no CUDA GPU (torch.cuda.is_available() is False): nothing measured")
        return 0
    import vitc
    from vitc.models import example_input
    exe = find_vitc(a.vitc)
    if not exe:
        print("bench_gpu.py: no vitc binary (build it, or --vitc PATH)")
        return 1
    dev = torch.cuda.get_device_name(0)
    sm = a.sm or pick_sm(*torch.cuda.get_device_capability(0))
    if sm not in KNOWN_SM:
        print("bench_gpu.py: %s: no vitc target for this GPU (known: sm_%s)"
              % (dev, ", sm_".join(map(str, KNOWN_SM))))
        return 1
    work = a.workdir or tempfile.mkdtemp(prefix="bench_gpu.")
    os.makedirs(work, exist_ok=True)
    rows, failed = [], 0
    print("GPU %s, vitc target cuda:sm_%d, torch %s, %d timed runs each"
          % (dev, sm, torch.__version__, a.repeat))
    for name in a.models.split(","):
        try:
            module, size = build(name)
            module.eval()
            prefix = os.path.join(work, name)
            vitc.export(module, example_input(1, size, 0), prefix)
            t0 = time.time()
            run([exe, "compile", "--target", "cuda:sm_%d" % sm, prefix + ".json",
                 "-o", prefix + ".so"])
            compile_s = time.time() - t0
            gpu_module = module.cuda()
        except Exception as e:   # one line per failure, the others still run
            print("%s: %s" % (name, e))
            failed += 1
            continue
        for b in map(int, a.batches.split(",")):
            x = example_input(b, size, 0)
            xin = os.path.join(work, "%s.b%d.npy" % (name, b))
            out = os.path.join(work, "%s.b%d.out.npy" % (name, b))
            np.save(xin, x.numpy())
            try:
                txt = run([exe, "run", prefix + ".so", "--device", "cuda", "--input", xin,
                           "--repeat", str(a.repeat), "-o", out])
                m = re.search(r"median ([0-9.]+) ms", txt)
                v_ms = float(m.group(1)) if m else float("nan")
                t_ms, ref = time_torch(gpu_module, x.cuda(), a.repeat)
                got = np.load(out)
                err = float(np.abs(got - ref).max() / max(np.abs(ref).max(), 1e-30))
            except Exception as e:
                print("%s batch %d: %s" % (name, b, e))
                failed += 1
                continue
            rows.append(dict(model=name, batch=b, vitc_ms=v_ms, torch_ms=t_ms,
                             rel_err=err, compile_s=compile_s))
    print("%-28s %5s %10s %10s %8s %10s" % ("model", "batch", "vitc ms", "torch ms",
                                            "ratio", "rel err"))
    for r in rows:
        print("%-28s %5d %10.3f %10.3f %8.2f %10.2e" % (r["model"], r["batch"], r["vitc_ms"],
              r["torch_ms"], r["vitc_ms"] / r["torch_ms"], r["rel_err"]))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(dict(device=dev, sm=sm, torch=torch.__version__, rows=rows), f, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
