"""Round r40b cues of event reports, written for the genre: a venue "au sein du" a hall (an adjective
may open its name), a welcoming verb whose subject is a named hall or carries its town between commas,
and a first edition said without "édition" ("les premières rencontres", "organisée pour la première
fois"). Made-up texts only."""

from pipelines.extract.event_first_time import first_time_held
from pipelines.extract.event_edition import edition_of_noun
from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_a_hall_the_event_was_held_within():
    text = ("Salon des saveurs\n\nLes exposants se sont retrouvés au sein du palais des Tilleuls pendant deux "
            "jours de dégustations.\n")
    assert find_venue(_doc(text)) == "palais des Tilleuls"


def test_an_adjective_may_open_the_hall_within():
    text = ("Rencontres du bocage\n\nAccueillis au sein du prestigieux musée des Lavandières, les participants "
            "ont échangé toute la matinée.\n")
    assert find_venue(_doc(text)) == "musée des Lavandières"
    text = ("Rencontres du bocage\n\nLes participants se sont réunis au sein des locaux du nouveau campus "
            "Valmont pour une matinée d'échanges.\n")
    assert "campus Valmont" in (find_venue(_doc(text)) or "")


def test_within_an_organisation_is_no_venue():
    text = ("Rencontres du bocage\n\nAu sein du réseau, les agents échangent leurs pratiques toute "
            "l'année.\n")
    assert find_venue(_doc(text)) is None
    text = ("Rencontres du bocage\n\nAu sein de la commission, les élus ont débattu des projets.\n")
    assert find_venue(_doc(text)) is None


def test_a_named_space_welcoming_the_event():
    text = ("Hackathon des étudiants\n\nLe temps d'un week-end, l'espace Odile Ravenne a accueilli quarante "
            "développeurs.\n")
    assert find_venue(_doc(text)) == "l'espace Odile Ravenne"
    # a common "espace" is no hall, nor a named space followed by a verb's words
    assert find_venue(_doc(text.replace("l'espace Odile Ravenne", "l'espace public"))) is None
    text = ("Salon du livre\n\nL'Espace Jeunesse se transforme cette année et accueille trois ateliers.\n")
    assert find_venue(_doc(text)) is None


def test_a_welcoming_hall_with_its_town_between_commas():
    text = ("Retour sur l'assemblée\n\nRETOUR SUR LE 3 MARS - Le théâtre des Ormes, à Valbrune, a accueilli "
            "l'assemblée générale du syndicat.\n")
    assert find_venue(_doc(text)) == "Le théâtre des Ormes"
    # a subject that is no hall says nothing of the venue, whatever its apposition
    text = text.replace("Le théâtre des Ormes", "Le syndicat des eaux")
    assert find_venue(_doc(text)) is None


def test_plural_first_gatherings_are_a_first_edition():
    text = ("Bilan\n\nLes premières rencontres régionales de la haie ont réuni 120 participants à "
            "Valbrune.\n")
    assert edition_of_noun(_doc(text)) == 1
    # the first workshops of a day are its sessions, not an edition
    text = "Bilan\n\nLes premiers ateliers de la journée ont réuni 30 participants.\n"
    assert edition_of_noun(_doc(text)) is None


def test_an_event_organised_for_the_first_time():
    text = ("Trophées des communes\n\nLa cérémonie était organisée pour la première fois au château des "
            "Ormes, devant 200 invités.\n")
    assert first_time_held(_doc(text)) == 1
    # without an event noun before it, the phrase ranks something else
    text = ("Trophées des communes\n\nUne collecte de jouets a été organisée pour la première fois par "
            "l'association.\n")
    assert first_time_held(_doc(text)) is None
    text = "Trophées des communes\n\nLe club s'est qualifié pour la première fois en finale.\n"
    assert first_time_held(_doc(text)) is None
