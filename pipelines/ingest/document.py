"""The in-memory form of one source document (defined in ``pipelines/document/model.py``)."""

from ..document.model import Block, Document, Heading

__all__ = ["Block", "Document", "Heading"]
