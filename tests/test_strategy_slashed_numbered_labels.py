"""A sentence counting a strategy's parts ("... s’organise en trois volets", with no stop) over
paragraphs numbered "1/ Label : prose", "2/ Label : prose": the labels are the axes, two at least
and no more than the count. Numbered paragraphs out of order give nothing. Made-up texts."""

from .support import axes

HEAD = ("Transition énergétique à Trévanne\n\n"
        "Lancé au printemps, le programme de sobriété de la commune s’organise en trois volets\n\n")
FIRST = ("1/ Rénovation des vestiaires : un diagnostic conduit par un bureau d’études a classé les "
         "équipements sportifs selon leurs pertes de chaleur.\n\n")
SECOND = ("2/ Pilotage de l’éclairage : les lampadaires du bourg seront équipés d’horloges afin de "
          "couper la lumière au cœur de la nuit.\n\n")


def test_numbered_slashed_labels_under_a_count_are_the_axes():
    assert axes(HEAD + FIRST + SECOND) == ["Rénovation des vestiaires", "Pilotage de l’éclairage"]


def test_numbers_out_of_order_give_nothing():
    assert axes(HEAD + SECOND + FIRST) == []
