"""Command line: python3 -m vitc export [options] -o PREFIX

Builds a torchvision VisionTransformer (random init with --seed, eval mode)
and exports it to PREFIX.json + PREFIX.safetensors.  Errors: one line on
stderr, exit status 1.
"""

import argparse
import sys

from vitc.models import PRESETS

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
    e = sub.add_parser("export", help="export a torchvision VisionTransformer")
    e.add_argument("--model", choices=sorted(PRESETS),
                   help="preset (image 224, patch 16); size options override it")
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


def main(argv=None):
    args = _parser().parse_args(argv)
    if args.command != "export":
        return _die("usage: python3 -m vitc export [options] -o PREFIX")
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


if __name__ == "__main__":
    sys.exit(main())
