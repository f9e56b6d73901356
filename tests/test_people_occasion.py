"""A person a report gives "the occasion" to speak ("L'occasion pour la maire, A, de rappeler
..."): a speaker. Invented text."""

from pipelines.extract.people_in_prose import quoted_people


def _people(text):
    return {it.people[0].full: it.role for it in quoted_people(text)}


def test_role_comma_name_then_speech_infinitive():
    found = _people("L’occasion pour sa directrice, Odile Ferrand, de rappeler les enjeux du chantier.")
    assert found == {"Odile Ferrand": "directrice"}


def test_role_of_body_then_name_without_comma_after():
    found = _people("C'est l'occasion pour le président du syndicat, Marc Levasseur d'annoncer la suite.")
    assert "Marc Levasseur" in found
    assert found["Marc Levasseur"].startswith("président")


def test_name_right_after_the_phrase():
    assert "Lucie Barrand" in _people("Une journée dense. L'occasion pour Lucie Barrand de souligner le travail des bénévoles.")


def test_no_speech_infinitive_names_no_speaker():
    assert "Lucie Barrand" not in _people("Une journée dense. L'occasion pour Lucie Barrand de visiter les stands.")


def test_words_before_the_name_that_are_no_role_name_no_speaker():
    assert "Paul Mérand" not in _people("L'occasion pour les enfants de Paul Mérand de présenter leurs dessins.")


# Names right after a noun naming speakers ("les grands témoins invités comme A et B").

def test_names_after_witness_noun_and_links():
    found = _people("Une belle journée, grâce aux grands témoins invités comme Hélène Vardier et Paul Cressac, venus de loin.")
    assert {"Hélène Vardier", "Paul Cressac"} <= set(found)


def test_name_after_witness_noun_and_a_role():
    found = _people("Nos grands témoins la géographe Aline Forteau et Jules Menard ont partagé leurs analyses.")
    assert "Aline Forteau" in found


def test_witness_noun_far_before_names_no_speaker():
    found = _people("Les grands témoins étaient absents cette année ; le buffet fut offert par la ville. "
                    "La salle Marcel Tordu était pleine.")
    assert "Marcel Tordu" not in found
