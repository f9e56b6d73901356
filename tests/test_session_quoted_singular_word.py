"""A session word that names one session before its quoted title only in the singular
(sessions.yaml ``quoted_title_singular_words``): "dans sa session « … »" is a session; "deux
sessions « … »" names a format the event repeats, not a title. Invented text only."""

from __future__ import annotations

from pipelines.extract.session_prose import _prose_sessions

from .support import written_doc as read


def _titles(doc):
    return [(t, k) for t, _, _, k in _prose_sessions(doc)]


def test_a_session_in_the_singular_before_its_quoted_title(tmp_path):
    doc = read(tmp_path, "a.txt", (
        "Rencontres de Trévanne\n\nL'après-midi, dans sa session « Des jardins partagés au pied des "
        "immeubles » Odile Marrec a présenté trois quartiers de Valbrune.\n"))
    assert _titles(doc) == [("Des jardins partagés au pied des immeubles", "other")]


def test_no_session_from_sessions_in_the_plural(tmp_path):
    # the plural names a format the event repeats, its quoted name no title
    doc = read(tmp_path, "b.txt", (
        "Rencontres de Trévanne\n\nLe programme comptait des ateliers pratiques et trois sessions "
        "« carrefour des idées » ouvertes à tous.\n"))
    assert _titles(doc) == []
