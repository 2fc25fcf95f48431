#!/usr/bin/python3
"""Fashion-MNIST accuracy of a small ViT: PyTorch fp32, vitc fp32, vitc PoT W8A8, W4A8, mixed.

  1. trains a small torchvision ViT (28x28, patch 7, 1 channel) on the 60,000
     training images for a few epochs (the shared CPU: keep it short);
  2. exports it (vitc.export), compiles it with vitc (fp32);
  3. `vitc quantize`s it on at most 512 training images three ways (power-of-two
     int8 activations: linears, residual adds, LayerNorm with PTF,
     Log-Int-Softmax attention, GELU tables; docs/quantization.md): int8
     weights (W8A8), int4 weights (W4A8), and 4 or 8 bits per linear within
     --bits-budget (mixed, chosen on the calibration images only), and compiles
     each;
  4. evaluates the 10,000 test images with PyTorch, vitc fp32 and each vitc PoT
     model, and checks that vitc PoT's logits equal the integer reference
     (python/vitc/quant.py through vitc.interp) on every image, started from
     the int8 tensors vitc computed at the float -> integer boundaries (with the
     patch embedding integer, only the input's quantize) and, for W8A8, from
     the float input too (a float island before a boundary would be float32 in
     vitc and float64 in vitc.interp, so a rounding there could flip).

Data: Debian's dataset-fashion-mnist (/usr/share/datasets/fashion-mnist);
without it the script says so and exits 77.

Run (from the build tree):  /usr/bin/python3 examples/fashion_mnist/run.py
    [--epochs 2] [--calib 512] [--out examples/out/fashion_mnist] [--threads 1]
    [--bits-budget 6] [--reuse | --train-only]
"""

import argparse
import gzip
import json
import os
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))
DATA = "/usr/share/datasets/fashion-mnist"
MEAN, STD = 0.2860, 0.3530


def idx(path):
    """An idx-ubyte.gz file as a uint8 array."""
    with gzip.open(path, "rb") as f:
        raw = f.read()
    ndim = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * ndim).reshape(dims)


def load(split):
    x = idx(os.path.join(DATA, "%s-images-idx3-ubyte.gz" % split))
    y = idx(os.path.join(DATA, "%s-labels-idx1-ubyte.gz" % split))
    x = ((x.astype(np.float32) / 255.0 - MEAN) / STD)[:, None]
    return x, y.astype(np.int64)


def make_model(torch):
    from torchvision.models.vision_transformer import VisionTransformer
    m = VisionTransformer(image_size=28, patch_size=7, num_layers=3, num_heads=4,
                          hidden_dim=64, mlp_dim=128, num_classes=10)
    m.conv_proj = torch.nn.Conv2d(1, 64, kernel_size=7, stride=7)
    return m


def train(torch, m, x, y, epochs, log):
    opt = torch.optim.AdamW(m.parameters(), lr=2e-3, weight_decay=0.05)
    steps = epochs * (len(x) // 128)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=2e-3, total_steps=steps)
    rs = np.random.RandomState(0)
    m.train()
    t0 = time.time()
    for ep in range(epochs):
        perm = rs.permutation(len(x))
        for i in range(len(x) // 128):
            b = perm[i * 128:(i + 1) * 128]
            loss = torch.nn.functional.cross_entropy(m(torch.from_numpy(x[b])),
                                                     torch.from_numpy(y[b]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        log("epoch %d: loss %.3f (%.0f s)" % (ep + 1, float(loss), time.time() - t0))
    m.eval()


def run_vitc(vitc_rt, so, x, chunk=1000):
    """All outputs of compiled model "so" on x, by name."""
    model = vitc_rt.load(so)
    outs = [model(x[i:i + chunk]) for i in range(0, len(x), chunk)]
    model.close()
    return {k: np.concatenate([o[k] for o in outs]) for k in outs[0]}


def boundary_graph(qjson, out_json):
    """qjson with the int8 outputs of its quantize nodes (float -> integer boundaries)
    added to the outputs; their names."""
    with open(qjson) as f:
        g = json.load(f)
    names = [n["outputs"][0] for n in g["nodes"] if n["op"] == "quantize"]
    g["outputs"] = g["outputs"] + [t for t in names if t not in g["outputs"]]
    with open(out_json, "w") as f:
        json.dump(g, f)
    return names


def emulate(interp, qjson, x, given=None):
    """vitc.interp on the quantized graph; the tensors in "given" are taken as given."""
    graph, values = interp.load(qjson)
    values["x"] = x.astype(np.float64)
    for node in graph["nodes"]:
        out = node["outputs"][0]
        if given and out in given:
            values[out] = given[out].astype(np.float64)
            continue
        ins = [values[i] if i != "" else None for i in node["inputs"]]
        values[out] = np.asarray(interp.OPS[node["op"]](ins, node.get("attrs", {}),
                                                       len(x))).astype(np.float64)
    return values[graph["outputs"][0]].astype(np.float32)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--calib", type=int, default=512)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--bits-budget", type=float, default=6.0,
                    help="the average weight bits of the mixed-precision model")
    ap.add_argument("--out", default=os.path.join(ROOT, "examples", "out", "fashion_mnist"))
    ap.add_argument("--reuse", action="store_true",
                    help="reuse the model trained by an earlier run in --out (no training)")
    ap.add_argument("--train-only", action="store_true",
                    help="train and export the model to --out, then stop")
    a = ap.parse_args()
    if not os.path.isdir(DATA):
        print("%s not found (apt-get install dataset-fashion-mnist): skipped" % DATA)
        return 77
    import torch
    import vitc
    from vitc import exporter, interp, quant  # noqa: F401  (quant registers the ops)
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    os.makedirs(a.out, exist_ok=True)
    log = lambda s: print(s, flush=True)  # noqa: E731
    xtr, ytr = load("train")
    xte, yte = load("t10k")
    prefix = os.path.join(a.out, "vit")
    if a.reuse:
        ref = np.load(os.path.join(a.out, "pytorch_logits.npy"))
    else:
        m = make_model(torch)
        train(torch, m, xtr, ytr, a.epochs, log)
        with torch.no_grad():
            ref = np.concatenate([m(torch.from_numpy(xte[i:i + 1000])).numpy()
                                  for i in range(0, len(xte), 1000)])
        exporter.export(m, torch.from_numpy(xte[:2]), prefix)
        np.save(os.path.join(a.out, "pytorch_logits.npy"), ref)
        if a.train_only:
            return 0
    vitc_bin = os.path.join(ROOT, "vitc")
    so = prefix + ".so"
    subprocess.run([vitc_bin, "compile", prefix + ".json", "-o", so], check=True)
    f32 = run_vitc(vitc, so, xte)["heads.head"]
    calib = os.path.join(a.out, "calib.npy")
    np.save(calib, xtr[np.random.RandomState(1).permutation(len(xtr))[:a.calib]])
    acc = lambda z: float(np.mean(z.argmax(1) == yte))  # noqa: E731
    log("test images: %d" % len(yte))
    log("PyTorch fp32:   top-1 %.4f" % acc(ref))
    log("vitc fp32:      top-1 %.4f  (max|vitc - PyTorch| %.2g; same top-1 on %d images)"
        % (acc(f32), float(np.abs(f32 - ref).max()), int(np.sum(f32.argmax(1) == ref.argmax(1)))))
    schemes = [("W8A8", "q", []), ("W4A8", "q4", ["--scheme", "pot-w4a8"]),
               ("mixed", "qm", ["--scheme", "mixed", "--bits-budget", str(a.bits_budget)])]
    all_same = True
    for label, tag, args in schemes:
        qjson = "%s.%s.json" % (prefix, tag)
        subprocess.run([vitc_bin, "quantize", prefix + ".json", "--calib", calib, "-o", qjson]
                       + args, check=True)
        bjson = "%s.%sb.json" % (prefix, tag)
        names = boundary_graph(qjson, bjson)
        subprocess.run([vitc_bin, "compile", bjson, "-o", "%s.%s.so" % (prefix, tag)], check=True)
        outs = run_vitc(vitc, "%s.%s.so" % (prefix, tag), xte)
        pot = outs["heads.head"]
        emu, emu_f = [], []
        for i in range(0, len(xte), 500):
            given = {t: outs[t][i:i + 500] for t in names}
            emu.append(emulate(interp, qjson, xte[i:i + 500], given))
            if label == "W8A8":
                emu_f.append(emulate(interp, qjson, xte[i:i + 500]))
        same = np.all(pot == np.concatenate(emu), axis=1)
        all_same &= bool(same.all())
        with open(qjson) as f:
            g = json.load(f)
        wdt = {w["name"]: (w["dtype"], w["shape"]) for w in g["weights"]}
        ws = [wdt[n["inputs"][1]] for n in g["nodes"] if n["op"] == "qlinear"]
        nw = sum(int(np.prod(s)) for _, s in ws)
        bits = sum(int(np.prod(s)) * (4 if d == "i4" else 8) for d, s in ws) / nw
        log("vitc PoT %-6s top-1 %.4f  (weights %.2f bits on average; max|PoT - fp32| %.3g; "
            "same top-1 as fp32 on %d images)" % (label + ":", acc(pot), bits,
                                                  float(np.abs(pot - ref).max()),
                                                  int(np.sum(pot.argmax(1) == ref.argmax(1)))))
        log("  == integer reference (quant.py, from vitc's int8 at the %d float -> integer "
            "boundaries) on %d of %d images" % (len(names), int(same.sum()), len(same)))
        if emu_f:
            log("  == emulation from the float input (float islands in float64) on %d of %d "
                "images" % (int(np.all(pot == np.concatenate(emu_f), axis=1).sum()), len(same)))
    return 0 if all_same else 1


if __name__ == "__main__":
    sys.exit(main())
