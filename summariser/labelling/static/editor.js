// The labelling page, part 2: the item editor and the fixture's own fields, the selection, the keys.
// Loaded after label.js, whose state and functions it uses. Choices come only from the contract's
// vocabularies, as the server sends them; links are to the article's actors.
"use strict";

// -- the editor of the current item ------------------------------------------------------------

function edit() {
  const found = find(state.current);
  if (!found) return;
  state.editing = found.item.key;
  const { field, item } = found;
  const url = itemUrl(item.key);
  const form = el("form", { class: "editor", onsubmit: (e) => { e.preventDefault(); closeEditor(); } });
  form.append(el("h2", { text: `Edit ${NAMES[field]}` }));
  if (field === "actors") actorForm(form, item, url);
  else if (field === "events") eventForm(form, item, url);
  else stanceForm(form, item, url);
  form.append(el("button", { type: "submit", text: "done (Esc)" }));
  $("editor").replaceChildren(form);
  $("editor").hidden = false;
  const first = form.querySelector("select, input");
  if (first) first.focus();
}

function closeEditor() {
  if (!state.editing) return;
  flush();
  state.editing = null;
  $("editor").hidden = true;
  $("editor").replaceChildren();
  if (document.activeElement) document.activeElement.blur();
}

function labelled(text, control) { return el("label", {}, el("span", { text }), control); }

function choice(name, options, value, onchange) {
  const select = el("select", { name, onchange: (e) => onchange(e.target.value) });
  for (const [optionValue, text] of options) select.append(el("option", { value: optionValue, text }));
  select.value = value;
  return select;
}

function typed(name, value, url, field = name) { // text the user types: saved as they type
  const input = el("input", { name, type: "text", value: value || "" });
  input.addEventListener("input", () => later(url, { [field]: input.value }));
  input.addEventListener("blur", flush);
  return input;
}

function quoted(text) { return el("blockquote", { class: "evidence", text: text || "" }); }

function actorForm(form, item, url) {
  const kinds = state.session.enums.actor_kinds.map((k) => [k, k]);
  form.append(
    labelled("name (select it in the text, then x)", quoted(item.name)),
    labelled("kind", choice("kind", kinds, item.kind, (kind) => write("PUT", url, { kind }))),
    labelled("role", typed("role", item.role, url)),
  );
  const aliases = el("ul", { class: "aliases" });
  item.aliases.forEach((alias, i) => aliases.append(el("li", {}, el("span", { text: alias }), el("button", {
    type: "button", text: "remove", title: `remove the alias ${alias}`,
    onclick: () => write("PUT", url, { aliases: item.aliases.filter((_, j) => j !== i) }).then(edit),
  }))));
  form.append(labelled("aliases (select one in the text, then 4)", aliases));
}

function linkable(item, keys) { // actors one may link: all but the rejected, unless already linked
  return state.article.actors.filter((a) => a.status !== "rejected" || keys.includes(a.key));
}

function actorBoxes(name, item, url) {
  const box = el("fieldset", { class: "links" }, el("legend", { text: name }));
  for (const actor of linkable(item, item[name])) {
    const check = el("input", { type: "checkbox", name, value: actor.key, checked: item[name].includes(actor.key) });
    check.addEventListener("change", () => {
      const keys = [...box.querySelectorAll("input:checked")].map((c) => c.value);
      write("PUT", url, { [name]: keys });
    });
    box.append(el("label", { class: actor.status }, check, el("span", { text: actor.name })));
  }
  return box;
}

function eventForm(form, item, url) {
  const kinds = state.session.enums.event_kinds.map((k) => [k, k]);
  form.append(
    labelled("evidence (select new text, then x)", quoted(item.evidence)),
    labelled("kind", choice("kind", kinds, item.kind, (kind) => write("PUT", url, { kind }))),
    actorBoxes("agents", item, url),
    actorBoxes("targets", item, url),
    labelled("description", typed("description", item.description, url)),
    labelled("date (ISO, or the text's phrase)", typed("date", item.date, url)),
    labelled("location", typed("location", item.location, url)),
  );
}

function stanceForm(form, item, url) {
  const polarities = state.session.enums.polarities.map((p) => [p, p]);
  const actors = linkable(item, [item.holder, item.target_actor]).map((a) => [a.key, a.name]);
  form.append(
    labelled("evidence (select new text, then x)", quoted(item.evidence)),
    labelled("holder", choice("holder", [["", "—"], ...actors], item.holder || "",
      (holder) => write("PUT", url, { holder: holder || null }))),
    labelled("polarity", choice("polarity", polarities, item.polarity, (polarity) => write("PUT", url, { polarity }))),
    labelled("target actor", choice("target_actor", [["", "— a phrase, below"], ...actors], item.target_actor || "",
      (target) => write("PUT", url, { target_actor: target || null }))),
    labelled("target phrase", typed("target_phrase", item.target_phrase, url)),
  );
}

// -- the fixture's own fields ------------------------------------------------------------------

function renderMeta() {
  const url = articleUrl("/meta");
  const a = state.article;
  const summary = el("textarea", { name: "summary", rows: 3, value: a.summary || "" });
  summary.addEventListener("input", () => later(url, { summary: summary.value }));
  summary.addEventListener("blur", flush);
  const tags = el("input", { name: "tags", type: "text", value: a.tags.join(", ") });
  tags.addEventListener("input", () => later(url, { tags: tags.value.split(/[,\s]+/).filter(Boolean) }));
  tags.addEventListener("blur", flush);
  $("meta").replaceChildren(el("details", { open: !a.saved },
    el("summary", { text: `headline, summary and source · language ${a.language}` }),
    labelled("headline", typed("headline", a.headline, url)),
    labelled("summary", summary),
    labelled("title as published", typed("title", a.title, url)),
    labelled("published (ISO date)", typed("published", a.published, url)),
    labelled("source and licence", typed("source", a.source, url)),
    labelled("tags", tags)));
}

// -- the selection: offsets in the article, read from the spans that carry them ----------------

function offsetOf(node, offset) {
  const root = $("article");
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement.closest("[data-start]");
    return seg && root.contains(seg) ? Number(seg.dataset.start) + offset : null;
  }
  if (node === root) {
    const child = root.childNodes[offset];
    return child ? Number(child.dataset.start) : state.article.text.length;
  }
  const seg = node.closest && node.closest("[data-start]");
  if (!seg || !root.contains(seg)) return null;
  return Number(seg.dataset.start) + (offset === 0 ? 0 : seg.textContent.length);
}

function readSelection() {
  const selection = window.getSelection();
  if (!state.article || !selection.rangeCount || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start !== null && end !== null && end > start ? [start, end] : null;
}

document.addEventListener("selectionchange", () => {
  const span = readSelection();
  state.selection = span;
  const text = span ? state.article.text.slice(...span) : "";
  $("selection").textContent = span ? `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”` :
    "select text in the article to add an item";
  document.querySelectorAll("[data-needs=selection]").forEach((b) => { b.disabled = !span; });
});

// a click on highlighted text (not the end of a drag) goes to its item
$("article").addEventListener("click", (e) => {
  const keys = e.target.dataset && e.target.dataset.keys;
  if (keys && window.getSelection().isCollapsed) select(keys.split(" ").pop());
});

// -- keys and buttons --------------------------------------------------------------------------

const KEYS = {
  j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
  a: () => decide(state.current, "accepted"), r: () => decide(state.current, "rejected"),
  u: () => state.current && write("PUT", itemUrl(state.current), { status: "proposed" }),
  e: () => edit(), n: () => open(state.index + 1), p: () => open(state.index - 1), s: () => save(),
  1: () => add("actors", { kind: "person" }), 2: () => add("events", { kind: "other" }),
  3: () => add("stances", { polarity: "neutral" }), 4: () => addAlias(), x: () => respan(),
};

document.addEventListener("keydown", (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === "Escape") { closeEditor(); return; }
  if (e.target.closest && e.target.closest("input, textarea, select")) return;
  const action = KEYS[e.key];
  if (action) { e.preventDefault(); action(); }
});

const BUTTONS = { prev: KEYS.p, next: KEYS.n, save: KEYS.s, "add-actor": KEYS[1], "add-event": KEYS[2],
  "add-stance": KEYS[3], "add-alias": KEYS[4], respan: KEYS.x };
for (const [id, action] of Object.entries(BUTTONS)) $(id).addEventListener("click", action);
document.querySelectorAll("[data-needs=selection]").forEach((button) => {
  button.addEventListener("mousedown", (e) => e.preventDefault()); // pressing it keeps the article's selection
});
window.addEventListener("pagehide", flush);

(async function start() {
  state.session = await api("GET", "/api/session");
  document.querySelectorAll("[data-needs=selection]").forEach((b) => { b.disabled = true; });
  await open((parseInt(location.hash.slice(1), 10) || 1) - 1);
})().catch((error) => status(error.message, true));
