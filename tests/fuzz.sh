#!/bin/sh
# fuzz.sh - the short fuzzing run of `make check`: every libFuzzer target of
# tests/fuzz/ for FUZZ_CHECK_TIME seconds (default 20), all at once, from
# the seed corpora only (a fresh corpus each time).  Fails if any target
# crashes; crash inputs are kept in $FUZZ_OUT/crashes/TARGET/, libFuzzer's
# logs in $FUZZ_OUT/check-logs/.  Skipped (exit 77) when configure found no
# clang with -fsanitize=fuzzer.
# Longer runs: `make fuzz FUZZ_TIME=600` (docs/fuzzing.md).
#
# Environment (set by `make check`): top_srcdir, top_builddir, FUZZ_CC,
# FUZZ_CHECK_TIME, FUZZ_OUT.
set -u
: "${top_srcdir:?top_srcdir is not set}"
: "${top_builddir:?top_builddir is not set}"

if [ -z "${FUZZ_CC:-}" ]; then
	echo "fuzz.sh: SKIP: configure found no clang with -fsanitize=fuzzer (docs/fuzzing.md)"
	echo "# vitc: 0 passed, 0 failed"
	exit 77
fi
out=${FUZZ_OUT:-$top_builddir/fuzz-out}
for t in graph npy model_load; do
	if [ ! -x "$top_builddir/tests/fuzz/fuzz_$t" ] || [ ! -d "$out/seeds/$t" ]; then
		echo "fuzz.sh: tests/fuzz/fuzz_$t or its seeds are missing (make fuzz-build)" >&2
		exit 99
	fi
done
exec "$top_srcdir/tests/fuzz/run.sh" -t "${FUZZ_CHECK_TIME:-20}" -j 3 -f -c check-corpus -l "$out/check-logs" \
	-b "$top_builddir/tests/fuzz" -s "$out/seeds" -d "$top_srcdir/tests/fuzz" -o "$out" \
	graph npy model_load
