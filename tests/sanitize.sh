#!/bin/sh
# `make check-asan`: configure a second build in build-asan/ with
# AddressSanitizer + UndefinedBehaviorSanitizer and run the whole suite.
set -eu
src=$(cd "${1:-$(dirname "$0")/..}" && pwd)
mkdir -p "$src/build-asan"
cd "$src/build-asan"
if [ ! -f Makefile ]; then
	"$src/configure" -q CFLAGS="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" \
		LDFLAGS="-fsanitize=address,undefined"
fi
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	make -j"$(nproc)" check
