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


PREFIX = "vitc.export: "
# Calls on weights only that stay graph nodes (rather than being evaluated at
# export time): their shape may come from the input's batch size
# (cls_token.expand(B, -1, -1)).  The nodes are folded after the merge when
# their shape turns out not to depend on the batch (vitc/fold.py).
KEEP_ON_WEIGHTS = {"expand", "expand_as", "broadcast_to", "reshape", "view", "reshape_as",
                   "view_as", "repeat"}
# Shape calls whose explicit sizes may be the batch size (expand(B, -1, -1),
# repeat(B, 1, 1)): on weights (or plain attribute tensors) they are
# recorded as "deferred" nodes, and every call on their result is recorded
# too, so that a weight expanded to the batch and then projected (ConViT's
# rel_indices.expand(B, ...) -> pos_proj) is not evaluated into a constant
# of one trace's batch size.  vitc/fold.py folds the chains whose shape
# turns out not to hold "N".
BATCH_SIZED = {"expand", "broadcast_to", "repeat"}
# How many module paths an error lists per unsupported call.
SHOWN_PATHS = 3


def fail(msg):
    raise ExportError(PREFIX + msg)


def detached(out):
    """out with its tensors detached: a view of a parameter made under no_grad
    still requires grad in torch 1.13, and a folded constant must not."""
    if isinstance(out, torch.Tensor):
        return out.detach()
    if isinstance(out, (list, tuple)) and not hasattr(out, "_fields"):
        return type(out)(detached(o) for o in out)
    return out


def type_name(obj):
    t = obj if isinstance(obj, type) else type(obj)
    return "%s.%s" % (t.__module__, t.__qualname__)


def func_name(func):
    """The dispatch key of a function seen by the mode ("attr:T" for x.T)."""
    name = getattr(func, "__name__", None) or repr(func)
    if func is torch.nn.functional.unfold:
        return "functional_unfold"  # not Tensor.unfold (sliding windows along one axis)
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
        self.static = set()      # value names computed from weights only (KEEP_ON_WEIGHTS)
        self.static_vals = {}    # static value name -> its tensor (for vitc/fold.py)
        self.deferred = set()    # static value names recorded as nodes (BATCH_SIZED)
        self.batches = set()     # the batch sizes of both traces (set by trace())
        self.problems = OrderedDict()  # unsupported call -> module paths, in order
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

    def path(self):
        return self.prefix() or "<top>"

    # ----- problems ----------------------------------------------------
    def problem(self, what, path=None):
        """Note one unsupported call (or module) at path (default: the current
        module); the trace goes on, and trace() raises one error for all."""
        self.problems.setdefault(what, []).append(self.path() if path is None else path)

    def problem_from(self, label, err):
        """Note a handler's refusal err (an ExportError) of a call of label."""
        msg = str(err)
        msg = msg[len(PREFIX):] if msg.startswith(PREFIX) else msg
        for where in (" in " + self.where(), " in " + self.path()):
            msg = msg.replace(where, "")
        self.problem(msg if msg.startswith(label) else "%s: %s" % (label, msg))

    def problems_error(self):
        """One ExportError listing every noted problem: per distinct call, the
        number of calls and the first few module paths."""
        parts = []
        for what, paths in self.problems.items():
            distinct = list(OrderedDict.fromkeys(paths))
            shown = ", ".join(distinct[:SHOWN_PATHS])
            if len(distinct) > SHOWN_PATHS:
                shown += ", ... (%d paths)" % len(distinct)
            parts.append("%s (%d call%s: %s)" % (what, len(paths), "s" if len(paths) > 1 else "",
                                                  shown))
        n = len(self.problems)
        return ExportError("%s%d unsupported operation%s: %s" % (
            PREFIX, n, "s" if n > 1 else "", "; ".join(parts)))

    def opaque(self, out):
        """Name the tensors of an unsupported call's result, so that the trace
        can go on (the export fails at the end anyway)."""
        if isinstance(out, torch.Tensor):
            if id(out) not in self.names:
                name = self.unique(self.path() + ".unsupported")
                self.names[id(out)] = name
                self.shapes[name] = tuple(int(d) for d in out.shape)
                self.alive.append(out)
        elif isinstance(out, (list, tuple)):
            for o in out:
                self.opaque(o)
        elif isinstance(out, dict):
            for o in out.values():
                self.opaque(o)

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

    def is_dynamic(self, t, deferred=True):
        """Whether t depends on the input (or cannot be used at all); with
        deferred, values computed from weights through BATCH_SIZED calls
        count as dynamic too."""
        i = id(t)
        if i in self.poisoned:
            return True
        name = self.names.get(i)
        return name is not None and (name not in self.static or
                                     (deferred and name in self.deferred))

    def any_dynamic(self, obj, deferred=True):
        if isinstance(obj, torch.Tensor):
            return self.is_dynamic(obj, deferred)
        if isinstance(obj, (list, tuple)):
            return any(self.any_dynamic(o, deferred) for o in obj)
        if isinstance(obj, dict):
            return any(self.any_dynamic(o, deferred) for o in obj.values())
        return False

    def poison(self, t, why):
        self.poisoned[id(t)] = why
        self.alive.append(t)

    def batch_sized(self, name, args, kwargs):
        """Whether a BATCH_SIZED call on a weight or constant may size an axis
        by the batch: an explicit size equal to one of the traces' batch sizes
        where the tensor has 1 (or no) element (expand), or such a repeat
        count.  Both traces answer alike (the same set of batch sizes)."""
        if name not in BATCH_SIZED or not args or not isinstance(args[0], torch.Tensor):
            return False
        t = args[0]
        sizes = list(args[1:]) or list(kwargs.get("size", kwargs.get("repeats", ())))
        if len(sizes) == 1 and isinstance(sizes[0], (list, tuple, torch.Size)):
            sizes = list(sizes[0])
        off = len(sizes) - t.dim()
        for i, s in enumerate(sizes):
            if not isinstance(s, int) or s not in self.batches:
                continue
            if name == "repeat" or i < off or t.shape[i - off] == 1:
                return True
        return False

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
        if all(i in self.weights or i in self.static for i in in_names):
            self.static.add(name)  # from weights only: vitc/fold.py may fold it
            if any(i in self.deferred for i in in_names):
                self.deferred.add(name)
            if out is not None:
                self.static_vals[name] = out.detach().clone()
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
        batchy = rec.batch_sized(name, args, kwargs) and args[0].dtype == torch.float32
        if not rec.any_tracked((args, kwargs)) and not batchy:
            return func(*args, **kwargs)  # constant computation: folded
        if name in ops.FRESH:
            with rec.untraced(), torch.no_grad():
                return func(*args, **kwargs)  # values independent of the input
        handler = ops.HANDLERS.get(name)
        inplace = name in ops.INPLACE or kwargs.get("inplace") is True
        # a call vitc has no node for on deferred values only is evaluated
        # (should its value depend on the batch, the merge says so)
        dyn = rec.any_dynamic((args, kwargs), deferred=handler is not None)
        if not inplace and not dyn:
            # Computed from weights and constants only: evaluated now, its result
            # (untracked) becomes a constant weight where the graph uses it.
            with rec.untraced(), torch.no_grad():
                out = detached(func(*args, **kwargs))
            if (name in KEEP_ON_WEIGHTS and handler is not None
                    and isinstance(out, torch.Tensor) and out.dtype == torch.float32):
                handler(rec, name, args, kwargs, out)
                if batchy and id(out) in rec.names:
                    rec.deferred.add(rec.names[id(out)])
            return out
        label = func_label(func)
        if handler is None:
            why = " (data-dependent)" if name in ops.DATA_DEPENDENT else ""
            rec.problem(label + why)
            with rec.untraced():
                out = func(*args, **kwargs)
            rec.opaque(out)
            return out
        if inplace:
            try:
                ops.check_inplace(rec, args[0], label)
            except ExportError as e:
                rec.problem_from(label, e)
                raise rec.problems_error() from None
        out = func(*args, **kwargs)
        try:
            handler(rec, name, args, kwargs, out)
        except ExportError as e:
            rec.problem_from(label, e)
            rec.opaque(out)
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
            if _kind != "scope" and not rec.any_dynamic((args, kwargs),
                                                         deferred=_kind != "refuse"):
                # a module applied to weights and constants only: evaluated now
                with rec.untraced(), torch.no_grad():
                    return detached(_orig(*args, **kwargs))
            if _kind == "refuse":
                rec.problem("module " + type_name(_mod), _path or "<top>")
                with rec.untraced():
                    out = _orig(*args, **kwargs)
                rec.opaque(out)
                return out
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
            try:
                _h(rec, _path, _mod, bound.arguments, out)
            except ExportError as e:
                rec.problem_from("module " + type_name(_mod), e)
                rec.opaque(out)
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


_ACTIVE = []  # the Recorder of the trace that runs (for _getitem)


def _getitem(self, idx):
    """Tensor.__getitem__ while tracing: in torch 1.13 an index that is not a
    tuple (x[0], x[1:], x[None]) skips __torch_function__; x[(idx,)] is the
    same indexing and is seen by the mode.  An index holding a tensor
    (a gather, table[index]) is never seen: computed from weights only it is
    evaluated now (a constant); a computed tensor indexed along one axis by
    one constant integer tensor (every other index a full slice or ...) is a
    gather node; anything else is an unsupported call."""
    idx = idx if isinstance(idx, tuple) else (idx,)
    rec = _ACTIVE[-1] if _ACTIVE else None
    if rec is None or rec.depth > 0 or not any(isinstance(i, torch.Tensor) for i in idx):
        return _TENSOR_GETITEM(self, idx)
    if not rec.any_dynamic((self, idx)):
        with rec.untraced(), torch.no_grad():
            return _TENSOR_GETITEM(self, idx).detach()
    tensors = [i for i, it in enumerate(idx) if isinstance(it, torch.Tensor)]
    full = all(it is Ellipsis or (isinstance(it, slice) and it == slice(None))
               for i, it in enumerate(idx) if i != tensors[0])
    ells = [i for i, it in enumerate(idx) if it is Ellipsis]  # (== would compare tensors)
    if len(tensors) == 1 and full and len(ells) <= 1 and rec.is_dynamic(self) \
            and not rec.is_dynamic(idx[tensors[0]]):
        # x[:, idx] by a constant index: a gather node (vitc/ops_zoo.py, emit_gather)
        from vitc import ops_zoo
        t = tensors[0]
        axis = t if not ells or ells[0] > t else self.dim() - (len(idx) - t)
        with rec.untraced():
            out = _TENSOR_GETITEM(self, idx)
        try:
            ops_zoo.emit_gather(rec, self, axis, idx[t], out)
        except ExportError as e:
            rec.problem_from("Tensor.__getitem__", e)
            rec.opaque(out)
        return out
    rec.problem("Tensor.__getitem__ with a tensor index (gather)")
    with rec.untraced():
        out = _TENSOR_GETITEM(self, idx)
    rec.opaque(out)
    return out


_getitem.__name__ = _getitem.__qualname__ = "__getitem__"  # as the mode reports it
_getitem.__module__ = "torch"


def trace(module, x, batches=None):
    """Run module(x) once, recording it; returns the Recorder.  batches: the
    batch sizes of all the traces that will be merged (default: x's).

    Runs with autograd on and the input requiring grad: a tensor that depends
    on the input but was produced by a call the mode did not see has
    requires_grad set, and Recorder.value refuses it instead of silently
    freezing it into a constant.
    """
    from vitc import leaves, ops
    rec = Recorder(module)
    rec.batches = set(batches or ()) | {int(x.shape[0])}
    x = x.detach().requires_grad_(True).clone()  # non-leaf: in-place ops stay legal
    rec.bind(x, INPUT_NAME)
    undo = _wrap_modules(rec, module, leaves)
    prev_getitem = torch.Tensor.__dict__.get("__getitem__")
    torch.Tensor.__getitem__ = _getitem
    _ACTIVE.append(rec)
    try:
        with torch.enable_grad(), _Mode(rec, ops):
            out = module(x)
    except ExportError as e:
        if not rec.problems or str(e) == str(rec.problems_error()):
            raise
        rec.problem_from("", e)
        raise rec.problems_error() from None
    finally:
        _ACTIVE.pop()
        if prev_getitem is not None:
            torch.Tensor.__getitem__ = prev_getitem
        else:
            del torch.Tensor.__getitem__
        _unwrap(undo)
    if rec.problems:
        raise rec.problems_error()
    rec.outputs = _flatten_outputs(rec, out, [])
    for name in rec.outputs:
        if name in rec.weights:
            fail("output %s is a weight, not computed from the input" % name)
    return rec
