#!/bin/sh
# Exporter round trips (python/vitc) checked against PyTorch and against
# `vitc inspect`.  Skipped (77) when Python lacks torch.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
if ! "$PY" -c 'import torch, torchvision, numpy' 2>/dev/null; then
	echo "torch/torchvision/numpy not importable by $PY: skipped"
	exit 77
fi
export VITC_BIN="$top_builddir/vitc" PYTHONPATH="$top_srcdir/python"
"$PY" "$top_srcdir/tests/export/test_export.py" -v || exit 1
"$PY" "$top_srcdir/tests/export/test_fold.py" -v || exit 1
"$PY" "$top_srcdir/tests/export/test_zoo_ops.py" -v || exit 1
exec "$PY" "$top_srcdir/tests/export/test_nn.py" -v
