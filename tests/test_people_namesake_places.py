"""A name right after a lower-case place word following an article ("au lycée X") names the
place, not a speaker; a capitalised place word alone does not trigger the rule."""
from pipelines.extract.people_listed import on_street_name


def _at(text: str, name: str) -> bool:
    return on_street_name(text, text.index(name))


def test_name_after_article_and_place_word_is_a_place():
    assert _at("Les élèves du collège Armand Valbrune ont présenté leur projet.", "Armand Valbrune")
    assert _at("Une rencontre à l’université Odile Ferrasse de Sarlieu.", "Odile Ferrasse")
    assert _at("Rendez-vous au gymnase Léon Castaret à 18 h.", "Léon Castaret")


def test_capitalised_place_word_or_no_article_keeps_the_person():
    assert not _at("Lycée Armand Valbrune\nIntervention de Odile Ferrasse", "Odile Ferrasse")
    assert not _at("Le proviseur Armand Valbrune ouvre la séance.", "Armand Valbrune")
