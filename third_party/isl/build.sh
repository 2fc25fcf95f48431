#!/bin/sh
# Build the bundled isl (third_party/isl/README.md): isl 0.25 with isl's
# small-integer IMath backend (imath-32), as a static library with
# position-independent code, installed under DIR/install.  Called by make
# (Makefile.am) as
#     build.sh TARBALL DIR CC
# with $MAKE set to the calling make, so the build shares its -j slots.
# Everything happens in DIR/build; DIR/install/stamp is written last, so an
# interrupted build is redone by the next make.
set -eu
tarball=$1 dir=$2 cc=$3
make=${MAKE:-make}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
rm -rf "$dir/build" "$dir/install"
mkdir -p "$dir/build"
xz -dc "$tarball" 2>/dev/null | (cd "$dir/build" && tar -xf - 2>/dev/null) || true
src=$(echo "$dir"/build/isl-*)
if [ ! -x "$src/configure" ]; then
	echo "third_party/isl/build.sh: $tarball: cannot unpack it (not an xz tar archive of isl)" >&2
	exit 1
fi
log="$dir/build/build.log"
if ! (cd "$src" &&
      ./configure --prefix="$dir/install" --with-int=imath-32 --disable-shared \
          --enable-static --with-pic CC="$cc" CFLAGS="-O2" CPPFLAGS= LDFLAGS= &&
      $make gitversion.h && $make libisl.la && $make install-libLTLIBRARIES install-data-am) >"$log" 2>&1; then
	tail -n 30 "$log" >&2
	echo "third_party/isl/build.sh: building the bundled isl failed (whole log: $log)" >&2
	exit 1
fi
echo "isl $(sed -n 's/^Version: *//p' "$dir/install/lib/pkgconfig/isl.pc") (imath-32) built in $dir/install" \
	>"$dir/install/stamp"
