#!/bin/sh
# seeds.sh SRCDIR BUILDDIR OUTDIR - build the seed corpora of the fuzz targets
# (docs/fuzzing.md) into OUTDIR/graph, OUTDIR/npy and OUTDIR/model_load.
#
#   graph: every graph JSON of tests/malformed, tests/fuzz/seeds/graph and
#          examples/model alone, and JSON + separator + safetensors pairs:
#          base.json with base.safetensors and each st_*.safetensors,
#          vit_tiny32 with its weights, the tests/fuzz seeds with weights
#          written here;
#   npy:   examples/model/*.npy and small arrays of every dtype and format
#          version written here;
#   model_load: MODEL.so files compiled here with BUILDDIR/vitc (base.json and
#          vit_tiny32), their leading bytes, and the runtime tests' fake
#          models when they are built.
# Nothing large is committed: the big seeds are made from the examples.
set -eu
src=$1 build=$2 out=$3
sep() { printf '\000VITC:SAFETENSORS\000'; }   # FUZZ_ST_SEP in fuzz_graph.c

rm -rf "$out/graph" "$out/npy" "$out/model_load"
mkdir -p "$out/graph" "$out/npy" "$out/model_load"

# u64le N: N as 8 little-endian bytes.
u64le() {
	n=$1 i=0
	while [ $i -lt 8 ]; do
		printf "\\$(printf %03o $((n % 256)))"
		n=$((n / 256)) i=$((i + 1))
	done
}

# st FILE "name DTYPE shape bytes" ...: a safetensors file, zero-filled data.
st() {
	f=$1 hdr='' off=0
	shift
	for e in "$@"; do
		set -- $e
		hdr="$hdr${hdr:+,}\"$1\":{\"dtype\":\"$2\",\"shape\":$3,\"data_offsets\":[$off,$((off + $4))]}"
		off=$((off + $4))
	done
	hdr="{\"__metadata__\":{\"format\":\"pt\"},$hdr}"
	{ u64le ${#hdr}; printf %s "$hdr"; head -c $off /dev/zero; } >"$f"
}

# --- graph ---
for j in "$src"/tests/malformed/*.json "$src"/tests/fuzz/seeds/graph/*.json "$src"/examples/model/*.json; do
	cp "$j" "$out/graph/$(basename "$j")"
done
m=$src/tests/malformed
for s in "$m"/*.safetensors; do
	{ cat "$m/base.json"; sep; cat "$s"; } >"$out/graph/base+$(basename "$s")"
done
{ cat "$src/examples/model/vit_tiny32.json"; sep; cat "$src/examples/model/vit_tiny32.safetensors"; } \
	>"$out/graph/vit_tiny32+weights"
st "$out/ops.st" "cw F32 [16,1,3] 192" "cb F32 [16] 64" "dww F32 [4,1,3,3] 144" \
	"g F32 [8,16] 512" "k F32 [1] 4"
st "$out/shiftadd.st" "anchors F32 [2,4,8] 256" "mvec F32 [2,4] 32" "proj F32 [2,8,4] 256" \
	"sw U8 [12,16] 192" "sb F32 [12] 48" "wr F32 [2,16] 128" "w0 F32 [12,16] 768" \
	"w1 I8 [12,16] 192"
for n in ops shiftadd; do
	{ cat "$src/tests/fuzz/seeds/graph/$n.json"; sep; cat "$out/$n.st"; } >"$out/graph/$n+weights"
	rm -f "$out/$n.st"
done

# --- npy ---
cp "$src"/examples/model/*.npy "$out/npy/"
# npy FILE VERSION DESCR SHAPE DATABYTES [FORTRAN]: header padded as numpy pads it.
npy() {
	pre=10
	[ "$2" = 1 ] || pre=12
	h="{'descr': '$3', 'fortran_order': ${6:-False}, 'shape': $4, }"
	while [ $(((pre + ${#h} + 1) % 64)) -ne 0 ]; do h="$h "; done
	{
		printf '\223NUMPY'; printf "\\$(printf %03o "$2")\\000"
		n=$((${#h} + 1))
		printf "\\$(printf %03o $((n % 256)))\\$(printf %03o $((n / 256)))"
		[ "$2" = 1 ] || printf '\000\000'
		printf '%s\n' "$h"
		head -c "$5" /dev/zero
	} >"$1"
}
npy "$out/npy/f4.npy" 1 '<f4' '(2, 3)' 24
npy "$out/npy/f2.npy" 1 '<f2' '(4,)' 8
npy "$out/npy/i8_scalar.npy" 1 '<i8' '()' 8
npy "$out/npy/i4.npy" 1 '<i4' '(1, 2, 3)' 24
npy "$out/npy/i2_empty.npy" 1 '<i2' '(0, 5)' 0
npy "$out/npy/i1.npy" 1 '|i1' '(3,)' 3
npy "$out/npy/u1.npy" 1 '|u1' '(2, 2)' 4
npy "$out/npy/v2.npy" 2 '<f4' '(2,)' 8
npy "$out/npy/v3.npy" 3 '|u1' '(1,)' 1
npy "$out/npy/big_endian.npy" 1 '>f4' '(1,)' 4
npy "$out/npy/fortran.npy" 1 '<f4' '(2, 2)' 16 True

# --- model_load ---
vitc=$build/vitc
"$vitc" compile "$m/base.json" -o "$out/model_load/base.so" >/dev/null
"$vitc" compile "$src/examples/model/vit_tiny32.json" -o "$out/model_load/vit_tiny32.so" >/dev/null
head -c 64 "$out/model_load/base.so" >"$out/model_load/base.ehdr"
head -c 4096 "$out/model_load/base.so" >"$out/model_load/base.4k"
for f in "$build"/tests/.libs/fake_*.so; do
	if [ -f "$f" ]; then cp "$f" "$out/model_load/"; fi
done
echo "seeds.sh: $(ls "$out/graph" | wc -l) graph, $(ls "$out/npy" | wc -l) npy, $(ls "$out/model_load" | wc -l) model_load seeds in $out"
