"""Event values a report's wording would make wrong: a date or a relative clause read into the
event's name, a participle or an appreciation after its noun, a pronoun or a bare noun taken for its
name, an edition of the event's history, the page's publication day taken for the event's day.
Made-up texts only."""

from pipelines.document import Document, with_text_blocks
from pipelines.extract.event_name import noun_phrase
from pipelines.extract.event_edition import find_edition
from pipelines.extract.event_words import copular_name, edition_named
from pipelines.extract.events import extract_event


def _doc(text: str, title: str | None = None, date: str | None = None) -> Document:
    return with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0], title=title, date=date))


def test_a_weekday_and_its_day_end_the_name():
    assert noun_phrase("rencontre du mardi 5 octobre à Valbrune", 0) is None
    assert noun_phrase("Salon du Mardi Gras de Valbrune", 0) == "Salon du Mardi Gras de Valbrune"


def test_a_relative_clause_ends_the_name():
    assert noun_phrase("congrès qu’elle organise chaque année", 0) is None
    assert noun_phrase("Salon des Maires qu'il préside", 0) == "Salon des Maires"


def test_a_participle_or_an_appreciation_after_the_noun_is_no_name():
    assert noun_phrase("journée consacrée aux élus du bassin", 0) is None
    assert noun_phrase("journée riche en échanges", 0) is None
    assert noun_phrase("forum régional dédié à l'emploi", 0) == "forum régional"
    assert noun_phrase("Journée Régionale des Rivières à Valbrune", 0) == "Journée Régionale des Rivières"


def test_a_pronoun_is_no_name():
    assert copular_name("Ce sera le thème d’un colloque organisé les 3 et 4 mai.") is None
    assert copular_name("Valbrune en Fête est une journée autour du numérique.") == "Valbrune en Fête"


def test_an_event_noun_alone_after_an_edition_is_no_name():
    assert edition_named("avant la seconde édition du Forum européen des villes, deux débats") is None
    assert edition_named("la 5e édition de Valbrune Numérique a réuni 300 personnes") == "Valbrune Numérique"


def test_an_edition_dated_by_an_earlier_year_is_history():
    text = "En 2009, la première édition avait réuni 300 visiteurs. Le salon 2031 a accueilli 900 visiteurs."
    assert find_edition(text) is None
    assert find_edition("En 2031, la troisième édition du salon a accueilli 900 visiteurs.") == 3
    assert find_edition("En 2009, la première édition avait réuni 300 visiteurs. Cette cinquième édition, en 2031.") == 5


def test_the_publication_day_gives_way_to_the_day_the_opening_tells():
    text = ("Valbrune, 7 avril 2031\n\n"
            "Les Rencontres de Valbrune se sont tenues le 28 mars à la salle des Tilleuls. "
            "Plus de 200 participants ont échangé sur l'eau.\n")
    event = extract_event(_doc(text, title="Retour sur les Rencontres de Valbrune", date="2031-04-07"))
    assert event.start_date == "2031-03-28"


def test_the_publication_day_stays_when_the_opening_tells_no_other_day():
    text = ("Valbrune, 7 avril 2031\n\n"
            "Les Rencontres de Valbrune se sont tenues à la salle des Tilleuls. "
            "Plus de 200 participants ont échangé sur l'eau.\n")
    event = extract_event(_doc(text, title="Retour sur les Rencontres de Valbrune", date="2031-04-07"))
    assert event.start_date == "2031-04-07"


def test_a_venue_after_a_date_told_from_the_day_of_writing():
    from pipelines.extract.event_place import find_venue
    doc = _doc("Le forum des jardiniers se tiendra le 18 septembre prochain\nà l’Espace Jean Lucioles de Valbrune.\n")
    assert find_venue(doc) == "Espace Jean Lucioles de Valbrune"
    doc = _doc("Un colloque organisé les mardi 8 et mercredi 9 février prochains au Palais des Lucioles.\n")
    assert find_venue(doc) == "Palais des Lucioles"
