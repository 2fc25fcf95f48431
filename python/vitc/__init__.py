"""vitc: export PyTorch vision transformers to the vitc graph format, and run
the compiled models.

    import vitc
    vitc.export(model, torch.randn(1, 3, 224, 224), "out/vit", reference=True)
    vitc.compile("out/vit.json", "out/vit.so")      # runs `vitc compile`
    m = vitc.load("out/vit.so", threads=2)           # libvitrt via ctypes
    y = m(x)                                         # {output name: numpy array}

vitc.export writes out/vit.json (graph, docs/graph-format.md) and
out/vit.safetensors.  vitc.interp.run(json_path, {"x": array}) runs an
exported graph with NumPy.  Running (load, compile) needs numpy only; torch
is imported on first use of export / ExportError.
"""

from vitc.runtime import Model, TensorSpec, VitrtError, compile, load

# The exporter's version; exporter.VERSION says the same (checked by tests/python).
__version__ = "0.1"

__all__ = ["export", "ExportError", "load", "compile", "Model", "TensorSpec", "VitrtError",
           "__version__"]


def __getattr__(name):
    """export and ExportError import torch: load them on first use only."""
    if name == "export":
        from vitc.exporter import export
        return export
    if name == "ExportError":
        from vitc.trace import ExportError
        return ExportError
    raise AttributeError("module 'vitc' has no attribute %r" % name)
