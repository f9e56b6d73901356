"""Markdown -> blocks, with markdown-it-py (CommonMark and tables). The front matter is read as
metadata, never as text, but for the standfirst a site's template shows under the title (the first
paragraph of the text); inline HTML, escapes and entities are resolved, blocks of raw HTML are
read by the HTML reader (their headings and lists are blocks); emphasis marks, links and
heading marks vanish from the text while bold runs are kept as spans."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from .. import yamlio
from .builder import TextBuilder
from .html import read_html_fragment
from .inline import BOLD_OFF, BOLD_ON, finish

_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.S)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
# Template code of static-site generators (Jekyll's Liquid, Hugo's shortcodes): `{{ site.url }}`,
# `{% include x.html %}`, `{{< figure ... >}}`. The generator replaces it before Markdown is read,
# so it is never text; left in, a `{{ site.url }}/img.jpg` link target with spaces is no link at
# all and the whole `![alt](...)` reaches the text.
_TEMPLATE = re.compile(r"\{\{[<%]?.{0,300}?[>%]?\}\}|\{%.{0,300}?%\}", re.S)
# Kramdown's attribute lists, the classes and attributes a Jekyll site gives a block or a link:
# `{: .text-center}` on a line of its own, `[lien](url){:rel='nofollow'}`. The generator reads them,
# never shows them: left in, they reach the text and the quotes.
_ATTRIBUTE_LIST = re.compile(r"\{:[^{}\n]{0,200}\}")


# The metadata header of Pelican, MultiMarkdown and Python-Markdown's "meta" extension: "Key: value"
# lines from the first line to a blank line (a value may go on over lines indented by four
# spaces). Taken as metadata only when it names a title and every key is one of these tools'
# own, so that a page opening with its "Lieu : ..." and "Date : ..." lines keeps them as text.
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z_ -]{0,30}?)[ \t]*:[ \t]*(.*)")
_HEADER_KEYS = frozenset({"title", "subtitle", "date", "modified", "author", "authors", "category", "tags",
                          "keywords", "slug", "summary", "description", "lang", "status", "template", "save_as",
                          "url", "translation", "base header level"})


def _metadata_header(source: str) -> tuple[dict, str] | None:
    meta: dict = {}
    key = None
    pos = 0
    for line in source.lstrip("\ufeff").splitlines(keepends=True):
        if not line.strip():
            break
        if key and line.startswith("    "):
            meta[key] += " " + line.strip()
        else:
            m = _HEADER_LINE.fullmatch(line.rstrip("\r\n"))
            key = m.group(1).strip().casefold() if m else None
            if key not in _HEADER_KEYS:
                return None
            meta[key] = m.group(2).strip()
        pos += len(line)
    else:
        return None
    if "title" not in meta:
        return None
    return meta, source[len(source) - len(source.lstrip("\ufeff")) + pos:]


# Hexo's front matter may leave out its opening "---": YAML from the first line to a "---" line.
_CLOSED_FRONT_MATTER = re.compile(r"\A\ufeff?((?:[A-Za-z_][\w-]{0,30}:[^\n]*\n(?:[ \t]+[^\n]*\n)*){1,40})---[ \t]*(?:\n|\Z)")


def _closed_front_matter(source: str) -> tuple[dict, str] | None:
    """The YAML front matter Hexo allows without its opening "---" ("title: X" ... "---"), taken
    only when it parses to a mapping that names a title with the keys of ``_HEADER_KEYS``."""
    m = _CLOSED_FRONT_MATTER.match(source)
    if not m:
        return None
    try:
        loaded = yamlio.safe_load(m.group(1))
    except yamlio.YAMLError:
        return None
    if not isinstance(loaded, dict) or "title" not in loaded \
            or not {str(k).casefold() for k in loaded} <= _HEADER_KEYS | {"categories"}:
        return None
    return {str(k): v for k, v in loaded.items()}, source[m.end():]


def front_matter(source: str) -> tuple[dict, str]:
    """(metadata, the rest of the document). YAML front matter (``---``) is parsed; TOML (``+++``)
    and front matter that does not parse are dropped from the text without metadata; a metadata
    header of "Key: value" lines (Pelican, MultiMarkdown) and Hexo's front matter closed by "---"
    without an opening one are read as metadata."""
    m = _FRONT_MATTER.match(source)
    if not m:
        return _metadata_header(source) or _closed_front_matter(source) or ({}, source)
    meta: dict = {}
    if m.group(1) == "---":
        try:
            loaded = yamlio.safe_load(m.group(2))
        except yamlio.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            meta = {str(k): v for k, v in loaded.items()}
    return meta, source[m.end():]


def _inline(token) -> str:
    out: list[str] = []
    for child in token.children or []:
        t = child.type
        if t in ("text", "code_inline"):
            out.append(child.content)
        elif t in ("softbreak", "hardbreak"):
            out.append("\n")
        elif t == "html_inline":
            if _BREAK_TAG.fullmatch(child.content.strip()):
                out.append("\n")
        elif t == "strong_open":
            out.append(BOLD_ON)
        elif t == "strong_close":
            out.append(BOLD_OFF)
        elif t == "image":
            out.append(child.content or "")
    return "".join(out)


# Front-matter keys of a page's standfirst: the lead paragraph its template shows under the title,
# above the body ("chapeau-text: La mission Valbrune organise ..."). It is text a reader of the page reads.
_LEAD_KEYS = ("chapeau-text", "chapeau", "chapo", "standfirst")


def read_markdown(source: str) -> tuple[TextBuilder, dict]:
    """The blocks of a Markdown document (a form feed starts a page) and its front matter; a
    standfirst the front matter holds (``_LEAD_KEYS``) is the first paragraph of the text."""
    meta, body = front_matter(source)
    if meta:   # a page of a static site: its template tags are the generator's, not text
        body = _TEMPLATE.sub("", body)
    body = _ATTRIBUTE_LIST.sub("", body)
    out = TextBuilder()
    lead = next((v for k in _LEAD_KEYS if isinstance(v := meta.get(k), str) and v.strip()), None)
    if lead:
        _read_tokens(MD.parse(" ".join(lead.split())), out)
    for number, page in enumerate(body.split("\f")):
        if number:
            out.new_page()
        _read_tokens(MD.parse(page), out)
    return out, meta


MD = MarkdownIt("commonmark", {"html": True}).enable("table")


def _inline_marks(text: str) -> str:
    """A text node of raw HTML read as Markdown's inline text (emphasis, links, escapes)."""
    if not _MARKS.search(text):
        return text
    return "".join(_inline(token) for token in MD.parseInline(text))


def _blocks(text: str, out: TextBuilder) -> None:
    _read_tokens(MD.parse(text), out)


# characters that open an inline mark of Markdown: a text without them reads as itself
_MARKS = re.compile(r"[*_`\\\[]")


def _read_tokens(tokens, out: TextBuilder) -> None:
    lists: list[dict] = []          # open lists: ordered?, next number
    item_marker: list[str | None] = []
    in_quote = 0
    cells: list[str] | None = None
    heading_level = 0
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "html_block" and i and tokens[i - 1].type == "html_block":
            continue   # read with the block it goes on (below)
        if t in ("bullet_list_open", "ordered_list_open"):
            lists.append({"ordered": t == "ordered_list_open", "delim": tok.markup or "."})
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open":
            current = lists[-1] if lists else {"ordered": False, "delim": "-"}
            item_marker.append(f"{tok.info}{tok.markup}" if current["ordered"] else "-")
        elif t == "list_item_close":
            item_marker.pop()
        elif t == "blockquote_open":
            in_quote += 1
        elif t == "blockquote_close":
            in_quote -= 1
        elif t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t == "tr_open":
            cells = []
        elif t == "tr_close" and cells is not None:
            if any(c.strip() for c in cells):
                out.add("table_row", "\t".join(c for c in cells), cells=tuple(cells))
            cells = None
        elif t == "inline":
            text, bold = finish(_inline(tok))
            if cells is not None:
                cells.append(text.replace("\n", " "))
            elif heading_level:
                out.add("heading", text.replace("\n", " "), level=heading_level, emphasis=bold)
                heading_level = 0
            elif item_marker and tokens[i - 1].type == "paragraph_open" and _first_in_item(tokens, i):
                marker = item_marker[-1]
                depth = len(lists) - 1
                out.add("list_item", text, prefix="  " * depth + marker + " ", level=depth, marker=marker,
                        emphasis=bold)
            else:
                out.add("quote" if in_quote else "paragraph", text, emphasis=bold)
        elif t in ("fence", "code_block"):
            out.add("code", tok.content.rstrip("\n"))
        elif t == "html_block":
            # raw HTML (a static site's page writes its headings and lists as tags): read by the
            # HTML reader, so its headings and list items are blocks as in a web page; blocks of
            # HTML that follow one another (only blank lines between) are one piece, as an element
            # opened in one and closed in a later one is one element (a menu's links one per block)
            run = [tok.content]
            for nxt in tokens[i + 1:]:
                if nxt.type != "html_block":
                    break
                run.append(nxt.content)
            read_html_fragment("\n".join(run), out, inline=_inline_marks, blocks=_blocks)


def _first_in_item(tokens, i: int) -> bool:
    """Whether the paragraph at ``i`` (its inline token) is the first of its list item."""
    j = i - 2
    return j >= 0 and tokens[j].type == "list_item_open"
