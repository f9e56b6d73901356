"""A weekday's date written without its year in a dated article whose titles give no year: the
publication's year (or the one around it) whose calendar gives that weekday. Made-up texts only."""

from pipelines.document import Document, with_text_blocks
from pipelines.extract.event_day_guess import dates_without_year


def _doc(text: str, title: str, date: str | None) -> Document:
    return with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0], title=title, date=date))


TEXT = ("La brocante des Tilleuls a fait le plein\n\n"
        "Samedi 14 septembre, une centaine d'exposants ont occupé la place du village de Brevonnes.\n")


def test_weekday_date_takes_publication_year():
    days = dates_without_year(_doc(TEXT, "La brocante des Tilleuls a fait le plein", "2030-09-20"))
    assert days is not None and days[0].isoformat() == "2030-09-14"


def test_weekday_date_of_year_before_publication():
    # an article of early January on a December evening: the weekday points to the year before
    text = "Retour sur la veillée\n\nLundi 17 décembre, la salle communale a accueilli la veillée.\n"
    days = dates_without_year(_doc(text, "Retour sur la veillée", "2030-01-05"))
    assert days is not None and days[0].isoformat() == "2029-12-17"
