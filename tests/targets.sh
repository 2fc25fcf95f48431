#!/bin/sh
# Default schedules of the target: one DeiT-Small-wide block compiled for AVX2
# and AVX-512, register tiles and loop orders checked in the dumped AST, the
# outputs against PyTorch where this CPU runs the code (tests/e2e/test_targets.py).
# Skipped (77) when Python lacks torch.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
if ! "$PY" -c 'import torch, numpy' 2>/dev/null; then
	echo "torch/numpy not importable by $PY: skipped"
	exit 77
fi
export VITC_BIN="$top_builddir/vitc"
exec "$PY" "$top_srcdir/tests/e2e/test_targets.py" -v
