"""Minimal safetensors writer and reader (NumPy only).

Layout: 8-byte little-endian header length n, n bytes of JSON header (padded
with spaces to a multiple of 8), then the raw little-endian tensor data in
insertion order.  See docs/graph-format.md, section "Safetensors".
"""

import json
import struct
from collections import OrderedDict

import numpy as np

# safetensors dtype name <-> NumPy dtype (little-endian).
_ST_TO_NP = OrderedDict([
    ("F64", np.dtype("<f8")),
    ("F32", np.dtype("<f4")),
    ("F16", np.dtype("<f2")),
    ("I64", np.dtype("<i8")),
    ("I32", np.dtype("<i4")),
    ("I16", np.dtype("<i2")),
    ("I8", np.dtype("i1")),
    ("U8", np.dtype("u1")),
    ("BOOL", np.dtype("?")),
])

MAX_HEADER = 100 * 1024 * 1024


def st_dtype(array):
    """The safetensors dtype name of a NumPy array (ValueError if none)."""
    dt = np.dtype(array.dtype).newbyteorder("<")
    for name, npdt in _ST_TO_NP.items():
        if npdt == dt:
            return name
    raise ValueError("no safetensors dtype for NumPy dtype %s" % array.dtype)


def write(path, tensors, metadata=None):
    """Write an ordered mapping name -> NumPy array to a safetensors file.

    Every entry is written exactly once, in the mapping's order, with no gaps
    between tensors.  metadata (str -> str) goes into "__metadata__".
    """
    header = OrderedDict()
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    blobs = []
    offset = 0
    for name, arr in tensors.items():
        arr = np.asarray(arr)
        dtype = st_dtype(arr)
        data = np.ascontiguousarray(arr, dtype=arr.dtype.newbyteorder("<")).tobytes()
        header[name] = {"dtype": dtype, "shape": [int(d) for d in arr.shape],
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for data in blobs:
            f.write(data)


def read(path):
    """Read a safetensors file: (OrderedDict name -> NumPy array, metadata).

    Checks header bounds, known dtypes, offsets inside the file, sizes equal
    to product(shape) * itemsize, no overlaps and no duplicate names.
    """
    with open(path, "rb") as f:
        raw = f.read()
    if len(raw) < 8:
        raise ValueError("%s: file too short for a safetensors header" % path)
    (n,) = struct.unpack("<Q", raw[:8])
    if n > MAX_HEADER or 8 + n > len(raw):
        raise ValueError("%s: header length %d out of range" % (path, n))

    def no_dupes(pairs):
        seen = OrderedDict()
        for k, v in pairs:
            if k in seen:
                raise ValueError("%s: duplicate entry %r" % (path, k))
            seen[k] = v
        return seen

    header = json.loads(raw[8:8 + n].decode("utf-8"), object_pairs_hook=no_dupes)
    data = memoryview(raw)[8 + n:]
    metadata = header.pop("__metadata__", {}) or {}
    out = OrderedDict()
    spans = []
    for name, e in header.items():
        if e.get("dtype") not in _ST_TO_NP:
            raise ValueError("%s: %s: unknown dtype %r" % (path, name, e.get("dtype")))
        npdt = _ST_TO_NP[e["dtype"]]
        shape = [int(d) for d in e["shape"]]
        b, end = (int(v) for v in e["data_offsets"])
        count = 1
        for d in shape:
            if d < 0:
                raise ValueError("%s: %s: negative dimension" % (path, name))
            count *= d
        if end < b or end > len(data):
            raise ValueError("%s: %s: data_offsets out of range" % (path, name))
        if end - b != count * npdt.itemsize:
            raise ValueError("%s: %s: %d bytes for shape %s" % (path, name, end - b, shape))
        spans.append((b, end, name))
        out[name] = np.frombuffer(data[b:end], dtype=npdt).reshape(shape).copy()
    spans.sort()
    for (b0, e0, n0), (b1, e1, n1) in zip(spans, spans[1:]):
        if b1 < e0 and e1 > b1 and e0 > b0:
            raise ValueError("%s: entries %s and %s overlap" % (path, n0, n1))
    return out, metadata
