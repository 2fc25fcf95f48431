"""Capture one run of a torch.nn.Module as a list of vitc graph nodes.

The module runs on real tensors.  A TorchFunctionMode sees every torch
function and Tensor method called at the Python level; calls that touch a
tracked tensor (the input, something computed from it, a parameter or a
buffer) are recorded as nodes by the handlers in vitc/ops.py.  Supported leaf
modules (vitc/leaves.py) get their forward wrapped: while one runs, a depth
counter suppresses recording, and afterwards the whole call becomes one node.
Other torch.nn modules are refused when called; user modules are transparent
and only give node names their module path.
"""

import contextlib
import inspect
from collections import OrderedDict

import torch
from torch.overrides import TorchFunctionMode

INPUT_NAME = "x"


class ExportError(Exception):
    """A model (or a part of it) that vitc.export cannot represent."""


def fail(msg):
    raise ExportError("vitc.export: " + msg)


def type_name(obj):
    t = obj if isinstance(obj, type) else type(obj)
    return "%s.%s" % (t.__module__, t.__qualname__)


def func_name(func):
    """The dispatch key of a function seen by the mode ("attr:T" for x.T)."""
    name = getattr(func, "__name__", None) or repr(func)
    if name == "__get__" and hasattr(func, "__self__"):
        return "attr:" + getattr(func.__self__, "__name__", "?")
    return name


def func_label(func):
    """A readable name for error messages: torch.x, Tensor.x, module.x."""
    name = func_name(func)
    if name.startswith("attr:"):
        return "Tensor." + name[5:]
    owner = getattr(func, "__objclass__", None)
    if owner is not None and issubclass(owner, torch._C._TensorBase):
        return "Tensor." + name
    qual = getattr(func, "__qualname__", "")
    if qual.startswith("Tensor."):
        return qual
    if qual.startswith("_VariableFunctionsClass."):
        return "torch." + name
    mod = getattr(func, "__module__", None)
    if mod in (None, "torch._C._nn"):
        mod = "torch.nn.functional" if mod else "torch"
    return "%s.%s" % (mod, name)


class Recorder:
    """State of one trace: tensor names, nodes, weights and shapes."""

    def __init__(self, root):
        self.root = root
        self.names = {}          # id(tensor) -> value name
        self.alive = []          # keeps named tensors alive so ids stay unique
        self.poisoned = {}       # id(tensor) -> why it cannot be used
        self.params = {}         # id(param or buffer) -> (name, role)
        self.weights = OrderedDict()  # name -> (tensor, role), in first-use order
        self.consts = {}         # id(untracked tensor) -> constant weight name
        self.wdtypes = {}        # weight name -> graph dtype when not "f32" (pot5)
        self.derived = {}        # key -> name of a weight derived by a leaf handler
        self.nodes = []          # dicts: name, op, inputs, attrs, where
        self.shapes = {}         # value name -> tuple of ints
        self.outputs = []
        self.used = {INPUT_NAME}
        self.counters = {}
        self.scope = []          # stack of (path, module) of transparent modules
        self.depth = 0           # > 0 while a leaf module runs
        clash = [n for n, _ in root.named_parameters()] + [n for n, _ in root.named_buffers()]
        if INPUT_NAME in clash:
            fail("a parameter or buffer named %r clashes with the graph input's name" % INPUT_NAME)
        for name, p in root.named_parameters():
            self.params[id(p)] = (name, "parameter")
            self.used.add(name)
        for name, b in root.named_buffers():
            self.params.setdefault(id(b), (name, "buffer"))
            self.used.add(name)

    # ----- names -------------------------------------------------------
    def unique(self, base):
        name, i = base, 1
        while name in self.used:
            name = "%s_%d" % (base, i)
            i += 1
        self.used.add(name)
        return name

    def prefix(self):
        return self.scope[-1][0] if self.scope else ""

    def op_name(self, op):
        """A fresh node name for a functional op: "<scope>.<op>_<k>"."""
        pre = self.prefix()
        k = self.counters.get((pre, op), 0)
        self.counters[(pre, op)] = k + 1
        return self.unique("%s.%s_%d" % (pre, op, k) if pre else "%s_%d" % (op, k))

    def where(self):
        path, mod = self.scope[-1] if self.scope else ("", self.root)
        return "%s (%s)" % (path or "the top-level module", type_name(mod))

    def shape(self, name):
        """Shape of a named value or weight."""
        if name in self.shapes:
            return self.shapes[name]
        return tuple(int(d) for d in self.weights[name][0].shape)

    # ----- tensors -----------------------------------------------------
    def is_tracked(self, t):
        i = id(t)
        return i in self.names or i in self.params or i in self.poisoned

    def any_tracked(self, obj):
        if isinstance(obj, torch.Tensor):
            return self.is_tracked(obj)
        if isinstance(obj, (list, tuple)):
            return any(self.any_tracked(o) for o in obj)
        if isinstance(obj, dict):
            return any(self.any_tracked(o) for o in obj.values())
        return False

    def poison(self, t, why):
        self.poisoned[id(t)] = why
        self.alive.append(t)

    def _add_weight(self, name, t, role):
        if t.dtype != torch.float32:
            fail("weight %s has dtype %s; vitc exports float32 models only" % (name, t.dtype))
        self.weights[name] = (t.detach(), role)

    def add_weight(self, name, t, dtype, role):
        """Register a weight that is not a module tensor as such (e.g. the pot5
        encoding of a ShiftLinear's shift/sign buffers); t is a torch tensor
        (uint8 for pot5)."""
        self.weights[name] = (t.detach(), role)
        if dtype != "f32":
            self.wdtypes[name] = dtype
        return name

    @contextlib.contextmanager
    def untraced(self):
        """Torch calls inside run without being recorded (for handlers that
        compute on weights, e.g. encoding shift/sign buffers)."""
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1

    def derived_weight(self, key, base, dtype, role, make):
        """The name of the weight derived from key, created once per trace
        by make() under a unique name based on base."""
        if key not in self.derived:
            with self.untraced():
                t = make()
            self.derived[key] = self.add_weight(self.unique(base), t, dtype, role)
        return self.derived[key]

    def value(self, t):
        """The graph name of a tensor, registering weights and constants."""
        if isinstance(t, str):
            return t
        if not isinstance(t, torch.Tensor):
            fail("expected a tensor in %s, got %s" % (self.where(), type_name(t)))
        i = id(t)
        if i in self.poisoned:
            fail(self.poisoned[i])
        if i in self.names:
            return self.names[i]
        if i in self.params:
            name, role = self.params[i]
            if name not in self.weights:
                self._add_weight(name, t, role)
            return name
        if i not in self.consts:
            if t.requires_grad:
                fail("a tensor used in %s was computed by an operation that vitc could not "
                     "record (a C fast path that bypasses __torch_function__?)" % self.where())
            pre = self.prefix()
            name = self.unique(pre + ".constant" if pre else "constant")
            self._add_weight(name, t.detach().clone(), "constant")
            self.consts[i] = name
            self.alive.append(t)
        return self.consts[i]

    def bind(self, t, name):
        if t.dtype != torch.float32:
            fail("%s in %s produces dtype %s; vitc exports float32 tensors only"
                 % (name, self.where(), t.dtype))
        self.names[id(t)] = name
        self.alive.append(t)
        self.shapes[name] = tuple(int(d) for d in t.shape)

    def alias(self, out, src):
        """out is the same value as src (contiguous, dropout, Identity...)."""
        name = self.value(src)
        if out is src:
            return name
        if out.dtype != torch.float32:
            fail("%s in %s converts to dtype %s; vitc exports float32 tensors only"
                 % (name, self.where(), out.dtype))
        self.names[id(out)] = name
        self.alive.append(out)
        return name

    def emit(self, op, inputs, attrs=None, out=None, shape=None, name=None):
        """Record a node; out (a tensor) or shape (for an intermediate)."""
        in_names = [self.value(t) for t in inputs]
        name = name or self.op_name(op)
        self.nodes.append({"name": name, "op": op, "inputs": in_names,
                           "attrs": dict(attrs or {}), "where": self.where()})
        if out is not None:
            self.bind(out, name)
        else:
            self.shapes[name] = tuple(int(d) for d in shape)
        return name


class _Mode(TorchFunctionMode):
    """Routes every torch call made while tracing to the op handlers."""

    def __init__(self, rec, ops):
        super().__init__()
        self.rec = rec
        self.ops = ops

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        rec, ops = self.rec, self.ops
        name = func_name(func)
        if rec.depth > 0 or name in ops.PASSTHROUGH:
            return func(*args, **kwargs)
        if not rec.any_tracked((args, kwargs)):
            return func(*args, **kwargs)  # constant computation: folded
        handler = ops.HANDLERS.get(name)
        if handler is None:
            why = " (data-dependent)" if name in ops.DATA_DEPENDENT else ""
            fail("unsupported function %s%s called in %s" % (func_label(func), why, rec.where()))
        if name in ops.INPLACE or kwargs.get("inplace") is True:
            ops.check_inplace(rec, args[0], func_label(func))
        out = func(*args, **kwargs)
        handler(rec, name, args, kwargs, out)
        return out


def _wrap_modules(rec, root, leaves):
    """Replace forward on every submodule; returns an undo list."""
    undo = []
    for path, mod in root.named_modules():
        kind, handler = leaves.classify(mod)
        orig = mod.forward
        had = "forward" in mod.__dict__

        def fwd(*args, _orig=orig, _path=path, _mod=mod, _kind=kind, _h=handler, **kwargs):
            if rec.depth > 0:
                return _orig(*args, **kwargs)
            if _kind == "refuse":
                fail("cannot export %s (%s)" % (_path or "the top-level module", type_name(_mod)))
            if _kind == "scope":
                rec.scope.append((_path, _mod))
                try:
                    return _orig(*args, **kwargs)
                finally:
                    rec.scope.pop()
            rec.depth += 1
            try:
                out = _orig(*args, **kwargs)
            finally:
                rec.depth -= 1
            try:
                bound = inspect.signature(_orig).bind(*args, **kwargs)
            except TypeError as e:
                fail("cannot bind the arguments of %s: %s" % (_path, e))
            bound.apply_defaults()
            _h(rec, _path, _mod, bound.arguments, out)
            return out

        mod.forward = fwd
        undo.append((mod, had, orig))
    return undo


def _unwrap(undo):
    for mod, had, orig in undo:
        if had:
            mod.forward = orig
        else:
            del mod.__dict__["forward"]


def _flatten_outputs(rec, out, acc):
    if isinstance(out, torch.Tensor):
        acc.append(rec.value(out))
    elif isinstance(out, (list, tuple)):
        for o in out:
            _flatten_outputs(rec, o, acc)
    else:
        fail("module output of type %s is not supported (tensors, tuples and lists only)"
             % type_name(out))
    return acc


_TENSOR_GETITEM = torch._C._TensorBase.__getitem__


def _getitem(self, idx):
    """Tensor.__getitem__ while tracing: in torch 1.13 an index that is not a
    tuple (x[0], x[1:], x[None]) skips __torch_function__; x[(idx,)] is the
    same indexing and is seen by the mode."""
    return _TENSOR_GETITEM(self, idx if isinstance(idx, tuple) else (idx,))


_getitem.__name__ = _getitem.__qualname__ = "__getitem__"  # as the mode reports it
_getitem.__module__ = "torch"


def trace(module, x):
    """Run module(x) once, recording it; returns the Recorder.

    Runs with autograd on and the input requiring grad: a tensor that depends
    on the input but was produced by a call the mode did not see has
    requires_grad set, and Recorder.value refuses it instead of silently
    freezing it into a constant.
    """
    from vitc import leaves, ops
    rec = Recorder(module)
    x = x.detach().requires_grad_(True).clone()  # non-leaf: in-place ops stay legal
    rec.bind(x, INPUT_NAME)
    undo = _wrap_modules(rec, module, leaves)
    prev_getitem = torch.Tensor.__dict__.get("__getitem__")
    torch.Tensor.__getitem__ = _getitem
    try:
        with torch.enable_grad(), _Mode(rec, ops):
            out = module(x)
    finally:
        if prev_getitem is not None:
            torch.Tensor.__getitem__ = prev_getitem
        else:
            del torch.Tensor.__getitem__
        _unwrap(undo)
    rec.outputs = _flatten_outputs(rec, out, [])
    for name in rec.outputs:
        if name in rec.weights:
            fail("output %s is a weight, not computed from the input" % name)
    return rec
