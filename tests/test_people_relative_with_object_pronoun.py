"""A speaker named before a relative "qui" that carries the object pronoun of the words said ("c'est
X qui les a détaillées", "X, qui l'a rappelé") is found, and the figures of the quotation that
follows are hers. Sentences written for these tests."""

from __future__ import annotations

from .support import doc_of, figure_speakers


def test_a_relative_qui_with_an_object_pronoun_before_the_verb_of_speech_names_the_speaker():
    text = ("Le conseil de Trévanne a voté trois projets pour les écoles. C'est Hélène Marchal qui les a détaillés "
            "devant les élus. « Nous rénoverons 14 classes avant la rentrée. »\n")
    assert figure_speakers(doc_of(text)).get(14) == "Hélène Marchal"


def test_a_relative_qui_with_an_object_pronoun_before_another_verb_names_no_one():
    # "financés" is no verb of speech: the quotation stays unattributed
    text = ("Le conseil de Trévanne a voté trois projets pour les écoles. C'est Hélène Marchal qui les a financés "
            "sur ses fonds. « Nous rénoverons 14 classes avant la rentrée. »\n")
    assert figure_speakers(doc_of(text)).get(14) is None
