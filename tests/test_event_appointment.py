"""An event page's header line giving a weekday, a day, a month and a time of day announces the
event; a publication line or a deadline does not. Made-up texts only."""

from pipelines.extract.event_appointment import appointment_line, appointment_title
from pipelines.extract.events import describes_event, extract_event

from .support import doc_of as _doc


_BODY = ("Les jardins partagés de Valbrune se multiplient depuis dix ans et changent la vie des quartiers. "
         "Que nous apprennent-ils de la ville de demain ?\n")


def test_a_header_line_with_a_weekday_and_an_hour_announces_an_event():
    doc = _doc("Les jeudis de Valbrune\n\nMaison des associations, le jeudi 12 mars à 18h30\n\n" + _BODY,
               title="Les jeudis de Valbrune")
    assert appointment_line(doc)
    assert describes_event(doc)


def test_a_publication_line_or_a_deadline_announces_nothing():
    published = _doc("Les jardins de Valbrune\n\nPublié le jeudi 12 mars à 18h30\n\n" + _BODY, title="Les jardins de Valbrune")
    assert not appointment_line(published)
    assert not describes_event(published)
    deadline = _doc("Les jardins de Valbrune\n\nCandidatures avant le jeudi 12 mars à 12h\n\n" + _BODY,
                    title="Les jardins de Valbrune")
    assert not appointment_line(deadline)
    assert not appointment_line(_doc("Les jardins de Valbrune\n\n" + _BODY))


_TALKS = ("- De 18h à 19h : conférence débat de Léa BRUNET « Que nous apprennent les jardins ? »\n"
          "- 19h : apéritif\n"
          "- 19h30 à 21h : conférence débat d’Hugo MARTIN « Cultiver en ville : les projets en cours »\n")


def test_the_quoted_title_over_the_appointment_line_names_the_event(tmp_path):
    # the line right above the appointment, in the same paragraph, is the event's title; each
    # talk given by someone named before its quoted title is named by that title
    from .support import sessions, written_doc
    doc = written_doc(tmp_path, "soiree.txt", "« Jardins en partage, une ville en transition »\n"
                      "Vendredi 20 septembre à 17h30 au théâtre de Valbrune\n" + _BODY + _TALKS)
    assert appointment_title(doc) == "Jardins en partage, une ville en transition"
    assert extract_event(doc).name == "Jardins en partage, une ville en transition"
    assert [t for _, t in sessions(doc)] == ["Que nous apprennent les jardins ?",
                                            "Cultiver en ville : les projets en cours"]


def test_a_sentence_over_the_appointment_line_names_no_event(tmp_path):
    from .support import written_doc
    doc = written_doc(tmp_path, "soiree.txt", "Les jardins de Valbrune changent la vie des quartiers.\n"
                      "Vendredi 20 septembre à 17h30 à la salle des fêtes\n" + _BODY)
    assert appointment_title(doc) is None


def test_an_event_name_between_quotation_marks_loses_them_only_around_it():
    from pipelines.extract.events import _unquoted
    assert _unquoted("« Jardins en partage »") == "Jardins en partage"
    assert _unquoted("« Jardins et ville") == "Jardins et ville"
    assert _unquoted("Le forum « Cap 2030 »") == "Le forum « Cap 2030 »"
    assert _unquoted("« Cap » et « Cité »") == "« Cap » et « Cité »"
