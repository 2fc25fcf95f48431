#!/bin/sh
# The full-size ShiftAdd models through the CUDA target (issue 12), the
# end-to-end models of bench/bench_shiftadd.py: DeiT-Tiny-shaped
# LinAngular + MoE2 and Hamming + shift, and PVTv2-b0 LinAngular + MoE2
# (python/vitc/nn.py builders, seed 0, 224 x 224).  Not in `make check`
# (minutes per model on 2 cores): `make check-gpu-zoo`, or
# `sh tests/gpu_zoo.sh [MODEL...]`.  For each model:
#  - `vitc compile --target cuda:sm_XX` for sm_80 and sm_90; every kernel
#    assembles with `ptxas -v` with no spills, no stack frame and at most
#    48 KB of shared memory; no kernel runs on one thread (nor in blocks
#    of one thread; at most $MAX_SINGLE, default 0);
#  - the emulation (--emulate-gpu) against the CPU target, both with
#    --expose-decisions.  At full size a float summed in another order
#    moves a Q16.16 shift-linear input by a step now and then, the layer
#    norms after the shift-adds enlarge that, and hash code bits and MoE
#    routes flip in the later blocks: the CPU target built for another
#    x86 (-mcpu=x86-64: 4-lane vectors) differs from the host's build in
#    the same way.  So that build is the yardstick: the emulation passes
#    when its logits are within max(2 x that build's max|diff|, 1e-3 x
#    max|ref|) and at most max(2 x that build's count, 0.5 %) of the
#    decisions (code words, routes) differ.  A wrong mapping, guard or
#    barrier gives far more (tests/gpu_emulate.sh compares tiny models
#    within 1e-5, or decision by decision).
# Skips (77) without ptxas or torch.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
V="$top_builddir/vitc"
PTXAS=${PTXAS:-/usr/local/cuda/bin/ptxas}
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
if [ ! -x "$PTXAS" ] || ! "$PY" -c 'import torch, numpy' 2>/dev/null; then
	echo "ptxas ($PTXAS) or torch missing: skipped"
	exit 77
fi
models=${*:-"deit_linangular_moe2 deit_hamming_shift pvt_linangular_moe2"}
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

for m in $models; do
	t0=$(date +%s)
	if ! PYTHONPATH="$top_srcdir/python" "$PY" - "$m" "$tmp/$m" >"$tmp/out" 2>&1 <<'PYEOF'
import sys
import numpy as np
import vitc
from vitc import nn as vnn
from vitc.models import example_input
name, prefix = sys.argv[1:3]
kinds = {"linangular_moe2": dict(attn="linangular", mlp="moe2", attn_linear="moe2"),
         "hamming_shift": dict(attn="hamming", mlp="shift", attn_linear="shift")}
arch, kind = name.split("_", 1)
build = vnn.build_shiftadd_deit if arch == "deit" else vnn.build_pvt_v2_b0
model = build(image_size=224, seed=0, **kinds[kind])
x = example_input(1, 224, 0)
vitc.export(model, x, prefix)
np.save(prefix + ".x.npy", x.numpy())
PYEOF
	then
		bad "$m: export: $(tail -3 "$tmp/out")"; continue
	fi
	json="$tmp/$m.json"
	for sm in sm_80 sm_90; do
		d="$tmp/$m.$sm"
		if ! "$V" compile --target "cuda:$sm" "$json" -o "$d.so" --dump-ir "$d" 2>"$tmp/err"; then
			bad "$m: compile --target cuda:$sm: $(cat "$tmp/err")"; continue
		fi
		ptx=$(ls "$d"/*-model.ptx)
		single=$(grep -c 'maxntid 1, 1, 1' "$ptx")
		[ "$single" -le "${MAX_SINGLE:-0}" ] && ok || bad "$m $sm: $single kernels on one thread"
		if ! "$PTXAS" -arch="$sm" -v "$ptx" -o "$tmp/out.cubin" >"$tmp/ptxas" 2>&1; then
			bad "$m: ptxas -arch=$sm failed: $(head -5 "$tmp/ptxas")"; continue
		fi
		awk -v what="$m" -v arch="$sm" -v single="$single" '
			/Compiling entry function/ { n++ }
			/spill stores/ { if ($5 + 0 > 0 || $9 + 0 > 0) spills++ }
			/bytes stack frame/ { if ($1 + 0 > 0) frames++ }
			/Used [0-9]+ registers/ { r = $0; sub(/.*Used /, "", r); sub(/ registers.*/, "", r)
				if (r + 0 > maxr) maxr = r + 0
				sm = 0; if ($0 ~ /bytes smem/) { sm = $0; sub(/ bytes smem.*/, "", sm); sub(/.*, /, "", sm) }
				if (sm + 0 > maxs) maxs = sm + 0
				if (sm + 0 > 48 * 1024) big++ }
			END { printf "%s %s: %d kernels (%d on one thread), %d with spills, %d with a stack frame, " \
			             "at most %d registers and %d B of shared memory (%d over 48 KB)\n",
			             what, arch, n, single, spills + 0, frames + 0, maxr, maxs, big + 0
			      exit spills > 0 || frames > 0 || big > 0 }' "$tmp/ptxas" && ok ||
			bad "$m $sm: a kernel spills, keeps a stack frame or uses over 48 KB of shared memory"
	done
	if ! "$V" compile --expose-decisions "$json" -o "$tmp/$m.cpu.so" 2>"$tmp/err" ||
	   ! "$V" compile --expose-decisions -mcpu=x86-64 "$json" -o "$tmp/$m.base.so" 2>"$tmp/err" ||
	   ! "$V" compile --expose-decisions --emulate-gpu --time-report "$json" -o "$tmp/$m.emu.so" \
	     2>"$tmp/err.emu" ||
	   ! "$V" run "$tmp/$m.cpu.so" --input "$tmp/$m.x.npy" --output-dir "$tmp/$m.dc" >/dev/null 2>"$tmp/err" ||
	   ! "$V" run "$tmp/$m.base.so" --input "$tmp/$m.x.npy" --output-dir "$tmp/$m.db" >/dev/null 2>"$tmp/err" ||
	   ! "$V" run "$tmp/$m.emu.so" --input "$tmp/$m.x.npy" --output-dir "$tmp/$m.de" >/dev/null 2>"$tmp/err"; then
		bad "$m: emulation: $(cat "$tmp/err" "$tmp/err.emu" 2>/dev/null | tail -3)"; continue
	fi
	grep '^gpu schedules' "$tmp/err.emu" | sed "s/^/$m: /"
	if "$PY" - "$m" "$tmp/$m.dc" "$tmp/$m.de" "$tmp/$m.db" <<'PYEOF'
import os, sys
import numpy as np
name, dc, de, db = sys.argv[1:5]

def compare(other):
    """logits max|diff|/max|ref|, decisions differing, decisions, first differing, q16 steps"""
    rel, flips, total, first, steps = 0.0, 0, 0, None, 0
    files = sorted(os.listdir(dc), key=lambda f: [int(t) if t.isdigit() else t
                                                  for t in f.replace(".", " ").split()])
    for f in files:
        a, b = np.load(os.path.join(dc, f)), np.load(os.path.join(other, f))
        d = np.abs(a.astype(np.float64) - b.astype(np.float64))
        if f.endswith("q16.npy"):
            steps = max(steps, d.max())
        elif a.dtype.kind in "iu":   # hash codes, MoE routes
            flips += np.count_nonzero(d)
            total += d.size
            if d.any() and first is None:
                first = f[:-4]
        else:   # the model's output
            rel = max(rel, d.max() / max(np.abs(a).max(), 1e-30))
    return rel, flips, total, first, steps

e, b = compare(de), compare(db)
for what, r in (("emulated GPU schedules", e), ("-mcpu=x86-64 build", b)):
    print("%s: %s vs the CPU target: logits max|diff|/max|ref| %.2g, %d of %d decisions differ "
          "(first: %s), Q16.16 inputs up to %d steps apart" % (name, what, r[0], r[1], r[2], r[3], r[4]))
ok = e[2] > 0 and e[0] <= max(2 * b[0], 1e-3) and e[1] <= max(2 * b[1], e[2] // 200)
sys.exit(0 if ok else 1)
PYEOF
	then ok; else bad "$m: the emulation differs from the CPU target more than the -mcpu=x86-64 build does"; fi
	echo "$m: $(($(date +%s) - t0)) s"
done
echo "gpu_zoo.sh: $pass passed, $fail failed"
[ $fail -eq 0 ]
