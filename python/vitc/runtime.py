"""Run compiled models from Python: libvitrt's C API (runtime/vitrt.h) via ctypes.

    import numpy as np, vitc
    m = vitc.load("model.so", threads=2)
    out = m(x)                      # or m.run({"x": x}); a dict name -> array
    m.inputs, m.outputs             # TensorSpec(name, dtype, shape, np_dtype), in model order

Needs numpy only (no torch, no compiled extension).  Inputs must have the
model's dtype (no silent casts) and shape; the batch axis ("N", None in
TensorSpec.shape) may have any size >= 1 shared by all inputs.  C-contiguous
inputs of the right dtype are passed to the runtime without a copy; others
are copied to a C-contiguous array first.  Outputs are new arrays; packed
dtypes (i4, b1) come back as their raw bytes (uint8, 1-D), as `vitc run`
writes them.

Threads: a Model may be called from several Python threads at once.  Each
Python thread gets its own runtime context (workspace and thread pool of
`threads` threads), created on its first call and freed when the thread
ends (or at close()); ctypes releases the GIL while the model runs.  A
forked child creates fresh contexts too.

Errors: every failure raises VitrtError whose message is one line: the
runtime's own (vitrt_last_error()) for load and run failures, or, for bad
inputs, a line in the style of `vitc run`.

Where libvitrt comes from, first found wins:
  1. next to the package: the LIBDIR that `make install` recorded in
     vitc/_install.py, then the package directory itself;
  2. $VITC_LIBVITRT, the path of a libvitrt.so;
  3. ctypes.util.find_library("vitrt"), then "libvitrt.so.0" through the
     default loader (LD_LIBRARY_PATH, the ld.so cache);
  4. the build tree, when the package is used from a vitc source checkout
     built in place (python/vitc -> .libs/libvitrt.so).
"""

import ctypes
import ctypes.util
import os
import subprocess
import threading
import weakref
from collections import namedtuple

import numpy as np

__all__ = ["load", "Model", "TensorSpec", "VitrtError", "compile", "find_libvitrt"]

_MAX_RANK = 8
_DIM_N = -2
_MAX_THREADS = 1024
_MAX_BATCH = 1 << 31
# vitrt_abi.h's dtype codes -> numpy dtypes; i4, b1 (packed) have none.
_NUMPY = {0: np.float32, 1: np.float16, 2: np.int64, 3: np.int32, 4: np.int16,
          5: np.int8, 6: np.uint8, 9: np.uint8}
# vitrt_status (vitrt.h), by value.
_STATUS = ("VITRT_OK", "VITRT_ERR_IO", "VITRT_ERR_FORMAT", "VITRT_ERR_ABI", "VITRT_ERR_CPU",
           "VITRT_ERR_ARG", "VITRT_ERR_NOMEM", "VITRT_ERR_RUN", "VITRT_ERR_BUSY",
           "VITRT_ERR_DEVICE")
_NAMES = {"float64": "f64", "float32": "f32", "float16": "f16", "int64": "i64", "int32": "i32",
          "int16": "i16", "int8": "i8", "uint8": "u8"}


class VitrtError(RuntimeError):
    """A failure of libvitrt or a bad input; str() is one line.  .status is
    the runtime's status name (e.g. "VITRT_ERR_IO"), or "VITRT_ERR_ARG" for
    inputs refused before the runtime is called."""

    def __init__(self, message, status="VITRT_ERR_ARG"):
        super().__init__(" ".join(str(message).split()))
        self.status = status


TensorSpec = namedtuple("TensorSpec", "name dtype shape np_dtype")
TensorSpec.__doc__ = """An input or output: name, vitrt dtype name ("f32", "i4", ...),
shape (None marks the batch axis), numpy dtype (None for packed dtypes)."""


class _TensorInfo(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("dtype", ctypes.c_int32),
                ("rank", ctypes.c_int32), ("dims", ctypes.c_int64 * _MAX_RANK)]


class _ModelAbi(ctypes.Structure):
    # The leading fields of vitrt_model_abi (vitrt_abi.h), all this module reads.
    _fields_ = [("magic", ctypes.c_uint32), ("abi_version", ctypes.c_uint32),
                ("vitc_version", ctypes.c_char_p), ("target", ctypes.c_char_p),
                ("cpu", ctypes.c_char_p), ("features", ctypes.c_char_p)]


_lib = None
_lib_lock = threading.Lock()


def _candidates():
    """Paths (or sonames) to try for libvitrt, in the documented order; a
    generator, so find_library (which may run ldconfig or gcc) only runs when
    the places before it failed."""
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        from vitc import _install
        yield os.path.join(_install.LIBDIR, "libvitrt.so.0")
    except ImportError:
        pass
    yield os.path.join(here, "libvitrt.so.0")
    yield os.path.join(here, "libvitrt.so")
    env = os.environ.get("VITC_LIBVITRT")
    if env:
        yield env
    found = ctypes.util.find_library("vitrt")
    if found:
        yield found
    yield "libvitrt.so.0"
    yield os.path.join(os.path.dirname(os.path.dirname(here)), ".libs", "libvitrt.so.0")


def _declare(lib):
    """Give every function used here its C signature."""
    P, I, I64, S = ctypes.c_void_p, ctypes.c_int, ctypes.c_int64, ctypes.c_char_p
    sigs = {
        "vitrt_model_load": (I, [S, ctypes.POINTER(P)]),
        "vitrt_model_free": (None, [P]),
        "vitrt_model_num_inputs": (I, [P]),
        "vitrt_model_num_outputs": (I, [P]),
        "vitrt_model_input": (ctypes.POINTER(_TensorInfo), [P, I]),
        "vitrt_model_output": (ctypes.POINTER(_TensorInfo), [P, I]),
        "vitrt_model_target": (S, [P]),
        "vitrt_model_descriptor": (ctypes.POINTER(_ModelAbi), [P]),
        "vitrt_tensor_bytes": (ctypes.c_uint64, [ctypes.POINTER(_TensorInfo), I64]),
        "vitrt_context_create": (P, [P, I]),
        "vitrt_context_free": (None, [P]),
        "vitrt_context_threads": (I, [P]),
        "vitrt_run": (I, [P, I64, ctypes.POINTER(P), ctypes.POINTER(P)]),
        "vitrt_last_error": (S, []),
        "vitrt_status_name": (S, [I]),
        "vitrt_dtype_name": (S, [ctypes.c_int32]),
        "vitrt_dtype_bits": (I, [ctypes.c_int32]),
    }
    for name, (res, args) in sigs.items():
        f = getattr(lib, name)
        f.restype, f.argtypes = res, args
    # newer than the rest: an older libvitrt only lacks load(device=...)
    f = getattr(lib, "vitrt_model_load_device", None)
    if f is not None:
        f.restype, f.argtypes = I, [S, S, ctypes.POINTER(P)]
    return lib


def find_libvitrt():
    """Load libvitrt (once per process) and return the ctypes library; its
    path is ._name.  Raises VitrtError listing the places tried."""
    global _lib
    with _lib_lock:
        if _lib is not None:
            return _lib
        tried = []
        for path in _candidates():
            if os.sep in path and not os.path.exists(path):
                tried.append(path)
                continue
            try:
                lib = ctypes.CDLL(path)
                _lib = _declare(lib)
                return _lib
            except (OSError, AttributeError) as e:
                tried.append("%s (%s)" % (path, e))
        raise VitrtError("cannot load libvitrt; tried: %s; set VITC_LIBVITRT to its path"
                         % ", ".join(tried), "VITRT_ERR_IO")


def _fail(lib, status):
    """The VitrtError for a failed call in this thread."""
    msg = (lib.vitrt_last_error() or b"").decode("utf-8", "replace")
    name = _STATUS[status] if 0 <= status < len(_STATUS) else "VITRT_ERR_%d" % status
    return VitrtError(msg or (lib.vitrt_status_name(status) or b"?").decode(), name)


def _spec(lib, info):
    """TensorSpec of a vitrt_tensor_info."""
    t = info.contents
    shape = tuple(None if t.dims[d] == _DIM_N else int(t.dims[d]) for d in range(t.rank))
    np_dtype = _NUMPY.get(t.dtype)
    return TensorSpec(t.name.decode("utf-8", "replace"), lib.vitrt_dtype_name(t.dtype).decode(),
                      shape, np.dtype(np_dtype) if np_dtype else None)


def _shape_str(shape):
    """A shape as `vitc run` prints it: [N,3,224,224]."""
    return "[%s]" % ",".join("N" if d is None else str(d) for d in shape)


class _Context:
    """One runtime context, used by one Python thread; the lock is held while
    it runs, so close() never frees it under a run.  Only the thread-local
    slot of its thread holds it strongly: when the thread ends, it is freed."""

    def __init__(self, lib, handle):
        self.lib = lib
        self.handle = handle
        self.lock = threading.Lock()
        self.pid = os.getpid()

    def free(self):
        """Free the context, unless it belongs to the parent of a forked
        process (its pool threads do not exist here: it is dropped)."""
        with self.lock:
            if self.handle is not None and self.pid == os.getpid():
                self.lib.vitrt_context_free(self.handle)
            self.handle = None

    def __del__(self):
        try:
            self.free()
        except Exception:
            pass


class Model:
    """A compiled model loaded by libvitrt.  Use vitc.load() to make one."""

    def __init__(self, path, threads=0, device=None):
        if device is not None and not isinstance(device, str):
            raise VitrtError("device must be a string such as 'cuda:0', not %r" % (device,))
        if isinstance(threads, bool) or not isinstance(threads, int):
            raise VitrtError("threads must be an integer, not %r" % (threads,))
        if not 0 <= threads <= _MAX_THREADS:
            raise VitrtError("threads must be 0 (all usable CPUs) to %d, not %d"
                             % (_MAX_THREADS, threads))
        self._requested_threads = threads
        self._lib = lib = find_libvitrt()
        self._handle = None
        self._closed = False
        self._lock = threading.Lock()
        self._local = threading.local()
        self._contexts = weakref.WeakSet()  # live contexts, for close()
        path = os.fspath(path)
        bpath = os.fsencode(path)
        if b"\0" in bpath:
            raise VitrtError("%s: the path holds a NUL byte" % path.replace("\0", "\\0"),
                             "VITRT_ERR_IO")
        handle = ctypes.c_void_p()
        if device is None:
            status = lib.vitrt_model_load(bpath, ctypes.byref(handle))
        elif getattr(lib, "vitrt_model_load_device", None) is None:
            raise VitrtError("%s: load(device=...) needs a newer libvitrt than %s"
                             % (path, lib._name))
        else:
            status = lib.vitrt_model_load_device(bpath, device.encode(), ctypes.byref(handle))
        if status != 0:
            raise _fail(lib, status)
        self._handle = handle
        self.path = path
        self.inputs = tuple(_spec(lib, lib.vitrt_model_input(handle, i))
                            for i in range(lib.vitrt_model_num_inputs(handle)))
        self.outputs = tuple(_spec(lib, lib.vitrt_model_output(handle, i))
                             for i in range(lib.vitrt_model_num_outputs(handle)))
        self._in_info = [lib.vitrt_model_input(handle, i) for i in range(len(self.inputs))]
        self._out_info = [lib.vitrt_model_output(handle, i) for i in range(len(self.outputs))]
        d = lib.vitrt_model_descriptor(handle).contents
        self.target = lib.vitrt_model_target(handle).decode()
        self.vitc_version = (d.vitc_version or b"").decode("utf-8", "replace")
        self.cpu = (d.cpu or b"").decode("utf-8", "replace")
        self.features = (d.features or b"").decode("utf-8", "replace")
        # This thread's context now, so that a bad thread count fails here.
        self.threads = lib.vitrt_context_threads(self._context().handle)

    # -- attributes ------------------------------------------------------
    @property
    def input_names(self):
        return [t.name for t in self.inputs]

    @property
    def output_names(self):
        return [t.name for t in self.outputs]

    @property
    def dtypes(self):
        """{name: vitrt dtype name} for every input and output."""
        return {t.name: t.dtype for t in self.inputs + self.outputs}

    @property
    def shapes(self):
        """{name: shape} for every input and output; None marks the batch axis."""
        return {t.name: t.shape for t in self.inputs + self.outputs}

    def __repr__(self):
        def fmt(ts):
            return ", ".join("%s: %s%s" % (t.name, t.dtype, _shape_str(t.shape)) for t in ts)
        state = "closed" if self._closed else "%d threads" % self.threads
        return "<vitc.Model %s (%s) -> (%s), %s>" % (self.path, fmt(self.inputs),
                                                    fmt(self.outputs), state)

    # -- contexts --------------------------------------------------------
    def _context(self):
        """This thread's context, created on first use (and again after fork)."""
        ctx = getattr(self._local, "ctx", None)
        if ctx is not None and ctx.pid == os.getpid():
            return ctx
        with self._lock:
            if self._closed:
                raise VitrtError("%s: the model is closed" % self.path)
            h = self._lib.vitrt_context_create(self._handle, self._requested_threads)
            if not h:
                raise _fail(self._lib, 6)  # VITRT_ERR_NOMEM: threads are checked above
            ctx = _Context(self._lib, h)
            self._contexts.add(ctx)
        self._local.ctx = ctx
        return ctx

    def close(self):
        """Free every context and the model; later calls raise VitrtError.
        Waits for runs in progress.  Called by `with` and on garbage collection."""
        with self._lock:
            if self._closed or self._handle is None:
                self._closed = True
                return
            self._closed = True
            contexts = list(self._contexts)
        for ctx in contexts:
            ctx.free()
        self._lib.vitrt_model_free(self._handle)
        self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    # -- running ---------------------------------------------------------
    def _prepare(self, feeds):
        """Check the inputs (a dict name -> array-like) against the model and
        return (C-contiguous arrays in model order, batch)."""
        unknown = [k for k in feeds if k not in self.input_names]
        if unknown:
            raise VitrtError("the model has no input '%s' (inputs: %s)"
                             % (unknown[0], ", ".join(self.input_names)))
        arrays, batch, batch_from = [], 1, None
        for t in self.inputs:
            if t.name not in feeds:
                raise VitrtError("missing input '%s' (%s%s)"
                                 % (t.name, t.dtype, _shape_str(t.shape)))
            if t.np_dtype is None:
                raise VitrtError("input '%s' has dtype %s, which has no numpy type"
                                 % (t.name, t.dtype))
            a = feeds[t.name]
            if not isinstance(a, np.ndarray):
                try:
                    a = np.asarray(a)
                except (TypeError, ValueError, RuntimeError) as e:
                    raise VitrtError("input '%s': not an array: %s" % (t.name, e)) from None
            if a.dtype != t.np_dtype:
                got = _NAMES.get(a.dtype.name, a.dtype.name) if a.dtype.isnative else a.dtype.str
                raise VitrtError("input '%s': dtype %s does not match %s" % (t.name, got, t.dtype))
            ok = a.ndim == len(t.shape) and all(w is None or w == g
                                                for w, g in zip(t.shape, a.shape))
            if not ok:
                raise VitrtError("input '%s': shape %s does not match %s"
                                 % (t.name, _shape_str(a.shape), _shape_str(t.shape)))
            for w, g in zip(t.shape, a.shape):
                if w is not None:
                    continue
                if not 1 <= g <= _MAX_BATCH:
                    raise VitrtError("input '%s': batch %d is out of range 1..%d"
                                     % (t.name, g, _MAX_BATCH))
                if batch_from is not None and g != batch:
                    raise VitrtError("input '%s': batch %d disagrees with batch %d of '%s'"
                                     % (t.name, g, batch, batch_from))
                batch, batch_from = g, t.name
            if not a.flags.c_contiguous:
                a = np.ascontiguousarray(a)
            arrays.append(a)
        return arrays, batch

    def _outputs(self, batch):
        """Fresh output arrays for a run at "batch"."""
        out = []
        for t, info in zip(self.outputs, self._out_info):
            if t.np_dtype is None:
                n = self._lib.vitrt_tensor_bytes(info, batch)
                if n == 0:
                    raise VitrtError("output '%s' is too large at batch %d" % (t.name, batch))
                out.append(np.empty(n, dtype=np.uint8))
            else:
                out.append(np.empty(tuple(batch if d is None else d for d in t.shape),
                                    dtype=t.np_dtype))
        return out

    def run(self, feeds):
        """Run on a dict {input name: array}; returns {output name: array}."""
        if not isinstance(feeds, dict):
            raise VitrtError("run() takes a dict {input name: array}, not %s"
                             % type(feeds).__name__)
        try:
            arrays, batch = self._prepare(feeds)
            outs = self._outputs(batch)
        except MemoryError:
            raise VitrtError("%s: out of memory for the inputs and outputs" % self.path,
                             "VITRT_ERR_NOMEM") from None
        ins = (ctypes.c_void_p * max(1, len(arrays)))(*[a.ctypes.data for a in arrays])
        outp = (ctypes.c_void_p * max(1, len(outs)))(*[o.ctypes.data for o in outs])
        ctx = self._context()
        with ctx.lock:
            if ctx.handle is None:
                raise VitrtError("%s: the model is closed" % self.path)
            status = self._lib.vitrt_run(ctx.handle, batch, ins, outp)
            if status != 0:
                raise _fail(self._lib, status)
        return {t.name: o for t, o in zip(self.outputs, outs)}

    def __call__(self, *args, **kwargs):
        """m(x), m(x1, x2) in input order, or m(name=array): like run()."""
        if len(args) > len(self.inputs):
            raise VitrtError("the model has %d inputs, got %d arrays"
                             % (len(self.inputs), len(args)))
        feeds = dict(zip(self.input_names, args))
        for k, v in kwargs.items():
            if k in feeds:
                raise VitrtError("input '%s' is given twice" % k)
            feeds[k] = v
        return self.run(feeds)


def load(path, threads=0, device=None):
    """Load a MODEL.so written by `vitc compile`; threads: per context, 0 for
    all usable CPUs (CPU models).  device: None (what the .so was compiled
    for), "cpu", "cuda" or "cuda:N" (a CUDA model runs on that GPU through
    the NVIDIA driver; docs/cuda.md).  Raises VitrtError (the runtime's
    one-line message) when the file is missing, not a vitc model, damaged,
    built for another CPU or device, or the GPU driver fails."""
    return Model(path, threads, device)


def _find_vitc():
    """The vitc command: the installed one (vitc/_install.py), $VITC_BIN,
    then `vitc` on PATH."""
    try:
        from vitc import _install
        p = os.path.join(_install.BINDIR, "vitc")
        if os.access(p, os.X_OK):
            return p
    except ImportError:
        pass
    return os.environ.get("VITC_BIN") or "vitc"


def compile(graph_json, output, *options):
    """Run `vitc compile GRAPH_JSON -o OUTPUT [OPTIONS...]`; returns OUTPUT.
    Raises VitrtError with vitc's one-line message when it fails."""
    cmd = [_find_vitc(), "compile", os.fspath(graph_json), "-o", os.fspath(output)]
    cmd += [str(o) for o in options]
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        raise VitrtError("cannot run %s: %s" % (cmd[0], e.strerror or e), "VITRT_ERR_IO")
    if r.returncode != 0:
        lines = r.stderr.decode("utf-8", "replace").strip().splitlines()
        raise VitrtError(lines[-1] if lines else "vitc compile failed (status %d)"
                         % r.returncode, "VITRT_ERR_FORMAT")
    return os.fspath(output)
