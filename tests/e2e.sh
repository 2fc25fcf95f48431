#!/bin/sh
# End-to-end numerics against PyTorch (tests/e2e/test_compile.py, the ShiftAdd
# models, the torchvision and timm zoo).
# Skipped (77) when Python lacks torch.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
if ! "$PY" -c 'import torch, torchvision, numpy' 2>/dev/null; then
	echo "torch/torchvision/numpy not importable by $PY: skipped"
	exit 77
fi
export VITC_BIN="$top_builddir/vitc"
"$PY" "$top_srcdir/tests/e2e/test_compile.py" -v || exit 1
"$PY" "$top_srcdir/tests/e2e/test_shiftadd.py" -v || exit 1
"$PY" "$top_srcdir/tests/e2e/test_timm_shift.py" -v || exit 1
"$PY" "$top_srcdir/tests/e2e/test_torchvision.py" -v || exit 1
# timm models (skipped with a message when timm is not importable)
exec "$PY" "$top_srcdir/tests/e2e/test_timm.py" -v
