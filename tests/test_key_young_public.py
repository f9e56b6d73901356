"""Key figures as press articles write them: the young public of school visits and orientation fairs
counted in pupils, students or young people in a sentence about the gathering; the people announced
in the simple future ("débattront"), described by where they come from before their verb; the days
set before the event named as the subject of its clause ("Sur deux jours, le salon"). Made-up
texts only."""

from .support import headline_figures as _figures


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


def test_the_young_public_gathered_is_the_attendance():
    assert ("participants", 640) in _figures(LEAD + "Ce jeudi, 640 collégiens étaient présents dans la halle de Valbrune.\n")
    assert ("participants", 1200) in _figures(LEAD + "Le salon a accueilli plus de 1 200 lycéens venus de tout le canton.\n")
    assert {("exhibitors", 45), ("participants", 900)} <= _figures(
        LEAD + "Il a réuni 45 exposants et près de 900 élèves des écoles voisines.\n")
    # pupils outside a sentence about the gathering are no attendance
    assert _figures(LEAD + "Le collège de Valbrune compte 640 élèves répartis en vingt classes.\n") == set()
    assert _figures(LEAD + "La commune finance des sorties pour 300 jeunes chaque été.\n") == set()


def test_people_from_somewhere_announced_in_the_future_are_the_attendance():
    text = "Les 4 et 5 mai, 300 élus et agents venus des communes voisines travailleront ensemble sur ces deux journées.\n"
    assert ("participants", 300) in _figures(LEAD + text)
    assert ("participants", 250) in _figures(LEAD + "Jeudi, 250 élus issus des communes rurales débattront du futur parc.\n")
    # a long description of the people is no provenance: the verb is too far from the count
    other = "Les 4 et 5 mai, 300 élus et agents venus des communes voisines de la haute vallée travailleront ensemble.\n"
    assert ("participants", 300) not in _figures(LEAD + other)
    # a future verb after a count of things is no gathering
    assert _figures(LEAD + "Demain, 300 arbres issus de la pépinière seront plantés le long du canal.\n") == set()


def test_the_days_set_before_the_event_subject_of_its_clause_are_its_length():
    assert ("days", 2) in _figures(LEAD + "Sur deux jours, le salon des métiers a offert un panorama des formations.\n")
    assert ("days", 3) in _figures(LEAD + "Pendant trois jours, le festival a animé les rues de Valbrune.\n")
    # days of anything else: no length of the event
    assert _figures(LEAD + "Sur deux jours, la commune a nettoyé les berges du canal.\n") == set()
