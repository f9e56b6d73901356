"""Who said a cited figure when the press names the speaker by a role, a participle, a pronoun
standing for the subject of the sentence before, or a verb of speech in the past; and the numbers
of a paywall's offer, which are no figures. Sentences written for these tests."""

from __future__ import annotations

from .support import cast, said


# --------------------------------------------------------------------------- a role for its holder
ROLES = cast(("Claire Dumas", "maire de Valbois"), ("Marc Lenoir", "préfet"))


def test_a_role_as_the_subject_of_a_verb_of_speech_is_its_one_holder():
    text = "Les rues seront éteintes la nuit. Grâce à cette mesure, la maire de la commune compte économiser 35 % d'énergie.\n"
    assert said(text, ROLES) == [(35, "dumas")]


def test_a_role_in_the_incise_of_a_quotation_is_its_one_holder():
    text = "« Nous avons planté 40 arbres, explique le maire, et ce n'est qu'un début. »\n"
    assert said(text, ROLES) == [(40, "dumas")]


def test_a_role_held_by_no_speaker_or_by_several_gives_no_speaker():
    text = "Grâce à cette mesure, le directeur du syndicat compte économiser 35 % d'énergie.\n"
    assert said(text, ROLES) == [(35, None)]
    two = cast(("Claire Dumas", "maire de Valbois"), ("Paul Giraud", "maire de Montclar"))
    text = "Grâce à cette mesure, la maire de la commune compte économiser 35 % d'énergie.\n"
    assert said(text, two) == [(35, None)]


def test_a_role_held_as_a_second_office_of_the_apposition_is_its_one_holder():
    # the speaker's title keeps its first office only; the text's apposition gives the second
    text = ("Claire Dumas, maire de Valbois, vice-présidente du syndicat des eaux, et Marc Lenoir, préfet, ont visité "
            "l'usine. Selon la vice-présidente, qui a visité chaque atelier, le rendement gagnera 12 %.\n")
    assert said(text, ROLES) == [(12, "dumas")]
    # the apposition stops at another person's phrase: that person's offices are not hers
    text = ("Claire Dumas, maire de Valbois, et Jean Roux, vice-président du syndicat des eaux, ont visité "
            "l'usine. Selon la vice-présidente, qui a visité chaque atelier, le rendement gagnera 12 %.\n")
    assert said(text, ROLES) == [(12, None)]


def test_a_role_without_a_verb_of_speech_gives_no_speaker():
    text = "Grâce à cette mesure, la maire de la commune a vu baisser la facture de 35 %.\n"
    assert said(text, ROLES) == [(35, None)]


# --------------------------------------------------------------------------- a participle of speech
INTRO = ("Le comité des fêtes a tenu son assemblée générale.\n\nLe samedi 4 mai dernier, dans la salle des fêtes, Claire Dumas, maire de Valbois, a présidé l'assemblée "
         "générale annuelle du comité des fêtes, déclarant en préambule : ")


def test_a_quotation_introduced_by_a_participle_of_speech_is_the_subject_s():
    assert said(INTRO + "« Nous avons accueilli 12 associations au marché de Noël. »\n", ROLES) == [(12, "dumas")]


def test_a_participle_after_a_sentence_naming_two_speakers_gives_no_speaker():
    text = INTRO.replace("a présidé l'assemblée", "accueillait Marc Lenoir à l'assemblée") + \
        "« Nous avons accueilli 12 associations au marché de Noël. »\n"
    assert said(text, ROLES) == [(12, None)]


# --------------------------------------------------------------------------- a pronoun, a verb in the past
PEOPLE = cast(("Paul Ravel", None), ("Jean Morel", None))


def test_a_pronoun_stands_for_the_subject_of_the_sentence_before_not_its_object():
    text = "M. Paul Ravel a clos la séance en remerciant M. Jean Morel pour son action.\nIl a salué les 14 bénévoles du club.\n"
    assert said(text, PEOPLE) == [(14, "ravel")]
    text = "Paul Ravel a clos la séance en remerciant Jean Morel. Il a rappelé que 14 bénévoles aident le club.\n"
    assert said(text, PEOPLE) == [(14, "ravel")]


def test_a_pronoun_without_a_verb_of_speech_gives_no_speaker():
    text = "M. Paul Ravel a clos la séance en remerciant M. Jean Morel pour son action.\nIl a repeint 14 bancs du club.\n"
    assert said(text, PEOPLE) == [(14, None)]


# --------------------------------------------------------------------------- a paywall
def test_the_numbers_after_a_paywall_are_no_figures():
    article = "Le club compte 120 adhérents cette saison.\n\n"
    offer = "à partir de 1 € le premier mois, sans engagement\n"
    assert [v for v, _ in said(article + "...pour lire la suite, rejoignez nos abonnés\n\n" + offer)] == [120]
    assert [v for v, _ in said(article + offer)] == [120, 1]


# --------------------------------------------------------------------------- a figure said again in a quotation
def test_a_figure_the_reporter_gave_said_again_in_a_quotation_is_the_speaker_s_own_row():
    text = ("Le club fête ses dix ans.\n\nLa commune y consacre 40 000 euros par an depuis 2020.\n\n"
            "Le maire Paul Ravel prévient : « 40 000 euros par an, c'est tout ce que nous pouvons mettre, "
            "nous ne ferons pas davantage. »\n")
    assert said(text, PEOPLE) == [(10, None), (40000, None), (40000, "ravel")]


def test_a_figure_said_again_by_the_reporter_stays_one_row():
    text = ("Le club fête ses dix ans.\n\nLa commune y consacre 40 000 euros par an depuis 2020.\n\n"
            "Ces 40 000 euros par an pèsent sur un budget déjà serré.\n")
    assert said(text, PEOPLE) == [(10, None), (40000, None)]


# --------------------------------------------------------------------------- a long clause before the colon
def test_a_long_clause_introducing_a_quotation_names_its_speaker():
    clause = ("Le chantier des trottoirs du centre-bourg avance moins vite que prévu et devrait durer encore "
              "plusieurs années, reconnaît Paul Ravel, maire de Valbois : ")
    assert said("Le club fête ses dix ans.\n\n" + clause + "« Nous refaisons 25 rues par an, pas plus, parce que le budget de la commune ne permet pas davantage. »\n",
                PEOPLE) == [(10, None), (25, "ravel")]
    too_long = "Le chantier " + "des trottoirs " * 20 + "avance, reconnaît Paul Ravel, maire de Valbois : "
    assert said("Le club fête ses dix ans.\n\n" + too_long + "« Nous refaisons 25 rues par an, pas plus, parce que le budget de la commune ne permet pas davantage. »\n",
                PEOPLE) == [(10, None), (25, None)]


# --------------------------------------------------------------------------- a credit after the full stop
def test_a_quotation_credited_after_its_full_stop_with_the_medium_it_spoke_to():
    text = ("La commune manque d'eau.\n\n\"Nous devons trouver 3 millions de m3 d'eau pour les années qui viennent\". "
            "Paul Ravel à la radio\n\nLa suite est à venir.\n")
    assert said(text, PEOPLE) == [(3000000, "ravel")]
    assert said(text.replace("Paul Ravel à la radio", "Paul Ravel au micro de la station"), PEOPLE) == [(3000000, "ravel")]
    # the name opening a sentence of the reporter's after the quotation is no credit
    assert said(text.replace("Paul Ravel à la radio", "Paul Ravel a visité le site"), PEOPLE) == [(3000000, None)]
    assert said(text.replace("Paul Ravel à la radio", "Paul Ravel à la radio, puis il est parti"), PEOPLE) == [(3000000, None)]


def test_a_quotation_whose_speaker_is_the_subject_of_the_sentence_after_it():
    # "« … » Prénom Nom, rôle, peut se frotter les mains": the quotation's speaker, right after it
    text = ("La commune économise.\n\n« Nous sommes passés de 17 000 euros de facture à 9 500 euros. » "
            "Paul Ravel, maire de Valbrune, peut se frotter les mains : le bois coûte moins cher.\n")
    assert said(text, PEOPLE) == [(17000, "ravel"), (9500, "ravel")]
    # ... not after a full stop outside the quotation, nor when the sentence says it is someone else
    assert said(text.replace("euros. » Paul", "euros ». Paul"), PEOPLE) == [(17000, None), (9500, None)]
    assert said(text.replace("peut se frotter les mains", "se réjouit quant à lui"), PEOPLE) == [(17000, None), (9500, None)]


def test_a_paragraph_in_the_first_person_signed_by_the_line_under_it():
    # a pull quote whose marks the page dropped: "... notre chaufferie ..." / "Prénom Nom, maire de X"
    text = ("La commune se chauffe au bois.\n\nLe meilleur exemple, c'est l'école : grâce à notre chaufferie, "
            "elle ne dépense que 6 000 litres de fioul par an.\nPaul Ravel, maire de Valbrune\n"
            "Au total, la chaufferie pollue moins.\n")
    assert said(text, PEOPLE) == [(6000, "ravel")]
    # ... not a paragraph of the reporter's (no first person), nor a name that opens a sentence
    assert said(text.replace("grâce à notre chaufferie", "grâce à la chaufferie"), PEOPLE) == [(6000, None)]
    assert said(text.replace("Paul Ravel, maire de Valbrune\n", "Paul Ravel a visité la chaufferie.\n"), PEOPLE) == [(6000, None)]


def test_a_sigh_or_a_concession_in_the_incise_inside_a_quotation():
    # "« ..., soupire Prénom Nom, le maire. ... »": verbs of tone name the speaker as verbs of speech do
    for verb in ("soupire", "concède", "lâche"):
        text = (f"La commune chauffe mal.\n\n« On a identifié sept passoires thermiques, {verb} Paul Ravel, le maire. "
                "Nous visons une baisse de la consommation de 30 %. »\n")
        assert said(text, PEOPLE) == [(7, "ravel"), (30, "ravel")], verb


# --------------------------------------------------------------------------- a signed column
def test_a_signed_column_is_its_author_s_in_any_person():
    text = ("Le mot de la communauté de Valbois, par Paul Ravel, chargé de mission climat\n\n"
            "La communauté a réuni 80 élus et agents lors de son séminaire. Ses 12 communes membres ont signé la charte.\n")
    assert said(text, PEOPLE) == [(80, "ravel"), (12, "ravel")]
    # a column's title with no author after "par", or an article signed by no speaker: no speaker
    assert said(text.replace(", par Paul Ravel,", ","), PEOPLE) == [(80, None), (12, None)]
    assert said(text.replace("Le mot de", "Les nouvelles de"), PEOPLE) == [(80, None), (12, None)]


# --------------------------------------------------------------------------- a teaser cut by an ellipsis
def test_a_quotation_running_on_after_a_teaser_s_ellipsis_keeps_its_speaker():
    text = (INTRO + "\"Le marché de Noël a bien tourné, disons-le ...\n\n"
            "... que le comité a accueilli 12 associations cette année\".\n\nLa suite est à venir.\n")
    assert said(text, ROLES) == [(12, "dumas")]
    # a paragraph that does not open with the ellipsis is the reporter's again
    assert said(text.replace("\n\n... que le comité", "\n\nLe comité"), ROLES) == [(12, None)]


# --------------------------------------------------------------------------- one speaker, an uncredited quotation
ONE = cast(("Claire Dumas", "maire de Valbois"))
STORY = ("En début de mandat, Claire Dumas, maire de Valbois, lançait une étude sur l'école. "
         "Au printemps, le chiffrage était à son tour lancé. ")


def test_an_uncredited_quotation_in_the_first_person_is_the_one_speaker_s():
    text = STORY + "« Le montant, évalué à 3 millions d'euros, était trop lourd. Nous avons revu le projet. »\n"
    assert said(text, ONE) == [(3_000_000, "dumas")]


def test_an_uncredited_quotation_with_several_speakers_or_not_in_the_first_person_gives_none():
    quote = "« Le montant, évalué à 3 millions d'euros, était trop lourd. Nous avons revu le projet. »\n"
    two = cast(("Claire Dumas", "maire de Valbois"), ("Marc Lenoir", "préfet"))
    assert said(STORY + "Marc Lenoir, préfet, a visité l'école. " + quote, two) == [(3_000_000, None)]
    assert said(STORY + "« Le montant, évalué à 3 millions d'euros, était trop lourd. »\n", ONE) == [(3_000_000, None)]
    # credited to someone the text does not name as a speaker
    assert said(STORY + quote.rstrip("\n") + ", explique un parent.\n", ONE) == [(3_000_000, None)]
    assert said(STORY + "Un parent résume : " + quote, ONE) == [(3_000_000, None)]


# --------------------------------------------------------------------------- a pull quote credited under it
def test_a_pull_quote_is_credited_by_the_line_under_it():
    text = ("Le club fête ses dix ans cette année, et le bureau a tenu son assemblée générale samedi.\n"
            "« Nous avons planté 40 arbres cette saison, et nous en planterons encore. »\n"
            "Paul Ravel, président du club\n"
            "La fête aura lieu en juin, sur la place du village, avec les associations.\n")
    assert said(text, PEOPLE) == [(10, None), (40, "ravel")]
    assert said(text.replace("\n", "\n\n"), PEOPLE) == [(10, None), (40, "ravel")]
    # a quotation inside a sentence, or a line under it that is a sentence, credits no one
    inline = text.replace("« Nous avons planté", "Le bureau l'a dit : « Nous avons planté")
    assert said(inline, PEOPLE) == [(10, None), (40, None)]
    sentence = text.replace("Paul Ravel, président du club\n", "Paul Ravel a ensuite visité les locaux.\n")
    assert said(sentence, PEOPLE) == [(10, None), (40, None)]


# --------------------------------------------------------------------------- "ce dernier" for the person named last
def test_ce_dernier_before_a_verb_of_speech_is_the_speaker_named_last():
    text = ("Le club fête ses dix ans cette année.\n\n"
            "« Nous voulons ouvrir le club aux familles », estime Paul Ravel. Ce dernier compte sur 40 bénévoles pour la fête.\n")
    assert said(text, PEOPLE) == [(10, None), (40, "ravel")]
    # "ce dernier" without a verb of speech: no speaker
    assert said(text.replace("Ce dernier compte sur", "Ce dernier a repeint"), PEOPLE) == [(10, None), (40, None)]


# --------------------------------------------------------------------------- the simple past of a narrative
def test_a_verb_of_speech_in_the_simple_past_names_the_speaker():
    text = ("Le club fête ses dix ans cette année.\n\n"
            "« Nous avons planté 40 arbres, et ce n'est qu'un début », souligna Paul Ravel devant les adhérents.\n")
    assert said(text, PEOPLE) == [(10, None), (40, "ravel")]
    assert said(text.replace("souligna Paul Ravel", "s'exclama Paul Ravel"), PEOPLE) == [(10, None), (40, "ravel")]
    # a verb that relates no speech: no speaker
    assert said(text.replace("souligna Paul Ravel", "sortit Paul Ravel"), PEOPLE) == [(10, None), (40, None)]


# --------------------------------------------------------------------------- "comme le rappelle X", "X l'a rappelé"
def test_comme_le_rappelle_and_an_object_pronoun_before_the_verb_name_the_speaker():
    head = "Le club fête ses dix ans.\n\n"
    figure = "la commune a investi 40 000 euros dans le stade.\n"
    assert said(head + "Comme le rappelle Paul Ravel, " + figure, PEOPLE) == [(10, None), (40000, "ravel")]
    assert said(head + "Paul Ravel l'a rappelé : " + figure, PEOPLE) == [(10, None), (40000, "ravel")]
    assert said(head + "Paul Ravel nous l'a confié, " + figure, PEOPLE) == [(10, None), (40000, "ravel")]
    # "comme" before a verb that relates no speech, a pronoun before another verb: no speaker
    assert said(head + "Comme le montre Paul Ravel, " + figure, PEOPLE) == [(10, None), (40000, None)]
    assert said(head + "Paul Ravel la repeint : " + figure, PEOPLE) == [(10, None), (40000, None)]


def test_a_reflexive_verb_of_speech_in_the_past_names_the_speaker():
    head = "Le club fête ses dix ans.\n\n"
    text = head + "Paul Ravel s'est félicité que la commune ait investi 40 000 euros dans le stade.\n"
    assert said(text, PEOPLE) == [(10, None), (40000, "ravel")]
    assert said(text.replace("s'est félicité", "s'est réjoui"), PEOPLE) == [(10, None), (40000, "ravel")]
    # a reflexive verb that relates no speech: no speaker
    assert said(text.replace("s'est félicité", "s'est étonnamment absenté alors"), PEOPLE) == [(10, None), (40000, None)]


def test_a_noun_standing_for_the_speaker_named_before_as_subject_or_after_selon():
    head = "Les rues seront éteintes la nuit.\n\nClaire Dumas a ouvert la séance. "
    figure = "la commune économisera 35 % d'énergie.\n"
    assert said(head + "L'élue a précisé que " + figure, ROLES) == [(35, "dumas")]
    assert said(head + "Selon l'élue, " + figure, ROLES) == [(35, "dumas")]
    # no one named before: no speaker
    assert said("Les rues seront éteintes la nuit.\n\nL'élue a précisé que " + figure, ROLES) == [(35, None)]


def test_a_role_before_an_object_pronoun_or_after_an_opening_pour_is_its_one_holder():
    head = "Les rues seront éteintes la nuit.\n\n"
    figure = "la commune économisera 35 % d'énergie.\n"
    assert said(head + "La maire de Valbois l'a rappelé : " + figure, ROLES) == [(35, "dumas")]
    assert said(head + "Pour la maire, " + figure, ROLES) == [(35, "dumas")]
    # "pour" before a body, not a role: no speaker
    assert said(head + "Pour la commune, " + figure, ROLES) == [(35, None)]


def test_the_whole_quotation_is_the_speaker_s_whose_incise_sits_inside_it():
    two = cast(("Claire Dumas", "maire de Valbois"), ("Marc Lenoir", "préfet"))
    text = ("Marc Lenoir a visité le chantier. \"Nous mettrons 2 millions d'euros cette année, précise Claire Dumas, "
            "et 3 millions d'euros pour les écoles\". Le préfet salue un effort de 12 % sur le budget.\n")
    assert said(text, two) == [(2_000_000, "dumas"), (3_000_000, "dumas"), (12, None)]


# --------------------------------------------------------------------------- a quotation over two paragraphs
def test_a_quotation_opened_in_the_paragraph_before_keeps_its_speaker():
    text = ("Le marché a rouvert ses portes. « Le public revient, observe Claire Dumas, la présidente du comité. "
            "Nous avons servi 300 repas chaque soir.\nÀ Montclar, nous en avons même servi 500 repas ».\n")
    assert said(text, cast(("Claire Dumas", None))) == [(300, "dumas"), (500, "dumas")]


def test_a_quotation_credited_inside_to_someone_unnamed_is_not_the_speaker_s_before():
    text = ("« Nous avons servi 300 repas », observe Claire Dumas.\n"
            "« Le stock baisse, regrette un commerçant. Il nous manque 40 caisses de fruits ».\n")
    assert said(text, cast(("Claire Dumas", None))) == [(300, "dumas"), (40, None)]


def test_a_participle_and_its_complement_inside_a_quotation_is_no_credit():
    text = ("« Nous avons servi 300 repas », observe Claire Dumas.\n"
            "« Le coût, évalué à 40 000 euros, reste raisonnable pour le comité ».\n")
    assert said(text, cast(("Claire Dumas", None))) == [(300, "dumas"), (40000, "dumas")]


# --------------------------------------------------------------------------- narration before a credited quotation
def test_an_incise_after_a_quotation_does_not_credit_the_narration_before_it():
    text = "Sur les 40 écoles de la commune, « nous avons revu tout le chauffage », explique Claire Dumas.\n"
    assert said(text, cast(("Claire Dumas", None))) == [(40, None)]


def test_an_incise_credits_the_figure_inside_its_quotation_or_a_sentence_without_one():
    text = "« Nous avons revu le chauffage de 40 écoles », explique Claire Dumas.\n"
    assert said(text, cast(("Claire Dumas", None))) == [(40, "dumas")]
    text = "Le chauffage de 40 écoles a été revu cet hiver, explique Claire Dumas.\n"
    assert said(text, cast(("Claire Dumas", None))) == [(40, "dumas")]


# --------------------------------------------------------------------------- a verb of will before a verb of speech
def test_a_verb_of_speech_after_a_verb_of_will_or_ability_names_the_speaker():
    text = ("Claire Dumas a participé à la table ronde.\n"
            "Elle a notamment pu rappeler que 35 % des communes manquent de moyens.\n")
    assert said(text, cast(("Claire Dumas", None))) == [(35, "dumas")]


def test_a_verb_of_ability_before_another_verb_names_no_speaker():
    text = "Claire Dumas a participé à la table ronde.\nElle a pu visiter 35 stands du salon.\n"
    assert said(text, cast(("Claire Dumas", None))) == [(35, None)]


# --------------------------------------------------------------------------- a presenter's credit line
def _webinar(sections: list[tuple[str, list[str], str]]) -> tuple[str, dict]:
    """A report of talks: each section a heading, its credit lines, then the talk's summary; one
    session per section, the speakers of its credit lines its members."""
    text, sessions, links, speakers = "Compte rendu du webinaire\n\n", [], [], {}
    for k, (heading, credits, body) in enumerate(sections):
        start = len(text)
        text += heading + "\n\n" + "".join(c + "\n\n" for c in credits) + body + "\n\n"
        sessions.append({"session_id": f"s{k}", "source_id": "t", "char_start": start, "char_end": len(text), "title": heading})
        for c in (c for c in credits if not c.endswith(":")):
            name = c.split(",")[0].split(" (")[0]
            sid = name.split()[-1].lower()
            speakers[sid] = {"speaker_id": sid, "full_name": name, "given_name": name.split()[0],
                             "family_name": name.split()[-1], "role": None, "aliases": None, "organization": None}
            links.append({"session_id": f"s{k}", "speaker_id": sid, "role": None, "organization": None})
    return text, {"sessions": sessions, "session_speakers": links, "speakers": list(speakers.values())}


def test_a_talk_under_its_presenter_s_credit_line_is_the_presenter_s():
    text, programme = _webinar([
        ("Agence de l'eau Valbois", ["Lucie VARENNE, cheffe de projet données"],
         "Le projet présenté couvre 45 communes. Le budget est estimé à 2 millions d'euros."),
        ("Syndicat des rivières", ["Marc OLLIER (Syndicat des rivières)"],
         "Le syndicat entretient 300 km de berges."),
    ])
    assert said(text, programme) == [(45, "varenne"), (2000000, "varenne"), (300, "ollier")]


def test_credit_lines_one_after_another_or_under_a_label_list_people_and_give_no_speaker():
    text, programme = _webinar([
        ("Table ronde", ["Lucie VARENNE, cheffe de projet données", "Marc OLLIER, directeur du syndicat"],
         "Le projet présenté couvre 45 communes."),
    ])
    assert said(text, programme) == [(45, None)]
    text, programme = _webinar([("Table ronde", ["Intervenants :", "Lucie VARENNE, cheffe de projet données"],
                                 "Le projet présenté couvre 45 communes.")])
    assert said(text, programme) == [(45, None)]
    # a sentence naming a speaker and a verb of speech is no credit line
    text, programme = _webinar([("Atelier", ["Lucie VARENNE, cheffe de projet, a ouvert l'atelier"],
                                 "Le projet présenté couvre 45 communes.")])
    assert said(text, programme) == [(45, None)]


# --------------------------------------------------------------------------- a long sentence's opening
def test_a_long_sentence_opened_by_comme_l_explique_names_the_speaker_of_its_last_clauses():
    # a sentence longer than a quote: the figures are quoted from its last clauses
    text = ("Le salon a changé de lieu cette année. Comme l'explique Claire Dumas, maire de Valbois et présidente "
            "de l'association des commerçants, qui organise chaque année ce rendez-vous désormais « de toute la vallée, "
            "des communes voisines et des villages de la montagne », avec le soutien renouvelé du conseil départemental "
            "et de la chambre de commerce, contrairement aux années précédentes, l'événement s'est donc déroulé "
            "sur une surface plus petite : 1 700 m² contre 2 500 m² sous l'ancien chapiteau de la place du marché.\n")
    assert said(text, ROLES) == [(1700, "dumas"), (2500, "dumas")]
    # the same sentence opened by no cue: no speaker
    assert said(text.replace("Comme l'explique Claire Dumas, maire de Valbois et présidente de l'association",
                             "Pour l'association"), ROLES) == [(1700, None), (2500, None)]


def test_a_quotation_the_speaker_praises_names_them():
    text = "« Dans notre commune, le tri atteint 45 % des déchets », a vanté Claire Dumas, maire de Valbois, ce jeudi.\n"
    assert said(text, ROLES) == [(45, "dumas")]
    text = "« Dans notre commune, le tri atteint 45 % des déchets », vante Claire Dumas, maire de Valbois.\n"
    assert said(text, ROLES) == [(45, "dumas")]
