"""An office of a newspaper or a review ("rédactrice en chef", "rédacteur") is a role word, so a
programme line "Prénom Nom – Rédactrice en chef de la revue X" names a speaker like "chargée de
mission" does; a word that is no office after the dash still names no one. Invented text only."""

from pipelines.extract.documents import extract_document

from .support import doc_of

_PROGRAMME = ("Rencontres du livre de Valbrune, le 4 avril 2032.\n\n9h Accueil\n"
              "10h Table ronde : la presse jeunesse aujourd'hui\n{first}\n{second}\n")


def _names(first: str, second: str) -> list[str]:
    rows = extract_document(doc_of(_PROGRAMME.format(first=first, second=second), title="Rencontres du livre"))
    return [r["full_name"] for r in rows["speakers"]]


def test_editor_in_chief_after_the_dash_names_the_speaker():
    names = _names("Hélène Garnaud – Rédactrice en chef de la revue Petites Pages",
                   "Bruno Lestrade – Responsable des ateliers d'écriture de Trévanne")
    assert "Hélène Garnaud" in names
    assert "Bruno Lestrade" in names


def test_a_word_that_is_no_office_after_the_dash_names_no_one():
    names = _names("Hélène Garnaud – Rédaction de la revue Petites Pages",
                   "Bruno Lestrade – Responsable des ateliers d'écriture de Trévanne")
    assert "Hélène Garnaud" not in names
