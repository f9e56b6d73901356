"""Key figures: the attendance after "avec" (metrics.yaml `event_prose.held_openers`) in the
clause saying the event took place (events.yaml `taking_place_verbs`, past or imperfect), whatever
follows the count in the sentence; counted in a word of the attendance itself, not in people of any
kind. Invented text only."""

from .support import headline_figures


def test_the_attendance_after_avec_in_the_clause_of_the_event_held():
    text = ("La rencontre des jardiniers s'est déroulée samedi matin à Valbrune avec une quarantaine de "
            "participants dans le cadre des journées de la biodiversité du canton.")
    assert headline_figures(text) == {("participants", 40)}
    text = ("Le colloque avait lieu à la salle des fêtes de Trévanne avec plus de 130 visiteurs venus "
            "de toute la vallée pour découvrir les initiatives locales.")
    assert headline_figures(text) == {("visitors", 130)}


def test_no_attendance_after_avec_in_another_sentence_or_in_an_announcement():
    # the verb of the event held is in the sentence before
    text = ("La rencontre des jardiniers s'est déroulée samedi matin à Valbrune. Le maire a signé la charte "
            "avec une quarantaine de participants dans la salle du conseil municipal.")
    assert headline_figures(text) == set()
    # people of any kind (a context word) may be one part's, not the event's attendance
    text = ("La rencontre des jardiniers s'est déroulée samedi matin à Valbrune avec une quarantaine de "
            "personnes dans le cadre des journées de la biodiversité du canton.")
    assert headline_figures(text) == set()
    # an announcement in the future is no count of the event
    text = ("La rencontre des jardiniers se tiendra samedi matin à Valbrune avec une quarantaine de "
            "participants dans le cadre des journées de la biodiversité du canton.")
    assert headline_figures(text) == set()
