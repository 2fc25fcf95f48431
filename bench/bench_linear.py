#!/usr/bin/python3
"""Linear layers at ViT shapes: vitc's default schedule against OpenBLAS sgemm.

    /usr/bin/python3 bench/bench_linear.py [--vitc PATH] [--isa host,avx2]
        [--threads 1,2] [--batches 1,8] [--clock wall|cpu] [--repeat N] [--rounds N]
        [--shapes tiny,small]

Each shape is one nn.Linear(K, P) on [B, 197, K] tokens (the 197 tokens of a
224 px ViT; M = 197 B rows), exported with vitc.export (dynamic batch) and
compiled once per ISA and thread count (`--threads T`, which the default
schedules are made for):
`host` (the machine's own, e.g. AVX-512 on a Zen 4) and `avx2` (`-mcpu=znver2`:
AVX2 + FMA, 16 ymm registers; this runs on any AVX2 machine, so an AVX-512 host
can measure the AVX2 code).  OpenBLAS runs the same product (numpy.matmul on
contiguous float32, i.e. one sgemm of 197 B rows, without the bias) in a worker process with
OPENBLAS_NUM_THREADS=T; for `avx2` it is pinned to its Haswell kernels with
OPENBLAS_CORETYPE=Haswell so both sides use the same ISA.  vitc's time
includes its bias add and the runtime's dispatch.

Prints GFLOP/s (2*M*K*P / median time) and vitc / OpenBLAS, which issue 10
wants >= 0.8.  Needs Debian's /usr/bin/python3 (torch, numpy) and numpy
linked to OpenBLAS (apt-get install libopenblas0-pthread switches Debian's
libblas.so.3 to it; the script says which BLAS numpy has).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import bench_cpu  # noqa: E402  (shared helpers: workers, vitc lookup, machine lines)

TOKENS = 197
SHAPES = {
    "tiny": [("deit_tiny qkv", 192, 576), ("deit_tiny proj", 192, 192),
             ("deit_tiny fc1", 192, 768), ("deit_tiny fc2", 768, 192)],
    "small": [("deit_small qkv", 384, 1152), ("deit_small proj", 384, 384),
              ("deit_small fc1", 384, 1536), ("deit_small fc2", 1536, 384)],
}
ISAS = {"host": (None, None), "avx2": ("znver2", "Haswell")}


def worker_export(a):
    """Export nn.Linear(K, P) on [B, TOKENS, K] to a["prefix"], with inputs and references
    per batch size B (prefix.x_bB.npy, prefix.ref_bB.npy)."""
    import numpy as np
    import torch
    import vitc
    torch.manual_seed(0)
    lin = torch.nn.Linear(a["K"], a["P"]).eval()
    vitc.export(lin, torch.randn(1, TOKENS, a["K"]), a["prefix"])
    for b in a["batches"]:
        x = torch.randn(b, TOKENS, a["K"])
        np.save("%s.x_b%d.npy" % (a["prefix"], b), x.numpy())
        with torch.no_grad():
            np.save("%s.ref_b%d.npy" % (a["prefix"], b), lin(x).numpy())
    bench_cpu._result({})


def worker_blas(a):
    """Time numpy.matmul (sgemm) of [B * TOKENS, K] x [K, P] in this process."""
    import numpy as np
    rng = np.random.default_rng(0)
    M = a["batch"] * TOKENS
    x = rng.standard_normal((M, a["K"]), dtype=np.float32)
    w = rng.standard_normal((a["K"], a["P"]), dtype=np.float32)
    out = np.empty((M, a["P"]), dtype=np.float32)
    med, mn, _ = bench_cpu._timed(lambda: np.matmul(x, w, out=out), 3, a["repeat"])
    libs = bench_cpu._loaded_blas()
    bench_cpu._result({"median_ms": med, "min_ms": mn, "blas": libs})


def worker_pair(a):
    """--clock cpu: the compiled linear (libvitrt through vitc.load, one thread) and
    numpy.matmul in this one process, alternating call by call, each timed by this
    thread's CPU time: on a busy machine the time other processes take is not counted,
    and both sides see the same conditions."""
    import numpy as np
    import vitc
    m = vitc.load(a["so"], threads=1)
    x = np.load(a["input"])
    rng = np.random.default_rng(0)
    w = rng.standard_normal((a["K"], a["P"]), dtype=np.float32)
    x2 = np.ascontiguousarray(x.reshape(-1, a["K"]))
    out = np.empty((x2.shape[0], a["P"]), dtype=np.float32)
    y = m(x)
    np.matmul(x2, w, out=out)
    tv, tb = [], []
    for _ in range(a["repeat"]):
        c = time.thread_time()
        y = m(x)
        tv.append((time.thread_time() - c) * 1e3)
        c = time.thread_time()
        np.matmul(x2, w, out=out)
        tb.append((time.thread_time() - c) * 1e3)
    np.save(a["output"], list(y.values())[0])
    bench_cpu._result({"vitc_ms": statistics.median(tv), "blas_ms": statistics.median(tb),
                       "blas": bench_cpu._loaded_blas()})


WORKERS = {"export": worker_export, "blas": worker_blas, "pair": worker_pair}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vitc")
    ap.add_argument("--isa", default="host,avx2", help="host and/or avx2")
    ap.add_argument("--threads", default="1")
    ap.add_argument("--shapes", default="tiny,small")
    ap.add_argument("--batches", default="1", help="batch sizes B: M = 197 B rows")
    ap.add_argument("--clock", default="wall", choices=("wall", "cpu"),
                    help="cpu (1 thread only): both sides in one process, alternating call "
                    "by call, timed by the thread's CPU time (for a busy machine)")
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        sys.path.insert(0, bench_cpu.PYDIR)
        WORKERS[args.worker[0]](json.loads(args.worker[1]))
        return 0
    vitc = bench_cpu.find_vitc(args.vitc)
    isas = bench_cpu.parse_list(args.isa)
    threads = bench_cpu.parse_list(args.threads, int)
    batches = bench_cpu.parse_list(args.batches, int)
    if args.clock == "cpu" and threads != [1]:
        sys.exit("bench_linear: --clock cpu times one thread: use it with --threads 1")
    for i in isas:
        if i not in ISAS:
            sys.exit("bench_linear: unknown --isa %s (host, avx2)" % i)
    shapes = [s for group in bench_cpu.parse_list(args.shapes) for s in SHAPES[group]]
    print("machine : %s, flags: %s; load %.2f at start" % (bench_cpu.cpu_model(),
                                                          bench_cpu.cpu_flags(),
                                                          os.getloadavg()[0]))
    run = lambda kind, a, env=None: bench_cpu.run_worker(kind, a, env, script=__file__)
    rows, problems = [], []
    blas = None
    with tempfile.TemporaryDirectory(prefix="vitc-linear-") as tmp:
        for name, K, P in shapes:
            prefix = os.path.join(tmp, name.replace(" ", "_"))
            run("export", {"K": K, "P": P, "prefix": prefix, "batches": batches})
            for isa in isas:
                cpu, coretype = ISAS[isa]
                for t in threads:
                    so = "%s.%s.t%d.so" % (prefix, isa, t)
                    cmd = [vitc, "compile", prefix + ".json", "-o", so, "--threads", str(t)] + \
                        (["-mcpu=" + cpu] if cpu else [])
                    p = subprocess.run(cmd, capture_output=True, text=True)
                    if p.returncode:
                        problems.append("%s %s: compile: %s" % (name, isa, p.stderr.strip()))
                        continue
                    env = bench_cpu.thread_env(t)
                    if coretype:
                        env["OPENBLAS_CORETYPE"] = coretype
                    for b in batches:
                        x = "%s.x_b%d.npy" % (prefix, b)
                        repeat = max(10, args.repeat // b)
                        v, bl = [], []
                        for _ in range(args.rounds):  # interleaved: vitc, OpenBLAS, vitc, ...
                            try:
                                if args.clock == "cpu":
                                    r = run("pair", {"K": K, "P": P, "so": so, "input": x,
                                                     "output": prefix + ".out.npy",
                                                     "repeat": repeat}, env)
                                    v.append({"median_ms": r["vitc_ms"]})
                                    r["median_ms"] = r["blas_ms"]
                                else:
                                    v.append(bench_cpu.vitc_run(vitc, so, x, prefix + ".out.npy",
                                                                t, repeat))
                                    r = run("blas", {"K": K, "P": P, "batch": b,
                                                     "repeat": repeat}, env)
                            except bench_cpu.Failed as e:
                                problems.append("%s %s t%d b%d: %s" % (name, isa, t, b, e))
                                break
                            bl.append(r)
                            blas = r["blas"]
                        if not v or not bl:
                            continue
                        import numpy as np
                        err, _ = bench_cpu.rel_err(prefix + ".out.npy",
                                                   np.load("%s.ref_b%d.npy" % (prefix, b))
                                                   .astype(np.float64))
                        if err > 1e-5:
                            problems.append("%s %s b%d: vitc output differs from PyTorch by %.2g"
                                            % (name, isa, b, err))
                        M = TOKENS * b
                        flop = 2.0 * M * K * P
                        vm = statistics.median(r["median_ms"] for r in v)
                        bm = statistics.median(r["median_ms"] for r in bl)
                        rows.append({"shape": name, "M": M, "K": K, "P": P, "isa": isa,
                                     "threads": t, "vitc_ms": vm, "blas_ms": bm,
                                     "vitc_gflops": flop / vm / 1e6,
                                     "blas_gflops": flop / bm / 1e6})
                        print("  %-16s %-4s t%d M=%-5d: vitc %.3f ms  OpenBLAS %.3f ms"
                              % (name, isa, t, M, vm, bm), flush=True)
    hdr = ["shape", "M x K x P", "ISA", "thr", "vitc GFLOP/s", "OpenBLAS GFLOP/s", "vitc/OpenBLAS"]
    table = [[r["shape"], "%dx%dx%d" % (r["M"], r["K"], r["P"]), r["isa"], str(r["threads"]),
              "%.1f" % r["vitc_gflops"], "%.1f" % r["blas_gflops"],
              "%.2f" % (r["vitc_gflops"] / r["blas_gflops"])] for r in rows]
    widths = [max(len(h), *(len(t[i]) for t in table)) if table else len(h)
              for i, h in enumerate(hdr)]
    line = lambda c: "  ".join(x.ljust(w) if i == 0 else x.rjust(w)
                               for i, (x, w) in enumerate(zip(c, widths)))
    print("\n== linear layers: vitc default schedule vs OpenBLAS sgemm (median of %d rounds x %d "
          "calls; %s) ==" % (args.rounds, args.repeat,
                             "thread CPU time, both in one process, alternating" if
                             args.clock == "cpu" else "wall clock"))
    print(line(hdr))
    print(line(["-" * w for w in widths]))
    for t in table:
        print(line(t))
    print("avx2 = vitc -mcpu=znver2, OpenBLAS OPENBLAS_CORETYPE=Haswell (on a CPU with "
          "AVX-512 this is a proxy for an AVX2 machine); host = both on their own best ISA (%s)"
          % ("AVX-512" if "avx512f" in bench_cpu.cpu_flags() else "AVX2" if "avx2" in
             bench_cpu.cpu_flags() else "?"))
    print("numpy BLAS: %s; load %.2f at end" % (bench_cpu.blas_kind(blas or []),
                                                 os.getloadavg()[0]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    if problems:
        print("\nPROBLEMS:\n  - " + "\n  - ".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
