#!/bin/sh
# `make install` into a temporary prefix, then, with only that prefix on the
# paths (PATH, PYTHONPATH, LD_LIBRARY_PATH, PKG_CONFIG_LIBDIR, MANPATH; no
# build or source tree):
#   - Python: export a torchvision ViT, compile it with the installed vitc,
#     run it with vitc.load, compare with PyTorch (tests/python/test_install.py);
#   - pkg-config finds vitrt, and examples/classify.c builds with
#     `pkg-config --cflags --libs vitrt` alone and classifies;
#   - `man vitc` shows the page, which is exactly what doc/mkman.sh makes of
#     the installed vitc's --help texts, and holds every command's --help;
#   - every python/vitc/*.py is installed; `pip install ./python` (offline)
#     installs a package that runs models;
#   - `make uninstall` removes every file it installed;
#   - the README's "From Python" lines run as they stand.
# With VITC_INSTALLED_PREFIX=DIR (make installcheck) it checks DIR instead
# and neither installs nor uninstalls.
# LD_LIBRARY_PATH: `make install prefix=DIR` cannot give the vitc binary a
# run path to DIR/lib (libtool links it for the configured prefix).
# Skipped (77) under AddressSanitizer (make check-asan): python cannot load
# an instrumented libvitrt.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
if nm -D "$top_builddir/.libs/libvitrt.so" 2>/dev/null | grep -q __asan_init; then
	echo "libvitrt is built with AddressSanitizer: skipped"
	exit 77
fi
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
mkdir -p "$tmp/work" "$tmp/home"

# make installcheck: check what `make install` put in $VITC_INSTALLED_PREFIX.
if [ -n "${VITC_INSTALLED_PREFIX:-}" ]; then
	prefix=$VITC_INSTALLED_PREFIX
elif make -C "$top_builddir" install prefix="$prefix" >"$tmp/install.log" 2>&1; then ok; else
	bad "make install prefix=$prefix:"; tail -20 "$tmp/install.log"
	echo "# vitc: $pass passed, $fail failed"; exit 1
fi
pkg=$(find "$prefix" -path '*-packages/vitc/__init__.py' | head -n 1)
pydir=${pkg%/vitc/__init__.py}
[ -n "$pkg" ] && ok || bad "no vitc package under $prefix"

# Run a command with only the prefix (and the system's own dirs) on the paths.
inprefix() {
	env -i HOME="$tmp/home" TMPDIR="$tmp" PATH="$prefix/bin:/usr/bin:/bin" \
		LD_LIBRARY_PATH="$prefix/lib" PYTHONPATH="$pydir" PYTHONDONTWRITEBYTECODE=1 \
		PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig" MANPATH="$prefix/share/man" \
		XDG_CACHE_HOME="${XDG_CACHE_HOME:-$tmp/cache}" "$@"
}

# ---- Python: export -> vitc compile -> vitc.load -> PyTorch's output ----
if "$PY" -c 'import numpy' 2>/dev/null; then
	if (cd "$tmp/work" && inprefix "$PY" "$top_srcdir/tests/python/test_install.py" "$prefix" \
		"$tmp/work" "$top_srcdir/examples/model/vit_tiny32") >"$tmp/py.log" 2>&1; then ok; else
		bad "tests/python/test_install.py:"; cat "$tmp/py.log"; fi
	cat "$tmp/py.log" | grep -v '^# vitc:'
else
	echo "numpy not importable by $PY: the Python checks are skipped"
fi
# The README's "From Python" lines, and python3 -m vitc export (both need torch).
if "$PY" -c 'import torch, torchvision' 2>/dev/null; then
	awk '/^## From Python/ { on = 1 } on && /^```$/ { exit } on && code { print }
		on && /^```python/ { code = 1 }' "$top_srcdir/README.md" >"$tmp/work/readme.py"
	[ "$(wc -l <"$tmp/work/readme.py")" -le 5 ] && ok || bad "README's From Python is not five lines"
	if (cd "$tmp/work" && inprefix "$PY" readme.py) >"$tmp/readme.log" 2>&1 &&
		grep -q "'heads.head': array" "$tmp/readme.log"; then ok; else
		bad "README's From Python lines:"; cat "$tmp/work/readme.py" "$tmp/readme.log"; fi
	if (cd "$tmp/work" && inprefix "$PY" -m vitc export --image-size 32 --patch-size 8 --layers 1 \
		--heads 2 --hidden-dim 32 --mlp-dim 64 --classes 10 -o cli) >"$tmp/cli.log" 2>&1 &&
		[ -f "$tmp/work/cli.json" ]; then ok; else
		bad "python3 -m vitc export:"; cat "$tmp/cli.log"; fi
fi
# Every module of python/vitc is installed (Makefile.am lists them by hand).
for f in "$top_srcdir"/python/vitc/*.py; do
	[ -f "$pydir/vitc/${f##*/}" ] && ok || bad "python/vitc/${f##*/} is not installed"
done

# ---- pkg-config and the C example ----
if command -v pkg-config >/dev/null 2>&1; then
	if inprefix pkg-config --exists vitrt; then ok; else bad "pkg-config does not find vitrt"; fi
	ver=$(inprefix vitc --version | sed 's/^vitc //')
	[ -n "$ver" ] && [ "$(inprefix pkg-config --modversion vitrt)" = "$ver" ] && ok ||
		bad "pkg-config --modversion vitrt is not vitc's version ($ver)"
	CC=${CC:-cc}
	cp "$top_srcdir/examples/classify.c" "$tmp/work/classify.c"
	if (cd "$tmp/work" && inprefix sh -c "$CC \$(pkg-config --cflags vitrt) classify.c \
		\$(pkg-config --libs vitrt) -o classify") >"$tmp/cc.log" 2>&1; then ok; else
		bad "cc \$(pkg-config --cflags --libs vitrt) classify.c:"; cat "$tmp/cc.log"; fi
	so="$tmp/work/example.so"
	if inprefix vitc compile "$top_srcdir/examples/model/vit_tiny32.json" -o "$so" >"$tmp/c.log" 2>&1 &&
		inprefix "$tmp/work/classify" "$so" "$top_srcdir/examples/model/vit_tiny32.input.npy" \
			>"$tmp/cls.log" 2>&1 && grep -q 'top-5' "$tmp/cls.log"; then ok; else
		bad "the installed vitc and the pkg-config-built classify:"; cat "$tmp/c.log" "$tmp/cls.log"; fi
else
	echo "no pkg-config: the pkg-config checks are skipped"
fi

# ---- the man page ----
page="$prefix/share/man/man1/vitc.1"
[ -f "$page" ] && ok || bad "no $page"
if inprefix sh "$top_srcdir/doc/mkman.sh" "$prefix/bin/vitc" | cmp -s - "$page"; then ok; else
	bad "$page differs from doc/mkman.sh's page for the installed vitc"; fi
if command -v man >/dev/null 2>&1; then
	inprefix env MANWIDTH=200 man -P cat vitc >"$tmp/man.txt" 2>"$tmp/man.err"
else
	groff -man -Tutf8 -P-c -rLL=200n "$page" >"$tmp/man.txt" 2>"$tmp/man.err"
fi
grep -q 'vitc - compile vision-transformer graphs' "$tmp/man.txt" && ok ||
	{ bad "man vitc does not show the page:"; head -5 "$tmp/man.txt" "$tmp/man.err"; }
# Each command of `vitc --help` has a section holding the first line of its --help.
cmds=$(inprefix vitc --help | awk '/^commands:/ { on = 1; next }
	on && /^  vitc [a-z][a-z0-9-]*( |$)/ && $2 != "help" { print $2; next }
	on && /^  [a-z][a-z0-9-]*( |$)/ && $1 != "vitc" { print $1 }')
[ -n "$cmds" ] && ok || bad "no commands in vitc --help"
for c in $cmds; do
	first=$(inprefix vitc "$c" --help | head -n 1 | sed 's/  */ /g')
	if sed 's/  */ /g' "$tmp/man.txt" | grep -qF -- "$first"; then ok; else
		bad "man vitc lacks '$first' (vitc $c --help)"; fi
done
if command -v groff >/dev/null 2>&1; then
	groff -man -Tutf8 -ww -z "$page" 2>"$tmp/groff.err"
	[ -s "$tmp/groff.err" ] && bad "groff warns about $page: $(head -n 3 "$tmp/groff.err")" || ok
fi

# ---- pip install ./python (offline, with the system's setuptools) ----
if "$PY" -m pip --version >/dev/null 2>&1 &&
	"$PY" -c 'import setuptools, sys; sys.exit(int(setuptools.__version__.split(".")[0]) < 61)' 2>/dev/null; then
	cp -r "$top_srcdir/python" "$tmp/pysrc"
	rm -rf "$tmp/pysrc/vitc/__pycache__" "$tmp/pysrc/vitc/_install.py"
	if (cd "$tmp/pysrc" && inprefix "$PY" -m pip install -q --no-build-isolation --no-deps \
		--no-index --target "$tmp/pip" .) >"$tmp/pip.log" 2>&1; then ok; else
		bad "pip install ./python:"; cat "$tmp/pip.log"; fi
	# Not installed with make: libvitrt comes from $VITC_LIBVITRT.
	if (cd "$tmp/work" && inprefix env PYTHONPATH="$tmp/pip" VITC_LIBVITRT="$prefix/lib/libvitrt.so.0" \
		"$PY" -c 'import sys, numpy as np, vitc
from vitc import runtime
assert vitc.__file__.startswith(sys.argv[1]), vitc.__file__
m = vitc.load("example.so", threads=1)
assert runtime.find_libvitrt()._name == sys.argv[2]
y = m(np.load(sys.argv[3]))["heads.head"]
ref = np.load(sys.argv[4])
assert np.abs(y - ref).max() <= 1e-4 * np.abs(ref).max()' "$tmp/pip/vitc" "$prefix/lib/libvitrt.so.0" \
		"$top_srcdir/examples/model/vit_tiny32.input.npy" \
		"$top_srcdir/examples/model/vit_tiny32.output.npy") >"$tmp/pipuse.log" 2>&1; then ok; else
		bad "the pip-installed package:"; cat "$tmp/pipuse.log"; fi
	grep -q '^Requires-Dist: numpy$' "$tmp"/pip/vitc-*.dist-info/METADATA && ok ||
		bad "the pip package does not depend on numpy"
	grep '^Requires-Dist:' "$tmp"/pip/vitc-*.dist-info/METADATA | grep -v 'extra ==' | grep -qv numpy &&
		bad "the pip package depends on more than numpy" || ok
else
	echo "no pip or setuptools >= 61 for $PY: pip install ./python is not checked"
fi

# ---- make uninstall ----
if [ -n "${VITC_INSTALLED_PREFIX:-}" ]; then
	echo "# vitc: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]; exit
fi
if make -C "$top_builddir" uninstall prefix="$prefix" >"$tmp/uninstall.log" 2>&1; then ok; else
	bad "make uninstall:"; tail -20 "$tmp/uninstall.log"; fi
left=$(find "$prefix" ! -type d | head -n 5)
[ -z "$left" ] && ok || bad "make uninstall left: $left"

echo "# vitc: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
