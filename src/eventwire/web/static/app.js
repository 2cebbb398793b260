"use strict";
// eventwire dashboard: plain JavaScript and SVG over the API on the same origin.
// Charts are written as SVG markup into a container (the HTML parser gives them the SVG
// namespace), so the page loads nothing but this file and style.css.

const QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QCOLOR = {1: "#7fb77e", 2: "#2e7d32", 3: "#f0a04b", 4: "#c62828"};
const PAGE = 25;
const state = {filters: {}, offset: 0, total: 0, dyads: [], article: null};

const $ = sel => document.querySelector(sel);
const esc = v => String(v == null ? "" : v).replace(/[&<>"']/g,
  c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
const fmt = n => (n == null ? "" : Number(n).toLocaleString("en-US", {maximumFractionDigits: 1}));

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v != null) query.set(k, v);
  const url = path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, {headers: {Accept: "application/json"}});
  const body = await response.json();
  if (!response.ok) {
    const err = body.error ? `${body.error.code} ${body.error.title}: ${body.error.detail}` : JSON.stringify(body.detail);
    throw new Error(err);
  }
  return body;
}

const actorLabel = a => a.code || a.country || a.name || a.text || "?";
const actorsOf = list => (list || []).map(actorLabel).join("; ");

// ------------------------------------------------------------------ tooltip
const tip = document.createElement("div");
tip.className = "tooltip";
document.body.append(tip);
function bindTips(root) {
  root.querySelectorAll("[data-tip]").forEach(node => {
    node.addEventListener("mousemove", ev => {
      tip.textContent = node.getAttribute("data-tip");
      tip.style.display = "block";
      tip.style.left = ev.clientX + 12 + "px";
      tip.style.top = ev.clientY + 12 + "px";
    });
    node.addEventListener("mouseleave", () => { tip.style.display = "none"; });
  });
}

// ------------------------------------------------------------------ totals and filters
async function loadStats() {
  const s = await api("/stats");
  $("#totals").innerHTML = `<b>${fmt(s.articles)}</b> articles · <b>${fmt(s.events)}</b> events · ` +
    `<b>${fmt(s.quotes)}</b> quotes · <b>${fmt(s.places)}</b> places`;
  const select = $("#type-select");
  for (const type of Object.keys(s.events_by_type || {}).sort()) {
    select.insertAdjacentHTML("beforeend", `<option value="${esc(type)}">${esc(type)} (${s.events_by_type[type]})</option>`);
  }
  $("#quad-legend").innerHTML = [1, 2, 3, 4].map(q =>
    `<span><i style="background:${QCOLOR[q]}"></i>${q} ${QUAD[q]} (${fmt((s.quad_classes || {})[q])})</span>`).join("") +
    `<span><i style="background:#14273d;height:2px"></i>Goldstein sum (right axis)</span>`;
  return s;
}

function readFilters() {
  const form = $("#filters");
  const f = {};
  for (const name of ["actor", "country", "type", "quad_class", "since", "until", "text"]) {
    const v = form.elements[name].value.trim();
    if (v) f[name] = v;
  }
  return f;
}

function setStatus(text, isError) {
  const node = $("#filter-status");
  node.textContent = text;
  node.style.color = isError ? "#c62828" : "";
}

async function refresh() {
  state.filters = readFilters();
  state.offset = 0;
  try {
    await Promise.all([loadEvents(), loadNetwork(), loadMap()]);
    setStatus(Object.keys(state.filters).length ? "filtered" : "");
  } catch (err) { setStatus(err.message, true); }
}

// ------------------------------------------------------------------ event table
async function loadEvents() {
  const page = await api("/events", {...state.filters, limit: PAGE, offset: state.offset});
  state.total = page.total;
  const rows = page.items.map(e => {
    const loc = e.location ? e.location.name + (e.location.country ? ` (${e.location.country})` : "") : "";
    return `<tr data-article="${esc(e.article_id)}" data-event="${esc(e.id)}">
      <td>${esc(e.date || "")}</td><td><b>${esc(e.type)}</b>${e.mode ? " · " + esc(e.mode) : ""}</td>
      <td>${esc(actorsOf(e.source))}</td><td>${esc(actorsOf(e.target))}</td>
      <td>${e.quad_class ? `<span class="q q${e.quad_class}" title="${esc(QUAD[e.quad_class])}">${e.quad_class}</span>` : ""}</td>
      <td class="num">${e.goldstein == null ? "" : esc(e.goldstein)}</td><td>${esc(e.trigger)}</td>
      <td>${esc(loc)}</td><td class="sentence">${esc(e.sentence)}</td>
      <td><a class="explain" data-explain="${esc(e.id)}">explain</a></td></tr>`;
  });
  $("#events-table tbody").innerHTML = rows.join("") ||
    `<tr><td colspan="10" class="muted">No events match these filters.</td></tr>`;
  const last = Math.min(state.offset + PAGE, state.total);
  $("#events-note").textContent = state.total ? `${state.offset + 1}–${last} of ${fmt(state.total)}` : "0 events";
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = last >= state.total;
}

$("#events-table tbody").addEventListener("click", ev => {
  const row = ev.target.closest("tr[data-article]");
  if (!row) return;
  const explainId = ev.target.getAttribute("data-explain");
  openArticle(row.getAttribute("data-article"), explainId || row.getAttribute("data-event"), Boolean(explainId));
});
$("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
$("#next").addEventListener("click", () => { state.offset += PAGE; loadEvents(); });

// ------------------------------------------------------------------ dyad timeline
async function addDyad(source, target, interval) {
  source = source.trim(); target = target.trim();
  if (!source || !target) return;
  state.dyads = state.dyads.filter(d => !(d.source === source && d.target === target));
  state.dyads.push({source, target});
  if (state.dyads.length > 4) state.dyads.shift();
  state.interval = interval;
  await drawTimeline();
}

async function drawTimeline() {
  const interval = state.interval || "month";
  const series = await Promise.all(state.dyads.map(d =>
    api("/dyads", {source: d.source, target: d.target, interval, since: state.filters.since, until: state.filters.until})));
  $("#dyad-chips").innerHTML = series.map((s, i) =>
    `<span class="chip" data-dyad="${esc(s.source)}→${esc(s.target)}">${esc(s.source)} → ${esc(s.target)}: ` +
    `${s.n} events, Goldstein ${fmt(s.goldstein)}${s.undated ? `, ${s.undated} undated` : ""}` +
    `<button type="button" data-remove="${i}" title="remove">×</button></span>`).join("");
  const box = $("#timeline");
  if (!series.length) {
    box.innerHTML = `<p class="muted">Choose a source and target actor (code, country or name) to compare their ` +
      `cooperation and conflict over time.</p>`;
    return;
  }
  const periods = [...new Set(series.flatMap(s => s.periods.map(p => p.period)))].sort();
  const W = 1100, rowH = 120, padL = 48, padR = 48, top = 14;
  const H = top + series.length * (rowH + 28);
  const band = periods.length ? (W - padL - padR) / periods.length : 1;
  let svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="dyad timeline">`;
  series.forEach((s, i) => {
    const y0 = top + i * (rowH + 28);
    const byPeriod = Object.fromEntries(s.periods.map(p => [p.period, p]));
    const maxN = Math.max(1, ...s.periods.map(p => p.n));
    const maxG = Math.max(1, ...s.periods.map(p => Math.abs(p.goldstein)));
    const base = y0 + rowH;
    svg += `<text x="${padL}" y="${y0 + 2}" font-weight="600">${esc(s.source)} → ${esc(s.target)}</text>`;
    svg += `<line x1="${padL}" x2="${W - padR}" y1="${base}" y2="${base}" stroke="#c9ced6"/>`;
    svg += `<text x="${padL - 6}" y="${y0 + 14}" text-anchor="end">${maxN}</text><text x="${padL - 6}" y="${base}" text-anchor="end">0</text>`;
    svg += `<text x="${W - padR + 6}" y="${y0 + 14}">+${fmt(maxG)}</text><text x="${W - padR + 6}" y="${base}">−${fmt(maxG)}</text>`;
    const mid = y0 + 8 + (rowH - 8) / 2;
    svg += `<line x1="${padL}" x2="${W - padR}" y1="${mid}" y2="${mid}" stroke="#e4e7eb" stroke-dasharray="3 3"/>`;
    const line = [];
    periods.forEach((period, j) => {
      const p = byPeriod[period];
      const w = Math.max(2, Math.min(band * 0.7, 48)), x = padL + j * band + (band - w) / 2;
      if (p) {
        let y = base;
        for (const q of [1, 2, 3, 4]) {
          const n = p.quad_classes[q] || 0;
          if (!n) continue;
          const h = (n / maxN) * (rowH - 8);
          y -= h;
          svg += `<rect class="bar q${q}" x="${x}" y="${y}" width="${w}" height="${h}" fill="${QCOLOR[q]}" ` +
            `data-tip="${esc(period)} · ${esc(QUAD[q])}: ${n}"/>`;
        }
        line.push([x + w / 2, mid - (p.goldstein / maxG) * ((rowH - 8) / 2), p]);
      }
      if (periods.length <= 24 || j % Math.ceil(periods.length / 24) === 0) {
        svg += `<text x="${x + w / 2}" y="${base + 12}" text-anchor="middle">${esc(period)}</text>`;
      }
    });
    if (line.length) {
      svg += `<polyline fill="none" stroke="#14273d" stroke-width="1.5" points="${line.map(([x, y]) => `${x},${y}`).join(" ")}"/>`;
      svg += line.map(([x, y, p]) => `<circle class="gold" cx="${x}" cy="${y}" r="3" fill="#14273d" ` +
        `data-tip="${esc(p.period)} · ${p.n} events · Goldstein ${fmt(p.goldstein)}"/>`).join("");
    }
  });
  box.innerHTML = svg + "</svg>";
  bindTips(box);
}

$("#dyad-form").addEventListener("submit", ev => {
  ev.preventDefault();
  addDyad($("#dyad-source").value, $("#dyad-target").value, $("#dyad-interval").value)
    .catch(err => setStatus(err.message, true));
});
$("#dyad-interval").addEventListener("change", () => { state.interval = $("#dyad-interval").value; drawTimeline(); });
$("#dyad-chips").addEventListener("click", ev => {
  const i = ev.target.getAttribute("data-remove");
  if (i != null) { state.dyads.splice(Number(i), 1); drawTimeline(); }
});

// ------------------------------------------------------------------ actor network
async function loadNetwork() {
  const f = state.filters;
  const graph = await api("/network", {actor: f.actor, country: f.country, type: f.type, quad_class: f.quad_class,
    since: f.since, until: f.until, max_edges: 80});
  $("#network-note").textContent = `${graph.nodes.length} actors, ${graph.edges.length} directed pairs` +
    (graph.truncated ? ` (first ${fmt(graph.events_scanned)} events)` : "");
  const W = 720, H = 360, box = $("#network");
  if (!graph.nodes.length) { box.innerHTML = `<p class="muted">No actor pairs for these filters.</p>`; return; }
  const nodes = graph.nodes.map((n, i) => ({...n, x: W / 2 + 150 * Math.cos(2 * Math.PI * i / graph.nodes.length),
    y: H / 2 + 130 * Math.sin(2 * Math.PI * i / graph.nodes.length), vx: 0, vy: 0}));
  const index = Object.fromEntries(nodes.map(n => [n.id, n]));
  const edges = graph.edges.map(e => ({...e, s: index[e.source], t: index[e.target]}));
  for (let step = 0; step < 300; step++) {  // a small force layout: repulsion, springs, gravity
    const cool = 1 - step / 300;
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
      a.vx += (dx / d2) * 300; a.vy += (dy / d2) * 300;
    }
    for (const e of edges) {
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.max(Math.hypot(dx, dy), 1), f = (d - 90) * 0.03;
      e.s.vx += (dx / d) * f; e.s.vy += (dy / d) * f; e.t.vx -= (dx / d) * f; e.t.vy -= (dy / d) * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.03; n.vy += (H / 2 - n.y) * 0.03;
      n.x = Math.min(W - 40, Math.max(40, n.x + n.vx * cool)); n.y = Math.min(H - 24, Math.max(34, n.y + n.vy * cool));
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }
  const maxN = Math.max(...nodes.map(n => n.n)), maxE = Math.max(...edges.map(e => e.n));
  const radius = n => 5 + 13 * Math.sqrt(n.n / maxN);
  let svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="actor network"><defs>` +
    [1, 2, 3, 4].map(q => `<marker id="arrow${q}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" ` +
      `markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${QCOLOR[q]}"/></marker>`).join("") + `</defs>`;
  for (const e of edges) {
    const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.max(Math.hypot(dx, dy), 1);
    const bend = 0.12, mx = (e.s.x + e.t.x) / 2 - dy * bend, my = (e.s.y + e.t.y) / 2 + dx * bend;
    const ex = e.t.x - (dx / d) * (radius(e.t) + 2), ey = e.t.y - (dy / d) * (radius(e.t) + 2);
    const q = e.quad_class || 1;
    svg += `<path class="edge q${q}" d="M${e.s.x},${e.s.y} Q${mx},${my} ${ex},${ey}" fill="none" stroke="${QCOLOR[q]}" ` +
      `stroke-width="${1 + 4 * e.n / maxE}" stroke-opacity="0.8" marker-end="url(#arrow${q})" ` +
      `data-edge="${esc(e.source)}>${esc(e.target)}" data-tip="${esc(e.source)} → ${esc(e.target)}: ${e.n} events, ` +
      `Goldstein ${fmt(e.goldstein)}, mostly ${esc(QUAD[q])}"/>`;
  }
  for (const n of nodes) {
    svg += `<g class="node" data-node="${esc(n.id)}" data-tip="${esc(n.name || n.id)} (${esc(n.id)}): ${n.n} event roles">` +
      `<circle cx="${n.x}" cy="${n.y}" r="${radius(n)}" fill="#1f4e79" fill-opacity="0.85" stroke="#fff"/>` +
      `<text x="${n.x}" y="${n.y - radius(n) - 3}" text-anchor="middle" font-weight="600">${esc(n.id)}</text></g>`;
  }
  box.innerHTML = svg + "</svg>";
  bindTips(box);
  box.querySelectorAll("path.edge").forEach(path => path.addEventListener("click", () => {
    const [s, t] = path.getAttribute("data-edge").split(">");
    $("#dyad-source").value = s; $("#dyad-target").value = t;
    addDyad(s, t, $("#dyad-interval").value);
  }));
  box.querySelectorAll("g.node").forEach(g => g.addEventListener("click", () => {
    $("#filters").elements.actor.value = g.getAttribute("data-node");
    refresh();
  }));
}

// ------------------------------------------------------------------ map
let basemap = null;
async function loadMap() {
  const f = state.filters;
  const [points, base] = await Promise.all([
    api("/map", {actor: f.actor, country: f.country, type: f.type, quad_class: f.quad_class, since: f.since, until: f.until}),
    basemap ? Promise.resolve(basemap) : api("/map/basemap")]);
  basemap = base;
  const W = 720, H = 360, px = lon => (lon + 180) / 360 * W, py = lat => (90 - lat) / 180 * H;
  let svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="map of located events">` +
    `<rect width="${W}" height="${H}" fill="#eef3f8"/>`;
  const cell = base.step / 360 * W;
  svg += `<g fill="#c9d2dc">` + base.cells.map(([lon, lat]) =>
    `<rect x="${(px(lon) - cell / 2).toFixed(1)}" y="${(py(lat) - cell / 2).toFixed(1)}" width="${cell.toFixed(2)}" height="${cell.toFixed(2)}"/>`).join("") + `</g>`;
  for (let lon = -150; lon <= 150; lon += 30) svg += `<line x1="${px(lon)}" x2="${px(lon)}" y1="0" y2="${H}" stroke="#fff" stroke-width="0.6"/>`;
  for (let lat = -60; lat <= 60; lat += 30) {
    svg += `<line x1="0" x2="${W}" y1="${py(lat)}" y2="${py(lat)}" stroke="#fff" stroke-width="${lat === 0 ? 1.2 : 0.6}"/>` +
      `<text x="3" y="${py(lat) - 2}">${lat}°</text>`;
  }
  const groups = {};
  for (const p of points.items) (groups[`${p.lat},${p.lon}`] = groups[`${p.lat},${p.lon}`] || []).push(p);
  for (const list of Object.values(groups)) {
    const p = list[0], worst = Math.max(...list.map(e => e.quad_class || 1));
    const label = list.map(e => `${e.date || ""} ${e.type} ${e.source.join(";")}→${e.target.join(";")}`).join(" | ");
    svg += `<circle class="pt q${worst}" cx="${px(p.lon)}" cy="${py(p.lat)}" r="${3 + 2 * Math.sqrt(list.length)}" ` +
      `fill="${QCOLOR[worst]}" fill-opacity="0.85" stroke="#fff" data-article="${esc(p.article_id)}" data-event="${esc(p.id)}" ` +
      `data-tip="${esc(p.name)}${p.country ? " (" + esc(p.country) + ")" : ""}: ${list.length} events · ${esc(label)}"/>`;
  }
  $("#map").innerHTML = svg + "</svg>";
  $("#map-note").textContent = `${points.items.length} located of ${fmt(points.events_scanned)} events`;
  bindTips($("#map"));
  $("#map").querySelectorAll("circle.pt").forEach(c => c.addEventListener("click",
    () => openArticle(c.getAttribute("data-article"), c.getAttribute("data-event"), false)));
}

// ------------------------------------------------------------------ article view
function highlighted(text, spans) {
  // Span offsets are Python code points; a JS string counts UTF-16 units (an emoji is two),
  // so the text is cut as an array of code points.
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter(n => n >= 0 && n <= chars.length).sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const over = spans.filter(s => s.start <= a && s.end >= b);
    let piece = esc(chars.slice(a, b).join(""));
    for (const s of over.sort((x, y) => (y.end - y.start) - (x.end - x.start)).reverse()) {
      const ref = s.ref && s.kind === "event" ? ` data-event="${esc(s.ref)}"` : "";
      piece = `<mark class="k-${s.kind}"${ref} title="${esc(s.label || s.kind)}">${piece}</mark>`;
    }
    html += piece;
  }
  return html;
}

async function openArticle(articleId, eventId, explainNow) {
  const a = await api(`/articles/${encodeURIComponent(articleId)}`);
  state.article = a;
  const panel = $("#article-panel");
  panel.hidden = false;
  $("#article-title").textContent = a.title || a.id;
  $("#article-meta").textContent = [a.outlet, a.published, a.id].filter(Boolean).join(" · ");
  $("#article-text").innerHTML = highlighted(a.text, a.spans);
  $("#article-events").innerHTML = a.events.map(e =>
    `<li data-event="${esc(e.id)}"><span class="q q${e.quad_class || ""}">${e.quad_class || "?"}</span> <b>${esc(e.type)}</b> ` +
    `${esc(actorsOf(e.source))} → ${esc(actorsOf(e.target))} <span class="muted">“${esc(e.trigger)}” ${esc(e.date || "")}</span> ` +
    `<a class="explain" data-explain="${esc(e.id)}">explain</a></li>`).join("") || `<li class="muted none">none</li>`;
  $("#article-quotes").innerHTML = a.quotes.map(q =>
    `<li><b>${esc(q.speaker ? q.speaker.name || q.speaker.text : "unknown")}</b>: ${esc(q.text)}</li>`).join("") ||
    `<li class="muted none">none</li>`;
  $("#article-places").innerHTML = a.places.map(p =>
    `<li>${esc(p.text)} → ${esc(p.name)}${p.country ? " (" + esc(p.country) + ")" : ""}` +
    `${p.lat != null ? ` <span class="muted">${fmt(p.lat)}, ${fmt(p.lon)}</span>` : ""}</li>`).join("") ||
    `<li class="muted none">none</li>`;
  $("#explanation").hidden = true;
  panel.scrollIntoView({behavior: "instant", block: "start"});
  if (explainNow && eventId) await showExplanation(eventId);
}

async function showExplanation(eventId) {
  const box = $("#explanation");
  box.hidden = false;
  box.innerHTML = `<p class="muted">Explaining ${esc(eventId)} (recoding the article)…</p>`;
  try {
    const x = await api(`/events/${encodeURIComponent(eventId)}/explain`);
    const actors = x.actors.map(a => `<tr><td>${esc(a.role)}</td><td>“${esc(a.text)}”</td><td>${esc(a.name || "")}</td>` +
      `<td>${esc(a.code || a.country || "")}</td><td class="muted">${esc(a.resolution || "")}</td></tr>`).join("");
    box.innerHTML = `<h3>Why this event exists <code class="id">${esc(eventId)}</code></h3>` +
      `<table><tr><td>type</td><td><b>${esc(x.event.type)}</b> ${esc(x.event.mode || "")} · CAMEO ${esc(x.event.cameo || "–")} · ` +
      `quad ${esc(x.event.quad_class || "–")} · Goldstein ${esc(x.event.goldstein ?? "–")}</td></tr>` +
      `<tr><td>trigger</td><td>“${esc(x.trigger)}”</td></tr><tr><td>rule</td><td id="explain-rule">${esc(x.rule || "–")}</td></tr>` +
      `<tr><td>sentence</td><td>${esc(x.sentence)}</td></tr></table>` +
      (actors ? `<h3>Actors</h3><table>${actors}</table>` : "") +
      `<h3>Stage notes</h3><pre>${esc(JSON.stringify(x.notes, null, 2))}</pre>`;
  } catch (err) {
    box.innerHTML = `<p style="color:#c62828">${esc(err.message)}</p>`;
  }
}

$("#article-panel").addEventListener("click", ev => {
  const id = ev.target.getAttribute("data-explain") ||
    (ev.target.closest("mark[data-event]") || {getAttribute: () => null}).getAttribute("data-event");
  if (id) showExplanation(id);
});
$("#article-close").addEventListener("click", () => { $("#article-panel").hidden = true; });

// ------------------------------------------------------------------ start
$("#filters").addEventListener("submit", ev => { ev.preventDefault(); refresh(); });
$("#reset").addEventListener("click", () => { $("#filters").reset(); refresh(); });

(async function start() {
  try {
    const stats = await loadStats();
    await refresh();
    const first = (stats.top_dyads || [])[0];
    if (first) {
      $("#dyad-source").value = first.source; $("#dyad-target").value = first.target;
      await addDyad(first.source, first.target, "month");
    } else {
      await drawTimeline();
    }
    document.body.setAttribute("data-ready", "1");
  } catch (err) { setStatus(err.message, true); }
})();
