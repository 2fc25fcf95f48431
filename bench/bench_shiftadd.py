#!/usr/bin/python3
"""ShiftAdd benchmark: vitc's additive/shift kernels against fp32, in one run.

    /usr/bin/python3 bench/bench_shiftadd.py [--vitc PATH] [--threads N]
        [--only micro|e2e] [--rounds N] [--repeat-micro N] [--repeat N]
        [--openblas DIR|auto|none] [--workdir DIR] [--json FILE]

1. Kernels at the seed's micro-benchmark shapes (../shared/docs/shiftaddvit.md
   section 4), each timed three ways in fresh processes:
   - MatAdd K^T V, [B,H,N,D,nbits] = [1,1,3136,32,16], [1,2,784,32,16],
     [1,5,196,32,16]: vitc `binarize` + `matadd_ktv` (packed codes, masked
     adds) vs vitc `transpose` + `matmul` of the same codes as a float 0/1
     matrix vs PyTorch torch.matmul(mask^T, v);
   - MatAdd b(b^T v) at the same shapes, o = v/2 + b kv/pi with kv = b^T v:
     vitc `matadd_qkv` with its nibble tables (the default from 64 tokens
     on) and with masked adds (attribute lut = 0), vs vitc fp32 `matmul` of
     the 0/1 mask and kv (alpha/beta folded in) vs PyTorch torch.baddbmm;
   - shift linear 3136x64->512, 3136x512->64, 784x128->1024, 784x1024->128:
     vitc `shift_linear` (vitc/nn.py ShiftLinear) vs vitc fp32 `linear` of the
     same shape vs PyTorch nn.Linear.
   For vitc, the whole small graph's median (`vitc run --repeat`) and each
   kernel's own time (`vitc run --profile`).
2. End to end at batch 1, 224x224: DeiT-Tiny-shaped ShiftAdd models
   (LinAngular + MoE2, Hamming + shift) and PVTv2-b0 (LinAngular + MoE2)
   against the same builders with everything dense, compiled by vitc, and
   against PyTorch eager running each module (eval: the integer-exact
   emulation nn.py defines; fake-quant: the module in train mode, float
   linears with the power-of-two weights, as the seed's PyTorch code runs).
   Accounting (mults/adds/shifts/popcounts) from `vitc inspect`, a per-op
   time breakdown from `vitc run --profile`.
3. The inner loops of the shift, MatAdd and fp32 kernels as compiled
   (`vitc compile --dump-ir`): instructions per term.

Numerics: every output is compared with its reference, max|diff|/max|ref|.
See bench/README.md ("ShiftAdd benchmark").
"""

import argparse
import collections
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench_cpu as bc  # noqa: E402  (shared helpers: BLAS, CPU, thread environment)

REPO = bc.REPO
PYDIR = bc.PYDIR
SEED = 0
IMAGE = 224
# The seed's micro-benchmark shapes (shiftaddvit.md section 4).
MATADD = [(1, 1, 3136, 32, 16), (1, 2, 784, 32, 16), (1, 5, 196, 32, 16)]  # B,H,N,D,nbits
QKV_ALPHA, QKV_BETA = 0.5, 0.31830988618379067   # LinAngular: v/2 + b (b^T v)/pi
SHIFT = [(3136, 64, 512), (3136, 512, 64), (784, 128, 1024), (784, 1024, 128)]  # rows,K,M
# End-to-end models: name -> (builder, kinds, dense counterpart)
DENSE = dict(attn="dense", mlp="dense", attn_linear="dense")
MODELS = collections.OrderedDict([
    ("deit_tiny.dense", ("deit", DENSE, None)),
    ("deit_tiny.linangular+moe2", ("deit", dict(attn="linangular", mlp="moe2",
                                                attn_linear="moe2"), "deit_tiny.dense")),
    ("deit_tiny.hamming+shift", ("deit", dict(attn="hamming", mlp="shift",
                                              attn_linear="shift"), "deit_tiny.dense")),
    ("pvt_v2_b0.dense", ("pvt", DENSE, None)),
    ("pvt_v2_b0.linangular+moe2", ("pvt", dict(attn="linangular", mlp="moe2",
                                               attn_linear="moe2"), "pvt_v2_b0.dense")),
])
# Tolerance on max|diff|/max|ref|.  A ShiftAdd model quantizes activations
# to a 2^-16 grid and thresholds codes, so a one-ulp difference upstream (a
# different float summation order) can move a quantized value or flip a code
# bit; its error is therefore taken with the compiled decisions replayed in
# the module (vitc compile --expose-decisions, python/vitc/replay.py), and
# the error with the module's own decisions is reported beside it.
TOL_FLOAT = 1e-4


# --------------------------------------------------------------------------
# Workers: python3 bench_shiftadd.py --worker KIND JSON; one "RESULT <json>".
# --------------------------------------------------------------------------

def _result(obj):
    sys.stdout.write("RESULT " + json.dumps(obj) + "\n")
    sys.stdout.flush()


def _build_model(name):
    from vitc import nn as vnn
    builder, kinds, _ = MODELS[name]
    if builder == "deit":   # DeiT-Tiny: dim 192, depth 12, 3 heads, MLP 768, patch 16
        return vnn.build_shiftadd_deit(image_size=IMAGE, seed=SEED, **kinds)
    return vnn.build_pvt_v2_b0(image_size=IMAGE, seed=SEED, **kinds)


def _seeded(seed, fn):
    import torch
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return fn()


def _graph(inputs, nodes, outputs):
    return {"format": "vitc-graph", "version": 1, "producer": "bench_shiftadd.py",
            "inputs": [{"name": n, "dtype": "f32", "shape": s} for n, s in inputs],
            "outputs": outputs, "weights": [],
            "nodes": [{"name": n, "op": op, "inputs": ins, "outputs": [n], "attrs": at}
                      for n, op, ins, at in nodes]}


def worker_prep_micro(a):
    """Write the micro-benchmark graphs, inputs and references."""
    import numpy as np
    import torch
    import vitc
    from vitc import nn as vnn
    d = a["dir"]
    out = {"matadd": [], "shift": [], "qkv": []}
    for i, (b, h, n, dd, nb) in enumerate(MATADD):
        tag = os.path.join(d, "matadd_h%d_n%d" % (h, n))
        x = _seeded(100 + i, lambda: torch.randn(b, n, h * nb))
        v = _seeded(200 + i, lambda: torch.randn(b, n, h * dd))
        codes = vnn.binarize(x, h)                                   # bool [B,H,N,nbits]
        m = codes.to(torch.float32).contiguous()                     # float 0/1 mask
        v4 = v.reshape(b, n, h, dd).transpose(1, 2).contiguous()     # [B,H,N,D]
        ref = m.double().transpose(-1, -2) @ v4.double()             # [B,H,nbits,D]
        for key, t in (("x", x), ("v", v), ("m", m), ("v4", v4), ("ref", ref)):
            np.save("%s.%s.npy" % (tag, key), t.numpy())
        with open(tag + ".add.json", "w") as f:
            json.dump(_graph([("x", ["N", n, h * nb]), ("v", ["N", n, h * dd])],
                             [("codes", "binarize", ["x"], {"num_heads": h}),
                              ("kv", "matadd_ktv", ["codes", "v"], {"num_heads": h})],
                             ["kv"]), f, indent=1)
        with open(tag + ".fp32.json", "w") as f:
            json.dump(_graph([("m", ["N", h, n, nb]), ("v4", ["N", h, n, dd])],
                             [("mt", "transpose", ["m"], {"perm": [0, 1, 3, 2]}),
                              ("kv", "matmul", ["mt", "v4"], {})],
                             ["kv"]), f, indent=1)
        out["matadd"].append({"shape": [b, h, n, dd, nb], "prefix": tag,
                              "ones": float(m.mean())})
        # b (b^T v) on the same codes: matadd_qkv (tables, masked adds) and fp32
        kv = ref.float()                                             # [B,H,nbits,D]
        qref = QKV_ALPHA * v4.double() + QKV_BETA * (m.double() @ kv.double())  # [B,H,N,D]
        np.save(tag + ".kvq.npy", kv.numpy())
        np.save(tag + ".qref4.npy", qref.numpy())
        np.save(tag + ".qref.npy", qref.transpose(1, 2).reshape(b, n, h * dd).numpy())
        ab = {"num_heads": h, "alpha": QKV_ALPHA, "beta": QKV_BETA}
        for var, attrs in (("qkv", ab), ("qkvm", dict(ab, lut=0))):
            with open("%s.%s.json" % (tag, var), "w") as f:
                json.dump(_graph([("x", ["N", n, h * nb]), ("kv", ["N", h, nb, dd]),
                                  ("v", ["N", n, h * dd])],
                                 [("codes", "binarize", ["x"], {"num_heads": h}),
                                  ("o", "matadd_qkv", ["codes", "kv", "v"], attrs)],
                                 ["o"]), f, indent=1)
        with open(tag + ".qkv32.json", "w") as f:    # o fuses into bk's epilogue
            json.dump(_graph([("m", ["N", h, n, nb]), ("kv", ["N", h, nb, dd]),
                              ("v4", ["N", h, n, dd])],
                             [("av", "mul", ["v4"], {"scalar": QKV_ALPHA}),
                              ("bk", "matmul", ["m", "kv"], {}),
                              ("bks", "mul", ["bk"], {"scalar": QKV_BETA}),
                              ("o", "add", ["bks", "av"], {})],
                             ["o"]), f, indent=1)
        out["qkv"].append({"shape": [b, h, n, dd, nb], "prefix": tag})
    for i, (n, k, mm) in enumerate(SHIFT):
        tag = os.path.join(d, "shift_%dx%dx%d" % (n, k, mm))
        lin = _seeded(300 + i, lambda: torch.nn.Linear(k, mm)).eval()
        sl = vnn.ShiftLinear.from_linear(lin).eval()
        x = _seeded(400 + i, lambda: torch.randn(1, n, k))
        with torch.no_grad():
            ref_shift = sl(x)
        w, bias = lin.weight.detach().double(), lin.bias.detach().double()
        ref_lin = x.double() @ w.t() + bias
        vitc.export(sl, x, tag + ".shift")
        vitc.export(lin, x, tag + ".fp32")
        # after a layer_norm the input is bounded: vitc proves 32-bit sums safe
        vitc.export(torch.nn.Sequential(torch.nn.LayerNorm(k), sl).eval(), x, tag + ".lnshift")
        for key, t in (("x", x), ("w", lin.weight.detach()), ("b", lin.bias.detach()),
                       ("ref_shift", ref_shift), ("ref_fp32", ref_lin)):
            np.save("%s.%s.npy" % (tag, key), t.numpy())
        out["shift"].append({"shape": [n, k, mm], "prefix": tag})
    _result(out)


def worker_prep_model(a):
    """Build one end-to-end model; write the vitc export, input and the
    module's eval-mode output (the reference)."""
    import numpy as np
    import torch
    import vitc
    from vitc.models import example_input
    model = _build_model(a["model"])
    x = example_input(1, IMAGE, SEED)
    t0 = time.perf_counter()
    vitc.export(model, x, a["prefix"])
    export_s = time.perf_counter() - t0
    with torch.no_grad():
        ref = model(x)
    np.save(a["prefix"] + ".x.npy", x.numpy())
    np.save(a["prefix"] + ".ref.npy", ref.numpy())
    _result({"export_s": export_s})


def worker_replay(a):
    """Run the module with the decisions a compiled model exposed
    (--expose-decisions outputs in a["dir"]); vitc/replay.py."""
    import numpy as np
    import torch
    from vitc import replay
    model = _build_model(a["model"])
    with open(a["prefix"] + ".json") as f:
        graph = json.load(f)
    x = torch.from_numpy(np.load(a["input"]))
    path = lambda n: os.path.join(a["dir"], replay.safe_name(n) + ".npy")
    r = replay.compare(model, x, graph, lambda n: np.load(path(n)))
    _result(dict(r, output_file=path(graph["outputs"][0])))


def _timed_adaptive(fn, warmup, repeat, budget_s):
    """Warm up, then time min(repeat, max(3, budget / warm-up time)) calls."""
    t0 = time.perf_counter()
    for _ in range(max(1, warmup)):
        fn()
    per = (time.perf_counter() - t0) / max(1, warmup)
    n = max(1, min(repeat, max(3, int(budget_s / max(per, 1e-9)))))
    med, mn, ts = bc._timed(fn, 0, n)
    return med, mn, ts


def _torch_threads(t):
    import torch
    torch.set_num_threads(t)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass


def worker_torch_micro(a):
    """PyTorch fp32: torch.matmul(mask^T, v), baddbmm(v, mask, kv) or
    nn.Linear, timed in-process."""
    import numpy as np
    import torch
    _torch_threads(a["threads"])
    p = a["prefix"]
    if a["kind"] == "matadd":
        m = torch.from_numpy(np.load(p + ".m.npy"))
        v4 = torch.from_numpy(np.load(p + ".v4.npy"))
        box = [None]

        def step():
            box[0] = torch.matmul(m.transpose(-1, -2), v4)
    elif a["kind"] == "qkv":
        b, h, n, nb = np.load(p + ".m.npy").shape
        m = torch.from_numpy(np.load(p + ".m.npy")).reshape(b * h, n, nb)
        kv = torch.from_numpy(np.load(p + ".kvq.npy")).reshape(b * h, nb, -1)
        v4 = torch.from_numpy(np.load(p + ".v4.npy")).reshape(b * h, n, -1)
        box = [None]

        def step():
            box[0] = torch.baddbmm(v4, m, kv, beta=QKV_ALPHA, alpha=QKV_BETA)
    else:
        x = torch.from_numpy(np.load(p + ".x.npy"))
        w = torch.from_numpy(np.load(p + ".w.npy"))
        lin = torch.nn.Linear(w.shape[1], w.shape[0]).eval()
        with torch.no_grad():
            lin.weight.copy_(w)
            lin.bias.copy_(torch.from_numpy(np.load(p + ".b.npy")))
        box = [None]

        def step():
            box[0] = lin(x)
    with torch.no_grad():
        med, mn, ts = _timed_adaptive(step, a["warmup"], a["repeat"], a["budget_s"])
    out = box[0].reshape(b, h, n, -1) if a["kind"] == "qkv" else box[0]
    np.save(a["output"], out.numpy())
    _result({"median_ms": med, "min_ms": mn, "n": len(ts), "blas": bc._loaded_blas()})


def worker_torch_model(a):
    """PyTorch eager of one end-to-end module: mode 'eval' (what nn.py
    defines: integer-exact shift emulation) or 'fq' (train mode under
    no_grad: float fake-quant shift linears, as the seed runs them)."""
    import numpy as np
    import torch
    _torch_threads(a["threads"])
    model = _build_model(a["model"])
    if a["mode"] == "fq":
        model.train()
    x = torch.from_numpy(np.load(a["input"]))
    box = [None]

    def step():
        box[0] = model(x)
    with torch.no_grad():
        med, mn, ts = _timed_adaptive(step, a["warmup"], a["repeat"], a["budget_s"])
    np.save(a["output"], box[0].numpy())
    _result({"median_ms": med, "min_ms": mn, "n": len(ts), "blas": bc._loaded_blas()})


WORKERS = {"prep_micro": worker_prep_micro, "prep_model": worker_prep_model,
           "torch_micro": worker_torch_micro, "torch_model": worker_torch_model,
           "replay": worker_replay, "versions": bc.worker_versions}


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------

Failed = bc.Failed


def run_worker(kind, args, env_extra=None, timeout=900):
    return bc.run_worker(kind, args, env_extra, timeout, script=__file__)


def vitc_cmd(vitc, args, timeout=1200):
    try:
        p = subprocess.run([vitc] + args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed("`vitc %s` took over %d s" % (" ".join(args), timeout))
    if p.returncode != 0:
        raise Failed("`vitc %s` exited %d: %s" % (" ".join(args), p.returncode,
                                                  bc._tail(p.stderr or p.stdout)))
    return p.stdout


def vitc_run(vitc, so, inputs, out, threads, repeat, profile=False):
    """Median/min (ms) of `vitc run --repeat`, and with profile the per-kernel
    ms per run ({kernel: ms}; a mean over the warm-up and timed calls)."""
    args = ["run", so]
    for name, path in inputs:
        args += ["--input", "%s=%s" % (name, path) if name else path]
    args += ["-o", out, "--threads", str(threads), "--repeat", str(repeat)]
    if profile:
        args.append("--profile")
    text = vitc_cmd(vitc, args)
    m = re.search(r"median ([0-9.]+) ms, min ([0-9.]+) ms", text)
    if not m:
        raise Failed("`vitc %s`: no timing in its output" % " ".join(args))
    r = {"median_ms": float(m.group(1)), "min_ms": float(m.group(2))}
    if profile:
        r["kernels"] = {mm.group(2): float(mm.group(1)) for mm in
                        re.finditer(r"^\s+([0-9.]+)\s+[0-9.]+%\s+(\S+)\s*$", text, re.M)}
    return r


def rel_err(out_path, ref):
    import numpy as np
    out = np.load(out_path).astype(np.float64)
    if out.shape != ref.shape:
        return float("inf")
    return float(np.max(np.abs(out - ref)) / max(float(np.max(np.abs(ref))), 1e-30))


def med(rs, key="median_ms"):
    vals = [r[key] for r in rs if r is not None]
    return statistics.median(vals) if vals else None


def parse_inspect(text):
    """Totals from `vitc inspect`: MACs, parameters, mults/adds/shifts/popcounts."""
    acc = {}
    m = re.search(r"^parameters: (\d+)", text, re.M)
    if m:
        acc["params"] = int(m.group(1))
    sec = text.split("MACs (N=1):", 1)
    if len(sec) == 2:
        m = re.search(r"^\s+total\s+(\d+)", sec[1], re.M)
        if m:
            acc["macs"] = int(m.group(1))
    sec = text.split("operations (N=1):", 1)
    if len(sec) == 2:
        m = re.search(r"^\s+total\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", sec[1], re.M)
        if m:
            acc.update(zip(("mults", "adds", "shifts", "popcounts"), map(int, m.groups())))
    return acc


def categorize(kernels, graph):
    """Sum per-kernel ms into op categories (a kernel belongs to the node whose
    name it carries; fused elementwise ops count with their kernel)."""
    ops = {}
    for n in graph["nodes"]:
        ops[n["name"]] = n["op"]
        if n["op"] == "conv2d" and n.get("attrs", {}).get("groups", 1) > 1:
            ops[n["name"]] = "conv2d depthwise"
    names = sorted(ops, key=len, reverse=True)
    cats = collections.Counter()
    for k, ms in kernels.items():
        node = next((n for n in names if k == n or k.startswith(n + ".")), None)
        op = ops.get(node)
        suffix = k[len(node) + 1:] if node and k != node else ""
        if op == "moe2_linear":
            c = {"shift": "moe2: shift expert", "mult": "moe2: mult expert (fp32)",
                 "q16": "moe2: Q16.16 quantize"}.get(suffix, "moe2: router/route/gather/scatter")
        elif op == "shift_linear":
            c = "shift_linear: Q16.16 quantize" if suffix == "q16" else "shift_linear"
        elif op in ("linear", "matmul", "conv2d", "conv2d depthwise", "softmax", "ksh_hash",
                    "matadd_ktv", "matadd_qkv", "binarize", "layer_norm", "conv1d_tokens",
                    "l2norm_heads"):
            c = op + (" (fp32)" if op in ("linear", "matmul") else "")
        elif op == "hamming_attention":
            c = "hamming_attention: " + (suffix or "all")
        else:
            c = "other (elementwise, layout)"
        cats[c] += ms
    return cats


# ----- inner-loop analysis of the generated assembly -------------------------
# term-producing instructions: mnemonic prefix -> element bits
TERM_OPS = (("vfmadd", 32), ("vfnmadd", 32), ("vpaddq", 64), ("vpaddd", 32), ("vaddps", 32))


def inner_loops(asm_path, kernel_index):
    """The innermost loops (a backward branch to a label with no label in
    between) of kernel i's functions (vitc_k<i>, vitc_k<i>_par*): for each,
    (instructions, Counter of mnemonics)."""
    lines = open(asm_path).read().splitlines()
    loops, func, labels = [], None, {}
    want = re.compile(r"^vitc_k%d(_par\d+)?:$" % kernel_index)
    for i, line in enumerate(lines):
        if re.match(r"^[A-Za-z_]\w*:$", line):
            func = line if want.match(line) else None
            labels = {}
            continue
        if func is None:
            continue
        m = re.match(r"^(\.LBB\w+):", line)
        if m:
            labels[m.group(1)] = i
            continue
        m = re.match(r"^\s+j\w+\s+(\.LBB\w+)\s*$", line)
        if m and m.group(1) in labels:
            start = labels[m.group(1)]
            body = lines[start + 1:i + 1]
            if any(re.match(r"^\.LBB\w+:", b) for b in body):
                continue
            ins = [b.split()[0] for b in body if b.strip() and not b.strip().startswith((".", "#"))]
            loops.append((len(ins), collections.Counter(ins), body))
    return loops


def loop_summary(asm_path, kernel_index):
    """The hottest-looking inner loop of a kernel: instructions, terms per
    iteration (term ops x lanes), mnemonic histogram."""
    best = None
    for n, hist, body in inner_loops(asm_path, kernel_index):
        terms = 0
        for b in body:
            op = b.split()[0] if b.split() else ""
            for pre, bits in TERM_OPS:
                if op.startswith(pre):
                    width = 512 if "zmm" in b else 256 if "ymm" in b else 128
                    terms += width // bits
        if terms and (best is None or terms > best["terms"]):
            best = {"instructions": n, "terms": terms, "hist": dict(hist.most_common(8))}
    return best


def kernel_index(lower_txt, name):
    m = re.search(r'^kernel (\d+) "%s"' % re.escape(name), open(lower_txt).read(), re.M)
    return int(m.group(1)) if m else None


def fmt(v, spec="%.3f"):
    if v is None:
        return "n/a"
    if isinstance(v, str):
        return v
    return spec % v


def ratio(num, den):
    if isinstance(num, (int, float)) and isinstance(den, (int, float)) and den > 0:
        return "%.2f" % (num / den)
    return "n/a"


def table(hdr, rows):
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(hdr)]
    line = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                   for i, (c, w) in enumerate(zip(cells, widths)))
    print(line(hdr))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vitc", help="vitc binary (default: ./vitc, %s/vitc, /tmp/build-bench/vitc)"
                    % REPO)
    ap.add_argument("--threads", type=int, default=1, help="threads for every runtime (default 1)")
    ap.add_argument("--only", choices=("micro", "e2e"), help="run one part only")
    ap.add_argument("--rounds", type=int, default=3,
                    help="fresh-process measurements per cell, interleaved across runtimes; "
                    "the table shows the median of the round medians (default 3)")
    ap.add_argument("--repeat-micro", type=int, default=100,
                    help="timed calls per micro-benchmark measurement (default 100)")
    ap.add_argument("--repeat", type=int, default=20,
                    help="timed calls per end-to-end measurement (default 20; PyTorch cells "
                    "slower than --torch-budget/3 use fewer, at least 3)")
    ap.add_argument("--torch-budget", type=float, default=3.0, metavar="S",
                    help="seconds of timed calls a PyTorch worker aims for (default 3)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed calls in the PyTorch workers")
    ap.add_argument("--openblas", default="auto", metavar="DIR|auto|none",
                    help="the OpenBLAS libblas.so.3 directory PyTorch runs with "
                    "(as bench_cpu.py)")
    ap.add_argument("--workdir", help="keep graphs, .so files, IR dumps and outputs here")
    ap.add_argument("--json", metavar="FILE", help="also write every number as JSON")
    ap.add_argument("--worker", nargs=2, metavar=("KIND", "ARGS"), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        sys.path.insert(0, PYDIR)
        WORKERS[args.worker[0]](json.loads(args.worker[1]))
        return 0
    if args.threads < 1 or args.rounds < 1 or args.repeat < 1 or args.repeat_micro < 1:
        sys.exit("bench: --threads, --rounds and --repeat* must be positive")
    vitc = bc.find_vitc(args.vitc)
    try:
        versions = run_worker("versions", {})
    except Failed as e:
        sys.exit("bench: cannot start %s: %s" % (sys.executable, e))
    if not versions.get("torch") or not versions.get("numpy"):
        sys.exit("bench: %s has no torch/numpy; run with Debian's /usr/bin/python3"
                 % sys.executable)
    import numpy as np
    openblas = bc.find_openblas(args.openblas)
    torch_env = dict(bc.thread_env(args.threads))
    if openblas:
        torch_env["LD_LIBRARY_PATH"] = openblas + (os.pathsep + os.environ["LD_LIBRARY_PATH"]
                                                   if os.environ.get("LD_LIBRARY_PATH") else "")
    T = args.threads
    vitc_ver = subprocess.run([vitc, "--version"], capture_output=True, text=True).stdout.strip()
    git = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip()
    ncpu = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load0 = os.getloadavg()
    print("machine : %s (%s), %d usable CPUs, flags: %s" % (bc.cpu_model(), platform.machine(),
                                                           ncpu, bc.cpu_flags()))
    print("software: %s (%s; repo HEAD %s); python %s, numpy %s, torch %s"
          % (vitc_ver or "vitc", vitc, git or "?", versions["python"], versions["numpy"],
             versions["torch"]))
    print("load    : %.2f %.2f %.2f at start; %d thread(s) for every runtime" % (load0 + (T,)))
    t_start = time.time()
    workdir = args.workdir or tempfile.mkdtemp(prefix="vitc-bench-sa-")
    os.makedirs(workdir, exist_ok=True)
    results = {"machine": {"cpu": bc.cpu_model(), "cpus": ncpu, "flags": bc.cpu_flags(),
                           "load_start": load0},
               "versions": dict(versions, vitc=vitc_ver, repo=git), "threads": T,
               "matadd": [], "qkv": [], "shift": [], "models": [], "asm": {}}
    problems, notes = [], []
    torch_blas = []

    def torch_cell(kind, wargs, out, what):
        try:
            r = run_worker(kind, dict(wargs, output=out, threads=T, warmup=args.warmup,
                                      budget_s=args.torch_budget), torch_env)
            torch_blas[:] = r.get("blas", [])
            return r
        except Failed as e:
            problems.append("%s: torch: %s" % (what, e))
            return None

    def vitc_cell(so, inputs, out, repeat, what, profile=False):
        try:
            return vitc_run(vitc, so, inputs, out, T, repeat, profile)
        except Failed as e:
            problems.append("%s: %s" % (what, e))
            return None

    try:
        # ---------------------------------------------------------- micro
        if args.only != "e2e":
            print("\n[micro] writing graphs and inputs ...", flush=True)
            mdir = os.path.join(workdir, "micro")
            os.makedirs(mdir, exist_ok=True)
            prep = run_worker("prep_micro", {"dir": mdir})
            for case in prep["matadd"] + prep["shift"]:
                for var in ("add", "fp32") if "ones" in case else ("shift", "fp32", "lnshift"):
                    p = "%s.%s" % (case["prefix"], var)
                    vitc_cmd(vitc, ["compile", p + ".json", "-o", p + ".so"])
            for case in prep["qkv"]:
                for var in ("qkv", "qkvm", "qkv32"):
                    p = "%s.%s" % (case["prefix"], var)
                    vitc_cmd(vitc, ["compile", p + ".json", "-o", p + ".so"])
            rep = args.repeat_micro
            for case in prep["matadd"]:
                b, h, n, d, nb = case["shape"]
                p = case["prefix"]
                what = "matadd [%d,%d,%d,%d,%d]" % tuple(case["shape"])
                ref = np.load(p + ".ref.npy")
                cell = {"shape": case["shape"], "ones": case["ones"], "add": [], "fp32": [],
                        "torch": []}
                for _ in range(args.rounds):
                    cell["add"].append(vitc_cell(p + ".add.so", [("x", p + ".x.npy"),
                                                                 ("v", p + ".v.npy")],
                                                 p + ".out_add.npy", rep, what, True))
                    cell["fp32"].append(vitc_cell(p + ".fp32.so", [("m", p + ".m.npy"),
                                                                   ("v4", p + ".v4.npy")],
                                                  p + ".out_fp32.npy", rep, what, True))
                    cell["torch"].append(torch_cell("torch_micro", {
                        "kind": "matadd", "prefix": p, "repeat": rep},
                        p + ".out_torch.npy", what))
                for k in ("add", "fp32", "torch"):
                    if os.path.exists("%s.out_%s.npy" % (p, k)):
                        cell[k + "_err"] = rel_err("%s.out_%s.npy" % (p, k), ref)
                        if cell[k + "_err"] > TOL_FLOAT:
                            problems.append("%s: %s output differs: %.3g" % (what, k,
                                                                             cell[k + "_err"]))
                results["matadd"].append(cell)
                print("  %s done" % what, flush=True)
            for case in prep["qkv"]:
                p = case["prefix"]
                what = "matadd_qkv [%d,%d,%d,%d,%d]" % tuple(case["shape"])
                ins = [("x", p + ".x.npy"), ("kv", p + ".kvq.npy"), ("v", p + ".v.npy")]
                cell = {"shape": case["shape"], "lut": [], "masked": [], "fp32": [],
                        "torch": []}
                for _ in range(args.rounds):
                    cell["lut"].append(vitc_cell(p + ".qkv.so", ins, p + ".out_qlut.npy", rep,
                                                 what, True))
                    cell["masked"].append(vitc_cell(p + ".qkvm.so", ins, p + ".out_qmasked.npy",
                                                    rep, what, True))
                    cell["fp32"].append(vitc_cell(p + ".qkv32.so", [
                        ("m", p + ".m.npy"), ("kv", p + ".kvq.npy"), ("v4", p + ".v4.npy")],
                        p + ".out_qfp32.npy", rep, what, True))
                    cell["torch"].append(torch_cell("torch_micro", {
                        "kind": "qkv", "prefix": p, "repeat": rep}, p + ".out_qtorch.npy", what))
                for k, r in (("lut", ".qref.npy"), ("masked", ".qref.npy"), ("fp32", ".qref4.npy"),
                             ("torch", ".qref4.npy")):
                    if os.path.exists("%s.out_q%s.npy" % (p, k)):
                        cell[k + "_err"] = rel_err("%s.out_q%s.npy" % (p, k), np.load(p + r))
                        if cell[k + "_err"] > TOL_FLOAT:
                            problems.append("%s: %s output differs: %.3g"
                                            % (what, k, cell[k + "_err"]))
                results["qkv"].append(cell)
                print("  %s done" % what, flush=True)
            for case in prep["shift"]:
                n, k, mm = case["shape"]
                p = case["prefix"]
                what = "shift %dx%d->%d" % (n, k, mm)
                cell = {"shape": case["shape"], "shift": [], "fp32": [], "torch": [],
                        "lnshift": []}
                for _ in range(args.rounds):
                    cell["shift"].append(vitc_cell(p + ".shift.so", [("", p + ".x.npy")],
                                                   p + ".out_shift.npy", rep, what, True))
                    cell["lnshift"].append(vitc_cell(p + ".lnshift.so", [("", p + ".x.npy")],
                                                     p + ".out_lnshift.npy", rep, what, True))
                    cell["fp32"].append(vitc_cell(p + ".fp32.so", [("", p + ".x.npy")],
                                                  p + ".out_fp32.npy", rep, what, True))
                    cell["torch"].append(torch_cell("torch_micro", {
                        "kind": "linear", "prefix": p, "repeat": rep},
                        p + ".out_torch.npy", what))
                ref_s = np.load(p + ".ref_shift.npy")
                if os.path.exists(p + ".out_shift.npy"):
                    got = np.load(p + ".out_shift.npy")
                    cell["shift_exact"] = bool(got.shape == ref_s.shape
                                               and np.array_equal(got, ref_s))
                    cell["shift_err"] = rel_err(p + ".out_shift.npy", ref_s.astype(np.float64))
                    if not cell["shift_exact"]:
                        problems.append("%s: vitc shift_linear is not bit-exact vs ShiftLinear "
                                        "(rel err %.3g)" % (what, cell["shift_err"]))
                ref_f = np.load(p + ".ref_fp32.npy")
                for key in ("fp32", "torch"):
                    if os.path.exists("%s.out_%s.npy" % (p, key)):
                        cell[key + "_err"] = rel_err("%s.out_%s.npy" % (p, key), ref_f)
                        if cell[key + "_err"] > TOL_FLOAT:
                            problems.append("%s: %s output differs: %.3g"
                                            % (what, key, cell[key + "_err"]))
                with open(p + ".shift.json") as f:
                    cell["node"] = json.load(f)["nodes"][0]["name"]
                with open(p + ".fp32.json") as f:
                    cell["fp32_node"] = json.load(f)["nodes"][0]["name"]
                with open(p + ".lnshift.json") as f:
                    cell["ln_node"] = [nd["name"] for nd in json.load(f)["nodes"]
                                       if nd["op"] == "shift_linear"][0]
                results["shift"].append(cell)
                print("  %s done" % what, flush=True)
            # inner loops of the compiled kernels (largest shapes)
            asm = {}
            for label, jpath, kname in (
                    ("shift_linear", prep["shift"][0]["prefix"] + ".shift.json", None),
                    ("shift i32", prep["shift"][0]["prefix"] + ".lnshift.json", "shift_linear"),
                    ("linear (fp32)", prep["shift"][0]["prefix"] + ".fp32.json", None),
                    ("matadd_ktv", prep["matadd"][0]["prefix"] + ".add.json", "kv"),
                    ("matmul (fp32)", prep["matadd"][0]["prefix"] + ".fp32.json", "kv")):
                ddir = jpath[:-5] + ".ir"
                try:
                    shutil.rmtree(ddir, ignore_errors=True)
                    vitc_cmd(vitc, ["compile", jpath, "-o", jpath[:-5] + ".ir.so",
                                    "--dump-ir", ddir])
                    with open(jpath) as f:
                        nodes = json.load(f)["nodes"]
                    if kname is None:
                        kname = nodes[0]["name"]
                    elif kname == "shift_linear":  # the node of that op
                        kname = [nd["name"] for nd in nodes if nd["op"] == kname][0]
                    idx = kernel_index(os.path.join(ddir, "03-lower.txt"), kname)
                    asm[label] = loop_summary(os.path.join(ddir, "10-model.s"), idx) \
                        if idx is not None else None
                except (Failed, OSError) as e:
                    asm[label] = None
                    notes.append("asm analysis of %s failed: %s" % (label, e))
            results["asm"] = asm

        # ---------------------------------------------------------- e2e
        if args.only != "micro":
            for name, (_, kinds, dense) in MODELS.items():
                prefix = os.path.join(workdir, name)
                row = {"model": name, "kinds": kinds, "dense": dense,
                       "vitc": [], "torch_eval": [], "torch_fq": []}
                results["models"].append(row)
                print("\n[%s] export ..." % name, flush=True)
                try:
                    prep = run_worker("prep_model", {"model": name, "prefix": prefix})
                    row["export_s"] = prep["export_s"]
                    row["acc"] = parse_inspect(vitc_cmd(vitc, ["inspect", prefix + ".json"]))
                    t0 = time.perf_counter()
                    vitc_cmd(vitc, ["compile", prefix + ".json", "-o", prefix + ".so"])
                    row["compile_s"] = time.perf_counter() - t0
                except Failed as e:
                    problems.append("%s: %s" % (name, e))
                    print("  FAILED: %s" % e)
                    continue
                print("  export %.1f s, vitc compile %.1f s" % (row["export_s"],
                                                               row["compile_s"]), flush=True)
                x = prefix + ".x.npy"
                ref = np.load(prefix + ".ref.npy").astype(np.float64)
                shiftadd = kinds != DENSE
                wargs = {"model": name, "input": x, "repeat": args.repeat}
                for rnd in range(args.rounds):
                    row["vitc"].append(vitc_cell(prefix + ".so", [("", x)], prefix + ".vitc.npy",
                                                 args.repeat, name))
                    # the integer-exact eval emulation takes seconds per call in
                    # PyTorch: one round of it is enough
                    if rnd == 0 or (row["torch_eval"][-1] or {}).get("median_ms", 0) < 1000:
                        row["torch_eval"].append(torch_cell(
                            "torch_model", dict(wargs, mode="eval"), prefix + ".torch.npy",
                            name + " (eval)"))
                    if shiftadd:
                        row["torch_fq"].append(torch_cell(
                            "torch_model", dict(wargs, mode="fq"), prefix + ".torch_fq.npy",
                            name + " (fake-quant)"))
                for key, suf in (("vitc", ".vitc.npy"), ("torch_eval", ".torch.npy"),
                                 ("torch_fq", ".torch_fq.npy")):
                    if os.path.exists(prefix + suf):
                        row[key + "_err"] = rel_err(prefix + suf, ref)
                        row[key + "_argmax"] = bool(np.load(prefix + suf).argmax(-1)[0]
                                                    == ref.argmax(-1)[0])
                row["tol"] = TOL_FLOAT
                if shiftadd:
                    # decisions (codes, routes, Q16.16 floors) replayed: vitc/replay.py
                    try:
                        dec = prefix + ".dec"
                        os.makedirs(dec, exist_ok=True)
                        vitc_cmd(vitc, ["compile", prefix + ".json", "--expose-decisions",
                                        "-o", prefix + ".x.so"])
                        vitc_cmd(vitc, ["run", prefix + ".x.so", "--input", x,
                                        "--output-dir", dec])
                        rp = run_worker("replay", {"model": name, "prefix": prefix,
                                                   "input": x, "dir": dec})
                        row.update(replay_err=rp["err"], replay_differ=rp["differ"])
                        for v in rp["violations"]:
                            problems.append("%s: decision replay: %s" % (name, v))
                    except Failed as e:
                        problems.append("%s: decision replay failed: %s" % (name, e))
                err = row.get("replay_err" if shiftadd else "vitc_err")
                if err is not None and err > TOL_FLOAT:
                    problems.append("%s: vitc vs module max|diff|/max|ref| = %.3g > %g%s"
                                    % (name, err, TOL_FLOAT,
                                       " with the compiled decisions replayed" if shiftadd
                                       else ""))
                # a per-op breakdown of vitc's time
                prof = vitc_cell(prefix + ".so", [("", x)], prefix + ".prof.npy", 5,
                                 name + " (profile)", profile=True)
                if prof:
                    with open(prefix + ".json") as f:
                        row["breakdown"] = dict(categorize(prof["kernels"], json.load(f)))
                print("  vitc %s ms, torch eval %s ms, torch fake-quant %s ms (vitc err %s)"
                      % (fmt(med(row["vitc"]), "%.1f"), fmt(med(row["torch_eval"]), "%.1f"),
                         fmt(med(row["torch_fq"]), "%.1f"),
                         fmt(row.get("vitc_err"), "%.2e")), flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    # ---------------------------------------------------------- report
    print("\n== ShiftAdd kernels (seed shapes), %d thread(s); ms = median per call ==" % T)
    if results["matadd"]:
        print("\nMatAdd K^T V (kv = b^T v per head; b = binary codes, 16 bits):")
        rows = []
        for c in results["matadd"]:
            add_k = med([{"m": r["kernels"].get("kv")} for r in c["add"] if r], "m")
            add_c = med([{"m": r["kernels"].get("codes")} for r in c["add"] if r], "m")
            f_k = med([{"m": r["kernels"].get("kv")} for r in c["fp32"] if r], "m")
            f_t = med([{"m": r["kernels"].get("mt")} for r in c["fp32"] if r], "m")
            tt = med(c["torch"])
            b, h, n, d, nb = c["shape"]
            c.update(add_kernel_ms=add_k, codes_kernel_ms=add_c, fp32_kernel_ms=f_k,
                     transpose_kernel_ms=f_t, add_graph_ms=med(c["add"]),
                     fp32_graph_ms=med(c["fp32"]), torch_ms=tt)
            rows.append(["[%d,%d,%d,%d,%d]" % tuple(c["shape"]),
                         fmt(add_k), fmt(add_c), fmt(med(c["add"])), fmt(f_k),
                         fmt(med(c["fp32"])), fmt(tt), ratio(f_k, add_k), ratio(tt, add_k),
                         fmt(b * h * n * nb * d / add_k / 1e6 if add_k else None, "%.1f"),
                         "%.0e/%.0e/%.0e" % (c.get("add_err", -1), c.get("fp32_err", -1),
                                            c.get("torch_err", -1))])
        table(["[B,H,N,D,bits]", "add kern", "codes", "add graph", "fp32 kern", "fp32 graph",
               "torch", "fp32/add", "torch/add", "Gterm/s", "err add/fp32/torch"], rows)
        print("add kern: vitc matadd_ktv kernel (packed codes, masked adds); codes: its "
              "binarize kernel;\nadd graph: binarize + matadd_ktv; fp32 kern: vitc matmul "
              "kernel on the float 0/1 mask (graph:\ntranspose + matmul); torch: "
              "torch.matmul(mask^T, v).  Ratios > 1: the additive kernel is faster.\n"
              "Gterm/s: masked-add terms (N*bits*D per head) per second in the add kernel.")
    if results["qkv"]:
        print("\nMatAdd b(b^T v) (matadd_qkv: o = v/2 + b kv/pi per head; kv = b^T v; "
              "16-bit codes):")
        rows = []
        for c in results["qkv"]:
            def kern(runs, *names):
                return med([{"m": sum(r["kernels"].get(k, 0) for k in names)}
                            for r in runs if r], "m")
            lut_k, tab_k = kern(c["lut"], "o", "o.lut"), kern(c["lut"], "o.lut")
            msk_k, f_k, tt = kern(c["masked"], "o"), kern(c["fp32"], "bk"), med(c["torch"])
            c.update(lut_kernel_ms=lut_k, table_kernel_ms=tab_k, masked_kernel_ms=msk_k,
                     codes_kernel_ms=kern(c["lut"], "codes"), lut_graph_ms=med(c["lut"]),
                     masked_graph_ms=med(c["masked"]), fp32_kernel_ms=f_k,
                     fp32_graph_ms=med(c["fp32"]), torch_ms=tt)
            f4 = lambda v: fmt(v, "%.4f")  # kernels of a few microseconds
            rows.append(["[%d,%d,%d,%d,%d]" % tuple(c["shape"]), f4(lut_k), f4(tab_k),
                         f4(msk_k), f4(c["codes_kernel_ms"]), f4(c["lut_graph_ms"]),
                         f4(c["masked_graph_ms"]), f4(f_k), f4(c["fp32_graph_ms"]), fmt(tt),
                         ratio(msk_k, lut_k), ratio(f_k, lut_k), ratio(tt, lut_k),
                         "%.0e/%.0e/%.0e/%.0e" % tuple(c.get(k + "_err", -1) for k in
                                                       ("lut", "masked", "fp32", "torch"))])
        table(["[B,H,N,D,bits]", "lut kern", "tables", "masked kern", "codes", "lut graph",
               "masked graph", "fp32 kern", "fp32 graph", "torch", "masked/lut", "fp32/lut",
               "torch/lut", "err lut/masked/fp32/torch"], rows)
        print("lut kern: vitc matadd_qkv with nibble tables (the table kernel + the lookup, "
              "one indirect\nload per 4 code bits); tables: the table kernel alone; masked "
              "kern: matadd_qkv with\nlut = 0 (a select and an add per bit); codes: the "
              "binarize kernel; graphs: binarize +\nmatadd_qkv; fp32 kern: vitc matmul of the "
              "0/1 mask and kv with v/2 and 1/pi in its epilogue\n(graph: + the v/2 kernel); "
              "torch: torch.baddbmm(v, mask, kv, beta=1/2, alpha=1/pi).\n"
              "Ratios > 1: the table form is faster.")
    if results["shift"]:
        print("\nShift linear Y[N,M] = shift_linear(X[N,K]) (Q16.16; 64- or 32-bit sums):")
        rows = []
        for c in results["shift"]:
            n, k, mm = c["shape"]
            s_k = med([{"m": r["kernels"].get(c["node"])} for r in c["shift"] if r], "m")
            q_k = med([{"m": r["kernels"].get(c["node"] + ".q16")} for r in c["shift"] if r],
                      "m")
            f_k = med([{"m": r["kernels"].get(c["fp32_node"])} for r in c["fp32"] if r], "m")
            s32 = med([{"m": r["kernels"].get(c["ln_node"])} for r in c["lnshift"] if r], "m")
            tt = med(c["torch"])
            c.update(shift_kernel_ms=s_k, q16_kernel_ms=q_k, fp32_kernel_ms=f_k,
                     shift32_kernel_ms=s32,
                     shift_graph_ms=med(c["shift"]), fp32_graph_ms=med(c["fp32"]), torch_ms=tt)
            terms = n * k * mm
            rows.append(["%dx%d->%d" % (n, k, mm), fmt(s_k), fmt(s32), fmt(q_k),
                         fmt(med(c["shift"])),
                         fmt(f_k), fmt(med(c["fp32"])), fmt(tt), ratio(f_k, s_k), ratio(f_k, s32),
                         ratio(tt, med(c["shift"])),
                         fmt(terms / s_k / 1e6 if s_k else None, "%.1f"),
                         fmt(2 * terms / f_k / 1e6 if f_k else None, "%.0f"),
                         ("exact" if c.get("shift_exact") else fmt(c.get("shift_err"), "%.0e"))
                         + "/" + fmt(c.get("fp32_err"), "%.0e") + "/"
                         + fmt(c.get("torch_err"), "%.0e")])
        table(["NxK->M", "shift kern", "i32 kern", "q16 kern", "shift graph", "fp32 kern",
               "fp32 graph", "torch", "fp32/shift", "fp32/i32", "torch/shift", "Gterm/s",
               "fp32 GFLOP/s",
               "err shift/fp32/torch"], rows)
        print("shift kern: vitc shift_linear kernel on the raw graph input (no bound: "
              "64-bit adds; shifts, sign selects,\nbias and 2^-16 epilogue); i32 kern: the "
              "same kernel after a layer_norm, where vitc proves\n32-bit sums cannot overflow "
              "(passes/bounds.c); q16 kern: its Q16.16 input quantization; shift "
              "graph: both.  fp32: vitc linear kernel (= its graph).\ntorch: nn.Linear fp32.  "
              "fp32/shift: vitc fp32 kernel / shift kernel; torch/shift: torch / shift graph;\n"
              "> 1: the shift kernel is faster.  err: shift vs ShiftLinear module (exact = "
              "bit-exact), fp32 and torch vs float64.")
    if results["asm"]:
        print("\nInner loops as compiled (vitc compile --dump-ir, largest shape):")
        for label, s in results["asm"].items():
            if not s:
                print("  %-14s n/a" % label)
                continue
            print("  %-14s %3d instructions per iteration for %3d terms = %.3f per term; "
                  "top: %s" % (label, s["instructions"], s["terms"],
                               s["instructions"] / s["terms"],
                               ", ".join("%s %d" % kv for kv in s["hist"].items())))
    if results["models"]:
        print("\n== End to end, batch 1, 224x224, %d thread(s); ms = median per inference ==" % T)
        byname = {r["model"]: r for r in results["models"]}
        rows = []
        for r in results["models"]:
            v = med(r["vitc"])
            dv = med(byname[r["dense"]]["vitc"]) if r["dense"] in byname else None
            te, tf = med(r["torch_eval"]), med(r["torch_fq"])
            r.update(vitc_ms=v, torch_eval_ms=te, torch_fq_ms=tf)
            sa = r["dense"] is not None
            err = r.get("replay_err" if sa else "vitc_err")
            rows.append([r["model"], fmt(v, "%.1f"), ratio(v, dv) if r["dense"] else "1",
                         fmt(te, "%.1f"), ratio(te, v), fmt(tf, "%.1f") if tf else "-",
                         ratio(tf, v) if tf else "-",
                         (fmt(err, "%.1e") + ("" if err is not None and err <= r["tol"]
                                              else " >tol")) if err is not None else "n/a",
                         fmt(r.get("vitc_err"), "%.1e") if sa else "-",
                         str(r.get("replay_differ", "-")) if sa else "-",
                         fmt(r.get("torch_fq_err"), "%.1e") if tf else "-"])
        table(["model", "vitc ms", "vs dense", "torch ms", "torch/vitc", "torch-fq ms",
               "fq/vitc", "vitc err", "own-dec err", "dec differ", "fq err"], rows)
        print("vs dense: vitc time / vitc time of the dense fp32 model (same builder, all "
              "dense); > 1: slower.\ntorch: PyTorch eager, the module in eval mode (for "
              "ShiftAdd modules the integer-exact\nemulation of vitc/nn.py: int64 matmuls per "
              "shift amount, both MoE experts on every token).\ntorch-fq: the module in train "
              "mode under no_grad: shift linears as float linears with\npower-of-two weights "
              "(fake-quant), as the seed's PyTorch code runs them; still both experts.\n"
              "x/vitc > 1: vitc is faster.  vitc err: max|diff|/max|module eval output| "
              "(tolerance %g); for\nShiftAdd models with the compiled decisions (codes, "
              "routes, Q16.16 floors) replayed in the\nmodule (vitc compile "
              "--expose-decisions, python/vitc/replay.py), every differing decision\nchecked "
              "to lie within 1e-5 of its threshold.  own-dec err: the module with its own "
              "decisions;\ndec differ: how many decisions differ." % TOL_FLOAT)
        print("\nAccounting (vitc inspect, one image):")
        rows = []
        for r in results["models"]:
            a = r.get("acc", {})
            g = lambda k: fmt(a[k] / 1e6, "%.1f") if k in a else "n/a"
            rows.append([r["model"], g("macs"), g("mults"), g("adds"), g("shifts"),
                         g("popcounts"), g("params")])
        table(["model", "MACs M", "mults M", "adds M", "shifts M", "popcounts M",
               "params M"], rows)
        print("\nWhere vitc's time goes (vitc run --profile, ms per inference; fused "
              "elementwise ops count\nwith the kernel they are fused into):")
        for r in results["models"]:
            bd = r.get("breakdown")
            if not bd:
                continue
            tot = sum(bd.values())
            top = sorted(bd.items(), key=lambda kv: -kv[1])
            print("  %s (%.1f ms in kernels):" % (r["model"], tot))
            print("    " + "; ".join("%s %.1f (%.0f%%)" % (k, v, 100 * v / tot)
                                     for k, v in top if v >= 0.02 * tot))
        print()
        for r in results["models"]:
            if "compile_s" in r:
                print("compile %-27s: vitc compile %.1f s; export %.1f s"
                      % (r["model"], r["compile_s"], r["export_s"]))
    bk = bc.blas_kind(torch_blas)
    print("torch   : BLAS = %s%s; OMP/OPENBLAS_NUM_THREADS=%d, torch.set_num_threads(%d), "
          "no_grad" % (bk, " via LD_LIBRARY_PATH=%s" % openblas if openblas else "", T, T))
    if "netlib" in bk:
        print("          WARNING: netlib reference BLAS; the torch columns are no baseline "
              "(see bench/README.md)")
    load1 = os.getloadavg()
    results["machine"]["load_end"] = load1
    print("timing  : every cell in a fresh process, 1 warm-up then N timed calls (micro %d, "
          "e2e %d; PyTorch cells\n          slower than %.1f s/3 fewer, at least 3), "
          "%d round(s) interleaved (PyTorch eval of a ShiftAdd\n          model: one round "
          "when a call takes over 1 s); kernel ms from --profile are means over\n"
          "          warm-up + timed calls; load %.2f at end; %.0f s in all"
          % (args.repeat_micro, args.repeat, args.torch_budget, args.rounds, load1[0],
             time.time() - t_start))
    if notes:
        print("\nNOTES:")
        for n in notes:
            print("  - " + n)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  - " + p)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1, default=str)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
