#!/bin/sh
# malformed.sh - run every case of tests/malformed/cases.txt through
# `vitc inspect` and check that it fails cleanly: exit status 1, exactly one
# line on stderr, containing the expected text, and no crash or sanitizer
# report.  base.json with base.safetensors, the model the cases break, must
# pass.  With VITC_VALGRIND=1 and valgrind installed, each run is repeated
# under valgrind (memory errors and definite leaks fail the case).
#
# Environment (set by `make check`): top_srcdir, top_builddir.
set -u

: "${top_srcdir:?top_srcdir is not set}"
: "${top_builddir:?top_builddir is not set}"
dir=$top_srcdir/tests/malformed
vitc=$top_builddir/vitc
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vitc-malformed.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ ! -x "$vitc" ]; then
	echo "malformed.sh: $vitc is missing; build it first" >&2
	exit 99
fi

use_valgrind=0
if [ "${VITC_VALGRIND:-0}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
	use_valgrind=1
fi

failed=0
n=0

# check NAME WANT RC: judge the run whose output is in $tmp/out and $tmp/err.
# WANT empty means the run must succeed.
check() {
	name=$1 want=$2 rc=$3
	if grep -q -e 'Segmentation' -e 'Sanitizer' -e 'core dumped' -e '^==[0-9]*==' \
		"$tmp/out" "$tmp/err"; then
		echo "FAIL $name: crash or sanitizer/valgrind report:"
		sed 's/^/    /' "$tmp/err"
		return 1
	fi
	if [ -z "$want" ]; then
		if [ "$rc" -ne 0 ]; then
			echo "FAIL $name: exit status $rc, expected 0:"
			sed 's/^/    /' "$tmp/err"
			return 1
		fi
		return 0
	fi
	if [ "$rc" -ne 1 ]; then
		echo "FAIL $name: exit status $rc, expected 1"
		sed 's/^/    /' "$tmp/err"
		return 1
	fi
	lines=$(awk 'END { print NR }' "$tmp/err")
	if [ "$lines" -ne 1 ]; then
		echo "FAIL $name: stderr has $lines lines, expected exactly 1:"
		sed 's/^/    /' "$tmp/err"
		return 1
	fi
	if ! grep -q -F -e "$want" "$tmp/err"; then
		echo "FAIL $name: stderr lacks '$want':"
		sed 's/^/    /' "$tmp/err"
		return 1
	fi
	return 0
}

# run_case JSON WEIGHTS WANT: run vitc inspect (plainly, then under valgrind).
run_case() {
	json=$1 weights=$2 want=$3
	name=$json
	set -- inspect "$dir/$json"
	if [ "$weights" != - ]; then
		name="$json $weights"
		set -- "$@" --weights "$dir/$weights"
	fi
	n=$((n + 1))
	"$vitc" "$@" >"$tmp/out" 2>"$tmp/err"
	if ! check "$name" "$want" $?; then
		failed=$((failed + 1))
		return
	fi
	if [ $use_valgrind = 1 ]; then
		"$top_builddir/libtool" --mode=execute valgrind -q --error-exitcode=99 \
			--leak-check=full --errors-for-leak-kinds=definite \
			"$vitc" "$@" >"$tmp/out" 2>"$tmp/err"
		if ! check "$name (valgrind)" "$want" $?; then
			failed=$((failed + 1))
			return
		fi
	fi
	echo "ok   $name"
}

run_case base.json base.safetensors ""
while read -r json weights want; do
	case $json in
	'' | '#'*) continue ;;
	esac
	if [ -z "$want" ]; then
		echo "malformed.sh: bad line in cases.txt: $json $weights" >&2
		exit 99
	fi
	run_case "$json" "$weights" "$want"
done <"$dir/cases.txt"

echo "malformed.sh: $n cases, $failed failed"
echo "# vitc: $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
