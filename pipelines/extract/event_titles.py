"""A document's titles and the name a title gives: its first heading, manifest and page titles,
the first line of a plain text, a cover's line with a year; a title cleaned of its prefix ("Retour
sur"), years, report words and a sponsorship deck's words."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_dates import events_lexicon, find_dates, month_pattern, weekday_pattern
from .event_words import words_pattern
from .lines import iter_lines


_norm = fold_apostrophes


# The opening of a document: the blocks that begin in its first characters. An event report or
# page says what it is about there.
OPENING_CHARS = 2000


def first_heading(doc: Document) -> list[str]:
    """The document's first heading (as a list of at most one), passing over a hashtag or a handle
    set as a heading ("#BzhCmp", "@valbrune"): a slide's or a poster's tag, not its title. A
    Markdown post whose front matter gives its title has no title among its headings when the first
    of them is below the top level ("### Keynote d'ouverture" under a post titled "Retour sur le
    DevFest"): the site prints the title above the body, whose headings are its sections."""
    if doc.media_type == "text/markdown" and doc.metadata.get("title") and doc.headings \
            and doc.headings[0].level > 1:
        return []
    for heading in doc.headings[:3]:
        if not re.fullmatch(r"[#@]\S+", heading.text.strip()):
            return [heading.text]
    return []


def document_titles(doc: Document) -> list[str]:
    """The document's titles: its first heading, the manifest's title, the page's own titles; for
    a text without headings, its first line when that line reads as a title (``first_line_title``)."""
    found = first_heading(doc) + [doc.title or ""]
    found += [str(doc.metadata.get(k) or "") for k in ("title", "og:title")]
    if not doc.headings:
        found.append(first_line_title(doc) or "")
    return [t for t in found if t.strip()]


# A title line: at most this many words, no sentence punctuation at its end.
_TITLE_MAX_WORDS = 14


# A web page's breadcrumb trail: its home link, then at least one more link, each after ">", "»" or "/".
_BREADCRUMB = re.compile(r"(?i)(?:accueil|home)\s*(?:[>»/›]\s*[^>»/›\n]+?\s*){1,6}$")


def first_line_title(doc: Document) -> str | None:
    """The first line of a plain text that has no headings, when it reads as a title: short,
    opening with a capital or a digit, not ending a sentence or a clause ("Forum des communes
    2023", "RENCONTRES DE L'EAU")."""
    lines = iter(iter_lines(doc.text, 0, min(len(doc.text), OPENING_CHARS)))
    for line in lines:
        body = line.body.strip()
        if not body or _BREADCRUMB.match(body):
            continue            # a web page's trail of links ("Accueil > Actualités > ..."): the title follows
        if len(body.split()) > _TITLE_MAX_WORDS or not re.match(r"[A-ZÀ-ÖØ-ÞŒÆ0-9«\"]", body):
            return None
        if not body.endswith((".", ",", ";", ":", "!")):
            return body
        # a page's title written again as its heading, both ending on a full stop ("Titre." / "Titre.")
        again = next(lines, None)
        if body.endswith(".") and not body.endswith("..") and again is not None and again.body.strip() == body:
            return body[:-1].rstrip()
        return None
    return None


def title_lines(doc: Document) -> list[str]:
    """Short lines of the first page that carry a year, such as "SALON SMART CITY 2022"."""
    start, page = doc.page_text(1)
    found = []
    for line in iter_lines(doc.text, start, start + len(page)):
        body = line.body.strip()
        if 2 <= len(body.split()) <= 12 and re.search(r"\b(19|20)\d{2}\b", body) and not find_dates(body):
            if not re.search(r"\d{4}\s*[-–]\s*\d{4}", body) and re.match(r"[A-ZÀ-ÞŒÆ]", body):
                found.append(body)
    return found[:1]


def after_title_prefix(title: str) -> int | None:
    """Where a title goes on after its first words of events.yaml `title_prefixes` ("Retour sur",
    "Bilan de") and an article (`title_prefix_articles`); None when it opens with no prefix."""
    folded = fold(title).replace("’", "'")
    lex = events_lexicon()
    prefixes = sorted({fold(p) for p in lex.get("title_prefixes", [])}, key=len, reverse=True)
    articles = sorted({fold(a).replace("’", "'") for a in lex.get("title_prefix_articles", [])}, key=len, reverse=True)
    # "Mon récap de la ...", "Notre bilan du ...": the writer's possessive before the prefix
    own = re.match(r"(?:mon|ma|notre|nos|mes)\s+", folded)
    for prefix in prefixes:
        m = re.match((own.group(0) if own else "") + re.escape(prefix) + r"\s+", folded)
        if not m:
            continue
        pos = m.end()
        for article in articles:
            a = re.match(re.escape(article) + (r"\s*" if article.endswith("'") else r"\s+"), folded[pos:])
            if a:
                pos += a.end()
                break
        return pos
    return None


def strip_title_prefix(title: str) -> str:
    """"Retour sur le Forum X" -> "Forum X", "Bilan des Assises Y" -> "Assises Y" (words of
    events.yaml `title_prefixes`, then an article); unchanged when no capitalised name follows."""
    pos = after_title_prefix(title)
    if pos is not None and title[pos:pos + 1].isupper():
        return title[pos:]
    return title


def sponsorship_deck(doc: Document) -> bool:
    """Whether the document is an event's sponsorship deck: its titles or first lines say so
    (events.yaml `sponsorship_titles`: "Dossier de partenariat", "Plaquette partenaires")."""
    if not events_lexicon().get("sponsorship_titles"):
        return False
    pattern = words_pattern("sponsorship_titles")
    start, page = doc.page_text(1)
    firsts = [line.body for line in iter_lines(doc.text, start, start + min(len(page), 400)) if line.body.strip()][:4]
    return any(pattern.search(_norm(t)) for t in document_titles(doc) + firsts)


def _without_sponsorship(title: str) -> str:
    """A deck's title without the words that say it is a deck: "Festival X 2026 Dossier de partenariat"."""
    if not events_lexicon().get("sponsorship_titles"):
        return title
    m = words_pattern("sponsorship_titles").search(_norm(title))
    return title[:m.start()] if m and m.start() > 0 else title


@cache
def name_stopwords() -> frozenset[str]:
    """events.yaml `name_stopwords`, folded: section words that name no event ("programme", "intervenants")."""
    return frozenset(fold(w) for w in events_lexicon()["name_stopwords"])


def clean_title(title: str) -> str:
    """The name a title may give: its first part (up to a dash, a colon or a bar) without the
    prefix, the years and the report's own words; a first part that is a date alone ("08/04/2021 -
    Zones à faibles émissions") gives way to the next part that holds a word."""
    parts = [_cleaned_part(p) for p in re.split(r"\s+[—–:|]\s+|\s+-\s+", title)]
    # a first part that is a section word alone ("Programme – Forum X") gives way too, and so does a
    # day's date ("Mardi 4 Juin - Assises de la forêt - Valbrune")
    if not re.search(r"[^\W\d_]", parts[0]) or fold(parts[0]) in name_stopwords() or day_heading(parts[0]):
        return next((p for p in parts[1:] if re.search(r"[^\W\d_]{3,}", p)), parts[0])
    return parts[0]


def _cleaned_part(part: str) -> str:
    part = _without_sponsorship(part)
    part = strip_title_prefix(part.strip())
    part = re.sub(r"\b(19|20)\d{2}\b", "", part)
    part = re.sub(r"\b(?:bilan|compte[- ]rendu|rapport|synthèse)\b.*$", "", part, flags=re.IGNORECASE)
    return " ".join(part.split()).strip(" ,:-—–")


def day_heading(line: str) -> bool:
    """A line that opens on a day of the month, after its weekday or not: "Vendredi 14 mars",
    "3 mai, place X"; or a weekday alone, its part of the day maybe ("Samedi", "Jeudi matin")."""
    folded = fold(line.strip())
    return (re.match(rf"(?:{weekday_pattern()}\s+)?\d{{1,2}}(?:er)?\s+{month_pattern()}\b", folded) is not None
            or re.fullmatch(rf"{weekday_pattern()}(?:\s+(?:matin|midi|apres-midi|soir))?\s*:?", folded) is not None)
