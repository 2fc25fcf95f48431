#!/bin/sh
# The vitc command line: help, version, usage errors (exit 2), and the
# one-line error contract of inspect on files that are not models.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
V="$top_builddir/vitc"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# expect STATUS LINES-ON-STDERR(-1 = any) SUBSTRING -- command...
expect() {
	st=$1; nl=$2; sub=$3; shift 4
	"$@" >"$tmp/out" 2>"$tmp/err"; got=$?
	lines=$(wc -l <"$tmp/err")
	ok=1
	[ "$got" -eq "$st" ] || ok=0
	[ "$nl" -lt 0 ] || [ "$lines" -eq "$nl" ] || ok=0
	[ -z "$sub" ] || grep -qF -- "$sub" "$tmp/out" "$tmp/err" || ok=0
	if [ $ok = 1 ]; then pass=$((pass + 1)); else
		fail=$((fail + 1)); echo "FAIL: $* -> status $got (want $st), stderr lines $lines:"; cat "$tmp/err"; fi
}

expect 0 0 "usage: vitc" -- "$V" --help
expect 0 0 "vitc 0." -- "$V" --version
expect 2 1 "missing command" -- "$V"
expect 2 1 "unknown command 'frobnicate'" -- "$V" frobnicate
expect 2 1 "unknown option '--frob'" -- "$V" --frob
expect 2 1 "unknown option '--bogus'" -- "$V" inspect --bogus x.json
expect 2 1 "missing MODEL.json" -- "$V" inspect

# ---- the one option parser (compiler/options.c): every form, every error ----
"$V" compile --foo m.json 2>"$tmp/err"; st=$?
[ $st -eq 2 ] && [ "$(cat "$tmp/err")" = "vitc compile: unknown option '--foo' (see vitc compile --help)" ] &&
	pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: unknown option line: $(cat "$tmp/err") (status $st)"; }
expect 2 1 "vitc run: unknown option '-x' (see vitc run --help)" -- "$V" run m.so -x
expect 2 1 "vitc tune: unknown option '--frob' (see vitc tune --help)" -- "$V" tune m.json --records r --frob
expect 2 1 "more than one MODEL.json ('a.json', 'b.json')" -- "$V" inspect a.json b.json
expect 2 1 "option '--print-ir' takes no value" -- "$V" inspect m.json --print-ir=1
expect 1 1 "no-such.safetensors" -- "$V" inspect "$top_srcdir/examples/model/vit_tiny32.json" --weights="$tmp/no-such.safetensors"
expect 1 1 "no-such.safetensors" -- "$V" inspect "$top_srcdir/examples/model/vit_tiny32.json" --weights "$tmp/no-such.safetensors"
expect 2 1 "-O: bad number '4' (want an integer from 0 to 3)" -- "$V" compile m.json -O4
expect 2 1 "option '-O' needs a value (-O0..3)" -- "$V" compile m.json -O
expect 2 1 "option '-mcpu' needs a value (-mcpu=CPU)" -- "$V" compile m.json -mcpu
expect 2 1 "option '-mattr' needs a value (-mattr=FEATURES)" -- "$V" compile m.json -mattr=
expect 2 1 "unknown --shift-linear value 'x' (expected mlp, attn or all)" -- "$V" inspect m.json --shift-linear x
expect 2 1 "--threads: bad number '1.5' (want an integer from 1 to 1024)" -- "$V" compile m.json --threads=1.5
expect 2 1 "--time-budget: bad number '-1' (want 0 or more)" -- "$V" tune m.json --records r --time-budget -1
expect 2 1 "--trials (per task) and --trials-total exclude each other" -- "$V" tune m.json --records r --trials 2 --trials-total 4
expect 2 1 "-j: bad number '0'" -- "$V" tune m.json --records r -j 0
expect 2 1 "missing --records FILE" -- "$V" tune m.json
# "--" ends the options: "-x.json" is the model's name
expect 1 1 "cannot open" -- "$V" inspect -- "$tmp/-x.json"
# help and parser come from one table: every option the help lists is known to the parser
for cmd in inspect compile run tune; do
	"$V" "$cmd" --help >"$tmp/help" || { fail=$((fail + 1)); echo "FAIL: vitc $cmd --help"; }
	grep -q "^usage: vitc $cmd " "$tmp/help" || { fail=$((fail + 1)); echo "FAIL: vitc $cmd --help has no usage line"; }
	n=0
	for opt in $(grep -oE '^  (-[a-zA-Z], )?-{1,2}[a-z][a-z-]*=?' "$tmp/help" | sed 's/.*, //; s/^ *//'); do
		[ "$opt" = "--help" ] && continue
		n=$((n + 1))
		"$V" "$cmd" "$opt" >/dev/null 2>"$tmp/err"
		if grep -q "unknown option" "$tmp/err"; then
			fail=$((fail + 1)); echo "FAIL: vitc $cmd --help lists $opt, the parser does not know it"
		fi
	done
	[ "$n" -ge 3 ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: vitc $cmd --help lists $n options"; }
done
# `vitc help --all`: every command's full help as one text (the man page's source)
expect 0 0 "usage: vitc tune MODEL.json --records FILE [--trials N]" -- "$V" help --all
for cmd in inspect compile run tune; do
	grep -q "^vitc $cmd - " "$tmp/out" && grep -q "^usage: vitc $cmd " "$tmp/out" &&
		pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: vitc help --all lacks $cmd"; }
done
expect 0 0 "  -j, --jobs N" -- "$V" help compile
expect 2 1 "unknown command 'frob'" -- "$V" help frob
expect 2 1 "option '--weights' needs a value (--weights FILE)" -- "$V" inspect m.json --weights
expect 1 1 "cannot open" -- "$V" inspect "$tmp/nonexistent.json"
printf 'hello' >"$tmp/notjson.json"
expect 1 1 "notjson.json" -- "$V" inspect "$tmp/notjson.json"
expect 2 1 "unknown option '--frob'" -- "$V" compile --frob m.json
expect 2 1 "missing MODEL.json" -- "$V" compile
expect 2 1 "unknown target 'tpu'" -- "$V" compile m.json --target tpu
expect 2 1 "unknown stage 'bogus'" -- "$V" compile m.json --print-after bogus
expect 1 1 "cannot open" -- "$V" compile "$tmp/nonexistent.json" -o "$tmp/x.so"
[ ! -e "$tmp/x.so" ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: failed compile left $tmp/x.so"; }

# a device or FIFO as -o is refused, never replaced
mkfifo "$tmp/fifo"
expect 1 1 "not a regular file" -- "$V" compile "$top_srcdir/examples/model/vit_tiny32.json" -o "$tmp/fifo"
[ -p "$tmp/fifo" ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: fifo replaced"; }

# the bundled example compiles, runs, matches PyTorch's output; --expect fails on a wrong reference
M="$top_srcdir/examples/model/vit_tiny32"
expect 0 0 "" -- "$V" compile "$M.json" -o "$tmp/m.so"
expect 0 0 ": ok" -- "$V" run "$tmp/m.so" --input "$M.input.npy" --expect "$M.output.npy"
expect 0 0 "profile: 30 kernels" -- "$V" run "$tmp/m.so" --input "$M.input.npy" --profile --repeat 3
# byte-identical output for identical input
expect 0 0 "" -- "$V" compile "$M.json" -o "$tmp/m2.so"
cmp -s "$tmp/m.so" "$tmp/m2.so" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: two compiles differ"; }
# --kernel-map writes the map (30 kernels, in run() order) and leaves the .so as it is
expect 0 0 "" -- "$V" compile "$M.json" -o "$tmp/m3.so" --kernel-map "$tmp/m3.map.json"
cmp -s "$tmp/m.so" "$tmp/m3.so" && grep -q '"n_kernels": 30,' "$tmp/m3.map.json" &&
	grep -q '"name": "heads.head", "node": "heads.head", "op": "linear", "writes": \[' "$tmp/m3.map.json" &&
	pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: --kernel-map: $(head -c 300 "$tmp/m3.map.json")"; }
expect 1 1 "cannot write the kernel map" -- "$V" compile "$M.json" -o "$tmp/m4.so" --kernel-map "$tmp/no/such/dir.json"
# parallel scheduling and code generation: the output does not depend on the thread count
expect 0 0 "" -- "$V" compile "$M.json" -o "$tmp/j1.so" -j1
expect 0 0 "" -- "$V" compile "$M.json" -o "$tmp/j2.so" -j 2
expect 0 0 "" -- "$V" compile "$M.json" -o "$tmp/j7.so" --jobs=7
{ cmp -s "$tmp/m.so" "$tmp/j1.so" && cmp -s "$tmp/j1.so" "$tmp/j2.so" && cmp -s "$tmp/j1.so" "$tmp/j7.so"; } &&
	pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: -j1, -j2, -j7 and the default give different outputs"; }
expect 2 1 "-j: bad number '0' (want an integer from 1 to 256)" -- "$V" compile "$M.json" -j0
expect 2 1 "--jobs: bad number 'x' (want an integer from 1 to 256)" -- "$V" compile "$M.json" --jobs x
expect 2 1 "option '-j' needs a value (-j N)" -- "$V" compile "$M.json" -j
# --time-report: every stage with wall and CPU seconds, and the slowest kernels;
# the same report lands in --dump-ir directories
"$V" compile "$M.json" -o "$tmp/m3.so" --time-report --dump-ir "$tmp/dump" 2>"$tmp/tr" >/dev/null
ok=1
for stage in "read + verify + shapes" "lower" "schedule + isl AST" "LLVM IR emission" \
	"LLVM optimize" "LLVM machine code" "write + link + seal" "total" \
	"schedule: primitives + checks" "schedule: isl AST" \
	"slowest kernels in scheduling + isl AST" "slowest kernels in LLVM optimize + codegen"; do
	grep -q "^ *$stage" "$tmp/tr" || { ok=0; echo "FAIL: --time-report lacks '$stage'"; }
done
grep -Eq '^  total +[0-9]+\.[0-9]{3} +[0-9]+\.[0-9]{3}$' "$tmp/tr" || { ok=0; echo "FAIL: --time-report total line"; }
cmp -s "$tmp/tr" "$tmp/dump/time-report.txt" || { ok=0; echo "FAIL: dump dir time-report.txt differs from stderr"; }
cmp -s "$tmp/m.so" "$tmp/m3.so" || { ok=0; echo "FAIL: --time-report/--dump-ir changed the output"; }
[ $ok = 1 ] && pass=$((pass + 1)) || fail=$((fail + 1))
# the weights are not LLVM constants: the module only declares vitc_weights, which
# the weights object defines (hidden, so it is local in the .so)
ok=1
grep -q '^@vitc_weights = external hidden constant i8, align 64$' "$tmp/dump/08-model.ll" || { ok=0; echo "FAIL: 08-model.ll does not declare vitc_weights"; }
! grep -q '^@vitc_w[0-9]' "$tmp/dump/08-model.ll" || { ok=0; echo "FAIL: weight constants in 08-model.ll"; }
if command -v readelf >/dev/null; then
	readelf -sW "$tmp/m.so" | grep -Eq ' LOCAL +(DEFAULT|HIDDEN) +[0-9]+ vitc_weights$' || { ok=0; echo "FAIL: vitc_weights not a local symbol of the .so"; }
fi
[ $ok = 1 ] && pass=$((pass + 1)) || fail=$((fail + 1))
# the link: lld run directly when configure found it (the .so needs libc and
# nothing of the C driver's start files), the C driver when $VITC_LINK_CC
# says so; both models compute the same output
if grep -q '^#define VITC_LINK_LLD "/' "$top_builddir/config.h" 2>/dev/null; then
	! nm "$tmp/m.so" 2>/dev/null | grep -q ' __dso_handle$' && pass=$((pass + 1)) ||
		{ fail=$((fail + 1)); echo "FAIL: the default link ran the C driver (crtbeginS.o's __dso_handle)"; }
fi
expect 0 0 "" -- env VITC_LINK_CC=cc "$V" compile "$M.json" -o "$tmp/cc.so"
nm "$tmp/cc.so" 2>/dev/null | grep -q ' __dso_handle$' && pass=$((pass + 1)) ||
	{ fail=$((fail + 1)); echo "FAIL: VITC_LINK_CC=cc did not link with the C driver"; }
expect 0 0 "" -- "$V" run "$tmp/cc.so" --input "$M.input.npy" -o "$tmp/cc.npy"
expect 0 0 "" -- "$V" run "$tmp/m.so" --input "$M.input.npy" -o "$tmp/lld.npy"
cmp -s "$tmp/cc.npy" "$tmp/lld.npy" && pass=$((pass + 1)) ||
	{ fail=$((fail + 1)); echo "FAIL: the C driver's and lld's models compute different outputs"; }
expect 1 1 "differs from" -- "$V" run "$tmp/m.so" --input "$M.input.npy" --expect "$M.output.npy" --tolerance 0
expect 1 1 "does not match output" -- "$V" run "$tmp/m.so" --input "$M.input.npy" --expect "$M.input.npy"
expect 2 1 "--tolerance: bad number" -- "$V" run "$tmp/m.so" --input "$M.input.npy" --tolerance abc
expect 0 -1 "top-5" -- "$top_builddir/examples/classify" "$tmp/m.so" "$M.input.npy"
# a model built for CPU features this machine lacks is refused at load time
for pair in avx512fp16:avx512_fp16 avxvnni:avx_vnni avx512bf16:avx512_bf16 avx512vbmi2:avx512_vbmi2 avx512f:avx512f; do
	feat=${pair%%:*}; flag=${pair#*:}
	if ! grep -qw "$flag" /proc/cpuinfo 2>/dev/null; then
		expect 0 0 "" -- "$V" compile "$M.json" -o "$tmp/foreign.so" -mattr=+$feat
		expect 1 1 "$feat" -- "$V" run "$tmp/foreign.so" --input "$M.input.npy"
		break
	fi
done
# a file that is not a vitc model
expect 1 1 "not a vitc model" -- "$V" run "$top_builddir/.libs/libvitrt.so" --input "$M.input.npy"
# --shift-linear: usage errors, accounting, a converted model compiles and runs
expect 2 1 "unknown --shift-linear value 'x'" -- "$V" compile "$M.json" --shift-linear=x
expect 0 0 "shift-linear: 8 linears converted" -- "$V" inspect "$M.json" --shift-linear=all
expect 0 0 "" -- "$V" compile "$M.json" --shift-linear=mlp -o "$tmp/shift.so"
expect 0 0 "heads.head" -- "$V" run "$tmp/shift.so" --input "$M.input.npy"
# --expose-decisions: each shift linear's Q16.16 input becomes an output after the model's
expect 0 0 "" -- "$V" compile "$M.json" --shift-linear=mlp --expose-decisions -o "$tmp/dec.so"
expect 0 0 "encoder.layers.encoder_layer_1.mlp.3.q16: i32[1,17,96]" -- \
	"$V" run "$tmp/dec.so" --input "$M.input.npy"
# a model whose weights file is missing: one line naming it, no output file
sed 's/"weights_file": "vit_tiny32.safetensors"/"weights_file": "missing.safetensors"/' "$M.json" >"$tmp/nw.json"
expect 1 1 "missing.safetensors" -- "$V" compile "$tmp/nw.json" -o "$tmp/nw.so"
[ ! -e "$tmp/nw.so" ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: left nw.so"; }

echo "# vitc: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
