#!/bin/sh
# The full-size ShiftAdd models through the CUDA target (issue 12), the
# end-to-end models of bench/bench_shiftadd.py: DeiT-Tiny-shaped
# LinAngular + MoE2 and Hamming + shift, and PVTv2-b0 LinAngular + MoE2
# (python/vitc/nn.py builders, seed 0, 224 x 224), and timm's DeiT-Tiny and
# PVTv2-b0 (random weights, seed 0; timm_deit_tiny, timm_pvt_v2_b0), and
# two of them quantized by `vitc quantize` (PoT W8A8, calibrated on 4
# random images: timm_deit_tiny_q, deit_hamming_shift_q: qlinear,
# qattn_scores, qattn_pv, qshift_linear in their GPU forms).  `make check`
# runs the five float models issue 12 names (about 4 minutes on 2 cores);
# `make check-gpu-zoo` all seven, or `sh tests/gpu_zoo.sh [MODEL...]`.
# Skipped under AddressSanitizer (`make check-asan`: the lockstep loads
# libvitrt into Python, and ASan makes the full-size compiles ~3x slower;
# the same compile paths run there on the tiny models of cuda.sh and
# gpu_emulate.sh).  For each model:
#  - `vitc compile --target cuda:sm_XX` for sm_80 and sm_90; every kernel
#    assembles with `ptxas -v` with no spills, no stack frame and at most
#    48 KB of shared memory; no kernel runs on one thread (nor in blocks
#    of one thread; at most $MAX_SINGLE, default 0);
#  - the emulation (--emulate-gpu) against the CPU target kernel by kernel
#    (tests/gpu_lockstep.py, `vitc compile --kernel-map`): each node's
#    kernels in the emulation start from the CPU target's buffers, and
#    their float outputs must be within 1e-5 x max|ref| of the CPU's,
#    integer ones bit-exact; a hash code bit or MoE route may differ only
#    where its float is within 1e-5 x max of the threshold (a near-tie).
#    End to end the two differ more (a float summed in another order moves
#    a Q16.16 shift-linear input by a step, and code bits and routes flip in
#    the later blocks, as between the CPU target's own builds for two x86
#    CPUs): that line is information only.
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
if nm -D "$top_builddir/.libs/libvitrt.so" 2>/dev/null | grep -q __asan_init; then
	echo "libvitrt is built with AddressSanitizer: skipped"
	exit 77
fi
models=${*:-"deit_linangular_moe2 deit_hamming_shift pvt_linangular_moe2 timm_deit_tiny timm_pvt_v2_b0"}
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
if name.endswith("_q"):   # quantized below, from the float model's export
    name = name[:-2]
    np.save(prefix + ".calib.npy", example_input(4, 224, 1).numpy())
kinds = {"linangular_moe2": dict(attn="linangular", mlp="moe2", attn_linear="moe2"),
         "hamming_shift": dict(attn="hamming", mlp="shift", attn_linear="shift")}
timm_names = {"timm_deit_tiny": "deit_tiny_patch16_224", "timm_pvt_v2_b0": "pvt_v2_b0"}
if name in timm_names:   # timm's own models, randomly initialized (seed 0)
    import timm, torch
    torch.manual_seed(0)
    model = timm.create_model(timm_names[name]).eval()
else:
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
	case $m in *_q)
		if ! "$V" quantize "$json" --calib "$tmp/$m.calib.npy" -o "$tmp/$m.q.json" \
		     >/dev/null 2>"$tmp/err"; then
			bad "$m: quantize: $(cat "$tmp/err")"; continue
		fi
		json="$tmp/$m.q.json";;
	esac
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
	if ! "$V" compile "$json" -o "$tmp/$m.cpu.so" --kernel-map "$tmp/$m.cpu.map.json" 2>"$tmp/err" ||
	   ! "$V" compile --emulate-gpu --time-report "$json" -o "$tmp/$m.emu.so" \
	     --kernel-map "$tmp/$m.emu.map.json" 2>"$tmp/err.emu" ||
	   ! "$V" run "$tmp/$m.cpu.so" --input "$tmp/$m.x.npy" -o "$tmp/$m.ref.npy" >/dev/null 2>"$tmp/err"; then
		bad "$m: emulation: $(cat "$tmp/err" "$tmp/err.emu" 2>/dev/null | tail -3)"; continue
	fi
	grep '^gpu schedules' "$tmp/err.emu" | sed "s/^/$m: /"
	# end to end: information only
	"$V" run "$tmp/$m.emu.so" --input "$tmp/$m.x.npy" --expect "$tmp/$m.ref.npy" --tolerance 1e-5 \
		2>&1 | sed -n "s/: MISMATCH\$//; s/: ok\$//; s/, tolerance .*//; s/^output /$m: end to end (information): output /p"
	case $m in *_q)   # integer after the float patch embedding: information too
		"$V" run "$tmp/$m.emu.so" --input "$tmp/$m.x.npy" -o "$tmp/$m.emu.npy" >/dev/null 2>&1 &&
		cmp -s "$tmp/$m.ref.npy" "$tmp/$m.emu.npy" &&
			echo "$m: end to end (information): logits byte-identical to the CPU build's" ||
			echo "$m: end to end (information): logits not byte-identical";;
	esac
	if "$PY" "$top_srcdir/tests/gpu_lockstep.py" "$tmp/$m.cpu.so" "$tmp/$m.cpu.map.json" \
	   "$tmp/$m.emu.so" "$tmp/$m.emu.map.json" "$tmp/$m.x.npy" --name "$m" >"$tmp/out" 2>&1; then
		ok; cat "$tmp/out"
	else
		bad "$m: the emulation differs from the CPU target kernel by kernel: $(cat "$tmp/out")"
	fi
	echo "$m: $(($(date +%s) - t0)) s"
done
echo "gpu_zoo.sh: $pass passed, $fail failed"
[ $fail -eq 0 ]
