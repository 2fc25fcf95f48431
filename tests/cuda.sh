#!/bin/sh
# The CUDA target (backends/nvptx.c), checked without a GPU: bad --target
# values give one line listing the valid ones; the bundled model (and a
# tiny torchvision ViT exported with PyTorch, when it is importable) is
# compiled for cuda:sm_80 and cuda:sm_90, the PTX of --dump-ir is
# assembled by ptxas -v for its architecture (registers, spills, stack
# frame and shared memory of every kernel go to the log; a spill, a stack
# frame (a register tile left in local memory) or over 48 KB of shared
# memory fails the test; the staged matmuls' shared memory and barriers
# must be there), the PTX is in the
# .so, and without a driver libvitrt refuses the .so with one line
# (tests/cuda_rt.sh runs it against a stand-in driver).  Skipped (77) where
# /usr/local/cuda/bin/ptxas (or $PTXAS) is missing.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
V="$top_builddir/vitc"
PTXAS=${PTXAS:-/usr/local/cuda/bin/ptxas}
if [ ! -x "$PTXAS" ]; then
	echo "$PTXAS not found: skipped"
	exit 77
fi
M="$top_srcdir/examples/model/vit_tiny32"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# ---- bad --target values: exit 2, one line naming the valid values ----
for t in gpu cuda cuda:sm_ cuda:sm_91 cuda:sm_80x cuda:sm_080 cuda:sm_70 "cuda:sm_-80" x86 CUDA:sm_80; do
	rm -f "$tmp/bad.so"
	"$V" compile --target "$t" "$M.json" -o "$tmp/bad.so" >"$tmp/out" 2>"$tmp/err"; st=$?
	if [ $st -eq 2 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && [ ! -e "$tmp/bad.so" ] &&
	   grep -qF "unknown target '$t' (valid: cpu, cuda:sm_75, cuda:sm_80, cuda:sm_86, cuda:sm_87, cuda:sm_89, cuda:sm_90)" "$tmp/err"; then
		ok
	else
		bad "--target $t: status $st, stderr: $(cat "$tmp/err")"
	fi
done
"$V" compile --target cpu "$M.json" -o "$tmp/cpu.so" 2>"$tmp/err" && ok || bad "--target cpu: $(cat "$tmp/err")"

# ptxas -v on "ptx" for "arch": one log line per kernel, fail on a spill.
check_ptx() {
	ptx=$1; arch=$2; what=$3
	if ! "$PTXAS" -arch="$arch" -v "$ptx" -o "$tmp/out.cubin" >"$tmp/ptxas" 2>&1; then
		bad "$what: ptxas -arch=$arch failed:"; head -20 "$tmp/ptxas"; return
	fi
	ok
	awk -v what="$what" -v arch="$arch" '
		/Compiling entry function/ { k = $0; sub(/.*function .\x27?/, "", k); sub(/\x27.*/, "", k); n++ }
		/spill stores/ { st = $5; ld = $9; if (st + 0 > 0 || ld + 0 > 0) spills++ }
		/bytes stack frame/ { fr = $1; if (fr + 0 > 0) frames++ }
		/Used [0-9]+ registers/ { r = $0; sub(/.*Used /, "", r); sub(/ registers.*/, "", r);
			sm = 0; if ($0 ~ /bytes smem/) { sm = $0; sub(/ bytes smem.*/, "", sm); sub(/.*, /, "", sm) }
			if (sm + 0 > 48 * 1024) big++
			if (sm + 0 > 0) staged++
			printf "  %s %s %-10s registers %3d  spill stores %s B, loads %s B  stack %s B  smem %6d B\n",
			       what, arch, k, r, st, ld, fr, sm }
		END { printf "  %s %s: %d kernels, %d with spills, %d with a stack frame, %d with shared memory " \
		             "(%d over 48 KB)\n", what, arch, n, spills + 0, frames + 0, staged + 0, big + 0
		      exit spills > 0 || frames > 0 || big > 0 }
	' "$tmp/ptxas" && ok || bad "$what: a kernel spills, keeps a stack frame or uses over 48 KB of shared memory on $arch"
}

# moe_unmapped YAML: the MoE kernels of a 06-schedule.yaml dump with no
# loop bound to blocks/threads (tests/moe_unmapped.awk)
moe_unmapped() {
	awk -f "$top_srcdir/tests/moe_unmapped.awk" "$1"
}

# compile_cuda NAME JSON SM: compile, dump, check the PTX, the .so and the refusal.
compile_cuda() {
	name=$1; json=$2; sm=$3
	so="$tmp/$name.$sm.so"; d="$tmp/$name.$sm.ir"
	if ! "$V" compile --target "cuda:$sm" "$json" -o "$so" --dump-ir "$d" 2>"$tmp/err"; then
		bad "$name: compile --target cuda:$sm: $(cat "$tmp/err")"; return
	fi
	ptx=$(ls "$d"/*-model.ptx 2>/dev/null | head -1)
	if [ -z "$ptx" ] || ! grep -q "^\.target $sm" "$ptx" || ! grep -q "\.entry vitc_k" "$ptx"; then
		bad "$name $sm: no PTX for $sm in $d"; return
	fi
	ok
	single=$(grep -c 'maxntid 1, 1, 1' "$ptx")
	echo "$name $sm: $(grep -c '\.entry' "$ptx") kernels ($single on one thread)," \
	     "$(wc -c <"$ptx") bytes of PTX; threads per block (kernels):" \
	     "$(grep -o 'maxntid [0-9]*' "$ptx" | cut -d' ' -f2 | sort -n | uniq -c |
	        awk '{ printf "%s%s(%s)", s, $2, $1; s = " " }')"
	# the default GPU schedules map every kernel of these ViTs to blocks and
	# threads (ShiftAdd models too: the MoE's route is a block-level scan)
	[ "$single" -eq 0 ] && ok || bad "$name $sm: $single kernels run on one thread"
	# the staged matmuls, softmax and layer_norm: shared memory and barriers in the PTX
	# (a quantized graph with none of them left, the stem integer too, has none)
	if grep -qE '"op":[[:space:]]*"(matmul|linear|softmax|layer_norm|conv2d|attention)"' "$json"; then
		grep -q '^\s*\.shared ' "$ptx" && grep -q 'bar\.sync' "$ptx" && ok ||
			bad "$name $sm: no shared-memory tiles or barriers in the PTX"
	else
		echo "$name $sm: no float matmul, softmax or layer_norm: no shared memory expected"
	fi
	grep -qaF ".target $sm" "$so" && ok || bad "$name $sm: the PTX is not in the .so"
	check_ptx "$ptx" "$sm" "$name"
	VITRT_LIBCUDA="$tmp/none/libcuda.so.1" "$V" run "$so" --input "$M.input.npy" >"$tmp/out" 2>"$tmp/err"; st=$?
	want="$so: no CUDA driver ($tmp/none/libcuda.so.1 not found)"
	if [ $st -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -qF "$want" "$tmp/err"; then
		ok
	else
		bad "$name $sm: vitc run: status $st (want 1), stderr: $(cat "$tmp/err")"
	fi
}

compile_cuda tiny32 "$M.json" sm_80
compile_cuda tiny32 "$M.json" sm_90

# without libdevice, exp/erf/tanh are the inline polynomials: PTX still assembles
VITC_LIBDEVICE= "$V" compile --target cuda:sm_80 "$M.json" -o "$tmp/poly.so" --dump-ir "$tmp/poly" \
	2>"$tmp/err" && ok || bad "compile without libdevice: $(cat "$tmp/err")"
pptx=$(ls "$tmp"/poly/*-model.ptx 2>/dev/null | head -1)
[ -n "$pptx" ] && ! grep -q "__nv_" "$pptx" && ok ||
	bad "no-libdevice PTX missing or calls __nv_*"
check_ptx "$pptx" sm_80 "tiny32(no libdevice)"

# the CPU model of the same graph still loads and runs right
"$V" run "$tmp/cpu.so" --input "$M.input.npy" --expect "$M.output.npy" >/dev/null 2>"$tmp/err" &&
	ok || bad "CPU model after the CUDA changes: $(cat "$tmp/err")"

# a tiny torchvision ViT, exported as tests/e2e.sh does
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
if "$PY" -c 'import torch, torchvision' 2>/dev/null; then
	if PYTHONPATH="$top_srcdir/python" "$PY" -m vitc export --image-size 32 --patch-size 8 \
	   --layers 2 --heads 4 --hidden-dim 64 --mlp-dim 128 --classes 5 --batch 2 \
	   -o "$tmp/vit" >"$tmp/out" 2>&1; then
		ok
		compile_cuda vit "$tmp/vit.json" sm_80
		compile_cuda vit "$tmp/vit.json" sm_90
		# ... quantized (PoT int8: qlinear, qattn_scores, qattn_pv in their
		# GPU forms, lower/qdot_gpu.c and lower/qattn_gpu.c): no kernel on
		# one thread, the PTX assembles without spills
		if "$PY" -c 'import numpy as np, sys
np.save(sys.argv[1], np.random.RandomState(1).randn(4, 3, 32, 32).astype(np.float32))' "$tmp/vcal.npy" &&
		   "$V" quantize "$tmp/vit.json" --calib "$tmp/vcal.npy" -o "$tmp/vq.json" >/dev/null 2>"$tmp/err"; then
			ok
			compile_cuda vq "$tmp/vq.json" sm_80
			compile_cuda vq "$tmp/vq.json" sm_90
		else
			bad "vq: quantize: $(cat "$tmp/err")"
		fi
	else
		bad "export of a tiny torchvision ViT:"; tail -5 "$tmp/out"
	fi
else
	echo "torch/torchvision not importable by $PY: the exported ViT is skipped"
fi

# ShiftAdd DeiTs (tiny; packed codes with popcount, shift linears, masked
# adds / lookup tables, the run-time routed MoE): PTX assembles, no spills
if "$PY" -c 'import torch' 2>/dev/null; then
	for attn in hamming linangular; do
		if PYTHONPATH="$top_srcdir/python" "$PY" -m vitc export --model shiftadd_deit_tiny \
		   --attn $attn --image-size 32 --patch-size 8 --layers 2 --heads 4 --hidden-dim 64 \
		   --mlp-dim 128 --classes 5 -o "$tmp/sa_$attn" >"$tmp/out" 2>&1; then
			ok
			compile_cuda "sa_$attn" "$tmp/sa_$attn.json" sm_80
			compile_cuda "sa_$attn" "$tmp/sa_$attn.json" sm_90
		else
			bad "export of a ShiftAdd DeiT ($attn): $(tail -1 "$tmp/out")"
		fi
	done
	# the Hamming one quantized (qmoe2_linear: int8 rows through the MoE's
	# dispatch, lower/moe.c): every MoE kernel mapped, none on one thread, the
	# PTX assembles
	j="$tmp/sa_hamming.json"; q="$tmp/sa_q.json"; d="$tmp/sa_q.sm_80.ir"
	if [ -f "$j" ] && "$PY" -c 'import numpy as np, sys
np.save(sys.argv[1], np.random.RandomState(0).randn(4, 3, 32, 32).astype(np.float32))' "$tmp/calib.npy" &&
	   "$V" quantize "$j" --calib "$tmp/calib.npy" -o "$q" >/dev/null 2>"$tmp/err" &&
	   "$V" compile --target cuda:sm_80 "$q" -o "$tmp/sa_q.so" --dump-ir "$d" 2>>"$tmp/err"; then
		ok
		um=$(moe_unmapped "$d/06-schedule.yaml")
		[ -z "$um" ] && ok || bad "sa_q: MoE kernels not mapped to blocks/threads:$um"
		single=$(grep -c 'maxntid 1, 1, 1' "$d"/*-model.ptx)
		[ "$single" -eq 0 ] && ok || bad "sa_q sm_80: $single kernels run on one thread"
		check_ptx "$(ls "$d"/*-model.ptx | head -1)" sm_80 sa_q
	else
		bad "sa_q: $(cat "$tmp/err")"
	fi
	# the LinAngular one quantized: its token convolution (qconv1d_tokens: one
	# output element a thread) and MatAdds with the L2 norm (qmatadd_l2norm)
	# integer, every kernel mapped, the PTX assembles
	j="$tmp/sa_linangular.json"; q="$tmp/sa_la_q.json"
	if [ -f "$j" ] && "$V" quantize "$j" --calib "$tmp/calib.npy" -o "$q" >/dev/null 2>"$tmp/err" &&
	   grep -q '"op":[[:space:]]*"qconv1d_tokens"' "$q" &&
	   grep -q '"op":[[:space:]]*"qmatadd_l2norm"' "$q"; then
		ok
		compile_cuda sa_la_q "$q" sm_80
		compile_cuda sa_la_q "$q" sm_90
	else
		bad "sa_la_q: $(cat "$tmp/err")"
	fi
	# a Hamming one with shift linears, quantized: qshift_linear's GPU form
	# (the plain int8 nest) maps, nothing on one thread
	if PYTHONPATH="$top_srcdir/python" "$PY" -m vitc export --model shiftadd_deit_tiny \
	   --attn hamming --mlp shift --attn-linear shift --image-size 32 --patch-size 8 \
	   --layers 2 --heads 4 --hidden-dim 64 --mlp-dim 128 --classes 5 \
	   -o "$tmp/sa_hs" >"$tmp/out" 2>&1 &&
	   "$V" quantize "$tmp/sa_hs.json" --calib "$tmp/calib.npy" -o "$tmp/sa_hs_q.json" \
	   >/dev/null 2>"$tmp/err" && grep -q '"op":[[:space:]]*"qshift_linear"' "$tmp/sa_hs_q.json"; then
		ok
		compile_cuda sa_hs_q "$tmp/sa_hs_q.json" sm_80
		compile_cuda sa_hs_q "$tmp/sa_hs_q.json" sm_90
	else
		bad "sa_hs_q: $(tail -1 "$tmp/out") $(cat "$tmp/err")"
	fi
fi

echo "cuda.sh: $pass passed, $fail failed"
[ $fail -eq 0 ]
