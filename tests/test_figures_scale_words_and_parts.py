"""Headline and cited figures as reports and press articles write them: the attendance
of a nationwide event counted with a scale word ("12 millions de visiteurs"), and its restatement
in the body left to the key figures; "X qui a rappelé" naming the speaker; a label noun before a colon
and a count; a count-first line stating its count in parts. Made-up texts only."""

from pipelines.extract.headline import key_figure_spans
from pipelines.extract.headline_terms import count_at, count_in_range

from .support import doc_of, headline_figures, mentions


def test_a_count_with_a_scale_word_is_read_with_its_scale():
    text = "3,5 millions de visiteurs"
    number = count_at(text, 0)
    assert number.value == 3_500_000 and text[number.start:number.end] == "3,5 millions"
    assert count_in_range(text, number)
    # digits alone over ten million stay out (a reference, a phone number)
    plain = "35 000 000 visiteurs"
    assert not count_in_range(plain, count_at(plain, 0))
    # a number in words keeps its reading ("une centaine"), and "3 millions" with no "de" after is not scaled
    assert count_at("une centaine de visiteurs", 0).value == 100
    assert count_at("3 millions, puis 4", 0).value == 3


def test_the_attendance_of_a_nationwide_event_counted_in_millions():
    text = ("Succès des journées portes ouvertes\n\n"
            "8 millions de visiteurs ont franchi les portes des ateliers d'artistes partout en France ce week-end.\n\n"
            "Pendant deux jours, plus de 8 millions de visiteurs ont parcouru les ateliers ouverts pour l'occasion.\n")
    assert ("visitors", 8_000_000) in headline_figures(text)
    # the restatement in the body is the key figure's, not a cited figure of its own
    doc = doc_of(text)
    restated = text.index("plus de 8 millions")
    assert any(a <= restated + len("plus de ") < b for a, b in key_figure_spans(doc))


def test_a_budget_in_millions_is_no_headline_figure():
    text = ("Succès des journées portes ouvertes\n\n"
            "8 millions d'euros ont financé les ateliers d'artistes partout en France cette année.\n")
    assert not {m for m, _ in headline_figures(text)} & {"visitors", "participants"}


# --------------------------------------------------------------------------- attribution
def _said(text: str) -> list[tuple]:
    from pipelines.extract.claims import cited_figure_rows
    speakers = [{"speaker_id": "dumas", "full_name": "Claire Dumas", "given_name": "Claire", "family_name": "Dumas",
                 "role": "directrice", "aliases": None, "organization": None}]
    programme = {"sessions": [], "session_speakers": [], "speakers": speakers}
    return [(r["value"], r["speaker_id"]) for r in cited_figure_rows([doc_of(text)], [], programme)]


def test_a_name_then_qui_and_a_verb_of_speech_is_the_speaker():
    text = "L'agence était représentée par Claire Dumas qui a rappelé les efforts menés depuis plus de 6 ans par ses équipes.\n"
    assert _said(text) == [(6, "dumas")]
    text = "Claire Dumas, qui a souligné que 40 communes ont rejoint le réseau, a remercié les élus.\n"
    assert _said(text) == [(40, "dumas")]


def test_a_name_then_qui_and_another_verb_gives_no_speaker():
    text = "L'agence était représentée par Claire Dumas qui a visité les 6 sites du réseau.\n"
    assert _said(text) == [(6, None)]


# --------------------------------------------------------------------------- a label noun, a colon, a value
def test_a_label_noun_before_a_colon_and_a_count_is_no_label():
    assert (300, "count") in mentions("Pour la fête du village, au programme : 300 animations dans les rues.\n")
    # a label as written without the colon, or a value that counts nothing, stays a label
    assert (3, "count") not in mentions("Les élus se sont retrouvés en atelier 3 pour la synthèse.\n")
    assert (12, "count") not in mentions("Lieu de la réunion, salle : 12\n")


# --------------------------------------------------------------------------- a count stated in parts
def test_a_count_first_line_stating_its_count_in_parts_adds_them_up():
    text = ("Le salon des artisans ouvre ses portes samedi\n\n"
            "Près de 30 exposants du bâtiment seront présents, une dizaine d'exposants de l'alimentation et un espace de démonstrations.\n")
    assert headline_figures(text) == {("exhibitors", 40)}


def test_counts_of_two_editions_or_a_part_of_the_whole_are_not_added():
    text = ("Le salon des artisans ouvre ses portes samedi\n\n"
            "Près de 30 exposants seront présents, contre 25 exposants l'an dernier.\n")
    assert headline_figures(text) == {("exhibitors", 30)}
    text = ("Le salon des artisans ouvre ses portes samedi\n\n"
            "Près de 30 exposants seront présents, dont 10 exposants venus de l'alimentation.\n")
    assert headline_figures(text) == {("exhibitors", 30)}
