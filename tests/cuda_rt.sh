#!/bin/sh
# The CUDA runtime (runtime/cuda.c) without a GPU: libvitrt is pointed
# (VITRT_LIBCUDA) at tests/.libs/fake_libcuda.so, a stand-in driver that
# logs every call, keeps "device" memory in host memory and runs no
# kernels (tests/fake_libcuda.c).  Three models: the bundled one and a
# grid-strided matmul (tests/cuda_rt/gridstride.json) compiled for
# cuda:sm_80, and a hand-written one with launches the compiler does not
# emit yet (tests/fake_device_model.c).  Through the C API (tests/cuda_api)
# and `vitc run --device cuda` the driver calls must be exactly: load
# (init, device, primary context, module, one function per launch), the
# weights allocated and copied once, a stream and one device allocation
# per context, per run the inputs copied in, one launch per kernel with
# the launch table's grid, block, shared memory and parameter count, a
# synchronize, the outputs copied out; then everything freed.  Malformed
# launch tables are refused at load.  The launch shapes that --dump-ir
# writes (NN-launches.txt) are the ones launched.  Error paths (no driver, the wrong
# device, cuInit, module load, a launch, allocations, copies, an older
# GPU, every single call of a session failing in turn) must each give one
# line, a non-zero exit and leave nothing allocated.  Whether the kernels
# compute the right thing on a GPU is NOT tested here.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
V="$top_builddir/vitc"
API="$top_builddir/tests/cuda_api"
FAKE="$top_builddir/tests/.libs/fake_libcuda.so"
M="$top_srcdir/examples/model/vit_tiny32"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
LOG="$tmp/log"
CLEAN="exit allocs=0 modules=0 streams=0 ctxrefs=0"

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

if [ ! -f "$FAKE" ] || [ ! -x "$API" ]; then
	echo "$FAKE or $API not built: run make check"; exit 99
fi
unset FAKE_CUDA_FAIL FAKE_CUDA_FAIL_NTH FAKE_CUDA_RESULT FAKE_CUDA_CC VITRT_CUDA_DEVICE
export VITRT_LIBCUDA="$FAKE" FAKE_CUDA_LOG="$LOG"

SO="$tmp/m.so"
"$V" compile --target cuda:sm_80 "$M.json" -o "$SO" --dump-ir "$tmp/dump" 2>"$tmp/err" && ok ||
	{ bad "compile --target cuda:sm_80: $(cat "$tmp/err")"; echo "cuda_rt.sh: $pass passed, $fail failed"; exit 1; }
"$V" compile "$M.json" -o "$tmp/cpu.so" 2>"$tmp/err" && ok || bad "compile for the CPU: $(cat "$tmp/err")"

# sequence WHAT SO BATCH: 2 runs at BATCH through the C API log exactly the
# calls the launch table calls for (tests/cuda_api prints it, computing the
# grids itself); leaves the table in $tmp/table
sequence() {
	what=$1; so=$2; batch=$3
	rm -f "$LOG"
	if "$API" "$so" cuda "$batch" 2 >"$tmp/table" 2>"$tmp/err" && tail -1 "$tmp/table" | grep -qx ok; then
		ok
	else
		bad "$what: C API run: $(cat "$tmp/err")"
	fi
	awk -v clean="$CLEAN" -v batch="$batch" '
		$1 == "weights" { w = $2 }
		$1 == "launch" { n++; name[n] = $2; geo[n] = $3 " " $4 " " $5; p = $6; sub(/params=/, "", p); np[n] = p }
		$1 == "input" { ni++; inb[ni] = $3 }
		$1 == "output" { no++; outb[no] = $3 }
		END {
			print "cuInit 0"; print "cuDeviceGet 0"; print "cuDevicePrimaryCtxRetain 0"
			print "cuModuleLoadData *"
			# every function is looked up at load, launched at this batch or not
			print "cuModuleGetFunction *"
			if (w > 0) { print "cuMemAlloc_v2 " w; print "cuMemcpyHtoD_v2 " w }
			print "cuStreamCreate 0"; print "cuMemAlloc_v2 *"
			for (r = 0; r < 2; r++) {
				for (i = 1; i <= ni; i++) print "cuMemcpyHtoD_v2 " inb[i]
				for (i = 1; i <= n; i++)
					print "cuLaunchKernel " name[i] " " geo[i] " params=" np[i] "/" np[i] " batch=" batch " ptrs=ok"
				print "cuStreamSynchronize"
				for (i = 1; i <= no; i++) print "cuMemcpyDtoH_v2 " outb[i]
			}
			print "cuMemFree_v2 *"; print "cuStreamDestroy"
			if (w > 0) print "cuMemFree_v2 " w
			print "cuModuleUnload"; print "cuDevicePrimaryCtxRelease 0"; print clean
		}' "$tmp/table" >"$tmp/want"
	# the context's allocation, the module's bytes and the lookups (listed
	# below) are "*"
	w=$(awk '$1 == "weights" { print $2 }' "$tmp/table")
	awk -v w="$w" '
		/^cuModuleLoadData / { print "cuModuleLoadData *"; next }
		/^cuModuleGetFunction / { if (!seen++) print "cuModuleGetFunction *"; next }
		/^cuMemAlloc_v2 / && $2 != w { print "cuMemAlloc_v2 *"; next }
		/^cuMemFree_v2 / && $2 != w { print "cuMemFree_v2 *"; next }
		{ print }' "$LOG" >"$tmp/got"
	if cmp -s "$tmp/want" "$tmp/got"; then
		ok
	else
		bad "$what: the call sequence differs from the launch table:"; diff "$tmp/want" "$tmp/got" | head -20
	fi
	grep -q "ptrs=BAD\|OUT-OF-BOUNDS" "$LOG" && bad "$what: a bad pointer or copy reached the driver" || ok
	echo "$what: batch $batch, $(grep -c '^launch ' "$tmp/table") launches per run," \
	     "$w bytes of weights, $(wc -l <"$LOG") driver calls"
}

# launches_at DUMP N: the launch table that --dump-ir wrote (NN-launches.txt)
# evaluated at batch N, as tests/cuda_api prints it (a grid of [items] is
# ceil(items / block) blocks, [?] 1024; no items: not launched)
launches_at() {
	awk -v N="$2" '
		/^#/ { next }
		{
			sub(/^block=/, "", $4); split($4, b, ","); sub(/^grid=/, "", $5); nd = split($5, g, ",")
			out = ""; skip = 0
			for (d = 1; d <= nd; d++) {
				v = g[d]
				if (v ~ /^\[/) {
					if (v == "[?]") v = 1024
					else {
						gsub(/[][()]/, "", v); div = 1
						if (split(v, q, "/") == 2) { v = q[1]; div = q[2] }
						sub(/\*N\+/, " ", v); split(v, t, " "); items = int((t[1] * N + t[2]) / div)
						if (items <= 0) skip = 1
						v = int((items + b[d] - 1) / b[d])
					}
				}
				out = out (d > 1 ? "," : "") v
			}
			if (!skip) print "launch " $2 " grid=" out " block=" $4 " " $6 " " $7
		}' "$(ls "$1"/*-launches.txt)"
}
sequence tiny32 "$SO" 2
# --dump-ir's launch shapes are the ones the runtime launches
launches_at "$tmp/dump" 2 >"$tmp/dumped"
grep '^launch ' "$tmp/table" >"$tmp/launched"
[ -s "$tmp/dumped" ] && cmp -s "$tmp/dumped" "$tmp/launched" && ok ||
	{ bad "tiny32: the dumped launch shapes at batch 2 are not the launched ones:"; diff "$tmp/dumped" "$tmp/launched" | head; }
nl=$(grep -c '^launch ' "$tmp/table")
[ "$nl" -gt 0 ] && ok || bad "the launch table is empty"
[ "$(grep -c '^cuModuleGetFunction' "$LOG")" -eq "$nl" ] && ok || bad "tiny32: not one lookup per launch"
wb=$(awk '$1 == "weights" { print $2 }' "$tmp/table")
# a matmul with no batch and a relu over (N, 8), no weights: mapped to
# blocks and threads by the default GPU schedules (sched/gpu.c): the
# matmul staged in shared memory (sched/gpu_stage.c), its 256 x 32 output
# in 4 x 1 tiles of 64 x 64 on blockIdx.y/x, 16 x 16 threads, the
# relu's batch on blockIdx.x (a grid computed from N) and its 8 columns
# on threadIdx.x
"$V" compile --target cuda:sm_80 "$top_srcdir/tests/cuda_rt/gridstride.json" -o "$tmp/gs.so" \
	--dump-ir "$tmp/gsdump" 2>"$tmp/err" && ok || bad "compile gridstride.json: $(cat "$tmp/err")"
sequence gridstride "$tmp/gs.so" 3
launches_at "$tmp/gsdump" 3 >"$tmp/dumped"
grep '^launch ' "$tmp/table" >"$tmp/launched"
[ -s "$tmp/dumped" ] && cmp -s "$tmp/dumped" "$tmp/launched" && ok ||
	{ bad "gridstride: the dumped launch shapes at batch 3 are not the launched ones:"; diff "$tmp/dumped" "$tmp/launched" | head; }
grep -q "^launch vitc_k0 grid=1,4,1 block=16,16,1 " "$tmp/table" && ok ||
	bad "gridstride.json: the matmul is not staged in 4 x 1 tiles: $(grep vitc_k0 "$tmp/table")"
grep -q "^launch vitc_k1 grid=3,1,1 block=8,1,1 " "$tmp/table" && ok ||
	bad "gridstride.json at batch 3: the relu is not mapped 3 x 8: $(grep vitc_k1 "$tmp/table")"
sequence gridstride "$tmp/gs.so" 5
grep -q "^launch vitc_k1 grid=5,1,1 block=8,1,1 " "$tmp/table" && ok ||
	bad "gridstride.json at batch 5: the relu's grid does not follow N: $(grep vitc_k1 "$tmp/table")"
# launches the compiler does not emit yet: batch-dependent and runtime-picked
# grids, a kernel with no work at batch 3 (skipped), 2-D blocks, shared memory
cp "$top_builddir/tests/.libs/fake_device.so" "$tmp/fd.so" && "$top_builddir/tests/seal" "$tmp/fd.so" ||
	bad "cannot seal fake_device.so"
sequence fake_device "$tmp/fd.so" 3
grep -q "^launch vitc_k1 grid=24,1,1 block=128,1,1 " "$tmp/table" && grep -q "^launch vitc_k2 grid=1024,1,1 " "$tmp/table" &&
	! grep -q "^launch vitc_k3 " "$tmp/table" && grep -q "^launch vitc_k4 grid=2,3,1 block=32,2,1 shared=128 " "$tmp/table" &&
	ok || bad "fake_device at batch 3: $(cat "$tmp/table")"
sequence fake_device "$tmp/fd.so" 1
grep -q "^launch vitc_k3 grid=1,1,1 block=64,1,1 " "$tmp/table" && ok || bad "fake_device at batch 1: vitc_k3 not launched"
# its tables broken in 8 ways: refused at load with one line, the driver untouched
for k in 1 2 3 4 5 6 7 8; do
	rm -f "$LOG"
	FAKE_DEVICE_BAD=$k "$API" "$tmp/fd.so" cuda 1 1 >/dev/null 2>"$tmp/err"; st=$?
	if [ $st -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^load: .*$tmp/fd.so: " "$tmp/err" && [ ! -f "$LOG" ]; then
		ok
	else
		bad "fake_device broken in way $k: status $st, $(cat "$tmp/err")"
	fi
done

# two contexts on one model: the weights still go over once
rm -f "$LOG"
"$API" "$SO" cuda:0 1 2 2 >/dev/null 2>"$tmp/err" || bad "two contexts: $(cat "$tmp/err")"
[ "$(grep -c "^cuMemcpyHtoD_v2 $wb\$" "$LOG")" -eq 1 ] && [ "$(grep -c '^cuStreamCreate' "$LOG")" -eq 2 ] &&
	[ "$(tail -1 "$LOG")" = "$CLEAN" ] && ok || bad "two contexts: weights copied $(grep -c "^cuMemcpyHtoD_v2 $wb\$" "$LOG") times, $(tail -1 "$LOG")"

# a larger batch grows the device memory once; batch 1 after it reuses it
rm -f "$LOG"
"$API" "$SO" cuda 4 1 >/dev/null 2>&1 && grep -q "batch=4 ptrs=ok" "$LOG" && ok || bad "batch 4: $(tail -3 "$LOG")"

# ---- vitc run --device cuda: the same calls; the (never computed) output is printed ----
rm -f "$LOG"
if "$V" run --device cuda "$SO" --input "$M.input.npy" >"$tmp/out" 2>"$tmp/err" &&
   grep -q "^heads.head: f32\[1,10\]" "$tmp/out"; then
	ok
else
	bad "vitc run --device cuda: $(cat "$tmp/err")"
fi
[ "$(grep -c '^cuLaunchKernel .* batch=1 ptrs=ok$' "$LOG")" -eq "$nl" ] && [ "$(tail -1 "$LOG")" = "$CLEAN" ] &&
	ok || bad "vitc run: $(grep -c '^cuLaunchKernel' "$LOG") launches (want $nl), $(tail -1 "$LOG")"
# the default device is what the .so is
rm -f "$LOG"
"$V" run "$SO" --input "$M.input.npy" >/dev/null 2>"$tmp/err" && grep -q '^cuLaunchKernel' "$LOG" && ok ||
	bad "vitc run without --device: $(cat "$tmp/err")"
# --profile times every kernel (a synchronize after each launch)
rm -f "$LOG"
"$V" run --profile "$SO" --input "$M.input.npy" >"$tmp/out" 2>"$tmp/err" &&
	grep -q "^profile: $nl kernels" "$tmp/out" &&
	[ "$(grep -c '^cuStreamSynchronize' "$LOG")" -eq $((nl + 1)) ] && ok ||
	bad "vitc run --profile: $(cat "$tmp/err") $(head -1 "$tmp/out")"

# one_line WHAT WANT STATUS: the last command's status was STATUS (non-zero), its
# stderr ($tmp/err) is one line containing WANT, and the driver log ends clean
one_line() {
	what=$1; want=$2; st=$3
	if [ "$st" -ne 0 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -qF -- "$want" "$tmp/err"; then
		ok
	else
		bad "$what: status $st, stderr: $(cat "$tmp/err") (want: $want)"
	fi
	if [ -f "$LOG" ] && [ "$(tail -1 "$LOG")" != "$CLEAN" ]; then
		bad "$what: leaves $(tail -1 "$LOG")"
	fi
}

# ---- the wrong device, no driver ----
rm -f "$LOG"
"$V" run --device cpu "$SO" --input "$M.input.npy" >/dev/null 2>"$tmp/err"
one_line "--device cpu on a CUDA model" "$SO: a CUDA model (sm_80) cannot run on the CPU; compile it with --target cpu" $?
[ ! -f "$LOG" ] && ok || bad "--device cpu touched the driver"
"$V" run --device cuda "$tmp/cpu.so" --input "$M.input.npy" >/dev/null 2>"$tmp/err"
one_line "--device cuda on a CPU model" "$tmp/cpu.so: a CPU model (x86_64) cannot run on CUDA; compile it with --target cuda:sm_XX" $?
"$V" run --device gpu "$SO" --input "$M.input.npy" >/dev/null 2>"$tmp/err"; st=$?
[ $st -eq 2 ] && grep -q "device must be cpu, cuda or cuda:N" "$tmp/err" && ok || bad "--device gpu: status $st"
"$V" run --device cpu "$tmp/cpu.so" --input "$M.input.npy" --expect "$M.output.npy" >/dev/null 2>"$tmp/err" &&
	ok || bad "--device cpu on the CPU model: $(cat "$tmp/err")"
VITRT_LIBCUDA="$tmp/none/libcuda.so.1" "$V" run "$SO" --input "$M.input.npy" >/dev/null 2>"$tmp/err"
one_line "no driver" "$SO: no CUDA driver ($tmp/none/libcuda.so.1 not found)" $?
VITRT_LIBCUDA="$tmp/none/libcuda.so.1" "$API" "$SO" auto 1 1 >/dev/null 2>"$tmp/err"
one_line "no driver (C API)" "load: unsupported target or CPU: $SO: no CUDA driver ($tmp/none/libcuda.so.1 not found)" $?
if ! ls /usr/lib*/libcuda.so.1 /usr/lib/*/libcuda.so.1 /usr/local/cuda/compat/libcuda.so.1 >/dev/null 2>&1 &&
   ! ldconfig -p 2>/dev/null | grep -q 'libcuda\.so\.1'; then
	VITRT_LIBCUDA= "$V" run "$SO" --input "$M.input.npy" >/dev/null 2>"$tmp/err"
	one_line "no driver (default name)" "$SO: no CUDA driver (libcuda.so.1 not found)" $?
fi

# ---- driver failures: one line naming the call and the driver's message, nothing left ----
# fails SPEC WANT [DEVICE]: FAKE_CUDA_FAIL=SPEC through the C API and vitc run
fails() {
	rm -f "$LOG"
	FAKE_CUDA_FAIL=$1 "$API" "$SO" "${3:-cuda}" 2 2 >/dev/null 2>"$tmp/err"
	one_line "C API, $1 failing" "$2" $?
	rm -f "$LOG"
	FAKE_CUDA_FAIL=$1 "$V" run --device "${3:-cuda}" "$SO" --input "$M.input.npy" >/dev/null 2>"$tmp/err"
	one_line "vitc run, $1 failing" "vitc run: $SO: $2" $?
}
fails cuInit "CUDA cuInit failed: no CUDA-capable device is detected (CUDA_ERROR_NO_DEVICE)"
fails cuModuleLoadData "CUDA cuModuleLoadData sm_80 failed: a PTX JIT compilation failed (CUDA_ERROR_INVALID_PTX)"
fails cuModuleGetFunction#3 "CUDA cuModuleGetFunction vitc_k2 failed: named symbol not found (CUDA_ERROR_NOT_FOUND)"
fails cuLaunchKernel#3 "CUDA cuLaunchKernel vitc_k2 (kernel 2 '"
fails cuLaunchKernel "CUDA cuLaunchKernel vitc_k0 (kernel 0 'conv_proj.im2col') failed: unspecified launch failure (CUDA_ERROR_LAUNCH_FAILED)"
fails cuMemAlloc_v2 "CUDA cuMemAlloc (weights) failed: out of memory (CUDA_ERROR_OUT_OF_MEMORY)"
fails cuMemAlloc_v2#2 "CUDA cuMemAlloc (workspace, inputs, outputs) failed: out of memory (CUDA_ERROR_OUT_OF_MEMORY)"
fails cuMemcpyHtoD_v2#2 "CUDA cuMemcpyHtoD (input 'x') failed: unknown error (CUDA_ERROR_UNKNOWN)"
fails cuMemcpyDtoH_v2 "CUDA cuMemcpyDtoH (output 'heads.head') failed: unknown error"
fails cuStreamCreate "CUDA cuStreamCreate failed: unknown error"
fails cuStreamSynchronize "CUDA cuStreamSynchronize failed: unknown error"
fails cuDevicePrimaryCtxRetain "CUDA cuDevicePrimaryCtxRetain (device 0) failed: unknown error"
rm -f "$LOG"
FAKE_CUDA_FAIL=cuLaunchKernel FAKE_CUDA_RESULT=4242 "$API" "$SO" cuda 1 1 >/dev/null 2>"$tmp/err"
one_line "an error code the driver has no text for" "CUDA cuLaunchKernel vitc_k0 (kernel 0 " $?
grep -q "failed: unknown error (CUDA error 4242)" "$tmp/err" && ok || bad "error 4242: $(cat "$tmp/err")"
rm -f "$LOG"
"$API" "$SO" cuda:3 1 1 >/dev/null 2>"$tmp/err"
one_line "device 3 of 1" "CUDA cuDeviceGet (device 3) failed: invalid device ordinal (CUDA_ERROR_INVALID_DEVICE)" $?
rm -f "$LOG"
VITRT_CUDA_DEVICE=x "$API" "$SO" cuda 1 1 >/dev/null 2>"$tmp/err"
one_line "a bad VITRT_CUDA_DEVICE" "bad CUDA device number 'x' in \$VITRT_CUDA_DEVICE" $?
for d in gpu cuda: cuda:x cuda:-1 CUDA; do
	rm -f "$LOG"
	"$API" "$SO" "$d" 1 1 >/dev/null 2>"$tmp/err"; st=$?
	[ $st -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^load: bad argument: \(unknown device\|bad CUDA device number\)" "$tmp/err" &&
		[ ! -f "$LOG" ] && ok || bad "vitrt_model_load_device(\"$d\"): status $st, $(cat "$tmp/err")"
done
"$API" "$tmp/cpu.so" cpu 1 1 >/dev/null 2>"$tmp/err" && ok || bad "a CPU model with device \"cpu\": $(cat "$tmp/err")"
rm -f "$LOG"
FAKE_CUDA_CC=75 "$API" "$SO" cuda 1 1 >/dev/null 2>"$tmp/err"
one_line "an sm_75 GPU" "$SO: built for sm_80; CUDA device 0 is sm_75" $?

# every call failing in turn (the N-th call of a run with 2 contexts x 2 runs)
rm -f "$LOG"
"$API" "$SO" cuda 2 2 2 >/dev/null 2>&1
total=$(grep -cv '^cuMemFree\|^cuStreamDestroy\|^cuModuleUnload\|^cuDevicePrimaryCtxRelease\|^exit' "$LOG")
nfail=0
n=1
while [ $n -le "$total" ]; do
	rm -f "$LOG"
	FAKE_CUDA_FAIL_NTH=$n "$API" "$SO" cuda 2 2 2 >/dev/null 2>"$tmp/err"; st=$?
	if [ $st -ne 1 ] || [ "$(wc -l <"$tmp/err")" -ne 1 ] || ! grep -q "CUDA cu.* failed: " "$tmp/err" ||
	   [ "$(tail -1 "$LOG")" != "$CLEAN" ]; then
		nfail=$((nfail + 1))
		[ $nfail -le 3 ] && echo "call $n failing: status $st, $(cat "$tmp/err"), $(tail -1 "$LOG")"
	fi
	n=$((n + 1))
done
[ $nfail -eq 0 ] && [ "$total" -gt 20 ] && ok || bad "$nfail of $total calls failing in turn misbehaved"
echo "each of the $total driver calls of a 2-context, 2-run session failed in turn: one line, nothing left"

echo "cuda_rt.sh: $pass passed, $fail failed (no kernel ran on a GPU)"
[ $fail -eq 0 ]
