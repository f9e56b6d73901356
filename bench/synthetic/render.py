"""A synthetic report written out: as a PDF-to-text export with its pages, as Markdown, as HTML."""

from __future__ import annotations

import datetime as dt
import html
import re
import textwrap
import unicodedata

from .model import Session
from .report import Report


def _wrap(text: str, width: int) -> list[str]:
    """Wrap a paragraph like a PDF-to-text export, never inside a number ("1 200")."""
    protected = re.sub(r"(?<=\d)[ \u00a0\u202f\u2009.](?=\d{3}(?!\d))", lambda m: {" ": "\x01"}.get(m.group(0), m.group(0)), text)
    lines = textwrap.wrap(protected, width=width, break_long_words=False, break_on_hyphens=False)
    return [line.replace("\x01", " ") for line in lines]


def figures_sentence(r: Report) -> str:
    """The headline figures in running text (no key-figures block)."""
    texts = [f.text[0].lower() + f.text[1:] for f in r.figures]
    first, rest = texts[:3], texts[3:]
    joined = first[0] if len(first) == 1 else ", ".join(first[:-1]) + " et " + first[-1]
    out = f"Avec {joined}, {r.the_kind()} confirme sa place dans l'agenda du territoire."
    if rest:
        more = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " et " + rest[-1]
        out += f" Le programme comptait {more}."
    return out


def figure_lines(r: Report, fmt: str) -> list[str]:
    lines = []
    for f in r.figures:
        if r.figure_layout == "labels":
            lines.append(f"{f.label} : {f.label_value}")
        elif r.figure_layout == "bullets":
            lines.append(r.bullet + f.text)
        else:
            lines.append(f.text)
    return lines


def render_txt(r: Report) -> str:
    rng = r.rng
    width = rng.choice([72, 80, 88])
    pages: list[list[str]] = []
    footer = f"{r.organizer} – Bilan {r.name} {r.year} – page {{k}}/{{n}}"

    def para(text: str) -> list[str]:
        return _wrap(text, width) + [""]

    p1 = [r.organizer.upper(), rng.choice(["Direction de l'attractivité", "Mission numérique", "Service communication"]), ""]
    title = f"{r.name} {r.year}"
    p1 += [title.upper() if rng.random() < 0.6 else title]
    p1 += [rng.choice(["Bilan de l'événement", "Compte rendu", "Rapport de synthèse"])]
    if r.edition_text:
        p1 += [r.edition_text[0].upper() + r.edition_text[1:]]
    p1 += [""]
    if r.date_place == "label":
        p1 += [f"Date{'s' if r.end else ''} : {r.date_text()}"]
    elif r.date_place == "line":
        p1 += [r.date_text(capital=True)]
    if r.venue_style == "label":
        p1 += [f"Lieu : {r.venue}"]
    elif r.venue_style == "line":
        p1 += [r.venue]
    if r.organizer_stated and r.organizer_style == "label":
        p1 += [f"Organisation : {r.organizer}"]
    p1 += [""]
    p1 += para(r.intro())
    if r.figure_layout == "sentence":
        p1 += para(figures_sentence(r))
    else:
        p1 += [rng.choice(["LES CHIFFRES CLÉS", f"{r.the_kind().upper()} EN CHIFFRES", "EN CHIFFRES",
                           "1. BILAN EN QUELQUES CHIFFRES"]), ""]
        p1 += figure_lines(r, "txt")
        p1 += [""]
    if r.comparison:
        p1 += para(r.comparison)
    # programme: a session line, then its host, moderator and speakers (long items wrap); on the
    # first page of a short report, else on a page of its own
    page_lines = 70 if r.length == "short" else rng.choice([30, 40, 55])
    compact = r.length == "short"
    if not compact:
        pages.append(p1)
    p2 = (p1 + [""]) if compact else []
    p2 += [rng.choice(["PROGRAMME", "INTERVENANTS", "2. PROGRAMME DE LA JOURNÉE"]), ""]
    timed = rng.random() < 0.4
    hour = 9
    for s in r.sessions:
        head = s.heading
        if timed:
            head = f"{hour}h{rng.choice(['00', '30'])} – {head}"
            hour += 1
        p2.append(head)
        if s.host:
            p2.append(f"{r.bullet}Atelier animé par {s.host}.")
        if s.moderator:
            p2 += _wrap(r.moderator_line(s), width)
        if s.speakers:
            if r.list_style.startswith("inline"):
                p2 += _wrap(r.inline_list(s.speakers), width)
            else:
                for p in s.speakers:
                    p2 += _wrap(r.bullet + r.item(p, "txt"), width)
        p2.append("")
    if compact:
        current_first = p2
    else:
        pages.append(p2)
        current_first = None
    # compte rendu: a page holds one session or more (a short report goes on with its first page)
    current: list[str] = (current_first + [""] if current_first else []) + [
        rng.choice(["COMPTE RENDU", "3. TEMPS FORTS", "CE QU'IL FAUT RETENIR"]), ""]
    for i, s in enumerate(r.sessions):
        current += [r.heading_of(s, upper=rng.random() < 0.5), ""]
        for kind, content in s.blocks:
            if kind == "p":
                current += para(content)
            else:
                for item in content:
                    current += _wrap(r.bullet + item, width)
                current += [""]
        if len(current) > page_lines and i < len(r.sessions) - 1 and len(pages) < 4:
            pages.append(current)
            current = []
    current += [rng.choice(["PERSPECTIVES", "ET APRÈS ?"]), ""]
    current += para(r.next_edition() + " Les supports des intervenants sont téléchargeables sur le site de la collectivité.")
    current += [f"Contact : {r.organizer}, 12 place de la Mairie, 62{rng.randint(100, 999)} {r.town}"]
    pages.append(current)
    out = []
    for k, page in enumerate(pages, start=1):
        while page and not page[-1].strip():
            page.pop()
        page = list(page)
        page[0] = " " + page[0]           # a page starts on a line whose first character is a space
        page += ["", footer.format(k=k, n=len(pages))]
        out.append("\n".join(page))
    return "\n".join(out) + "\n"


def _md_speakers(r: Report, s: Session) -> list[str]:
    out = []
    if s.host:
        out += [f"Atelier animé par {s.host}.", ""]
    if s.moderator:
        out += [f"*{r.moderator_line(s)}*", ""]
    if s.speakers:
        if r.list_style.startswith("inline"):
            out += [r.inline_list(s.speakers), ""]
        else:
            out += [f"- {r.item(p, 'md')}" for p in s.speakers] + [""]
    return out


def render_md(r: Report) -> str:
    rng = r.rng
    out: list[str] = []
    title = rng.choice([f"{r.name} {r.year} : le bilan", f"{r.name} {r.year} — Bilan",
                        f"Bilan {'du' if r.gender == 'm' else 'des' if r.gender == 'fp' else 'de la'} {r.name} {r.year}",
                        f"Retour sur {r.the_kind().split()[0]} {r.name} {r.year}"])
    r.wordings.append("title:" + ("bilan_prefix" if title.startswith("Bilan") else "retour" if title.startswith("Retour")
                                  else "suffix"))
    out += [f"# {title}", ""]
    if r.edition_text:
        out += [f"## Bilan de la {r.edition_text}", ""]
    out += [f"*Document publié le {(r.start + dt.timedelta(days=30)).strftime('%d/%m/%Y')} par le service communication.*", ""]
    if r.date_place == "label":
        out += [f"**Date{'s' if r.end else ''} :** {r.date_text()}  "]
    elif r.date_place == "line":
        out += [f"**{r.date_text(capital=True)}**", ""]
    if r.venue_style == "label":
        out += [f"**Lieu :** {r.venue}  "]
    if r.organizer_stated and r.organizer_style == "label":
        out += [f"**Organisation :** {r.organizer}"]
    out += ["", r.intro(), ""]
    if r.figure_layout == "sentence":
        out += [figures_sentence(r), ""]
    else:
        out += [f"## {rng.choice(['Chiffres clés', 'En chiffres', 'Les chiffres de l’édition'])}", ""]
        if r.figure_layout == "table":
            out += ["| Indicateur | Valeur |", "|---|---|"]
            out += [f"| {f.label} | {f.label_value} |" for f in r.figures]
        elif r.figure_layout == "lines":      # "- **1 280** participants"
            out += [f"- **{f.number_text}** {f.text[len(f.number_text):].strip()}" for f in r.figures]
        else:
            out += figure_lines(r, "md")
        out += [""]
    if r.comparison:
        out += [r.comparison, ""]
    out += ["## Programme", ""]
    if r.programme_layout == "timetable":
        out += ["| Horaire | Séquence |", "|---|---|"]
        for k, s in enumerate(r.sessions):
            out += [f"| {9 + k}h{rng.choice(['00', '30'])} | {s.heading} |"]
        out += [""]
    else:
        for s in r.sessions:
            out += [f"### {s.heading}", ""] + _md_speakers(r, s)
    out += [f"## {rng.choice(['Ce qu’il faut retenir', 'Temps forts', 'Compte rendu des échanges'])}", ""]
    for s in r.sessions:
        out += [f"### {r.heading_of(s)}", ""]
        if r.programme_layout == "timetable":
            out += _md_speakers(r, s)
        for kind, content in s.blocks:
            out += [content, ""] if kind == "p" else [f"- {item}" for item in content] + [""]
    out += ["## Et après ?", "", r.next_edition(), ""]
    out += [f"**Contact :** {r.organizer}, 12 place de la Mairie, 62{rng.randint(100, 999)} {r.town}.", ""]
    return "\n".join(out)


def _html_speakers(r: Report, s: Session) -> list[str]:
    e = html.escape
    out = []
    if s.host:
        out.append(f"<p>Atelier animé par {e(s.host)}.</p>")
    if s.moderator:
        out.append(f"<p><em>{e(r.moderator_line(s))}</em></p>")
    if s.speakers:
        if r.list_style.startswith("inline"):
            out.append(f"<p>{e(r.inline_list(s.speakers))}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{r.item(p, 'html')}</li>" for p in s.speakers) + "</ul>")
    return out


def render_html(r: Report) -> str:
    rng = r.rng
    e = html.escape
    title = f"{r.name} {r.year} : le bilan"
    body: list[str] = []
    body.append('<nav><ul><li><a href="/">Accueil</a></li><li><a href="/agenda">Agenda</a></li>'
                '<li><a href="/contact">Contact</a></li></ul></nav>')
    body.append("<main><article>")
    h1 = rng.choice([title, f"{r.name} {r.year}", f"Retour sur {r.the_kind().split()[0]} {r.name} {r.year}"])
    r.wordings.append("title:" + ("retour" if h1.startswith("Retour") else "suffix"))
    body.append(f"<h1>{e(h1)}</h1>")
    body.append(f'<p class="meta">Publié le {(r.start + dt.timedelta(days=20)).strftime("%d/%m/%Y")}</p>')
    info = []
    if r.date_place in ("label", "line"):
        info.append(f"<strong>Date{'s' if r.end else ''}&nbsp;:</strong> {e(r.date_text())}")
    if r.venue_style == "label":
        info.append(f"<strong>Lieu&nbsp;:</strong> {e(r.venue)}")
    if r.organizer_stated and r.organizer_style == "label":
        info.append(f"<strong>Organisation&nbsp;:</strong> {e(r.organizer)}")
    body.append(f'<p class="chapo">{e(r.intro())}</p>')
    if info:
        body.append("<h2>Infos pratiques</h2>")
        body.append("<p>" + "<br>\n".join(info) + "</p>")
    if r.figure_layout == "sentence":
        body.append(f"<p>{e(figures_sentence(r))}</p>")
    else:
        body.append(f"<h2>{e(rng.choice(['Les chiffres clés', 'En chiffres', 'Bilan chiffré']))}</h2>")
    if r.figure_layout == "table":
        rows = "\n".join(f"  <tr><th>{e(f.label)}</th><td>{e(f.label_value)}</td></tr>" for f in r.figures)
        body.append(f'<table class="chiffres">\n{rows}\n</table>')
    elif r.figure_layout == "labels":
        body.append("<ul>" + "".join(f"<li>{e(f.label)}&nbsp;: {e(f.label_value)}</li>" for f in r.figures) + "</ul>")
    elif r.figure_layout == "cards":        # the number on one line, what it counts on the next
        body.append('<ul class="chiffres-cles">\n' + "\n".join(
            f'<li class="carte"><strong>{e(f.number_text)}</strong><br>{e(f.noun_text)}</li>' for f in r.figures)
            + "\n</ul>")
    elif r.figure_layout != "sentence":
        items = []
        for f in r.figures:
            rest = f.text[len(f.number_text):]
            items.append(f"<li><strong>{e(f.number_text)}</strong>{e(rest)}</li>" if f.number_text[:1].isdigit()
                         else f"<li>{e(f.text)}</li>")
        body.append('<ul class="chiffres-cles">\n' + "\n".join(items) + "\n</ul>")
    if r.comparison:
        body.append(f"<p>{e(r.comparison)}</p>")
    body.append("<h2>Au programme</h2>")
    if r.programme_layout == "timetable":
        rows = "\n".join(f"  <tr><td>{9 + k}h{rng.choice(['00', '30'])}</td><td>{e(s.heading)}</td></tr>"
                         for k, s in enumerate(r.sessions))
        body.append(f'<table class="programme">\n  <tr><th>Horaire</th><th>Séquence</th></tr>\n{rows}\n</table>')
    else:
        for s in r.sessions:
            body.append(f"<h3>{e(s.heading)}</h3>")
            body += _html_speakers(r, s)
    body.append(f"<h2>{e(rng.choice(['Ce qu’il faut retenir', 'Les temps forts']))}</h2>")
    for s in r.sessions:
        body.append(f"<h3>{e(r.heading_of(s))}</h3>")
        if r.programme_layout == "timetable":
            body += _html_speakers(r, s)
        for kind, content in s.blocks:
            body.append(f"<p>{e(content)}</p>" if kind == "p"
                        else "<ul>" + "".join(f"<li>{e(item)}</li>" for item in content) + "</ul>")
    body.append("<h2>Et après&nbsp;?</h2>")
    body.append(f"<p>{e(r.next_edition())}</p>")
    body.append("</article></main>")
    body.append(f"<footer><p>{e(r.organizer)} – 12 place de la Mairie – 62{rng.randint(100, 999)} {e(r.town)}</p></footer>")
    return ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{e(title)} | {e(r.organizer)}</title>\n<style>body {{ max-width: 960px; }}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html}




def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:50]
