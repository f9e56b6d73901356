"""The people there told by "il y avait" in the past of a report ("Il y avait plus de 240 personnes
dans la salle") or "il y aura" in an announcement ("il y aura une soixantaine d'exposants") is the
event's headline count, read like a gathering verb before it (metrics.yaml `event_prose.verbs_before`);
the present "il y a", which also dates a past time ("il y a un an"), is left out. Invented text only."""

from .support import headline_figures

_TITLE = "Conférence sur l'eau à Valbrune"


def test_there_were_people_in_the_room_is_the_attendance():
    text = (f"{_TITLE}\n\nLa conférence s'est tenue mardi soir au centre culturel. Il y avait plus de 240 "
            "personnes dans la salle, ce qui a donné de l'élan aux échanges.\n")
    assert ("participants", 240.0) in headline_figures(text, title=_TITLE)


def test_there_will_be_exhibitors_is_the_announced_count():
    title = "Salon de l'habitat de Trévanne"
    text = f"{title}\n\nLe salon ouvrira samedi à la halle. Il y aura une soixantaine d'exposants sur place.\n"
    assert ("exhibitors", 60.0) in headline_figures(text, title=title)


def test_a_time_ago_is_no_count_of_the_event():
    text = (f"{_TITLE}\n\nLa conférence s'est tenue mardi soir au centre culturel. Il y a quelques années, "
            "240 personnes avaient signé une pétition sur la rivière.\n")
    assert ("participants", 240.0) not in headline_figures(text, title=_TITLE)
