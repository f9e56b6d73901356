"""The speed-ups of the extraction keep its answers: results kept for one document only while it
is extracted, and the quick tests that skip a pattern only where it cannot match."""

from __future__ import annotations

from pipelines.document import Document, with_text_blocks
from pipelines.extract.event_dates import find_dates
from pipelines.extract.per_document import document_scope, per_document
from pipelines.extract.quantities import qualifier_before
from pipelines.extract.speeches import _NameForm, _name_pattern


def _doc(text: str) -> Document:
    return with_text_blocks(Document("memo", "memo.txt", "text/plain", len(text), "0" * 64, text, [0]))


def test_a_per_document_answer_is_kept_only_inside_the_scope_and_for_that_document():
    calls: list[str] = []

    @per_document
    def words(doc: Document) -> list[str]:
        calls.append(doc.text)
        return doc.text.split()

    first, second = _doc("un deux"), _doc("trois")
    assert words(first) == ["un", "deux"] and words(first) == ["un", "deux"]
    assert len(calls) == 2                       # no scope: computed every time
    with document_scope():
        kept = words(first)
        kept.append("changé")                    # a caller's list is its own
        assert words(first) == ["un", "deux"]
        assert words(second) == ["trois"]
    assert len(calls) == 4                       # once per document in the scope
    with document_scope():
        words(first)
    assert len(calls) == 5                       # a new scope computes again


def test_a_name_form_finds_what_its_pattern_finds():
    texts = ["selon jeanne valmont, la ville", "jeanne  valmont-\nvalmont", "valmont jeanne", "", "jeannevalmont"]
    for form in ["jeanne valmont", "valmont", "jean-luc de la forge"]:
        name = _NameForm(form)
        for text in texts:
            for lo, hi in [(0, len(text)), (3, len(text)), (0, 10), (5, 2)]:
                expected = [m.span() for m in _name_pattern(form).finditer(text, lo, hi)]
                assert [m.span() for m in name.finditer(text, lo, hi)] == expected
            for pos in range(len(text) + 1):
                found, expected = name.match(text, pos), _name_pattern(form).match(text, pos)
                assert (found and found.span()) == (expected and expected.span())


def test_dates_are_found_with_or_without_a_month_name_and_not_without_a_year():
    assert [d[1].isoformat() for d in find_dates("le 12 mars 2024 puis le 03/04/2024")] == ["2024-03-12", "2024-04-03"]
    assert find_dates("le 12 mars, à 14 h") == []


def test_a_qualifier_before_a_number_is_found_only_where_it_ends_the_text():
    text = "il y avait plus de 300 personnes"
    at = text.index("300")
    found = qualifier_before(text, at)
    assert found is not None and text[found[0]:].startswith("plus de")
    assert qualifier_before("il y avait 300 personnes", len("il y avait ")) is None
