"""Who said a cited figure when the text names its speaker once: a speech under its title
("Discours de Prénom Nom, ..."), an editorial, remarks collected from one person, a session where
one person speaks; and a reporter's noun for a person named before ("assure l'édile")."""

from __future__ import annotations

from pipelines.extract.claims import cited_figure_rows
from pipelines.extract.documents import extract_document

from .support import doc_of


def said(text: str, programme: dict | None = None, title: str | None = None) -> list[tuple]:
    """(value, speaker_id) of every cited figure; the whole pipeline finds the speakers unless a
    programme is given."""
    doc = doc_of(text, title)
    if programme is None:
        return [(r["value"], r["speaker_id"]) for r in extract_document(doc)["cited_figures"]]
    return [(r["value"], r["speaker_id"]) for r in cited_figure_rows([doc], [], programme)]


def people(*names: str) -> dict:
    rows = []
    for name in names:
        given, family = name.split(" ", 1)
        rows.append({"speaker_id": family.lower(), "full_name": name, "given_name": given, "family_name": family,
                     "aliases": None, "organization": None})
    return {"sessions": [], "session_speakers": [], "speakers": rows}


SPEECH = ("Mesdames et Messieurs,\n\nJe veux d'abord vous remercier. Notre département a investi 12 millions "
          "d'euros dans les collèges. Nous avons équipé 4 500 élèves de tablettes.\n")


def test_a_speech_titled_with_its_speaker_is_said_by_them_throughout():
    text = "Discours de Mathilde Vernier, Présidente de la Région Valmont\n\n" + SPEECH
    assert said(text) == [(12000000, "vernier-mathilde"), (4500, "vernier-mathilde")]


def test_the_speaker_may_be_named_on_the_lines_around_the_title():
    text = "DISCOURS\n\nJean Moreau\nPrésident du Conseil départemental\n\n" + SPEECH
    assert said(text, people("Jean Moreau")) == [(12000000, "moreau"), (4500, "moreau")]
    text = "Hélène Garnier\nMinistre déléguée au Numérique\n\nDiscours d'ouverture du salon des maires\n\n" + SPEECH
    assert said(text, people("Hélène Garnier")) == [(12000000, "garnier"), (4500, "garnier")]


def test_each_speech_runs_to_the_next_title():
    text = ("Discours de Anne Colin, présidente de la Région\n\nNous avons ouvert 3 lycées. Je salue nos équipes.\n\n"
            "Intervention de Marc Petit, préfet\n\nJe rappelle que 20 communes sont aidées. Nous suivons ce dossier.\n")
    assert said(text, people("Anne Colin", "Marc Petit")) == [(3, "colin"), (20, "petit")]


def test_a_report_on_a_speech_in_the_third_person_is_not_the_speech():
    text = ("Discours de Anne Colin, présidente de la Région\n\nDans son discours, la présidente a évoqué la Région "
            "qui a ouvert 3 lycées. Elle a ensuite parlé des 20 communes aidées.\n")
    assert said(text, people("Anne Colin")) == [(3, None), (20, None)]


def test_a_title_naming_two_people_gives_no_speaker():
    text = "Discours de Anne Colin et Marc Petit\n\nNous avons ouvert 3 lycées. Nous en ouvrirons d'autres.\n"
    assert said(text, people("Anne Colin", "Marc Petit")) == [(3, None)]


def test_an_editorial_and_the_document_title():
    assert said("ÉDITO par Lucie Roche, maire de Valbois.\n\nEn 2024, notre ville a obtenu un score de 71 %. "
                "Nous en sommes fiers.\n", people("Lucie Roche")) == [(71, "roche")]
    assert said(SPEECH, people("Lucie Roche"), title="Allocution de Lucie Roche, maire de Valbois") == \
        [(12000000, "roche"), (4500, "roche")]


def test_remarks_collected_from_one_person():
    text = ("Propos recueillis auprès de Paul Ravel, adjoint aux mobilités de Valbois.\n\n"
            "Nos pistes cyclables sont passées de 8 km à 35 km. Nous aurons 50 km de voies en 2027.\n")
    rows = said(text, people("Paul Ravel"))
    assert rows and all(who == "ravel" for _, who in rows)
    # "propos recueillis par X" names the journalist
    assert all(who is None for _, who in said(text.replace("auprès de", "par"), people("Paul Ravel")))
    # written in the third person, the text may hold others' figures: no speaker
    third = text.replace("Nos pistes", "Les pistes").replace("Nous aurons", "La ville aura")
    assert all(who is None for _, who in said(third, people("Paul Ravel")))


def test_the_only_speaker_of_a_session_said_in_the_first_person():
    text = ("Atelier sobriété\n\nNous avons équipé 35 bâtiments de capteurs. Nos économies atteignent 18 %.\n\n"
            "Table ronde\n\nLes communes ont rénové 12 écoles.\n")
    cut = text.index("Table ronde")
    programme = people("Lucie Bernard", "Marc Petit", "Anne Colin") | {
        "sessions": [{"session_id": "s1", "source_id": "t", "char_start": 0, "char_end": cut, "title": "Atelier"},
                     {"session_id": "s2", "source_id": "t", "char_start": cut, "char_end": len(text), "title": "Table"}],
        "session_speakers": [
            {"session_id": "s1", "speaker_id": "bernard", "role": "chargée de mission", "organization": None},
            {"session_id": "s1", "speaker_id": "colin", "role": "Animation", "organization": None},   # the host
            {"session_id": "s2", "speaker_id": "petit", "role": None, "organization": None},
            {"session_id": "s2", "speaker_id": "colin", "role": None, "organization": None},
        ]}
    assert said(text, programme) == [(35, "bernard"), (18, "bernard"), (12, None)]
    # the same session written up in the third person: no speaker
    third = text.replace("Nous avons équipé", "La ville a équipé").replace("Nos économies", "Les économies")
    programme["sessions"][0]["char_end"] = third.index("Table ronde")
    programme["sessions"][1]["char_start"] = third.index("Table ronde")
    assert said(third, programme)[:2] == [(35, None), (18, None)]


def test_a_reporters_noun_for_the_person_named_before():
    text = ("À Valbois, le maire Bernard Paulin a coupé l'éclairage.\n\n"
            "La commune économise « près de 90.000 euros chaque hiver », assure l'édile.\n")
    assert said(text, people("Bernard Paulin")) == [(90000, "paulin")]


def test_a_reporters_noun_with_its_town_before_the_pronoun_of_what_is_said():
    text = ("À Valbois, le forum a été présenté par Bernard Paulin, maire de Valbois.\n\n"
            "Comme l'édile de Valbois l'a rappelé dans son discours, 30 % des ménages vivent loin d'un médecin.\n")
    assert said(text, people("Bernard Paulin")) == [(30, "paulin")]


def test_the_sentence_announcing_a_list_names_who_says_its_items():
    text = ("M. Paulin a ouvert la séance.\n\nIl a insisté sur les points suivants :\n\n"
            "- plus de 140 dossiers ont été instruits ;\n- 6 agents renforcent la cantine.\n\n"
            "La salle compte 40 places.\n")
    assert said(text, people("Bernard Paulin")) == [(140, "paulin"), (6, "paulin"), (40, None)]
    # a list announced without a speaker gives none
    assert said(text.replace("Il a insisté sur", "Voici"), people("Bernard Paulin"))[:2] == [(140, None), (6, None)]


def test_a_role_between_the_cue_and_the_name_and_an_adverb_before_the_verb():
    assert said("Huit animateurs y travaillent, pour douze mille visites par an, selon la directrice, Elsa Morel.\n",
                people("Elsa Morel")) == [(8, "morel"), (12000, "morel")]
    assert said("Le centre accueille 300 jeunes, explique la directrice du centre, Elsa Morel.\n",
                people("Elsa Morel")) == [(300, "morel")]
    assert said("M. Morel a ensuite annoncé que 4 classes seront ouvertes.\n", people("Elsa Morel")) == \
        [(4, "morel")]
    assert said("Le centre accueille 300 jeunes. La directrice, Elsa Morel, était absente.\n",
                people("Elsa Morel")) == [(300, None)]


def test_the_first_person_of_quotations_does_not_make_a_speech():
    text = ("Discours de Claire Fabre, présidente de la Région\n\nLa Région a ouvert 3 lycées cette année. « Nous en "
            "ouvrirons 2 autres, et nous recruterons », a-t-elle précisé. Le budget atteint 40 millions d'euros.\n")
    assert said(text, people("Claire Fabre")) == [(3, None), (2, "fabre"), (40000000, None)]


def test_an_opening_paragraph_introducing_the_speech():
    text = ("Le maire de Valbois Jean-Luc Marceau a présenté le bilan de l'année devant la presse. "
            "Extraits du discours\nJe vous remercie d'être venus. Notre ville a gagné 450 habitants "
            "en deux ans. Nous avons ouvert 2 crèches.\n")
    assert said(text, people("Jean-Luc Marceau"))[0] == (450, "marceau")
    assert (2, "marceau") in said(text, people("Jean-Luc Marceau"))


QUOTES = people("Claire Dumas", "Henri Lacoste")


def test_the_incise_after_a_quotation_names_its_speaker_after_a_few_words():
    text = ("La ville rénove ses écoles. « Nous y consacrons cette année 4 millions d'euros, pris sur le budget des travaux », explique la maire "
            "écologiste Claire Dumas.\n")
    assert said(text, QUOTES) == [(4000000, "dumas")]
    # a verb of speech is needed: "« … », dans le bureau de X" names a place, not a speaker
    assert said(text.replace("explique", "dans le bureau de"), QUOTES) == [(4000000, None)]


def test_a_quotation_following_another_and_its_incise_goes_on_with_its_speaker():
    text = ("« Le réseau est ancien », détaille le président Henri Lacoste. « Il faudra 30 millions "
            "d'euros pour le refaire, et la commune seule ne le peut pas. »\n")
    assert said(text, QUOTES) == [(30000000, "lacoste")]
    # an excerpt cut short inside the second quotation: it still runs on
    assert said(text.rstrip(" »\n") + ", pour l", QUOTES) == [(30000000, "lacoste")]
    # another speaker named between the two quotations breaks the run
    broken = text.replace("Lacoste. ", "Lacoste. Claire Dumas attend la suite. ")
    assert said(broken, QUOTES) == [(30000000, None)]


def test_an_uncredited_quotation_goes_on_with_the_speaker_of_the_quotation_before():
    text = ("« Nous avons tenu le budget, souligne Henri Lacoste. La commune a bien travaillé. »\n"
            "Les travaux commencent au printemps, sur le site de l'ancienne gare. « Nous avons déjà 40 "
            "entreprises candidates pour le chantier. »\n")
    assert said(text, QUOTES) == [(40, "lacoste")]
    # a narrator's sentence naming another speaker between them breaks the chain
    other = text.replace("Les travaux commencent", "Claire Dumas assure que les travaux commencent")
    assert said(other, QUOTES) == [(40, None)]
    # a quotation introduced by a colon or followed by its own verb of speech is someone else's
    assert said(text.replace("gare. «", "gare. Un artisan répond : «"), QUOTES) == [(40, None)]
    assert said(text.replace("chantier. »", "chantier », note un artisan."), QUOTES) == [(40, None)]
    # an incise naming the speaker by a role: the person named before it
    text = ("Henri Lacoste a présenté le bilan. « Le chantier est lancé », assure le maire. La salle applaudit. "
            "« Il reste 12 mois de travaux sur le site. »\n")
    assert said(text, QUOTES) == [(12, "lacoste")]


def test_a_quotation_credited_on_its_line_by_name_and_role():
    text = ("« Les gymnases de la ville, c'est 40 000 mètres carrés à chauffer tout l'hiver. » Claire Dumas, maire de Valbois à la radio\n\n"
            "La suite est à venir.\n")
    assert said(text, QUOTES) == [(40000, "dumas")]
    # the name opening a new sentence after the quotation is no credit
    sentence = text.replace("maire de Valbois à la radio", "maire de Valbois, a ensuite visité le site.")
    assert said(sentence, QUOTES) == [(40000, None)]


def test_a_quotation_introduced_by_a_colon_takes_the_subject_of_its_clause():
    text = "Henri Lacoste, maire de Valbois, prévient : « Nous fermerons 3 piscines de la ville pendant tout l'hiver prochain. »\n"
    assert said(text, QUOTES) == [(3, "lacoste")]
    text = ("Claire Dumas a fermé le musée. La mesure déplaît, mais l'élue veut rassurer : « Il rouvrira "
            "6 jours par semaine dès que les grandes expositions reviendront. »\n")
    assert said(text, QUOTES) == [(6, "dumas")]
    # a relative clause gives the quotation to another subject than the one named
    text = ("Henri Lacoste a rencontré la directrice du centre, qui répond : « Nous fermerons 3 piscines de "
            "la ville pendant tout l'hiver prochain. »\n")
    assert said(text, QUOTES) == [(3, None)]
    # the clause's subject is not a person: no speaker
    text = "Claire Dumas a fermé le musée. Le budget reste serré : « Il rouvrira 6 jours par semaine dès que les grandes expositions reviendront. »\n"
    assert said(text, QUOTES) == [(6, None)]


def test_a_reporters_incise_verb_after_a_quotation_names_its_speaker():
    text = ("« Nous avons pris des mesures », explique Paul Martin, adjoint au maire. La commune compte 900 "
            "habitants. « On a gagné 25 % sur la facture » se félicite l'élu.")
    assert said(text, people("Paul Martin")) == [(900, None), (25, "martin")]
    text = "Paul Martin a présenté le bilan.\n\n« Sans ces efforts, la hausse aurait atteint 35 % », alerte l'adjoint."
    assert said(text, people("Paul Martin")) == [(35, "martin")]


def test_a_verb_after_a_figure_with_no_quotation_nor_person_gives_no_speaker():
    text = "Paul Martin a présenté le bilan. La facture a baissé de 35 % cette année, se félicite le conseil."
    assert said(text, people("Paul Martin")) == [(35, None)]


def test_a_role_set_apart_before_the_name_after_pour_or_in_an_incise():
    assert said("Pour le maire, Paul Martin, la baisse de 30 % de la facture est une réussite.",
                people("Paul Martin")) == [(30, "martin")]
    text = "« La commune a économisé 30 % sur sa facture », explique au journal le maire de Valbourg, Paul Martin."
    assert said(text, people("Paul Martin")) == [(30, "martin")]
    text = "Pour le maire, la baisse de 30 % de la facture est une réussite, mais Paul Martin reste prudent."
    assert said(text, people("Paul Martin")) == [(30, None)]


def test_the_answers_of_an_interview_are_the_interviewees_in_any_person():
    text = ("Entretien avec Paul Ravel, adjoint aux mobilités de Valbois\n\n"
            "La ville compte 9 parkings relais.\n\n"
            "Pourquoi avoir misé sur le vélo ?\n\n"
            "La commune a voté un plan de 35 km de pistes. Le réseau relie déjà 6 quartiers au centre.\n")
    assert said(text, people("Paul Ravel")) == [(9, None), (35, "ravel"), (6, "ravel")]
    # without questions, a text in the third person is a reporter's: no speaker
    text = text.replace("Pourquoi avoir misé sur le vélo ?\n\n", "")
    assert said(text, people("Paul Ravel")) == [(9, None), (35, None), (6, None)]


def test_a_quotation_after_a_narrative_infinitive_and_a_colon():
    text = ("La séance s'achève. L'occasion pour Henri Lacoste, maire de Valbois (une commune de la vallée qui "
            "réunit chaque été les producteurs des villages voisins autour de son marché) de souligner : « Nous avons rénové 14 écoles de la commune pendant tout le mandat qui s'achève. »\n")
    assert said(text, QUOTES) == [(14, "lacoste")]
    text = ("Claire Dumas a salué les bénévoles du festival. Et de conclure sur le bilan de la saison : "
            "« Il y a eu 8 concerts gratuits sur la place du marché pendant tout cet été. »\n")
    assert said(text, QUOTES) == [(8, "dumas")]
    # an infinitive that is no speech, or a sentence naming two people: no speaker
    text = ("La séance s'achève. L'occasion pour Henri Lacoste de visiter le chantier : "
            "« Nous avons rénové 14 écoles de la commune pendant tout le mandat qui s'achève. »\n")
    assert said(text, QUOTES) == [(14, None)]
    text = ("L'occasion pour Henri Lacoste et Claire Dumas de rappeler : « Nous avons rénové 14 écoles de la commune pendant tout le mandat qui s'achève. »\n")
    assert said(text, QUOTES) == [(14, None)]


def test_a_programmes_next_slot_ends_the_speech_its_title_announces():
    text = ("Intervention de Paul Ravel, maire de Valbois\n"
            "Nous avons ouvert notre maison de santé et nous recevons 40 patients par jour.\n"
            "10h30 – 11h15\n"
            "Table ronde : nos 1 200 km de sentiers au cœur de notre territoire\n")
    assert said(text, people("Paul Ravel")) == [(40, "ravel"), (1200, None)]
    # without a time opening the line, the speech goes on
    text = text.replace("10h30 – 11h15\n", "")
    assert said(text, people("Paul Ravel")) == [(40, "ravel"), (1200, "ravel")]


def test_an_untitled_press_interview_is_the_interviewees_from_the_first_question():
    text = ("Le vélo en ville\n\nAdjoint aux mobilités, Paul Ravel revient sur le plan vélo de Valbois.\n\n"
            "Quelle place donnez-vous au vélo dans votre ville ?\n\n"
            "Nous avons tracé 35 km de pistes. Le réseau relie déjà 6 quartiers au centre.\n")
    assert said(text, people("Paul Ravel")) == [(35, "ravel"), (6, "ravel")]
    # a reader's FAQ answered without the first person is no interview
    faq = text.replace("Nous avons tracé 35 km de pistes.", "Consultez la carte des 35 km de pistes.")
    assert said(faq, people("Paul Ravel")) == [(35, None), (6, None)]
    # two people named before the question: who answers is unknown
    two = text.replace("Paul Ravel revient", "Paul Ravel et Marc Petit reviennent")
    assert said(two, people("Paul Ravel", "Marc Petit")) == [(35, None), (6, None)]


def test_an_officials_party_between_the_role_and_the_name():
    text = ("Valbois éteint ses lumières.\n\n\"On avait un budget de 54 000 euros sur l'éclairage public\", précise "
            "le maire EELV, Bernard Paulin, qui salue un gain net.\n")
    assert said(text) == [(54000, "paulin-bernard")]


def test_what_the_speaker_did_before_speaking_stands_between_the_name_and_the_verb():
    text = ("Vendredi a eu lieu l'inauguration de la station de Valbois.\n\n"
            "Bernard Paulin, après avoir coupé le ruban, a pris la parole pour remercier les financeurs.\n"
            "Il a également rappelé le plan de financement de cet équipement :\n"
            "- Coût : 3 150 000 euros\n- Financement du Département : 514 540 euros\n")
    assert said(text) == [(3150000, "paulin-bernard"), (514540, "paulin-bernard")]


def test_a_present_participle_of_speech_opens_the_quotation():
    text = ("Vendredi a eu lieu l'inauguration de la médiathèque de Valbois.\n\n"
            "Bernard Paulin, maire, a pris la parole. La commune a acquis l'immeuble en 2008, le maire précisant "
            "« Le coût du nouvel équipement s'élève à 385 000 €. »\n")
    assert said(text) == [(385000, "paulin-bernard")]
