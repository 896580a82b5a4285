// The labelling page: keyboard first, every change sent to the server at once (which writes it
// to disk before answering). Article text is only ever set as textContent, never parsed as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const FIELDS = ["actors", "events", "stances"];
const NAMES = { actors: "actor", events: "event", stances: "stance" };
const state = { session: null, index: 0, article: null, current: null, editing: null, selection: null };
let queue = Promise.resolve(); // writes go one after another, in the order they were made
const pending = new Map(); // typed edits not sent yet: "url field" -> {timer, send}

// -- talking to the server ---------------------------------------------------------------------

async function api(method, url, body) {
  const options = { method, headers: {}, keepalive: method !== "GET" }; // a write outlives a closing tab
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(url, options);
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function write(method, url, body) {
  const done = queue.then(() => api(method, url, body)).then((data) => {
    if (data.article) Object.assign(state.article, data.article);
    if ($("status").className === "error") status(""); // the last mistake is mended
    render();
    return data;
  }, (error) => { status(error.message, true); return null; });
  queue = done;
  return done;
}

function later(url, body) { // typed text: sent after a pause, or at once on blur and navigation
  const id = `${url} ${Object.keys(body).join(" ")}`; // one field each: a bad date cannot hold up a headline
  const old = pending.get(id);
  if (old) clearTimeout(old.timer);
  const send = () => { pending.delete(id); return write("PUT", url, body); };
  pending.set(id, { timer: setTimeout(send, 300), send });
}

function flush() {
  for (const entry of [...pending.values()]) { clearTimeout(entry.timer); entry.send(); }
  return queue;
}

const articleUrl = (suffix = "") => `/api/articles/${state.index}${suffix}`;
const itemUrl = (key) => articleUrl(`/items/${encodeURIComponent(key)}`);

// -- the model of the page ---------------------------------------------------------------------

function items() { // actors, then events, then stances, each in text order: what j/k walk through
  const at = (item) => (item.span ? item.span[0] : Number.MAX_SAFE_INTEGER); // an actor named nowhere: last
  const order = (a, b) => at(a) - at(b);
  return FIELDS.flatMap((field) => [...state.article[field]].sort(order).map((item) => ({ field, item })));
}

function find(key) { return items().find((entry) => entry.item.key === key) || null; }

function actorName(key) {
  const actor = state.article.actors.find((a) => a.key === key);
  return actor ? actor.name : key;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name in node) node[name] = value;
    else node.setAttribute(name, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function status(message, isError = false) {
  $("status").textContent = message;
  $("status").className = isError ? "error" : "";
}

// -- rendering ---------------------------------------------------------------------------------

function render() {
  renderProgress();
  renderText();
  renderItems();
  $("note").hidden = !state.article.note;
  $("note").textContent = state.article.note || "";
}

function renderProgress() {
  const articles = state.article.articles;
  const here = articles[state.index];
  const saved = articles.filter((a) => a.saved).length;
  $("progress").textContent = `article ${state.index + 1} of ${articles.length} · ` +
    `${here.decided} of ${here.total} items decided · ${saved} of ${articles.length} saved` +
    (here.saved ? " · this one saved" : "");
  $("article-id").textContent = `${state.article.id} (${state.article.input})`;
  $("prev").disabled = state.index === 0;
  $("next").disabled = state.index === articles.length - 1;
}

function renderText() {
  const text = state.article.text;
  const marks = items().filter(({ item }) => item.span && item.status !== "rejected");
  const cuts = new Set([0, text.length]);
  marks.forEach(({ item }) => { cuts.add(item.span[0]); cuts.add(item.span[1]); });
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i], bounds[i + 1]];
    const over = marks.filter(({ item }) => item.span[0] <= start && item.span[1] >= end);
    const classes = new Set(over.map(({ field }) => `m-${NAMES[field]}`));
    if (over.some(({ item }) => item.key === state.current)) classes.add("current");
    if (over.length && over.every(({ item }) => item.status === "proposed")) classes.add("proposed");
    segments.push({ start, end, classes: [...classes].join(" "), keys: over.map(({ item }) => item.key).join(" ") });
  }
  // Rebuilt only when the highlights change: rebuilding drops the user's selection (kept below).
  const signature = JSON.stringify([state.article.id, segments]);
  if (signature === state.textSignature) return;
  state.textSignature = signature;
  const root = $("article");
  const selected = readSelection();
  root.replaceChildren(...segments.map(({ start, end, classes, keys }) => {
    const seg = el("span", { class: classes, text: text.slice(start, end) });
    seg.dataset.start = start;
    if (keys) seg.dataset.keys = keys;
    return seg;
  }));
  if (selected) selectOffsets(...selected);
  const current = root.querySelector(".current");
  if (current) current.scrollIntoView({ block: "nearest" });
}

function selectOffsets(start, end) {
  const point = (offset) => {
    const seg = [...$("article").children].filter((s) => Number(s.dataset.start) <= offset).pop();
    return [seg.firstChild, offset - Number(seg.dataset.start)];
  };
  const range = document.createRange();
  range.setStart(...point(start));
  range.setEnd(...point(end));
  window.getSelection().removeAllRanges();
  window.getSelection().addRange(range);
}

function renderItems() {
  const box = $("items");
  box.replaceChildren();
  for (const field of FIELDS) {
    const list = el("ol", { class: "items" });
    for (const { item } of items().filter((entry) => entry.field === field)) list.append(itemRow(field, item));
    box.append(el("h2", { text: `${field[0].toUpperCase()}${field.slice(1)} (${state.article[field].length})` }), list);
  }
  const current = box.querySelector(".current");
  if (current) current.scrollIntoView({ block: "nearest" });
}

function itemRow(field, item) {
  const row = el("li", {
    class: `item ${item.status}${item.key === state.current ? " current" : ""}`,
    onclick: () => select(item.key),
  });
  row.dataset.key = item.key;
  row.append(
    el("span", { class: "badge", text: item.status }),
    el("span", { class: "summary", text: describe(field, item) }),
    el("span", { class: "actions" },
      rowButton("✓", "accept (a)", () => decide(item.key, "accepted")),
      rowButton("✗", "reject (r)", () => decide(item.key, "rejected")),
      rowButton("✎", "edit (e)", () => { select(item.key); edit(); })),
  );
  return row;
}

function rowButton(text, title, action) {
  return el("button", { type: "button", text, title, onclick: (e) => { e.stopPropagation(); action(); } });
}

function describe(field, item) {
  if (field === "actors") {
    const also = item.aliases.length ? ` · also ${item.aliases.join(", ")}` : "";
    return `${item.name} · ${item.kind}${item.role ? ` · ${item.role}` : ""}${also} [${item.id}]`;
  }
  if (field === "events") {
    const who = item.agents.map(actorName).join(", ") || "?";
    const whom = item.targets.length ? ` → ${item.targets.map(actorName).join(", ")}` : "";
    return `${item.kind}: ${who}${whom} · “${item.evidence}”${item.date ? ` · ${item.date}` : ""}`;
  }
  const target = item.target_actor ? actorName(item.target_actor) : (item.target_phrase || "?");
  return `${item.holder ? actorName(item.holder) : "?"} ${item.polarity} ${target} · “${item.evidence}”`;
}

// -- actions -----------------------------------------------------------------------------------

function select(key) {
  if (state.editing && state.editing !== key) closeEditor();
  state.current = key;
  renderText();
  renderItems();
}

function move(step) {
  const all = items();
  const at = all.findIndex(({ item }) => item.key === state.current);
  const next = all[Math.min(Math.max(at + step, 0), all.length - 1)];
  if (next) select(next.item.key);
}

async function decide(key, decision) {
  if (!key) return;
  state.current = key;
  move(1); // keyboard flow: decide, and go on to the next item
  await write("PUT", itemUrl(key), { status: decision });
}

async function add(field, extra) {
  const span = state.selection;
  if (!span) { status("select some text of the article first", true); return; }
  const data = await write("POST", articleUrl("/items"), { field, item: Object.assign({ span }, extra) });
  if (!data) return;
  window.getSelection().removeAllRanges();
  state.current = data.key;
  render();
  edit();
}

function addAlias() {
  const found = find(state.current);
  if (!found || found.field !== "actors") { status("move to an actor first (j/k), then add its alias", true); return; }
  if (!state.selection) { status("select the alias in the article first", true); return; }
  const alias = state.article.text.slice(...state.selection).trim();
  write("PUT", itemUrl(found.item.key), { aliases: [...found.item.aliases, alias] }).then(() => {
    window.getSelection().removeAllRanges();
    if (state.editing) edit();
  });
}

function respan() {
  if (!state.current || !state.selection) { status("choose an item and select its new text first", true); return; }
  write("PUT", itemUrl(state.current), { span: state.selection }).then(() => {
    window.getSelection().removeAllRanges();
    if (state.editing) edit();
  });
}

async function save() {
  await flush();
  const data = await write("POST", articleUrl("/save"), {});
  if (!data) return;
  const list = $("problems");
  list.replaceChildren(...data.problems.map((p) => el("li", {
    text: p.message, class: p.key ? "linked" : "", onclick: () => p.key && select(p.key),
  })));
  if (data.problems.some((p) => !p.key)) $("meta").querySelector("details").open = true; // headline, source...
  if (data.saved) status(`saved ${data.saved}`);
  else status(`not saved: ${data.problems.length} problem${data.problems.length === 1 ? "" : "s"}`, true);
}

async function open(index) {
  await flush();
  closeEditor();
  const articles = state.session.articles;
  state.index = Math.min(Math.max(index, 0), articles.length - 1);
  history.replaceState(null, "", `#${state.index + 1}`);
  state.article = await api("GET", articleUrl());
  const first = items().find(({ item }) => item.status === "proposed") || items()[0];
  state.current = first ? first.item.key : null;
  $("problems").replaceChildren();
  status("");
  renderMeta();
  render();
}
