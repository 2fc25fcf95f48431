#!/bin/sh
# The compile cache (backends/cache.c): a warm compile schedules and compiles
# no kernel and gives the same bytes as a cold one and as --no-cache; a
# changed weight needs no kernel recompiled; two compiles at once into an
# empty cache; damaged entries are misses; the size bound holds.  Every
# compile here uses a cache under $tmp, never the user's.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
V="$top_builddir/vitc"
M="$top_srcdir/examples/model/vit_tiny32"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
entries() { find "$1" -name '*.vco' | wc -l; }
bytes() { find "$1" -name '*.vco' -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
# compile CACHE_HOME OUT [ARGS...]: with --time-report into OUT.tr
compile() {
	c=$1; out=$2; shift 2
	XDG_CACHE_HOME="$c" "$V" compile "$M.json" -o "$out" --time-report "$@" 2>"$out.tr" >/dev/null
}
# the number of kernels scheduled, from the time report (0 when none)
scheduled() { sed -n 's/^slowest kernels in scheduling + isl AST (\([0-9]*\) kernels.*/\1/p' "$1.tr" | grep . || echo 0; }

# cold, then warm: same bytes; the warm one schedules and compiles nothing
compile "$tmp/c1" "$tmp/cold.so" || bad "cold compile"
n=$(entries "$tmp/c1/vitc")
[ "$n" -gt 5 ] && ok || bad "cold compile stored $n entries"
[ "$(scheduled "$tmp/cold.so")" -gt 0 ] && ok || bad "cold compile scheduled nothing"
compile "$tmp/c1" "$tmp/warm.so" || bad "warm compile"
cmp -s "$tmp/cold.so" "$tmp/warm.so" && ok || bad "warm output differs from cold"
[ "$(scheduled "$tmp/warm.so")" = 0 ] && ok || bad "warm compile scheduled $(scheduled "$tmp/warm.so") kernels"
grep -q "^slowest kernels in LLVM" "$tmp/warm.so.tr" && bad "warm compile ran LLVM (the main part is cached too)" || ok
[ "$(entries "$tmp/c1/vitc")" = "$n" ] && ok || bad "warm compile changed the entry count"
"$V" run "$tmp/warm.so" --input "$M.input.npy" --expect "$M.output.npy" >/dev/null && ok || bad "warm .so is wrong"

# --no-cache: same bytes, the cache untouched
ls -l --full-time "$tmp/c1/vitc" >"$tmp/before"
compile "$tmp/c1" "$tmp/nocache.so" --no-cache || bad "--no-cache compile"
cmp -s "$tmp/cold.so" "$tmp/nocache.so" && ok || bad "--no-cache output differs"
[ "$(scheduled "$tmp/nocache.so")" -gt 0 ] && ok || bad "--no-cache compile scheduled nothing"
ls -l --full-time "$tmp/c1/vitc" | cmp -s - "$tmp/before" && ok || bad "--no-cache touched the cache"

# the default location is $XDG_CACHE_HOME/vitc, else $HOME/.cache/vitc
env -u XDG_CACHE_HOME HOME="$tmp/home" "$V" compile "$M.json" -o "$tmp/home.so" >/dev/null 2>&1 &&
	[ "$(entries "$tmp/home/.cache/vitc")" = "$n" ] && cmp -s "$tmp/cold.so" "$tmp/home.so" && ok ||
	bad "HOME/.cache/vitc not used"

# another weight: a different .so, no kernel recompiled, same bytes as without the cache
sed 's/"vit_tiny32.safetensors"/"w2.safetensors"/' "$M.json" >"$tmp/w2.json"
cp "$M.safetensors" "$tmp/w2.safetensors"
grep -q '"w2.safetensors"' "$tmp/w2.json" || bad "could not point the model at other weights"
sz=$(wc -c <"$tmp/w2.safetensors")
printf '\177' | dd of="$tmp/w2.safetensors" bs=1 seek=$((sz - 3)) conv=notrunc 2>/dev/null
XDG_CACHE_HOME="$tmp/c1" "$V" compile "$tmp/w2.json" -o "$tmp/w2.so" --time-report 2>"$tmp/w2.so.tr" >/dev/null || bad "changed-weight compile"
[ "$(scheduled "$tmp/w2.so")" = 0 ] && ok || bad "a changed weight rescheduled kernels"
grep -q "^slowest kernels in LLVM" "$tmp/w2.so.tr" && bad "a changed weight ran LLVM" || ok
cmp -s "$tmp/cold.so" "$tmp/w2.so" && bad "a changed weight gave the same .so" || ok
XDG_CACHE_HOME="$tmp/c1" "$V" compile "$tmp/w2.json" -o "$tmp/w2n.so" --no-cache >/dev/null 2>&1
cmp -s "$tmp/w2.so" "$tmp/w2n.so" && ok || bad "changed weight: cached and uncached outputs differ"

# two compiles at once into an empty cache: both right, the cache then whole
compile "$tmp/c2" "$tmp/p1.so" & p1=$!
compile "$tmp/c2" "$tmp/p2.so" & p2=$!
wait $p1 && wait $p2 && ok || bad "concurrent compiles failed"
cmp -s "$tmp/cold.so" "$tmp/p1.so" && cmp -s "$tmp/cold.so" "$tmp/p2.so" && ok || bad "concurrent outputs differ"
[ "$(entries "$tmp/c2/vitc")" = "$n" ] && ok || bad "concurrent compiles left $(entries "$tmp/c2/vitc") entries, want $n"
[ -z "$(find "$tmp/c2/vitc" -name 'tmp.*')" ] && ok || bad "temporary files left in the cache"
compile "$tmp/c2" "$tmp/p3.so" && cmp -s "$tmp/cold.so" "$tmp/p3.so" && [ "$(scheduled "$tmp/p3.so")" = 0 ] &&
	ok || bad "compile after the concurrent ones not a full hit"

# damaged entries are misses: truncate one, flip a byte in another
set -- $(find "$tmp/c2/vitc" -name '*.vco' | sort)
head -c 100 "$1" >"$tmp/t" && cat "$tmp/t" >"$1"
printf '\001' | dd of="$2" bs=1 seek=$(($(wc -c <"$2") - 9)) conv=notrunc 2>/dev/null
compile "$tmp/c2" "$tmp/dmg.so" || bad "compile with damaged entries"
cmp -s "$tmp/cold.so" "$tmp/dmg.so" && ok || bad "damaged entries changed the output"
[ "$(scheduled "$tmp/dmg.so")" -ge 1 ] && ok || bad "damaged entries were hits"

# the size bound: half of the full cache
full=$(bytes "$tmp/c1/vitc")
half=$(awk "BEGIN {print $full / 2 / 1048576}")
VITC_CACHE_MAX_MB=$half compile "$tmp/c3" "$tmp/b.so" || bad "bounded compile"
cmp -s "$tmp/cold.so" "$tmp/b.so" && ok || bad "bounded compile output differs"
left=$(bytes "$tmp/c3/vitc")
[ "$left" -le $((full / 2 + 1)) ] && [ "$(entries "$tmp/c3/vitc")" -gt 0 ] && [ "$(entries "$tmp/c3/vitc")" -lt "$n" ] &&
	ok || bad "bound $half MB: $left of $full bytes left in $(entries "$tmp/c3/vitc") entries"

echo "# vitc: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
