"""A body that organises or holds "le premier" something names the first edition of its event; a
"première" that ranks a part of an event (a session, a day of a salon) says nothing. Made-up texts only."""

from pipelines.extract.event_first_time import first_held_by

from .support import doc_of as _doc


def test_a_body_organises_its_first_plant_swap():
    text = ("Troc de plantes à Valbrune\n\nLe 3 mai, l'amicale des jardiniers de Valbrune organisait le premier "
            "troc de plantes du quartier, sur la place de la halle.\n")
    assert first_held_by(_doc(text, title="Troc de plantes à Valbrune")) == 1


def test_the_first_session_of_a_council_says_nothing():
    text = ("Conseil des sages de Trévanne\n\nLa commune de Trévanne a organisé la première séance du conseil "
            "des sages, mardi en mairie.\n")
    assert first_held_by(_doc(text, title="Conseil des sages de Trévanne")) is None
