"""A strategy that counts its parts on a line ending with a colon, then gives each part as a plain
title line over its own dashed sub-items: the titles are its axes, as many as the count, or fewer
only when the text stops inside the last sub-list (strategy_headed_sublists.py). Invented texts only."""

from __future__ import annotations

from .support import axes

HEAD = ("Schéma cyclable de Valbrune 2031\n\n"
        "Le schéma cyclable de Valbrune réunit vingt mesures. Elles sont réparties en {count} axes :\n")
PARTS = ("Relier les bourgs entre eux\n"
         "- Ouvrir deux voies vertes le long du canal\n"
         "- Jalonner les routes calmes\n"
         "Rendre le stationnement plus sûr\n"
         "- Poser des arceaux près des gares\n"
         "Former les plus jeunes\n"
         "- Proposer un savoir-rouler dans chaque école\n"
         "- Prêter des vélos aux collèges\n")


def test_title_lines_over_their_sub_lists_are_the_counted_axes():
    assert axes(HEAD.format(count="trois") + PARTS + "\nLe conseil votera le budget en juin.\n") == [
        "Relier les bourgs entre eux", "Rendre le stationnement plus sûr", "Former les plus jeunes"]


def test_an_excerpt_cut_inside_the_last_sub_list_keeps_the_titles_it_shows():
    assert len(axes(HEAD.format(count="quatre") + PARTS)) == 3


def test_fewer_titles_than_the_count_before_more_text_give_no_axes():
    # the text goes on after the third sub-list: the fourth part is not a title over a list
    assert axes(HEAD.format(count="quatre") + PARTS + "\nLe conseil votera le budget en juin.\n") == []
