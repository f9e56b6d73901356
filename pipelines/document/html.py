"""HTML -> blocks, with an HTML5 parser (selectolax / Lexbor). Only the page's main content is
kept: scripts, styles, frames, forms, navigation, menus, headers, footers, sidebars, cookie and
sharing boxes are dropped; the ``<main>`` element (or the one ``<article>``) is the content when
the page marks it. Entities are decoded once, by the parser."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .builder import TextBuilder
from .inline import BOLD_OFF, BOLD_ON, finish

DROP = ("script, style, noscript, template, svg, iframe, object, embed, canvas, form, button, select, "
        "nav, aside, dialog, [role=navigation], [role=banner], [role=contentinfo], "
        "[role=search], [role=dialog], [aria-hidden=true], [hidden]")
# Class or id words of page furniture, matched as whole words of the attribute.
FURNITURE = re.compile(
    r"(?:^|[\s_-])(menu|menus|navbar|nav|navigation|breadcrumbs?|fil-ariane|cookies?|rgpd-banner|share|sharing|"
    r"partage|social|sidebar|skip|skiplinks?|evitement|newsletter|site-header|site-footer|masthead|"
    r"pagination|related|widget|toolbar|modal|popup)(?:$|[\s_-])", re.I)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = HEADINGS | {
    "p", "div", "section", "article", "main", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr",
    "blockquote", "figure", "figcaption", "dl", "dt", "dd", "pre", "address", "hr", "body", "center", "details",
    "summary", "caption"}
BOLD_TAGS = {"b", "strong"}


# Class or id words of an element holding a speaker's name on a conference page's card
# ("speaker-name", "speaker-card__name", "intervenant_nom"): the person word, then the name word.
SPEAKER_NAME = re.compile(r"(?:speaker|orat(?:eur|rice)|intervenant|conf[ée]rencier|presenter)[\w-]*?[-_](?:name|nom)\b", re.I)


def _marks_speaker_name(node) -> bool:
    attrs = node.attributes
    return bool(SPEAKER_NAME.search(" ".join(str(attrs.get(k) or "") for k in ("class", "id"))))


def _is_furniture(node) -> bool:
    attrs = node.attributes
    words = " ".join(str(attrs.get(k) or "") for k in ("class", "id"))
    return bool(words and FURNITURE.search(words))


def _holds_content(node) -> bool:
    """True when a node named like furniture wraps the page's main content (a layout container
    whose class says which navigation bar the page has, say): it is the page, not furniture."""
    return node.css_first("main, [role=main], article") is not None


def tree_links(tree) -> list[tuple[str, str]]:
    """(text, target) of each ``<a href>`` of a parsed page or fragment, those with a text and a
    target only (``links.py`` reads them for Markdown's inline HTML too)."""
    pairs = [(" ".join(a.text().split()), a.attributes.get("href") or "") for a in tree.css("a[href]")]
    return [(text, target) for text, target in pairs if text and target]


def _metadata(tree) -> dict:
    meta: dict = {}
    for node in tree.css("meta"):
        key = node.attributes.get("property") or node.attributes.get("name")
        value = node.attributes.get("content")
        if key and value and key.lower() in ("description", "og:title", "og:description", "og:url", "og:site_name",
                                              "article:published_time", "date", "dc.date", "author"):
            meta[key.lower()] = value.strip()
    title = tree.css_first("title")
    if title is not None and title.text(strip=True):
        meta["title"] = " ".join(title.text().split())
    return meta


class _Walker:
    def __init__(self, out: TextBuilder, text=None) -> None:
        self.out = out
        self.buffer: list[str] = []
        self.lists: list[dict] = []
        # how a text node reads (a Markdown page's raw HTML holds Markdown's inline marks)
        self.text = text or (lambda s: s)

    def flush(self, kind: str = "paragraph", **attrs) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        text, bold = finish(raw)
        if not text:
            return
        if kind == "heading":
            text = text.replace("\n", " ")
        prefix = ""
        if kind == "list_item":
            prefix = "  " * attrs["level"] + attrs["marker"] + " "
        self.out.add(kind, text, prefix=prefix, emphasis=bold, **attrs)

    def walk(self, node) -> None:
        """Walk the children of ``node``."""
        self.visit(node.iter(include_text=True))

    def visit(self, nodes) -> None:
        for child in nodes:
            tag = child.tag
            if tag == "-text":
                self.buffer.append(self.text(child.text(deep=False)))
            elif tag == "br":
                self.buffer.append("\n")
            elif tag in BOLD_TAGS:
                self.buffer.append(BOLD_ON)
                self.walk(child)
                self.buffer.append(BOLD_OFF)
            elif tag == "img":
                continue
            elif tag in BLOCK_TAGS - {"ul", "ol", "li", "tr", "table", "body", "main", "article", "section"} \
                    and _marks_speaker_name(child):
                # a card's element marked as a speaker's name: its own block, labelled so
                self.flush()
                self.walk(child)
                if tag in HEADINGS:
                    self.flush("heading", level=int(tag[1]), label="speaker_name")
                else:
                    self.flush(label="speaker_name")
            elif tag in HEADINGS:
                self.flush()
                self.walk(child)
                self.flush("heading", level=int(tag[1]))
            elif tag in ("ul", "ol"):
                self.flush()
                self.lists.append({"ordered": tag == "ol", "n": 0})
                self.walk(child)
                self.lists.pop()
            elif tag == "li":
                self.flush()
                current = self.lists[-1] if self.lists else {"ordered": False, "n": 0}
                current["n"] += 1
                marker = f"{current['n']}." if current["ordered"] else "-"
                level = max(0, len(self.lists) - 1)
                self._item(child, marker, level)
            elif tag == "tr":
                self.flush()
                cells = tuple(" ".join(c.text(separator=" ").split()) for c in child.iter() if c.tag in ("td", "th"))
                if any(cells):
                    self.out.add("table_row", "\t".join(cells), cells=cells)
            elif tag in ("blockquote",):
                self.flush()
                self.walk(child)
                self.flush("quote")
            elif tag in ("figcaption", "caption"):
                self.flush()
                self.walk(child)
                self.flush("caption")
            elif tag == "pre":
                self.flush()
                self.buffer.append(child.text())
                self.flush("code")
            elif tag in BLOCK_TAGS:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)

    def _item(self, node, marker: str, level: int) -> None:
        """A list item: its own text is one block; nested lists and blocks inside follow it. An
        item titled by a heading of its own ("<li><h2>Titre</h2><p>Texte</p></li>") is that
        section: its text after the heading is a paragraph."""
        titled = False
        for child in node.iter(include_text=True):
            if child.tag in ("ul", "ol") or child.tag in (BLOCK_TAGS - {"p", "div", "span"}):
                if titled:
                    self.flush()
                else:
                    self.flush("list_item", level=level, marker=marker)
                self.visit([child])
                titled = titled or child.tag in HEADINGS
            elif child.tag == "-text":
                self.buffer.append(self.text(child.text(deep=False)))
            elif child.tag == "br":
                self.buffer.append("\n")
            elif child.tag in BOLD_TAGS:
                self.buffer.append(BOLD_ON)
                self.walk(child)
                self.buffer.append(BOLD_OFF)
            else:
                self.walk(child)
        if titled:
            self.flush()
        else:
            self.flush("list_item", level=level, marker=marker)


def read_html(source: str) -> tuple[TextBuilder, dict]:
    """The blocks of a web page's main content, and its metadata (title, description, dates, and
    its links as (text, target) pairs, navigation included)."""
    tree = LexborHTMLParser(source)
    meta = _metadata(tree)
    meta["page_links"] = tree_links(tree)      # what each link points to: the text keeps only its words
    for node in tree.css(DROP):
        node.decompose()
    # A page's header and footer are furniture; those of an article, a section or a card inside
    # them (a title, a date, an amount) are content (HTML's sectioning rule).
    for node in tree.css("header, footer"):
        if not _inside(node, ("article", "main", "section")):
            node.decompose()
    body = tree.body or tree.root
    if body is not None:
        for node in list(body.traverse()):
            if node.tag not in ("body", "html", "main", "article") and _is_furniture(node) and not _holds_content(node):
                node.decompose()
    root = _main_content(tree)
    out = TextBuilder()
    walker = _Walker(out)
    if root is not None and root.css_first("h1") is None:
        # The page's title often sits above the marked content (a banner of the theme): keep it.
        title = tree.css_first("h1")
        if title is not None:
            walker.visit([title])
    root = root or body
    if root is not None:
        walker.visit([root])
        walker.flush()
    return out, meta


def read_html_fragment(html: str, out: TextBuilder, inline=None, blocks=None) -> None:
    """The blocks of a piece of HTML inside another document (a Markdown page's raw HTML): its
    headings, lists and paragraphs as the page shows them, scripts, styles and navigation dropped.
    As a static-site generator (kramdown) reads it, the text inside an element may hold the host
    document's inline marks (``inline`` reads a text node: ``<span>**Forum**</span>``), and text
    outside every element is the host document's own blocks (``blocks`` reads it into ``out``:
    ``</figure>### Simplification``)."""
    tree = LexborHTMLParser(html)
    for node in tree.css(DROP):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return
    walker = _Walker(out, inline)
    for child in root.iter(include_text=True):
        if child.tag == "-text" and blocks is not None:
            source = child.text(deep=False)
            if source.strip():
                walker.flush()
                blocks(source, out)
        else:
            walker.visit([child])
    walker.flush()


def _inside(node, tags) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _main_content(tree):
    for selector in ("main", "[role=main]"):
        found = tree.css(selector)
        if len(found) == 1 and found[0].text(strip=True):
            return found[0]
    articles = tree.css("article")
    if len(articles) == 1 and articles[0].text(strip=True):
        return articles[0]
    return None
