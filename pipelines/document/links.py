"""The links of a web page or a Markdown document, as (text, target) pairs: the
readers keep only their text, so what a link points to (a person's profile page, say) is read
here, from the source itself, with the readers' own parsers (markdown-it-py for Markdown, whose
inline HTML is read by selectolax as a page is)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from .markdown import MD, front_matter


def _plain(text: str) -> str:
    return " ".join(text.split())


def html_links(source: str) -> list[tuple[str, str]]:
    """(text, target) of each ``<a href>`` of an HTML page or fragment."""
    tree = LexborHTMLParser(source)
    return [(_plain(a.text()), a.attributes.get("href") or "") for a in tree.css("a[href]")]


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
    if raw_html:
        out += html_links("".join(raw_html))
    return out


def link_pairs(source: str, media_type: str) -> list[tuple[str, str]]:
    """The links of ``source``, read as its media type says, those with a text only."""
    pairs = markdown_links(source) if media_type == "text/markdown" else html_links(source)
    return [(text, target) for text, target in pairs if text and target]
