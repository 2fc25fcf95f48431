"""Model builders used by the command line and the tests."""

import torch

# DeiT presets (torchvision VisionTransformer layout, LayerNorm eps 1e-6).
PRESETS = {
    "deit_tiny": dict(image_size=224, patch_size=16, num_layers=12, num_heads=3,
                      hidden_dim=192, mlp_dim=768, num_classes=1000),
    "deit_small": dict(image_size=224, patch_size=16, num_layers=12, num_heads=6,
                       hidden_dim=384, mlp_dim=1536, num_classes=1000),
}


def build_vit(image_size, patch_size, num_layers, num_heads, hidden_dim, mlp_dim,
              num_classes, seed=0, representation_size=None):
    """A randomly initialised torchvision VisionTransformer in eval mode.

    torchvision zero-initialises class_token and the classifier head, which
    would make every output 0; those are drawn from N(0, 0.02) as well, so the
    reference outputs of an export are non-trivial.  The global RNG state is
    left untouched.
    """
    from torchvision.models.vision_transformer import VisionTransformer
    for key, val in (("image size", image_size), ("patch size", patch_size),
                     ("layers", num_layers), ("heads", num_heads),
                     ("hidden dim", hidden_dim), ("mlp dim", mlp_dim),
                     ("classes", num_classes)):
        if int(val) < 1:
            raise ValueError("%s must be positive (got %d)" % (key, val))
    if image_size % patch_size:
        raise ValueError("image size %d is not a multiple of patch size %d"
                         % (image_size, patch_size))
    if hidden_dim % num_heads:
        raise ValueError("hidden dim %d is not a multiple of heads %d" % (hidden_dim, num_heads))
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = VisionTransformer(image_size=image_size, patch_size=patch_size,
                                  num_layers=num_layers, num_heads=num_heads,
                                  hidden_dim=hidden_dim, mlp_dim=mlp_dim,
                                  num_classes=num_classes,
                                  representation_size=representation_size)
        with torch.no_grad():
            for t in (model.class_token, model.heads.head.weight, model.heads.head.bias):
                t.normal_(0.0, 0.02)
    return model.eval()


def example_input(batch, image_size, seed=0):
    """A reproducible N(0, 1) image batch [batch, 3, image_size, image_size]."""
    gen = torch.Generator().manual_seed(seed)
    return torch.randn(batch, 3, image_size, image_size, generator=gen)
