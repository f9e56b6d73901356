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


class AliasesRefused(YAMLError):
    """A document that uses YAML anchors and aliases where they are not accepted."""

    def __init__(self, line: int):
        self.line = line
        super().__init__(f"line {line}")


def safe_load_without_aliases(text: str):
    """``safe_load`` of a file written by hand (the sources manifest), refusing any alias (``*name``):
    an alias repeated inside aliases expands exponentially (the "billion laughs"), and a manifest
    never needs one. The events are read first, which costs the size of the text, not of the
    expansion."""
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise AliasesRefused(event.start_mark.line + 1)
    return safe_load(text)
