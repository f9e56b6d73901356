"""Key figures: the exhibitors closing a sentence about the event after "avec" (metrics.yaml
`event_prose.closing_metrics`), as its attendance does: "la bourse aux plantes s'est tenue
dimanche avec 45 exposants". Invented text only."""

from pipelines.document import Document, with_text_blocks
from pipelines.extract.headline import extract_headline_figures


def _figures(text: str) -> set[tuple]:
    doc = with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0]))
    return {(f.metric, f.value) for f in extract_headline_figures(doc)}


def test_the_exhibitors_closing_a_sentence_about_the_event():
    text = "Samedi 4 mai, la halle de Trévanne a reçu le 9e salon des plantes avec 45 exposants. Le public a suivi."
    assert _figures(text) == {("exhibitors", 45)}
    text = "Le parc de Lusigné a accueilli dimanche la 3e édition de la fête des potiers avec plus de 30 exposants."
    assert _figures(text) == {("exhibitors", 30)}


def test_not_without_the_event_named_before_them():
    # the sentence names no event nor audience
    assert _figures("Le club a rangé la halle de Trévanne dimanche avec 45 exposants.") == set()
    # many words after the counts: not the sentence's close
    text = "Le marché des potiers a ouvert avec 30 exposants venus de toute la région et des pays voisins."
    assert _figures(text) == set()
