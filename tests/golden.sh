#!/bin/sh
# Generated code must not change by accident (tinygrad's process replay):
# compile the bundled example for a fixed CPU and diff each IR dump against
# tests/golden/.  After an intended change: VITC_UPDATE_GOLDEN=1 make check
# TESTS=tests/golden.sh (or `make update-golden`), and review the diff.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
V="$top_builddir/vitc"
G="$top_srcdir/tests/golden"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
"$V" compile "$top_srcdir/examples/model/vit_tiny32.json" -o "$tmp/m.so" \
	-mcpu=x86-64-v3 --threads 2 --dump-ir "$tmp/ir" || { echo "# vitc: 0 passed, 1 failed"; exit 1; }
for f in 01-graph.txt 02-fuse.txt 03-lower.txt 04-memplan.txt 06-schedule.yaml 07-ast.c 08-model.ll; do
	sed -e "s|$top_srcdir/||g" -e "s|$tmp/||g" "$tmp/ir/$f" >"$tmp/$f"
	if [ "${VITC_UPDATE_GOLDEN:-0}" = 1 ]; then
		mkdir -p "$G" && cp "$tmp/$f" "$G/vit_tiny32.$f"
	fi
	if diff -u "$G/vit_tiny32.$f" "$tmp/$f" >"$tmp/diff"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1)); echo "FAIL: $f differs from tests/golden/vit_tiny32.$f:"; head -40 "$tmp/diff"
	fi
done
# The same model for AVX-512 (x86-64-v4): the default schedules are
# templates of the target (sched/target.c), so its register tiles
# and vector splits differ from x86-64-v3's; the lowered kernels and the
# AST pin them.
"$V" compile "$top_srcdir/examples/model/vit_tiny32.json" -o "$tmp/m4.so" \
	-mcpu=x86-64-v4 --threads 2 --dump-ir "$tmp/ir4" || { echo "# vitc: $pass passed, 1 failed"; exit 1; }
for f in 03-lower.txt 07-ast.c; do
	sed -e "s|$top_srcdir/||g" -e "s|$tmp/||g" "$tmp/ir4/$f" >"$tmp/v4.$f"
	if [ "${VITC_UPDATE_GOLDEN:-0}" = 1 ]; then
		cp "$tmp/v4.$f" "$G/vit_tiny32.v4.$f"
	fi
	if diff -u "$G/vit_tiny32.v4.$f" "$tmp/v4.$f" >"$tmp/diff"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1)); echo "FAIL: $f (x86-64-v4) differs from tests/golden/vit_tiny32.v4.$f:"
		head -40 "$tmp/diff"
	fi
done
echo "# vitc: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
