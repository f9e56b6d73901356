"""A write-up that links each speaker to their profile: a card on the event's site
(``<a href="/speakers/...">Prénom Nom</a>``) anywhere, a social account ("[Prénom Nom](https://twitter.com/x)")
in a talk's heading or on a line of its own. A social link inside a sentence, or a profile link whose
text is no name, names no speaker. Made-up text."""

from pipelines.extract.documents import extract_document

from .support import written_column, written_doc

LEAD = ("# Retour sur le meetup de mars\n\nLe meetup de la communauté s'est tenu le 14 mars 2031 à Trévanne, "
        "dans les locaux d'une jeune pousse du quartier.\n\n")


def _speakers(tmp_path, body, name="retour.md"):
    return set(written_column(tmp_path, name, LEAD + body + "\n", "speakers", "full_name"))


def test_a_name_linked_to_a_social_profile_is_a_speaker(tmp_path):
    body = ("### Migrer vers une file de messages, [Solène Varenne](https://twitter.com/svarenne)\n\n"
            "La première heure a été consacrée à la migration de son équipe.")
    assert "Solène Varenne" in _speakers(tmp_path, body)


def test_a_name_linked_to_the_speaker_card_of_a_web_page_is_a_speaker(tmp_path):
    page = ("<html><body><main><h1>Retour sur le meetup de mars</h1><p>Le meetup s'est tenu le 14 mars 2031 à "
            "Trévanne.</p><p>Ensuite, <a href=\"/speakers/gaspard-lemarin\">Gaspard Lemarin</a> a montré ses "
            "tests de charge, devant une salle comble.</p></main></body></html>")
    names = {s["full_name"] for s in extract_document(written_doc(tmp_path, "retour.html", page))["speakers"]}
    assert "Gaspard Lemarin" in names


def test_a_profile_link_whose_text_is_no_name_is_no_speaker(tmp_path):
    body = ("La soirée était proposée par [Trévanne Numérique](https://twitter.com/trevannenum), qui a offert "
            "les boissons, et tout le monde a ensuite partagé une part de tarte.")
    assert not any("Trévanne" in name for name in _speakers(tmp_path, body))


def test_a_social_link_inside_a_sentence_is_no_speaker(tmp_path):
    body = ("Pour s'y retrouver, [Solène Varenne](https://twitter.com/svarenne) avait imprimé des badges "
            "pour chacun, et tout le monde a ensuite partagé une part de tarte.")
    assert "Solène Varenne" not in _speakers(tmp_path, body)


def test_links_are_read_by_the_markdown_and_html_parsers():
    from pipelines.document.html import read_html
    from pipelines.document.links import markdown_links
    md = ('# Journée\n\n### Atelier, [Jeanne Valbrun](https://twitter.com/jv)\n\n'
          'Avec <a href="/intervenants/paul-orme">Paul Orme</a> et [un lien `code`](/x).\n\n'
          '<div><a href="/bios/lise">Lise Aubin</a></div>\n')
    assert markdown_links(md) == [
        ("Jeanne Valbrun", "https://twitter.com/jv"), ("Paul Orme", "/intervenants/paul-orme"),
        ("un lien code", "/x"), ("Lise Aubin", "/bios/lise")]
    page = '<html><body><p>Par <a href="/speakers/anne-bel">Anne  Bel</a> et <a name="x">rien</a></p></body></html>'
    assert read_html(page)[1]["page_links"] == [("Anne Bel", "/speakers/anne-bel")]
