#!/bin/sh
# Install what vitc needs on Debian 12: the build (autotools, LLVM 16, isl,
# cJSON, Check), clang with libFuzzer for the fuzz targets (tests/fuzz) and,
# for the exporter and its tests only, PyTorch + NumPy.
set -eu
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
	build-essential autoconf automake libtool pkg-config \
	llvm-16-dev libisl-dev libcjson-dev check libsubunit-dev \
	python3 python3-numpy python3-torch python3-torchvision valgrind \
	clang libclang-rt-14-dev >/dev/null
