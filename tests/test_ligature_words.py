"""Words spelt with a ligature ("vœux", "cœur", "Œuvres") are whole words to every pattern that
reads letters: a name, a title or a person's role does not stop at the "œ". Made-up texts."""

from pipelines.extract.event_name import noun_phrase
from pipelines.document import Document, with_text_blocks
from pipelines.extract.events import extract_event


def test_a_name_with_a_ligature_is_read_whole():
    assert noun_phrase("cérémonie des vœux du maire à la salle des fêtes", 0) == "cérémonie des vœux du maire"
    assert noun_phrase("Forum des Œuvres sociales de Valbrune", 0) == "Forum des Œuvres sociales de Valbrune"


def test_the_event_of_a_ligature_title_is_named_whole():
    text = ("Cérémonie des vœux du maire 2031\n\n"
            "La cérémonie des vœux du maire s'est tenue le 10 janvier 2031 à la salle des fêtes.\n")
    doc = with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0]))
    assert extract_event(doc).name == "Cérémonie des vœux du maire"
