#!/bin/sh
# Install what vitc needs on Debian 12: the build (autotools, LLVM 16, isl
# for --with-isl=system (the default builds the bundled third_party/isl; xz unpacks it),
# cJSON, Check; lld links model .so files faster when present), clang with
# libFuzzer for the fuzz targets (tests/fuzz) and,
# for the exporter and its tests only, PyTorch + NumPy.
set -eu
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
	build-essential autoconf automake libtool pkg-config \
	llvm-16-dev libisl-dev libcjson-dev check libsubunit-dev \
	python3 python3-numpy python3-torch python3-torchvision python3-yaml valgrind \
	clang libclang-rt-14-dev lld xz-utils >/dev/null
# timm for tests/e2e/test_timm.py, pinned and without its dependencies:
# pip must not replace Debian's numpy/torch (docs: toolchain gotcha 7).
PY=/usr/bin/python3
if ! $PY -m pip --version >/dev/null 2>&1; then
	$SUDO apt-get install -y -qq --no-install-recommends python3-pip >/dev/null
fi
$SUDO $PY -m pip install -q --no-deps --break-system-packages timm==0.9.16
$PY -c "import torch, numpy; torch.from_numpy(numpy.ones(1)); import timm"
