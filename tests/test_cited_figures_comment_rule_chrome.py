"""A news site's rule for readers' comments under an article ("Vous avez droit à 2 commentaires par
jour") is the site's chrome, not a figure of the article. Invented text."""

from __future__ import annotations

from tests.support import mentions


def test_the_comment_rule_is_no_figure():
    text = ("La fête du village a attiré 400 personnes samedi.\n\n"
            "Réagir à cet article Vous avez droit à 2 commentaires par jour\n")
    found = mentions(text)
    assert (400, "count") in found
    assert (2, "count") not in found
