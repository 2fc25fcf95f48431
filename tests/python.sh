#!/bin/sh
# vitc.load (python/vitc/runtime.py) against the built libvitrt and vitc:
# tests/python/test_load.py.  Needs numpy only.  Skipped (77) when Python
# lacks numpy, or when libvitrt is built with AddressSanitizer (make
# check-asan), which cannot be loaded into an uninstrumented python.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
if ! "$PY" -c 'import numpy' 2>/dev/null; then
	echo "numpy not importable by $PY: skipped"
	exit 77
fi
lib="$top_builddir/.libs/libvitrt.so"
if nm -D "$lib" 2>/dev/null | grep -q __asan_init; then
	echo "$lib is built with AddressSanitizer: skipped"
	exit 77
fi
export VITC_BIN="$top_builddir/vitc" VITC_LIBVITRT="$lib"
exec "$PY" "$top_srcdir/tests/python/test_load.py" -v
