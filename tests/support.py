"""Helpers shared by the unit tests of the extraction passes: a Document built from a text alone or read
from a file written for the test, and the views of a pass's output that several test files compare
(headline figures, cited figures and who said them, mentions, strategy axes, people quoted in prose,
sessions of a programme). Imported as ``from .support import ...``; it holds no test."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document, with_text_blocks
from pipelines.document.manifest import SourceEntry
from pipelines.document.markdown import read_markdown
from pipelines.extract.claims import cited_figure_rows
from pipelines.extract.documents import extract_document
from pipelines.extract.headline import extract_headline_figures
from pipelines.extract.mentions import find_mentions
from pipelines.extract.people_in_prose import quoted_people
from pipelines.extract.programme import programme_rows
from pipelines.extract.strategy import strategy_rows


def doc_of(text: str, title: str | None = None, *, media_type: str = "text/plain") -> Document:
    """A one-page document of ``text``, with the blocks the plain-text reader finds in it."""
    file_name = "t.md" if media_type == "text/markdown" else "t.txt"
    return with_text_blocks(Document(source_id="t", file_name=file_name, media_type=media_type, bytes=len(text.encode()),
                                     sha256="0" * 64, text=text, page_starts=[0], title=title))


def deck_doc(pages: list[str]) -> Document:
    """An invented slide deck: one page per string, as the PDF reader gives its text."""
    text, starts = "", []
    for page in pages:
        starts.append(len(text))
        text += page + "\n\n"
    return Document(source_id="deck", file_name="deck.pdf", media_type="application/pdf", bytes=len(text),
                    sha256="0" * 64, text=text, page_starts=starts)


def markdown_doc(text: str) -> Document:
    """A one-page document of the Markdown ``text``, with the blocks the Markdown reader finds in it."""
    built, _ = read_markdown(text)
    return with_text_blocks(Document(source_id="t", file_name="t.md", media_type="text/markdown", bytes=len(text),
                                     sha256="0" * 64, text=built.text(), page_starts=[0], blocks=built.blocks))


def written_doc(tmp_path: Path, name: str, text: str) -> Document:
    """``text`` written to the file ``name`` and read back by the reader of its format."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


def written_column(tmp_path: Path, name: str, text: str, table: str, column: str) -> list:
    """One column of one table the pipeline extracts from ``text`` written to the file ``name``."""
    return [row[column] for row in extract_document(written_doc(tmp_path, name, text))[table]]


def figure_speakers(doc: Document) -> dict:
    """value -> full name of the speaker (or None) of every cited figure the pipeline extracts from ``doc``."""
    rows = extract_document(doc)
    names = {s["speaker_id"]: s["full_name"] for s in rows["speakers"]}
    return {f["value"]: names.get(f["speaker_id"]) for f in rows["cited_figures"]}


# --------------------------------------------------------------------------- headline figures
def headline_figures(text: str, title: str | None = None) -> set[tuple]:
    """(metric, value) of every headline figure of ``text``."""
    return {(f.metric, f.value) for f in extract_headline_figures(doc_of(text, title))}


def figures_between(title: str, paragraph: str, after: str) -> set[tuple]:
    """(metric, value) of every headline figure of a short report: its title line, ``paragraph``,
    then ``after``, each a paragraph of its own."""
    return headline_figures(f"{title}\n\n{paragraph}\n\n{after}\n", title)


def headline_figures_compared(text: str, title: str | None = None) -> set[tuple]:
    """(metric, value, comparator) of every headline figure of ``text``."""
    return {(f.metric, f.value, f.comparator) for f in extract_headline_figures(doc_of(text, title))}


# --------------------------------------------------------------------------- cited figures
def cited_figures(text: str) -> list[tuple]:
    """(value, unit) of every cited figure of ``text`` read as a whole line."""
    return [(r["value"], r["unit"]) for r in cited_figure_rows([doc_of(text + "\n")], [], None)]


def mentions(text: str) -> set[tuple]:
    """(value, unit) of every quantity mentioned in ``text``."""
    return {(m.q.value, m.q.unit) for m in find_mentions(doc_of(text))}


def cast(*people: tuple[str, str | None]) -> dict:
    """A programme with these (name, role) speakers and no session."""
    rows = []
    for name, role in people:
        given, family = name.split(" ", 1)
        rows.append({"speaker_id": family.lower(), "full_name": name, "given_name": given, "family_name": family,
                     "role": role, "aliases": None, "organization": None})
    return {"sessions": [], "session_speakers": [], "speakers": rows}


def said(text: str, programme: dict | None = None) -> list[tuple]:
    """(value, speaker_id) of every cited figure of ``text``, the speakers taken from ``programme``."""
    return [(r["value"], r["speaker_id"]) for r in cited_figure_rows([doc_of(text)], [], programme)]


# --------------------------------------------------------------------------- strategy axes
def axes(text: str, title: str | None = None, *, media_type: str = "text/plain") -> list[str]:
    """The axis titles the strategy pass reads in ``text``."""
    return [r["axis"] for r in strategy_rows([doc_of(text, title, media_type=media_type)])]


# --------------------------------------------------------------------------- people
def quoted_names(text: str) -> list[str]:
    """The full name of the first person of each item the prose reader finds in ``text``."""
    return [it.people[0].full for it in quoted_people(text)]


# --------------------------------------------------------------------------- sessions
def sessions(doc: Document) -> list[tuple[str, str]]:
    """(type, title) of every session the programme pass reads in ``doc``."""
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    return [(s["type"], s["title"]) for s in rows["sessions"]]


def session_titles(doc: Document) -> list[str]:
    """The title of every session the programme pass reads in ``doc``."""
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    return [s["title"] for s in rows["sessions"]]


# The first slots of an invented colloquium's programme page, each time alone on its line, the
# talk's title under it, then its speaker with the role glued on (tests of people_glued_roles and
# of the slots' titles).
GLUED_PROGRAMME_HEAD = ("Colloque de Valbrune : la prévention en question\n\n"
                        "Du vendredi 25 novembre 2022 au samedi 26 novembre 2022\n"
                        "de 09:30 à 10:30\n"
                        "Que sait-on des effets de la prévention ?\n\n"
                        "Lucie Marchetti Sociologue, Observatoire régional de la santé\n\n"
                        "de 11:00 à 12:00\n"
                        "Recherche interventionnelle et viabilité des actions\n\n")
