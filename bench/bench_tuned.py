#!/usr/bin/python3
"""Tuned against untuned against ONNX Runtime, in one run (issue 10).

    /usr/bin/python3 bench/bench_tuned.py [--vitc PATH] [--model deit_tiny]
        [--budget S] [--batches 1,8] [--threads 1,2] [--rounds N] [--repeat N]
        [--jobs N] [--trials N] [--long K] [--workdir DIR] [--json FILE]
    /usr/bin/python3 bench/bench_tuned.py --shiftadd [--model all|NAME,...] [--budget S]
        [--threads 1] [--rounds N] [--repeat N] [--jobs N] [--trials N] [--workdir DIR]
        [--json FILE]

For the model (deit_tiny, deit_small, timm:NAME, tv:NAME as in bench_cpu.py,
seeded random weights): export it (vitc graph + ONNX), then per thread count T

  1. `vitc tune M.json --records M.tT.tune.jsonl --threads T --time-budget S/|T|
     --batch BATCHES` (records are valid for the thread count they were
     measured at, so each T is tuned on its own; the budget --budget S,
     default 600 s, is shared out; the tuner's in-model check runs at the
     benchmarked batches and is not counted in the budget),
  2. `vitc compile --threads T` without and with `--records`,

and for each batch B and thread count T time, interleaved in fresh processes
(--rounds times): vitc untuned, vitc tuned, ONNX Runtime.  The table gives
the median ms and ORT/vitc (above 1: vitc faster; issue 10 wants >= 0.91
untuned and >= 1.11 tuned, i.e. within 1.1x of ORT's latency and 0.9x of it).

Tuning measures kernels one at a time on the cores the benchmark uses: run
it on a quiet machine (the load average is printed at the start and the
end; above ~0.5 the numbers say more about the other work than about vitc).
--long 4 also tunes with 4x the trials and budget and times that build in
the same rounds (column "tuned 4x"; "tuned/tuned 4x" at most 1.1 is issue
10's "within 10% of a search 4x as long").
A smoke test: --budget 30 --batches 1 --threads 1 --rounds 1.

--shiftadd instead takes the ShiftAdd models of bench_shiftadd.py (DeiT-Tiny
LinAngular + MoE2, DeiT-Tiny Hamming + shift, PVTv2-b0 LinAngular + MoE2;
--model picks some) and their dense twins (the same builders, all dense), at
batch 1, 224x224, --threads default 1.  Per thread count: each model's tasks
are listed (`vitc tune --report` of an empty records file) and --budget
(default 1500 s) is shared out in proportion to them; each model is tuned,
compiled without and with --records (the compile's notices must agree with
the report: every record applies, the tasks left without one are those the
budget did not reach), and the ShiftAdd models' decisions (codes, routes,
Q16.16 floors) are replayed in the module for both builds.  Then every
build is timed in fresh processes, interleaved, --rounds times.  Tables:
median ms default and tuned, the tuned speed-up, ShiftAdd / dense untuned
and tuned; per kind of kernel (shift linear, masked adds / lookup tables,
popcount scores, MoE experts, ...) the tasks, how many were tuned and the
tuner's default vs tuned kernel time.
A smoke test: --shiftadd --budget 20 --rounds 1 --repeat 3.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench_cpu  # noqa: E402  (workers, vitc lookup, machine lines)


def tune(vitc, prefix, t, budget, jobs, trials, tag="tune", batches=None):
    """Run vitc tune for T threads (its in-model check at the given batches);
    (records path, seconds, its summary lines)."""
    rec = "%s.t%d.%s.jsonl" % (prefix, t, tag)
    if os.path.exists(rec):
        os.remove(rec)
    cmd = [vitc, "tune", prefix + ".json", "--records", rec, "--threads", str(t),
           "--time-budget", str(budget), "--trials", str(trials)] + \
        (["--jobs", str(jobs)] if jobs > 1 else []) + \
        (["--batch", ",".join(str(b) for b in batches)] if batches else [])
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=budget * 3 + 600)
    secs = time.perf_counter() - t0
    if p.returncode != 0:
        raise bench_cpu.Failed("vitc tune exited %d: %s" % (p.returncode,
                                                             bench_cpu._tail(p.stderr)))
    summary = [ln for ln in p.stdout.splitlines() if ln.startswith(("tune: ", "weighted total"))]
    return rec, secs, summary


def compile_so(vitc, prefix, t, records=None, kind=None):
    so = "%s.t%d.%s.so" % (prefix, t, kind or ("tuned" if records else "default"))
    cmd = [vitc, "compile", prefix + ".json", "-o", so, "--threads", str(t)]
    if records:
        cmd += ["--records", records]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise bench_cpu.Failed("vitc compile exited %d: %s" % (p.returncode,
                                                                bench_cpu._tail(p.stderr)))
    notes = [ln for ln in p.stderr.splitlines() if ln.strip()]
    return so, notes


# --------------------------------------------------------------------------
# --shiftadd: the ShiftAdd models of bench_shiftadd.py against their dense
# twins, each untuned and tuned (its builders, export and decision-replay
# workers are reused).
# --------------------------------------------------------------------------

SA_MODELS = ["deit_tiny.linangular+moe2", "deit_tiny.hamming+shift", "pvt_v2_b0.linangular+moe2"]
SA_LABEL = {"deit_tiny": "DeiT-Tiny", "pvt_v2_b0": "PVTv2-b0", "dense": "dense",
            "linangular+moe2": "LinAngular+MoE2", "hamming+shift": "Hamming+shift"}
SA_TOL = 1e-4   # max|diff|/max|ref| (ShiftAdd models: with the compiled decisions replayed)
# `vitc tune --report`'s lines (compiler/tune_report.c): a tuned task, a task
# not tuned, a task without a search space
RE_TUNED = re.compile(r"^(t[0-9a-f]{16})\s+(\S+)\s+(\S+)\s+(\S+)\s+(\d+)\s+([0-9.]+)\s+"
                      r"([0-9.]+)\s+([0-9.]+)x\s+(.*)$")
RE_UNTUNED = re.compile(r"^  (t[0-9a-f]{16})\s+(\S+)\s+(\S+)\s+(\S+)\s+x(\d+)$")
RE_NOSPACE = re.compile(r"^  (t[0-9a-f]{16})\s+(\S+)\s+(\S+)\s+x(\d+): (.*)$")
RE_MISSING = re.compile(r"(\d+) of (\d+) tunable tasks have no record")
KINDS = ["shift linear", "masked adds / lookup tables", "popcount scores", "MoE experts",
         "MoE router logits", "MoE routing", "Q16.16 quantize", "codes (binarize, hash)",
         "hamming attention (context)", "dense kernels"]


def sa_kind(op, kernel):
    """The kind of kernel a task is, for the coverage table."""
    suf = kernel.rsplit(".", 1)[-1]
    if op == "shift_linear":
        return "Q16.16 quantize" if suf == "q16" else "shift linear"
    if op in ("matadd_ktv", "matadd_qkv"):
        return "masked adds / lookup tables"
    if op == "hamming_attention":
        return "popcount scores" if suf == "scores" else "hamming attention (context)"
    if op in ("moe2_linear", "matmul") and suf in ("mult", "shift"):
        return "MoE experts"      # .mult is a matmul kernel of the moe2_linear node
    if op == "moe2_linear":
        return {"q16": "Q16.16 quantize", "router": "MoE router logits"}.get(suf, "MoE routing")
    if op in ("binarize", "ksh_hash"):
        return "codes (binarize, hash)"
    return "dense kernels"


def tune_report(vitc, json_path, records, t, plot):
    """`vitc tune --report` parsed: the tuned tasks (default and best us), the
    tasks not tuned, those without a search space, the weighted totals."""
    p = subprocess.run([vitc, "tune", json_path, "--records", records, "--report",
                        "--threads", str(t), "--plot", plot], capture_output=True, text=True,
                       timeout=600)
    if p.returncode != 0:
        raise bench_cpu.Failed("vitc tune --report exited %d: %s"
                               % (p.returncode, bench_cpu._tail(p.stderr)))
    rep = {"tuned": [], "untuned": [], "nospace": [], "weighted": None}
    for ln in p.stdout.splitlines():
        m = RE_TUNED.match(ln)
        if m:
            rep["tuned"].append(dict(key=m.group(1), kernel=m.group(2), op=m.group(3),
                                     weight=int(m.group(5)), default_us=float(m.group(6)),
                                     best_us=float(m.group(7)), schedule=m.group(9)))
        elif RE_UNTUNED.match(ln):
            m = RE_UNTUNED.match(ln)
            rep["untuned"].append(dict(key=m.group(1), kernel=m.group(2), op=m.group(3),
                                       weight=int(m.group(5))))
        elif RE_NOSPACE.match(ln):
            m = RE_NOSPACE.match(ln)
            rep["nospace"].append(dict(key=m.group(1), kernel=m.group(2), op=m.group(3),
                                       weight=int(m.group(4)), why=m.group(5)))
        else:
            m = re.match(r"^weighted total .*: default ([0-9.]+) us, tuned ([0-9.]+) us", ln)
            if m:
                rep["weighted"] = [float(m.group(1)), float(m.group(2))]
    for r in rep["tuned"] + rep["untuned"] + rep["nospace"]:
        r["kind"] = sa_kind(r["op"], r["kernel"])
    return rep


def check_notices(what, notices, rep, problems, extra_tasks=False):
    """The notices of `vitc compile --records` against the report: every
    record applies (no bad line, no unknown task, no schedule that does not
    apply, records for this target), and the tasks left without a record
    are exactly the report's untuned ones.  extra_tasks: the build may have
    tasks the tuned one has not (--expose-decisions adds kernels that write
    the decisions out); then the tasks with a record must be the tuned ones."""
    missing = None
    for ln in notices:
        m = RE_MISSING.search(ln)
        if m:
            missing = (int(m.group(1)), int(m.group(2)))
        else:
            problems.append("%s: %s" % (what, ln))
    tuned, total = len(rep["tuned"]), len(rep["tuned"]) + len(rep["untuned"])
    if missing is None:
        missing = (0, total) if tuned == total else None
    if missing is None or missing[1] - missing[0] != tuned or \
            (missing[1] < total if extra_tasks else missing[1] != total):
        problems.append("%s: %s tunable tasks without a record, the report says %d of %d"
                        % (what, "%d of %d" % missing if missing else "no notice of",
                           total - tuned, total))


def sa_replay(vitc, bsa, name, prefix, t, records, tag):
    """Compile `name` with --expose-decisions (and the records), run it once and
    replay its decisions in the module (bench_shiftadd.py's worker): err,
    differ, violations, the compile's notices and the exposed build's output
    file, which the timed build's output is compared with."""
    so = "%s.t%d.%s.x.so" % (prefix, t, tag)
    dec = "%s.t%d.%s.dec" % (prefix, t, tag)
    os.makedirs(dec, exist_ok=True)
    cmd = [vitc, "compile", prefix + ".json", "--expose-decisions", "-o", so,
           "--threads", str(t)] + (["--records", records] if records else [])
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise bench_cpu.Failed("vitc compile --expose-decisions exited %d: %s"
                               % (p.returncode, bench_cpu._tail(p.stderr)))
    bsa.vitc_cmd(vitc, ["run", so, "--input", prefix + ".x.npy", "--output-dir", dec,
                        "--threads", str(t)])
    r = bsa.run_worker("replay", {"model": name, "prefix": prefix, "input": prefix + ".x.npy",
                                  "dir": dec})
    return dict(r, notices=[ln for ln in p.stderr.splitlines() if ln.strip()])


def sa_label(name):
    builder, variant = name.split(".", 1)
    return SA_LABEL.get(builder, builder), SA_LABEL.get(variant, variant)


def main_shiftadd(args, vitc):
    """--shiftadd: tune each ShiftAdd model and its dense twin, time both
    builds of each in interleaved rounds, print the table."""
    import numpy as np
    import bench_shiftadd as bsa
    names = SA_MODELS if args.model in (None, "all") else bench_cpu.parse_list(args.model)
    bad = [n for n in names if n not in SA_MODELS]
    if bad:
        sys.exit("bench_tuned: --shiftadd --model: unknown %s (want all or some of %s)"
                 % (", ".join(bad), ",".join(SA_MODELS)))
    models = []   # each dense twin before its ShiftAdd models
    for n in names:
        for m in (bsa.MODELS[n][2], n):
            if m not in models:
                models.append(m)
    threads = bench_cpu.parse_list(args.threads or "1", int)
    budget = 1500.0 if args.budget is None else args.budget
    if not threads or min(threads) < 1 or args.rounds < 1 or budget <= 0:
        sys.exit("bench_tuned: --threads, --rounds and --budget must be positive")
    flags = open("/proc/cpuinfo").read().split("\nflags", 1)[-1].split("\n", 1)[0].split()
    isa = ("AVX-512" + "".join(" +" + n for f, n in (("avx512_vnni", "VNNI"),
                                                   ("avx512_vpopcntdq", "VPOPCNTDQ"))
                               if f in flags)) if "avx512f" in flags else \
        "AVX2" + (" +FMA" if "fma" in flags else "") if "avx2" in flags else "SSE"
    load0 = os.getloadavg()
    print("machine : %s, %d usable CPUs; ISA %s" % (bench_cpu.cpu_model(),
                                                  len(os.sched_getaffinity(0)), isa))
    print("load    : %.2f %.2f %.2f at start (1/5/15 min)%s" % (
        load0 + (("; not idle: tuning and timings absorb the other work",) if load0[0] > 0.5
                 else ("",))))
    workdir = args.workdir or tempfile.mkdtemp(prefix="vitc-tuned-sa-")
    os.makedirs(workdir, exist_ok=True)
    problems, rows, tuning = [], [], {}
    pre = {m: os.path.join(workdir, m) for m in models}
    for m in models:
        print("[%s] export ..." % m, flush=True)
        try:
            bsa.run_worker("prep_model", {"model": m, "prefix": pre[m]})
        except bench_cpu.Failed as e:
            sys.exit("bench_tuned: %s: export failed: %s" % (m, e))
    empty = os.path.join(workdir, "empty.jsonl")
    open(empty, "w").close()
    builds = {}   # (t, model) -> {"default": so, "tuned": so, "default_replay": ..., ...}
    for t in threads:
        # the budget of T is shared by the models in proportion to their tasks
        ntask = {}
        for m in models:
            try:
                ntask[m] = len(tune_report(vitc, pre[m] + ".json", empty, t,
                                           pre[m] + ".tasks.svg")["untuned"])
            except (bench_cpu.Failed, subprocess.TimeoutExpired) as e:
                sys.exit("bench_tuned: %s: listing the tasks failed: %s" % (m, e))
        for m in models:
            share = budget / len(threads) * ntask[m] / max(1, sum(ntask.values()))
            key = "%s t%d" % (m, t)
            print("[%s] vitc tune --threads %d --time-budget %.0f (%d tasks) ..."
                  % (m, t, share, ntask[m]), flush=True)
            try:
                rec, secs, summary = tune(vitc, pre[m], t, share, args.jobs, args.trials)
                rep = tune_report(vitc, pre[m] + ".json", rec, t, rec[:-6] + ".svg")
                with open(rec) as f:
                    nrec = sum(1 for _ in f)
                tuning[key] = {"model": m, "threads": t, "seconds": secs, "budget": share,
                               "records": nrec, "summary": summary, "tasks": ntask[m],
                               "report": rep}
                print("  %.0f s, %d records, %d of %d tasks tuned%s" % (
                    secs, nrec, len(rep["tuned"]), ntask[m],
                    "; weighted total %.0f -> %.0f us" % tuple(rep["weighted"])
                    if rep["weighted"] else ""), flush=True)
                b = {"default": compile_so(vitc, pre[m], t)[0]}
                b["tuned"], cnotes = compile_so(vitc, pre[m], t, rec)
                check_notices("%s t%d: compile --records" % (m, t), cnotes, rep, problems)
                tuning[key]["compile_notices"] = cnotes
                if bsa.MODELS[m][2]:   # ShiftAdd: decisions replayed, default and tuned
                    for kind, r in (("default", None), ("tuned", rec)):
                        x = sa_replay(vitc, bsa, m, pre[m], t, r, kind)
                        b[kind + "_replay"] = x
                        if r:
                            check_notices("%s t%d: compile --expose-decisions --records"
                                          % (m, t), x["notices"], rep, problems, True)
                        if x["err"] > SA_TOL or x["violations"]:
                            problems.append("%s t%d %s: decisions replayed: err %.3g%s"
                                            % (m, t, kind, x["err"],
                                               "; " + "; ".join(x["violations"][:3])
                                               if x["violations"] else ""))
                builds[(t, m)] = b
            except (bench_cpu.Failed, subprocess.TimeoutExpired) as e:
                problems.append("%s t%d: %s" % (m, t, e))

    # time: every build of every model in turn, in fresh processes, --rounds times
    per = {k: {"default": [], "tuned": []} for k in builds}
    err = {k: {"default": [], "tuned": []} for k in builds}
    repeat = args.repeat or 20
    for rnd in range(args.rounds):
        for (t, m), b in builds.items():
            x = pre[m] + ".x.npy"
            ref = np.load(pre[m] + ".ref.npy").astype(np.float64)
            for kind in ("default", "tuned") if rnd % 2 == 0 else ("tuned", "default"):
                out = "%s.t%d.%s.out.npy" % (pre[m], t, kind)
                try:
                    per[(t, m)][kind].append(
                        bench_cpu.vitc_run(vitc, b[kind], x, out, t, repeat)["median_ms"])
                except bench_cpu.Failed as e:
                    problems.append("%s t%d %s: %s" % (m, t, kind, e))
                    continue
                if kind + "_replay" in b:
                    # the exposed build's decisions were replayed: the timed build
                    # must compute the same output
                    same = np.load(b[kind + "_replay"]["output_file"]).astype(np.float64)
                    e, _ = bench_cpu.rel_err(out, same)
                    if e > 1e-6:
                        problems.append("%s t%d %s: output differs from the "
                                        "--expose-decisions build's by %.3g" % (m, t, kind, e))
                    e = b[kind + "_replay"]["err"]
                else:
                    e, _ = bench_cpu.rel_err(out, ref)
                    if e > SA_TOL:
                        problems.append("%s t%d %s: output differs from PyTorch by %.3g"
                                        % (m, t, kind, e))
                err[(t, m)][kind].append(e)
        print("  round %d of %d done" % (rnd + 1, args.rounds), flush=True)

    med = lambda v: statistics.median(v) if v else None
    fmt = lambda v, f="%.1f": f % v if v is not None else "n/a"
    ratio = lambda a, b: "%.2f" % (a / b) if a and b else "n/a"
    for (t, m), v in per.items():
        dense = bsa.MODELS[m][2]
        dv = per.get((t, dense)) if dense else v
        row = {"model": m, "dense": dense, "threads": t,
               "default_ms": med(v["default"]), "tuned_ms": med(v["tuned"]),
               "err_default": max(err[(t, m)]["default"] or [None], key=lambda e: e or 0),
               "err_tuned": max(err[(t, m)]["tuned"] or [None], key=lambda e: e or 0)}
        if dv:
            row["dense_default_ms"], row["dense_tuned_ms"] = med(dv["default"]), med(dv["tuned"])
        rows.append(row)
    hdr = ["model", "variant", "threads", "default ms", "tuned ms", "tuned speed-up",
           "vs dense untuned", "vs dense tuned", "tasks tuned", "err default / tuned"]
    print("\n== ShiftAdd models tuned: median ms per inference, batch 1, %d interleaved "
          "rounds ==" % args.rounds)
    print("| " + " | ".join(hdr) + " |")
    print("|" + "---|" * len(hdr))
    for r in rows:
        tk = tuning.get("%s t%d" % (r["model"], r["threads"]), {})
        print("| " + " | ".join([*sa_label(r["model"]), str(r["threads"]),
                                 fmt(r["default_ms"]), fmt(r["tuned_ms"]),
                                 ratio(r["default_ms"], r["tuned_ms"]),
                                 ratio(r["default_ms"], r.get("dense_default_ms")),
                                 ratio(r["tuned_ms"], r.get("dense_tuned_ms")),
                                 "%d/%d" % (len(tk["report"]["tuned"]), tk["tasks"])
                                 if tk else "n/a",
                                 "%s / %s" % (fmt(r["err_default"], "%.1e"),
                                              fmt(r["err_tuned"], "%.1e"))]) + " |")
    print("tuned speed-up: default ms / tuned ms (above 1: the records made it faster).\n"
          "vs dense: ShiftAdd ms / its dense twin's ms, both untuned or both tuned "
          "(above 1: ShiftAdd slower).\nerr: max|diff|/max|module output|, for ShiftAdd "
          "models with the compiled decisions replayed in the\nmodule (bench_shiftadd.py), "
          "the timed build checked to compute that build's output.")

    # which kernels were tuning tasks, and what tuning gained on each kind
    print("\n== Tasks per kind of kernel (vitc tune --report after the run) ==")
    hdr = ["model", "threads", "kind", "tasks (kernels)", "tuned", "faster", "no space",
           "default us", "tuned us", "speed-up"]
    print("| " + " | ".join(hdr) + " |")
    print("|" + "---|" * len(hdr))
    for key, tk in tuning.items():
        rep = tk["report"]
        for kind in KINDS:
            tu = [x for x in rep["tuned"] if x["kind"] == kind]
            un = [x for x in rep["untuned"] if x["kind"] == kind]
            ns = [x for x in rep["nospace"] if x["kind"] == kind]
            if not (tu or un or ns):
                continue
            d = sum(x["weight"] * x["default_us"] for x in tu)
            b = sum(x["weight"] * x["best_us"] for x in tu)
            print("| " + " | ".join([
                " ".join(sa_label(tk["model"])), str(tk["threads"]), kind,
                "%d (%d)" % (len(tu + un + ns), sum(x["weight"] for x in tu + un + ns)),
                str(len(tu)), str(sum(1 for x in tu if x["best_us"] < x["default_us"])),
                str(len(ns)), fmt(d if tu else None), fmt(b if tu else None),
                ratio(d, b)]) + " |")
    print("tasks: distinct kernels (kernels: with repeats); tuned: with records for this "
          "target; faster:\nthe best record beats the default; no space: kernels the tuner "
          "cannot measure (MoE routing);\nus: sum over the tuned tasks of weight x kernel time "
          "(the tuner's isolated measurements).")
    for key, tk in tuning.items():
        print("tuning %s: %.0f s of %.0f s budget, %d records%s" % (
            key, tk["seconds"], tk["budget"], tk["records"],
            "; " + tk["summary"][-1] if tk["summary"] else ""))
    load1 = os.getloadavg()
    print("ISA: %s; %s; load %.2f at start, %.2f at end" % (isa, bench_cpu.cpu_model(),
                                                          load0[0], load1[0]))
    if not args.workdir:
        print("files: %s" % workdir)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"machine": {"cpu": bench_cpu.cpu_model(), "isa": isa,
                                   "load_start": load0, "load_end": load1},
                       "rows": rows, "tuning": tuning, "problems": problems}, f, indent=1,
                      default=str)
    if problems:
        print("\nPROBLEMS:\n  - " + "\n  - ".join(problems))
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vitc")
    ap.add_argument("--shiftadd", action="store_true",
                    help="the ShiftAdd models against their dense twins, batch 1"
                    " (bench/README.md)")
    ap.add_argument("--model", help="default deit_tiny; with --shiftadd: all, or a comma"
                    " list of " + ",".join(SA_MODELS))
    ap.add_argument("--budget", type=float,
                    help="seconds of tuning in all, shared by the thread counts (default 600;"
                    " --shiftadd: 1500, shared by the models in proportion to their tasks)")
    ap.add_argument("--batches", default="1,8")
    ap.add_argument("--threads", help="default 1,2; --shiftadd: 1")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int)
    ap.add_argument("--jobs", type=int, default=1, help="vitc tune --jobs")
    ap.add_argument("--trials", type=int, default=12, help="vitc tune --trials (default 12)")
    ap.add_argument("--long", type=int, default=0, metavar="K",
                    help="also tune with K times the trials and the budget, and time that"
                         " as the column 'tuned xK' (issue 10: within 10%% of a 4x search)")
    ap.add_argument("--workdir")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    vitc = bench_cpu.find_vitc(args.vitc)
    if args.shiftadd:
        if args.long:
            sys.exit("bench_tuned: --long is not for --shiftadd")
        return main_shiftadd(args, vitc)
    args.model = args.model or "deit_tiny"
    args.budget = 600.0 if args.budget is None else args.budget
    batches = bench_cpu.parse_list(args.batches, int)
    threads = bench_cpu.parse_list(args.threads or "1,2", int)
    if not batches or not threads or min(batches + threads) < 1 or args.rounds < 1 or \
            args.budget <= 0:
        sys.exit("bench_tuned: batches, threads, --rounds and --budget must be positive")
    versions = bench_cpu.run_worker("versions", {})
    have_ort = bool(versions.get("onnxruntime"))
    load0 = os.getloadavg()
    print("machine : %s, %d usable CPUs, flags: %s" % (bench_cpu.cpu_model(),
                                                      len(os.sched_getaffinity(0)),
                                                      bench_cpu.cpu_flags()))
    print("load    : %.2f %.2f %.2f at start (1/5/15 min)%s" % (
        load0 + (("; not idle: tuning and timings absorb the other work",) if load0[0] > 0.5
                 else ("",))))
    workdir = args.workdir or tempfile.mkdtemp(prefix="vitc-tuned-")
    os.makedirs(workdir, exist_ok=True)
    prefix = os.path.join(workdir, args.model.replace(":", "_"))
    problems, rows, tuning = [], [], {}

    print("\n[%s] exporting ..." % args.model, flush=True)
    prep = bench_cpu.run_worker("prep", {"model": args.model, "seed": bench_cpu.SEED,
                                         "prefix": prefix, "batches": batches,
                                         "onnx": have_ort})
    onnx = prep.get("onnx") if have_ort else None
    if have_ort and not onnx:
        problems.append("ONNX export failed: %s" % prep.get("onnx_error"))
    sos = {}
    for t in threads:
        budget = args.budget / len(threads)
        print("[%s] vitc tune --threads %d --time-budget %.0f ..." % (args.model, t, budget),
              flush=True)
        try:
            rec, secs, summary = tune(vitc, prefix, t, budget, args.jobs, args.trials,
                                      batches=batches)
            with open(rec) as f:
                n = sum(1 for _ in f)
            tuning[t] = {"seconds": secs, "records": n, "summary": summary}
            print("  %.0f s, %d records; %s" % (secs, n, summary[-1] if summary else ""),
                  flush=True)
            for ln in summary:
                if ln.startswith("tune: in the model"):
                    print("  " + ln, flush=True)
            sos[t] = {"default": compile_so(vitc, prefix, t)[0]}
            so, notes = compile_so(vitc, prefix, t, rec)
            sos[t]["tuned"] = so
            for ln in notes:
                print("  compile --records: " + ln)
            if args.long > 1:
                print("[%s] vitc tune --threads %d, %dx: --trials %d --time-budget %.0f ..."
                      % (args.model, t, args.long, args.trials * args.long, budget * args.long),
                      flush=True)
                rec, secs, summary = tune(vitc, prefix, t, budget * args.long, args.jobs,
                                          args.trials * args.long, "tune%dx" % args.long,
                                          batches=batches)
                with open(rec) as f:
                    n = sum(1 for _ in f)
                tuning["%d %dx" % (t, args.long)] = {"seconds": secs, "records": n,
                                                    "summary": summary}
                print("  %.0f s, %d records; %s" % (secs, n, summary[-1] if summary else ""),
                      flush=True)
                sos[t]["long"] = compile_so(vitc, prefix, t, rec, "long")[0]
        except (bench_cpu.Failed, subprocess.TimeoutExpired) as e:
            problems.append("threads %d: %s" % (t, e))

    import numpy as np
    for b in batches:
        x = "%s.x_b%d.npy" % (prefix, b)
        ref = np.load("%s.ref_b%d.npy" % (prefix, b)).astype(np.float64)
        repeat = args.repeat or (20 if b == 1 else max(5, 20 // b))
        for t in threads:
            if t not in sos:
                continue
            tag = "%s.b%d.t%d" % (prefix, b, t)
            jobs = [(k, (lambda so: lambda out: bench_cpu.vitc_run(vitc, so, x, out, t, repeat))
                     (sos[t][k])) for k in ("default", "tuned", "long") if k in sos[t]]
            if onnx:
                wargs = {"model": args.model, "seed": bench_cpu.SEED, "threads": t,
                         "repeat": repeat, "warmup": 1, "input": x, "onnx": onnx}
                jobs.append(("ort", lambda out: bench_cpu.run_worker(
                    "ort", dict(wargs, output=out), bench_cpu.thread_env(t))))
            per = {k: [] for k, _ in jobs}
            for _ in range(args.rounds):  # interleaved: default, tuned, ort, default, ...
                for kind, job in jobs:
                    out = "%s.%s.npy" % (tag, kind)
                    try:
                        per[kind].append(job(out)["median_ms"])
                    except bench_cpu.Failed as e:
                        problems.append("b%d t%d %s: %s" % (b, t, kind, e))
                        continue
                    err, _ = bench_cpu.rel_err(out, ref)
                    if err > 1e-4:
                        problems.append("b%d t%d %s: output differs from PyTorch by %.2g"
                                        % (b, t, kind, err))
            row = {"batch": b, "threads": t}
            for k, v in per.items():
                row[k + "_ms"] = statistics.median(v) if v else None
            rows.append(row)
            print("  b%d t%d: %s" % (b, t, ", ".join("%s %.1f ms" % (k, row[k + "_ms"])
                                                     for k in per if row[k + "_ms"])), flush=True)

    # The roofline: the model's flops at the widest fp32 FMA stream's rate
    # (bench/peak.c, measured now); a cell's "% peak" is that time / its time.
    macs = bench_cpu.model_macs(vitc, prefix + ".json")
    peak = {t: bench_cpu.fp32_peak(t) for t in threads}
    pct = lambda r, k: ("%.0f%%" % (100.0 * 2 * macs * r["batch"] / (peak[r["threads"]] * 1e9)
                                    / (r[k] / 1e3))
                        if macs and peak.get(r["threads"]) and r.get(k) else "n/a")
    fmt = lambda v: "%.1f" % v if v else "n/a"
    ratio = lambda o, v: "%.2f" % (o / v) if o and v else "n/a"
    hdr = ["model", "batch", "threads", "vitc default", "vitc tuned", "ORT",
           "ORT/default", "ORT/tuned"]
    hdr += ["tuned % peak", "ORT % peak"]
    if args.long > 1:
        hdr += ["vitc tuned %dx" % args.long, "tuned/tuned %dx" % args.long]
    table = [[args.model, str(r["batch"]), str(r["threads"]), fmt(r.get("default_ms")),
              fmt(r.get("tuned_ms")), fmt(r.get("ort_ms")),
              ratio(r.get("ort_ms"), r.get("default_ms")), ratio(r.get("ort_ms"), r.get("tuned_ms")),
              pct(r, "tuned_ms"), pct(r, "ort_ms")]
             + ([fmt(r.get("long_ms")), ratio(r.get("tuned_ms"), r.get("long_ms"))]
                if args.long > 1 else [])
             for r in rows]
    print("\n== %s: median ms per call (whole batch), %d interleaved rounds ==" %
          (args.model, args.rounds))
    print("| " + " | ".join(hdr) + " |")
    print("|" + "---|" * len(hdr))
    for r in table:
        print("| " + " | ".join(r) + " |")
    for t, info in sorted(tuning.items(), key=lambda kv: str(kv[0])):
        print("tuning --threads %s: %.0f s, %d records%s" % (
            t, info["seconds"], info["records"],
            "; " + info["summary"][-1] if info["summary"] else ""))
    if macs:
        print("fp32 peak (bench/peak.c, widest FMA, measured now): %s; the model: %.3f GFLOP"
              " per image; %% peak = the time at that peak / the cell's time" % (
                  ", ".join("%.1f GFLOP/s on %d thread%s" % (peak[t], t, "s" if t > 1 else "")
                            for t in threads if peak.get(t)), 2 * macs / 1e9))
    print("ISA: %s; ORT/x above 1: vitc faster; load %.2f at end" % (
        "AVX-512" if "avx512f" in bench_cpu.cpu_flags() else "AVX2", os.getloadavg()[0]))
    if not args.workdir:
        print("files: %s" % workdir)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"rows": rows, "tuning": tuning, "problems": problems, "macs": macs,
                       "fp32_peak_gflops": peak}, f, indent=1)
    if problems:
        print("\nPROBLEMS:\n  - " + "\n  - ".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
