#!/bin/sh
# Power-of-two int8 quantization (tests/e2e/test_quant.py): the integer
# kernels (qlinear, qadd, qlayernorm, qattn_scores, qsoftmax, qattn_pv, qlut,
# quantize/dequantize with PTF) bit for bit against python/vitc/quant.py
# (NumPy only), and with torch a small torchvision ViT through `vitc
# quantize`, its logits equal to the emulation as the integer region grows.
# Skipped (77) without NumPy; the model tests skip themselves without torch.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
if ! "$PY" -c 'import numpy' 2>/dev/null; then
	echo "numpy not importable by $PY: skipped"
	exit 77
fi
export VITC_BIN="$top_builddir/vitc"
exec "$PY" "$top_srcdir/tests/e2e/test_quant.py" -v
