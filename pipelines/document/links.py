"""The links of a Markdown document, as (text, target) pairs: the reader keeps only their text,
so what a link points to (a person's profile page, say) is read here, from the source itself, with
the reader's own parsers (markdown-it-py, and selectolax for its inline HTML, as the HTML reader
reads a page's links with ``html.tree_links``)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from .html import tree_links
from .markdown import MD, front_matter


def _plain(text: str) -> str:
    return " ".join(text.split())


def markdown_links(source: str) -> list[tuple[str, str]]:
    """(text, target) of each link of a Markdown document: ``[texte](cible)`` and the ``<a href>``
    of its inline HTML in text order, then those of its HTML blocks."""
    out: list[tuple[str, str]] = []
    raw_html: list[str] = []
    for token in MD.parse(front_matter(source)[1]):
        if token.type == "html_block":
            raw_html.append(token.content)
        target, parts = None, []
        for child in token.children or []:
            if child.type == "link_open":
                target, parts = str(child.attrs.get("href") or ""), []
            elif child.type == "link_close" and target is not None:
                out.append((_plain("".join(parts)), target))
                target = None
            elif child.type in ("text", "code_inline") and target is not None:
                parts.append(child.content)
            elif child.type == "html_inline":
                # an inline <a href="..."> ... </a>: its opening and closing tags are two tokens
                opened = LexborHTMLParser(child.content + "</a>").css_first("a[href]")
                if opened is not None:
                    target, parts = str(opened.attributes.get("href") or ""), []
                elif child.content.replace(" ", "").lower() == "</a>" and target is not None:
                    out.append((_plain("".join(parts)), target))
                    target = None
    out = [(text, target) for text, target in out if text and target]
    if raw_html:
        out += tree_links(LexborHTMLParser("".join(raw_html)))
    return out
