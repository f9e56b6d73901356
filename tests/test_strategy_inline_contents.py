"""A table of contents run into one line ("Préambule p.3 ... Axe 1 – Relier les quartiers p.11
Développer ... p.14 Axe 2 – Former les agents p.34 ...") gives the strategy's labelled axes, each
up to its page, numbered 1, 2, 3... in order; unlabelled entries are its sub-parts. Made-up texts."""

from .support import axes

TITLE = "Projet de territoire de Valbrune 2031-2036\n\nSommaire\n\n"


def test_the_labelled_entries_of_a_run_in_table_of_contents_are_the_axes():
    text = TITLE + ("Préambule p.3 Le projet – Les engagements p.10 Axe 1 – Relier les quartiers et les bourgs "
                    "p.11 Développer le numérique p.14 Axe 2 – Former les agents p.34 Réduire l’énergie p.35 "
                    "Axe 3 – Valoriser les forces du territoire p.50 Soutenir l’agriculture p.52\n")
    assert axes(text) == ["Relier les quartiers et les bourgs", "Former les agents", "Valoriser les forces du territoire"]


def test_labels_out_of_order_or_alone_are_no_axes():
    assert axes(TITLE + "Préambule p.3 Axe 2 – Former les agents p.34 Axe 1 – Relier les quartiers p.50\n") == []
    assert axes(TITLE + "Préambule p.3 Axe 1 – Relier les quartiers p.11 Annexes p.40\n") == []
