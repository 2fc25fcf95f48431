#!/usr/bin/python3
"""CPU benchmark: vitc against PyTorch fp32 eager and ONNX Runtime, in one run.

    /usr/bin/python3 bench/bench_cpu.py [--vitc PATH] [--quick]
        [--models deit_tiny,deit_small,timm:NAME,tv:NAME | --zoo] [--batches 1,8] [--threads 1,2]
        [--repeat N] [--rounds N] [--openblas DIR|none] [--json FILE]

Models: deit_tiny / deit_small (the torchvision VisionTransformer built by
vitc.models), any timm model as timm:NAME (its default input size), any
torchvision model as tv:NAME, or --zoo: every model of the zoo test
(tests/e2e/test_timm.py), all with seeded random weights.  For each model:
export it once for vitc (dynamic batch) and once to ONNX
(opset 17, dynamic batch), compile it with `vitc compile` (timed), then for
each batch and thread count time the three runtimes on the same seeded input.
Every measurement runs in its own process and is timed inside it after one
warm-up run: `vitc run --repeat` for vitc, a worker subprocess of this script
for PyTorch and for ONNX Runtime (thread settings are environment variables
that must be set before the library loads).  Each runtime's output is checked
against the PyTorch reference.  See bench/README.md for how to read the table.

Needs /usr/bin/python3 with Debian's python3-torch (+ torchvision) and numpy;
onnxruntime is optional (its column reads n/a without it).
"""

import argparse
import glob
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
REPO = os.path.dirname(HERE)
PYDIR = os.path.join(REPO, "python")
SEED = 0
IMAGE = 224
DEFAULT_VITC = ["./vitc", os.path.join(REPO, "vitc"), "/tmp/build-bench/vitc"]
# Where an OpenBLAS libblas.so.3 may be found (Debian libopenblas0-pthread / -openmp).
OPENBLAS_DIRS = ["/usr/lib/x86_64-linux-gnu/openblas-pthread",
                 "/usr/lib/x86_64-linux-gnu/openblas-openmp",
                 "/usr/lib/aarch64-linux-gnu/openblas-pthread"]
ORT_HINT = ("onnxruntime is not installed for %s: the ORT column reads n/a.\n"
            "  install it with:  %s -m pip install --user --break-system-packages onnxruntime\n"
            "  (torch.onnx.export needs no extra package with torch 1.13)")


# --------------------------------------------------------------------------
# Workers: run in subprocesses (python3 bench_cpu.py --worker KIND JSON).
# Each prints one line "RESULT <json>" on stdout.
# --------------------------------------------------------------------------

def _result(obj):
    sys.stdout.write("RESULT " + json.dumps(obj) + "\n")
    sys.stdout.flush()


def _loaded_blas():
    """Paths of the BLAS libraries mapped into this process."""
    libs = set()
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                path = line.split()[-1] if len(line.split()) >= 6 else ""
                base = os.path.basename(path)
                if "blas" in base or "blis" in base or base.startswith("libmkl"):
                    libs.add(os.path.realpath(path))
    except OSError:
        pass
    return sorted(libs)


def _timed(fn, warmup, repeat):
    """Run fn warmup times, then time repeat runs; (median ms, min ms, samples)."""
    for _ in range(warmup):
        fn()
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(ts), min(ts), ts


def build_model(name, seed):
    """(model in eval mode, image size) for a model name: deit_tiny / deit_small
    (vitc.models' torchvision ViT presets), timm:NAME (timm.create_model, its
    default input size) or tv:NAME (torchvision.models.NAME, 224).  Weights are
    random, seeded: the same in every worker process."""
    import torch
    torch.manual_seed(seed)
    if name.startswith("timm:"):
        import timm
        model = timm.create_model(name[5:], pretrained=False)
        return model.eval(), int(model.default_cfg["input_size"][-1])
    if name.startswith("tv:"):
        import torchvision
        return getattr(torchvision.models, name[3:])(weights=None).eval(), IMAGE
    from vitc.models import PRESETS, build_vit
    return build_vit(seed=seed, **PRESETS[name]), IMAGE


def zoo_models():
    """The models of the zoo tests (ZOO of tests/e2e/test_timm.py and of
    tests/e2e/test_torchvision.py), as timm:NAME / tv:NAME."""
    import importlib.util
    names = []
    sys.path.insert(0, PYDIR)
    sys.path.insert(0, os.path.join(REPO, "tests", "e2e"))
    for test, prefix in (("test_timm", "timm:"), ("test_torchvision", "tv:")):
        path = os.path.join(REPO, "tests", "e2e", test + ".py")
        spec = importlib.util.spec_from_file_location(test, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        names += [prefix + n for n in mod.ZOO]
    return names


def worker_prep(a):
    """Build the model; write the vitc export, the ONNX export, the inputs
    and the PyTorch reference outputs for every batch size."""
    import warnings
    import numpy as np
    import torch
    import vitc
    from vitc.models import example_input
    model, image = build_model(a["model"], a["seed"])
    prefix = a["prefix"]
    info = {"torch": torch.__version__, "blas": _loaded_blas()}
    try:
        import torchvision
        info["torchvision"] = torchvision.__version__
    except ImportError:
        pass
    t0 = time.perf_counter()
    vitc.export(model, example_input(1, image, a["seed"]), prefix)
    info["export_s"] = time.perf_counter() - t0
    with torch.no_grad():
        for b in a["batches"]:
            x = example_input(b, image, a["seed"])
            np.save("%s.x_b%d.npy" % (prefix, b), x.numpy())
            np.save("%s.ref_b%d.npy" % (prefix, b), model(x).numpy())
    if a["onnx"]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                torch.onnx.export(model, example_input(1, image, a["seed"]), prefix + ".onnx",
                                  opset_version=17, input_names=["x"], output_names=["y"],
                                  dynamic_axes={"x": {0: "N"}, "y": {0: "N"}})
                info["onnx"] = prefix + ".onnx"
            except Exception as e:  # reported, the ORT column becomes n/a
                info["onnx_error"] = "%s: %s" % (type(e).__name__, e)
    _result(info)


def worker_torch(a):
    """Time PyTorch fp32 eager inference (torch.no_grad) in this process."""
    import numpy as np
    import torch
    torch.set_num_threads(a["threads"])
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass
    model, _ = build_model(a["model"], a["seed"])
    x = torch.from_numpy(np.load(a["input"]))
    out = [None]

    def step():
        out[0] = model(x)
    with torch.no_grad():
        med, mn, ts = _timed(step, a["warmup"], a["repeat"])
    np.save(a["output"], out[0].numpy())
    _result({"median_ms": med, "min_ms": mn, "samples": ts,
             "num_threads": torch.get_num_threads(), "blas": _loaded_blas()})


def worker_ort(a):
    """Time ONNX Runtime (CPU execution provider) in this process."""
    import numpy as np
    import onnxruntime as ort
    so = ort.SessionOptions()
    so.intra_op_num_threads = a["threads"]
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    sess = ort.InferenceSession(a["onnx"], so, providers=["CPUExecutionProvider"])
    x = np.load(a["input"])
    name = sess.get_inputs()[0].name
    out = [None]

    def step():
        out[0] = sess.run(None, {name: x})[0]
    med, mn, ts = _timed(step, a["warmup"], a["repeat"])
    np.save(a["output"], out[0])
    _result({"median_ms": med, "min_ms": mn, "samples": ts})


def worker_versions(a):
    info = {"python": sys.version.split()[0]}
    for mod in ("numpy", "torch", "torchvision", "onnxruntime"):
        try:
            info[mod] = __import__(mod).__version__
        except Exception:
            info[mod] = None
    _result(info)


WORKERS = {"prep": worker_prep, "torch": worker_torch, "ort": worker_ort,
           "versions": worker_versions}


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------

class Failed(Exception):
    pass


def _tail(text, n=3):
    lines = [l for l in (text or "").strip().splitlines() if l.strip()]
    return " | ".join(lines[-n:]) if lines else "(no output)"


def run_worker(kind, args, env_extra=None, timeout=900, script=None):
    """Run worker "kind" of "script" (default: this file) in a fresh process."""
    env = dict(os.environ)
    env["PYTHONPATH"] = PYDIR + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(env_extra or {})
    try:
        p = subprocess.run([sys.executable, os.path.abspath(script or __file__), "--worker", kind,
                            json.dumps(args)], env=env, capture_output=True, text=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed("%s worker took over %d s" % (kind, timeout))
    for line in p.stdout.splitlines():
        if line.startswith("RESULT "):
            if p.returncode == 0:
                return json.loads(line[7:])
    raise Failed("%s worker exited %d: %s" % (kind, p.returncode, _tail(p.stderr)))


def thread_env(threads):
    """Environment for a timed PyTorch / ORT worker with "threads" threads."""
    t = str(threads)
    return {"OMP_NUM_THREADS": t, "OMP_WAIT_POLICY": "passive", "OPENBLAS_NUM_THREADS": t,
            "MKL_NUM_THREADS": t}


def find_vitc(path):
    cands = [path] if path else DEFAULT_VITC
    for c in cands:
        if os.path.isfile(c) and os.access(c, os.X_OK):
            return os.path.abspath(c)
    if path:
        sys.exit("bench: --vitc %s: no such executable" % path)
    sys.exit("bench: no vitc binary found (tried %s); build one:\n"
             "  mkdir -p /tmp/build-bench && cd /tmp/build-bench && %s/configure -q && make -j2\n"
             "or pass --vitc PATH" % (", ".join(cands), REPO))


def vitc_run(vitc, so, x, out, threads, repeat):
    cmd = [vitc, "run", so, "--input", x, "-o", out, "--threads", str(threads),
           "--repeat", str(repeat)]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    except subprocess.TimeoutExpired:
        raise Failed("vitc run took over 1800 s")
    m = re.search(r"median ([0-9.]+) ms, min ([0-9.]+) ms", p.stdout)
    if p.returncode != 0 or not m:
        raise Failed("vitc run exited %d: %s" % (p.returncode, _tail(p.stderr or p.stdout)))
    return {"median_ms": float(m.group(1)), "min_ms": float(m.group(2))}


def rel_err(out_path, ref):
    """max|out - ref| / max|ref|, and whether the per-row argmax agrees."""
    import numpy as np
    out = np.load(out_path)
    if out.shape != ref.shape:
        return float("inf"), False
    err = float(np.max(np.abs(out.astype(np.float64) - ref)) / max(np.max(np.abs(ref)), 1e-30))
    return err, bool((out.argmax(-1) == ref.argmax(-1)).all())


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def cpu_flags():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("flags"):
                    flags = line.split(":", 1)[1].split()
                    keep = ("avx2", "fma", "avx512f", "avx512_bf16", "avx512_vnni", "amx_tile")
                    return " ".join(fl for fl in keep if fl in flags)
    except OSError:
        pass
    return ""


_PEAK = {}


def machine_peak(threads):
    """The machine's arithmetic limits on "threads" threads, measured by bench/peak.c
    (compiled here with the system's cc; cached per process): a dict of GFLOP/s
    (fp32_fma_zmm, fp32_fma_ymm) and GMAC/s (int8_vnni_zmm, int8_avx2, ...), the
    streams the CPU lacks left out; {} if there is no C compiler."""
    if threads in _PEAK:
        return _PEAK[threads]
    exe = os.path.join(tempfile.gettempdir(), "vitc-bench-peak-%d" % os.getpid())
    res = {}
    try:
        if not os.path.exists(exe):
            subprocess.run(["cc", "-O2", "-o", exe, os.path.join(HERE, "peak.c"), "-lpthread"],
                           check=True, capture_output=True)
            import atexit
            atexit.register(lambda: os.path.exists(exe) and os.remove(exe))
        out = subprocess.run([exe, str(threads)], check=True, capture_output=True, text=True)
        res = json.loads(out.stdout)
    except (OSError, subprocess.CalledProcessError, ValueError):
        res = {}
    _PEAK[threads] = res
    return res


def fp32_peak(threads):
    """GFLOP/s of the widest fp32 FMA stream this CPU has on "threads" threads, or None."""
    pk = machine_peak(threads)
    return max([pk[k] for k in ("fp32_fma_zmm", "fp32_fma_ymm") if k in pk], default=None)


def model_macs(vitc, json_path):
    """Multiplies per image of a model (vitc inspect's "MACs (N=1)" total), or None."""
    p = subprocess.run([vitc, "inspect", json_path], capture_output=True, text=True)
    text = p.stdout + p.stderr
    if "MACs (N=1):" not in text:
        return None
    for line in text.split("MACs (N=1):", 1)[1].splitlines():
        f = line.split()
        if len(f) >= 2 and f[0] == "total":
            return int(f[1])
    return None


def find_openblas(choice):
    """The directory to prepend to LD_LIBRARY_PATH for PyTorch, or None."""
    if choice == "none":
        return None
    if choice and choice != "auto":
        if not glob.glob(os.path.join(choice, "libblas.so.3")):
            sys.exit("bench: --openblas %s: no libblas.so.3 there" % choice)
        return os.path.abspath(choice)
    for d in OPENBLAS_DIRS:
        if os.path.exists(os.path.join(d, "libblas.so.3")):
            return d
    return None


def blas_kind(libs):
    names = " ".join(os.path.basename(l) for l in libs)
    if "openblas" in names:
        return "OpenBLAS"
    if "mkl" in names:
        return "MKL"
    if "blis" in names:
        return "BLIS"
    if any("/blas/libblas" in l for l in libs):
        return "netlib reference BLAS (slow, single-threaded)"
    return "none/unknown" if not libs else names


def fmt_ms(r):
    if r is None:
        return "n/a"
    if isinstance(r, str):
        return r
    return "%.1f" % r


def parse_list(s, conv=str):
    return [conv(v) for v in s.split(",") if v.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vitc", help="vitc binary (default: ./vitc, %s/vitc, /tmp/build-bench/vitc)"
                    % REPO)
    ap.add_argument("--models", default="deit_tiny,deit_small",
                    help="deit_tiny, deit_small (torchvision ViT presets), timm:NAME, tv:NAME")
    ap.add_argument("--batches", default="1,8")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--repeat", type=int, help="timed runs per measurement "
                    "(default: 20 at batch 1, max(5, 20/batch) above)")
    ap.add_argument("--warmup", type=int, default=1,
                    help="untimed runs before timing in the PyTorch/ORT workers "
                    "(default 1, as vitc run does)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="measure each configuration N times, interleaving the runtimes; "
                    "report the median of the per-round medians (default 3)")
    ap.add_argument("--quick", action="store_true", help="deit_tiny, batch 1 only")
    ap.add_argument("--zoo", action="store_true", help="every model of the zoo test "
                    "(tests/e2e/test_timm.py) instead of --models")
    ap.add_argument("--no-ort", action="store_true", help="skip ONNX Runtime")
    ap.add_argument("--openblas", default="auto", metavar="DIR|auto|none",
                    help="run PyTorch with the OpenBLAS libblas.so.3 in DIR (LD_LIBRARY_PATH); "
                    "auto: a Debian libopenblas0 directory if installed; none: the system default")
    ap.add_argument("--tol", type=float, default=1e-4,
                    help="max|vitc - torch| / max|torch| above this is flagged (default 1e-4)")
    ap.add_argument("--workdir", help="keep exports, .so files and outputs here "
                    "(default: a temporary directory, removed at the end)")
    ap.add_argument("--json", metavar="FILE", help="also write all results as JSON")
    ap.add_argument("--worker", nargs=2, metavar=("KIND", "ARGS"), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        sys.path.insert(0, PYDIR)
        WORKERS[args.worker[0]](json.loads(args.worker[1]))
        return 0

    models = parse_list(args.models)
    batches = parse_list(args.batches, int)
    threads = parse_list(args.threads, int)
    if args.quick:
        models, batches = ["deit_tiny"], [1]
    if args.zoo:
        models = zoo_models()
    for m in models:
        if m not in ("deit_tiny", "deit_small") and not m.startswith(("timm:", "tv:")):
            sys.exit("bench: unknown model %s (deit_tiny, deit_small, timm:NAME, tv:NAME)" % m)
    if not (models and batches and threads) or min(batches + threads) < 1 or args.rounds < 1 \
            or (args.repeat is not None and args.repeat < 1):
        sys.exit("bench: models, batches, threads, --rounds and --repeat must be non-empty / positive")
    vitc = find_vitc(args.vitc)

    # What is installed.
    try:
        versions = run_worker("versions", {})
    except Failed as e:
        sys.exit("bench: cannot start %s: %s" % (sys.executable, e))
    if not versions.get("torch") or not versions.get("numpy"):
        sys.exit("bench: %s has no torch/numpy; run with Debian's /usr/bin/python3 "
                 "(apt-get install python3-torch python3-torchvision python3-numpy)"
                 % sys.executable)
    import numpy as np
    have_ort = bool(versions.get("onnxruntime")) and not args.no_ort
    if not versions.get("onnxruntime") and not args.no_ort:
        print(ORT_HINT % (sys.executable, sys.executable))
        print()
    openblas = find_openblas(args.openblas)
    torch_env = {"LD_LIBRARY_PATH": openblas + (os.pathsep + os.environ["LD_LIBRARY_PATH"]
                                                if os.environ.get("LD_LIBRARY_PATH") else "")} \
        if openblas else {}

    vitc_ver = subprocess.run([vitc, "--version"], capture_output=True, text=True).stdout.strip()
    git = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip()
    ncpu = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load0 = os.getloadavg()
    print("machine : %s (%s), %d usable CPUs, flags: %s" % (cpu_model(), platform.machine(),
                                                           ncpu, cpu_flags()))
    print("software: %s (%s; repo HEAD %s); python %s, numpy %s, torch %s, torchvision %s, "
          "onnxruntime %s" % (vitc_ver or "vitc", vitc, git or "?", versions["python"],
                              versions["numpy"], versions["torch"], versions["torchvision"],
                              versions["onnxruntime"] or "n/a"))
    print("load    : %.2f %.2f %.2f at start (1/5/15 min)" % load0)
    if load0[0] > 0.5:
        print("          note: the machine is not idle; medians absorb some of it, "
              "ratios are more reliable than absolute times")
    t_start = time.time()

    workdir = args.workdir or tempfile.mkdtemp(prefix="vitc-bench-")
    os.makedirs(workdir, exist_ok=True)
    results = {"machine": {"cpu": cpu_model(), "cpus": ncpu, "flags": cpu_flags(),
                           "load_start": load0},
               "versions": dict(versions, vitc=vitc_ver, repo=git), "models": {}, "rows": []}
    problems = []
    torch_blas = None
    try:
        for model in models:
            prefix = os.path.join(workdir, model.replace(":", "_"))
            minfo = {}
            results["models"][model] = minfo
            print("\n[%s] exporting (vitc graph%s) ..." % (model, ", ONNX" if have_ort else ""),
                  flush=True)
            try:
                prep = run_worker("prep", {"model": model, "seed": SEED, "prefix": prefix,
                                           "batches": batches, "onnx": have_ort})
            except Failed as e:
                problems.append("%s: export failed: %s" % (model, e))
                print("  export FAILED: %s" % e)
                continue
            minfo["export_s"] = prep["export_s"]
            onnx = prep.get("onnx")
            if have_ort and not onnx:
                problems.append("%s: ONNX export failed: %s" % (model, prep.get("onnx_error")))
                print("  ONNX export failed: %s" % prep.get("onnx_error"))
            # one .so per thread count: the default schedules are made for the threads the
            # model runs on (vitc compile --threads, docs/schedules.md section 0)
            sos = {}
            for t in threads:
                t0 = time.perf_counter()
                so = "%s.t%d.so" % (prefix, t)
                p = subprocess.run([vitc, "compile", prefix + ".json", "-o", so,
                                    "--threads", str(t)], capture_output=True, text=True)
                if "compile_s" not in minfo:
                    minfo["compile_s"] = time.perf_counter() - t0
                if p.returncode != 0:
                    problems.append("%s: vitc compile --threads %d exited %d: %s"
                                    % (model, t, p.returncode, _tail(p.stderr)))
                    print("  vitc compile FAILED: %s" % _tail(p.stderr))
                    continue
                sos[t] = so
                minfo["so_bytes"] = os.path.getsize(so)
                print("  vitc compile --threads %d: %.2f s (%.1f MB .so)"
                      % (t, time.perf_counter() - t0, minfo["so_bytes"] / 1e6), flush=True)
            for b in batches:
                x = "%s.x_b%d.npy" % (prefix, b)
                ref = np.load("%s.ref_b%d.npy" % (prefix, b)).astype(np.float64)
                repeat = args.repeat or (20 if b == 1 else max(5, 20 // b))
                for t in threads:
                    row = {"model": model, "batch": b, "threads": t, "repeat": repeat}
                    per = {"vitc": [], "torch": [], "ort": []}
                    errs = {}
                    tag = "%s.b%d.t%d" % (prefix, b, t)
                    wargs = {"model": model, "seed": SEED, "threads": t, "repeat": repeat,
                             "warmup": args.warmup, "input": x}
                    jobs = []
                    if t in sos:
                        jobs.append(("vitc", lambda out: vitc_run(vitc, sos[t], x, out, t,
                                                                  repeat)))
                    jobs.append(("torch", lambda out: run_worker(
                        "torch", dict(wargs, output=out), dict(thread_env(t), **torch_env))))
                    if have_ort and onnx:
                        jobs.append(("ort", lambda out: run_worker(
                            "ort", dict(wargs, onnx=onnx, output=out), thread_env(t))))
                    for _ in range(args.rounds):  # interleaved: vitc, torch, ort, vitc, ...
                        for kind, job in jobs:
                            if per[kind] == "FAIL":
                                continue
                            out = "%s.%s.npy" % (tag, kind)
                            try:
                                r = job(out)
                            except Failed as e:
                                problems.append("%s b%d t%d: %s: %s" % (model, b, t, kind, e))
                                per[kind] = "FAIL"
                                continue
                            per[kind].append(r)
                            errs[kind] = rel_err(out, ref)
                            if kind == "torch":
                                torch_blas = r["blas"]
                    for k in ("vitc", "torch", "ort"):
                        v = per[k]
                        if v == "FAIL":
                            row[k + "_ms"] = "FAIL"
                        elif v:
                            row[k + "_ms"] = statistics.median(r["median_ms"] for r in v)
                            row[k + "_min_ms"] = min(r["min_ms"] for r in v)
                            row[k + "_round_medians"] = [r["median_ms"] for r in v]
                        else:
                            row[k + "_ms"] = None
                        if k in errs:
                            row[k + "_err"], row[k + "_argmax_ok"] = errs[k]
                    if "vitc_err" in row and (row["vitc_err"] > args.tol
                                              or not row["vitc_argmax_ok"]):
                        problems.append("%s b%d t%d: vitc output differs from PyTorch: "
                                        "max|diff|/max|ref| = %.3g, argmax %s"
                                        % (model, b, t, row["vitc_err"],
                                           "agrees" if row["vitc_argmax_ok"] else "DIFFERS"))
                    results["rows"].append(row)
                    print("  b%d t%d: vitc %s  torch %s  ort %s ms  (err %s)"
                          % (b, t, fmt_ms(row.get("vitc_ms")), fmt_ms(row.get("torch_ms")),
                             fmt_ms(row.get("ort_ms")),
                             "%.1e" % row["vitc_err"] if "vitc_err" in row else "n/a"),
                          flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    # The table.
    def ratio(num, den):
        if isinstance(num, float) and isinstance(den, float) and den > 0:
            return "%.2f" % (num / den)
        return "n/a"

    hdr = ["model", "batch", "threads", "vitc ms", "torch ms", "ort ms", "torch/vitc",
           "ort/vitc", "vitc err"]
    rows = []
    for r in results["rows"]:
        err = r.get("vitc_err")
        rows.append([r["model"], str(r["batch"]), str(r["threads"]), fmt_ms(r.get("vitc_ms")),
                     fmt_ms(r.get("torch_ms")), fmt_ms(r.get("ort_ms")),
                     ratio(r.get("torch_ms"), r.get("vitc_ms")),
                     ratio(r.get("ort_ms"), r.get("vitc_ms")),
                     ("%.1e" % err + ("" if err <= args.tol and r["vitc_argmax_ok"]
                                      else " MISMATCH")) if err is not None else "n/a"])
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h)
              for i, h in enumerate(hdr)]
    line = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                   for i, (c, w) in enumerate(zip(cells, widths)))
    load1 = os.getloadavg()
    results["machine"]["load_end"] = load1
    print("\n== vitc vs PyTorch %s eager fp32 vs ONNX Runtime %s (CPU) ==" %
          (versions["torch"], versions["onnxruntime"] or "n/a"))
    print("median latency per inference call (whole batch), ms; ratio > 1: vitc is faster")
    print(line(hdr))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))
    print()
    for model, m in results["models"].items():
        if "compile_s" in m:
            print("compile %-10s: vitc compile %.2f s%s; export %.1f s" %
                  (model, m["compile_s"], " (%.1f MB .so)" % (m["so_bytes"] / 1e6)
                   if "so_bytes" in m else " (FAILED)", m["export_s"]))
    errs = [(r["model"], r["batch"], r["threads"], r.get("torch_err"), r.get("ort_err"))
            for r in results["rows"]]
    worst_t = max((e[3] for e in errs if e[3] is not None), default=None)
    worst_o = max((e[4] for e in errs if e[4] is not None), default=None)
    print("numerics: vitc err = max|vitc - torch| / max|torch| on the benchmark input "
          "(tolerance %g);" % args.tol)
    print("          for comparison, PyTorch worker vs reference: %s, ORT vs reference: %s"
          % ("%.1e" % worst_t if worst_t is not None else "n/a",
             "%.1e" % worst_o if worst_o is not None else "n/a"))
    results["torch_blas"] = torch_blas
    bk = blas_kind(torch_blas or [])
    print("torch   : BLAS = %s%s; OMP_WAIT_POLICY=passive, OMP/OPENBLAS_NUM_THREADS=T, "
          "torch.set_num_threads(T), no_grad" % (bk, " via LD_LIBRARY_PATH=%s" % openblas
                                                 if openblas else ""))
    if "netlib" in bk:
        print("          WARNING: PyTorch runs on the netlib reference BLAS, ~10x slower than an "
              "optimized one;\n          the torch column is not a fair baseline.  Install "
              "OpenBLAS (apt-get install libopenblas0-pthread)\n          or pass --openblas DIR "
              "(see bench/README.md).")
    print("ort     : intra_op_num_threads=T, inter_op_num_threads=1, ORT_SEQUENTIAL, "
          "ORT_ENABLE_ALL, CPUExecutionProvider" if have_ort else
          "ort     : n/a (%s)" % ("--no-ort" if args.no_ort else "onnxruntime not installed"))
    print("timing  : each cell runs in a fresh process, 1 warm-up then N timed calls "
          "(N=%s), %d round(s); load %.2f at end; %.0f s in all"
          % (args.repeat or "20 at b1, max(5, 20/b) above", args.rounds, load1[0],
             time.time() - t_start))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  - " + p)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
