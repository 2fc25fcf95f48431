#!/usr/bin/python3
"""Compile-time benchmark (issue 14): how long `vitc compile` takes.

    /usr/bin/python3 bench/bench_compile.py [--vitc PATH] [--baseline PATH]
        [--models deit_tiny,deit_small,pvt_v2_b0] [--rounds N] [--jobs N]
        [--workdir DIR] [--json FILE]

Each model is a seeded, randomly initialized timm model at 224 x 224
(deit_tiny_patch16_224, deit_small_patch16_224, pvt_v2_b0), exported once with
python/vitc (as tests/e2e/test_timm.py does).  For every model, every round:

  baseline  the --baseline vitc (e.g. a build of an older commit; no cache)
  cold      this vitc with an empty cache ($XDG_CACHE_HOME set to a new
            directory under the work directory; the user's cache is never used)
  warm      the same compile again, with the cache the cold one filled
  no-cache  --no-cache
  1 layer   one layer's weights changed (a copy of the weights with one tensor
            scaled), compiled with the warm cache: what a re-compile after a
            fine-tune of one layer costs

Times are wall seconds and CPU seconds (user + sys of the compiler process,
all threads), the median over the rounds.  The script also checks that cold,
warm and no-cache give byte-identical .so files, and that the 1-layer .so
equals its own --no-cache compile.  The machine is described in the header:
compare ratios within one run, not absolute times across machines.
"""

import argparse
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_cpu import cpu_model  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
MODELS = {"deit_tiny": "deit_tiny_patch16_224", "deit_small": "deit_small_patch16_224",
          "pvt_v2_b0": "pvt_v2_b0"}


def export(name, prefix):
    """Export the timm model "name" (seed 0, 224 x 224) to prefix.json/.safetensors."""
    if os.path.exists(prefix + ".json") and os.path.exists(prefix + ".safetensors"):
        return
    code = ("import sys, torch, timm; sys.path.insert(0, %r); import vitc\n"
            "torch.manual_seed(0)\n"
            "kw = {} if %r.startswith('pvt') else {'img_size': 224}\n"
            "m = timm.create_model(%r, pretrained=False, **kw).eval()\n"
            "vitc.export(m, torch.randn(1, 3, 224, 224), %r)\n"
            % (os.path.join(REPO, "python"), name, name, prefix))
    subprocess.run([sys.executable, "-c", code], check=True)


def change_one_layer(prefix, out_prefix):
    """A copy of the model whose weights differ in one tensor (the largest
    one of the first block or stage), scaled by 1.5."""
    with open(prefix + ".safetensors", "rb") as f:
        data = bytearray(f.read())
    (hl,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + hl])
    cands = [(k, v) for k, v in header.items()
             if k != "__metadata__" and v.get("dtype") == "F32" and (".0." in k or "blocks.0" in k)]
    if not cands:
        cands = [(k, v) for k, v in header.items() if k != "__metadata__" and v.get("dtype") == "F32"]
    name, info = max(cands, key=lambda kv: kv[1]["data_offsets"][1] - kv[1]["data_offsets"][0])
    b, e = info["data_offsets"]
    base = 8 + hl
    n = (e - b) // 4
    vals = struct.unpack("<%df" % n, data[base + b:base + e])
    data[base + b:base + e] = struct.pack("<%df" % n, *[v * 1.5 for v in vals])
    with open(out_prefix + ".safetensors", "wb") as f:
        f.write(data)
    with open(prefix + ".json") as f:
        graph = json.load(f)
    graph["weights_file"] = os.path.basename(out_prefix) + ".safetensors"
    with open(out_prefix + ".json", "w") as f:
        json.dump(graph, f)
    return name


def timed(cmd, env=None):
    """Run cmd; (wall s, cpu s of the child) - the child's rusage via wait4."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), p.returncode, err.strip()[-400:]))
    return wall, ru.ru_utime + ru.ru_stime


def same(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        return fa.read() == fb.read()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vitc", default=os.path.join(REPO, "vitc"))
    ap.add_argument("--baseline", help="an older vitc to compare with")
    ap.add_argument("--models", default="deit_tiny,deit_small,pvt_v2_b0")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, help="-j for this vitc (default: its own, online CPUs)")
    ap.add_argument("--workdir", help="keep exports and outputs here")
    ap.add_argument("--json", help="write the results here")
    a = ap.parse_args()
    work = a.workdir or tempfile.mkdtemp(prefix="vitc-bench-compile.")
    os.makedirs(work, exist_ok=True)
    jobs = ["-j", str(a.jobs)] if a.jobs else []
    flags = ""
    try:
        with open("/proc/cpuinfo") as f:
            flags = next((l for l in f if l.startswith("flags")), "")
    except OSError:
        pass
    isa = "AVX-512" if " avx512f" in flags else "AVX2" if " avx2" in flags else "SSE"
    print("# %s, %d online CPUs, %s; load average %s" % (cpu_model(), os.cpu_count(), isa,
          " ".join("%.1f" % x for x in os.getloadavg())))
    print("# vitc %s%s; median of %d rounds; wall / cpu seconds (cpu = user + sys, all threads)"
          % (a.vitc, " (baseline %s)" % a.baseline if a.baseline else "", a.rounds))
    results = {}
    kinds = (["baseline"] if a.baseline else []) + ["cold", "warm", "no-cache", "1 layer"]
    for short in a.models.split(","):
        name = MODELS.get(short, short)
        prefix = os.path.join(work, name)
        export(name, prefix)
        changed = change_one_layer(prefix, prefix + ".w2")
        times = {k: [] for k in kinds}
        ident = True
        for r in range(a.rounds):
            cache = os.path.join(work, "cache.%s.%d" % (short, r))
            shutil.rmtree(cache, ignore_errors=True)
            env = dict(os.environ, XDG_CACHE_HOME=cache)
            out = os.path.join(work, "%s.%%s.so" % short)
            if a.baseline:
                times["baseline"].append(timed([a.baseline, "compile", prefix + ".json", "-o",
                                                out % "base"], env))
            c = [a.vitc, "compile", prefix + ".json"] + jobs
            times["cold"].append(timed(c + ["-o", out % "cold"], env))
            times["warm"].append(timed(c + ["-o", out % "warm"], env))
            times["no-cache"].append(timed(c + ["-o", out % "nocache", "--no-cache"], env))
            c2 = [a.vitc, "compile", prefix + ".w2.json"] + jobs
            times["1 layer"].append(timed(c2 + ["-o", out % "w2"], env))
            timed(c2 + ["-o", out % "w2n", "--no-cache"], env)
            ident &= same(out % "cold", out % "warm") and same(out % "cold", out % "nocache") \
                and same(out % "w2", out % "w2n")
            shutil.rmtree(cache, ignore_errors=True)
        med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
               for k, v in times.items()}
        results[short] = {"times": med, "identical": ident, "changed_tensor": changed}
    head = "%-11s" % "model" + "".join("%18s" % k for k in kinds) + "  identical"
    print(head)
    for short, r in results.items():
        print("%-11s" % short + "".join("%8.2f / %6.2f " % r["times"][k] for k in kinds)
              + "  %s" % ("yes" if r["identical"] else "NO"))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0 if all(r["identical"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
