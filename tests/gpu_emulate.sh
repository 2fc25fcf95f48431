#!/bin/sh
# GPU schedules checked on the CPU (sched/gpu.c, backends/gpu_map.c):
# `vitc compile --emulate-gpu` gives every kernel the default GPU schedule
# of --target cuda and runs each kernel mapped to blocks and threads inside
# serial loops over all blocks and threads, with the same guards and the
# same launch geometry the PTX has, each barrier-separated phase run for
# all threads of the block in turn (the staged matmuls: shared-memory
# tiles, barriers, register tiles; a missing barrier must show up as a
# wrong result, and the isl check must refuse it).  The bundled model and a tiny
# torchvision ViT exported with PyTorch (when importable) are run both
# ways, at two batch sizes: the emulated output equals the CPU target's
# within 1e-5 x max|ref|, end to end and kernel by kernel (tests/gpu_lockstep.py:
# every emulated kernel started from the CPU target's buffers), every kernel
# is mapped, and --emulate-gpu with a cuda target is one line.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
V="$top_builddir/vitc"
M="$top_srcdir/examples/model/vit_tiny32"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
have_numpy=0
"$PY" -c 'import numpy' 2>/dev/null && have_numpy=1
# the lockstep tool loads libvitrt into Python, which an AddressSanitizer
# build (make check-asan) cannot be: those checks are skipped there, as
# tests/python.sh is (the end-to-end comparisons still run)
can_lockstep=$have_numpy
if nm -D "$top_builddir/.libs/libvitrt.so" 2>/dev/null | grep -q __asan_init; then
	can_lockstep=0
	echo "libvitrt is built with AddressSanitizer: the lockstep checks are skipped"
fi

# lockstep NAME CPU EMU INPUT: tests/gpu_lockstep.py on CPU.so/CPU.map.json and
# EMU.so/EMU.map.json (`vitc compile --kernel-map`): kernel by kernel, each
# emulated kernel started from the CPU target's buffers and compared with
# its results (floats within 1e-5 x max|ref|, integers bit-exact but for
# near-tie hash bits); its summary line in $tmp/lockstep
lockstep() {
	"$PY" "$top_srcdir/tests/gpu_lockstep.py" "$2.so" "$2.map.json" "$3.so" "$3.map.json" "$4" \
		--name "$1" >"$tmp/lockstep" 2>&1
}

# both NAME JSON INPUT...: compile for the CPU and emulated, every kernel
# mapped, then each input run both ways and compared: kernel by kernel
# (lockstep) and end to end (within $e2e_tol x max|ref|, default 1e-5)
both() {
	name=$1; json=$2; shift 2
	"$V" compile "$json" -o "$tmp/$name.cpu.so" --kernel-map "$tmp/$name.cpu.map.json" \
		2>"$tmp/err" && ok || { bad "$name: compile: $(cat "$tmp/err")"; return; }
	"$V" compile --emulate-gpu --time-report "$json" -o "$tmp/$name.emu.so" \
		--kernel-map "$tmp/$name.emu.map.json" 2>"$tmp/err" && ok ||
		{ bad "$name: compile --emulate-gpu: $(cat "$tmp/err")"; return; }
	line=$(grep '^gpu schedules: ' "$tmp/err")
	echo "$name: $line"
	n=$(echo "$line" | sed -n 's/^gpu schedules: \([0-9]*\) of \([0-9]*\) .*/\1 \2/p')
	set -- "$@"
	[ -n "$n" ] && [ "${n% *}" = "${n#* }" ] && ok ||
		bad "$name: not every kernel mapped: $line"
	# the matmuls/linears are staged: shared-memory tiles, barriers, register tiles
	st=$(echo "$line" | sed -n 's/.*, \([0-9]*\) matmuls staged.*/\1/p')
	[ -n "$st" ] && [ "$st" -ge "$min_staged" ] && ok || bad "$name: $st matmuls staged (want >= $min_staged): $line"
	for x in "$@"; do
		"$V" run "$tmp/$name.cpu.so" --input "$x" -o "$tmp/ref.npy" >/dev/null 2>"$tmp/err" ||
			{ bad "$name: CPU run on $x: $(cat "$tmp/err")"; continue; }
		if "$V" run "$tmp/$name.emu.so" --input "$x" --expect "$tmp/ref.npy" \
		   --tolerance "${e2e_tol:-1e-5}" >"$tmp/out" 2>"$tmp/err"; then
			ok; echo "$name $(basename "$x"): end to end: $(cat "$tmp/out")"
		else
			bad "$name: emulated GPU schedules differ on $x: $(cat "$tmp/out" "$tmp/err")"
		fi
		[ $can_lockstep -eq 1 ] || continue
		if lockstep "$name $(basename "$x")" "$tmp/$name.cpu" "$tmp/$name.emu" "$x"; then
			ok; tail -1 "$tmp/lockstep"
		else
			bad "$(cat "$tmp/lockstep")"
		fi
	done
}

# quant_both NAME JSON CALIB SCHEME "OPS" INPUT...: JSON quantized (vitc
# quantize --scheme SCHEME) must hold each of OPS, then `both` with
# tolerance 0, and the emulated logits byte-identical to the CPU build's
# (cmp of the -o files).  The integer products' GPU forms (lower/qdot_gpu.c,
# lower/qattn_gpu.c: a chain over k per output element) must map every
# kernel and give the CPU's integers bit for bit.
quant_both() {
	qname=$1; qsrc=$2; qcal=$3; qscheme=$4; qops=$5; shift 5
	if ! "$V" quantize "$qsrc" --calib "$qcal" --scheme "$qscheme" -o "$tmp/$qname.json" \
	     >/dev/null 2>"$tmp/err"; then
		bad "$qname: quantize: $(cat "$tmp/err")"; return
	fi
	for op in $qops; do
		grep -q "\"op\":[[:space:]]*\"$op\"" "$tmp/$qname.json" && ok ||
			bad "$qname: no $op in the quantized graph"
	done
	# no float matmul is left to stage: the patch embedding is a qlinear too
	min_staged=0; e2e_tol=0
	both "$qname" "$tmp/$qname.json" "$@"
	e2e_tol=
	for qx in "$@"; do
		"$V" run "$tmp/$qname.cpu.so" --input "$qx" -o "$tmp/qref.npy" >/dev/null 2>&1 &&
		"$V" run "$tmp/$qname.emu.so" --input "$qx" -o "$tmp/qemu.npy" >/dev/null 2>&1 &&
		cmp -s "$tmp/qref.npy" "$tmp/qemu.npy" && ok ||
			bad "$qname: emulated logits not byte-identical to the CPU build's on $qx"
	done
}

# moe_unmapped YAML: the MoE kernels of a 06-schedule.yaml dump with no
# loop bound to blocks/threads (tests/moe_unmapped.awk)
moe_unmapped() {
	awk -f "$top_srcdir/tests/moe_unmapped.awk" "$1"
}

# a batch of 3 made of the bundled input (the batch-dependent grids)
inputs="$M.input.npy"
if [ $have_numpy -eq 1 ]; then
	"$PY" -c 'import numpy as np, sys
x = np.load(sys.argv[1]); np.save(sys.argv[2], np.concatenate([x, x[::-1], 0.5 * x])[:3])' \
		"$M.input.npy" "$tmp/x3.npy" && inputs="$inputs $tmp/x3.npy"
fi
min_staged=4
both tiny32 "$M.json" $inputs

# A barrier between the tile copies and the products left out (tests only):
# the isl check refuses the staging (none staged, the output still right) ...
VITC_GPU_STAGE_TEST=no-barrier-checked "$V" compile --emulate-gpu --time-report "$M.json" \
	-o "$tmp/nbc.so" 2>"$tmp/err" && ok || bad "no-barrier-checked: compile: $(cat "$tmp/err")"
grep -q '^gpu schedules: .*, 0 matmuls staged' "$tmp/err" && ok ||
	bad "no-barrier-checked: the check let a missing barrier through: $(grep '^gpu' "$tmp/err")"
"$V" run "$tmp/nbc.so" --input "$M.input.npy" --expect "$M.output.npy" >/dev/null 2>&1 && ok ||
	bad "no-barrier-checked: wrong output"
# ... and without the check, the emulation (each barrier-separated phase
# run for all threads in turn) gives a wrong result
VITC_GPU_STAGE_TEST=no-barrier "$V" compile --emulate-gpu "$M.json" -o "$tmp/nb.so" 2>"$tmp/err" &&
	ok || bad "no-barrier: compile: $(cat "$tmp/err")"
if "$V" run "$tmp/nb.so" --input "$M.input.npy" --expect "$M.output.npy" >"$tmp/out" 2>&1; then
	bad "no-barrier: the emulation did not notice the missing barrier"
else
	grep -q MISMATCH "$tmp/out" && ok || bad "no-barrier: $(cat "$tmp/out")"
fi
# ... which the lockstep check pins on the staged matmuls' own outputs
if [ $can_lockstep -eq 1 ]; then
	VITC_GPU_STAGE_TEST=no-barrier "$V" compile --emulate-gpu "$M.json" -o "$tmp/nb.so" \
		--kernel-map "$tmp/nb.map.json" 2>"$tmp/err" || bad "no-barrier: compile: $(cat "$tmp/err")"
	if lockstep no-barrier "$tmp/tiny32.cpu" "$tmp/nb" "$M.input.npy"; then
		bad "no-barrier: the lockstep check did not notice the missing barrier"
	elif grep -q "MISMATCH conv_proj (conv_proj): max|diff|" "$tmp/lockstep"; then
		ok; echo "no-barrier: $(grep -c MISMATCH "$tmp/lockstep") lockstep mismatches, first: $(grep -m1 MISMATCH "$tmp/lockstep")"
	else
		bad "no-barrier lockstep: $(cat "$tmp/lockstep")"
	fi
fi
# the emulated model also matches the bundled reference output
"$V" run "$tmp/tiny32.emu.so" --input "$M.input.npy" --expect "$M.output.npy" >/dev/null 2>"$tmp/err" &&
	ok || bad "tiny32 emulated vs the bundled output: $(cat "$tmp/err")"

# --emulate-gpu is for the CPU target: a usage error (exit 2), like other option errors
"$V" compile --emulate-gpu --target cuda:sm_80 "$M.json" -o "$tmp/bad.so" >/dev/null 2>"$tmp/err"; st=$?
if [ $st -eq 2 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && [ ! -e "$tmp/bad.so" ] &&
   grep -qF -- "--emulate-gpu is for --target cpu" "$tmp/err"; then
	ok
else
	bad "--emulate-gpu --target cuda: status $st, stderr: $(cat "$tmp/err")"
fi

# a tiny torchvision ViT, exported as tests/cuda.sh does
if "$PY" -c 'import torch, torchvision, numpy' 2>/dev/null; then
	if PYTHONPATH="$top_srcdir/python" "$PY" -m vitc export --image-size 32 --patch-size 8 \
	   --layers 2 --heads 4 --hidden-dim 64 --mlp-dim 128 --classes 5 --batch 2 \
	   -o "$tmp/vit" >"$tmp/out" 2>&1 &&
	   "$PY" -c 'import numpy as np, sys
r = np.random.RandomState(0)
for n, f in ((1, sys.argv[1]), (3, sys.argv[2])):
    np.save(f, r.randn(n, 3, 32, 32).astype(np.float32))' "$tmp/v1.npy" "$tmp/v3.npy"; then
		ok
		min_staged=5
		both vit "$tmp/vit.json" "$tmp/v1.npy" "$tmp/v3.npy"
		# ... quantized (PoT int8 and int4 weights: qlinear, qattn_scores,
		# qattn_pv in their GPU forms)
		"$PY" -c 'import numpy as np, sys
np.save(sys.argv[1], np.random.RandomState(1).randn(4, 3, 32, 32).astype(np.float32))' "$tmp/vcal.npy"
		for scheme in pot-w8a8 pot-w4a8; do
			quant_both "vq_$scheme" "$tmp/vit.json" "$tmp/vcal.npy" $scheme \
				"qlinear qattn_scores qattn_pv" "$tmp/v1.npy" "$tmp/v3.npy"
		done
	else
		bad "export of a tiny torchvision ViT:"; tail -5 "$tmp/out"
	fi
else
	echo "torch/torchvision not importable by $PY: the exported ViT is skipped"
fi

# ShiftAdd DeiTs (python/vitc/nn.py builders, tiny): integer kernels
# (packed codes with popcount, shift linears, masked adds / lookup tables,
# the MoE's route/scan/gather/experts/scatter) run through the same GPU
# schedules.  Hamming attention + MoE2 linears: within 1e-5 x max|ref|
# end to end.  LinAngular + MoE2: its Q16.16 shift-linear inputs are
# quantized floats, and a one-ulp difference of float summation order moves
# some by one step, which the shift-adds carry to the output (about 1e-4 x
# max|ref| end to end, 1e-3 allowed); kernel by kernel (lockstep: each
# kernel from the CPU target's inputs) all of them match within 1e-5,
# integers bit-exact.
if "$PY" -c 'import torch, numpy' 2>/dev/null; then
	# Hamming: 64 x 64 images in 4 x 4 patches, 257 tokens: the MoE's route
	# scans them in two chunks of 256 (lower/moe.c), at batch 1 and 3
	for attn in hamming linangular; do
		sz="--image-size 32 --patch-size 8"
		[ $attn = hamming ] && sz="--image-size 64 --patch-size 4"
		if ! PYTHONPATH="$top_srcdir/python" "$PY" -m vitc export --model shiftadd_deit_tiny \
		     --attn $attn $sz --layers 2 --heads 4 --hidden-dim 64 \
		     --mlp-dim 128 --classes 5 --reference -o "$tmp/sa_$attn" >"$tmp/out" 2>&1; then
			bad "export of a ShiftAdd DeiT ($attn): $(tail -1 "$tmp/out")"; continue
		fi
		ok
	done
	min_staged=1
	x="$tmp/sa_hamming.input.npy"
	"$PY" -c 'import numpy as np, sys
x = np.load(sys.argv[1]); np.save(sys.argv[2], np.concatenate([x, -x, 0.5 * x]))' "$x" "$tmp/sa3.npy" &&
		x="$x $tmp/sa3.npy"
	sa_inputs=$x   # (both's loop changes x)
	[ -f "$tmp/sa_hamming.json" ] && both sa_hamming "$tmp/sa_hamming.json" $x
	# LinAngular: end to end only within 1e-3 (a one-ulp difference of float
	# summation order moves a Q16.16 shift-linear input by a step, which the
	# shift-adds carry on), kernel by kernel within 1e-5 like the others
	e2e_tol=1e-3
	[ -f "$tmp/sa_linangular.json" ] && both sa_linangular "$tmp/sa_linangular.json" \
		"$tmp/sa_linangular.input.npy"
	e2e_tol=
	# a Hamming DeiT with shift linears (MLP and attention), quantized: every
	# shift linear a qshift_linear, whose plain int8 nest is its GPU form
	if PYTHONPATH="$top_srcdir/python" "$PY" -m vitc export --model shiftadd_deit_tiny \
	   --attn hamming --mlp shift --attn-linear shift --image-size 32 --patch-size 8 \
	   --layers 2 --heads 4 --hidden-dim 64 --mlp-dim 128 --classes 5 \
	   -o "$tmp/sa_hs" >"$tmp/out" 2>&1 &&
	   "$PY" -c 'import numpy as np, sys
r = np.random.RandomState(3)
for f, n in ((sys.argv[1], 4), (sys.argv[2], 1), (sys.argv[3], 3)):
    np.save(f, r.randn(n, 3, 32, 32).astype(np.float32))' "$tmp/hcal.npy" "$tmp/h1.npy" "$tmp/h3.npy"; then
		ok
		quant_both sa_hs_q "$tmp/sa_hs.json" "$tmp/hcal.npy" pot-w8a8 "qshift_linear qlinear" \
			"$tmp/h1.npy" "$tmp/h3.npy"
	else
		bad "export of a ShiftAdd DeiT (hamming, shift linears): $(tail -1 "$tmp/out")"
	fi
	# the MoE route's scan without the barrier between a step's reads and its
	# adds (lower/moe.c; unchecked): the lockstep check finds the wrong
	# token slots in the route kernel's own output
	if [ -f "$tmp/sa_hamming.cpu.so" ] && [ $can_lockstep -eq 1 ]; then
		VITC_GPU_STAGE_TEST=no-scan-barrier "$V" compile --no-cache --emulate-gpu \
			"$tmp/sa_hamming.json" -o "$tmp/nsb.so" --kernel-map "$tmp/nsb.map.json" 2>"$tmp/err" ||
			bad "no-scan-barrier: compile: $(cat "$tmp/err")"
		if lockstep no-scan-barrier "$tmp/sa_hamming.cpu" "$tmp/nsb" "$tmp/sa_hamming.input.npy"; then
			bad "no-scan-barrier: the lockstep check did not notice the missing barrier"
		elif grep -q "MISMATCH blocks.0.attn.q.pos (blocks.0.attn.q): .* integers differ" \
		     "$tmp/lockstep"; then
			ok; echo "no-scan-barrier: $(grep -m1 MISMATCH "$tmp/lockstep")"
		else
			bad "no-scan-barrier lockstep: $(cat "$tmp/lockstep")"
		fi
		# ... and with the isl check on, the compile is refused in one line,
		# with the compile cache on too: a cached kernel is not scheduled (so
		# not checked) again, and the unchecked compile must not have put its
		# route kernel there (a compile with the check off uses no cache; the
		# checked one then misses, schedules and refuses it; docs/cuda.md)
		mkdir -p "$tmp/xdg"
		XDG_CACHE_HOME="$tmp/xdg" VITC_GPU_STAGE_TEST=no-scan-barrier "$V" compile --emulate-gpu \
			"$tmp/sa_hamming.json" -o "$tmp/nsb2.so" 2>"$tmp/err" ||
			bad "no-scan-barrier (cache on): compile: $(cat "$tmp/err")"
		[ -z "$(find "$tmp/xdg" -name '*.vco' 2>/dev/null)" ] && ok ||
			bad "no-scan-barrier: a compile with the GPU check off wrote the compile cache"
		XDG_CACHE_HOME="$tmp/xdg" VITC_GPU_STAGE_TEST=no-scan-barrier-checked "$V" compile \
			--emulate-gpu "$tmp/sa_hamming.json" -o "$tmp/nsbc.so" >/dev/null 2>"$tmp/err"; st=$?
		[ $st -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
			grep -q "route': schedule: a dependence .* would cross GPU blocks or threads" "$tmp/err" &&
			ok || bad "no-scan-barrier-checked: status $st: $(cat "$tmp/err")"
	fi
	# The Hamming DeiT quantized (vitc quantize): its MoEs are qmoe2_linear,
	# int8 rows through the same dispatch (lower/moe.c) with its GPU forms:
	# the route, perm, gather, experts and scatter of every MoE mapped, and
	# the emulation equals the CPU build bit for bit (an integer model; the
	# route's two chunks of 256 tokens), at batch 1 and 3.
	j="$tmp/sa_hamming.json"; q="$tmp/sa_q.json"
	if [ -f "$j" ] && "$PY" -c 'import numpy as np, sys
np.save(sys.argv[1], np.random.RandomState(0).randn(4, 3, 64, 64).astype(np.float32))' "$tmp/calib.npy" &&
	   "$V" quantize "$j" --calib "$tmp/calib.npy" -o "$q" >/dev/null 2>"$tmp/err" &&
	   "$V" compile "$q" -o "$tmp/q.cpu.so" 2>>"$tmp/err" &&
	   "$V" compile --emulate-gpu "$q" -o "$tmp/q.emu.so" --dump-ir "$tmp/q.emu" 2>>"$tmp/err"; then
		ok
		um=$(moe_unmapped "$tmp/q.emu/06-schedule.yaml")
		[ -z "$um" ] && ok || bad "sa_q: MoE kernels not mapped to blocks/threads:$um"
		for xi in $sa_inputs; do
			"$V" run "$tmp/q.cpu.so" --input "$xi" -o "$tmp/ref.npy" >/dev/null 2>"$tmp/err" &&
			"$V" run "$tmp/q.emu.so" --input "$xi" --expect "$tmp/ref.npy" --tolerance 0 \
				-o "$tmp/emu.npy" >"$tmp/out" 2>>"$tmp/err" &&
				cmp -s "$tmp/ref.npy" "$tmp/emu.npy" && { ok; echo "sa_q $(basename "$xi"): $(cat "$tmp/out")"; } ||
				bad "sa_q: emulated GPU schedules differ on $xi: $(cat "$tmp/out" "$tmp/err")"
		done
	else
		bad "sa_q: $(cat "$tmp/err")"
	fi
else
	echo "torch not importable by $PY: the ShiftAdd models are skipped"
fi

echo "gpu_emulate.sh: $pass passed, $fail failed"
[ $fail -eq 0 ]
