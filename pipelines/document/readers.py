"""Read one source file into a :class:`Document`: text, Markdown, HTML and PDF (text layer)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import BudgetExceeded, SourceError
from ..lexicons import fold, load
from .html import read_html
from .links import markdown_links
from .markdown import read_markdown
from .pdf import read_pdf
from .plaintext import read_plain_text
from .model import Document, Heading
from .manifest import SourceEntry
from ..settings import ReadingBudget

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
BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"))
# Encodings a French document other than UTF-8 is written in; charset-normalizer chooses among them.
LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850"]


def decode_text(data: bytes, file: str) -> tuple[str, str]:
    """Bytes -> (text, encoding). A byte-order mark (UTF-16, UTF-32) decides; NUL bytes in the
    places of UTF-16 or UTF-32 text without a mark decide too; else UTF-8; else, line by line, UTF-8
    for the lines that are UTF-8 and the file's single-byte encoding for the others (the one
    charset-normalizer finds most likely among those French text is written in, Windows-1252
    first). Binary content and text that is already mojibake are refused, never published."""
    if not data.strip():
        raise SourceError(file, "le fichier est vide")
    bom = next(((mark, name) for mark, name in BOMS if data.startswith(mark)), None)
    if bom is not None:
        try:
            text, encoding = data[len(bom[0]):].decode(bom[1]), bom[1]
        except UnicodeDecodeError as exc:
            raise SourceError(file, f"le fichier commence par la marque d'ordre des octets de {bom[1]} mais n'est pas du texte {bom[1]}") from exc
    elif b"\x00" in data:
        wide = _without_bom(data)
        if wide is None:
            raise SourceError(file, "le fichier contient des données binaires (octets nuls), pas du texte")
        text, encoding = wide
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _mixed(data, file) or _legacy(data, file)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(2, len(text) // 200):
        raise SourceError(file, "le fichier contient des données binaires (caractères de contrôle), pas du texte")
    garbled = find_mojibake(text)
    if garbled:
        raise SourceError(
            file, f"le texte semble encodé deux fois (des caractères comme « {garbled[0]} ») : réexportez-le en UTF-8")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def find_mojibake(text: str) -> list[str]:
    """The character pairs of ``text`` that are UTF-8 read as a single-byte encoding ("Ã©" for "é")."""
    return _MOJIBAKE.findall(text)


def _without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 text saved without a byte-order mark: the NUL bytes of its ASCII characters
    all fall at the same place of each code unit; anything else with NUL bytes is binary."""
    for name, unit, zero_at in (("utf-32-le", 4, (1, 2, 3)), ("utf-32-be", 4, (0, 1, 2)),
                                ("utf-16-le", 2, (1,)), ("utf-16-be", 2, (0,))):
        if len(data) % unit:
            continue
        units = [data[i:i + unit] for i in range(0, min(len(data), 4096) - unit + 1, unit)]
        ascii_like = sum(1 for u in units if all(u[k] == 0 for k in zero_at))
        if units and ascii_like >= 0.6 * len(units):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                return None
    return None


def _mixed(data: bytes, file: str) -> tuple[str, str] | None:
    """A file that is mostly in a single-byte encoding with some lines in UTF-8 (a sentence pasted
    from elsewhere): each line that is valid UTF-8 with accents is decoded as UTF-8, the others
    with the file's single-byte encoding, instead of turning the UTF-8 lines into mojibake. None
    when no line is UTF-8 with accents (a plain single-byte file)."""
    lines = data.splitlines(keepends=True)
    utf8 = set()
    for i, line in enumerate(lines):
        if max(line, default=0) < 0x80:
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        utf8.add(i)
    if not utf8:
        return None
    rest = b"".join(line for i, line in enumerate(lines) if i not in utf8)
    legacy = _legacy(rest, file)[1] if rest.strip() else "windows-1252"
    codec = {"windows-1252": "cp1252", "iso-8859-15": "iso8859_15", "iso-8859-1": "latin_1",
             "mac-roman": "mac_roman"}.get(legacy, legacy)
    text = "".join(line.decode("utf-8") if i in utf8 else line.decode(codec, errors="replace")
                   for i, line in enumerate(lines))
    return text, f"{legacy}+utf-8"


def _legacy(data: bytes, file: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    names = {"cp1252": "windows-1252", "iso8859_15": "iso-8859-15", "latin_1": "iso-8859-1",
             "mac_roman": "mac-roman", "cp850": "cp850"}
    if best is not None:
        return str(best), names.get(best.encoding, best.encoding)
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError as exc:
        raise SourceError(file, "le fichier n'est ni en UTF-8 ni un texte dans un codage à un octet") from exc


# --------------------------------------------------------------------------- page maps
# A web page's skip links stand among its first lines.
SKIP_LINK_REACH = 5


def without_skip_links(text: str) -> str:
    """``text`` with the skip links of a web page saved as text (layout.yaml ``skip_links``: "Aller
    au contenu principal") blanked where they stand alone on one of its first lines: the same
    length, so every offset into the text stays."""
    links = {fold(str(p)).lower() for p in load("layout").get("skip_links") or []}
    seen = 0
    for m in re.finditer(r"[^\n]+", text):
        body = m.group(0).strip()
        if not body:
            continue
        seen += 1
        if seen > SKIP_LINK_REACH:
            break
        if fold(body).lower() in links:
            text = text[:m.start()] + " " * len(m.group(0)) + text[m.end():]
    return text


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# Emoji decorate a web page's or a post's lines ("14h : 🎤 Table ronde", "🚲 Mobilités :", "✅ Axe
# 1"): an emoji opening a line is its bullet, elsewhere a blank; each code point of the emoji
# blocks and of the symbols and dingbats blocks, with the joiner and the variation selector that
# build them, is one character for one (the offsets stay those of the text).
_EMOJI_CHARS = "\U0001F000-\U0001FAFF\u2600-\u27BF"
_EMOJI = re.compile(f"(^[ \\t]*)?([{_EMOJI_CHARS}][{_EMOJI_CHARS}\u200d\ufe0f]*)", re.MULTILINE)
_ANY_EMOJI = re.compile(f"[{_EMOJI_CHARS}]")


def _emoji_out(text: str) -> str:
    """``text`` with its emoji read as bullets (opening a line) or blanks (``_EMOJI``)."""
    def blank(m: re.Match) -> str:
        lead, emoji = m.group(1), m.group(2)
        return lead + "•" + " " * (len(emoji) - 1) if lead is not None else " " * len(emoji)
    return _EMOJI.sub(blank, text) if _ANY_EMOJI.search(text) else text

# A page store's stamp opening a saved page's text: " date 2019-09 " (the month, or the day, the page
# was published), before the page's first words on the same line.
_DATE_STAMP = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)[ \t]+(?=\S)")


def date_stamp_apart(text: str) -> str:
    """``text`` with the page store's date stamp that opens it set on a line of its own (the space
    after it made a line break: the same length, so every offset stays), so that the page's first
    sentence starts its own line."""
    m = _DATE_STAMP.match(text)
    return text if m is None else text[:m.end() - 1] + "\n" + text[m.end():]


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


# --------------------------------------------------------------------------- PDF
def read_pdf_blocks(data: bytes, file: str, budget: ReadingBudget | None = None):
    """The blocks of a PDF's text layer (see ``pipelines/document/pdf.py``), read page by page
    within ``budget`` (``pipelines/document/budget.py``)."""
    import pypdfium2 as pdfium

    from .budget import PdfBudget

    if not data.startswith(b"%PDF"):
        raise SourceError(file, "le fichier n'est pas un PDF (pas d'en-tête %PDF)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise SourceError(file, "le PDF est chiffré (protégé par un mot de passe) ; fournissez-en une copie non protégée") from exc
        raise SourceError(file, f"le PDF ne s'ouvre pas, il est peut-être tronqué ou abîmé ({exc})") from exc
    try:
        if len(pdf) == 0:
            raise SourceError(file, "le PDF n'a aucune page")
        built = read_pdf(pdf, PdfBudget(data, file, budget or ReadingBudget()))
    finally:
        pdf.close()
    if not built.blocks:
        raise SourceError(file, "le PDF n'a pas de couche texte (un document scanné ?) : une reconnaissance de caractères (OCR) est nécessaire avant de le lire")
    return built


# --------------------------------------------------------------------------- entry point
class ReadDocuments(list):
    """The documents read in a run, and in ``refused`` those left out for a reading limit (pages,
    characters of text): one dict each (file, source_id, pages, notes, status "skipped", reason),
    listed with the skipped documents in the release notes."""

    def __init__(self, docs=(), refused=()):
        super().__init__(docs)
        self.refused = list(refused)


def read_document(entry: SourceEntry, max_bytes: int = 50 * 1024 * 1024,
                  budget: ReadingBudget | None = None) -> Document:
    """Read one source: checksum, media type, text and page map. Raises :class:`SourceError`
    naming the file and the reason when the document cannot be used, :class:`BudgetExceeded`
    when it is over a reading limit (``budget``: pages, characters of text)."""
    budget = budget or ReadingBudget()
    path: Path = entry.path
    suffix = path.suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise SourceError(entry.file, f"type de fichier non pris en charge « {suffix} » (formats lus : txt, md, html, pdf)")
    size = path.stat().st_size
    if size > max_bytes:
        raise SourceError(entry.file, f"le fichier fait {size} octets, au-delà de la limite de {max_bytes} octets (OPENDATA_MAX_SOURCE_BYTES)")
    data = path.read_bytes()
    digest = sha256_bytes(data)
    notes: list[str] = []
    if entry.sha256 and entry.sha256.lower() != digest:
        notes.append(f"l'empreinte SHA-256 du fichier ({digest}) diffère de celle du manifeste ({entry.sha256}) : le manifeste est à mettre à jour")
    media_type = MEDIA_TYPES[suffix]
    headings: list[Heading] = []
    blocks: list = []
    metadata: dict = {}
    title = entry.title
    date = entry.date
    encoding = None
    if media_type == "application/pdf":
        if not data:
            raise SourceError(entry.file, "le fichier est vide")
        built = read_pdf_blocks(data, entry.file, budget)
        text, starts, blocks, headings = built.text(), built.page_starts, built.blocks, built.headings()
    else:
        raw, encoding = decode_text(data, entry.file)
        if len(raw) > budget.max_text_chars:
            raise BudgetExceeded(entry.file, f"document refusé : {len(raw):,} caractères de texte, au-delà de la limite "
                                 f"de {budget.max_text_chars:,} caractères par document (OPENDATA_MAX_TEXT_CHARS)"
                                 .replace(",", " "))
        if encoding != "utf-8":
            notes.append(f"décodé en {encoding}")
        if encoding.endswith("+utf-8"):
            notes.append("encodages mélangés : les lignes en UTF-8 ont été lues en UTF-8, les autres en "
                         f"{encoding.removesuffix('+utf-8')} ; réenregistrer le fichier en UTF-8 est préférable")
        if media_type in ("text/markdown", "text/html"):
            built, metadata = read_markdown(raw) if media_type == "text/markdown" else read_html(raw)
            if media_type == "text/markdown":     # what the links point to (the HTML reader keeps them)
                metadata = {**metadata, "page_links": markdown_links(raw)}
            text, starts, blocks, headings = built.text(), built.page_starts, built.blocks, built.headings()
            title = title or _scalar(metadata.get("title")) or _scalar(metadata.get("og:title"))
            date = date or _date(metadata)
        else:
            raw = date_stamp_apart(without_skip_links(raw))
            text, starts = pages_from_form_feeds(raw) if FORM_FEED in raw else pages_from_leading_spaces(raw)
            blocks, headings = read_plain_text(text, starts)
    if not text.strip():
        raise SourceError(entry.file, "le document ne contient aucun texte")
    # the typographic hyphens of PDFs and word processors ("Jean‐Louis", U+2010; U+2011 that does
    # not break) are the hyphen every extractor reads in names and words: one character for one
    text = _emoji_out(text.translate(_HYPHENS))
    headings = [Heading(h.level, _emoji_out(h.text.translate(_HYPHENS)), h.offset) for h in headings]
    title = title.translate(_HYPHENS) if title else title
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
