"""The people who flowed in ("ont afflué") and the stands back after an absence ("sont de
retour") are counted by the verb after them, like "ont participé"; the people a host "had the
pleasure of welcoming" by the verb before them, like "a accueilli". Made-up texts."""

from .support import headline_figures


def test_people_who_flowed_in_are_the_attendance():
    text = ("Fête du livre 2031\n\nLa fête du livre s'est tenue le 3 mars 2031 à Valbrune.\n\n"
            "Plus de 300 personnes ont afflué pour la fête du livre organisée par la commune.\n")
    assert ("participants", 300) in headline_figures(text)


def test_stands_back_after_an_absence_are_the_exhibitors():
    text = ("Foire de Valbrune 2031\n\nLa foire de Valbrune s'est tenue le 3 mars 2031.\n\n"
            "Après deux ans d'absence, 90 exposants sont de retour pour animer la foire.\n")
    assert ("exhibitors", 90) in headline_figures(text)


def test_the_people_a_host_had_the_pleasure_of_welcoming_are_the_attendance():
    text = ("Rencontre Valbrune 2031\n\nLa rencontre s'est tenue le 10 octobre 2031 à Valbrune.\n\n"
            "Nous avons eu le plaisir d'accueillir près de 150 personnes pour cette rencontre.\n")
    assert ("participants", 150) in headline_figures(text)
