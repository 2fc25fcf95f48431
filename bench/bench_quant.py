#!/usr/bin/python3
"""int8 benchmark: vitc's power-of-two W8A8 model against int8 and fp32 peers, in one run.

    /usr/bin/python3 bench/bench_quant.py [--vitc PATH] [--model PREFIX] [--threads 1,2]
        [--batch 1,8] [--rounds N] [--iters N] [--no-avx2] [--no-host] [--no-w4a8]
        [--rows S1,S2,...]
        [--openblas DIR|auto|none] [--json FILE]

The model is timm's DeiT-Tiny 224 as exported to /work/models (PREFIX.json +
.safetensors; the same weights are loaded into timm's module for the peers),
on the image PREFIX's directory holds as x224.npy: batch 1 is that image, a
batch B > 1 the calibration batch below (the image and its noisy copies,
repeated to B).  Every row runs at every batch of --batch (default 1) and
thread count of --threads; the ONNX models are exported with a dynamic
batch axis.  Rows:

  vitc fp32            `vitc compile` of the float graph
  vitc PoT W8A8        `vitc quantize` (calibration: the image and 7 noisy copies),
                       then `vitc compile`: integer linears (vpdpbusd / vpmaddwd),
                       LayerNorm, Log-Int-Softmax attention, GELU table
  vitc PoT W4A8        the same with --scheme pot-w4a8 (4-bit weights; without VNNI
                       their products are summed in 16 bits, vpmaddubsw + vpaddw)
  ORT fp32             ONNX Runtime on torch.onnx.export (opset 17)
  ORT int8 dynamic     onnxruntime.quantization.quantize_dynamic (QInt8, per channel)
  ORT int8 static QDQ  quantize_static (QDQ, QInt8 per channel, the same calibration)
  PyTorch fp32         eager
  PyTorch int8 dyn     torch.ao.quantization.quantize_dynamic on nn.Linear (qint8)

and with --avx2 (default on) every row again, held to AVX2 as a stand-in for
an AVX2-only machine (AMD Zen 2/3) on this CPU: the two vitc rows compiled with
-mcpu=znver2 (AVX2 + FMA, 16 ymm registers), the peers run with their CPUID
answered as an AVX2-only CPU's (bench/isa_hold.py: ONNX Runtime's MLAS,
oneDNN and cpuinfo see no AVX-512 and no VNNI; ATEN_CPU_CAPABILITY,
ONEDNN_MAX_CPU_ISA and OPENBLAS_CORETYPE set too).  Each held peer reports how
many CPUID answers it got and whether the kernel saw AVX-512 state in use
during its runs (/proc/self/arch_status); the table's notes say so per row.

Each row is a worker process that loads its model once; the controller runs
R rounds, and in every round every worker times I runs (after warm-up) one
worker after the other, so that load from other users hits all rows alike.
Per run the worker records wall time and its process CPU time (all threads);
the table gives medians over all runs, and the ratios "W8A8 speed-up" and
"W4A8 speed-up" = this row's median / that vitc PoT row's (same ISA: the
host's, or AVX2 for the held rows; same threads and batch): by
CPU time with one thread, the figure least disturbed by other processes,
and by wall time with two (CPU time then adds both threads).  The
load average before and after is printed with the table.  A second table
puts the PoT model's integer linears against the machine's int8 MAC limit
(bench/peak.c: vpdpbusd zmm with AVX512-VNNI; on AVX2 the faster of
vpmaddubsw + vpmaddwd + vpaddd and of vpmaddwd + vpaddd on sign-extended
pairs, both exact int8 products), from each kernel's time in `vitc run --profile`.  Each row's output
is compared with PyTorch fp32 (max |diff| of the logits, same top-1).
"""

import argparse
import json
import logging
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

import isa_hold

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PYDIR = os.path.join(REPO, "python")
DEFAULT_MODEL = "/work/models/deit_tiny_patch16_224"


# ---------------------------------------------------------------- workers

def _load_timm(prefix):
    """timm's DeiT-Tiny with the exported weights."""
    import numpy as np
    import timm
    import torch
    sys.path.insert(0, PYDIR)
    from vitc import safetensors
    m = timm.create_model("deit_tiny_patch16_224", pretrained=False).eval()
    w, _ = safetensors.read(prefix + ".safetensors")
    sd = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in w.items()}
    missing, unexpected = m.load_state_dict(sd, strict=False)
    if missing:
        raise SystemExit("weights missing for timm's module: %s" % missing[:5])
    return m


def worker(spec):
    """Load one row's model, then serve "RUN k" lines: k timed runs -> RESULT json."""
    import numpy as np
    kind, path, threads = spec["kind"], spec["path"], spec["threads"]
    x = np.load(spec["input"])
    if kind == "vitc":
        sys.path.insert(0, PYDIR)
        import vitc
        m = vitc.load(path, threads=threads)
        oname = m.output_names[0]
        run = lambda: m.run({"x": x})[oname]      # noqa: E731
    elif kind == "ort":
        import onnxruntime as ort
        so = ort.SessionOptions()
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        sess = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
        name = sess.get_inputs()[0].name
        run = lambda: sess.run(None, {name: x})[0]  # noqa: E731
    else:
        import torch
        torch.set_num_threads(threads)
        m = _load_timm(spec["prefix"])
        if kind == "torch-dyn":
            m = torch.ao.quantization.quantize_dynamic(m, {torch.nn.Linear}, dtype=torch.qint8)
        xt = torch.from_numpy(x)

        def run():
            with torch.no_grad():
                return m(xt).numpy()
    y = np.asarray(run(), dtype=np.float32)
    for _ in range(3):
        run()
    held = "VITC_ISA_HOLD_SITES" in os.environ
    if held:
        sys.path.insert(0, HERE)
        import isa_hold
    ready = time.perf_counter()
    out = {"ready": True, "logits": y.reshape(-1).tolist()}
    sys.stdout.write("RESULT " + json.dumps(out) + "\n")
    sys.stdout.flush()
    for line in sys.stdin:
        k = int(line.split()[1])
        wall, cpu = [], []
        for _ in range(k):
            t0, c0 = time.perf_counter(), time.process_time()
            run()
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        res = {"wall": wall, "cpu": cpu}
        if held:
            res["hold"] = dict(isa_hold.report(), since_ready_s=time.perf_counter() - ready)
        sys.stdout.write("RESULT " + json.dumps(res) + "\n")
        sys.stdout.flush()


# ---------------------------------------------------------------- setup

def sh(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode:
        raise SystemExit("%s: %s" % (" ".join(cmd), r.stderr.strip()))
    return r


def calib_batch(x, path):
    """The image and 7 seeded noisy copies (for vitc quantize and ORT static)."""
    import numpy as np
    rs = np.random.RandomState(0)
    b = np.concatenate([x] + [x + 0.25 * rs.randn(*x.shape).astype(np.float32)
                              for _ in range(7)])
    np.save(path, b.astype(np.float32))
    return b


def build(args, tmp):
    """Every row's model file; returns [(row name, isa, kind, path or None, flags)]."""
    import numpy as np
    import torch
    vitc_bin = args.vitc
    x = np.load(args.input)
    calib = os.path.join(tmp, "calib.npy")
    cb = calib_batch(x, calib)
    qjson = os.path.join(tmp, "deit.q.json")
    t0 = time.time()
    sh([vitc_bin, "quantize", args.model + ".json", "--calib", calib, "-o", qjson])
    models = [("fp32", args.model + ".json", "vitc fp32"), ("pot", qjson, "vitc PoT W8A8")]
    if args.w4a8:
        q4 = os.path.join(tmp, "deit.q4.json")
        sh([vitc_bin, "quantize", args.model + ".json", "--calib", calib, "-o", q4,
            "--scheme", "pot-w4a8"])
        models.append(("pot4", q4, "vitc PoT W4A8"))
    sys.stderr.write("vitc quantize: %.1f s\n" % (time.time() - t0))
    rows = []
    isas = ([("host", ())] if args.host else []) + ([("avx2", ("-mcpu=znver2",))] if args.avx2 else [])
    for isa, flags in isas:
        for T in args.threads:
            for tag, js, rname in models:
                if not wanted(args, rname):
                    continue
                so = os.path.join(tmp, "%s-%s-%d.so" % (tag, isa, T))
                sh([vitc_bin, "compile", js, "-o", so, "--threads", str(T)] + list(flags))
                rows.append((rname, isa, "vitc", so, T))
    m = _load_timm(args.model)
    onnx_fp32 = os.path.join(tmp, "deit.onnx")
    warnings.filterwarnings("ignore")
    logging.getLogger().setLevel(logging.ERROR)      # ORT quantization's advice
    with torch.no_grad():
        torch.onnx.export(m, torch.from_numpy(x), onnx_fp32, opset_version=17,
                          input_names=["x"], output_names=["y"],
                          dynamic_axes={"x": {0: "N"}, "y": {0: "N"}})
    peers = [("ORT fp32", "ort", onnx_fp32), ("PyTorch fp32", "torch", None),
             ("PyTorch int8 dynamic", "torch-dyn", None)]
    notes = []
    try:
        from onnxruntime.quantization import (CalibrationDataReader, QuantFormat, QuantType,
                                              quantize_dynamic, quantize_static)
        dyn = os.path.join(tmp, "deit.int8dyn.onnx")
        quantize_dynamic(onnx_fp32, dyn, weight_type=QuantType.QInt8, per_channel=True)
        peers.insert(1, ("ORT int8 dynamic", "ort", dyn))

        class Reader(CalibrationDataReader):
            def __init__(self):
                self.it = iter([{"x": cb[i:i + 1]} for i in range(len(cb))])

            def get_next(self):
                return next(self.it, None)
        qdq = os.path.join(tmp, "deit.int8qdq.onnx")
        try:
            quantize_static(onnx_fp32, qdq, Reader(), quant_format=QuantFormat.QDQ,
                            activation_type=QuantType.QInt8, weight_type=QuantType.QInt8,
                            per_channel=True)
            peers.insert(2, ("ORT int8 static QDQ", "ort", qdq))
        except Exception as e:          # noqa: BLE001 - reported, the rest still runs
            notes.append("ORT static QDQ failed: %s" % str(e).splitlines()[0][:120])
    except ImportError as e:
        notes.append("onnxruntime.quantization not importable (%s): no ORT int8 rows" % e)
    for isa in (["host"] if args.host else []) + (["avx2"] if args.hold else []):
        for T in args.threads:
            for name, kind, path in peers:
                if wanted(args, name):
                    rows.append((name, isa, kind, path, T))
    for B in args.batch:
        args.inputs[B] = args.input if B == 1 else os.path.join(tmp, "x-b%d.npy" % B)
        if B > 1:
            reps = -(-B // len(cb))
            np.save(args.inputs[B], np.concatenate([cb] * reps)[:B].astype(np.float32))
    rows = [r + (B,) for B in args.batch for r in rows]
    return rows, notes


ROW_NAMES = ("vitc fp32", "vitc PoT W8A8", "vitc PoT W4A8", "ORT fp32", "ORT int8 dynamic",
             "ORT int8 static QDQ", "PyTorch fp32", "PyTorch int8 dynamic")


def wanted(args, name):
    """Whether --rows keeps the row "name" (PyTorch fp32 always: the reference)."""
    return (not args.rows or name == "PyTorch fp32" or
            any(r.strip() and r.strip() in name for r in args.rows.split(",")))


def int8_limit(args, rows, tmp):
    """The integer linears of the PoT rows against the machine's int8 MAC limit
    (bench/peak.c): per vitc PoT .so, `vitc run --profile` gives each kernel's
    time; a qlinear kernel (by its node in the quantized graph, the classifier
    head left out: one row) does tokens x K x P MACs for its [P, K] weight.
    Returns the table's lines and a list of dicts for --json."""
    import bench_cpu
    qjson = os.path.join(tmp, "deit.q.json")     # W4A8's linears have the same shapes
    with open(qjson) as f:
        g = json.load(f)
    shapes = {w["name"]: w["shape"] for w in g["weights"]}
    x = json.load(open(args.model + ".json"))["inputs"][0]["shape"]
    tokens = (x[-1] // 16) * (x[-2] // 16) + 1               # DeiT: 16 px patches + class token
    macs = {n["name"]: tokens * shapes[n["inputs"][1]][0] * shapes[n["inputs"][1]][1]
            for n in g["nodes"] if n["op"] == "qlinear" and "head" not in n["name"]
            and n["inputs"][1] in shapes}
    lines, out = [], []
    for rn, risa, kind, so, T, B in rows:
        if not rn.startswith("vitc PoT"):
            continue
        pk = bench_cpu.machine_peak(T)
        if risa == "host" and "int8_vnni_zmm" in pk:
            lim_key = "int8_vnni_zmm"
        elif rn.endswith("W4A8"):   # AVX2, int4 weights: products summed in 16 bits
            lim_key = "int4_avx2"
        else:       # AVX2: the faster of its two exact int8 MAC streams
            lim_key = max(("int8_avx2", "s16_avx2"), key=lambda k_: pk.get(k_) or 0)
        lim = pk.get(lim_key)
        p = subprocess.run([args.vitc, "run", so, "--input", args.inputs[B], "--threads", str(T),
                            "--repeat", "30", "--profile"], capture_output=True, text=True)
        per = {}
        for line in p.stdout.splitlines() + p.stderr.splitlines():
            f = line.split()
            if len(f) == 3 and f[2] in macs:
                try:
                    per[f[2]] = float(f[0])
                except ValueError:
                    pass
        groups = {}
        for name, ms in per.items():
            kind_ = name.rsplit(".", 1)[-1]
            g_ = groups.setdefault(kind_, [0.0, 0])
            g_[0] += ms
            g_[1] += macs[name] * B
        tot_ms, tot_mac = sum(v[0] for v in groups.values()), sum(v[1] for v in groups.values())
        for kind_, (ms, mac) in sorted(groups.items()) + [("all", (tot_ms, tot_mac))]:
            rate = mac / (ms / 1e3) / 1e9 if ms else 0.0
            lines.append("| %s | %s | %d | %d | %s | %.3f | %.1f | %s | %s |" % (
                rn[len("vitc PoT "):], "AVX2 (-mcpu=znver2)" if risa == "avx2" else "host",
                B, T, kind_, ms, rate,
                "%.1f (%s)" % (lim, lim_key) if lim else "n/a",
                "%.0f%%" % (100 * rate / lim) if lim else "n/a"))
            out.append({"row": rn, "isa": risa, "batch": B, "threads": T, "kernels": kind_, "ms": ms,
                        "gmacs": rate, "limit": lim, "limit_stream": lim_key})
    return lines, out


# ---------------------------------------------------------------- controller

def start(row, args):
    name, isa, kind, path, T, B = row
    env = dict(os.environ, OMP_NUM_THREADS=str(T), MKL_NUM_THREADS=str(T),
               OPENBLAS_NUM_THREADS=str(T))
    if kind.startswith("torch") and args.openblas:     # as bench_cpu.py: a real BLAS
        env["LD_LIBRARY_PATH"] = args.openblas + (os.pathsep + env["LD_LIBRARY_PATH"]
                                                  if env.get("LD_LIBRARY_PATH") else "")
    if isa == "avx2" and args.hold:
        env = isa_hold.environ(args.hold, env)
    spec = {"kind": kind, "path": path, "threads": T, "input": args.inputs[B],
            "prefix": args.model}
    p = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--worker", json.dumps(spec)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    return p


def reply(p):
    for line in p.stdout:
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise SystemExit("a worker died (exit %s)" % p.wait())


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            txt = f.read()
    except OSError:
        return platform.processor(), ""
    name = next((l.split(":", 1)[1].strip() for l in txt.splitlines()
                 if l.startswith("model name")), "?")
    flags = next((l.split(":", 1)[1].split() for l in txt.splitlines()
                  if l.startswith("flags")), [])
    isa = "AVX-512 VNNI" if "avx512_vnni" in flags else "AVX-512" if "avx512f" in flags \
        else "AVX2" if "avx2" in flags else "SSE"
    return name, isa


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--worker")
    ap.add_argument("--vitc", default=os.path.join(REPO, "vitc"))
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--input")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--batch", default="1", help="batch sizes, e.g. 1,8 (default 1)")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--iters", type=int, default=10)
    ap.add_argument("--no-avx2", dest="avx2", action="store_false")
    ap.add_argument("--no-host", dest="host", action="store_false",
                    help="only the rows held to AVX2")
    ap.add_argument("--rows", metavar="S1,S2,...",
                    help="only the rows whose name contains one of these (and PyTorch fp32, "
                    "the reference), e.g. 'W4A8,ORT int8 dynamic,ORT fp32'")
    ap.add_argument("--no-w4a8", dest="w4a8", action="store_false",
                    help="leave out the vitc PoT W4A8 rows")
    ap.add_argument("--openblas", default="auto", metavar="DIR|auto|none",
                    help="PyTorch with the OpenBLAS libblas.so.3 in DIR (as bench_cpu.py)")
    ap.add_argument("--json")
    args = ap.parse_args()
    if args.worker:
        return worker(json.loads(args.worker))
    for r in (args.rows or "").split(","):
        if r.strip() and not any(r.strip() in n for n in ROW_NAMES):
            ap.error("--rows: '%s' is in no row's name (%s)" % (r.strip(), ", ".join(ROW_NAMES)))
    if not args.host and not args.avx2:
        ap.error("--no-host with --no-avx2 leaves no rows")
    import numpy as np
    from bench_cpu import find_openblas
    args.openblas = find_openblas(args.openblas)
    args.threads = [int(t) for t in args.threads.split(",")]
    args.batch = [int(b) for b in args.batch.split(",")]
    args.inputs = {}
    args.input = args.input or os.path.join(os.path.dirname(args.model), "x224.npy")
    args.hold = None
    if args.avx2:
        try:
            args.hold = isa_hold.prepare()
        except (OSError, ValueError, subprocess.CalledProcessError) as e:
            sys.stderr.write("cannot hold the peers to AVX2 (%s): no AVX2 peer rows\n" % e)
    tmp = tempfile.mkdtemp(prefix="vitc-bench-quant-")
    try:
        rows, notes = build(args, tmp)
        procs = [start(r, args) for r in rows]
        first = [reply(p) for p in procs]
        refs = {r[5]: np.array(first[i]["logits"]) for i, r in enumerate(rows)
                if r[0] == "PyTorch fp32"}
        load0 = os.getloadavg()
        wall = [[] for _ in rows]
        cpu = [[] for _ in rows]
        hold = [None for _ in rows]
        for _ in range(args.rounds):
            for i, p in enumerate(procs):
                p.stdin.write("RUN %d\n" % args.iters)
                p.stdin.flush()
                r = reply(p)
                wall[i] += r["wall"]
                cpu[i] += r["cpu"]
                hold[i] = r.get("hold", hold[i])
        load1 = os.getloadavg()
        for p in procs:
            p.stdin.close()
            p.wait()
        name, isa = cpu_name()
        res = []
        for i, (rn, risa, kind, path, T, B) in enumerate(rows):
            y, ref = np.array(first[i]["logits"]), refs[B]
            yb, rb = y.reshape(B, -1), ref.reshape(B, -1)
            res.append({"row": rn, "isa": risa, "threads": T, "batch": B,
                        "wall_ms": 1e3 * statistics.median(wall[i]),
                        "cpu_ms": 1e3 * statistics.median(cpu[i]),
                        "max_diff": float(np.abs(y - ref).max()),
                        "top1_same": bool(np.all(yb.argmax(1) == rb.argmax(1))),
                        "hold": hold[i]})
        print("# %s, %d CPUs, %s; timm DeiT-Tiny 224, batch %s; %d rounds x %d runs per row, "
              "interleaved; ms per batch" % (name, os.cpu_count(), isa,
                                            ",".join(map(str, args.batch)), args.rounds,
                                            args.iters))
        print("# load average before %.2f, after %.2f (1 min); PyTorch's BLAS: %s"
              % (load0[0], load1[0], args.openblas or "the system default"))
        for n in notes:
            print("# " + n)
        # the speed-up of vitc PoT over a row: by CPU time with one thread (least disturbed
        # by other processes), by wall time with more
        def key(r):
            return r["cpu_ms"] if r["threads"] == 1 else r["wall_ms"]

        def pot(row, r):
            return next((q for q in res if q["row"] == row and q["threads"] == r["threads"]
                         and q["isa"] == r["isa"] and q["batch"] == r["batch"]), None)
        print("| row | ISA | batch | threads | wall ms | CPU ms | W8A8 speed-up | "
              "W4A8 speed-up | max abs diff vs PyTorch fp32 | same top-1 |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|:-:|")
        for r in res:
            p8, p4 = pot("vitc PoT W8A8", r), pot("vitc PoT W4A8", r)
            r["w8a8_speedup"] = key(r) / key(p8) if p8 else None
            r["w4a8_speedup"] = key(r) / key(p4) if p4 else None
            isa_txt = isa if r["isa"] != "avx2" else "AVX2 (-mcpu=znver2)" \
                if r["row"].startswith("vitc") else "AVX2 (held)"
            fmt = lambda v: "%.2fx" % v if v else "-"      # noqa: E731
            print("| %s | %s | %d | %d | %.2f | %.2f | %s | %s | %.3g | %s |"
                  % (r["row"], isa_txt, r["batch"], r["threads"], r["wall_ms"], r["cpu_ms"],
                     fmt(r["w8a8_speedup"]), fmt(r["w4a8_speedup"]), r["max_diff"],
                     "yes" if r["top1_same"] else "no"))
        held = [r for r in res if r["isa"] == "avx2" and not r["row"].startswith("vitc")]
        if held:
            bad = []
            for r in held:
                h = r["hold"] or {}
                el, since = h.get("avx512_elapsed_ms"), h.get("since_ready_s", 0)
                # the kernel's "ms since AVX-512 state was last seen" must cover every run
                clean = el is not None and (el < 0 or el >= 1e3 * since)
                r["held_ok"] = bool(h.get("cpuid_answered")) and clean
                if not r["held_ok"]:
                    bad.append("%s b%d t%d (%s)" % (r["row"], r["batch"], r["threads"], h))
            print("# AVX2 (held) peers: %d of %d rows had their CPUID answered as AVX2-only and "
                  "no AVX-512 state seen over their runs%s" % (
                      len(held) - len(bad), len(held),
                      "" if not bad else "; NOT HELD: " + "; ".join(bad)))
        lim_lines, lim = int8_limit(args, rows, tmp)
        if lim_lines:
            print("\n# integer linears (qlinear kernels, vitc run --profile) against the int8"
                  " MAC limit bench/peak.c measures (issue 11 wants >= 70%)")
            print("| model | ISA | batch | threads | kernels | ms per batch | GMAC/s | "
                  "limit GMAC/s | of limit |")
            print("|---|---|---:|---:|---|---:|---:|---:|---:|")
            for ln in lim_lines:
                print(ln)
        if args.json:
            with open(args.json, "w") as f:
                json.dump({"cpu": name, "isa": isa, "load": [load0, load1], "rows": res,
                           "notes": notes, "int8_limit": lim}, f, indent=1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
