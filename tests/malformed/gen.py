#!/usr/bin/env python3
"""Generate the malformed-model corpus in this directory (plain python3).

Every file here except cases.txt and this script is written by it; the
outputs are committed, so tests never need Python.  Run it from anywhere:

    python3 tests/malformed/gen.py

base.json + base.safetensors form a valid model; each other file breaks one
rule of docs/graph-format.md.  cases.txt lists what each must fail with.
"""
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

BASE = {
    "format": "vitc-graph",
    "version": 1,
    "producer": "tests/malformed/gen.py",
    "weights_file": "base.safetensors",
    "inputs": [{"name": "x", "dtype": "f32", "shape": ["N", 4]}],
    "outputs": ["y"],
    "weights": [
        {"name": "w", "dtype": "f32", "shape": [3, 4], "role": "parameter"},
        {"name": "b", "dtype": "f32", "shape": [3], "role": "parameter"},
    ],
    "nodes": [
        {"name": "fc", "op": "linear", "inputs": ["x", "w", "b"], "outputs": ["h"]},
        {"name": "act", "op": "relu", "inputs": ["h"], "outputs": ["y"]},
    ],
}


def write(name, data):
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def dump(obj):
    return json.dumps(obj, separators=(",", ":"), allow_nan=False) + "\n"


def graph(name, edit):
    g = json.loads(json.dumps(BASE))
    edit(g)
    write(name, dump(g))


def st_raw(name, header, data, hlen=None):
    """A safetensors file from a header text, data bytes, and an optional
    (false) header length."""
    h = header.encode()
    write(name, struct.pack("<Q", len(h) if hlen is None else hlen) + h + data)


def st(name, entries, data):
    st_raw(name, json.dumps(entries), data)


F32 = lambda vals: struct.pack("<%df" % len(vals), *vals)
W = {"dtype": "F32", "shape": [3, 4], "data_offsets": [0, 48]}
B = {"dtype": "F32", "shape": [3], "data_offsets": [48, 60]}
DATA = F32([i * 0.25 for i in range(15)])


def main():
    write("base.json", json.dumps(BASE, indent=1) + "\n")
    st("base.safetensors", {"__metadata__": {"format": "pt"}, "w": W, "b": B}, DATA)

    # --- graph JSON: text level ---
    text = json.dumps(BASE, indent=1)
    write("truncated.json", text[: len(text) // 2])
    write("binary.json", bytes([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]) + bytes(range(256)))
    write("empty.json", b"")
    write("trailing.json", dump(BASE) + "{}\n")
    write("not_object.json", "[" + dump(BASE) + "]\n")
    write("deep.json", text[:-1] + ',"x":' + "[" * 5000 + "]" * 5000 + "}\n")
    write("nul_string.json", dump(BASE).replace('"name":"x"', '"name":"x\\u0000y"'))
    write("nul_raw.json", dump(BASE).replace('"name":"x"', '"name":"x\0y"'))
    # cJSON keeps duplicate keys; the reader must not silently take the first.
    write("dup_key.json", dump(BASE).replace('"op":"relu"', '"op":"relu","op":"gelu"'))

    # --- graph JSON: content ---
    graph("bad_version.json", lambda g: g.update(version=7))
    graph("bad_format.json", lambda g: g.update(format="onnx"))
    graph("huge_dim.json", lambda g: g["inputs"][0].update(shape=["N", 2**60]))
    graph("numel_overflow.json",
          lambda g: g["weights"][0].update(shape=[2**40 - 1, 2**40 - 1, 2**40 - 1]))
    graph("rank9.json", lambda g: g["inputs"][0].update(shape=[1] * 9))
    graph("float_dim.json", lambda g: g["inputs"][0].update(shape=["N", 3.5]))
    graph("batch_times_zero.json", lambda g: g["inputs"][0].update(shape=["N*0", 4]))
    graph("batch_times_negative.json", lambda g: g["inputs"][0].update(shape=["N*-3", 4]))
    graph("batch_prefix.json", lambda g: g["inputs"][0].update(shape=["2N", 4]))
    graph("batch_times_name.json", lambda g: g["inputs"][0].update(shape=["N*x", 4]))
    graph("batch_attr_times_zero.json", lambda g: g["nodes"][1].update(
        op="reshape", attrs={"shape": ["N*0", 3]}))
    graph("bad_dtype.json", lambda g: g["weights"][1].update(dtype="float32"))
    graph("bad_role.json", lambda g: g["weights"][0].update(role="trainable"))
    graph("bad_name.json", lambda g: g["nodes"][0].update(name="fc\tx"))
    graph("unknown_ops.json", lambda g: g["nodes"].extend([
        {"name": "attn", "op": "flash_attention", "inputs": ["y"], "outputs": ["z1"]},
        {"name": "pos", "op": "rope", "inputs": ["z1"], "outputs": ["z2"]},
        {"name": "attn2", "op": "flash_attention", "inputs": ["z2"], "outputs": ["z3"]},
    ]))
    graph("dup_tensor.json", lambda g: g["nodes"][0].update(outputs=["w"]))
    graph("dup_node.json", lambda g: g["nodes"][1].update(name="fc"))
    graph("output_undefined.json", lambda g: g.update(outputs=["y", "logits"]))
    graph("use_before_def.json", lambda g: g["nodes"].reverse())
    graph("undefined_input.json", lambda g: g["nodes"][1].update(inputs=["hidden"]))
    graph("attr_object.json", lambda g: g["nodes"][1].update(attrs={"mode": {"a": 1}}))
    graph("missing_weights_file.json", lambda g: g.update(weights_file="nope.safetensors"))
    graph("unknown_key.json", lambda g: g["nodes"][0].update(attr={"x": 1}))

    # --- safetensors, each read with base.json ---
    write("st_empty.safetensors", b"")
    write("st_short.safetensors", b"\x02\x00\x00\x00\x00")
    st_raw("st_header_too_long.safetensors", json.dumps({"w": W}), DATA, hlen=4096)
    st_raw("st_header_limit.safetensors", "{}", b"", hlen=200 << 20)
    st_raw("st_not_json.safetensors", "this is not json", DATA)
    st("st_truncated.safetensors", {"w": W, "b": B}, DATA[:50])
    st("st_overlap.safetensors", {"w": W, "b": dict(B, data_offsets=[40, 52])}, DATA)
    st("st_offsets_range.safetensors",
       {"w": dict(W, data_offsets=[0, 2**64]), "b": B}, DATA)
    st("st_offsets_beyond.safetensors",
       {"w": W, "b": dict(B, shape=[1500], data_offsets=[48, 6048])}, DATA)
    st("st_end_before_begin.safetensors", {"w": dict(W, data_offsets=[48, 0]), "b": B}, DATA)
    st("st_size_mismatch.safetensors",
       {"w": dict(W, data_offsets=[0, 44]), "b": dict(B, data_offsets=[44, 56])}, DATA)
    st("st_bad_dtype.safetensors", {"w": dict(W, dtype="Q4"), "b": B}, DATA)
    st("st_bf16.safetensors", {"w": dict(W, dtype="BF16", data_offsets=[0, 24]), "b": B}, DATA)
    st_raw("st_dup_keys.safetensors",
           '{"w":%s,"b":%s,"w":%s}' % (json.dumps(W), json.dumps(B),
                                      json.dumps(dict(W, data_offsets=[0, 48]))), DATA)
    st("st_missing.safetensors", {"w": W}, DATA[:48])
    st("st_shape_mismatch.safetensors", {"w": dict(W, shape=[4, 3]), "b": B}, DATA)
    st("st_dtype_mismatch.safetensors",
       {"w": dict(W, dtype="F16", data_offsets=[0, 24]), "b": dict(B, data_offsets=[24, 36])},
       DATA[:36])
    # framing: the header length off by one either way, gaps, trailing bytes
    hdr = json.dumps({"w": W, "b": B})
    st_raw("st_hlen_short.safetensors", hdr + " ", DATA, hlen=len(hdr))
    st_raw("st_hlen_long.safetensors", hdr, DATA, hlen=len(hdr) + 1)
    st("st_gap.safetensors", {"w": W, "b": dict(B, data_offsets=[52, 64])}, DATA + b"\0" * 4)
    st("st_trailing.safetensors", {"w": W, "b": B}, DATA + b"\0")
    # NUL bytes and duplicate keys inside the header
    st_raw("st_nul_key.safetensors", hdr.replace('"w"', '"w\\u0000x"'), DATA)
    st_raw("st_raw_nul.safetensors", hdr.replace('"w"', '"w\0x"'), DATA)
    st_raw("st_dup_entry_key.safetensors",
           hdr.replace('"dtype": "F32"', '"dtype": "F16", "dtype": "F32"', 1), DATA)
    st_raw("st_dup_metadata.safetensors",
           '{"__metadata__":{},"__metadata__":{},' + hdr[1:], DATA)
    st("st_metadata.safetensors", {"__metadata__": {"n": 1}, "w": W, "b": B}, DATA)


if __name__ == "__main__":
    main()
