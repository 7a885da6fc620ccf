"""report.html, built after a run from its output folder: one self-contained page (no network) with an
overview of the documents, the files that failed, charts, and each document's text with its figures
highlighted and its findings beside it, loaded when the reviewer opens it.

Everything from a report is escaped here (html.escape) or reaches the page as JSON that the page's own
script puts in place as text; a Content-Security-Policy lets only that script run.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from decimal import Decimal, InvalidOperation
from html import escape
from itertools import groupby
from pathlib import Path

from extractors.numbers import plain

from . import columns
from .frames import csv_rows

ASSETS = Path(__file__).parent / "report_assets"
OVERVIEW_FIELDS = ["funds_received_total", "funds_spent", "execution_rate", "funds_county_current"]
SEVERITY_COLOURS = {"error": "#d9534f", "warning": "#f0ad4e"}


def _json_block(data) -> str:
    """JSON that cannot end its <script> element early nor be read as markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _restored(table, row: dict) -> dict:
    """A CSV row with text as the report has it (escaping for the page is done here, not by the CSV's guard)."""
    return {c.name: columns.restored(row[c.name]) if c.type == "text" else row[c.name] for c in table}


def _utf16_offsets(text: str) -> list[int] | None:
    """The page's script counts UTF-16 units: past a character outside the BMP (𠀀, rare names) an
    offset moves by one more. None when the text has no such character."""
    if not text or max(text) <= "\uffff":
        return None
    out, extra = [], 0
    for i, ch in enumerate(text):
        out.append(i + extra)
        extra += ord(ch) > 0xFFFF
    out.append(len(text) + extra)
    return out


def _number(value: str) -> Decimal | None:
    try:
        return Decimal(value) if value else None
    except InvalidOperation:
        return None


def _shown(fact: tuple[str, str] | None) -> tuple[str, str]:
    """(text shown, sort key) of a fact's (kind, value): money in 万元."""
    if fact is None:
        return "", ""
    kind, raw = fact
    value = _number(raw)
    if value is None:
        return raw, raw
    if kind == "money":
        return plain(value / 10000), plain(value)
    return plain(value) + ("%" if kind == "percent" else ""), plain(value)


def _bar_chart(title: str, items: list[tuple[str, Decimal, str]], colour: str, unit: str) -> str:
    """Horizontal bars, one per item: (label, value, value as shown)."""
    if not items:
        return ""
    label_w, bar_w, row_h = 150, 360, 16
    top = max(max(v for _, v, _ in items), Decimal(1))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" '
             f'height="{row_h * len(items) + 6}" role="img" aria-label="{escape(title)}">']
    for i, (label, value, shown) in enumerate(items):
        y = i * row_h + 3
        w = float(max(value, Decimal(0)) / top * bar_w)
        parts.append(f'<text x="{label_w - 4}" y="{y + 11}" text-anchor="end">{escape(label)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{row_h - 4}" fill="{colour}"/>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + 11}">{escape(shown)}{escape(unit)}</text>')
    parts.append("</svg>")
    return f'<figure><figcaption>{escape(title)}</figcaption>{"".join(parts)}</figure>'


def _rules_chart(counts: dict[str, dict[str, int]]) -> str:
    """Findings by rule, errors and warnings stacked."""
    items = sorted(counts.items(), key=lambda kv: -(kv[1].get("error", 0) + kv[1].get("warning", 0)))
    items = [(rule, c) for rule, c in items if c.get("error", 0) + c.get("warning", 0)]
    if not items:
        return ""
    label_w, bar_w, row_h = 170, 330, 16
    top = max(c.get("error", 0) + c.get("warning", 0) for _, c in items)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" '
             f'height="{row_h * len(items) + 22}" role="img" aria-label="核查结果（按规则）">']
    for i, (rule, c) in enumerate(items):
        y, x = i * row_h + 3, label_w
        parts.append(f'<text x="{label_w - 4}" y="{y + 11}" text-anchor="end">{escape(rule)}</text>')
        for severity in ("error", "warning"):
            w = c.get(severity, 0) / top * bar_w
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 4}" '
                         f'fill="{SEVERITY_COLOURS[severity]}"/>')
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 11}">{c.get("error", 0)} / {c.get("warning", 0)}</text>')
    y = len(items) * row_h + 16
    parts.append(f'<rect x="{label_w}" y="{y - 9}" width="10" height="10" fill="{SEVERITY_COLOURS["error"]}"/>'
                 f'<text x="{label_w + 14}" y="{y}">错误</text>'
                 f'<rect x="{label_w + 50}" y="{y - 9}" width="10" height="10" fill="{SEVERITY_COLOURS["warning"]}"/>'
                 f'<text x="{label_w + 64}" y="{y}">警告</text></svg>')
    return f'<figure><figcaption>核查结果（按规则：错误 / 警告）</figcaption>{"".join(parts)}</figure>'


def _options(values) -> str:
    return "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in sorted(set(values) - {""}))


def _grouped(rows, key: str = "doc_id"):
    """Consecutive rows with the same key, as (key, rows): a run's CSV files hold each document's rows together."""
    return ((k, list(group)) for k, group in groupby(rows, key=lambda row: row[key]))


def _fact_item(row: dict, fields: dict) -> list:
    """A row of facts.csv for the page, its text columns as the report has them."""
    restored = columns.restored
    return [row["fact_id"], row["kind"], int(row["start"]), int(row["end"]), row["value"], restored(row["unit"]),
            row["field"], fields.get(row["field"], ("", ""))[0], restored(row["label"]), restored(row["section"]),
            restored(row["qualifier"])]


def _finding_item(row: dict) -> list:
    return [row["finding_id"], row["rule"], row["severity"], columns.restored(row["message"]), row["facts"].split()]


def _document_blocks(out: Path, fields: dict, across_of: dict[str, list]):
    """Each document's data as a <script type="application/json"> block, one document at a time: documents.csv,
    facts.csv and findings.csv are read side by side (each holds the documents in the same order)."""
    facts = _grouped(csv_rows(out / "facts.csv"))
    findings = _grouped(row for row in csv_rows(out / "findings.csv") if row["doc_id"])
    next_facts, next_findings = next(facts, None), next(findings, None)
    for d in csv_rows(out / "documents.csv"):
        if d["status"] != "ok":
            continue
        d = _restored(columns.DOCUMENTS, d)
        doc_facts, doc_findings = [], []
        if next_facts and next_facts[0] == d["doc_id"]:
            doc_facts, next_facts = [_fact_item(row, fields) for row in next_facts[1]], next(facts, None)
        if next_findings and next_findings[0] == d["doc_id"]:
            doc_findings, next_findings = [_finding_item(row) for row in next_findings[1]], next(findings, None)
        text_path = out / f"{d['doc_id']}.txt"
        text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
        shift = _utf16_offsets(text)
        if shift:
            doc_facts = [[f[0], f[1], shift[f[2]], shift[f[3]], *f[4:]] for f in doc_facts if f[3] <= len(text)]
        data = {k: d[k] for k in ("doc_id", "path", "province", "city", "county", "year")}
        data.update(text=text, facts=doc_facts, findings=doc_findings + across_of.get(d["doc_id"], []))
        yield f'<script type="application/json" id="doc-{escape(d["doc_id"])}">{_json_block(data)}</script>'
    if next_facts or next_findings:
        left = (next_facts or next_findings)[0]
        raise ValueError(f"the rows of document {left} in {out} are not in the order of documents.csv")


def _overview_row(d: dict, shown: dict[str, tuple[str, str]]) -> str:
    """A document's row of the overview: where it is from, the figures of OVERVIEW_FIELDS, its counts."""
    values = [_shown(shown.get(f)) for f in OVERVIEW_FIELDS]
    cells = [f"<td>{escape(d[k])}</td>" for k in ("province", "city", "county", "year")]
    cells += [f'<td class="num" data-v="{escape(key)}">{escape(text)}</td>' for text, key in values]
    for k, css in (("n_errors", "n-error"), ("n_warnings", "n-warning")):
        flagged = css if d[k] not in ("", "0") else ""
        cells.append(f'<td class="num {flagged}">{escape(d[k])}</td>')
    cells.append(f"<td>{'正常' if d['status'] == 'ok' else '未能读取'}</td><td>{escape(d['path'])}</td>")
    return (f'<tr data-doc="{escape(d["doc_id"])}" data-status="{escape(d["status"])}" '
            f'data-province="{escape(d["province"])}" data-county="{escape(d["county"])}" '
            f'data-year="{escape(d["year"])}" data-errors="{escape(d["n_errors"] or "0")}" '
            f'data-warnings="{escape(d["n_warnings"] or "0")}">{"".join(cells)}</tr>')


def write_review_page(out: Path) -> Path:
    """The page, written as it is made: what the overview, the charts and the counts need is read first
    (a few values per document); each document's text and figures are then read and written one at a time."""
    out = Path(out)
    fields = columns.canonical_fields()
    shown: dict[str, dict[str, tuple[str, str]]] = {}
    n_facts = 0
    for row in csv_rows(out / "facts.csv"):
        n_facts += 1
        if row["field"] in OVERVIEW_FIELDS:
            shown.setdefault(row["doc_id"], {}).setdefault(row["field"], (row["kind"], row["value"]))
    across_of: dict[str, list] = {}
    by_rule: dict[str, dict[str, int]] = {}
    for row in csv_rows(out / "findings.csv"):
        if not row["doc_id"]:       # a finding across documents is shown with each document it names
            item = _finding_item(row)
            for owner in {i.rsplit("-", 1)[0] for i in item[4]}:
                across_of.setdefault(owner, []).append(item)
        counts = by_rule.setdefault(row["rule"], {})
        counts[row["severity"]] = counts.get(row["severity"], 0) + 1

    docs = [{k: v for k, v in _restored(columns.DOCUMENTS, row).items() if k not in ("report_date", "grade")}
            for row in csv_rows(out / "documents.csv")]
    docs.sort(key=lambda d: (d["status"] != "ok", -int(d["n_errors"] or 0), -int(d["n_warnings"] or 0),
                             d["county"], d["year"]))
    heads = ["省", "市", "县", "年度", "到位资金合计（万元）", "实际支出（万元）", "预算执行率", "县级安排资金（万元）",
             "错误", "警告", "状态", "文件"]
    n_ok = sum(d["status"] == "ok" for d in docs)
    script = (ASSETS / "report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    head = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ziping 核查报告</title>
<style>{(ASSETS / "report.css").read_text(encoding="utf-8")}</style></head>
<body>
<header><h1>衔接推进乡村振兴补助资金绩效自评报告 · 核查</h1>
<p>{len(docs)} 份文件（{n_ok} 份已读取，{len(docs) - n_ok} 份未能读取），{n_facts} 个数字。点击一行查看报告原文与核查结果。</p></header>
<main>
<h2>总览</h2>
<div class="filters" id="filters">
<label>问题 <select id="f-severity"><option value="">全部</option><option value="error">有错误</option>
<option value="warning">有警告</option><option value="clean">无错误无警告</option><option value="failed">未能读取</option></select></label>
<label>省 <select id="f-province"><option value="">全部</option>{_options(d["province"] for d in docs)}</select></label>
<label>县 <input id="f-county" type="search" placeholder="县名"></label>
<label>年度 <select id="f-year"><option value="">全部</option>{_options(d["year"] for d in docs)}</select></label>
<span>显示 <b id="shown">{len(docs)}</b> / {len(docs)}</span>
</div>
<div class="overview-wrap"><table id="overview"><thead><tr>{"".join(f"<th>{h}</th>" for h in heads)}</tr></thead>
<tbody>"""
    path = out / "report.html"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(head)
            failed, rates, funds = [], [], []
            for d in docs:
                f.write(_overview_row(d, shown.get(d["doc_id"], {})))
                if d["status"] != "ok":
                    failed.append(f"<tr><td>{escape(d['path'])}</td><td>{escape(d['format'])}</td>"
                                  f"<td>{escape(d['error'])}</td></tr>")
                    continue
                label = f"{d['county']}{d['year']}" if d["county"] else Path(d["path"]).stem
                rate, county_funds = (shown.get(d["doc_id"], {}).get(name)
                                      for name in ("execution_rate", "funds_county_current"))
                if rate and _number(rate[1]) is not None:
                    rates.append((label, _number(rate[1]), plain(_number(rate[1]))))
                if county_funds and _number(county_funds[1]) is not None:
                    wan = _number(county_funds[1]) / 10000
                    funds.append((label, wan, plain(wan)))
            charts = (_bar_chart("预算执行率（按县）", sorted(rates, key=lambda x: x[1]), "#4c78a8", "%")
                      + _bar_chart("县级安排衔接资金（按县）", sorted(funds, key=lambda x: -x[1]), "#54a24b", "万元")
                      + _rules_chart(by_rule))
            f.write(f"""</tbody></table></div>
<section id="doc" hidden>
<div id="doc-head"><h2 id="doc-title"></h2><div id="doc-path"></div>
<div class="legend"><span><mark class="fig k-money">金额</mark></span><span><mark class="fig k-percent">百分比</mark></span>
<span><mark class="fig k-count">数量</mark></span><span><mark class="fig k-date">日期、期限</mark></span>
<span><mark class="fig k-score">分数</mark></span><span><mark class="fig hl">所选核查结果涉及的数字</mark></span></div></div>
<div><h2>核查结果（错误在前）</h2><ul id="findings"></ul></div>
<div><h2>原文</h2><div id="text"></div></div>
</section>
<h2>未能读取的文件（{len(failed)}）</h2>
{f'<table id="failed"><thead><tr><th>文件</th><th>格式</th><th>原因</th></tr></thead><tbody>{"".join(failed)}</tbody></table>' if failed else "<p>无。</p>"}
<h2>图表</h2>
<details open><summary>预算执行率、县级资金、核查结果</summary><div class="charts">{charts}</div></details>
</main>
""")
            for block in _document_blocks(out, fields, across_of):
                f.write(block)
            f.write(f"\n<script>{script}</script>\n</body></html>\n")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
    return path
