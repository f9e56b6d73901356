"""The reading budget of one PDF, checked page by page before the page is parsed, so that a
decompression bomb (a few hundred KB that inflate to a hundred million characters) or thousands of
pages sharing one stream are refused in seconds instead of filling the memory.

pdfium (the reader) parses a whole page at once and builds about 250 bytes per character of its
text page; nothing can be counted before that through its interface. So each page's content is
first measured with pypdf, whose decompression stops at a set output length:

1. the page count (pdfium's, read from the page tree without parsing pages) against ``max_pages``;
2. before a page is parsed, its content streams (and the forms it draws, counted as many times as
   they are drawn) are inflated with a cap of PAGE_CONTENT_LIMIT bytes; a page whose content could
   show more characters than the budget has left, or more than LARGE_PAGE_CONTENT, has the bytes
   of its strings counted (what its text operators can show at most, found by visiting only the
   string delimiters: a page of vector drawing is measured in milliseconds), and a page that would
   take the document past ``max_text_chars`` is refused before pdfium reads it;
3. after pdfium has built a page's text, its exact character count is added to the document's total
   and checked again, before any Python object is made of those characters."""

from __future__ import annotations

import io
import logging
import re

from ..errors import BudgetExceeded
from ..settings import ReadingBudget

# A page's inflated content streams: the largest of the real corpus is 3.8 MB (a brochure's vector
# drawing); 16 times that is refused as a bomb whatever the text budget.
PAGE_CONTENT_LIMIT = 64 * 1024 * 1024
# Below this much content a page cannot show more characters than pdfium handles in about 250 MB.
LARGE_PAGE_CONTENT = 1024 * 1024


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", " ")


class PdfBudget:
    """The guard :func:`pipelines.document.pdf.read_pdf` calls before and while reading each page."""

    def __init__(self, data: bytes, file: str, budget: ReadingBudget):
        self.data = data
        self.file = file
        self.budget = budget
        self.chars = 0
        self._reader = None

    # -- refusals
    def _refuse(self, reason: str) -> None:
        raise BudgetExceeded(self.file, reason)

    def _over_text(self, page: int, what: str) -> None:
        self._refuse(f"document refusé : {what} à la page {page}, au-delà de la limite de "
                     f"{_fmt(self.budget.max_text_chars)} caractères de texte par document "
                     "(OPENDATA_MAX_TEXT_CHARS)")

    # -- checks
    def check_pages(self, pages: int) -> None:
        if pages > self.budget.max_pages:
            self._refuse(f"document refusé : le PDF a {_fmt(pages)} pages, au-delà de la limite de "
                         f"{_fmt(self.budget.max_pages)} pages par document (OPENDATA_MAX_PAGES)")

    def before_page(self, index: int) -> None:
        """Measure page ``index`` (0-based) before pdfium parses it."""
        import pypdf
        from pypdf.errors import LimitReachedError, PyPdfError

        caps = {name: PAGE_CONTENT_LIMIT for name in (
            "zlib_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
            "brotli_maximum_output_length", "array_based_stream_maximum_output_length")}
        logging.getLogger("pypdf").setLevel(logging.ERROR)   # its repair notes are not the officer's concern
        unreadable = (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError)
        with pypdf.apply_configuration(**caps):
            try:
                if self._reader is None:
                    self._reader = pypdf.PdfReader(io.BytesIO(self.data), strict=False)
                page = _PageContent(self._reader.pages[index])
                bound = page.upper_bound()
            except LimitReachedError:
                self._refuse(f"document refusé : la page {index + 1} fait plus de {PAGE_CONTENT_LIMIT // 2**20} Mo une "
                             "fois décompressée (une bombe de décompression ?), au-delà de la limite fixe de lecture "
                             f"d'une page ({PAGE_CONTENT_LIMIT // 2**20} Mo)")
            except unreadable:
                return   # pypdf cannot follow this page (pdfium repairs more): the exact count after parsing decides
            if bound <= min(LARGE_PAGE_CONTENT, self.budget.max_text_chars - self.chars):
                return   # it cannot show more characters than are left in the budget, nor cost much to pdfium
            try:
                shown = page.shown()
            except LimitReachedError:
                self._refuse(f"document refusé : les formes que dessine la page {index + 1} font plus de "
                             f"{PAGE_CONTENT_LIMIT // 2**20} Mo une fois décompressées, au-delà de la limite fixe de "
                             "lecture d'une page")
            except unreadable:
                # Operators pypdf cannot follow: every byte of the content is taken as a character.
                if self.chars + bound > self.budget.max_text_chars:
                    self._over_text(index + 1, f"jusqu'à {_fmt(self.chars + bound)} caractères de texte (contenu "
                                    "que la mesure ne sait pas analyser)")
                return
        if self.chars + shown > self.budget.max_text_chars:
            self._over_text(index + 1, f"{_fmt(self.chars + shown)} caractères de texte")

    def after_page(self, index: int, chars: int) -> None:
        """Add the exact character count of page ``index`` once pdfium has built its text."""
        self.chars += chars
        if self.chars > self.budget.max_text_chars:
            self._over_text(index + 1, f"{_fmt(self.chars)} caractères de texte")


class _PageContent:
    """A page's content streams and the forms they draw (``/Name Do``), each form counted as many
    times as it is drawn: a form of a thousand characters drawn ten thousand times is ten million
    characters for pdfium, whatever the size of the file."""

    MAX_DEPTH = 8

    def __init__(self, page):
        self.decoded = 0
        self._decoded: dict[int, bytes] = {}
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        streams = [c.get_object() for c in contents] if isinstance(contents, list) else [contents]
        self.data = b"\n".join(self._decode(s) for s in streams if hasattr(s, "get_data"))
        self.page_forms = self._forms(page)
        self._bounds: dict[int, int] = {}
        self._shown: dict[int, int] = {}

    def _decode(self, stream) -> bytes:
        from pypdf.errors import LimitReachedError

        if id(stream) in self._decoded:
            return self._decoded[id(stream)]
        data = self._decoded[id(stream)] = stream.get_data()
        self.decoded += len(data)
        if self.decoded > PAGE_CONTENT_LIMIT:
            raise LimitReachedError("content")
        return data

    @staticmethod
    def _forms(holder) -> dict[bytes, object]:
        resources = holder.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if resources is not None else None
        forms = {}
        for name, ref in (xobjects.get_object().items() if xobjects is not None else ()):
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Form" and hasattr(obj, "get_data"):
                forms[name.encode("latin-1", "replace")] = obj
        return forms

    def _uses(self, data: bytes, forms: dict) -> list[tuple[object, int]]:
        """(form, times drawn) for the forms ``data`` draws: ``/Name Do`` counted in the bytes, which
        may only overcount (the same bytes inside a string)."""
        return [(form, len(re.findall(re.escape(name) + rb"\s*Do(?![A-Za-z])", data))) for name, form in forms.items()]

    def _walk(self, data: bytes, forms: dict, own, memo: dict, depth: int) -> int:
        total = own(data)
        if depth >= self.MAX_DEPTH:
            return total
        for form, uses in self._uses(data, forms):
            if not uses:
                continue
            key = id(form)
            if key not in memo:
                memo[key] = 0        # a form that draws itself counts once
                form_data = self._decode(form)
                memo[key] = self._walk(form_data, self._forms(form) or forms, own, memo, depth + 1)
            total += uses * memo[key]
        return total

    def upper_bound(self) -> int:
        """Bytes of content pdfium parses for the page, forms counted each time they are drawn."""
        return self._walk(self.data, self.page_forms, len, self._bounds, 0)

    def shown(self) -> int:
        """Bytes of the strings the page's text operators show (one or more per character)."""
        return self._walk(self.data, self.page_forms, _shown_characters, self._shown, 0)


# What delimits a string in a content stream: an escaped byte (one token, so that "\)" does not
# close a string), parentheses, angle brackets.
_STRING_DELIMITERS = re.compile(rb"\\.|[()<>]", re.DOTALL)


def _shown_characters(data: bytes) -> int:
    """Bytes of the strings of a content stream (literal "(...)", nested parentheses included, and
    hexadecimal "<...>", two digits a byte): what its text operators can show, at most. Only the
    delimiters are visited, so a page of vector drawing (numbers and path operators, no string) is
    measured at the speed of one regular-expression scan. Strings that no text operator shows
    (marked-content properties) and the data of inline images may only add to the count."""
    total = depth = 0
    start = hex_start = -1
    skip = -1                                   # the second "<" or ">" of a dictionary's "<<" / ">>"
    for m in _STRING_DELIMITERS.finditer(data):
        at, token = m.start(), m.group()
        if depth:
            if token == b"(":
                depth += 1
            elif token == b")":
                depth -= 1
                if not depth:
                    total += at - start
        elif hex_start >= 0:
            if token == b">":
                total += (at - hex_start + 1) // 2
                hex_start = -1
        elif at == skip:
            continue
        elif token == b"(":
            depth, start = 1, m.end()
        elif token == b"<":
            if data[at + 1:at + 2] == b"<":
                skip = at + 1
            else:
                hex_start = m.end()
        elif token == b">" and data[at + 1:at + 2] == b">":
            skip = at + 1
    if depth:
        total += len(data) - start              # a string left open runs to the end
    elif hex_start >= 0:
        total += (len(data) - hex_start + 1) // 2
    return total
