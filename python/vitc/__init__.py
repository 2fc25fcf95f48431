"""vitc: export PyTorch vision transformers to the vitc graph format.

    import vitc
    vitc.export(model, torch.randn(1, 3, 224, 224), "out/vit", reference=True)

writes out/vit.json (graph, docs/graph-format.md) and out/vit.safetensors.
vitc.interp.run(json_path, {"x": array}) runs an exported graph with NumPy.
"""

from vitc.exporter import VERSION as __version__
from vitc.exporter import export
from vitc.trace import ExportError

__all__ = ["export", "ExportError", "__version__"]
