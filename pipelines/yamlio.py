"""YAML reading for the rules, schemas, manifests and hand-checked files: libyaml's C parser when
PyYAML was built with it (about ten times faster than the pure-Python one), the same safe subset
of YAML either way."""

from __future__ import annotations

import yaml

try:
    _SafeLoader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml
    _SafeLoader = yaml.SafeLoader

YAMLError = yaml.YAMLError


def safe_load(stream):
    """``yaml.safe_load``, with the C parser when available."""
    return yaml.load(stream, Loader=_SafeLoader)
