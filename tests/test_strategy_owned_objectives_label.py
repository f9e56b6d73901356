"""A line in capitals naming the objectives with an article ("NOS OBJECTIFS", "LES OBJECTIFS") over
bullets each opening with an infinitive, in a page naming its strategy: those bullets are the
strategy's axes; a bare "Objectifs :" label (a project sheet's section) is not enough (made-up texts,
names and places invented)."""

from __future__ import annotations

from .support import axes


_TEXT = ("Le plan rivière de la Trévanne\n\n"
         "Signé cet hiver, le plan rivière engage les communes du bassin pour six ans.\n\n"
         "{}\n"
         "• Restaurer les berges des affluents de la Trévanne\n"
         "• Réduire les rejets des stations d'épuration\n"
         "• Sensibiliser les riverains à la gestion des crues\n\n"
         "La première réunion du comité aura lieu en juin.\n")


def test_objectives_labelled_in_capitals_with_an_article_give_the_axes():
    assert axes(_TEXT.format("NOS OBJECTIFS")) == [
        "Restaurer les berges des affluents de la Trévanne",
        "Réduire les rejets des stations d'épuration",
        "Sensibiliser les riverains à la gestion des crues",
    ]


def test_a_bare_objectives_label_gives_no_axes():
    assert axes(_TEXT.format("Objectifs :")) == []
