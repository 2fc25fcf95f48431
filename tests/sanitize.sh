#!/bin/sh
# `make check-asan`: the whole suite again, built with AddressSanitizer +
# UndefinedBehaviorSanitizer.  The sources are copied to build-asan/src and
# built there, so this works whether or not the main build is in-tree.
set -eu
src=$(cd "${1:-$(dirname "$0")/..}" && pwd)
dst="$src/build-asan/src"
mkdir -p "$dst"
(cd "$src" && git ls-files --cached --others --exclude-standard | grep -v '^build-asan/' |
	tar -cf - -T -) | (cd "$dst" && tar -xf -)
cd "$dst"
# A copy from before configure.ac gained a macro that needs an auxiliary
# file (AM_PATH_PYTHON: py-compile) cannot regenerate itself: install it.
if [ ! -x configure ] || [ ! -f build-aux/py-compile ]; then
	autoreconf -fi >/dev/null 2>&1
	rm -f Makefile
fi
# The bundled isl is not ours to sanitize: reuse the main build's copy when
# there is one (third_party/isl/README.md) rather than build it again.
isl=bundled
[ -f "$src/third_party/isl/install/stamp" ] && isl="$src/third_party/isl/install"
if [ ! -f Makefile ]; then
	./configure -q --with-isl="$isl" CFLAGS="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" \
		LDFLAGS="-fsanitize=address,undefined"
fi
# LLVM's own allocations at exit are not ours to free; everything else must be clean.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	make -j"$(nproc)" check
