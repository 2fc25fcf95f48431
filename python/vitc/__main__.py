"""Command line: python3 -m vitc export [options] -o PREFIX

Builds a model (random init with --seed, eval mode) and exports it to
PREFIX.json + PREFIX.safetensors.  Errors: one line on stderr, exit status 1.

Models: a torchvision VisionTransformer (--model deit_tiny|deit_small or the
size options), or a ShiftAdd model from vitc/nn.py:
  shiftadd_deit_tiny, shiftadd_deit_small   DeiT-style; default --attn
      linangular --mlp moe2 --attn-linear moe2
  pvt_v2_b0, pvt_v2_b1                      PVTv2; default all dense
  shiftadd_pvt_v2_b0, shiftadd_pvt_v2_b1    PVTv2; default --attn linangular
      --mlp moe2 --attn-linear moe2 (stages 1-3; stage 4 stays dense MSA)
--attn dense|linangular|hamming, --mlp and --attn-linear dense|shift|moe2
override the defaults (ShiftAdd models only).
"""

import argparse
import sys

from vitc.models import PRESETS

_SHIFTADD_ON = dict(attn="linangular", mlp="moe2", attn_linear="moe2")
_DENSE = dict(attn="dense", mlp="dense", attn_linear="dense")
# name -> (builder, sizes, default kinds)
SHIFTADD_PRESETS = {
    "shiftadd_deit_tiny": ("deit", dict(image_size=224, patch_size=16, num_layers=12,
                                        num_heads=3, hidden_dim=192, mlp_dim=768,
                                        num_classes=1000), _SHIFTADD_ON),
    "shiftadd_deit_small": ("deit", dict(image_size=224, patch_size=16, num_layers=12,
                                         num_heads=6, hidden_dim=384, mlp_dim=1536,
                                         num_classes=1000), _SHIFTADD_ON),
    "pvt_v2_b0": ("b0", dict(image_size=224, num_classes=1000), _DENSE),
    "pvt_v2_b1": ("b1", dict(image_size=224, num_classes=1000), _DENSE),
    "shiftadd_pvt_v2_b0": ("b0", dict(image_size=224, num_classes=1000), _SHIFTADD_ON),
    "shiftadd_pvt_v2_b1": ("b1", dict(image_size=224, num_classes=1000), _SHIFTADD_ON),
}

_SIZES = [("image_size", "--image-size"), ("patch_size", "--patch-size"),
          ("num_layers", "--layers"), ("num_heads", "--heads"),
          ("hidden_dim", "--hidden-dim"), ("mlp_dim", "--mlp-dim"),
          ("num_classes", "--classes")]


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise SystemExit(_die(message))


def _die(message):
    sys.stderr.write("vitc: %s\n" % " ".join(str(message).split()))
    return 1


def _parser():
    p = _Parser(prog="python3 -m vitc", description="vitc PyTorch exporter")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    e = sub.add_parser("export", help="export a VisionTransformer or a ShiftAdd model")
    e.add_argument("--model", choices=sorted(PRESETS) + sorted(SHIFTADD_PRESETS),
                   help="preset (image 224); size options override it")
    e.add_argument("--attn", choices=("dense", "linangular", "hamming"),
                   help="attention of a ShiftAdd model (PVT: stages 1-3)")
    e.add_argument("--mlp", choices=("dense", "shift", "moe2"),
                   help="MLP linears of a ShiftAdd model")
    e.add_argument("--attn-linear", choices=("dense", "shift", "moe2"),
                   help="attention linears of a ShiftAdd model (PVT: stages 1-3)")
    for key, flag in _SIZES:
        e.add_argument(flag, dest=key, type=int, metavar="N")
    e.add_argument("--representation-size", type=int, default=None,
                   help="pre-logits layer width (torchvision option)")
    e.add_argument("--batch", type=int, default=1, help="example batch size (default 1)")
    e.add_argument("--seed", type=int, default=0, help="init and input seed (default 0)")
    e.add_argument("--reference", action="store_true",
                   help="also write PREFIX.input.npy and PREFIX.output.npy")
    e.add_argument("-o", "--output", required=True, metavar="PREFIX")
    return p


def _shiftadd(args):
    """Build the ShiftAdd/PVT model of args: (model, image size)."""
    from vitc import nn as vnn
    builder, cfg, kinds = SHIFTADD_PRESETS[args.model]
    cfg, kinds = dict(cfg), dict(kinds)
    for key in kinds:
        if getattr(args, key) is not None:
            kinds[key] = getattr(args, key)
    for key, flag in _SIZES:
        val = getattr(args, key)
        if val is None:
            continue
        if key not in cfg:
            raise ValueError("%s is not supported for --model %s" % (flag, args.model))
        cfg[key] = val
    if args.representation_size is not None:
        raise ValueError("--representation-size is not supported for --model %s" % args.model)
    if builder == "deit":
        if cfg["hidden_dim"] % cfg["num_heads"]:
            raise ValueError("hidden dim %d is not a multiple of heads %d"
                             % (cfg["hidden_dim"], cfg["num_heads"]))
        model = vnn.build_shiftadd_deit(
            image_size=cfg["image_size"], patch_size=cfg["patch_size"], dim=cfg["hidden_dim"],
            depth=cfg["num_layers"], heads=cfg["num_heads"], mlp_dim=cfg["mlp_dim"],
            num_classes=cfg["num_classes"], seed=args.seed, **kinds)
    else:
        model = vnn.build_pvt_v2(builder, image_size=cfg["image_size"],
                                 num_classes=cfg["num_classes"], seed=args.seed, **kinds)
    return model, cfg["image_size"], kinds


def main(argv=None):
    args = _parser().parse_args(argv)
    if args.command != "export":
        return _die("usage: python3 -m vitc export [options] -o PREFIX")
    if args.model in SHIFTADD_PRESETS:
        return _main_shiftadd(args)
    for flag in ("attn", "mlp", "attn_linear"):
        if getattr(args, flag) is not None:
            return _die("export: --%s needs a ShiftAdd --model (%s)"
                        % (flag.replace("_", "-"), ", ".join(sorted(SHIFTADD_PRESETS))))
    cfg = dict(PRESETS[args.model]) if args.model else {}
    for key, flag in _SIZES:
        if getattr(args, key) is not None:
            cfg[key] = getattr(args, key)
    missing = [flag for key, flag in _SIZES if key not in cfg]
    if missing:
        return _die("export: missing %s (or use --model)" % ", ".join(missing))
    if args.batch < 1:
        return _die("export: --batch must be at least 1")
    try:
        import vitc
        from vitc.models import build_vit, example_input
        model = build_vit(seed=args.seed, representation_size=args.representation_size, **cfg)
        x = example_input(args.batch, cfg["image_size"], args.seed)
        graph = vitc.export(model, x, args.output, reference=args.reference)
    except vitc.ExportError as e:
        return _die(str(e)[len("vitc."):] if str(e).startswith("vitc.") else e)
    except Exception as e:  # one line, no traceback, for any failure
        return _die("export: %s" % (e or type(e).__name__))
    n = sum(p.numel() for p in model.parameters())
    print("wrote %s.json, %s.safetensors: %d nodes, %d parameters"
          % (args.output, args.output, len(graph["nodes"]), n))
    return 0


def _main_shiftadd(args):
    if args.batch < 1:
        return _die("export: --batch must be at least 1")
    try:
        import vitc
        from vitc.models import example_input
        from vitc.nn import count_parameters
        model, image_size, kinds = _shiftadd(args)
        x = example_input(args.batch, image_size, args.seed)
        graph = vitc.export(model, x, args.output, reference=args.reference)
    except vitc.ExportError as e:
        return _die(str(e)[len("vitc."):] if str(e).startswith("vitc.") else e)
    except Exception as e:  # one line, no traceback, for any failure
        return _die("export: %s" % (e or type(e).__name__))
    print("wrote %s.json, %s.safetensors: %s (attn %s, mlp %s, attn-linear %s), %d nodes, "
          "%d parameters" % (args.output, args.output, args.model, kinds["attn"], kinds["mlp"],
                             kinds["attn_linear"], len(graph["nodes"]), count_parameters(model)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
