"""A line that asks a question states no figure ("Deux jours en 2032 ?"); a question quoted inside
a statement ("Trois talks : « ... mais après ? »") does not stop the count (headline_lines.py;
round 237, issue 15). Invented text only."""

from .support import headline_figures

_TITLE = "Festival de la BD de Valbrune"


def test_a_count_in_a_question_is_no_figure():
    text = (f"{_TITLE}\n\nLe festival a réuni 900 visiteurs le 4 mai 2031.\n\n"
            "Et l'an prochain ?\n\nDeux jours en 2032 ?\n")
    assert ("days", 2.0) not in headline_figures(text, title=_TITLE)


def test_a_count_stated_as_a_line_is_still_read():
    text = f"{_TITLE}\n\nLe festival a réuni 900 visiteurs le 4 mai 2031.\n\nDeux jours de fête\n"
    assert ("days", 2.0) in headline_figures(text, title=_TITLE)
