// The review page's behaviour. Report text only ever reaches the page as textContent: nothing from a report
// is parsed as HTML or run. Each document's data is parsed from its JSON block when it is first opened.
(function () {
  "use strict";
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
  const SEVERITY_NAME = { error: "错误", warning: "警告", info: "通过" };
  const rows = $$("#overview tbody tr");
  const parsed = new Map();

  function applyFilters() {
    const sev = $("#f-severity").value, province = $("#f-province").value,
          county = $("#f-county").value.trim(), year = $("#f-year").value;
    let shown = 0;
    for (const tr of rows) {
      const d = tr.dataset;
      const bySeverity = !sev || (sev === "error" && +d.errors > 0) || (sev === "warning" && +d.warnings > 0) ||
        (sev === "clean" && d.status === "ok" && +d.errors === 0 && +d.warnings === 0) ||
        (sev === "failed" && d.status !== "ok");
      const show = bySeverity && (!province || d.province === province) &&
        (!county || d.county.includes(county)) && (!year || d.year === year);
      tr.hidden = !show;
      if (show) shown += 1;
    }
    $("#shown").textContent = String(shown);
  }

  function sortBy(th) {
    const index = th.cellIndex;
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    $$("#overview th").forEach(h => h.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const key = tr => tr.cells[index].dataset.v ?? tr.cells[index].textContent;
    const sorted = rows.slice().sort((a, b) => {
      const x = key(a), y = key(b);
      const nx = parseFloat(x), ny = parseFloat(y);
      const c = (x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "zh");
      return ascending ? c : -c;
    });
    const body = $("#overview tbody");
    sorted.forEach(tr => body.appendChild(tr));
  }

  function load(docId) {
    if (!parsed.has(docId)) {
      const block = document.getElementById("doc-" + docId);
      parsed.set(docId, block ? JSON.parse(block.textContent) : null);
    }
    return parsed.get(docId);
  }

  const tip = document.createElement("div");
  tip.id = "tip";
  tip.hidden = true;
  document.body.appendChild(tip);

  function showTip(mark, doc, fact) {
    const [, kind, start, end, value, unit, field, fieldName, label, section, qualifier] = fact;
    const before = doc.text.slice(Math.max(0, start - 30), start), after = doc.text.slice(end, end + 30);
    tip.textContent = [
      "数值：" + value + (kind === "money" ? " 元" : "") + "（" + kind + "）",
      "单位：" + unit + (qualifier ? "　限定词：" + qualifier : ""),
      "字段：" + (field ? fieldName + "（" + field + "）" : "—"),
      "标签：" + (label || "—"),
      "章节：" + (section || "—"),
      "上下文：…" + before + "【" + doc.text.slice(start, end) + "】" + after + "…",
    ].join("\n");
    const r = mark.getBoundingClientRect();
    tip.style.left = Math.min(r.left, window.innerWidth - 440) + "px";
    tip.style.top = (r.bottom + 6 > window.innerHeight - 140 ? r.top - 130 : r.bottom + 6) + "px";
    tip.hidden = false;
  }

  function renderText(doc, marks) {
    const box = $("#text");
    box.textContent = "";
    const frag = document.createDocumentFragment();
    const facts = doc.facts.slice().sort((a, b) => a[2] - b[2] || b[3] - a[3]);
    let pos = 0;
    for (const fact of facts) {
      const [id, kind, start, end] = fact;
      if (start < pos || end > doc.text.length) continue;   // a figure inside another: the outer one is shown
      if (start > pos) frag.appendChild(document.createTextNode(doc.text.slice(pos, start)));
      const mark = document.createElement("mark");
      mark.className = "fig k-" + String(kind).replace(/[^a-z]/g, "");
      mark.dataset.factId = id;
      mark.tabIndex = 0;
      mark.textContent = doc.text.slice(start, end);
      const show = () => showTip(mark, doc, fact);
      mark.addEventListener("mouseenter", show);
      mark.addEventListener("focus", show);
      mark.addEventListener("mouseleave", () => { tip.hidden = true; });
      mark.addEventListener("blur", () => { tip.hidden = true; });
      frag.appendChild(mark);
      marks.set(id, mark);
      pos = end;
    }
    frag.appendChild(document.createTextNode(doc.text.slice(pos)));
    box.appendChild(frag);
  }

  function choose(li, factIds, marks) {
    $$("#text mark.hl").forEach(m => m.classList.remove("hl"));
    $$("#findings li.chosen").forEach(x => x.classList.remove("chosen"));
    li.classList.add("chosen");
    const found = factIds.map(id => marks.get(id)).filter(Boolean);
    found.forEach(m => m.classList.add("hl"));
    if (found.length) found[0].scrollIntoView({ block: "center" });
  }

  function renderFindings(doc, marks) {
    const list = $("#findings");
    list.textContent = "";
    const findings = doc.findings.slice().sort((a, b) => (SEVERITY_RANK[a[2]] ?? 3) - (SEVERITY_RANK[b[2]] ?? 3));
    for (const [id, rule, severity, message, factIds] of findings) {
      const li = document.createElement("li");
      li.dataset.findingId = id;
      li.tabIndex = 0;
      const badge = document.createElement("span");
      badge.className = "sev sev-" + String(severity).replace(/[^a-z]/g, "");
      badge.textContent = SEVERITY_NAME[severity] || severity;
      const ruleName = document.createElement("span");
      ruleName.className = "rule";
      ruleName.textContent = rule;
      const text = document.createElement("div");
      text.textContent = message;
      li.append(badge, ruleName, text);
      li.addEventListener("click", () => choose(li, factIds, marks));
      li.addEventListener("keydown", e => { if (e.key === "Enter") choose(li, factIds, marks); });
      list.appendChild(li);
    }
    if (!findings.length) list.textContent = "没有核查结果。";
  }

  function showDoc(docId) {
    const doc = load(docId);
    if (!doc) return;
    rows.forEach(tr => tr.classList.toggle("current", tr.dataset.doc === docId));
    $("#doc").hidden = false;
    $("#doc-title").textContent = [doc.province, doc.city, doc.county, doc.year ? doc.year + "年度" : ""].join(" ");
    $("#doc-path").textContent = doc.path + "（" + doc.facts.length + "个数字，" + doc.findings.length + "条核查结果）";
    const marks = new Map();
    renderText(doc, marks);
    renderFindings(doc, marks);
    tip.hidden = true;
    try { history.replaceState(null, "", "#doc-" + docId); } catch (e) { /* some browsers refuse it on file:// */ }
    $("#doc").scrollIntoView({ block: "start" });
  }

  $$("#filters select, #filters input").forEach(el => el.addEventListener("input", applyFilters));
  $$("#overview th").forEach(th => th.addEventListener("click", () => sortBy(th)));
  for (const tr of rows) {
    if (tr.dataset.status !== "ok") continue;
    tr.tabIndex = 0;
    tr.addEventListener("click", () => showDoc(tr.dataset.doc));
    tr.addEventListener("keydown", e => { if (e.key === "Enter") showDoc(tr.dataset.doc); });
  }
  applyFilters();
  if (location.hash.startsWith("#doc-")) showDoc(location.hash.slice(5));
})();
