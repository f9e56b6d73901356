"""A strategy named by a document ("schéma numérique 2025-2031 de l'Agglomération") and its axes, in
order. Cue words come from the `strategy` section of ``lexicons/claims.yaml``.

* The strategy: a strategy word ("stratégie", "feuille de route", "schéma directeur", "plan"...)
  followed within a few words by a period "AAAA-AAAA" and, optionally, its owner ("de la X").
  The first one the document names is kept (one strategy per document).
  Without a period, the strategy word of the paragraph announcing the axes, or the document's
  title when it names a strategy or counts its parts ("Les 5 orientations de la ville").
* Its axes are read from these layouts: an inline enumeration announced by a count and an axis
  word ("3 axes prioritaires : A, B et C", kept only when the count matches the items), a list
  (bullets "•", "-", numbers, or "Axe 1 : ...") right after a paragraph that ends with an axis
  word and a colon ("... autour des enjeux suivants :"; a list of two levels, labelled heads "Axe 1 :
  ..." each over its bullets, gives its heads only; a list whose items each have a paragraph of
  description under them; a sentence back at the margin under indented items ends the list; a
  list most of whose items state a share, "réduction de 30 %", lists targets, not axes), as
  many short paragraphs as such a paragraph counts (a list whose bullets were lost; also as many
  lines of the announcing paragraph itself, "... autour de 3 axes :" then three short lines), a
  press article's count of parts followed by as many quoted phrases in its paragraph
  (strategy_quoted.py), a list run into the text ("... porteront sur : - A ; - B ; - C."), a
  count, an axis word and a participle of setting before a comma ("trois axes ont été retenus,
  A, B et C"), a sentence ending on a count of parts
  ("... autour de trois engagements.") before a sentence enumerating as many items, numbered sections
  (strategy_sections.py: "Axe 1 – ...", "Orientation stratégique n°2", "Premier axe :", or the
  headings a count announces), and the groups of sections numbered once across the document (an
  action plan's numbered actions under the heading or the label of their axis); a list inside one
  of those groups is part of its section, not an axis. In a document that names a strategy and
  shows no other axes, the numbered steps of its method written in the infinitive ("1. Compter
  les trajets", "2. Partager..."); and a heading that is only a strategy's name ("Feuille de
  route") over lines each opening with an infinitive (a slide of actions); and, in a document
  that names a strategy before them, the short labels ending with a colon that each head a list of
  its actions ("Moins de lumière :" over its bullets), three or more in a row; else the themes in
  capitals that short paragraphs end on, one after the other (an opinion going through the plan
  theme by theme: "Deux actions ont pour thème MOBILITÉS DOUCES"); else, in a document that names
  a strategy (or is titled after one), the parts its table of contents numbers ("I. Se loger .... 4",
  "II. Se déplacer .... 9"), unless they are the parts of any report ("Introduction", "Diagnostic");
  else the titles its table of contents lists without a page under its entry of axes ("Les
  orientations ..... p. 12");
  else an aim said to be double, triple... over as many items ("l'ambition est triple : – A – B
  – C", "un double objectif : A et B"), the strategy named in the title or in the aim's paragraph.
* Axes with no strategy named in their paragraph: the one named in the paragraphs just before.
* Its name: the strategy a title names (from its strategy word on, "X adopte son plan vélo" ->
  "plan vélo"), also in place of a bare "le plan" of the text. Without a period, the year of a
  horizon ("à l'horizon 2040") in a sentence naming it is its end.
* The same axis listed twice is one axis (compared without case, accents, articles and
  punctuation). Order: the first listing's, then axes only found in later listings. Text: a list
  item's (written to stand alone, "Planter des haies"), else the inline item's, whitespace
  collapsed; offsets are those of the kept text.

The readers of each layout live by job: strategy_enumerations.py (enumerations in running text),
strategy_announced_lists.py (lists and short paragraphs after the paragraph announcing them),
strategy_counted_labels.py (labels over their lists, as many as the paragraph before counts),
strategy_ordinal_prose.py (counted parts gone through by ordinal, "Le premier concerne ...", and,
uncounted, sentences opening on an ordinal and an axis word, "Le deuxième axe porte sur ..."),
strategy_aim_lists.py (a list under the sentence setting the strategy's aims, "Le plan vise à :"),
strategy_worded_items.py (list items each opening with their axis word, "- un volet habitat :
..."), strategy_quoted.py (axes quoted after a count), strategy_parenthesised.py (axes in parentheses after
their word, "ses axes (A, B et C)"),
strategy_apposition.py (axes in apposition to their count, "trois piliers, A, B et C, la ville ...",
or enumerated before it, "A, B et C sont les trois priorités"), strategy_strategic_parts.py (a page
naming no strategy, its parts announced as "orientations stratégiques": that phrase names it),
strategy_sections.py (numbered sections, tables of contents), strategy_lists.py (lists and labels
no count announces), strategy_stakes.py (stakes listed in a sentence naming no strategy beside the
parts a sentence naming it announces: not read) and strategy_name.py (the strategy's name and period); this module merges their
listings into one list of axes and builds the rows.
"""

from __future__ import annotations

import re

from ..document import Document
from ..document.manifest import slugify
from .strategy_aim_lists import _aim_lists
from .strategy_apposition import _apposed_axes, _preposed_axes
from .strategy_announced_lists import _counted_paragraphs, _listed_axes
from .strategy_counted_labels import _counted_labels
from .strategy_headed_sublists import _headed_sublists
from .strategy_counted_sections import _counted_section_titles
from .strategy_cut_paragraphs import _counted_phrase, _paragraphs_to_end
from .strategy_lone_section import first_line, lone_section
from .strategy_enumerations import (_announced_axes, _counted_semicolon_items, _counted_then_enumerated,
                                    _dashed_run_in, _determined_inline_axes, _enumerated_then_counted, _inline_axes,
                                    _run_in_numbered_labels)
from .strategy_lists import (_capital_themes, _labelled_lists, _multiplied_aim, _strategy_headed_lines,
                             _strategy_headed_lists)
from .strategy_objective_lists import intended_aims, objective_lists, run_in_objectives
from .strategy_outline_parts import _outline_axes
from .strategy_parenthesised import _parenthesised_axes
from .strategy_worded_items import _axis_worded_items
from .strategy_labelled_headings import _labelled_headings
from .strategy_slashed_labels import _slashed_labels
from .strategy_quoted import _counted_quotes
from .strategy_stakes import drop_unowned_stakes
from .strategy_undertakings import counted_heading_name, quoted_undertaking
from .strategy_strategic_parts import _strategic_parts
from .strategy_policy_owner import policy_owner
from .strategy_ordinal_prose import _named_ordinal_axes, _ordinal_axes
from .strategy_name import (_bare_programme, _horizon, _name_at, _named_before, _named_in_paragraph, _parts_heading,
                            _titled, _titled_if_bare, find_strategy)
from .strategy_lettered_parts import lettered_parts
from .strategy_contents_parts import (_contents_axis_entries, _contents_inline_axes, _contents_labelled_lines,
                                      _contents_numbered_under_entry, _contents_parts)
from .strategy_sections import _announced_sections, _grouped_sections, _numbered_sections, _numbered_steps
from .strategy_text import Axis, Strategy, _axis_key, _lex, _norm, _strategy_words

Rows = list[dict]


def _not_listed(listings: list[list[Axis]], found: list[list[Axis]]) -> list[list[Axis]]:
    """The lists of ``found`` none of whose axes an earlier list already holds."""
    listed = {axis.start for items in listings for axis in items}
    return [items for items in found if not any(a.start in listed for a in items)]


def _gerund_list(items: list[Axis]) -> bool:
    """Whether ``items`` are two or more list items each opening with a gerund ("En formant les
    agents", "En s'appuyant sur les communes"): the means of a plan, not its parts. The words
    ending like a participle that are not one ("En tant que ..."): strategy.yaml ``not_gerunds``."""
    stop = {_norm(w) for w in _lex().get("not_gerunds", [])}

    def gerund(text: str) -> bool:
        m = re.match(r"(?:[•▪*·–—-]\s*)?En\s+(?:s['’]|se\s+|y\s+|en\s+)?([a-zà-ÿœæ]+ant)(?![\w'’-])", text.strip())
        return m is not None and _norm(m.group(1)) not in stop

    return len(items) >= 2 and all(a.listed and gerund(a.text) for a in items)


def find_axes(doc: Document) -> list[Axis]:
    listings = _inline_axes(doc) + _listed_axes(doc)
    for reader in (_counted_paragraphs, _numbered_sections, _announced_sections):
        listings += _not_listed(listings, reader(doc))
    listings += _counted_then_enumerated(doc) + _enumerated_then_counted(doc)
    listings += _not_listed(listings, _determined_inline_axes(doc))
    listings += _not_listed(listings, _run_in_numbered_labels(doc))
    for reader in (_counted_quotes, _dashed_run_in, _counted_semicolon_items, _parenthesised_axes, _counted_labels, _headed_sublists,
                   _counted_section_titles, _ordinal_axes, _named_ordinal_axes, _aim_lists, _axis_worded_items, _labelled_headings, _slashed_labels, _apposed_axes,
                   _preposed_axes, _paragraphs_to_end):
        listings += _not_listed(listings, reader(doc))
    counted = {items[0].start for items in listings}
    listings += [items for items in _announced_axes(doc) if items[0].start not in counted]
    grouped = _grouped_sections(doc)
    if grouped:
        # the groups of the document's numbered sections are its axes; a list inside a group
        # ("selon les axes suivants :" within one section) is a part of that section
        listings = [items for items in listings if items[0].start < grouped[0][0].start] + grouped
    listings.sort(key=lambda items: items[0].start)
    # stakes listed in a sentence naming no strategy, beside the parts a sentence naming it announces
    listings = drop_unowned_stakes(doc, listings)
    # a list of means, every item opening with a gerund ("En ouvrant des guichets en ligne : ...")
    listings = [items for items in listings if not _gerund_list(items)]
    order: list[str] = []
    kept: dict[str, Axis] = {}
    for items in listings:
        for axis in items:
            key = _axis_key(axis.text)
            if not key:
                continue
            if key not in kept:
                order.append(key)
                kept[key] = axis
            elif axis.listed and not kept[key].listed:
                kept[key] = axis
    return [kept[k] for k in order]


def _named_in_heading_over(doc: Document, pos: int) -> Strategy | None:
    """A list whose paragraph announces axes ("... autour de 3 orientations :") right under a
    heading naming the strategy ("Notre stratégie numérique", one short line): that strategy."""
    text = doc.text
    blocks = [m for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text[:pos])]
    # the blocks before the list: the list's first item, the announcing paragraph, the heading
    if len(blocks) < 3:
        return None
    heading = blocks[-3]
    if "\n" in heading.group(0) or len(heading.group(0).split()) > int(_lex().get("heading_name_max_words", 8)):
        return None
    m = re.search(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])", _norm(heading.group(0)))
    return _name_at(doc, heading.start() + m.start(), heading.start() + m.end(), heading.end()) if m else None


def strategy_rows(docs: list[Document]) -> Rows:
    """strategy_axes rows: one per axis of the strategy each document names, in order."""
    rows: Rows = []
    for doc in docs:
        strategy = find_strategy(doc)
        axes = find_axes(doc)
        grouped = {a.start for items in _grouped_sections(doc) for a in items}
        if strategy is None and axes:
            sections = {a.start for items in _numbered_sections(doc) + _announced_sections(doc)
                        + _counted_then_enumerated(doc) + _enumerated_then_counted(doc) for a in items}
            far = axes[0].start in sections | grouped
            # numbered or announced sections: the strategy named just before them, else the one the
            # document is titled after
            strategy = _named_before(doc, axes[0].start, far=far)
            if strategy is None and any(items[0].start == axes[0].start for items in _listed_axes(doc)):
                strategy = _named_in_heading_over(doc, axes[0].start)
            titled = _titled(doc)
            # the text says only "le plan", "la stratégie" (an acronym, "PCAET", is a name), and the
            # title opens with a strategy word ("Plan vélo de Valbois"): the title names it
            bare = strategy is not None and _titled_if_bare(doc, strategy) is not strategy
            if titled is not None and (far and (strategy is None or titled.period_start is not None) or bare):
                strategy = titled        # the title names it, with its period, or names the bare word
            if strategy is None and not far:
                # no strategy named in the axes' paragraph: the one named in the paragraphs just before
                # ("Le plan vélo a été adopté en mai. ... Les élus ont dégagé 4 priorités : A, B, C et D")
                strategy = _named_before(doc, axes[0].start, far=True)
            counts_parts = titled is not None and not re.search(
                rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])", _norm(titled.name))
            if strategy is None and titled is not None and not far and (
                    not _bare_programme(titled.name) or counts_parts):
                # none named in the paragraphs before: the one the title names ("La région adopte son
                # plan vélo", then, far below, "... autour de trois axes : A, B et C"), or the
                # title counting its parts ("Les grands axes du projet sportif")
                strategy = titled
            if strategy is None:
                # no strategy named anywhere, the parts announced as strategic ("trois orientations
                # stratégiques :"): that phrase names it
                strategy = _strategic_parts(doc, axes[0].start)
            if strategy is None and any(items[0].start == axes[0].start for items in _paragraphs_to_end(doc)):
                # parts counted over paragraphs to the end of an excerpt, no strategy named: the count names it
                strategy = _counted_phrase(doc, axes[0].start)
            if strategy is None and not far:
                # the heading right over them names the parts of something ("Les grands axes du
                # projet Valbois demain"): that heading names the strategy
                strategy = _parts_heading(doc, axes[0].start)
            if strategy is None:
                # a line right over them counting them and saying whose ("Les 4 axes de Cap Avenir"),
                # else an undertaking quoted just before them ("le projet « Cap 2030 »"): that name
                strategy = counted_heading_name(doc, axes[0].start) or quoted_undertaking(doc, axes[0].start)
            if strategy is None and not far:
                # the sentence over them says they are those of "this policy" ("les quatre priorités
                # de cette politique :"), named just before ("la politique sportive de Valbrune")
                strategy = policy_owner(doc, axes[0].start)
        if strategy is not None and axes and axes[0].start in grouped and _bare_programme(strategy.name):
            continue    # numbered talks grouped by theme under an event's "Programme": no strategy
        if strategy is not None and not axes:
            # a strategy named, no axes in its own words: "Objectif 1", "Priorité 2"... run once
            loose = _numbered_sections(doc, loose=True)
            axes = loose[0] if loose else []
        if not axes:
            # an aim said to be double, triple... ("l'ambition est triple : A, B et C") in a document
            # that names a strategy (in the title, else in the aim's paragraph): its items
            aim = _multiplied_aim(doc)
            named = (strategy or _titled(doc) or _named_in_paragraph(doc, aim[0].start)) if aim else None
            if named is not None and not _bare_programme(named.name):
                strategy, axes = named, aim
        if not axes:
            # a strategy named in the text over its actions listed under short labels: the labels
            labelled = _labelled_lists(doc)
            named = _named_before(doc, labelled[0].start, far=True) if labelled else None
            if named is not None:
                strategy, axes = _titled_if_bare(doc, named), labelled
        if not axes:
            # a strategy named in the text, then gone through theme by theme, each theme in capitals
            themes = _capital_themes(doc)
            named = _named_before(doc, themes[0].start, far=True) if themes else None
            if named is not None:
                strategy, axes = _titled_if_bare(doc, named), themes
        if not axes:
            # a strategy named (or the title naming one) over the numbered steps of its method
            named = strategy or _titled(doc)
            steps = _numbered_steps(doc) if named is not None and not _bare_programme(named.name) else []
            if steps:
                strategy, axes = named, steps
        if not axes:
            # a strategy named (or the title naming one) over the parts its table of contents numbers
            named = strategy or _titled(doc)
            parts = _contents_parts(doc) if named is not None and not _bare_programme(named.name) else []
            if parts:
                strategy, axes = named, parts
        if not axes:
            # a strategy named (or the title naming one; "programme" alone may be an event's: then
            # the title's strategy) over, in this order: an outline part naming its axes ("4. Les
            # orientations") and its sub-parts ("4.1 Relier", "4.2 Former"), the sub-parts; its table
            # of contents' entry of axes, the axes under it without page numbers, or numbered under it
            # each over its page number alone on a line ("1. Relier" / "p.6"); the parts its
            # outline letters, each title in capitals ("A - RELIER LES QUARTIERS", "B - FORMER ...")
            named = next((n for n in (strategy, _titled(doc)) if n is not None and not _bare_programme(n.name)), None)
            for read in ((_outline_axes, _contents_axis_entries, _contents_numbered_under_entry, _contents_inline_axes,
                          _contents_labelled_lines, lettered_parts)
                         if named is not None else ()):
                found = read(doc)
                if found:
                    strategy, axes = named, found
                    break
        if not axes and (lone := lone_section(doc)) is not None:
            # the one line of the page opening "Axe 3 : ..." (a page of one axis, an excerpt cut in its
            # first): that axis, of the strategy named, else of the page it heads
            named = strategy or _titled(doc) or _named_before(doc, lone.start, far=True)
            own = Strategy(lone.text, None, None, lone.start, lone.end) if first_line(doc, lone) else None
            named = named or own
            if named is not None and (named is own or not _bare_programme(named.name)):
                strategy, axes = named, [lone]
        if not axes and (objectives := objective_lists(doc) or run_in_objectives(doc) or intended_aims(doc)):
            # objectives in the infinitive listed under the sentence or the title announcing them
            # ("Le schéma retient ces objectifs :", "Son objectif sera double :"), or run into that
            # sentence: of the strategy named (before them, else in the title); a list, else of the
            # page the title names (run into a sentence, anyone's aims: "parmi ses objectifs : ..."),
            # else run into a sentence of intent whose subject is the strategy ("Le plan entend A, B et C.")
            before = _named_before(doc, objectives[0].start, far=True)
            # a bare strategy word ("Objectifs du plan") names less than the title ("Le plan éco-collèges")
            bare = before is not None and len(before.name.split()) == 1
            named = strategy or (None if bare else before) or _titled(doc) or before
            if named is None and objectives[0].listed and doc.title:
                named = Strategy(" ".join(doc.title.split()), None, None, 0, 0)
            if named is not None:
                strategy, axes = named, objectives
        if strategy is None or not axes:
            headed = _strategy_headed_lists(doc, named=strategy is not None)
            if not headed:
                lines = _strategy_headed_lines(doc)
                headed = [lines] if lines else []
            if not headed:
                continue
            strategy, axes = (strategy or headed[0][0]), headed[0][1]
        if strategy.period_start is None and strategy.period_end is None:
            strategy.period_end = _horizon(doc, strategy)
        strategy_id = f"{doc.source_id}:{slugify(strategy.name)}"
        for position, axis in enumerate(axes, start=1):
            rows.append({
                "strategy_id": strategy_id,
                "source_id": doc.source_id,
                "strategy_name": strategy.name,
                "period_start": strategy.period_start,
                "period_end": strategy.period_end,
                "position": position,
                "axis": axis.text,
                "page": doc.page_of(axis.start),
                "char_start": axis.start,
                "char_end": axis.end,
            })
    return rows
