"""The words that tell speech in French prose, as regular expressions over folded text: verbs of
speech ("a rappelé", "précise-t-elle"), "selon", the cue right before a name and the role word
opening a clause, and the run of capitalised words a name is made of. The people passes and the
attribution of cited figures read them."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .names import normalise
from .patterns import literal_alternation
from .programme_lines import host_alternation
from .programme_vocabulary import _UP, _f, _lex


_NAME_TOKEN = rf"(?:[{_UP}][’'])?[{_UP}][\w’'-]*\w"


@cache
def _run_pattern() -> re.Pattern:
    particles = "|".join(re.escape(str(p)) for p in _lex()["name_particles"] if str(p)[-1:].isalpha())
    # words of a name are separated by spaces; a tab separates two cells of a table row
    return re.compile(rf"(?<![\w’'-]){_NAME_TOKEN}(?:[ \u00a0](?:(?:{particles})[ \u00a0])*{_NAME_TOKEN})+(?![\w’'-])")


# The object pronouns a reporter sets between a subject and its verb of speech, in folded text:
# "la maire l'a rappelé", "X nous a expliqué", "Elle les détaille", "il en a parlé".
OBJECT_PRONOUNS = r"(?:le|la|les|l'|nous|vous|lui|leur|en|y)"


def _alternation(words) -> str:
    return literal_alternation(sorted({_f(str(x)) for x in words}, key=len, reverse=True))


def _imperfect(verb: str) -> str:
    """The imperfect (3rd person singular) of a verb in -er given in the present: "explique" ->
    "expliquait", "rappelle" -> "rappelait" (the consonant doubled before a mute e is single
    again), "interroge" -> "interrogeait" (the e kept after g)."""
    if verb.endswith(("lle", "tte")):
        return verb[:-2] + "ait"
    if verb.endswith("ge"):
        return verb + "ait"
    return verb[:-1] + "ait"


def _future_of_participles(participles) -> list[str]:
    """The future (3rd person) of the verbs in -er given by their past participle, as an article
    announcing an event writes of the talks to come: "évoqué" -> "évoquera", "évoqueront";
    "détaillé" -> "détaillera" (folded text; a participle of one word ending in -é only)."""
    forms = []
    for p in participles:
        p = _f(str(p))
        if " " not in p and "'" not in p and p.endswith("e") and len(p) > 4:
            forms += [p[:-1] + "era", p[:-1] + "eront"]
    return forms


@cache
def speech_verb() -> str:
    """A verb of speech as a regular expression over folded text: "a rappelé", "ont longuement
    expliqué", "a déjà prévenu", "explique", "précise-t-elle", "souligna", "interviendra",
    "précisant" (lists of ``lexicons/programme.yaml``)."""
    lex = _lex()
    # the imperfect of the verbs in -e ("expliquait", "soulignait"), as reports write in the past
    imperfect = [_imperfect(str(v)) for v in lex["speech_verbs_present"] if str(v).endswith("e")]
    # and the simple past of a narrative ("souligna", "déclara-t-il")
    # and the future of an announced talk ("X interviendra sur ...")
    present = _alternation(list(lex["speech_verbs_present"]) + imperfect + list(lex.get("speech_verbs_simple_past", []))
                           + list(lex.get("speech_verbs_future", [])) + _future_of_participles(lex["speech_verbs_participle"])
                           + list(lex.get("speech_verbs_present_participle", [])))
    participle = _alternation(lex["speech_verbs_participle"])
    adverb = (r"(?:(?:\w+ment|deja|aussi|egalement|encore|bien|toujours|ensuite|enfin|alors|ainsi|d'abord|tout d'abord"
              r"|quant a (?:elle|lui)"
              # the speaker after others: "a lui aussi rappelé", "ont elles aussi souligné", "a à son tour insisté"
              r"|(?:lui|elle|eux|elles)(?:\s+aussi|\s+egalement|-memes?)|a\s+(?:son|leur)\s+tour)\s+)?")
    # "est intervenu", "sont intervenues", "est revenue sur": the participles conjugated with "être"
    # (programme.yaml `speech_participles_with_etre`, the stems they open with)
    stems = tuple(_f(str(w)) for w in lex.get("speech_participles_with_etre") or [])
    with_etre = _alternation(str(v) for v in lex["speech_verbs_participle"] if stems and _f(str(v)).startswith(stems))
    # the people spoken to between the subject and its verb: "X nous a expliqué", "Y leur présente"
    spoken_to = r"(?:(?:nous|vous|leur|lui)\s+)?"
    # the participle agreed with a direct object written before it, as in a relative clause: "les
    # mesures que X nous a présentées", "les chiffres qu'elle a détaillés" (folded, "presentees")
    agreed = r"(?:(?<=[a-z])(?:es|e|s))?"
    # a talk given, named by its noun: "X nous a fait une démonstration", "Y a donné des pistes",
    # "Z a dressé un rapide bilan" (programme.yaml `talk_given_verbs`, `_determiners`, `_nouns`)
    given = ""
    if lex.get("talk_given_verbs") and lex.get("talk_given_nouns"):
        determiners = "|".join(re.escape(d) + ("" if d.endswith("'") else r"\s+")
                               for d in sorted({_f(str(w)) for w in lex["talk_given_determiners"]}, key=len, reverse=True))
        given = (rf"|(?:a|ont|avait|avaient)\s+{adverb}(?:{_alternation(lex['talk_given_verbs'])})\s+(?:{determiners})"
                 rf"(?:[a-z]+\s+)?(?:{_alternation(lex['talk_given_nouns'])})s?(?![\w-])")
    # a speaker come to speak, the verb of speech in the infinitive: "X est venu nous présenter
    # l'outil", "Y est venue préciser le calendrier" (programme.yaml `speech_coming_participles`)
    coming = ""
    if lex.get("speech_coming_participles"):
        infinitives = [p + "r" for p in (_f(str(w)) for w in lex["speech_verbs_participle"])
                       if " " not in p and "'" not in p and p.endswith("e") and len(p) > 4]
        infinitives += [str(w) for w in lex.get("speech_coming_infinitives") or []]
        coming = (rf"|(?:est|sont|etait|etaient)\s+{adverb}(?:{_alternation(lex['speech_coming_participles'])})\s+"
                  rf"(?:(?:nous|vous|leur|lui)\s+)?(?:{_alternation(infinitives)})(?![a-z])")
    return (rf"{spoken_to}(?:(?:a|ont|avait|avaient|aura)\s+{adverb}(?:{participle}){agreed}{given}"
            rf"|(?:est|sont|etait|etaient)\s+{adverb}(?:{with_etre}){coming}|(?:{present})(?:-t-(?:il|elle))?)")


@cache
def incise_verb() -> str:
    """A verb of speech (:func:`speech_verb`), or one of the verbs a reporter puts in the incise of
    a quotation (claims.yaml attribution `incise_verbs`: "« … » se réjouit l'adjointe", "« … », alerte
    X"), in the present or the imperfect, inverted with its pronoun ("glisse-t-il"), or in the past
("il a salué", claims.yaml `incise_participles`). Read by the
    attribution of cited figures only."""
    words = []
    for w in load("claims")["attribution"].get("incise_verbs", []):
        w = " ".join(_f(str(w)).split())
        words.append(w)
        if w.endswith("e"):
            words.append(w[:-1] + "ait")             # "se félicitait", "alertait"
            words.append(w[:-1] + "a")               # the simple past: "s'exclama", "glissa"
    alternatives = literal_alternation(sorted(set(words), key=len, reverse=True))
    # the same verbs in the past ("a salué", "avait déploré"): claims.yaml `incise_participles`
    participles = _alternation(" ".join(_f(str(w)).split()) for w in load("claims")["attribution"].get("incise_participles", []))
    past = rf"|(?:a|ont|avait|avaient)\s+(?:{participles})(?![a-z])" if participles else ""
    # the reflexive ones in the past, agreed with their subject: "s'est félicitée", "se sont réjouis"
    # (folded, the participle in -é of a verb in -er is its present: "se felicite" -> "s'est felicite")
    reflexive = {_f(str(w)).split(" ", 1)[1] if _f(str(w)).startswith("se ") else _f(str(w))[2:]
                 for w in load("claims")["attribution"].get("incise_verbs", [])
                 if _f(str(w)).startswith(("se ", "s'"))}
    participles_of = {r if r.endswith(("e", "ait")) else r[:-1] for r in reflexive if r.endswith(("e", "it"))}
    if participles_of:
        past += rf"|(?:s'est|se sont|s'etait|s'etaient)\s+(?:{_alternation(participles_of)})(?:e|s|es)?(?![a-z])"
    past += _modal_speech()
    if not alternatives:
        return rf"(?:{speech_verb()}{past})"
    return rf"(?:{speech_verb()}|(?:{alternatives})(?:-t-(?:il|elle))?{past})"


def _modal_speech() -> str:
    """A verb of speech in the infinitive after a verb of will or ability in the past: "a pu
    rappeler", "a notamment voulu souligner", "ont souhaité préciser" (the infinitive of each
    participle in -é of ``lexicons/programme.yaml``: "rappelé" -> "rappeler"), as "|…" to append."""
    infinitives = [p + "r" for p in (_f(str(w)) for w in _lex()["speech_verbs_participle"])
                   if " " not in p and "'" not in p and p.endswith("e") and len(p) > 4]
    if not infinitives:
        return ""
    return (rf"|(?:a|ont|avait|avaient)\s+(?:[a-z]+ment\s+)?(?:pu|voulu|souhaite|su)\s+"
            rf"(?:{_alternation(infinitives)})(?![a-z])")


@cache
def floor_given() -> str:
    """The floor handed to a speaker ("la parole à"), as a regular expression over folded text."""
    return _alternation(_lex().get("floor_given_cues") or ["\0"])


@cache
def according_to() -> str:
    """"selon", "d'après" as a regular expression over folded text."""
    return _alternation(_lex()["according_to"])


def role_words() -> str:
    """The role words of a speaker as a regular expression over folded text, an article or a
    possessive maybe before them, the plural too ("la présidente", "son adjoint", "directeurs"):
    the third of :func:`_cue_patterns`."""
    return _cue_patterns()[2].pattern


@cache
def _cue_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(verb after the name, cue right before the name, role word opening a clause)."""
    lex = _lex()
    ordinal = {"premier", "premiere", "1er", "1ere", "1re"}
    words = [w for w in list(lex["role_words"]) + list(lex["prose_role_words"]) if normalise(str(w)) not in ordinal]
    roles = _alternation(words)
    # "première adjointe", "1er vice-président": an ordinal opens a role only before a role word.
    roles = rf"(?:(?:premier|premiere|1er|1ere|1re)\s+)?(?:{roles})"
    # the official's party after the role word ("le maire EELV, X", "la députée LFI X")
    parties = _alternation(lex.get("party_labels") or ["\0"])
    # or the field or standing of the role ("la journaliste littéraire X", "le président sortant X";
    # programme.yaml `role_qualifiers`)
    qualifiers = _alternation(lex.get("role_qualifiers") or ["\0"])
    roles = rf"{roles}(?:\s+(?:{parties}|{qualifiers})(?![\w-]))?"
    verb = speech_verb()
    # a circumstance set between commas, opening with a preposition, may part the name from its verb:
    # "X, avec émotion, a rappelé", "X, pour sa part, a souligné" (claims.yaml `speech_circumstance_openers`)
    openers = _alternation(load("claims")["attribution"].get("speech_circumstance_openers") or ["\0"])
    # the relative "qui" may carry the object pronoun of the words said: "X, qui les a détaillées",
    # "c'est Y qui l'a rappelé" (the participle agreed with it, see ``speech_verb``)
    after = re.compile(rf"(?:\s*,\s*(?:{openers})\s[^,.;:!?«»()\n]{{1,40}},)?\s*,?\s*(?:qui\s+(?:(?:les|le|la|l')\s*(?=[a-z]))?)?{verb}(?![\w-])")
    # the medium the words were given to may part the verb from the name: "confie au journal X"
    # (claims.yaml attribution `incise_media`)
    media = _alternation(load("claims")["attribution"].get("incise_media") or ["\0"])
    # the floor handed to the speaker: "donne la parole à X" (programme.yaml `floor_given_cues`)
    # an honorific may stand between the cue and the name: "c'est au tour de M. Prénom Nom"
    floor = rf"(?:{floor_given()})(?:\s+(?:{_alternation(s.rstrip('.') for s in lex['honorifics'])})\.?)?"
    # a role word with its article, contracted too ("le maire X", "du maire X", "de la directrice X")
    before = re.compile(
        rf"(?:(?<![\w-])(?:{verb}|{_alternation(lex['according_to'])}|{host_alternation()}|{floor})\s+"
        rf"(?:(?:nous|notamment|ainsi|alors|encore)\s+)?(?:(?:{media})\s+)?"
        rf"|(?<![\w-])(?<!monsieur )(?<!madame )(?:le|la|l'|son|sa|du|de\s+la|de\s+l')\s*(?:{roles})(?:\s*,\s*|\s+))"
        rf"(?:(?:le|la|l')\s*(?:{roles})\s+)?$")
    # a role word in the plural too ("A et B, directeurs régionaux")
    role = re.compile(rf"(?:(?:le|la|l')\s*|(?:notre|son|sa|leurs?)\s+)?(?:{roles})(?:s|x)?(?![\w])")
    return after, before, role
