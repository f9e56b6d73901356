"""A web page saved as text keeps the page's skip links as its first lines ("Aller au contenu
principal"): the plain-text reader blanks them (layout.yaml ``skip_links``), keeping the text's
length so that every offset stays. Invented texts only."""

from __future__ import annotations

from pipelines.extract.programme import programme_rows

from .support import written_doc

PAGE = ("Aller au contenu principal\n\nAccueil\n\nJournée des jardins partagés de Valbrune\n\n"
        "La journée s'est tenue le 12 mai 2031. La table ronde a réuni les jardiniers du quartier.\n")


def test_a_skip_link_opening_a_saved_page_is_blanked(tmp_path):
    doc = written_doc(tmp_path, "page.txt", PAGE)
    assert len(doc.text) == len(PAGE) and doc.text.startswith(" " * len("Aller au contenu principal") + "\n")
    assert doc.text.endswith(PAGE[len("Aller au contenu principal"):])
    sessions = programme_rows([doc], [{"event_id": "e", "source_id": doc.source_id}])["sessions"]
    assert all("contenu" not in s["title"].lower() for s in sessions)


def test_the_same_words_further_down_are_the_texts(tmp_path):
    text = "Journée des jardins\n\nUn\n\nDeux\n\nTrois\n\nQuatre\n\nCinq\n\nAller au contenu principal\n"
    assert written_doc(tmp_path, "page.txt", text).text == text
