#!/bin/sh
# probe.sh - bad input that cannot live as a static file in tests/malformed:
# FIFOs, devices and directories where a file is expected, truncations at
# several points (graph JSON, safetensors, .npy, MODEL.so), paths that lead
# out of the model's directory, output = input, a slice step near 2^63, and
# SIGTERM / SIGINT / SIGHUP while the .so is being linked.  Every command
# runs under a timeout: a hang is a failure.  Each refusal must be one line
# on stderr, exit status 1, and leave no file behind.
#
# Environment (set by `make check`): top_srcdir, top_builddir, PYTHON.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
V="$top_builddir/vitc"
M="$top_srcdir/examples/model/vit_tiny32"
PY=${PYTHON:-python3}
pass=0; fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vitc-probe.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# expect STATUS SUBSTRING -- command...: one line on stderr unless STATUS is 0.
expect() {
	st=$1; sub=$2; shift 3
	timeout 20 "$@" >"$tmp/out" 2>"$tmp/err"; got=$?
	lines=$(wc -l <"$tmp/err")
	if [ "$got" -eq 124 ]; then bad "$* hangs"; return; fi
	if [ "$got" -ne "$st" ] || { [ "$st" -ne 0 ] && [ "$lines" -ne 1 ]; } ||
	   { [ -n "$sub" ] && ! grep -qF -- "$sub" "$tmp/err" "$tmp/out"; }; then
		bad "$* -> status $got (want $st), stderr lines $lines, want '$sub':"
		sed 's/^/    /' "$tmp/err"
		return
	fi
	ok
}

# no_litter DIR: nothing but the listed names may remain in DIR.
no_litter() {
	dir=$1; shift
	extra=$(cd "$dir" && ls -A | grep -v -x -F "$(printf '%s\n' "$@")")
	[ -z "$extra" ] && ok || bad "left behind in $dir: $extra"
}

# ---- special files where a regular file is expected (issue 8, #1) ----
mkfifo "$tmp/fifo"
mkdir "$tmp/dir"
for f in "$tmp/fifo" "$tmp/dir" /dev/null /dev/zero; do
	expect 1 "not a regular file" -- "$V" inspect "$f"
	expect 1 "not a regular file" -- "$V" inspect "$M.json" --weights "$f"
	expect 1 "not a regular file" -- "$V" run "$f"
	expect 1 "not a regular file" -- "$V" compile "$f" -o "$tmp/x.so"
done
"$V" compile "$M.json" -o "$tmp/m.so" || bad "compile of the example failed"
expect 1 "not a regular file" -- "$V" run "$tmp/m.so" --input "$tmp/fifo"
expect 1 "not a regular file" -- "$V" run "$tmp/m.so" --input /dev/zero

# ---- truncations at several points ----
size() { wc -c <"$1" | tr -d ' '; }
cut_at() { head -c "$2" "$1" >"$3"; }
for frac in 1 10 50 90 99; do
	n=$(($(size "$M.json") * frac / 100))
	cut_at "$M.json" "$n" "$tmp/cut.json"
	expect 1 "cut.json" -- "$V" inspect "$tmp/cut.json" --weights "$M.safetensors"
	n=$(($(size "$M.safetensors") * frac / 100))
	cut_at "$M.safetensors" "$n" "$tmp/cut.safetensors"
	expect 1 "cut.safetensors" -- "$V" inspect "$M.json" --weights "$tmp/cut.safetensors"
	n=$(($(size "$M.input.npy") * frac / 100))
	cut_at "$M.input.npy" "$n" "$tmp/cut.npy"
	expect 1 "cut.npy" -- "$V" run "$tmp/m.so" --input "$tmp/cut.npy"
done
# a truncated MODEL.so is refused before dlopen, and no private copy is left (#2)
sodir="$tmp/sotmp"; mkdir "$sodir"
so_size=$(size "$tmp/m.so")
for n in 10 63 64 500 $((so_size / 4)) $((so_size / 2)) $((so_size - 4096)) $((so_size - 1)); do
	cut_at "$tmp/m.so" "$n" "$tmp/cut.so"
	expect 1 "cut.so:" -- env TMPDIR="$sodir" "$V" run "$tmp/cut.so" --input "$M.input.npy"
done
no_litter "$sodir"
# a foreign shared object is refused by the same checks, or for lacking the model symbol
for lib in /lib/x86_64-linux-gnu/libm.so.6 /lib/x86_64-linux-gnu/libz.so.1; do
	[ -f "$lib" ] && expect 1 "$(basename "$lib")" -- "$V" run "$lib" --input "$M.input.npy"
done

# ---- safetensors framing off by one either way (#3) ----
"$PY" - "$M.safetensors" "$tmp" <<'EOF'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
b = open(src, "rb").read()
n = struct.unpack("<Q", b[:8])[0]
for name, delta in (("minus1", -1), ("plus1", 1)):
    open("%s/hlen_%s.safetensors" % (out, name), "wb").write(struct.pack("<Q", n + delta) + b[8:])
open(out + "/trail.safetensors", "wb").write(b + b"\0")
EOF
expect 1 "hlen_minus1.safetensors:" -- "$V" inspect "$M.json" --weights "$tmp/hlen_minus1.safetensors"
expect 1 "hlen_plus1.safetensors:" -- "$V" inspect "$M.json" --weights "$tmp/hlen_plus1.safetensors"
expect 1 "but its tensors end at byte" -- "$V" inspect "$M.json" --weights "$tmp/trail.safetensors"

# ---- paths that leave the model's directory (#7) ----
mkdir -p "$tmp/models/sub"
cp "$M.safetensors" "$tmp/models/w.safetensors"
cp "$M.safetensors" "$tmp/models/sub/w.safetensors"
ln -s ../w.safetensors "$tmp/models/sub/up.safetensors"
ln -s w.safetensors "$tmp/models/sub/same.safetensors"
rewrite() { sed "s|\"weights_file\": *\"[^\"]*\"|\"weights_file\": \"$1\"|" "$M.json" >"$2"; }
rewrite ../w.safetensors "$tmp/models/sub/dotdot.json"
rewrite "$tmp/models/w.safetensors" "$tmp/models/sub/abs.json"
rewrite /etc/passwd "$tmp/models/sub/passwd.json"
rewrite up.safetensors "$tmp/models/sub/link.json"
rewrite same.safetensors "$tmp/models/sub/ok.json"
expect 1 "leaves the model's directory ('..')" -- "$V" inspect "$tmp/models/sub/dotdot.json"
expect 1 "is an absolute path" -- "$V" inspect "$tmp/models/sub/abs.json"
expect 1 "is an absolute path" -- "$V" compile "$tmp/models/sub/passwd.json" -o "$tmp/p.so"
expect 1 "leads out of the model's directory" -- "$V" inspect "$tmp/models/sub/link.json"
expect 0 "" -- "$V" inspect "$tmp/models/sub/ok.json"
expect 0 "" -- "$V" inspect "$tmp/models/sub/dotdot.json" --weights "$tmp/models/w.safetensors"
# a foreign file named explicitly is refused without echoing its bytes
expect 1 "passwd" -- "$V" inspect "$M.json" --weights /etc/passwd
grep -q -e root -e '[0-9]\{12,\}' "$tmp/err" && bad "error message echoes bytes of /etc/passwd" || ok

# ---- output = input (#10) ----
cp "$M.json" "$M.safetensors" "$tmp/dir/"
J="$tmp/dir/vit_tiny32.json"; W="$tmp/dir/vit_tiny32.safetensors"
sum0=$(cat "$J" "$W" | cksum)
expect 1 "is the same file as the input" -- "$V" compile "$J" -o "$J"
expect 1 "is the same file as the input" -- "$V" compile "$J" -o "$W"
ln -s vit_tiny32.json "$tmp/dir/alias.json"
expect 1 "is the same file as the input" -- "$V" compile "$J" -o "$tmp/dir/alias.json"
[ "$(cat "$J" "$W" | cksum)" = "$sum0" ] && ok || bad "compile -o INPUT changed the input"
no_litter "$tmp/dir" vit_tiny32.json vit_tiny32.safetensors alias.json
cp "$M.input.npy" "$tmp/dir/in.npy"; cp "$tmp/m.so" "$tmp/dir/m.so"
sum0=$(cat "$tmp/dir/in.npy" "$tmp/dir/m.so" | cksum)
expect 1 "is the same file as an input" -- "$V" run "$tmp/dir/m.so" --input "$tmp/dir/in.npy" -o "$tmp/dir/in.npy"
expect 1 "is the same file as an input" -- "$V" run "$tmp/dir/m.so" --input "$tmp/dir/in.npy" -o "$tmp/dir/m.so"
[ "$(cat "$tmp/dir/in.npy" "$tmp/dir/m.so" | cksum)" = "$sum0" ] && ok || bad "run -o INPUT changed an input"

# ---- zero-size dimensions and a huge slice step (#5, #6) ----
"$PY" - "$tmp" <<'EOF'
import json, sys
out = sys.argv[1]
def graph(name, in_shape, nodes, outputs, weights=()):
    g = {"format": "vitc-graph", "version": 1,
         "inputs": [{"name": "x", "dtype": "f32", "shape": in_shape}],
         "outputs": outputs, "weights": list(weights), "nodes": nodes}
    json.dump(g, open("%s/%s.json" % (out, name), "w"))
graph("zero_in", ["N", 0, 8], [{"name": "g", "op": "gelu", "inputs": ["x"], "outputs": ["y"]}], ["y"])
graph("empty_slice", ["N", 4, 8],
      [{"name": "s", "op": "slice", "inputs": ["x"], "outputs": ["y"],
        "attrs": {"axis": 1, "start": 3, "end": 1, "step": 1}}], ["y"])
graph("big_step", ["N", 4, 8],
      [{"name": "s", "op": "slice", "inputs": ["x"], "outputs": ["y"],
        "attrs": {"axis": 1, "start": 1, "end": 4, "step": 2 ** 62}}], ["y"])
EOF
expect 1 "input 'x' has shape [N,0,8]: vitc does not compile tensors with a zero-size dimension" -- \
	"$V" compile "$tmp/zero_in.json" -o "$tmp/z.so"
expect 1 "node 's' (slice): output shape [N,0,8] is empty" -- "$V" compile "$tmp/empty_slice.json" -o "$tmp/z.so"
[ ! -e "$tmp/z.so" ] && ok || bad "a refused compile wrote $tmp/z.so"
if "$PY" -c 'import numpy' 2>/dev/null; then
	"$PY" -c "import numpy as np; np.save('$tmp/x48.npy', np.arange(64, dtype=np.float32).reshape(2, 4, 8))"
	"$PY" -c "import numpy as np; np.save('$tmp/y48.npy', np.arange(64, dtype=np.float32).reshape(2, 4, 8)[:, 1:4:2**62])"
	expect 0 "" -- "$V" compile "$tmp/big_step.json" -o "$tmp/bs.so"
	expect 0 ": ok" -- "$V" run "$tmp/bs.so" --input "$tmp/x48.npy" --expect "$tmp/y48.npy" --tolerance 0
fi

# ---- signals while linking: no temporaries left (#11) ----
# A linker that waits, so the signal lands while it runs (long enough for a
# machine under heavy load: the signal ends the wait, so it costs nothing).
cat >"$tmp/slowcc" <<'EOF'
#!/bin/sh
sleep 30
exec cc "$@"
EOF
chmod +x "$tmp/slowcc"
mkdir "$tmp/sig"
for s in TERM INT HUP; do
	# sh ignores SIGINT in background jobs; python's default handlers restore it
	"$PY" -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])' \
		env VITC_LINK_CC="$tmp/slowcc" "$V" compile "$M.json" -o "$tmp/sig/out.so" &
	pid=$!
	i=0
	while [ $i -lt 600 ] && ! ls "$tmp/sig" | grep -q 'out.so.tmp.'; do sleep 0.1; i=$((i + 1)); done
	[ $i -lt 600 ] || bad "SIG$s: the link never started"
	kill -"$s" "$pid"
	wait "$pid"; st=$?
	[ "$st" -gt 128 ] && ok || bad "SIG$s: exit status $st, want death by signal"
	no_litter "$tmp/sig"
done

echo "probe.sh: $pass passed, $fail failed"
echo "# vitc: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
