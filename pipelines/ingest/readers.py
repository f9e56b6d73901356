"""Read one source file into a :class:`Document`: text, Markdown, HTML and PDF (text layer)."""

from __future__ import annotations

import hashlib
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from ..errors import SourceError
from ..document.html import read_html
from ..document.markdown import read_markdown
from ..document.pdf import read_pdf
from .document import Document, Heading
from .manifest import SourceEntry

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
}
SUPPORTED_SUFFIXES = frozenset(MEDIA_TYPES)
FORM_FEED = "\f"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- decoding
# UTF-8 read as Latin-1 then saved again as UTF-8: "Ã©" for "é", "â€™" for "’".
_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u201e\u2122\u0153]|Â[\u00a0-\u00bf]")
def decode_text(data: bytes, file: str) -> tuple[str, str]:
    """Bytes -> (text, encoding). UTF-8 first; Windows-1252 when the bytes are not UTF-8 but are
    valid Windows-1252 text. Binary content is refused rather than published as mojibake."""
    if not data.strip():
        raise SourceError(file, "the file is empty")
    if b"\x00" in data:
        raise SourceError(file, "the file holds binary data (NUL bytes), not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError as exc:
            raise SourceError(file, "the file is neither UTF-8 nor Windows-1252 text") from exc
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(2, len(text) // 200):
        raise SourceError(file, "the file holds binary data (control characters), not text")
    garbled = _MOJIBAKE.findall(text)
    if len(garbled) >= 3:
        raise SourceError(
            file, f"the text looks double-encoded (mojibake such as '{garbled[0]}'): re-export it as UTF-8")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


# --------------------------------------------------------------------------- page maps
def pages_from_form_feeds(text: str) -> tuple[str, list[int]]:
    starts = [0]
    for match in re.finditer(FORM_FEED, text):
        starts.append(match.end())
    return text, starts


def pages_from_leading_spaces(text: str) -> tuple[str, list[int]]:
    """PDF-to-text convention: a page starts on a line whose first character is a space."""
    starts = [0]
    for match in re.finditer(r"(?m)^ (?=\S)", text):
        if match.start() > 0:
            starts.append(match.start())
    return text, starts


# --------------------------------------------------------------------------- Markdown
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def markdown_to_text(source: str) -> tuple[str, list[Heading]]:
    """Plain text of a Markdown document (emphasis, links and heading marks removed, one output
    line per input line) and its headings."""
    lines: list[str] = []
    headings: list[Heading] = []
    offset = 0
    for raw in source.split("\n"):
        line = _MD_LINK.sub(r"\1", raw)
        line = _MD_EMPHASIS.sub(r"\2", line)
        line = line.replace("`", "")
        heading = _MD_HEADING.match(line)
        if heading:
            line = heading.group(2)
            headings.append(Heading(len(heading.group(1)), line.strip(), offset))
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = re.sub(r"^(\s*)[*+]\s+", r"\1- ", line)
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines), headings


# --------------------------------------------------------------------------- HTML
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "dl", "figcaption", "main", "aside",
    "nav", "title", "hr", "thead", "tbody",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.headings: list[Heading] = []
        self.skip = 0
        self._heading_level = 0
        self._heading_start = 0
        self._title: list[str] = []
        self._in_title = False

    def parse_marked_section(self, i, report=1):
        # The standard parser asserts on malformed "<![...": treat it as a bogus declaration and
        # skip to the next '>' instead of failing the whole document.
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def _text_len(self) -> int:
        return sum(len(p) for p in self.parts)

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
            return
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in {"td", "th"}:
            self.parts.append(" ")
        if tag == "li":
            self.parts.append("- ")
        if re.fullmatch(r"h[1-6]", tag):
            self._heading_level = int(tag[1])
            self._heading_start = self._text_len()

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
            return
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if re.fullmatch(r"h[1-6]", tag) and self._heading_level:
            text = "".join(self.parts)[self._heading_start:]
            if text.strip():
                lead = len(text) - len(text.lstrip())
                self.headings.append(Heading(self._heading_level, " ".join(text.split()), self._heading_start + lead))
            self._heading_level = 0
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self._title.append(data)
            return
        if self.skip:
            return
        self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(source: str) -> tuple[str, list[Heading], str | None]:
    """Visible text of an HTML page (scripts and styles dropped, entities decoded), its headings
    and its <title>."""
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    raw = "".join(parser.parts)
    # Normalise line by line while keeping heading offsets right: rebuild with a map.
    lines_out: list[str] = []
    offset_map: dict[int, int] = {}
    pos_in = 0
    pos_out = 0
    blank = True
    for line in raw.split("\n"):
        stripped = line.strip(" ")
        lead = len(line) - len(line.lstrip(" "))
        if stripped:
            offset_map[pos_in + lead] = pos_out
            lines_out.append(stripped)
            pos_out += len(stripped) + 1
            blank = False
        elif not blank:
            lines_out.append("")
            pos_out += 1
            blank = True
        pos_in += len(line) + 1
    text = "\n".join(lines_out).strip("\n")
    headings = [Heading(h.level, h.text, offset_map.get(h.offset, 0)) for h in parser.headings]
    title = " ".join("".join(parser._title).split()) or None
    return unescape(text) if "&" in text else text, headings, title


# --------------------------------------------------------------------------- PDF
def read_pdf_blocks(data: bytes, file: str):
    """The blocks of a PDF's text layer (see ``pipelines/document/pdf.py``)."""
    import pypdfium2 as pdfium

    if not data.startswith(b"%PDF"):
        raise SourceError(file, "the file is not a PDF (no %PDF header)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise SourceError(file, "the PDF is encrypted (password protected); provide an unprotected copy") from exc
        raise SourceError(file, f"the PDF cannot be opened, it may be truncated or damaged ({exc})") from exc
    try:
        if len(pdf) == 0:
            raise SourceError(file, "the PDF has no pages")
        built = read_pdf(pdf)
    finally:
        pdf.close()
    if not built.blocks:
        raise SourceError(file, "the PDF has no text layer (a scanned document?): OCR is needed before it can be read")
    return built


# --------------------------------------------------------------------------- entry point
def read_document(entry: SourceEntry, max_bytes: int = 50 * 1024 * 1024) -> Document:
    """Read one source: checksum, media type, text and page map. Raises :class:`SourceError`
    naming the file and the reason when the document cannot be used."""
    path: Path = entry.path
    suffix = path.suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise SourceError(entry.file, f"unsupported file type '{suffix}' (supported: txt, md, html, pdf)")
    size = path.stat().st_size
    if size > max_bytes:
        raise SourceError(entry.file, f"the file is {size} bytes, over the limit of {max_bytes} bytes (OPENDATA_MAX_SOURCE_BYTES)")
    data = path.read_bytes()
    digest = sha256_bytes(data)
    notes: list[str] = []
    if entry.sha256 and entry.sha256.lower() != digest:
        notes.append(f"the file's sha256 {digest} differs from the manifest's {entry.sha256}: the manifest needs updating")
    media_type = MEDIA_TYPES[suffix]
    headings: list[Heading] = []
    blocks: list = []
    metadata: dict = {}
    title = entry.title
    date = entry.date
    encoding = None
    if media_type == "application/pdf":
        if not data:
            raise SourceError(entry.file, "the file is empty")
        built = read_pdf_blocks(data, entry.file)
        text, starts, blocks, headings = built.text(), built.page_starts, built.blocks, built.headings()
    else:
        raw, encoding = decode_text(data, entry.file)
        if encoding != "utf-8":
            notes.append(f"decoded as {encoding}")
        if media_type in ("text/markdown", "text/html"):
            built, metadata = read_markdown(raw) if media_type == "text/markdown" else read_html(raw)
            text, starts, blocks, headings = built.text(), built.page_starts, built.blocks, built.headings()
            title = title or _scalar(metadata.get("title")) or _scalar(metadata.get("og:title"))
            date = date or _date(metadata)
        elif FORM_FEED in raw:
            text, starts = pages_from_form_feeds(raw)
        else:
            text, starts = pages_from_leading_spaces(raw)
    if not text.strip():
        raise SourceError(entry.file, "the document has no text")
    if not title and headings:
        title = headings[0].text
    return Document(
        source_id=entry.id,
        file_name=entry.file,
        media_type=media_type,
        bytes=len(data),
        sha256=digest,
        text=text,
        page_starts=starts,
        title=title,
        publisher=entry.publisher,
        date=date,
        kind=entry.kind or "event_report",
        license=entry.license,
        url=entry.url,
        description=entry.description,
        encoding=encoding,
        in_manifest=entry.in_manifest,
        headings=headings,
        notes=notes,
        blocks=blocks,
        metadata=metadata,
    )


def _scalar(value) -> str | None:
    return " ".join(str(value).split()) or None if isinstance(value, (str, int, float)) else None


def _date(metadata: dict) -> str | None:
    """An ISO date (YYYY-MM-DD) from the front matter or the page's metadata, if one is given."""
    import datetime as dt

    for key in ("date", "article:published_time", "dc.date"):
        value = metadata.get(key)
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()[:10]
        if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return value.strip()[:10]
    return None
