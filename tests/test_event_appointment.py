"""An event page's header line giving a weekday, a day, a month and a time of day announces the
event; a publication line or a deadline does not. Made-up texts only."""

from pipelines.extract.event_appointment import appointment_line
from pipelines.extract.events import describes_event

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
