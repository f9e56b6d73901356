"""An event organised "pour la Nième fois" is its Nth edition, when the opening sentence says it is
organised: "pour la sixième fois, l'office de tourisme organise la fête des lanternes" is a sixth
edition. A count of times with no verb of organising ("pour la sixième fois, la chorale participe au
festival") is a participant's and nothing is read. Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_TITLE = "Fête des lanternes de Valbrune"


def _edition(sentence: str) -> int | None:
    text = (_TITLE + "\n\n" + sentence + "\n\n"
            "Les promeneurs ont suivi le cortège le long du canal de Trévanne jusqu'à la nuit.\n")
    return extract_event(_doc(text, title=_TITLE)).edition


def test_a_count_of_times_with_an_organising_verb_numbers_the_edition():
    assert _edition("Valbrune. Pour la sixième fois, l'office de tourisme organise la fête des lanternes "
                    "le long du canal de Trévanne.") == 6


def test_a_count_of_times_of_a_participant_is_no_edition():
    assert _edition("Valbrune. Pour la sixième fois, la chorale de Trévanne participe à la fête des lanternes "
                    "le long du canal.") is None
