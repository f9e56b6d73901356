"""Hexo's front matter may leave out its opening "---": YAML from the first line to a "---" line
is the page's metadata, not its text. Invented pages."""

from __future__ import annotations

from pipelines.document.markdown import front_matter

_PAGE = ("title: Les Rencontres des Lucioles 2031\ntags:\n  - jardins\n  - semis\ncategory:\n  - Event\n"
         "date: 2031-03-04 08:57:04\n---\n\n# Retour sur les Rencontres\n\nLes jardiniers étaient là.\n")


def test_front_matter_closed_without_its_opening_dashes_is_metadata():
    meta, body = front_matter(_PAGE)
    assert meta["title"] == "Les Rencontres des Lucioles 2031" and meta["tags"] == ["jardins", "semis"]
    assert body.lstrip().startswith("# Retour sur les Rencontres") and "title:" not in body


def test_a_page_opening_with_labelled_lines_keeps_them_as_text():
    # "Lieu :" and "Date :" lines over a rule are the page's text: no title key, no metadata
    page = "Lieu: salle des fêtes de Valbourg\nDate: 12 mars 2031\n---\n\nLes jardiniers étaient là.\n"
    meta, body = front_matter(page)
    assert meta == {} and body == page
