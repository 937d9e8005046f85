"""The HTML of the phones' pages: small, server-made, no external asset.

Made for a phone held in one hand at a stand, outdoors light: one column, big targets
(at least 56 px high), high contrast, system fonts.  The scanning page's behaviour (upload,
qualifying, the queue kept on the phone while the network is away) is in
``static/phone.js``; its words come with the page, in the phone's language.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from urllib.parse import quote

from werkzeug.wrappers import Response

from itday.core.leads import RATING_WORDS, LeadSettings, Rating
from itday.web.text import t

#: sent with every answer: nothing from elsewhere, no framing, no referrer (a pairing link
#: holds a secret)
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _page(lang: str, title: str, body: str, status: int = 200, script: bool = False) -> Response:
    tail = '<script src="/static/phone.js" defer></script>' if script else ""
    doc = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="theme-color" content="#0b3d91">'
        f"<title>{_e(title)}</title>"
        '<link rel="icon" href="/static/icon.svg">'
        '<link rel="stylesheet" href="/static/phone.css">'
        f"{tail}</head><body>{body}</body></html>"
    )
    response = Response(doc, status, mimetype="text/html")
    response.headers["Cache-Control"] = "no-store"
    return response


def redirect(location: str) -> Response:
    response = Response("", 303)
    response.headers["Location"] = location
    response.headers["Cache-Control"] = "no-store"
    return response


def message_page(lang: str, text: str, status: int) -> Response:
    body = f'<main class="narrow"><p class="notice">{_e(text)}</p></main>'
    return _page(lang, text, body, status)


def unpaired_page(lang: str, event: str, problem: str = "", status: int = 200) -> Response:
    """The only page an unpaired (or revoked) phone sees: a line to ask the organisers,
    and the field for the kit's code."""
    line = problem or t(lang, "Ce téléphone n'est relié à aucun stand.")
    body = (
        '<main class="narrow">'
        f'<h1 class="event">{_e(event)}</h1>'
        f'<p class="notice" id="unpaired">{_e(line)}</p>'
        f"<p>{_e(t(lang, 'Demandez le kit exposant aux organisateurs du salon, puis scannez son code QR.'))}</p>"
        '<form method="post" action="/pair" class="code-form">'
        f'<label for="kit-code">{_e(t(lang, "Ou tapez le code du kit :"))}</label>'
        '<input id="kit-code" name="code" autocomplete="off" autocapitalize="characters" '
        'spellcheck="false" placeholder="K7PM-2XQD" maxlength="20" required>'
        f'<button type="submit" class="primary">{_e(t(lang, "Relier ce téléphone"))}</button>'
        "</form></main>"
    )
    return _page(lang, t(lang, "Stands — {event}", event=event), body, status)


_JS_WORDS = (
    "Envoi de la photo…",
    "Lecture du badge…",
    "Nouveau contact",
    "Déjà scanné — même contact",
    "Pas un badge de ce salon.",
    "Aucun code lu : reprenez la photo plus près.",
    "Code mal lu : reprenez la photo plus près.",
    "Badge inconnu : vérifiez le code ou demandez à l'accueil.",
    "Badge d'une autre édition.",
    "Inscription annulée : voyez l'accueil.",
    "Code incomplet : tapez le code entier du badge.",
    "Photo trop lourde.",
    "Photo au format HEIC : choisissez « Le plus compatible » dans les réglages de l'appareil photo.",
    "Ce n'est pas une photo lisible.",
    "Photo en attente d'envoi.",
    "en attente d'envoi",
    "enregistré",
    "Réseau indisponible — tout est gardé sur ce téléphone.",
    "Trop d'essais : attendez une minute avant de recommencer.",
    "Ce téléphone n'a plus accès au stand : demandez un nouveau kit aux organisateurs.",
    "Requête refusée.",
)


HINT = "Photo du badge : le code QR net, d'assez près."


def device_label(label: str, lang: str) -> str:
    """« Téléphone 2 » as stored, « Phone 2 » in English."""
    if lang == "en" and label.startswith("Téléphone "):
        return "Phone " + label.removeprefix("Téléphone ")
    return label


def scan_page(lang: str, event: str, device, settings: LeadSettings) -> Response:
    """The stand's page: the big scan button, the typed code, the qualification of the
    last lead, the leads scanned on this phone."""
    words = RATING_WORDS["en" if lang == "en" else "fr"]
    config = {
        "lang": lang,
        "stand": device.exhibitor_id,
        "device": device.id,
        "words": {french: t(lang, french) for french in _JS_WORDS},
    }
    ratings = "".join(
        f'<button type="button" class="rating {r.value}" data-rating="{r.value}" '
        f'aria-pressed="false">{_e(words[r])}</button>'
        for r in Rating
    )
    tags = "".join(
        f'<button type="button" class="tag" data-tag="{_e(tag)}" aria-pressed="false">'
        f"{_e(tag)}</button>"
        for tag in settings.tags
    )
    questions = "".join(
        f'<label class="question">{_e(q.text)}'
        f'<input type="text" data-question="{_e(q.key)}" maxlength="1000" autocomplete="off">'
        "</label>"
        for q in settings.questions
    )
    manager = (
        f'<a class="nav" href="/leads">{_e(t(lang, "Contacts du stand"))} →</a>'
        if device.is_manager
        else ""
    )
    body = (
        f'<header><div class="stand">{_e(device.exhibitor)}</div>'
        f'<div class="sub">{_e(event)} · {_e(device_label(device.label, lang))}</div>'
        f"{manager}</header>"
        "<main>"
        '<label class="scan-button" id="scan-label">'
        '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 7h3l2-3h6l2 3h3v13H4z" '
        'fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="13" r="4" '
        'fill="none" stroke="currentColor" stroke-width="2"/></svg>'
        f"<span>{_e(t(lang, 'Scanner un badge'))}</span>"
        '<input id="photo" type="file" accept="image/*" capture="environment">'
        "</label>"
        f'<p class="hint">{_e(t(lang, HINT))}</p>'
        '<form id="typed" class="code-form inline">'
        f'<input id="typed-code" autocomplete="off" autocapitalize="characters" '
        f'spellcheck="false" placeholder="{_e(t(lang, "Code sous le QR du badge"))}" '
        'maxlength="130" aria-label="code">'
        f'<button type="submit" class="primary">{_e(t(lang, "Valider"))}</button></form>'
        '<div id="status" class="status" role="status" aria-live="polite"></div>'
        '<section id="lead" class="lead" hidden>'
        '<div id="answer" class="answer"></div>'
        '<div id="qualify">'
        f'<div class="label">{_e(t(lang, "Intérêt"))}</div><div class="ratings">{ratings}</div>'
        + (
            f'<div class="label">{_e(t(lang, "Étiquettes"))}</div><div class="tags">{tags}</div>'
            if tags
            else ""
        )
        + questions
        + f'<label class="question">{_e(t(lang, "Note"))}'
        f'<textarea id="note" rows="3" maxlength="4000" '
        f'placeholder="{_e(t(lang, "Ce qui a été dit…"))}"></textarea></label>'
        '<div id="saved" class="saved"></div>'
        f'<button type="button" id="done" class="secondary">{_e(t(lang, "Terminé"))}</button>'
        "</div></section>"
        f"<h2>{_e(t(lang, 'Contacts scannés sur ce téléphone'))}</h2>"
        '<ul id="recent" class="recent"></ul>'
        "</main>"
        '<div id="pending" class="pending" hidden></div>'
        f'<script type="application/json" id="config">{_json_for_html(config)}</script>'
    )
    return _page(lang, device.exhibitor, body, script=True)


def _json_for_html(data) -> str:
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def _time(moment: dt.datetime | None, tz) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return f"{moment.astimezone(tz):%H:%M}"


def manager_page(lang: str, event: str, device, data, search: str, total: int) -> Response:
    """The responsable's list: newest first, a search, the downloads."""
    words = RATING_WORDS["en" if lang == "en" else "fr"]
    query = f"?q={quote(search)}" if search else ""
    downloads = "".join(
        f'<a class="download" href="/leads.{kind}{query}" download>{label}</a>'
        for kind, label in (("csv", "CSV"), ("xlsx", "Excel"), ("vcf", "vCard"))
    )
    items = []
    for row in data.rows:
        name = " ".join(p for p in (row["first_name"], row["last_name"]) if p)
        rating = row.get("rating")
        badge = (
            f'<span class="rating-chip {rating}">{_e(words[Rating(rating)])}</span>'
            if rating in {r.value for r in Rating}
            else ""
        )
        details = []
        if row["consent"]:
            for key in ("job_title", "email", "phone"):
                if row.get(key):
                    details.append(_e(row[key]))
        else:
            details.append(
                f'<span class="muted">{_e(t(lang, "Coordonnées non partagées par le visiteur."))}</span>'
            )
        tags = ", ".join(row.get("tags") or [])
        extra = []
        if tags:
            extra.append(f'<div class="tags-line">{_e(tags)}</div>')
        for q in data.questions:
            answer = (row.get("answers") or {}).get(q.key)
            if answer:
                extra.append(f'<div class="answer-line">{_e(q.text)} <b>{_e(answer)}</b></div>')
        if row.get("note"):
            extra.append(f'<div class="note-line">{_e(row["note"])}</div>')
        again = f" · {_e(t(lang, 'scanné {n} fois', n=row['scans']))}" if row["scans"] > 1 else ""
        items.append(
            '<li class="lead-row">'
            f'<div class="row-top"><b>{_e(name)}</b>{badge}</div>'
            f"<div>{_e(row['company'])}</div>"
            f'<div class="small">{" · ".join(details)}</div>'
            + "".join(extra)
            + f'<div class="small muted">{_time(row["last_scan_at"], data.tz)}{again}</div>'
            "</li>"
        )
    if not items:
        empty = "Aucun contact ne correspond." if search else "Aucun contact pour l'instant."
        items.append(f'<li class="muted">{_e(t(lang, empty))}</li>')
    body = (
        f'<header><div class="stand">{_e(t(lang, "Contacts — {stand}", stand=device.exhibitor))}</div>'
        f'<div class="sub">{_e(event)} · {_e(t(lang, "{n} contact(s)", n=total))}</div>'
        f'<a class="nav" href="/">← {_e(t(lang, "Scanner"))}</a></header>'
        "<main>"
        '<form method="get" action="/leads" class="code-form inline" role="search">'
        f'<input name="q" value="{_e(search)}" placeholder="{_e(t(lang, "Nom, société, note…"))}" '
        f'aria-label="{_e(t(lang, "Rechercher"))}">'
        f'<button type="submit" class="primary">{_e(t(lang, "Rechercher"))}</button></form>'
        f'<div class="label">{_e(t(lang, "Télécharger"))}</div>'
        f'<div class="downloads">{downloads}</div>'
        f'<ul class="leads" id="leads">{"".join(items)}</ul>'
        "</main>"
    )
    return _page(lang, t(lang, "Contacts — {stand}", stand=device.exhibitor), body)
