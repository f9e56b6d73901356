"""What a French NER model would add to the speaker rules, measured on the real corpus's `dev` part.

For each dev document that names speakers (tests/real/<id>/expected.yaml): the speakers a careful
reader found, those the rules publish, and the persons (PER entities of two words or more) that
spaCy's `fr_core_news_sm` finds in the same text. The gain is what the model finds that the rules
miss; the model is worth loading only if that gain is real. The `test` part is left out, as for
every other choice of rules.

    uv run --with spacy --with fr-core-news-sm python -m bench.ner_candidates [--corpus DIR]

``--corpus``: another folder of the same layout (for example a batch of new documents, measured
before any rule is written from them).

spaCy is not a dependency of the project: the script says so and stops when it is missing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pipelines.evaluation.corpus import REAL_DIR, extract_case, load_corpus
from pipelines.evaluation.scorer import name_key
from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ce qu'un modèle de reconnaissance d'entités ajouterait aux règles.")
    parser.add_argument("--corpus", type=Path, default=REAL_DIR, help="dossier du corpus (tests/real par défaut)")
    args = parser.parse_args(argv)
    try:
        import spacy
        started = time.perf_counter()
        nlp = spacy.load("fr_core_news_sm", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    except (ImportError, OSError):
        print("spaCy et fr_core_news_sm ne sont pas installés : "
              "uv run --with spacy --with fr-core-news-sm python -m bench.ner_candidates", file=sys.stderr)
        return 2
    loading = time.perf_counter() - started
    nlp.max_length = 5_000_000
    total = {"expected": 0, "rules": 0, "rules_published": 0, "ner": 0, "ner_persons": 0, "union": 0, "gain": 0}
    tagging = 0.0
    for case in load_corpus(args.corpus):
        if case.split != "dev":
            continue
        expected = {name_key(s["name"]) for s in case.expected.get("speakers") or [] if not s.get("optional")}
        if not expected:
            continue
        found = {name_key(s.get("full_name") or "") for s in extract_case(case).get("speakers", [])}
        text = read_document(SourceEntry(id=case.id, file=case.file.name, path=case.file.resolve())).text
        started = time.perf_counter()
        persons = {name_key(e.text) for e in nlp(text).ents if e.label_ == "PER" and len(e.text.split()) >= 2}
        tagging += time.perf_counter() - started
        gain = (expected & persons) - found
        for key, value in (("expected", expected), ("rules", expected & found), ("rules_published", found),
                           ("ner", expected & persons), ("ner_persons", persons), ("union", expected & (persons | found)),
                           ("gain", gain)):
            total[key] += len(value)
        print(f"{case.id[:44]:44} attendus {len(expected):3}  règles {len(expected & found):3}/{len(found):3}  "
              f"modèle {len(expected & persons):3}/{len(persons):3}  en plus {len(gain)}")
    print(f"intervenants attendus {total['expected']} ; trouvés par les règles {total['rules']} "
          f"(sur {total['rules_published']} publiés) ; par le modèle {total['ner']} (sur {total['ner_persons']} personnes "
          f"repérées) ; par les deux ensemble {total['union']} ; apport du modèle {total['gain']}")
    print(f"chargement du modèle {loading:.1f} s ; étiquetage {tagging:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
