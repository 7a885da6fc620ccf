"""Checks of performance-target tables: scores against their total, scores against weights,
actuals against targets, the budget block, the stated grade, and templates sent back unfilled."""
from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal
from functools import cache
from itertools import pairwise

import patterns
from extractors import regexp
from extractors.context import LIST_NUMBER
from extractors.metadata import by_a_third_party
from extractors.model import Document, Figure, Finding, IndicatorRow
from extractors.performance import is_repeated_sub_row
from extractors.sentences import (clause_start, line_end, line_start, period_end, sentence_end, sentence_end_of_line,
                                  sentence_start)
from extractors.structure import subsections

from .findings import CONTRADICTION, HOLDS, as_warning, finding, number, severity_of, shown, verdict
from .nearby import figures_between, matched_at_offsets
from .rounding import HUNDRED, Interval, interval, ratio_percent, total
from .text import sentences

@cache
def _cues() -> dict:
    tables, scores = patterns.load("tables"), patterns.load("scores")
    return {
        "ceiling": regexp.compile(tables["ceiling_indicator"]),
        "funds_total_row": regexp.compile(tables["funds_total_row"]),
        "sub_row": regexp.compile(tables["sub_row"]),
        "comparators": tables["comparators"],
        "band": regexp.compile(scores["stated_band"]),
        "full_marks_after": regexp.compile(scores["full_marks_after"]),
        "default_bands": [(Decimal(str(b["from"])), b["grade"]) for b in scores["default_band"]],
        "placeholder": regexp.compile(scores["placeholder"], long_text=True),
        "section_score": regexp.compile(scores["section_score"]),
        "group_score_after": matched_at_offsets(scores["group_score_after"]),
        "full_marks_before": regexp.compile(scores["full_marks_before"]),
        "full_marks_bracket": regexp.compile(scores["full_marks_bracket"]),
        "evaluation_score": regexp.compile(scores["evaluation_score"]),
        "groups_follow": regexp.compile(scores["groups_follow"]),
        "groups_follow_next": regexp.compile(scores["groups_follow_next"]),
        "excerpt_caption": regexp.compile(scores["excerpt_caption"]),
        "group_scored_by_name": regexp.compile(scores["group_scored_by_name"]),
        "overall_score": regexp.compile(scores["overall_score"]),
        "closing_total": regexp.compile(scores["closing_total"]),
        "labelled_group_score": regexp.compile(scores["labelled_group_score"]),
        "full_marks_then_score": regexp.compile(scores["full_marks_then_score"]),
        "full_marks_listed": regexp.compile(scores["full_marks_listed"]),
        "out_of_full_marks": regexp.compile(scores["out_of_full_marks"]),
        "score_given": regexp.compile(scores["score_given"]),
        "scored_respectively": regexp.compile(scores["scored_respectively"]),
        "scored_before": regexp.compile(scores["scored_before"]),
        "bonus": regexp.compile(scores["bonus"]),
        "deduction": regexp.compile(scores["deduction"]),
        "rest_full_marks": regexp.compile(scores["rest_full_marks"]),
        "summed_deduction": regexp.compile(scores["summed_deduction"]),
        "hundred_point_scale": regexp.compile(scores["hundred_point_scale"]),
        "total_full_marks": regexp.compile(scores["total_full_marks"]),
        "net_adjustment": regexp.compile(scores["net_adjustment"]),
        "heading_weight": regexp.compile(scores["heading_weight"]),
        "heading_weight_bracket": regexp.compile(scores["heading_weight_bracket"]),
        "heading_marks": regexp.compile(scores["heading_marks"]),
        "score_got": regexp.compile(scores["score_got"]),
        "budget_in_total": regexp.compile(scores["budget_in_total"]),
        "group_weight_cell": regexp.compile(scores["group_weight_cell"]),
        "weight_header": regexp.compile(scores["weight_header"]),
        "missed_in_prose": regexp.compile(scores["missed_in_prose"], long_text=True),
        "self_scorer": regexp.compile(scores["self_scorer"]),
        "evaluator_scorer": regexp.compile(scores["evaluator_scorer"]),
    }


def _total_score(doc: Document) -> Figure | None:
    rows = [r for r in doc.indicator_rows if r.kind == "total" and r.score is not None]
    if rows:
        return rows[-1].score
    if by_a_third_party(doc) and (evaluated := _evaluation_score(doc)) is not None:
        return evaluated    # 评价组核定…综合得分87.5分 … 评价等级为“良”。县级自评得分93分: the evaluator's, its grade's
    return next((f for f in doc.figures if f.field == "self_score"), None) or _evaluation_score(doc)


def _evaluation_score(doc: Document) -> Figure | None:
    """经评价，该项目综合得分92.5分: an evaluation's total in its text where no self-assessed score is stated (a
    third party's score is no self_score, but it is checked alike)."""
    cue = _cues()["evaluation_score"]
    found = [f for f in doc.figures if f.kind == "score" and f.cell is None
             and cue.search(doc.norm[clause_start(doc, f.start):f.start])]
    # (the overall one beside each group's: 综合得分为89分 … 决策指标：…评价得分17.5分; one for each project: no one total)
    overall = [f for f in found if _cues()["overall_score"].search(doc.norm[clause_start(doc, f.start):f.start])]
    return next((group[0] for group in (overall, found) if len({f.value for f in group}) == 1), None)


PARTIAL_ROWS = Decimal("0.5")    # indicator rows whose scores add up to under half the total are not all of them


def score_sum(doc: Document) -> list[Finding]:
    """The indicator rows' scores against the total; where tables of several projects each close with their own
    total row (立才农场…总分 | 97.65, then 红昇农场…总分 | 96), each table's rows against its own."""
    rows = doc.indicator_rows
    ends = [i for i, r in enumerate(rows) if r.kind == "total" and r.score is not None]
    if len({rows[i].table_index for i in ends}) < 2:
        return _score_sum_of(doc, rows, _total_score(doc))
    out = []
    for begin, end in zip([0, *[i + 1 for i in ends[:-1]]], ends):
        out += _score_sum_of(doc, rows[begin:end + 1], rows[end].score)
    return out


def _score_sum_of(doc: Document, rows: list[IndicatorRow], declared: Figure | None) -> list[Finding]:
    counted = [r for i, r in enumerate(rows) if r.kind != "total" and r.score is not None
               and not is_repeated_sub_row(rows, i)]
    # (二级指标 | 分值 | 得分 / 产出数量 | 10 | 10 … 小计 | 30 | 28.5 in a table of its own after the total's: one row's
    # detail, closed by its own subtotal)
    details = {r.table_index for r in counted if r.kind == "subtotal"} - {r.table_index for r in rows if r.kind == "total"}
    if details and len(details) < len({r.table_index for r in counted}):
        counted = [r for r in counted if r.table_index not in details]
    if any(r.kind != "subtotal" for r in counted):
        counted = [r for r in counted if r.kind != "subtotal"]     # (项目立项 | 8 | 7.5 … 决策小计 | 20 | 18: counted once)
    if declared is not None:
        # 县区 | 分配资金 | 县区自评得分 / 武山县 | 1,980 | 93.5 … above the table of the indicators: a table whose rows each
        # score near the whole are the places' own totals, no parts of it
        whole_units = {r.table_index for r in counted} - {r.table_index for r in counted
                                                          if r.score.value * 2 <= declared.value}
        if len(whole_units) < len({r.table_index for r in counted}):
            counted = [r for r in counted if r.table_index not in whole_units]
    # (年度资金总额 | 23706 | … | 10 | 9.92 / 其中：中央资金 | … | 6 | 5.93 / 市级资金 | … | 2 | 2: the levels' scores are the
    # funds row's, counted once in it)
    first_part = next((i for i, r in enumerate(counted) if r.kind == "budget" and _cues()["sub_row"].match(r.label)), 0)
    if first_part and counted[first_part - 1].kind == "budget":
        counted = [r for i, r in enumerate(counted) if i < first_part or r.kind != "budget"]
    if declared is None or len(counted) < 2:
        return []
    budget_scores = [r.score for r in counted if r.kind == "budget"]
    readings = [("全部指标得分", [r.score for r in counted])]
    if len(groups := _groups_by_weight(counted)) < len(counted):
        readings.append(("一级指标得分", [r.score for r in groups]))
    if budget_scores and not _cues()["budget_in_total"].search(doc.norm):
        readings.append(("不含预算执行率得分", [r.score for r in counted if r.kind != "budget"]))
    results = []
    for name, scores in readings:
        value, _ = total(scores)
        # points are exact: a reading holds when the stated total covers the exact sum
        results.append((name, scores, value, HOLDS if interval(declared).contains(value) else CONTRADICTION))
    name, scores, value, result = next((r for r in results if r[3] == HOLDS), results[0])
    budget_cell = _budget_score_in_a_row(doc)
    if result == CONTRADICTION and not budget_scores and budget_cell is not None \
            and interval(declared).contains(value + budget_cell):
        # 预算执行率得分 | | 分值 | 10 | 得分 | 9.9: a label-value row of the funds block the indicator rows leave out
        return [finding("score_sum", "info", f"各项得分合计{number(value)}分，加预算执行率得分{number(budget_cell)}分，"
                        f"与总分{shown(declared)}相符。", [declared, *scores], declared.value, value + budget_cell)]
    if result == CONTRADICTION and any(f.kind == "score" and f.cell is None and f is not declared and f.value == value
                                       and _cues()["section_score"].search(doc.norm, clause_start(doc, f.start), f.start)
                                       and not _cues()["band"].match(doc.norm, f.start)     # (90分（含）以上为“优”)
                                       for f in doc.figures):
        # 三、使用成效方面，指标评价得分56 … a table of its indicators, 10+19+15+12: the section's, not the total's
        return [finding("score_sum", "info", f"表中指标得分合计{number(value)}分，与正文某一部分的得分相同，"
                        f"是该部分的明细，未与总分{shown(declared)}核对。", [declared, *scores])]
    if result == CONTRADICTION and all(score.value * 2 > declared.value for score in scores):
        # 金华镇柑橘产业园提升项目 | 650 | 96 | 优: rows scored each out of the whole, one per project, not parts of it
        return [finding("score_sum", "info", f"表中各行得分（{'、'.join(shown(x) for x in scores[:5])}{'…' if len(scores) > 5 else ''}）各自接近总分，"
                        f"是各项目的得分，未与总分{shown(declared)}相加核对。", [declared, *scores])]
    excerpt = any(_cues()["excerpt_caption"].search(doc.tables[i].caption or "")
                  for i in {r.table_index for r in counted} if i is not None and i < len(doc.tables))
    if result == CONTRADICTION and excerpt:
        return [finding("score_sum", "info", f"表中指标得分合计{number(value)}分；表题写明为节选，未与总分{shown(declared)}"
                        f"核对。", [declared, *scores])]
    weights = [r.weight for r in counted]
    if result == CONTRADICTION and all(weights) and sum(w.value for w in weights) < declared.value \
            and not any(r.kind == "total" for r in rows):
        # 指标 | … | 分值 | 得分 / 5 rows of 10, 10, 10, 20, 10 … 总分95.5分 in the text: rows whose full marks come short of
        # the total scored, in a table that closes with no total of its own, are some of the indicators
        return [finding("score_sum", "info", f"表中指标分值合计{number(sum(w.value for w in weights))}分，少于总分"
                        f"{shown(declared)}，为部分指标，其得分未与总分核对。", [declared, *scores])]
    if result == CONTRADICTION and value < declared.value * PARTIAL_ROWS:
        return [finding("score_sum", "info", f"读到的指标得分合计{number(value)}分，远低于总分{shown(declared)}，"
                        f"表中指标可能未全部列出，未作核对。", [declared, *scores])]
    if result == CONTRADICTION:
        msg = (f"各项得分合计{number(value)}分，与申报总分{shown(declared)}相差{number(value - declared.value)}分"
               f"（{len(scores)}项，按书写值相加）。")
    else:
        note = f"（按{name}的口径）" if name != readings[0][0] or len(readings) > 1 else ""
        msg = f"各项得分合计{number(value)}分，与总分{shown(declared)}相符{note}。"
    return [finding("score_sum", severity_of(result), msg, [declared, *scores], declared.value, value)]


BUDGET_SCORE_ROW = regexp.compile(r"^\s*预算执行(?:率)?(?:得分|情况)?\s*$")
BUDGET_SCORE_LINE = regexp.compile(r"^\s*预算执行(?:率)?得分\s*[:：]?\s*$")
NUMBER = regexp.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*$")


def _groups_by_weight(rows: list[IndicatorRow]) -> list[IndicatorRow]:
    """资金投入|20|19.5 / 其中：县级投入|10|9.5 / 资金到位|10|10 / 资金拨付|10|9.2 / …: the rows that are groups, each followed by
    items whose weights add up to its own (a row followed by none is a group of its own); all the rows where a weight is
    missing."""
    if any(r.weight is None for r in rows):
        return rows
    groups, i = [], 0
    while i < len(rows):
        j, items = i + 1, Decimal(0)
        while j < len(rows) and items < rows[i].weight.value:
            items += rows[j].weight.value
            j += 1
        groups.append(rows[i])
        i = j if items == rows[i].weight.value else i + 1
    return groups


def _budget_score_in_a_row(doc: Document) -> Decimal | None:
    """The score a table row of label-value pairs gives the budget's execution (预算执行率得分 | 分值 | 10 | 得分 | 9.9)."""
    for table in doc.tables:
        rows: dict[int, list] = {}
        for c in table.cells:
            rows.setdefault(c.row, []).append(c)
        for cells in rows.values():
            cells = sorted(cells, key=lambda c: c.col)
            texts = [c.text.strip() for c in cells]
            # (年度资金总额 | 11,705.3 | … ⏎ 分值 | 10分 | 执行率 | 97.33% ⏎ 得分 | 9.73分: the funds block's own score row)
            funds_block = texts and texts[0] == "得分" and any(c.text.strip() == "年度资金总额" for c in table.cells)
            if not texts or not (BUDGET_SCORE_ROW.match(texts[0]) or funds_block):
                continue
            for label, value in zip(texts, texts[1:]):
                if label == "得分" and NUMBER.match(value.removesuffix("分")):
                    return Decimal(value.removesuffix("分"))
            filled = [t for t in texts[1:] if t]
            if BUDGET_SCORE_ROW.match(texts[0]) and len(filled) == 1 and NUMBER.match(filled[0].removesuffix("分")):
                return Decimal(filled[0].removesuffix("分"))     # 预算执行得分 | | … | 9.68: its one number
        # (年度资金总额（万元） | 全年预算数 | … | 分值 | 得分 ⏎ | 10,361.80 | … | 10 | 9.8: the header row of the funds block,
        # its values in the row under it)
        for row, cells in sorted(rows.items()):
            head = {c.text.strip(): c.col for c in cells}
            if cells and min(cells, key=lambda c: c.col).text.strip().startswith("年度资金总额") and "得分" in head:
                under = next((c.text.strip() for c in rows.get(row + 1, []) if c.col == head["得分"]), "")
                if NUMBER.match(under.removesuffix("分")):
                    return Decimal(under.removesuffix("分"))
    # (…执行率 | 97.35% ⏎ 预算执行得分：9.74分（执行率×分值）: a line of its own under the funds block)
    stated = next((f for f in doc.figures if f.kind == "score" and f.cell is None
                   and BUDGET_SCORE_LINE.match(doc.norm[line_start(doc, f.start):f.start])), None)
    return stated.value if stated is not None else None


def _self_score_in_text(doc: Document) -> Figure | None:
    return next((f for f in doc.figures if f.field == "self_score" and f.cell is None), None)


INLINE_HEADING = regexp.compile(r"[。；;]\s*[一二三四五六七八九十]+、")
INLINE_HEADING_REACH = 24


FULL_MARKS_REACH = 6     # characters before a score its 满分 or 分值 is written in


def _full_marks_listed(doc: Document, scored: list[Figure]) -> bool:
    """一级指标设决策、过程、产出、效益四项，权重分别为20分、20分、30分、30分 … 1.决策指标得分18.5分 …: the groups' full
    marks listed before them, as many and adding up to all the points."""
    before = [f for f in doc.figures if f.kind == "score" and f.cell is None and f.end <= scored[0].start]
    lead = next((i for i, f in enumerate(before)
                 if _cues()["full_marks_listed"].search(doc.norm, clause_start(doc, f.start), f.start)), None)
    run = before[lead:lead + len(scored)] if lead is not None else []
    return len(run) == len(scored) and sum(f.value for f in run) == HUNDRED


def section_score_sum(doc: Document) -> list[Finding]:
    """自评得分92.5分 against the scores its sections' headings carry (（一）…自评得分18.5分), with the
    points a 加减分 section adds or takes off; for reports without a scored table."""
    total = _self_score_in_text(doc)
    if total is None or any(r.kind == "total" for r in doc.indicator_rows):
        return []
    cue = _cues()
    scores = sorted((f for f in doc.figures if f.kind == "score" and f is not total and f.cell is None),
                    key=lambda f: f.start)
    starts = [f.start for f in scores]
    for level in sorted({s.level for s in doc.sections}):
        scored, adjustments = [], []
        for section in (s for s in doc.sections if s.level == level):
            heading_end = sentence_end_of_line(doc, section.start)
            figures = scores[bisect_left(starts, section.start):bisect_left(starts, section.end)]
            clause = {id(f): doc.norm[clause_start(doc, f.start):f.start] for f in figures}
            in_heading = [f for f in figures if f.start < heading_end and cue["section_score"].search(clause[id(f)])
                          and not cue["full_marks_before"].search(doc.norm, max(0, f.start - FULL_MARKS_REACH), f.start)]
            # (…指标评价得分14分（满分15分）: the score, not the full marks after it)
            if in_heading:
                # (4.效益指标（分值30分），得分28.9分。其中经济效益10分，得9.6分；…: the group's, before its items)
                own = [f for f in in_heading if "其中" not in doc.norm[section.start:f.start]] or in_heading
                # (（一）产出指标（分值30分，得28分）。…，得10分；…: the group's in its title, before its items' on the line)
                in_title = [f for f in in_heading if f.end <= _title_end(doc, section)]
                scored.extend(_groups_on_one_line(doc, section, in_heading)
                              or _scored_by_its_items(doc, section, in_heading) or in_title[-1:] or own[-1:])
                continue
            if (closing := _closing_score(doc, section, heading_end, figures, clause)) is not None:
                scored.append(closing)
                continue
            own = []
            if section.start <= total.start < section.end:
                continue        # (…加1分。五、自评结论 …使用成效得38分，加分1分，自评总分96.5分: the total's own sentence
                                # restates the adjustments, counted once where they were made)
            for f in figures:
                if cue["net_adjustment"].search(clause[id(f)]):
                    own = []        # (加1.5分；减0.3分；加减分合计加1.2分: the net of those before)
                if cue["bonus"].search(clause[id(f)]):
                    own.append((f, Decimal(1)))
                elif cue["deduction"].search(clause[id(f)]):
                    own.append((f, Decimal(-1)))
            adjustments += own
        if not scored:
            continue
        if len(scored) < 2 or _partial_weights(doc, scored, total):
            return []       # the shallowest scored headings are the parts: one of them, or only some, say nothing
        if all(cue["evaluator_scorer"].search(doc.norm, clause_start(doc, f.start), f.start) for f in scored) \
                and cue["self_scorer"].search(doc.norm, clause_start(doc, total.start), total.start):
            return []       # (1.决策指标：县自评19分，评价得分17.5分。… against 报送的自评总分为96.5分: the evaluator's groups,
                            # not of the county's total; each scorer's against its own is scores_of_two_scorers's)
        inline = [f for f in scores if f not in scored and cue["section_score"].search(doc.norm, clause_start(doc, f.start), f.start)
                  and INLINE_HEADING.search(doc.norm, max(0, f.start - INLINE_HEADING_REACH), f.start)]
        if inline and level == min(s.level for s in doc.sections):
            return []       # …报告如下。一、资金保障方面，指标评价得分19: a heading run into a paragraph, not read as one
        value = sum((f.value for f in scored), Decimal(0)) + sum((sign * f.value for f, sign in adjustments), Decimal(0))
        formula = "+".join(shown(f) for f in scored) + "".join(("+" if sign > 0 else "−") + shown(f) for f, sign in adjustments)
        if interval(total).contains(value):
            msg = f"各部分自评得分{formula}={number(value)}分，与总分{shown(total)}相符。"
            return [finding("score_sum", "info", msg, [total, *scored], total.value, value)]
        msg = f"各部分自评得分{formula}={number(value)}分，与申报的自评得分{shown(total)}相差{number(value - total.value)}分。"
        found = finding("score_sum", "error", msg, [total, *scored, *(f for f, _ in adjustments)], total.value, value)
        if value < total.value and not any(_full_marks_in_its_heading(doc, f) for f in scored) \
                and not _full_marks_listed(doc, scored):
            # (产出与效益指标完成及偏差说明：1.…得10分。2.…得9.4分。… 自评总得分93.85分: items with no full marks may be
            # some of the indicators)
            as_warning(found, "；所列各项未写明分值，未必是全部指标，请核对。")
        return [found]
    return []


def _full_marks_in_its_heading(doc: Document, f: Figure) -> bool:
    """（一）产出指标（分值35分） / 1.产出指标（50分）：… over a score: the heading of its section states its full marks."""
    section = doc.section_at(f.start)
    if section is None:
        return False
    head = doc.norm[section.start:sentence_end_of_line(doc, section.start)]
    return bool(_cues()["heading_weight"].search(head) or _cues()["heading_marks"].match(head))


def _scored_by_its_items(doc: Document, section, in_heading: list[Figure]) -> list[Figure]:
    """1.产出指标（50分）：…，得15分；…，得15分；…，得9分。: a heading whose line lists its items, each scored in a clause
    of its own, and states no score of its own: the items' scores, within its full marks, add up to its score."""
    if len(in_heading) < 2 or "其中" in doc.norm[section.start:in_heading[-1].start] \
            or any(not SCORED_ITEMS_APART.search(doc.norm, a.end, b.start) for a, b in pairwise(in_heading)):
        return []
    marks = _cues()["heading_marks"].match(doc.norm[section.start:in_heading[0].start])
    if marks is None or sum(f.value for f in in_heading) > Decimal(marks.group(1)):
        return []
    return in_heading


SCORED_ITEMS_APART = regexp.compile("[；;]")


def _title_end(doc: Document, section) -> int:
    at = doc.norm.find(section.title, section.start)
    return section.start if at < 0 else at + len(section.title)


def _groups_on_one_line(doc: Document, section, in_heading: list[Figure]) -> list[Figure]:
    """（三）项目决策（分值20分，得19分）；项目过程（分值20分，得18.5分）。: groups run together on one heading line, each
    with its full marks before its score in a clause of its own: each is a group of the heading's level."""
    if len(in_heading) < 2 or "其中" in doc.norm[section.start:in_heading[-1].start]:
        return []
    starts = [section.start]
    for a, b in pairwise(in_heading):
        if (apart := SCORED_ITEMS_APART.search(doc.norm, a.end, b.start)) is None:
            return []
        starts.append(apart.end())
    for start, f in zip(starts, in_heading):
        weights = list(_cues()["heading_weight"].finditer(doc.norm, start, f.start))
        if not weights or f.value > Decimal(weights[-1].group(1)):
            return []
    return in_heading


def _closing_score(doc: Document, section, heading_end: int, figures: list[Figure], clause: dict) -> Figure | None:
    """（一）产出指标（分值35分）… 产出指标得33.5分 / （三）决策指标（分值15分）…扣0.5分，得14.5分: a section whose heading
    states its full marks and whose last score is what it got, named by the heading's words or left after the
    points its sentence took off."""
    cue = _cues()
    weight = cue["heading_weight"].search(doc.norm, section.start, heading_end)
    body = [f for f in figures if f.start >= heading_end]
    if weight is None or not body or body[-1].value > Decimal(weight.group(1)):
        return None
    last = body[-1]
    if not cue["score_got"].search(clause[id(last)]):
        return None
    if len(body) == 1:
        return last         # （四）满意度指标（分值10分） 受益群众满意度：…，得分10分。: its one indicator's
    named = cue["heading_weight_bracket"].sub("", section.title).strip()
    head = doc.norm[sentence_start(doc, last.start):last.start]
    if named and named in head or any(f.start >= sentence_start(doc, last.start)
                                      and cue["deduction"].search(clause[id(f)]) for f in body[:-1]):
        return last
    return None


def nested_score_sums(doc: Document) -> list[Finding]:
    """（一）资金保障情况（分值10分），自评10分 against its items 1.…（分值5分），自评5分 and 2.…（分值5分），
    自评3分: where the items' full marks add up to the heading's, their scores add up to its score."""
    cue = _cues()
    scores = sorted((f for f in doc.figures if f.kind == "score" and f.cell is None), key=lambda f: f.start)
    starts = [f.start for f in scores]
    marked: dict[int, tuple[Figure, Decimal]] = {}       # section start → its heading's score and full marks
    for section in doc.sections:
        heading_end = sentence_end_of_line(doc, section.start)
        in_heading = scores[bisect_left(starts, section.start):bisect_left(starts, heading_end)]
        scored = [f for f in in_heading if cue["section_score"].search(doc.norm[clause_start(doc, f.start):f.start])]
        weight = cue["heading_weight"].search(doc.norm[section.start:heading_end])
        if scored and weight:
            marked[section.start] = (scored[-1], Decimal(weight.group(1)))
    out = []
    children = subsections(doc)
    for parent in doc.sections:
        items = children.get(parent.start, [])
        if parent.start not in marked or len(items) < 2 or any(s.start not in marked for s in items):
            continue
        score, weight = marked[parent.start]
        if sum(marked[s.start][1] for s in items) != weight:
            continue            # not every item of the heading is listed with its marks
        parts = [marked[s.start][0] for s in items]
        value = sum((f.value for f in parts), Decimal(0))
        if interval(score).contains(value):
            continue
        formula = "+".join(shown(f) for f in parts)
        out.append(finding("score_sum", "error", f"{parent.number}各项自评得分{formula}={number(value)}分，与该项自评得分"
                           f"{shown(score)}相差{number(value - score.value)}分。", [score, *parts], score.value, value))
    return out


def _partial_weights(doc: Document, scored: list[Figure], total: Figure) -> bool:
    """Headings that state their full marks (分值10分), or brackets after the scores that do (得分48分（满分50分）), which add
    up to less than the total's: not all parts."""
    weights = []
    for f in scored:
        line = doc.norm[sentence_start(doc, f.start):f.start]
        m = _cues()["full_marks_after"].match(doc.norm, f.end) or _cues()["heading_weight"].search(line)
        if m is None:
            return False
        weights.append(Decimal(m.group(1)))
    return sum(weights) < total.value


GROUP_LABEL = 40    # characters before a group's score its full marks, a reason for points taken off and 得分 stand in


def _group_lines_above(doc: Document, total: Figure) -> list[Figure]:
    """1.决策指标得分18.5分。…扣1.5分。\n2.过程指标得分17.2分。\n…\n综合以上，…总得分为92.7分: a group's score opening each
    numbered line right above the total's line (not the points taken off after it)."""
    groups: list[Figure] = []
    line = line_start(doc, total.start)
    while line > 0:
        above = line_start(doc, line - 1)
        if not LIST_NUMBER.match(doc.norm[above:line]):
            break
        first = next((f for f in figures_between(doc, above, line) if f.kind == "score" and f.cell is None), None)
        if first is None or not _cues()["group_scored_by_name"].search(doc.norm, above, first.start):
            break
        groups.insert(0, first)
        line = above
    return groups


def _groups_on_the_next_line(doc: Document, total: Figure) -> list[Figure]:
    """…综合得分90.5分。\n（二）分项得分。决策指标满分20分，得18分；过程指标满分20分，得17.5分；…: the groups, each out of
    its full marks, on the line right after the total's."""
    start = line_end(doc, total.start) + 1
    end = line_end(doc, start)
    return [f for f in figures_between(doc, start, end) if f.kind == "score" and f.cell is None
            and _cues()["out_of_full_marks"].search(doc.norm, max(start, f.start - GROUP_LABEL), f.start)]


def group_score_sum(doc: Document) -> list[Finding]:
    """自评得分93.5分。其中：部门决策类指标得分18分（满分20分），…: the groups' scores against the total."""
    total = (by_a_third_party(doc) and _evaluation_score(doc)) or _self_score_in_text(doc) or _evaluation_score(doc)
    if total is None or any(r.kind == "total" for r in doc.indicator_rows) \
            or "平均" in doc.norm[clause_start(doc, total.start):total.start]:
        return []       # (16个县（市）自评平均得分92.16分，其中90分以上的14个: an average, with no groups)
    groups = [f for f in doc.figures if f.kind == "score" and f.cell is None and f is not total
              and _cues()["group_score_after"].match(doc.norm, f.end)]
    respectively = False        # the groups are the scores the total's sentence lists one by one
    if len(groups) < 2:     # 产出指标 分值50分 得分49分；效益指标 分值30分 得分29分；…
        # (not 二、绩效评价情况（分值100分，自评得分96.5分）: the total again, over its groups)
        groups = [f for f in doc.figures if f.kind == "score" and f.cell is None and f is not total
                  and f.value != total.value
                  and _cues()["labelled_group_score"].search(doc.norm, max(0, f.start - GROUP_LABEL), f.start)]
        groups = [f for f in groups if not _item_of_a_group(doc, f, groups)]
    if len(groups) < 2:     # 资金执行10分，得9.8分；产出指标50分，得50分；…。综合自评得分98.8分
        line = line_start(doc, total.start)
        groups = [f for f in doc.figures if f.kind == "score" and f.cell is None and f is not total
                  and line_start(doc, f.start) == line
                  and _cues()["full_marks_then_score"].search(doc.norm, max(line, f.start - GROUP_LABEL), f.start)]
    if len(groups) < 2:
        groups = _groups_on_the_next_line(doc, total)
    if len(groups) < 2 and len(listed_so := _scored_respectively(doc, total)) >= 2:
        groups, respectively = listed_so, True
    if len(groups) < 2:
        groups = _group_lines_above(doc, total)
    if len(groups) < 2:
        # 综合得分92.5分，其中决策指标15分，过程指标18.5分，…: the groups after 其中 in the total's sentence
        end = sentence_end(doc, total.end)
        after = [f for f in doc.figures if f.kind == "score" and f.cell is None and total.end <= f.start < end]
        if not after and (lead := _cues()["groups_follow_next"].match(doc.norm, total.end)) is not None:
            end = sentence_end(doc, lead.end())
            after = [f for f in doc.figures if f.kind == "score" and f.cell is None and lead.end() <= f.start < end]
            if not after or not all(_cues()["group_scored_by_name"].search(doc.norm, clause_start(doc, f.start), f.start)
                                    for f in after):
                return []
        elif not after or not _cues()["groups_follow"].match(doc.norm[total.end:after[0].start]):
            return []
        groups = [f for f in after if not _cues()["full_marks_before"].search(doc.norm, total.end, f.start)]
    # (资金投入18.5分（20分）、资金管理27分（30分）: the full marks in brackets after each group's score are none)
    # (…各项合计得分95分，其中使用成效扣3分、项目管理扣2分: points taken off are no group's score)
    groups = [f for f in groups if not _full_marks_bracket(doc, f) and not _alone_in_brackets(doc, f)
              and not _cues()["deduction"].search(doc.norm, max(0, f.start - 3), f.start)]
    if len(groups) < 2:
        return []
    # …，满意度指标10分，预算执行率指标10分: the groups listed with them that give no full marks are groups too
    # (…in one sentence: groups scored one per heading hold their indicators' scores under them)
    start, end = sentence_start(doc, groups[0].start), sentence_end(doc, groups[-1].end)
    # (各县自评得分均在85分以上，全市…自评得分93分，其中…: not what stands before the total)
    since = max(start, total.end) if groups[0].start > total.end else start
    # (…自评得分94.5分。…我县自评94.5分，其中资金投入18.5分…: the total restated before its groups is none of them)
    listed = [f for f in doc.figures if f.kind == "score" and f.cell is None and f is not total and not f.qualifier
              and not (f.value == total.value and _cues()["groups_follow"].match(doc.norm[f.end:f.end + GROUP_LABEL]))
              and since <= f.start < end and not _cues()["full_marks_before"].search(doc.norm, start, f.start)
              and not _alone_in_brackets(doc, f)
              and not _full_marks_bracket(doc, f)
              and not (any(f.end <= g.start and _cues()["full_marks_then_score"].match(doc.norm, f.start, g.start)
                           for g in groups)     # (资金管理30分得28分: the full marks before a group's score)
                       and not _cues()["scored_before"].search(doc.norm, max(0, f.start - GROUP_LABEL), f.start))]
    # (产出指标（50分）得48.5分: the full marks in brackets are no group's score)
    if len(listed) > len(groups) and set(map(id, groups)) <= set(map(id, listed)) \
            and start == sentence_start(doc, groups[-1].start) and not respectively:
        groups = listed
    if len(groups) >= 3 and groups[-1] is not total \
            and _cues()["closing_total"].search(doc.norm, clause_start(doc, groups[-1].start), groups[-1].start):
        # (评价组复核认定：决策得分18.5分、…、效益得分27.5分，合计91分: the groups against their own total, not the self
        # score stated apart)
        total, groups = groups[-1], groups[:-1]
    value = sum((f.value for f in groups), Decimal(0))
    formula = "+".join(shown(f) for f in groups)
    # (…；满意度指标分值10分，得9.6分；另有加分1分: the points its sentence adds after the groups; the points it takes off
    # there, 因…扣2分, say why a group scored less, already counted)
    end = period_end(doc, groups[-1].end)
    for f in (f for f in doc.figures if f.kind == "score" and f.cell is None and groups[-1].end <= f.start < end):
        if _cues()["bonus"].search(doc.norm, max(0, f.start - 3), f.start):
            value += f.value
            formula += "+" + shown(f)
    if not interval(total).contains(value) and _partial_weights(doc, groups, total):
        return []       # （一）产出指标（分值50分，得分48分）…效益…（分值30分）…满意度…（分值10分）: 90 of the marks, not all groups
    if interval(total).contains(value):
        return [finding("score_sum", "info", f"各类指标得分{formula}={number(value)}分，与总分{shown(total)}相符。",
                        [total, *groups], total.value, value)]
    # 基础指标得分93分，加分指标得1分，综合自评得分94分。基础指标中，项目决策…得15分；…: the groups of a subtotal
    # stated beside the total, on its line
    line = line_start(doc, groups[0].start)
    subtotal = next((f for f in doc.figures if f.kind == "score" and f.cell is None and f is not total
                     and all(f is not g for g in groups) and line_start(doc, f.start) == line
                     and interval(f).contains(value)), None)
    if subtotal is not None:
        return [finding("score_sum", "info", f"各类指标得分{formula}={number(value)}分，与{shown(subtotal)}相符。",
                        [subtotal, *groups], subtotal.value, value)]
    stated = "评价得分" if by_a_third_party(doc) and total.field != "self_score" else "自评得分"
    return [finding("score_sum", "error", f"各类指标得分{formula}={number(value)}分，与申报的{stated}{shown(total)}"
                    f"相差{number(value - total.value)}分。", [total, *groups], total.value, value)]


def scores_of_two_scorers(doc: Document) -> list[Finding]:
    """1.决策指标（满分20分）：县自评20分，评价组评定18.5分。\n2.过程指标…: lines in a row, one per group, each with the
    county's score and the evaluator's; each scorer's groups against that scorer's total."""
    c = _cues()
    totals = (("self", _self_score_in_text(doc), "自评得分"), ("evaluator", _evaluation_score(doc), "评价得分"))
    by_line: dict[int, dict[str, Figure]] = {}
    for f in doc.figures:
        if f.kind != "score" or f.cell is not None or _alone_in_brackets(doc, f) or _full_marks_bracket(doc, f) \
                or any(f is total for _, total, _ in totals):
            continue
        clause = doc.norm[clause_start(doc, f.start):f.start]
        scorer = "self" if c["self_scorer"].search(clause) else "evaluator" if c["evaluator_scorer"].search(clause) \
            else ""
        if scorer:
            by_line.setdefault(line_start(doc, f.start), {}).setdefault(scorer, f)
    runs: list[list[dict[str, Figure]]] = []
    last_end = -2
    for at, scored in sorted(by_line.items()):
        if len(scored) != 2:
            last_end = -2
            continue
        if at != last_end + 1:
            runs.append([])
        runs[-1].append(scored)
        last_end = line_end(doc, at)
    out = []
    for run in (r for r in runs if len(r) >= 2):
        for scorer, total, name in totals:
            if total is None:
                continue
            groups = [line[scorer] for line in run]
            value = sum((g.value for g in groups), Decimal(0))
            formula = "+".join(shown(g) for g in groups)
            if interval(total).contains(value):
                out.append(finding("score_sum", "info", f"各类指标{name}{formula}={number(value)}分，与{shown(total)}相符。",
                                   [total, *groups], total.value, value))
            else:
                out.append(finding("score_sum", "error", f"各类指标{name}{formula}={number(value)}分，与{name}"
                                   f"{shown(total)}相差{number(value - total.value)}分。", [total, *groups],
                                   total.value, value))
    return out


def _scored_respectively(doc: Document, total: Figure) -> list[Figure]:
    """…分值分别为20分、20分、30分、30分，我局自评分别得19分、18分、27分、26.5分，自评总分92.5分: the scores listed one by one
    before the total, in its sentence (not the full marks listed before them)."""
    listed = None
    for listed in _cues()["scored_respectively"].finditer(doc.norm, sentence_start(doc, total.start), total.start):
        pass
    return [] if listed is None else [f for f in doc.figures if f.kind == "score" and f.cell is None and f is not total
                                      and listed.end() <= f.start < total.start]


def _item_of_a_group(doc: Document, f: Figure, scored: list[Figure]) -> bool:
    """（一）产出指标：分值50分，自评得分49.5分。其中，…分值10分，得10分；…: a score after 其中 in the line of a group's score
    is one of its items."""
    line = line_start(doc, f.start)
    return any(g.end <= f.start and line_start(doc, g.start) == line and "其中" in doc.norm[g.end:f.start]
               for g in scored)


def _alone_in_brackets(doc: Document, f: Figure) -> bool:
    """（20分）: a score that is all its bracket holds."""
    return doc.norm[f.start - 1:f.start] in ("（", "(") and doc.norm[f.end:f.end + 1] in ("）", ")")


def _full_marks_bracket(doc: Document, f: Figure) -> bool:
    """（各项满分均为25分）: a score inside a bracket that gives full marks is no group's score."""
    return bool(_cues()["full_marks_bracket"].search(doc.norm, max(0, f.start - GROUP_LABEL), f.start))


def score_over_weight(doc: Document) -> list[Finding]:
    out = []
    for row in doc.indicator_rows:
        if row.weight is None or row.score is None or row.kind == "total":
            continue
        if interval(row.score).lo > interval(row.weight).hi:
            out.append(finding("score_over_weight", "warning",
                               f"“{row.label}”得分{shown(row.score)}超过了该指标分值{shown(row.weight)}。",
                               [row.score, row.weight], row.score.value, row.weight.value))
    return out


def _comparator(row: IndicatorRow) -> str:
    written = row.target.qualifier
    if written in _cues()["comparators"]:
        return _cues()["comparators"][written]
    return "<=" if _cues()["ceiling"].search(row.label + row.level2) else ">="


def _full_marks_for_a_missed_target(row: IndicatorRow, op: str) -> list[Finding]:
    """目标≥4754人，实际4604人，得分5 (分值5): a target missed scores less than its full marks; the usual rule gives
    its share of them (5×4604÷4754 = 4.84). A warning, for a province may allow a tolerance."""
    score, weight, target, actual = row.score, row.weight, row.target, row.actual
    if score is None or weight is None or score.value < weight.value or not target.value or not actual.value:
        return []
    share = actual.value / target.value if op in (">=", ">") else target.value / actual.value
    return [finding("score_for_target", "warning",
                    f"“{row.label}”未达到目标，却得满分{shown(score)}；按完成比例计为{number(weight.value * share)}分，请核对。",
                    [score, actual, target], score.value, weight.value * share, places=2)]


def _prose_on_missed_targets(doc: Document) -> str:
    """从表1看，全年培训人数、参训学员就业率和学员满意度均未达到年初目标值，…: the report's own word, outside its
    tables, that targets were missed."""
    for m in _cues()["missed_in_prose"].finditer(doc.norm):
        line = doc.norm[doc.norm.rfind("\n", 0, m.start()) + 1:m.end()]
        if "\t" not in line and "|" not in line:
            return doc.norm[max(m.start() - 30, doc.norm.rfind("\n", 0, m.start()) + 1):m.end()].strip()
    return ""


def target_met(doc: Document) -> list[Finding]:
    out, met = [], []
    told = None
    for row in doc.indicator_rows:
        target, actual = row.target, row.actual
        if target is None or actual is None or target.kind != actual.kind or target.kind == "date":
            continue
        if target.kind == "money" and _cues()["funds_total_row"].search(row.label):
            continue        # 年度资金总额（万元） | 1,406 | 1,352.6: the budget and what was spent of it, scored by its rate
        op = _comparator(row)
        t, a = interval(target), interval(actual)
        missed = {">=": a.hi < t.lo, ">": a.hi <= t.lo, "<=": a.lo > t.hi, "<": a.lo >= t.hi,
                  "=": not a.overlaps(t)}[op]
        if not missed:
            met.append(row)
            continue
        reason = "" if row.reason.strip() in ("—", "-", "无", "/") else row.reason.strip()
        said = "偏差原因"
        if not reason:
            told = _prose_on_missed_targets(doc) if told is None else told
            reason, said = told, "报告正文说明"
        no_reason = not reason
        msg = (f"“{row.label}”目标{shown(target)}，实际完成{shown(actual)}，未达到目标"
               + ("，且未说明偏差原因。" if no_reason else f"；{said}：{reason[:40].rstrip('。')}。"))
        # a target missed and said why is the report's own account: worth reading, no alarm
        out.append(finding("target_met", "warning" if no_reason else "info", msg, [actual, target],
                           actual.value, target.value))
        out += _full_marks_for_a_missed_target(row, op)
    if met:
        out.append(finding("target_met", "info", f"{len(met)}项绩效指标的实际完成值达到了目标值。",
                           [r.actual for r in met]))
    return out


def budget_block_score(doc: Document) -> list[Finding]:
    """The budget block's score where the template scores it as 分值 × 执行率; where the stated 执行率 is
    itself off, the score is also judged against 分值 × 执行数 ÷ 预算数."""
    out = []
    for row in doc.indicator_rows:
        if row.kind != "budget" or not (row.weight and row.score and row.rate):
            continue
        if row.budget and row.executed and row.budget.value:
            ratio = ratio_percent(row.executed, row.budget)
            value = row.weight.value * ratio[0] / HUNDRED
            span = ratio[1].scaled(row.weight.value / HUNDRED)
            if verdict(row.score, value, span) == CONTRADICTION and verdict(row.rate, *ratio) == CONTRADICTION:
                formula = f"{shown(row.weight)}×{shown(row.executed)}÷{shown(row.budget)}"
                out.append(finding("budget_rate", "warning",
                                   f"预算执行得分{shown(row.score)}按申报的执行率{shown(row.rate)}计算，按实际执行率"
                                   f"（{formula}）应为{number(value)}分。", [row.score, row.weight, row.executed, row.budget],
                                   row.score.value, value, places=2))
                continue
        value = row.weight.value * row.rate.value / HUNDRED
        span = Interval(interval(row.weight).lo * interval(row.rate).lo / HUNDRED,
                        interval(row.weight).hi * interval(row.rate).hi / HUNDRED)
        result = verdict(row.score, value, span)
        formula = f"{shown(row.weight)}×{shown(row.rate)}"
        msg = (f"预算执行得分{shown(row.score)}，按分值×执行率（{formula}）为{number(value)}分，"
               + ("相符。" if result != CONTRADICTION else "不一致；若模板另有计分办法请以其为准。"))
        out.append(finding("budget_rate", "info" if result != CONTRADICTION else "warning", msg,
                           [row.score, row.weight, row.rate], row.score.value, value, places=2))
    return out


def _stated_bands(doc: Document) -> list[tuple[Decimal, str]]:
    """The report's own grade bands (90分（含）以上为“优”), or none."""
    stated = {}
    for m in _cues()["band"].finditer(doc.norm):
        stated.setdefault(m.group("grade"), Decimal(m.group("low")))
    return sorted(((low, g) for g, low in stated.items()), reverse=True) if "优" in stated else []


def grade_band(doc: Document) -> list[Finding]:
    score = _total_score(doc)
    if not doc.grade or score is None:
        return []
    stated = _stated_bands(doc)
    expected = next((g for low, g in stated or _cues()["default_bands"] if score.value >= low), "差")
    if expected == doc.grade:
        return [finding("grade_band", "info", f"总分{shown(score)}对应等级“{expected}”，与申报的等级一致。", [score])]
    if not stated:
        # (a province's own bands, unstated in the report, may differ from the usual ones: 93分 is 良 where 优 starts at 95)
        return [finding("grade_band", "warning", f"总分{shown(score)}按通常的评分等级应为“{expected}”，报告申报为"
                        f"“{doc.grade}”；报告未写明等级标准，请核对。", [score], doc.grade, expected)]
    return [finding("grade_band", "error", f"总分{shown(score)}按评分等级应为“{expected}”，报告申报为“{doc.grade}”。",
                    [score], doc.grade, expected)]


def template_left_unfilled(doc: Document) -> list[Finding]:
    placeholders = _cues()["placeholder"].findall(doc.norm)
    if len(placeholders) < 2:
        return []
    shown_ones = "、".join(dict.fromkeys(placeholders))
    return [finding("template_left_unfilled", "warning",
                    f"报告中有{len(placeholders)}处未填写的模板占位符（{shown_ones[:60]}），疑为未填写完整的模板，请退回报送单位补填。",
                    [], Decimal(len(placeholders)), "")]


def group_weights(doc: Document) -> list[Finding]:
    """项目管理13分 | 财务制度 | 4 / (blank) | 组织机构 | 2 / …: a group's full marks in the first cell of its
    rows, against the full marks of its items, the rows down to the next group."""
    cue = _cues()
    out = []
    # each table's marks by row, with their order in the text: a text of many tables is not read again for each
    marks: dict[int, dict[int, list[tuple[int, Figure]]]] = {}
    for n, f in enumerate(doc.figures):
        if f.kind == "score" and f.cell is not None and f.cell.col > 0 and cue["weight_header"].search(f.column_header):
            marks.setdefault(f.table_index, {}).setdefault(f.cell.row, []).append((n, f))
    for index, table in enumerate(doc.tables):
        first = {c.row: doc.text[c.start:c.end].strip() for c in table.cells if c.col == 0}
        rows, by_row = sorted(first), marks.get(index, {})
        for k, row in enumerate(rows):
            text = first[row]
            weight = cue["group_weight_cell"].match(text)
            if not weight:
                continue
            end = next((rows[j] for j in range(k + 1, len(rows)) if first[rows[j]]), max(first) + 1)
            items = [f for _, f in sorted(m for r in range(row, end) for m in by_row.get(r, ()))]
            if len(items) < 2 or len({f.cell.col for f in items}) != 1:
                continue
            value = sum((f.value for f in items), Decimal(0))
            if value != Decimal(weight.group(1)):
                formula = "+".join(shown(f) for f in items)
                out.append(finding("score_sum", "error", f"“{text}”下各项分值{formula}={number(value)}分，与该组的"
                                   f"{weight.group(1)}分不符。", items, Decimal(weight.group(1)), value))
    return out


def scores_after_deductions(doc: Document) -> list[Finding]:
    """满意度指标满分10分，因部分群众不满意扣1分，得9分: in one sentence, the full marks less every deduction is the score."""
    cue = _cues()
    out = []
    for s in sentences(doc):
        scores = [f for f in s.figures if f.kind == "score"]
        if len(scores) < 3:
            continue
        clause = {id(f): doc.norm[clause_start(doc, f.start):f.start] for f in scores}
        full = [f for f in scores if cue["full_marks_before"].search(clause[id(f)])]
        taken = [f for f in scores if cue["deduction"].search(clause[id(f)])]
        given = [f for f in scores if cue["score_given"].search(clause[id(f)])]
        if len(full) != 1 or not taken or len(given) != 1 or not full[0].start < taken[0].start < given[0].start \
                or len(full) + len(taken) + len(given) != len(scores):
            continue
        value = full[0].value - sum((f.value for f in taken), Decimal(0))
        if interval(given[0]).contains(value):
            continue
        formula = "−".join(shown(f) for f in [full[0], *taken])
        out.append(finding("score_sum", "error", f"满分扣分后应得{formula}={number(value)}分，文中写得{shown(given[0])}。",
                           [given[0], full[0], *taken], given[0].value, value))
    return out


def total_after_summed_deductions(doc: Document) -> list[Finding]:
    """本次自评按照百分制评分…。综上，各项共扣5.5分，自评总得分95.5分: on a hundred-point scale, the total is a hundred less the
    points its sentence says were taken off in all."""
    cue = _cues()
    total = _self_score_in_text(doc)
    if total is None or not cue["hundred_point_scale"].search(doc.norm):
        return []
    taken = [f for f in doc.figures if f.kind == "score" and f.cell is None
             and sentence_start(doc, total.start) <= f.start < total.start
             and cue["summed_deduction"].search(doc.norm, clause_start(doc, f.start), f.start)]
    if len(taken) != 1:
        return []
    value = HUNDRED - taken[0].value
    if interval(total).contains(value):
        return [finding("score_sum", "info", f"满分100分共扣{shown(taken[0])}，应得{number(value)}分，与自评得分相符。",
                        [total, taken[0]], total.value, value)]
    return [finding("score_sum", "error", f"满分100分共扣{shown(taken[0])}，应得{number(value)}分，文中写得{shown(total)}。",
                    [total, taken[0]], total.value, value)]


def total_after_deductions(doc: Document) -> list[Finding]:
    """…完成率92.4%…扣1分。…扣0.5分。…扣1分。本次自评满分为100分。…三项指标分别扣分，其余指标均得满分，综合自评得分98.5分:
    the total is the full marks stated on its line less every point taken off before it."""
    cue = _cues()
    total = _self_score_in_text(doc)
    if total is None or not cue["rest_full_marks"].search(doc.norm, sentence_start(doc, total.start), total.start):
        return []
    scores = [f for f in doc.figures if f.kind == "score" and f.cell is None and f.start < total.start]
    full = [f for f in scores if line_start(doc, f.start) == line_start(doc, total.start)
            and cue["total_full_marks"].search(doc.norm, max(0, f.start - FULL_MARKS_REACH), f.start)]
    taken = [f for f in scores if cue["deduction"].search(doc.norm, max(0, f.start - FULL_MARKS_REACH), f.start)]
    if len(full) != 1 or not taken:
        return []
    value = full[0].value - sum((f.value for f in taken), Decimal(0))
    formula = "−".join(shown(f) for f in [full[0], *taken])
    if interval(total).contains(value):
        return [finding("score_sum", "info", f"满分扣分后应得{formula}={number(value)}分，与自评得分相符。",
                        [total, full[0], *taken], total.value, value)]
    return [finding("score_sum", "error", f"满分扣分后应得{formula}={number(value)}分，文中写得{shown(total)}。",
                    [total, full[0], *taken], total.value, value)]


def check_scores(doc: Document) -> list[Finding]:
    groups = section_score_sum(doc) or group_score_sum(doc)
    # (the other scorer's groups, where the groups read so far were one scorer's: 县自评20分，评价组评定18.5分)
    checked = {id(f.figures[0]) for f in groups if f.figures}
    groups += [f for f in scores_of_two_scorers(doc) if id(f.figures[0]) not in checked]
    return (score_sum(doc) + groups + nested_score_sums(doc) + score_over_weight(doc)
            + target_met(doc) + budget_block_score(doc) + grade_band(doc) + template_left_unfilled(doc)
            + group_weights(doc) + scores_after_deductions(doc) + total_after_deductions(doc)
            + total_after_summed_deductions(doc))
