#!/usr/bin/python3
"""Tests of the PyTorch exporter (python/vitc).

Run:  /usr/bin/python3 tests/export/test_export.py     (torch 1.13, torchvision)
With VITC_BIN=/path/to/vitc also checks `vitc inspect` on the exported graphs.
"""

import importlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest

try:
    import numpy as np
    import torch
    import torch.nn.functional as F
    importlib.import_module("torchvision")  # vitc.models needs it
    from torch import nn
except ImportError as e:  # e.g. a python3 without torch: run /usr/bin/python3
    sys.stderr.write("test_export.py: skipped: %s (run with /usr/bin/python3)\n" % e)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYDIR = os.path.join(ROOT, "python")
sys.path.insert(0, PYDIR)

import vitc  # noqa: E402
import vitc.interp  # noqa: E402
from vitc import safetensors  # noqa: E402
from vitc.models import build_vit, example_input  # noqa: E402

# image, patch, layers, heads, hidden, mlp, classes, representation size
VIT_CONFIGS = [
    dict(image_size=32, patch_size=8, num_layers=2, num_heads=3, hidden_dim=48,
         mlp_dim=96, num_classes=10),
    # odd and not square-free: 45 = 3^2*5, 9 = 3^2, 75 = 3*5^2, 27 = 3^3
    dict(image_size=45, patch_size=9, num_layers=3, num_heads=9, hidden_dim=45,
         mlp_dim=75, num_classes=27),
    dict(image_size=24, patch_size=4, num_layers=1, num_heads=4, hidden_dim=32,
         mlp_dim=64, num_classes=5, representation_size=16),
]


def perturb(model, seed):
    """Add noise to every parameter, so that LayerNorm affines, biases and
    the class token all matter in the comparisons."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.1 * torch.randn(p.shape, generator=gen))
    return model


def close(test, got, ref, what):
    got, ref = np.asarray(got), np.asarray(ref)
    test.assertEqual(got.shape, ref.shape, what)
    tol = 1e-4 * max(float(np.abs(ref).max()), 1e-30)
    err = float(np.abs(got - ref).max())
    test.assertLessEqual(err, tol, "%s: max error %g > %g" % (what, err, tol))


def param_count(graph):
    total = 0
    for w in graph["weights"]:
        if w["role"] == "parameter":
            total += int(np.prod(w["shape"], dtype=np.int64))
    return total


def load_json(prefix):
    with open(prefix + ".json") as f:
        return json.load(f)


class TmpDirCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="vitc-export-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.tmp, name)

    def check_interp(self, model, prefix, shape, batches=(1, 3), seed=7):
        """interp(json) == model(x) for fresh inputs at each batch size."""
        gen = torch.Generator().manual_seed(seed)
        for b in batches:
            x = torch.randn((b,) + tuple(shape[1:]), generator=gen)
            with torch.no_grad():
                ref = model(x)
            refs = [ref] if isinstance(ref, torch.Tensor) else list(ref)
            outs = vitc.interp.run(prefix + ".json", {"x": x.numpy()})
            self.assertEqual(len(outs), len(refs))
            for i, (o, r) in enumerate(zip(outs, refs)):
                close(self, o, r.numpy(), "%s output %d at batch %d" % (prefix, i, b))

    def check_inspect(self, prefix, model, classes=None):
        """With VITC_BIN set: `vitc inspect` reads the export, counts the
        parameters as PyTorch does and shows heads.head as f32[N,classes]."""
        binary = os.environ.get("VITC_BIN")
        if not binary:
            return
        res = subprocess.run([binary, "inspect", prefix + ".json"], capture_output=True,
                             text=True, timeout=60)
        self.assertEqual(res.returncode, 0, res.stderr)
        lines = res.stdout.splitlines()
        counts = [re.match(r"parameters:\s+([\d,_]+)", ln) for ln in lines]
        counts = [int(m.group(1).replace(",", "").replace("_", "")) for m in counts if m]
        self.assertEqual(counts, [sum(p.numel() for p in model.parameters())], res.stdout)
        start = [i for i, ln in enumerate(lines) if ln.startswith("outputs:")]
        self.assertTrue(start, "no outputs: section\n" + res.stdout)
        if classes is None:
            return
        section = []
        for ln in lines[start[0] + 1:]:
            if not ln.startswith(" "):
                break
            section.append(ln)
        want = re.compile(r"^\s+heads\.head\s+f32\[N,\s*%d\]\s*$" % classes)
        self.assertTrue(any(want.match(ln) for ln in section), res.stdout)


class TestVisionTransformer(TmpDirCase):
    def export_vit(self, cfg, idx, batch):
        model = perturb(build_vit(seed=idx, **cfg), 100 + idx)
        prefix = self.path("vit%d_b%d" % (idx, batch))
        x = example_input(batch, cfg["image_size"], seed=idx)
        vitc.export(model, x, prefix, reference=True)
        return model, prefix

    def test_configs(self):
        for idx, cfg in enumerate(VIT_CONFIGS):
            with self.subTest(config=idx):
                graphs = []
                for batch in (1, 2):
                    model, prefix = self.export_vit(cfg, idx, batch)
                    graph = load_json(prefix)
                    graphs.append(dict(graph, weights_file=None))
                    size = cfg["image_size"]
                    self.assertEqual(graph["format"], "vitc-graph")
                    self.assertEqual(graph["version"], 1)
                    self.assertEqual(graph["inputs"],
                                     [{"name": "x", "dtype": "f32", "shape": ["N", 3, size, size]}])
                    self.assertEqual(graph["outputs"], ["heads.head"])
                    self.assertEqual(graph["weights_file"],
                                     os.path.basename(prefix) + ".safetensors")
                    self.assertEqual(param_count(graph), sum(p.numel() for p in model.parameters()))
                    # the saved reference: the module's own output on the saved input
                    x = np.load(prefix + ".input.npy")
                    ref = np.load(prefix + ".output.npy")
                    self.assertEqual(x.dtype, np.float32)
                    self.assertEqual(x.shape, (batch, 3, size, size))
                    self.assertEqual(ref.shape, (batch, cfg["num_classes"]))
                    self.assertGreater(float(np.abs(ref).max()), 0.0)
                    close(self, vitc.interp.run(prefix + ".json", {"x": x})[0], ref, prefix)
                    self.check_interp(model, prefix, x.shape)
                    self.check_weights(model, prefix, graph)
                    self.check_inspect(prefix, model, cfg["num_classes"])
                # the graph does not depend on the example batch size
                self.assertEqual(graphs[0], graphs[1])

    def check_weights(self, model, prefix, graph):
        """The safetensors file holds each declared weight once, in order."""
        path = prefix + ".safetensors"
        with open(path, "rb") as f:
            raw = f.read()
        (n,) = struct.unpack("<Q", raw[:8])
        self.assertEqual(n % 8, 0)
        header = json.loads(raw[8:8 + n])
        header.pop("__metadata__", None)
        self.assertEqual(list(header), [w["name"] for w in graph["weights"]])
        end = 0
        for name, e in header.items():
            self.assertEqual(e["dtype"], "F32")
            self.assertEqual(e["data_offsets"][0], end)
            end = e["data_offsets"][1]
        self.assertEqual(8 + n + end, len(raw))
        arrays, _ = safetensors.read(path)
        params = dict(model.named_parameters())
        for w in graph["weights"]:
            self.assertEqual(list(arrays[w["name"]].shape), w["shape"])
            if w["role"] == "parameter":
                np.testing.assert_array_equal(arrays[w["name"]],
                                              params[w["name"]].detach().numpy())



class TinyAttention(nn.Module):
    """Attention built from Linear, reshape, permute, unbind, matmul, softmax."""

    def __init__(self, dim, heads):
        super().__init__()
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.heads = heads
        self.scale = (dim // heads) ** -0.5

    def forward(self, x):
        b, t, d = x.shape
        qkv = self.qkv(x).reshape(b, t, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        q, k, v = qkv.unbind(0)
        attn = ((q @ k.transpose(-2, -1)) * self.scale).softmax(dim=-1)
        return self.proj((attn @ v).transpose(1, 2).reshape(b, t, d))


class Custom(nn.Module):
    """A composition of leaf modules and functional ops."""

    def __init__(self, dim=24, tokens=6, features=12, classes=4):
        super().__init__()
        self.embed = nn.Linear(features, dim)
        self.pos = nn.Parameter(torch.randn(1, tokens, dim))
        self.register_buffer("shift", torch.randn(dim))
        self.norm = nn.LayerNorm(dim)
        self.attn = TinyAttention(dim, 2)
        self.mha = nn.MultiheadAttention(dim, 3)  # batch_first=False
        self.act = nn.GELU(approximate="tanh")
        self.ln_w = nn.Parameter(torch.rand(dim) + 0.5)
        self.cross = nn.MultiheadAttention(dim, 4, bias=False, batch_first=True)
        self.mlp = nn.Sequential(nn.Linear(dim, dim), nn.ReLU(), nn.Identity(), nn.Tanh())
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(dim, classes)

    def forward(self, x):
        h = self.embed(x) + self.pos - self.shift
        h = h + self.attn(self.norm(h))
        t = h.transpose(0, 1)
        a, _ = self.mha(t, t, t, need_weights=False)
        h = h + a.transpose(0, 1)
        c, _ = self.cross(h[:, :2], h, h)  # cross-attention, weights ignored
        h = h + c.mean(dim=1, keepdim=True)
        h = self.act(h) * 0.5 + torch.tanh(h) / 4 - F.relu(h) + (1.0 - h) + 2 / (h * h + 1)
        h = F.layer_norm(h, (h.shape[-1],), self.ln_w, None, 1e-5)
        h = torch.cat([h[:, :1], h[:, 1:] * 2], dim=1) + torch.full((h.shape[-1],), 0.1)
        h = torch.erf(h) + self.mlp(h)
        first, second = h.chunk(2, dim=1)
        h = torch.stack([first, second], dim=1).flatten(1, 2)
        g = h[:, None, 1:5:2, ...].expand(-1, 2, -1, -1).mean(dim=(1, 2))
        pooled = h.mean(dim=1) + g + h[:, -1]
        return self.head(self.drop(pooled)), h[:, 0]


class TestCustomModules(TmpDirCase):
    def test_custom_composition(self):
        torch.manual_seed(3)
        model = Custom().eval()
        prefix = self.path("custom")
        graph = vitc.export(model, torch.randn(2, 6, 12), prefix, reference=True)
        self.assertEqual(param_count(graph), sum(p.numel() for p in model.parameters()))
        roles = {w["name"]: w["role"] for w in graph["weights"]}
        self.assertEqual(roles["shift"], "buffer")
        self.assertEqual(roles["pos"], "parameter")
        self.assertIn("constant", roles.values())
        ops = {n["op"] for n in graph["nodes"]}
        for op in ("linear", "matmul", "softmax", "transpose", "reshape", "mean", "attention",
                   "layer_norm", "gelu", "relu", "tanh", "erf", "concat", "slice", "select",
                   "expand", "add", "sub", "mul", "div"):
            self.assertIn(op, ops)
        names = [n["name"] for n in graph["nodes"]]
        self.assertEqual(len(names), len(set(names)))
        self.assertIn("attn.proj", names)
        self.assertIn("mha.attention", names)
        cross = [n for n in graph["nodes"] if n["name"] == "cross"][0]
        self.assertEqual(roles[cross["inputs"][4]], "constant")  # zero bias for bias=False
        outs = vitc.interp.run(prefix + ".json", {"x": np.load(prefix + ".input.npy")})
        close(self, outs[0], np.load(prefix + ".output.npy"), "custom reference")
        self.check_interp(model, prefix, (1, 6, 12))
        self.check_inspect(prefix, model)

    def test_batch_axis_indexing(self):
        """Indexing along the batch axis follows the batch size (interp only:
        the C tools may not support it)."""
        class Mix(nn.Module):
            def forward(self, x):
                return x[-1:] * 2 - x[-1] + x[None][0, :2].mean(0) + x[:, None].flatten(0, 1)[:]

        prefix = self.path("mix")
        vitc.export(Mix().eval(), torch.randn(2, 3, 4), prefix)
        self.check_interp(Mix(), prefix, (1, 3, 4), batches=(2, 3, 5))

    def test_convolutions(self):
        torch.manual_seed(5)
        conv = nn.Conv2d(4, 6, 3, stride=2, padding=1, dilation=2, groups=2)
        same = nn.Conv2d(6, 6, 3, padding="same", groups=6, bias=False)
        w = nn.Parameter(torch.randn(5, 6, 2, 2))

        class Convs(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv, self.same, self.w = conv, same, w
                self.flat = nn.Flatten(1)

            def forward(self, x):
                h = self.same(torch.relu(self.conv(x)))
                return self.flat(F.conv2d(h, self.w, None, stride=(1, 2)))

        model = Convs().eval()
        prefix = self.path("convs")
        graph = vitc.export(model, torch.randn(1, 4, 11, 9), prefix)
        self.assertEqual([n["op"] for n in graph["nodes"]],
                         ["conv2d", "relu", "conv2d", "conv2d", "reshape"])
        self.assertEqual(graph["nodes"][0]["attrs"],
                         {"stride": [2, 2], "padding": [1, 1], "dilation": [2, 2], "groups": 2})
        self.check_interp(model, prefix, (1, 4, 11, 9))
        self.check_inspect(prefix, model)

    def test_activations(self):
        """sigmoid, silu, hardswish, hardsigmoid, exp, sqrt, rsqrt: functions,
        Tensor methods and modules; sum (mean times the count); a weight
        indexed by a constant index tensor; against the interpreter."""

        class Act(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(8, 8)
                self.mods = nn.Sequential(nn.SiLU(), nn.Hardswish(), nn.Sigmoid(),
                                          nn.Hardsigmoid())
                self.bias = nn.Parameter(torch.randn(1, 3))
                self.register_buffer("idx", torch.tensor([[0, 2, 1, 1, 0, 2, 2, 0]] * 5))

            def forward(self, x):
                h = self.fc(x)
                a = torch.sigmoid(h) + F.silu(h) + F.hardswish(h) + F.hardsigmoid(h)
                b = h.sigmoid() * torch.exp(-h * h) + (h * h + 1).sqrt() + \
                    torch.rsqrt(h * h + 0.5) + torch.sqrt(h.exp())
                c = torch.sum(h * h, dim=-1, keepdim=True) + h.sum((1, 2))[:, None, None]
                g = self.bias[:, self.idx]          # a weight gathered by constant indices
                return self.mods(a + b) + c / 100 + g

        torch.manual_seed(5)
        prefix = self.path("act")
        model = Act().eval()
        graph = vitc.export(model, torch.randn(2, 5, 8), prefix, reference=True)
        ops = {n["op"] for n in graph["nodes"]}
        for op in ("sigmoid", "silu", "hardswish", "hardsigmoid", "exp", "sqrt", "rsqrt"):
            self.assertIn(op, ops)
        # the gather from a weight by a constant index buffer is folded at
        # export into a constant weight of the gathered shape
        self.assertIn([1, 5, 8], [w["shape"] for w in graph["weights"] if w["role"] == "constant"])
        self.assertNotIn("idx", [w["name"] for w in graph["weights"]])
        self.check_interp(model, prefix, (1, 5, 8))

    def test_interp_conv1d_tokens(self):
        """conv1d_tokens is not produced by the exporter: check the
        interpreter against a depthwise torch conv1d on a hand-written graph."""
        x = torch.randn(2, 7, 5)
        w, b = torch.randn(5, 1, 3), torch.randn(5)
        safetensors.write(self.path("c1.safetensors"), {"w": w.numpy(), "b": b.numpy()})
        graph = {"format": "vitc-graph", "version": 1, "weights_file": "c1.safetensors",
                 "inputs": [{"name": "x", "dtype": "f32", "shape": ["N", 7, 5]}],
                 "outputs": ["c"],
                 "weights": [{"name": "w", "dtype": "f32", "shape": [5, 1, 3], "role": "parameter"},
                             {"name": "b", "dtype": "f32", "shape": [5], "role": "parameter"}],
                 "nodes": [{"name": "c", "op": "conv1d_tokens", "inputs": ["x", "w", "b"],
                            "outputs": ["c"], "attrs": {"padding": 1}}]}
        with open(self.path("c1.json"), "w") as f:
            json.dump(graph, f)
        ref = F.conv1d(x.transpose(1, 2), w, b, padding=1, groups=5).transpose(1, 2)
        close(self, vitc.interp.run(self.path("c1.json"), {"x": x.numpy()})[0], ref.numpy(),
              "conv1d_tokens")

    def test_transformer_encoder(self):
        torch.manual_seed(4)
        layer = nn.TransformerEncoderLayer(16, 4, 40, activation="gelu", batch_first=True,
                                           norm_first=True)
        model = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm(16)).eval()
        prefix = self.path("encoder")
        vitc.export(model, torch.randn(1, 5, 16), prefix)
        self.check_interp(model, prefix, (1, 5, 16))
        self.check_inspect(prefix, model)


class Wrap(nn.Module):
    def __init__(self, body):
        super().__init__()
        self.body = body

    def forward(self, x):
        return self.body(x)


class Sin(nn.Module):
    def forward(self, x):
        return torch.sin(x)


class FoldBatch(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 4)

    def forward(self, x):
        return self.proj(x.reshape(-1, 4)).reshape(x.shape[0], -1, 4)


class BatchPlusOne(nn.Module):
    def forward(self, x):
        return torch.cat([x, x[:1]], 0) * 2


class TestBatchMultiple(TmpDirCase):
    """The batch flattened into another axis is exported as "N*k"."""

    def test_batch_folded_into_another_dim(self):
        prefix = self.path("fold")
        model = FoldBatch().eval()
        graph = vitc.export(model, torch.randn(1, 5, 4), prefix)
        shapes = [n["attrs"]["shape"] for n in graph["nodes"] if n["op"] == "reshape"]
        self.assertEqual(shapes, [["N*5", 4], ["N", 5, 4]])
        self.assertEqual(graph["inputs"][0]["shape"], ["N", 5, 4])
        self.check_interp(model, prefix, (1, 5, 4))

    def test_expand_to_batch_multiple(self):
        # an expand whose target holds N*k, and a mask built in forward from
        # x.new_zeros (an untracked constant, as in torchvision's Swin)
        class Tokens(nn.Module):
            def forward(self, x):  # [B, 5, 4]
                rows = x.reshape(-1, 1, 4).expand(-1, 3, -1)  # [B*5, 3, 4]
                mask = x.new_zeros((3, 4))
                mask[1:, :2] = -1.0
                return (rows + mask).reshape(x.shape[0], 5, 12)

        prefix = self.path("tokens")
        graph = vitc.export(Tokens(), torch.randn(1, 5, 4), prefix)
        expand = [n for n in graph["nodes"] if n["op"] == "expand"]
        self.assertEqual(expand[0]["attrs"]["shape"], ["N*5", 3, 4])
        consts = [w for w in graph["weights"] if w["role"] == "constant"]
        self.assertEqual([w["shape"] for w in consts], [[3, 4]])
        self.check_interp(Tokens(), prefix, (1, 5, 4))

    def test_batch_folded_at_batch_2(self):
        # traced at batch 2 and 3: 10 and 15 rows are N*5 as well
        prefix = self.path("fold2")
        model = FoldBatch().eval()
        graph = vitc.export(model, torch.randn(2, 5, 4), prefix)
        self.assertEqual(graph["nodes"][0]["attrs"]["shape"], ["N*5", 4])
        self.check_interp(model, prefix, (1, 5, 4), batches=(1, 2, 4))


class PadRoll(nn.Module):
    def forward(self, x):  # [B, 4, 5, 3]
        y = nn.functional.pad(x, (1, 0, 0, 2), value=-1.5)  # W 5 -> 7, C 3 -> 4
        y = torch.roll(y, shifts=(-1, 3, 2), dims=(1, 2, 1))  # axis 1: net +1
        z = nn.functional.pad(y, (0, 0, 0, 0))  # no padding: the input itself
        c = nn.functional.pad(y, (-1, 1, 2, -3, 0, 0))  # W 7 -> 6, crops as slices
        return (z.roll(0, 2) + torch.roll(y, 9, -1))[:, :, 1:7, :] + c  # 0 and 9 % 4 = 1


class TestPadRoll(TmpDirCase):
    def test_attrs_and_interp(self):
        prefix = self.path("padroll")
        graph = vitc.export(PadRoll(), torch.randn(1, 4, 5, 3), prefix)
        nodes = [(n["op"], n["attrs"]) for n in graph["nodes"]]
        self.assertEqual(nodes, [
            ("pad", {"pads": [0, 0, 0, 0, 0, 2, 1, 0], "value": -1.5}),
            ("roll", {"shifts": [1, 3], "axes": [1, 2]}),
            ("pad", {"pads": [0, 0, 0, 0, 2, 0, 0, 1], "value": 0.0}),
            ("slice", {"axis": 2, "start": 0, "end": 6, "step": 1}),
            ("slice", {"axis": 3, "start": 1, "end": 5, "step": 1}),
            ("roll", {"shifts": [1], "axes": [3]}),
            ("add", {}),
            ("slice", {"axis": 2, "start": 1, "end": 7, "step": 1}),
            ("add", {})])
        self.check_interp(PadRoll(), prefix, (1, 4, 5, 3))

    def test_refused(self):
        class Reflect(nn.Module):
            def forward(self, x):
                return nn.functional.pad(x, (1, 1), mode="reflect")

        class Flat(nn.Module):
            def forward(self, x):
                return torch.roll(x, 1)

        for model, needle in ((Reflect(), "mode='reflect'"),
                              (Flat(), "torch.roll without dims")):
            with self.assertRaises(vitc.ExportError) as ctx:
                vitc.export(model, torch.randn(1, 3, 4), self.path("bad"))
            self.assertIn(needle, str(ctx.exception))


class TestRefusals(TmpDirCase):
    def refused(self, model, x, *needles):
        prefix = self.path("bad")
        with self.assertRaises(vitc.ExportError) as ctx:
            vitc.export(model.eval(), x, prefix)
        msg = str(ctx.exception)
        self.assertTrue(msg.startswith("vitc.export: "), msg)
        for needle in needles:
            self.assertIn(needle, msg)
        self.assertFalse(os.path.exists(prefix + ".json"))

    def test_unsupported_modules(self):
        feats = Wrap(nn.Sequential(nn.Conv2d(3, 4, 3), nn.MaxPool2d(2)))
        self.refused(feats, torch.randn(1, 3, 8, 8), "body.1",
                     "torch.nn.modules.pooling.MaxPool2d")
        self.refused(Wrap(nn.LSTM(4, 4, batch_first=True)), torch.randn(1, 5, 4),
                     "body", "torch.nn.modules.rnn.LSTM")

    def test_unsupported_function(self):
        self.refused(Wrap(Sin()), torch.randn(1, 5), "torch.sin", "body")

    def test_batch_norm_refusals(self):
        class Reuse(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d(3, 4, 1)
                self.bn = nn.BatchNorm2d(4)

            def forward(self, x):
                y = self.conv(x)
                return self.bn(y) + y   # the pre-norm value, after folding

        self.refused(Reuse(), torch.randn(1, 3, 4, 4), "conv", "folded")
        self.refused(Wrap(nn.BatchNorm2d(3, track_running_stats=False)),
                     torch.randn(1, 3, 4, 4), "body", "running statistics")

    def test_batch_dependent_dim(self):
        # b+1 rows: depends on the batch size but is no multiple N*k of it
        self.refused(BatchPlusOne(), torch.randn(1, 5, 4), "is not the batch size")

    def test_attention_mask(self):
        mha = nn.MultiheadAttention(4, 2, batch_first=True)

        class Masked(nn.Module):
            def __init__(self):
                super().__init__()
                self.mha = mha

            def forward(self, x):
                return self.mha(x, x, x, attn_mask=torch.zeros(5, 5), need_weights=False)[0]

        self.refused(Masked(), torch.randn(1, 5, 4), "mha", "mask")


class TestCommandLine(TmpDirCase):
    def run_cli(self, *args):
        env = dict(os.environ, PYTHONPATH=PYDIR)
        return subprocess.run([sys.executable, "-m", "vitc"] + list(args), capture_output=True,
                              text=True, env=env, timeout=120)

    def test_export(self):
        prefix = self.path("cli")
        res = self.run_cli("export", "--image-size", "32", "--patch-size", "8", "--layers", "2",
                           "--heads", "3", "--hidden-dim", "48", "--mlp-dim", "96",
                           "--classes", "10", "--batch", "2", "--seed", "1", "--reference",
                           "-o", prefix)
        self.assertEqual(res.returncode, 0, res.stderr)
        graph = load_json(prefix)
        self.assertEqual(graph["inputs"][0]["shape"], ["N", 3, 32, 32])
        x, ref = np.load(prefix + ".input.npy"), np.load(prefix + ".output.npy")
        self.assertEqual(x.shape, (2, 3, 32, 32))
        close(self, vitc.interp.run(prefix + ".json", {"x": x})[0], ref, "cli")
        model = build_vit(32, 8, 2, 3, 48, 96, 10, seed=1)
        self.assertEqual(param_count(graph), sum(p.numel() for p in model.parameters()))

    def test_deit_tiny_preset(self):
        prefix = self.path("deit")
        res = self.run_cli("export", "--model", "deit_tiny", "-o", prefix)
        self.assertEqual(res.returncode, 0, res.stderr)
        graph = load_json(prefix)
        self.assertEqual(graph["inputs"][0]["shape"], ["N", 3, 224, 224])
        self.assertEqual(param_count(graph), 5717416)  # DeiT-Ti, 1000 classes
        self.assertEqual(sum(n["op"] == "attention" for n in graph["nodes"]), 12)

    def test_errors(self):
        for args in (["export", "--image-size", "30", "--patch-size", "8", "--layers", "1",
                      "--heads", "3", "--hidden-dim", "48", "--mlp-dim", "96", "--classes",
                      "10", "-o", self.path("e")],
                     ["export", "--image-size", "32", "-o", self.path("e")],
                     ["export", "--model", "deit_huge", "-o", self.path("e")]):
            res = self.run_cli(*args)
            self.assertEqual(res.returncode, 1, args)
            self.assertEqual(len(res.stderr.strip().splitlines()), 1, res.stderr)
            self.assertFalse(os.path.exists(self.path("e.json")))


if __name__ == "__main__":
    unittest.main()
