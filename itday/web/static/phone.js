// The stand's scanning page (itday, issue 25): photo or typed code → the laptop decodes
// and answers; the lead is qualified in a tap or two.  Everything the phone does is kept
// in localStorage first and sent after: when the network drops, the page says « en
// attente d'envoi » and sends it all when it is back.  The server is idempotent: a scan
// is known by the id the phone gave it, an edit carries the whole qualification and the
// phone's time of the edit (the last edit wins).
"use strict";
(function () {
  const config = JSON.parse(document.getElementById("config").textContent);
  const words = config.words;
  const w = (french) => words[french] || french;
  const KEY = "itday.leads." + config.stand + "." + config.device;
  const MAX_KEPT = 200; // leads listed on this phone
  const RETRY_MS = 3000;

  const $ = (id) => document.getElementById(id);
  const photoInput = $("photo");
  const typedForm = $("typed");
  const typedInput = $("typed-code");
  const statusLine = $("status");
  const leadBox = $("lead");
  const answerBox = $("answer");
  const savedLine = $("saved");
  const noteBox = $("note");
  const recentList = $("recent");
  const pendingBar = $("pending");

  // -- what the phone keeps -------------------------------------------------------------
  // store.leads[uid] = {uid, at, state: "sending"|"queued"|"done"|"refused", code?,
  //   result?, message?, name?, company?, q: {rating, tags, note, answers},
  //   edited_at (ms, 0: never edited here), sent_at (the edited_at the server has)}
  function load() {
    try {
      const data = JSON.parse(localStorage.getItem(KEY) || "null");
      if (data && data.leads && Array.isArray(data.order)) return data;
    } catch (e) { /* a damaged store starts afresh */ }
    return { leads: {}, order: [] };
  }
  let store = load();
  const photos = []; // {uid, blob}: photos not yet acknowledged (also in IndexedDB, below)
  let current = null; // uid of the lead in the form
  let offline = false;
  let flushing = false;
  let again = false;

  function save() {
    while (store.order.length > MAX_KEPT) {
      const old = store.order.pop();
      const lead = store.leads[old];
      if (lead && (lead.state === "queued" || lead.state === "sending" || dirty(lead))) {
        store.order.push(old); // never drop what is not sent yet
        break;
      }
      delete store.leads[old];
    }
    try {
      localStorage.setItem(KEY, JSON.stringify(store));
    } catch (e) { /* full: the page still works, in memory */ }
  }

  // Photos waiting to be sent are kept in IndexedDB too (localStorage holds text only, and
  // a few MB at most): a page closed or reloaded while the network is away sends them when
  // it is opened again.  Best effort: without IndexedDB they live as long as the page.
  let photoDb = null;
  const photoDbReady = new Promise((resolve) => {
    try {
      const open = indexedDB.open("itday-photos-" + config.stand + "-" + config.device, 1);
      open.onupgradeneeded = () => open.result.createObjectStore("photos");
      open.onsuccess = () => { photoDb = open.result; resolve(); };
      open.onerror = () => resolve();
    } catch (e) { resolve(); }
  });
  function keepPhoto(uid, blob) {
    if (!photoDb) return;
    try { photoDb.transaction("photos", "readwrite").objectStore("photos").put(blob, uid); } catch (e) { /* full */ }
  }
  function dropPhoto(uid) {
    if (!photoDb) return;
    try { photoDb.transaction("photos", "readwrite").objectStore("photos").delete(uid); } catch (e) { /* gone */ }
  }
  function kept(uid) {
    return new Promise((resolve) => {
      if (!photoDb) { resolve(null); return; }
      try {
        const get = photoDb.transaction("photos").objectStore("photos").get(uid);
        get.onsuccess = () => resolve(get.result || null);
        get.onerror = () => resolve(null);
      } catch (e) { resolve(null); }
    });
  }
  function forget(photo) {
    photos.splice(photos.indexOf(photo), 1);
    dropPhoto(photo.uid);
  }

  function newUid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID().replace(/-/g, "");
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  const dirty = (lead) => lead.edited_at > (lead.sent_at || 0);

  // -- talking to the laptop --------------------------------------------------------------
  class Refused extends Error {
    constructor(status, body) { super("refused " + status); this.status = status; this.body = body; }
  }

  async function post(url, body, json) {
    const init = { method: "POST", body: body, credentials: "same-origin", cache: "no-store" };
    if (json) init.headers = { "Content-Type": "application/json" };
    let response;
    try {
      response = await fetch(url, init);
    } catch (e) {
      offline = true; // no answer at all: the network (or the laptop) is away
      throw e;
    }
    offline = false;
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (response.status === 401) {
      setStatus(data.message || w("Ce téléphone n'a plus accès au stand : demandez un nouveau kit aux organisateurs."), "bad");
    }
    if (!response.ok) throw new Refused(response.status, data);
    return data;
  }

  const MESSAGES = {
    unreadable: "Aucun code lu : reprenez la photo plus près.",
    damaged: "Code mal lu : reprenez la photo plus près.",
    not_ours: "Pas un badge de ce salon.",
    unknown: "Badge inconnu : vérifiez le code ou demandez à l'accueil.",
    other_edition: "Badge d'une autre édition.",
    cancelled: "Inscription annulée : voyez l'accueil.",
    ambiguous: "Code incomplet : tapez le code entier du badge.",
    too_big: "Photo trop lourde.",
    heic: "Photo au format HEIC : choisissez « Le plus compatible » dans les réglages de l'appareil photo.",
    not_image: "Ce n'est pas une photo lisible.",
  };

  function answered(lead, data) {
    lead.result = data.result;
    if (data.result === "new" || data.result === "again") {
      lead.state = "done";
      lead.name = [data.first_name, data.last_name].filter(Boolean).join(" ");
      lead.company = data.company || "";
      if (!lead.edited_at && data.edited_at) { // nothing typed here yet: take the stand's
        lead.q = { rating: data.rating, tags: data.tags || [], note: data.note || "",
                   answers: data.answers || {} };
      }
    } else {
      lead.state = "refused";
      lead.message = w(MESSAGES[data.result] || "Requête refusée.");
    }
    save();
  }

  async function sendScan(lead) {
    const form = new FormData();
    form.append("uid", lead.uid);
    const photo = photos.find((p) => p.uid === lead.uid);
    if (photo) form.append("photo", photo.blob, "badge.jpg");
    else form.append("code", lead.code || "");
    lead.state = "sending";
    render();
    try {
      const data = await post("/api/scan", form, false);
      answered(lead, data);
      if (photo) forget(photo);
    } catch (e) {
      if (e instanceof Refused) {
        if (e.status === 429) {
          lead.state = "queued";
          setStatus(w("Trop d'essais : attendez une minute avant de recommencer."), "bad");
        } else if (e.status === 401) {
          lead.state = "queued";
        } else {
          lead.state = "refused";
          lead.message = w("Requête refusée.");
          if (photo) forget(photo);
        }
      } else {
        lead.state = "queued";
      }
      save();
      throw e;
    } finally {
      render();
    }
  }

  async function sendEdit(lead) {
    const stamp = lead.edited_at;
    const body = JSON.stringify({
      scan_uid: lead.uid, edited_at: stamp, rating: lead.q.rating || null,
      tags: lead.q.tags || [], note: lead.q.note || "", answers: lead.q.answers || {},
    });
    try {
      await post("/api/lead", body, true);
      lead.sent_at = Math.max(lead.sent_at || 0, stamp);
    } catch (e) {
      if (e instanceof Refused && e.status !== 401 && e.status !== 429) {
        lead.sent_at = stamp; // the server will never take it: do not retry for ever
      } else {
        throw e;
      }
    } finally {
      save();
    }
  }

  async function flush() {
    if (flushing) { again = true; return; }
    flushing = true;
    try {
      do {
        again = false;
        for (const uid of [...store.order].reverse()) { // oldest first
          const lead = store.leads[uid];
          if (!lead) continue;
          if (lead.state === "queued" || lead.state === "sending") {
            if (!lead.code && !photos.some((p) => p.uid === uid)) {
              const blob = await kept(uid); // the page was closed before it was sent
              if (blob) photos.push({ uid: uid, blob: blob });
            }
            if (!lead.code && !photos.some((p) => p.uid === uid)) {
              lead.state = "refused"; // a photo lost with a closed page
              lead.message = w("Aucun code lu : reprenez la photo plus près.");
              continue;
            }
            await sendScan(lead);
          }
          if (lead.state === "done" && dirty(lead)) await sendEdit(lead);
        }
      } while (again);
    } catch (e) {
      // offline, or refused: the timer tries again; what was not tried waits its turn
      if (offline) {
        for (const uid of store.order) {
          const lead = store.leads[uid];
          if (lead && lead.state === "sending") lead.state = "queued";
        }
        save();
      }
    } finally {
      flushing = false;
      render();
    }
  }

  // -- the page ---------------------------------------------------------------------------
  function setStatus(text, tone) {
    statusLine.textContent = text || "";
    statusLine.className = "status" + (tone ? " " + tone : "");
  }

  function waiting() {
    return store.order.filter((uid) => {
      const lead = store.leads[uid];
      return lead && (lead.state === "queued" || lead.state === "sending" ||
                      (lead.state === "done" && dirty(lead)));
    }).length;
  }

  function renderAnswer(lead) {
    answerBox.textContent = "";
    const line = document.createElement("div");
    if (lead.state === "done") {
      const name = document.createElement("div");
      name.className = "name";
      name.textContent = lead.name || "";
      const company = document.createElement("div");
      company.className = "company";
      company.textContent = lead.company || "";
      answerBox.append(name, company);
      line.className = "badge-line " + (lead.result === "again" ? "again" : "new");
      line.textContent = lead.result === "again" ? w("Déjà scanné — même contact") : w("Nouveau contact");
    } else if (lead.state === "refused") {
      line.className = "badge-line bad";
      line.textContent = lead.message || "";
    } else if (lead.state === "sending") {
      line.className = "badge-line";
      line.textContent = lead.code ? w("Lecture du badge…") : w("Envoi de la photo…");
    } else {
      line.className = "badge-line";
      line.textContent = w("Photo en attente d'envoi.");
    }
    answerBox.append(line);
  }

  function renderForm(lead) {
    const q = lead.q;
    document.querySelectorAll("[data-rating]").forEach((b) => {
      b.setAttribute("aria-pressed", String(q.rating === b.dataset.rating));
    });
    document.querySelectorAll("[data-tag]").forEach((b) => {
      b.setAttribute("aria-pressed", String((q.tags || []).includes(b.dataset.tag)));
    });
    document.querySelectorAll("[data-question]").forEach((input) => {
      if (document.activeElement !== input) input.value = (q.answers || {})[input.dataset.question] || "";
    });
    if (document.activeElement !== noteBox) noteBox.value = q.note || "";
    $("qualify").hidden = lead.state === "refused";
    if (dirty(lead) || lead.state === "queued" || lead.state === "sending") {
      savedLine.textContent = w("en attente d'envoi");
      savedLine.className = "saved wait";
    } else if (lead.edited_at) {
      savedLine.textContent = w("enregistré");
      savedLine.className = "saved ok";
    } else {
      savedLine.textContent = "";
      savedLine.className = "saved";
    }
  }

  function renderRecent() {
    recentList.textContent = "";
    for (const uid of store.order) {
      const lead = store.leads[uid];
      if (!lead || lead.state === "refused") continue;
      const li = document.createElement("li");
      li.dataset.uid = uid;
      const who = document.createElement("div");
      const name = document.createElement("div");
      name.className = "who";
      name.textContent = lead.name || (lead.code || "…");
      const company = document.createElement("div");
      company.className = "co";
      company.textContent = lead.company || "";
      who.append(name, company);
      li.append(who);
      if (lead.q.rating) {
        const chip = document.createElement("span");
        chip.className = "rating-chip " + lead.q.rating;
        const button = document.querySelector('[data-rating="' + lead.q.rating + '"]');
        chip.textContent = button ? button.textContent : lead.q.rating;
        li.append(chip);
      }
      if (lead.state !== "done" || dirty(lead)) {
        const wait = document.createElement("span");
        wait.className = "wait";
        wait.textContent = w("en attente d'envoi");
        li.append(wait);
      }
      recentList.append(li);
    }
  }

  function render() {
    const lead = current && store.leads[current];
    leadBox.hidden = !lead;
    if (lead) { renderAnswer(lead); renderForm(lead); }
    renderRecent();
    const n = waiting();
    pendingBar.hidden = !(n && offline);
    pendingBar.textContent = offline ? w("Réseau indisponible — tout est gardé sur ce téléphone.") + " (" + n + ")" : "";
  }

  function startLead(fields) {
    const uid = newUid();
    store.leads[uid] = Object.assign({
      uid: uid, at: Date.now(), state: "sending",
      q: { rating: null, tags: [], note: "", answers: {} }, edited_at: 0, sent_at: 0,
    }, fields);
    store.order.unshift(uid);
    current = uid;
    save();
    setStatus("");
    render();
    leadBox.scrollIntoView({ block: "start", behavior: "smooth" });
    return store.leads[uid];
  }

  function edit(change) {
    const lead = current && store.leads[current];
    if (!lead) return;
    change(lead.q);
    lead.edited_at = Math.max(Date.now(), (lead.edited_at || 0) + 1);
    save();
    render();
    scheduleFlush();
  }

  let timer = null;
  function scheduleFlush(delay) {
    clearTimeout(timer);
    timer = setTimeout(flush, delay === undefined ? 400 : delay);
  }

  // -- events -----------------------------------------------------------------------------
  photoInput.addEventListener("change", () => {
    const file = photoInput.files && photoInput.files[0];
    if (!file) return;
    const lead = startLead({});
    photos.push({ uid: lead.uid, blob: file });
    keepPhoto(lead.uid, file);
    photoInput.value = "";
    scheduleFlush(0);
  });

  typedForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const code = typedInput.value.trim();
    if (!code) return;
    typedInput.value = "";
    typedInput.blur();
    startLead({ code: code });
    scheduleFlush(0);
  });

  document.querySelectorAll("[data-rating]").forEach((button) => {
    button.addEventListener("click", () => edit((q) => {
      q.rating = q.rating === button.dataset.rating ? null : button.dataset.rating;
    }));
  });
  document.querySelectorAll("[data-tag]").forEach((button) => {
    button.addEventListener("click", () => edit((q) => {
      const tags = new Set(q.tags || []);
      if (tags.has(button.dataset.tag)) tags.delete(button.dataset.tag);
      else tags.add(button.dataset.tag);
      q.tags = [...tags];
    }));
  });
  document.querySelectorAll("[data-question]").forEach((input) => {
    input.addEventListener("input", () => edit((q) => {
      q.answers = Object.assign({}, q.answers || {});
      q.answers[input.dataset.question] = input.value;
    }));
  });
  noteBox.addEventListener("input", () => edit((q) => { q.note = noteBox.value; }));

  $("done").addEventListener("click", () => {
    current = null;
    render();
    window.scrollTo({ top: 0, behavior: "smooth" });
  });

  recentList.addEventListener("click", (event) => {
    const li = event.target.closest("li[data-uid]");
    if (!li) return;
    current = li.dataset.uid;
    render();
    leadBox.scrollIntoView({ block: "start", behavior: "smooth" });
  });

  window.addEventListener("online", () => scheduleFlush(0));
  setInterval(() => { if (waiting()) flush(); }, RETRY_MS);
  render();
  photoDbReady.then(() => { if (waiting()) scheduleFlush(0); });
})();
