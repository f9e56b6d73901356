"""The in-memory form of one source document."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    offset: int


@dataclass
class Document:
    source_id: str
    file_name: str
    media_type: str
    bytes: int
    sha256: str
    text: str
    page_starts: list[int]
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    kind: str | None = None
    license: str | None = None
    url: str | None = None
    description: str | None = None
    encoding: str | None = None
    in_manifest: bool = True
    headings: list[Heading] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.page_starts)

    def page_of(self, offset: int) -> int:
        """1-based page number of a character offset in ``text``."""
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def page_text(self, page: int) -> tuple[int, str]:
        """(offset of the page start, text of the page) for a 1-based page number."""
        start = self.page_starts[page - 1]
        end = self.page_starts[page] if page < len(self.page_starts) else len(self.text)
        return start, self.text[start:end]
