#!/bin/sh
# Power-of-two int8 quantization (tests/e2e/test_quant.py): the integer
# kernels (qlinear, qadd, qlayernorm, qattn_scores, qsoftmax, qattn_pv, qlut,
# quantize/dequantize with PTF, int4 weights) bit for bit against
# python/vitc/quant.py (NumPy only); the observers, output-error weight
# exponents and mixed precision of `vitc quantize` against quant.py on fixed
# data; and with torch a small torchvision ViT through `vitc quantize` (W8A8,
# W4A8, mixed), its logits equal to the emulation as the integer region grows,
# its stem (patch embedding, class token, position embedding) integer too;
# ShiftAdd models with their multiplying parts in PoT int8 and qshift_linear
# (tests/e2e/test_quant_shiftadd.py).
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
"$PY" "$top_srcdir/tests/e2e/test_quant_calib.py" -v || exit 1
"$PY" "$top_srcdir/tests/e2e/test_quant_shiftadd.py" -v || exit 1
exec "$PY" "$top_srcdir/tests/e2e/test_quant.py" -v
