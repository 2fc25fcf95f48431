#!/usr/bin/env python3
"""Kernel-by-kernel ("lockstep") check of the GPU schedules' CPU emulation.

    gpu_lockstep.py CPU.so CPU.map.json EMU.so EMU.map.json INPUT.npy [options]

CPU.so is `vitc compile MODEL.json --kernel-map CPU.map.json`, EMU.so the same
with --emulate-gpu.  Both run on INPUT.npy through libvitrt's kernel hook
(runtime/vitrt_debug.h), which is called before and after every kernel with
the run's memory; the maps say what each kernel writes and where that lives.

The unit of comparison is a write episode: buffer B written by the kernels
of one graph node X (key (B, X): a tensor, or a temporary of X's lowering
such as the MoE's router logits).  The two builds may lower a node into
different kernels (the GPU forms of lowering) and plan memory differently,
so episodes are matched by name; an episode only one build has is counted,
not compared.  First the CPU model runs and every episode's buffer is copied
before its first writer kernel and after its last one.  Then the emulation
runs: before an episode its buffer gets the CPU's "before" bytes (rows a
kernel does not write, such as a MoE expert's other rows, then agree), after
it the buffer is compared with the CPU's "after" bytes and overwritten with
them.  So every node's kernels in the emulation start from exactly the
CPU's inputs and differences cannot accumulate:

  - float graph tensors: max|diff| <= TOL * max|ref| (TOL 1e-5);
  - float temporaries of a node's lowering (row maxima, sums, means, the
    staged products, ...): compared for information only and not synced,
    so what they do shows in the node's outputs (a row mean of a row that
    sums to about 0 has no relative accuracy to speak of: its error is
    relative to the terms); --check-temp SUFFIX holds the temporaries whose
    name ends in SUFFIX to TOL like a tensor (still not synced: they start
    from the emulation's own inputs), e.g. ".sigma", the KSH hash's sum of
    a head's distances, whose GPU form is a block-level reduction;
  - integer buffers: bit-exact, except decisions taken from floats of the
    same episode where the float is a near-tie: a KSH hash code bit
    (<node>.y, the projection, compared with 0) may differ where
    |y_cpu| <= TOL * max|y_cpu|; each such flip is counted.  MoE routes are
    taken from <node>.logits, a float episode of its own: the flips that
    the emulation's own logits would have caused (logit1 > logit0 the other
    way) are counted and must be near-ties, |l1 - l0| <= TOL * max|logits|;
    the synced logits then give both builds the same routes.  Q16.16 inputs
    (xq) are floors of synced floats: bit-exact.

Prints one line per failing episode and a summary; exits 1 on any failure.
"""

import argparse
import collections
import ctypes
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from vitc import runtime as vrt  # noqa: E402

_NP = {0: np.float32, 2: np.int64, 3: np.int32, 4: np.int16, 5: np.int8, 6: np.uint8}
_DIM_N = -2


class _Event(ctypes.Structure):
    _fields_ = [("kernel", ctypes.c_int32), ("phase", ctypes.c_int32),
                ("name", ctypes.c_char_p), ("batch", ctypes.c_int64),
                ("workspace", ctypes.c_void_p), ("inputs", ctypes.POINTER(ctypes.c_void_p)),
                ("outputs", ctypes.POINTER(ctypes.c_void_p))]


_HOOK = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.POINTER(_Event))


class Build:
    """One compiled model and its kernel map: episodes by kernel."""

    def __init__(self, so, map_path, threads):
        with open(map_path) as f:
            km = json.load(f)
        self.bufs = {b["id"]: b for b in km["buffers"]}
        self.kernels = km["kernels"]
        self.model = vrt.Model(so, threads=threads)
        self.path = so
        span = {}
        for i, k in enumerate(self.kernels):
            for b in k["writes"]:
                key = (self.bufs[b]["name"], k["node"])
                first, _ = span.get(key, (i, i))
                span[key] = (first, i)
        self.span = span
        self.starts, self.ends = {}, {}
        for key, (a, b) in span.items():
            self.starts.setdefault(a, []).append(key)
            self.ends.setdefault(b, []).append(key)
        self.by_name = {b["name"]: b for b in self.bufs.values()}
        # a name two buffers share cannot be matched between the builds
        count = collections.Counter(b["name"] for b in self.bufs.values())
        self.ambiguous = {n for n, c in count.items() if c > 1}

    def check_event(self, ev):
        """The runtime's kernel is the map's (the same compile)."""
        if ev.kernel >= len(self.kernels) or ev.name.decode() != self.kernels[ev.kernel]["name"]:
            raise RuntimeError("%s: kernel %d is '%s', not the map's" % (self.path, ev.kernel,
                                                                        ev.name.decode()))

    def view(self, name, ev):
        """The numpy view of buffer "name" in the run of event "ev"."""
        b = self.by_name[name]
        shape = tuple(ev.batch if d == _DIM_N else d for d in b["shape"])
        dt = np.dtype(_NP[b["dtype"]])
        n = int(np.prod(shape, dtype=np.int64)) * dt.itemsize
        if b["kind"] == "output":
            addr = ev.outputs[b["io_index"]]
        else:
            addr = ev.workspace + b["ws_fixed"] + b["ws_per_batch"] * ev.batch
        raw = (ctypes.c_char * n).from_address(addr)
        return np.frombuffer(raw, dtype=dt).reshape(shape)

    def run(self, x, hook):
        m = self.model
        ctx = m._context()
        fn = _HOOK(hook)
        m._lib.vitrt_context_set_kernel_hook.restype = ctypes.c_int
        m._lib.vitrt_context_set_kernel_hook.argtypes = [ctypes.c_void_p, _HOOK, ctypes.c_void_p]
        if m._lib.vitrt_context_set_kernel_hook(ctx.handle, fn, None) != 0:
            raise SystemExit(m._lib.vitrt_last_error().decode())
        try:
            return m.run({m.inputs[0].name: x})
        finally:
            m._lib.vitrt_context_set_kernel_hook(ctx.handle, _HOOK(), None)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cpu_so")
    ap.add_argument("cpu_map")
    ap.add_argument("emu_so")
    ap.add_argument("emu_map")
    ap.add_argument("input")
    ap.add_argument("--tolerance", type=float, default=1e-5)
    ap.add_argument("--name", default="model")
    ap.add_argument("--threads", type=int, default=0, help="the CPU model's threads")
    ap.add_argument("--show", type=int, default=5, help="failures listed (default 5)")
    ap.add_argument("--check-temp", action="append", default=[], metavar="SUFFIX",
                    help="float temporaries named *SUFFIX are held to the tolerance too")
    a = ap.parse_args()
    tol = a.tolerance
    x = np.load(a.input)
    cpu = Build(a.cpu_so, a.cpu_map, a.threads)
    emu = Build(a.emu_so, a.emu_map, 1)
    common = {k for k in set(cpu.span) & set(emu.span)
              if k[0] not in cpu.ambiguous and k[0] not in emu.ambiguous}
    errors = []

    # 1. the CPU model: each common episode's buffer before and after
    before, after = {}, {}

    def cpu_hook(_, evp):
        ev = evp.contents
        try:
            cpu.check_event(ev)
            if ev.phase == 0:
                for key in cpu.starts.get(ev.kernel, ()):
                    if key in common:
                        before[key] = cpu.view(key[0], ev).copy()
            else:
                for key in cpu.ends.get(ev.kernel, ()):
                    if key in common:
                        after[key] = cpu.view(key[0], ev).copy()
        except Exception as e:  # ctypes would print and drop it
            errors.append("CPU hook at kernel %d: %r" % (ev.kernel, e))

    cpu.run(x, cpu_hook)

    # 2. the emulation, synced to the CPU's buffers episode by episode
    st = {"float": 0, "int": 0, "skipped": 0, "max_rel": 0.0, "worst": "",
          "held": 0, "temp": 0, "temp_rel": 0.0, "temp_worst": "", "int_exact": 0, "tie": 0.0,
          "hash_flips": 0, "route_flips": 0, "decisions": 0, "kernels": set()}
    fails = []

    def check(key, got, ref, emu_ev):
        name, node = key
        if got.shape != ref.shape or got.dtype != ref.dtype:
            st["skipped"] += 1   # same name, another form: not comparable
            return
        if got.dtype.kind == "f":
            g64, r64 = got.astype(np.float64), ref.astype(np.float64)
            both_nan = np.isnan(g64) & np.isnan(r64)
            d = np.where(both_nan, 0.0, np.abs(g64 - r64))
            scale = np.nanmax(np.abs(r64)) if r64.size else 0.0
            md = np.nanmax(d) if d.size else 0.0
            if np.isnan(md) or np.isnan(d).any():
                fails.append("%s (%s): NaN where the CPU has a number" % (name, node))
                return
            rel = md / scale if scale > 0 else (0.0 if md == 0 else np.inf)
            logits = name == node + ".logits" and ref.shape[-1] == 2
            held = any(name.endswith(sfx) for sfx in a.check_temp)
            if held:
                st["held"] += 1
            if not emu.by_name[name]["tensor"] and not logits and not held:
                # a float temporary of the node (row sums, means, ...): not
                # synced, so the node's outputs show what it does to them
                st["temp"] += 1
                if rel > st["temp_rel"]:
                    st["temp_rel"], st["temp_worst"] = rel, name
                return
            st["float"] += 1
            if rel > st["max_rel"]:
                st["max_rel"], st["worst"] = rel, name
            if md > tol * scale:
                fails.append("%s (%s): max|diff| %.3g = %.3g x max|ref| > %g"
                             % (name, node, md, rel, tol))
            if logits:
                # the MoE's routes these logits would give: flips must be near-ties
                ec, ee = ref[..., 1] > ref[..., 0], got[..., 1] > got[..., 0]
                flip = ec != ee
                st["decisions"] += ec.size
                nf = int(flip.sum())
                if nf:
                    st["route_flips"] += nf
                    gap = np.abs(r64[..., 1] - r64[..., 0])[flip]
                    st["tie"] = max(st["tie"], gap.max() / scale)
                    if gap.max() > tol * scale:
                        fails.append("%s: %d route flips, one with |l1 - l0| = %.3g > %g x %.3g"
                                     % (name, nf, gap.max(), tol, scale))
            return
        st["int"] += 1
        if np.array_equal(got, ref):
            st["int_exact"] += 1
            return
        ybuf = node + ".y"
        if ybuf in emu.by_name and (ybuf, node) in after and got.dtype == np.int32:
            # KSH code words: each differing bit must come from a projection within rounding of 0
            y = after[(ybuf, node)].astype(np.float64)
            nbits = y.shape[-1]
            diff = (got ^ ref).astype(np.uint32)
            bits = (diff[..., None] >> np.arange(nbits, dtype=np.uint32)) & 1
            flips = bits.astype(bool)
            nf = int(flips.sum())
            ratio = np.abs(y[flips]) / np.abs(y).max()
            near = ratio <= tol
            st["tie"] = max(st["tie"], ratio.max())
            st["hash_flips"] += nf
            if (diff >> np.uint32(nbits)).any() or not near.all():
                fails.append("%s (%s): %d code bits differ, %d of them not near-ties "
                             "(|y| > %g x max|y|)" % (name, node, nf, int((~near).sum()), tol))
            return
        nd = int(np.count_nonzero(got != ref))
        fails.append("%s (%s): %d of %d integers differ (first at %s: %s vs %s)"
                     % (name, node, nd, got.size, np.argwhere(got != ref)[0].tolist(),
                        got[tuple(np.argwhere(got != ref)[0])],
                        ref[tuple(np.argwhere(got != ref)[0])]))

    def synced(key):
        """Graph tensors, integer temporaries and the MoE's router logits."""
        b = emu.by_name[key[0]]
        return b["tensor"] or b["dtype"] != 0 or key[0] == key[1] + ".logits"

    def emu_hook(_, evp):
        ev = evp.contents
        try:
            emu.check_event(ev)
            if ev.phase == 0:
                for key in emu.starts.get(ev.kernel, ()):
                    if key in before:
                        v = emu.view(key[0], ev)
                        if v.shape == before[key].shape and v.dtype == before[key].dtype:
                            v[...] = before[key]
            else:
                for key in emu.ends.get(ev.kernel, ()):
                    if key in after:
                        v = emu.view(key[0], ev)
                        st["kernels"].add(ev.kernel)
                        check(key, v, after[key], ev)
                for key in emu.ends.get(ev.kernel, ()):
                    if key in after and synced(key):
                        v = emu.view(key[0], ev)
                        if v.shape == after[key].shape and v.dtype == after[key].dtype:
                            v[...] = after[key]
        except Exception as e:
            errors.append("emulation hook at kernel %d: %r" % (ev.kernel, e))

    emu.run(x, emu_hook)
    only_cpu = len(set(cpu.span) - common)
    only_emu = len(set(emu.span) - common)
    for f in fails[:a.show]:
        print("%s: MISMATCH %s" % (a.name, f))
    if len(fails) > a.show:
        print("%s: ... and %d more mismatches" % (a.name, len(fails) - a.show))
    for e in errors[:a.show]:
        print("%s: ERROR %s" % (a.name, e))
    held_missing = a.check_temp and not st["held"]
    if a.check_temp:
        print("%s: %d temporaries held to the tolerance (%s)" % (a.name, st["held"],
                                                                 ", ".join(a.check_temp)))
    print("%s: lockstep: %d of %d emulated kernels compared (%d + %d + %d episodes: float "
          "max|diff|/max|ref| %.2g (%s), integer %d of %d bit-exact, float temporaries %.2g (%s)); "
          "near-tie flips: %d hash code bits, %d of %d MoE "
          "routes (at most %.2g x max|float| from the threshold); %d episodes only in the CPU build, %d only in the emulation, %d not comparable; "
          "%s" % (a.name, len(st["kernels"]), len(emu.kernels), st["float"], st["int"], st["temp"],
                  st["max_rel"], st["worst"] or "-",
                  st["int_exact"], st["int"], st["temp_rel"], st["temp_worst"] or "-",
                  st["hash_flips"], st["route_flips"], st["decisions"], st["tie"], only_cpu,
                  only_emu, st["skipped"], "FAIL" if fails or errors or held_missing else "ok"))
    return 1 if fails or errors or not st["kernels"] or held_missing else 0


if __name__ == "__main__":
    sys.exit(main())
