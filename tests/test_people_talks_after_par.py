"""A speaker named by the talks that a passive sentence says the event was made of ("la matinée a
été rythmée par des interventions de la géographe Prénom Nom"): the talk after "par", then the
speaker's trade, then the name; a talk inside a sentence without "par" stays an action. Made-up text."""

from pipelines.extract.documents import extract_document

from .support import doc_of

LEAD = "Retour sur la journée des sentiers\n\nLa journée des sentiers s'est tenue le 12 mai 2031 à Trévanne.\n\n"


def _speakers(sentence):
    return {s["full_name"]: s["role"] for s in extract_document(doc_of(LEAD + sentence + "\n"))["speakers"]}


def test_a_speaker_named_by_the_talks_of_a_passive_sentence():
    assert _speakers("Les échanges de la matinée ont été nourris par des interventions de la géographe "
                     "Solène Varenne, avant une balade commentée.") == {"Solène Varenne": "géographe"}


def test_a_talk_inside_a_sentence_without_par_names_no_speaker():
    assert _speakers("Grâce aux interventions de la géographe Solène Varenne auprès des propriétaires, "
                     "le sentier a rouvert.") == {}
