#!/bin/sh
# The README's first command: install the packages, build vitc, then
# inspect, compile and run the bundled example model and check its output
# against PyTorch's.  With PyTorch present it also exports a fresh
# torchvision ViT and does the same with it.
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)

[ "${VITC_SKIP_DEPS:-0}" = 1 ] || tests/install-deps.sh
[ -x configure ] || autoreconf -fi
[ -f Makefile ] || ./configure -q
make -j"$(nproc)" >/dev/null

out="$top/examples/out"
mkdir -p "$out"
M="$top/examples/model/vit_tiny32"
echo "== vitc inspect (bundled model: torchvision ViT, 32x32 images, 10 classes)"
./vitc inspect "$M.json"
echo "== vitc compile"
./vitc compile "$M.json" -o "$out/vit_tiny32.so"
echo "== vitc run (checked against PyTorch's output)"
./vitc run "$out/vit_tiny32.so" --input "$M.input.npy" --expect "$M.output.npy" -o "$out/vit_tiny32.out.npy"
echo "== examples/classify (the C API)"
./examples/classify "$out/vit_tiny32.so" "$M.input.npy"

PY=/usr/bin/python3
if [ -x "$PY" ] && "$PY" -c 'import torch, torchvision' 2>/dev/null; then
	echo "== export a fresh torchvision ViT with PyTorch, then compile and run it"
	PYTHONPATH="$top/python" "$PY" -m vitc export --image-size 64 --patch-size 16 --layers 3 \
		--heads 4 --hidden-dim 64 --mlp-dim 128 --classes 5 --batch 2 --reference -o "$out/exported"
	./vitc inspect "$out/exported.json" | grep -E '^(parameters|  heads)'
	./vitc compile "$out/exported.json" -o "$out/exported.so"
	./vitc run "$out/exported.so" --input "$out/exported.input.npy" --expect "$out/exported.output.npy"
fi
echo "quickstart: all steps passed"
