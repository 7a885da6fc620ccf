"""Checks inside tables: a total row against the rows above it; a row's total against its sources beside it;
执行率 = 执行数 ÷ 预算数 per row; a cost indicator larger than all the money the table reports."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from extractors import regexp
from extractors.context import PROJECT_ROW, PROJECT_ROWS, lexicon
from extractors.labels import content_words
from extractors.model import Document, Figure, Finding
from extractors.sentences import clause_start, line_end, line_start, period_end, period_start, sentence_start
from extractors.table_figures import cues, level_rows

from .bases import OUTFLOWS, generic_words
from .findings import (CONTRADICTION, amount, as_warning, assumed_sum, finding, percent_finding, shown, sum_finding,
                       verdict)
from .nearby import figures_between
from .rounding import interval, ratio_percent, total
from .text import COUNTED_NOUN, adds_up, cues as relation_cues, measure_class


def _by_table(doc: Document) -> dict[int, list[Figure]]:
    """Each table's figures, one of each kind per cell: in 10（其中，灾情因素6万元） the first is the cell's value and
    the rest its parts."""
    out: dict[int, list[Figure]] = {}
    seen: set[tuple[int, str]] = set()
    for f in doc.figures:
        if f.cell is not None and f.table_index is not None and (id(f.cell), f.kind) not in seen:
            seen.add((id(f.cell), f.kind))
            out.setdefault(f.table_index, []).append(f)
    return out


def _sums_up(f: Figure) -> bool:
    """A 合计 or 小计 row: by the row's first words, or by the label beside the figure (2 | 上杭县 | 小计 | 31)."""
    return bool(cues()["sum_row"].search(f.row_label) or cues()["sum_row"].search(f.label))


def _sub_rows(doc: Document, figures: list[Figure]) -> dict[int, int]:
    """防止返贫监测户 | 74 | 286 / 其中：脱贫不稳定户 | 49 | 192 / 突发严重困难户 | 2 | 9 / … / 合计 | 1044 | 3810: the rows
    a 其中 row opens, each with the row it is part of. Where the rows after it are not marked (their indent lost
    with the layout), as many of them are taken as make the total row add up."""
    by_row: dict[int, list[Figure]] = {}
    for f in figures:
        by_row.setdefault(f.cell.row, []).append(f)
    rows = sorted(by_row)
    label = {r: by_row[r][0].row_label for r in rows}
    totals = [f for f in figures if cues()["sum_row"].search(f.row_label) and f.kind in ("money", "count", "quantity")]
    out: dict[int, int] = {}
    for i, row in enumerate(rows):
        if not cues()["sub_row"].search(label[row]) or not i or row in out:
            continue
        if cues()["sub_row"].search(label[rows[i - 1]]) and rows[i - 1] not in out:
            continue        # (a table cut by a page opens with 其中 rows whose parent stands on the page before)
        parent = out.get(rows[i - 1], rows[i - 1])
        after = [r for r in rows[i + 1:] if not _sums_up(by_row[r][0]) and not cues()["sub_row"].search(label[r])]
        for k in range(len(after) + 1):
            marked = {**out, row: parent, **{r: parent for r in after[:k]}}
            if totals and all(_adds_up_without(figures, t, marked) for t in totals):
                out = marked
                break
        else:
            out[row] = parent
    _rows_under_numbered_groups(by_row, rows, label, out)
    return out


GROUP_ORDINAL = regexp.compile(r"^\s*[一二三四五六七八九十]+[\s、.．]")


def _rows_under_numbered_groups(by_row: dict[int, list[Figure]], rows: list[int], label: dict[int, str],
                                out: dict[int, int]) -> None:
    """一 | 中央资金 | 20,516.40 / 1 | 财政专项扶贫资金 | 8,642.00 / … / 二 | 省级资金 | …: the rows under a group numbered
    一、二 whose amounts add up to the group's are its parts (their own 1, 2 read as figures, not labels)."""
    groups = [r for r in rows if GROUP_ORDINAL.match(label[r])]
    if len(groups) < 2:
        return
    for group, following in zip(groups, groups[1:] + [None]):
        members = [r for r in rows if r > group and (following is None or r < following) and r not in out
                   and not _sums_up(by_row[r][0])]
        whole = next((f for f in by_row[group] if f.kind == "money"), None)
        parts = [next((f for f in by_row[r] if f.kind == "money" and whole is not None and f.cell.col == whole.cell.col),
                      None) for r in members]
        if whole is not None and len(parts) >= 2 and all(parts) and adds_up(whole, parts):
            out.update({r: group for r in members})


def _adds_up_without(figures: list[Figure], whole: Figure, sub_rows: dict[int, int]) -> bool:
    parts = [f for f in figures if f.cell.col == whole.cell.col and f.cell.row < whole.cell.row and f.kind == whole.kind
             and f.cell.row not in sub_rows and not _sums_up(f)]
    return len(parts) >= 2 and adds_up(whole, parts)


def _sub_row_sums(doc: Document, figures: list[Figure], sub_rows: dict[int, int]) -> list[Finding]:
    """The rows a 其中 row opens against the row they are part of, column by column: more than it is an error."""
    out = []
    at = {(f.cell.row, f.cell.col): f for f in figures if f.kind in ("money", "count", "quantity")}
    for parent in set(sub_rows.values()):
        rows = sorted(r for r, p in sub_rows.items() if p == parent)
        for (row, col), whole in at.items():
            parts = [at.get((r, col)) for r in rows]
            if row == parent and len(parts) >= 2 and all(parts):
                found = sum_finding("parts_sum", whole, parts, "表中“其中”各行与所属行", partial=True)
                if found.severity != "info":
                    out.append(found)
    return out


def _total_rows(doc: Document, figures: list[Figure], sub_rows: dict[int, int], elided: bool) -> list[Finding]:
    """elided: a row of the table stands for rows left out, so its rows are only some of each total."""
    out = []
    for whole in figures:
        if not cues()["sum_row"].search(whole.row_label) or whole.kind not in ("money", "count", "quantity") \
                or cues()["per_unit_header"].search(whole.column_header):
            continue
        # a 小计 row sums the rows above it of its group (上杭县 | … / 上杭县 | 小计: the name merged down beside
        # them), else those since the sum row above it; a 合计 row every row that is no sum
        subtotal = cues()["subtotal_row"].search(whole.row_label)
        group = whole.row_label[:subtotal.start()].strip() if subtotal else ""
        above = [f.cell.row for f in figures if f.cell.col == whole.cell.col and f.cell.row < whole.cell.row
                 and _sums_up(f)] if subtotal else []
        first = max(above, default=-1)
        parts = [f for f in figures if f.cell.col == whole.cell.col and first < f.cell.row < whole.cell.row
                 and f.kind == whole.kind and not cues()["sub_row"].search(f.row_label) and not _sums_up(f)
                 and f.cell.row not in sub_rows and f.row_label.startswith(group)]
        if not subtotal and not any(f.cell.col == whole.cell.col and f.cell.row < whole.cell.row for f in figures):
            # 共计 | 2000 | 200 / 阜平县 | 500 | 50 / …: a total row on top sums the rows under it (其中 right under it
            # opens its own parts: 到位资金合计 | 35,217.4 / 其中：中央资金 | 21,345 / 市级资金 | …)
            parts = [f for f in figures if f.cell.col == whole.cell.col and f.cell.row > whole.cell.row
                     and f.kind == whole.kind and not _sums_up(f)
                     and (sub_rows.get(f.cell.row) == whole.cell.row
                          or not cues()["sub_row"].search(f.row_label) and f.cell.row not in sub_rows)]
            if any(_sums_up(f) for f in figures if f.cell.col == whole.cell.col and f.cell.row > whole.cell.row):
                continue        # a table of groups, each with its own sum row
        parts = [f for f in parts if not _another_stage(whole, f)]
        if len(parts) < 2:
            continue
        subtotals = [f for f in figures if f.cell.col == whole.cell.col and f.cell.row < whole.cell.row
                     and f.kind == whole.kind and cues()["subtotal_row"].search(f.row_label)]
        if not subtotal and subtotals:
            groups = {f.row_label[:cues()["subtotal_row"].search(f.row_label).start()].strip() for f in subtotals}
            rest = [f for f in parts if not any(g and f.row_label.startswith(g) for g in groups)]
            if adds_up(whole, subtotals + rest):
                continue        # 合计 of the 小计 rows: a slip inside a group is its 小计's finding
        found = sum_finding("table_total", whole, parts, "表格小计行与其上各行之和" if subtotal else "表格合计行与各行之和",
                            partial=elided)
        blank = {f.cell.row for f in figures if f.kind == whole.kind and f.cell.row < whole.cell.row
                 and not _sums_up(f)} - {f.cell.row for f in parts}
        if found.severity == "error" and blank:     # a row with amounts elsewhere left this column blank: incomplete
            as_warning(found, "；有的行此列留空，请核对是否漏填。")
        elif found.severity == "error" and _cut_in_column(doc, whole):
            as_warning(found, "；此列有的数字被换行截断（如“1268.”），表格可能未读全，请核对。")
        out.append(found)
    return out


STAGES = ("received", "arranged", "budget", "available", "spent", "carryover")


def _another_stage(whole: Figure, f: Figure) -> bool:
    """到位资金合计 | 35,217.4 / 其中：中央资金 | … / 已支出 | 34,986.2 / 结转结余 | 231.2: a row of another stage of the
    funds (spent, carried over) is no part of a total of what came in."""
    stages = measure_class(whole), measure_class(f)
    return all(stage in STAGES for stage in stages) and stages[0] != stages[1]


def _row_sources(doc: Document, figures: list[Figure]) -> list[Finding]:
    """计划投入资金 3069.7 | 中央衔接资金 0 | 省级衔接资金 1000 | 省级财政资金 500 | 其他资金 1596.7: a row's total
    against the sources in the columns right after it."""
    c = cues()
    rows: dict[int, list[Figure]] = {}
    for f in figures:
        if f.kind == "money":
            rows.setdefault(f.cell.row, []).append(f)
    out = []
    for row in rows.values():
        row.sort(key=lambda f: f.cell.col)
        for k, whole in enumerate(row):
            if not c["row_total_header"].search(whole.column_header):
                continue
            parts: list[Figure] = []
            for f in row[k + 1:]:
                before = parts[-1] if parts else whole
                if f.cell.col != before.cell.col + before.cell.colspan or not c["source_header"].search(f.column_header) \
                        or c["row_total_header"].search(f.column_header):
                    break
                parts.append(f)
            if len(parts) >= 2:
                # the sources are all of it where one is the rest (其他, 自筹), or the total is their 小计 or 合计
                complete = any(c["other_source"].search(p.column_header) for p in parts) \
                    or bool(c["sum_row"].fullmatch(whole.column_header.strip()))
                result = sum_finding("parts_sum", whole, parts, "表中各来源资金之和与合计", partial=not complete)
                if result.severity != "info":
                    out.append(result)
                break
    return out


def _row_rates(doc: Document, figures: list[Figure]) -> list[Finding]:
    out = []
    rows: dict[int, list[Figure]] = {}
    for f in figures:
        rows.setdefault(f.cell.row, []).append(f)
    for row in rows.values():
        budgets = [f for f in row if f.role == "budget" and f.kind == "money"]
        # 全年预算数 is the base of 执行率 (B/A), not 年初预算数
        budget = next((f for f in budgets if "全年" in f.column_header or "A" in f.column_header),
                      budgets[-1] if budgets else None)
        rate = next((f for f in row if f.kind == "percent" and "执行率" in f.column_header), None)
        executed = _nearest_before(rate, [f for f in row if f.role == "executed" and f.kind == "money"])
        if budget is None:
            # 资金级次 | 到位金额 | 已支出 | 支出进度 (or 执行率): the money spent over the money received of the row
            rate = rate or next((f for f in row if f.kind == "percent"
                                 and cues()["spent_rate_header"].search(f.column_header)), None)
            money = [f for f in row if f.kind == "money"]
            executed = _nearest_before(rate, [f for f in money if cues()["spent_header"].search(f.column_header)
                                              and not cues()["received_header"].search(f.column_header)])
            # (提前下达 | 清算下达 | 合计 | 已支出 | … | 支出率: over the row's total before the spending, where it has one)
            totals = [f for f in money if cues()["row_total_header"].search(f.column_header)
                      and executed is not None and f.cell.col < executed.cell.col]
            budget = totals[-1] if totals else next(
                (f for f in money if cues()["received_header"].search(f.column_header)), None)
            if budget is None and executed is not None:
                # 项目资金合计 | 已支付 | 支付率: the paid over the row's total funds before it
                budget = _nearest_before(executed, [f for f in money if cues()["row_total_header"].search(f.column_header)])
        if not (budget and executed and rate) or budget.value == 0:
            continue
        value, span = ratio_percent(executed, budget)
        received = [f for f in row if f.kind == "money" and f.value > 0 and f is not budget
                    and cues()["received_header"].search(f.column_header)]
        if verdict(rate, value, span) == CONTRADICTION and len(received) == 1 \
                and not ("全年" in budget.column_header or "A" in budget.column_header):
            # 年初预算数 | 全年到位数 | 全年执行数 | 执行率: the rate of the money that came in, where the year start's budget
            # gives none
            budget = received[0]
            value, span = ratio_percent(executed, budget)
        if verdict(rate, value, span) == CONTRADICTION:
            # 计划总投资 | 其中：衔接资金 | 已支付 | 支付率: the rate is of another amount of the row where one gives it
            for other in row:
                if other.kind == "money" and other is not budget and other is not executed \
                        and other.value >= executed.value and other.cell.col < executed.cell.col \
                        and verdict(rate, *ratio_percent(executed, other)) != CONTRADICTION:
                    budget = other
                    value, span = ratio_percent(executed, budget)
                    break
        label = row[0].row_label.split(" ")[-1] if row[0].row_label else "该行"
        out.append(percent_finding("budget_rate", rate, value, span, f"{shown(executed)}÷{shown(budget)}",
                                   f"{label}执行率", [rate, executed, budget]))
    return out


def _nearest_before(rate: Figure | None, executed: list[Figure]) -> Figure | None:
    """The spending a row's rate is of: the column nearest before the rate (10月15日已支付 | 12月31日已支付 | 支付率:
    the year end's), else the first."""
    before = [f for f in executed if rate is not None and f.cell.col < rate.cell.col]
    return before[-1] if before else executed[0] if executed else None


def _row_shares(doc: Document, figures: list[Figure]) -> list[Finding]:
    """劳务报酬 | 186 … 中央投资 | 370 … 劳务报酬占中央资金比例 | 52.07%: the share against its part and whole in
    the same row, each found by the first two characters of its name in a money column's header."""
    out = []
    rows: dict[int, list[Figure]] = {}
    for f in figures:
        if f.kind == "money":
            rows.setdefault(f.cell.row, []).append(f)
    for pct in (f for f in figures if f.kind == "percent"):
        m = cues()["share_header"].match(pct.column_header.strip())
        if not m:
            continue
        row = rows.get(pct.cell.row, [])
        part = [f for f in row if m.group("part") in f.column_header]
        whole = [f for f in row if f.column_header.startswith(m.group("whole")[:2])]
        if len(part) == 1 and len(whole) == 1 and whole[0].value > 0:
            value, span = ratio_percent(part[0], whole[0])
            out.append(percent_finding("share", pct, value, span, f"{shown(part[0])}÷{shown(whole[0])}",
                                       m.group(), [pct, part[0], whole[0]]))
    return out


def _row_products(doc: Document, figures: list[Figure]) -> list[Finding]:
    """单位 | 扶持对象（人） | 补助标准（元/人·年） | 补助资金（万元） / 全市合计 | 170 | 3000 | 52: in each row the count
    times the standard per unit is the amount. The standard and the count are exact, so only the amount rounds."""
    out = []
    rows: dict[int, list[Figure]] = {}
    for f in figures:
        rows.setdefault(f.cell.row, []).append(f)
    for row in rows.values():
        standards = [(f, m) for f in row
                     if f.kind == "money" and (m := cues()["standard_header"].search(f.column_header))]
        if len(standards) != 1:
            continue
        per, m = standards[0]
        counts = [f for f in row if f.kind in ("count", "quantity") and f.unit.endswith(m.group("per"))]
        amounts = [f for f in row if f.kind == "money" and f is not per
                   and cues()["amount_header"].search(f.column_header)]
        if len(counts) != 1 or len(amounts) != 1:
            continue
        whole, quantity = amounts[0], counts[0]
        value = per.value * quantity.value
        if verdict(whole, value, interval(per).scaled(quantity.value)) == CONTRADICTION:
            out.append(finding("average", "error", f"表中{shown(quantity)}×{shown(per)}计算为{amount(value, whole)}，"
                               f"与该行的{shown(whole)}不符。", [whole, quantity, per], whole.value, value))
    return out


def _merged_totals(doc: Document, figures: list[Figure]) -> list[Finding]:
    """惠安县 | 合计 250 (merged down four rows) | 辋川镇 50 | 山霞镇 50 | …: a total cell merged over several rows
    against the one money column to its right that has an amount in each of those rows."""
    out = []
    for whole in figures:
        if whole.kind != "money" or whole.cell.rowspan < 2 or not cues()["row_total_header"].search(whole.column_header):
            continue
        rows = range(whole.cell.row, whole.cell.row + whole.cell.rowspan)
        columns: dict[int, list[Figure]] = {}
        for f in figures:
            if f.kind == "money" and f.cell.row in rows and f.cell.col > whole.cell.col and f.cell.rowspan == 1:
                columns.setdefault(f.cell.col, []).append(f)
        full = [parts for parts in columns.values() if sorted(f.cell.row for f in parts) == list(rows)]
        if len(full) == 1:
            out.append(sum_finding("parts_sum", whole, full[0], "表中跨行的合计与所跨各行之和"))
    return out


def _cost_over_funds(doc: Document, figures: list[Figure]) -> list[Finding]:
    funds = [f for f in figures if f.kind == "money" and cues()["funds_total_row"].search(f.row_label)]
    if not funds:
        return []
    ceiling = max(funds, key=lambda f: f.value)
    out = []
    for f in figures:
        if f.kind == "money" and cues()["cost_row"].search(f.row_label) and f.value > ceiling.value \
                and not (cues()["cost_of_all_sources"].search(f.row_label)
                         and any(g is not f and g.kind == "money" and g.cell.row == f.cell.row
                                 and g.value > ceiling.value for g in figures)):
            # (项目总投资 | ≤365万元 | 365万元 over funds of 320万元: the whole investment, planned above the funds, is of
            # other sources too)
            out.append(finding("same_figure_differs", "error",
                               f"成本指标{shown(f)}超过了表中年度资金总额{shown(ceiling)}，两者应一致或成本不应超过资金总额。",
                               [f, ceiling], f.value, ceiling.value))
            break
    return out


def _labelled_parts(doc: Document, table_index: int, figures: list[Figure]) -> list[Finding]:
    """按收入性质分：2030.12 / 其中：一般公共预算：1325.68 / 政府性基金拨款：118.82 / 其他资金：585.26, one label
    and number per cell down a column: the parts against the total above them."""
    c = cues()
    cells = {(cell.row, cell.col): cell for cell in doc.tables[table_index].cells}
    at = {(f.cell.row, f.cell.col): f for f in figures if f.kind == "money"}
    out = []
    for (row, col), whole in at.items():
        if not c["labelled_total"].match(whole.label):
            continue
        parts, r = [], row + 1
        while (r, col) in cells and c["labelled_cell"].match(text := doc.text[cells[r, col].start:cells[r, col].end]):
            if r == row + 1 and not c["labelled_parts_intro"].match(text):
                break
            if (r, col) in at:
                parts.append(at[r, col])
            r += 1
        if len(parts) >= 2:
            result = sum_finding("parts_sum", whole, parts, "表中分项与合计")
            if result.severity != "info":
                out.append(result)
    return out


def _rows_named(rows_by_name: dict[str, list[tuple[tuple[str, ...], Figure]]], clause: str) -> int:
    """How many table rows the clause names all the places of."""
    return len({id(f) for name in _names_in(clause) for row, f in rows_by_name.get(name, ())
                if all(n in clause for n in row)})


def _text_against_rows(doc: Document, by_table: dict[int, list[Figure]]) -> list[Finding]:
    """汇溪镇山安村47.2万 in the text, and the row 汇溪镇 | 山安村 | 42.7 of a table with one money column: the same
    place's amount, where the text names exactly one row's places and one amount after them."""
    place = cues()["place_cell"]
    rows_by_name: dict[str, list[tuple[tuple[str, ...], Figure]]] = {}
    for index, figures in by_table.items():
        amounts = [f for f in figures if f.kind == "money" and not _sums_up(f)]
        if len({f.cell.col for f in amounts}) != 1:
            continue        # (援藏资金 | 完成投资: two money columns, and which one the text's amount is, unsaid)
        money = {f.cell.row: f for f in amounts}
        names: dict[int, list[str]] = {}
        projects = set()
        for c in doc.tables[index].cells:
            text = doc.text[c.start:c.end].strip()
            if c.row in money and place.match(text):
                names.setdefault(c.row, []).append(text)
            elif c.row in money and PROJECT_ROW.search(text):
                projects.add(c.row)     # 里耶镇 | 长春村百合种植基地提质项目 | 156万元: one project's, not the place's all
        names = {row: found for row, found in names.items() if row not in projects}
        for row, found in names.items():
            for name in found:
                rows_by_name.setdefault(name, []).append((tuple(found), money[row]))
    if not rows_by_name:
        return []
    named: dict[int, list[tuple[Figure, Figure]]] = {}
    row_names: dict[int, tuple[str, ...]] = {}
    for g in doc.figures:
        if g.kind != "money" or g.cell is not None:
            continue
        clause = doc.norm[max(clause_start(doc, g.start), g.start - NAMES_REACH):g.start]
        candidates = {id(f): (row, f) for name in _names_in(clause) for row, f in rows_by_name.get(name, ())}
        hits = [(row, f) for row, f in candidates.values() if all(n in clause for n in row)]
        whole_clause = COMMA_CLAUSE.split(doc.norm[sentence_start(doc, g.start):g.start])[-1]     # 、 joins, not cuts
        if len(hits) == 1 and _rows_named(rows_by_name, whole_clause) > 1:
            continue        # 辽源市、东丰县、东辽县清洁取暖项目的总投资为25.9395亿元: all of them together
        if len(hits) == 1 and _a_project_of_the_place(clause, hits[0][0]):
            continue        # 太白岔村香菇产业园项目投入资金96.5万元 beside the row 太白岔村 | 248.75: one project of the place
        if len(hits) == 1 and _names_another_measure(doc, g, hits[0][1]):
            continue        # 江华瑶族自治县苦茶产业贷款余额2.13亿元 beside the row's 贴息资金 | 2186.4: another amount of the place
        if len(hits) == 1:
            named.setdefault(id(hits[0][1]), []).append((g, hits[0][1]))
            row_names[id(hits[0][1])] = hits[0][0]
    out = []
    for pairs in named.values():
        if len(pairs) == 1 and not interval(pairs[0][0]).overlaps(interval(pairs[0][1])):
            g, f = pairs[0]
            out.append(finding("same_figure_differs", "error",
                               f"正文中{'、'.join(row_names[id(f)])}为{shown(g)}，表中同一行为"
                               f"{amount(f.value, g)}，两处不一致，请核对。", [g, f], g.value, f.value))
    return out


def _a_project_of_the_place(clause: str, row: tuple[str, ...]) -> bool:
    """The text's amount is of a project its clause names after the row's place, and the row is the place's."""
    project = relation_cues()["project_named"]
    after = clause[max(clause.rfind(name) + len(name) for name in row):]
    return project.search(after) is not None and not any(project.search(name) for name in row)


def _names_another_measure(doc: Document, g: Figure, cell: Figure) -> bool:
    """The text's amount is named by words its row's column header does not hold (贷款余额 against 贴息资金)."""
    header = content_words(cell.column_header) - generic_words()
    clause = doc.norm[clause_start(doc, g.start):g.start]
    own = content_words(clause) - generic_words()
    # (牛战村玫瑰基地当年实现经营收益36.8万元 beside the row's 安排资金 | 186.5, and 各村的扶贫项目资金分别为：丹录村320.00万元
    # beside the row's 分红金额 | 9.62万元: what a place earned is no amount of funds)
    earned = relation_cues()["earnings"]
    row_earned = earned.search(cell.column_header) is not None
    # (其中工卡镇支出3802.16万元 beside the row's 安排资金 | 38,426,500.00: what was spent of what was arranged)
    column_measure = lexicon().measures["money"].last(cell.column_header)
    if column_measure and g.measure and (column_measure in OUTFLOWS) != (g.measure in OUTFLOWS):
        return True
    return bool(header) and bool(own) and header.isdisjoint(own) \
        or earned.search(clause) is not None and not row_earned \
        or row_earned and not earned.search(doc.norm, sentence_start(doc, g.start), g.start)


def _text_against_level_rows(doc: Document, by_table: dict[int, list[Figure]]) -> list[Finding]:
    """其中：中央资金685万元 in the text, and the row 中央财政衔接推进乡村振兴补助资金 | 658 of a table of levels: the same
    level's amount of the report's own funds, where the text states that level's amount once."""
    text = {}
    for g in doc.figures:
        if g.kind == "money" and g.cell is None and g.fund_level and not g.scope and not g.qualifier \
                and not cues()["level_parts_opening"].search(doc.norm, sentence_start(doc, g.start), g.start) \
                and not cues()["level_change"].search(doc.norm, clause_start(doc, g.start), g.start):
            text.setdefault((g.fund_level, g.fund, g.period), []).append(g)
    out = []
    for figures in by_table.values():
        for f in level_rows(figures):
            stated = text.get((f.fund_level, f.fund, f.period), [])
            if len(stated) != 1 or interval(stated[0]).overlaps(interval(f)):
                continue
            g = stated[0]
            # (a row of a level that names no measure is that level's funds: 资金来源 | 金额 | 中央财政衔接资金 17,362.00)
            classes = {measure_class(g), measure_class(f) or "received"}
            if g.measure and len(classes) > 1 and classes != {"arranged", "received"} or g.purpose != f.purpose:
                continue        # 支出 in the text, 到位 in the table; 中央资金用于产业发展 against 中央资金: two amounts
                                # (but 盟级下达配套资金105万元 against 盟级资金 | 到位 150: a level's funds, given or put in)
            out.append(finding("same_figure_differs", "error" if g.measure == f.measure else "warning",
                               f"正文中{g.label[-12:]}为{shown(g)}，表中{f.row_label[:20]}为{amount(f.value, g)}，"
                               f"两处不一致，请核对。", [g, f], g.value, f.value))
    return out


ROW_NAME = 4       # characters a row's name must have for the text's amount of that name to be the row's
ROW_WORDS = 3      # content words a row's name must have to be found in the text in another order
UNIT_BRACKET = regexp.compile(r"\s*[（(][^()（）]{0,10}[)）]\s*$")     # 财政援助资金（亿元）
PER_UNIT_BEFORE = regexp.compile(r"(?:人均|户均|平均|每[人户亩]?)$")


def _text_against_named_rows(doc: Document, by_table: dict[int, list[Figure]]) -> list[Finding]:
    """足额拨付财政援助资金6.59亿元 in the text, and the row 财政援助资金（亿元） | 6.95 of a table: the amount the text
    names as one row names itself, where the row has one amount, no other row has its name and the text states
    one amount of that name. A long name may be written in another order (省财政共向各市县下拨扶贫资金2.3亿元 and the
    row 省财政下拨各市县扶贫资金 | 2.8亿元): every content word of it is in the amount's words."""
    rows: dict[str, list[Figure]] = {}
    for figures in by_table.values():
        per_row: dict[int, list[Figure]] = {}
        for f in figures:
            if f.kind == "money":
                per_row.setdefault(f.cell.row, []).append(f)
        for found in per_row.values():
            name = UNIT_BRACKET.sub("", found[0].row_label).strip()
            if len(found) == 1 and len(name) >= ROW_NAME and not cues()["sum_row"].search(name):
                rows.setdefault(name, []).append(found[0])
    rows = {name: found for name, found in rows.items() if len(found) == 1}
    if not rows:
        return []
    worded = {name: words for name in rows if len(words := content_words(name)) >= ROW_WORDS}
    stated: dict[str, list[Figure]] = {}
    for g in doc.figures:
        if g.kind == "money" and g.cell is None and not g.qualifier:
            # (not 人均地区生产总值 against the row 地区生产总值: an average of what the row totals)
            names = {name for n in range(ROW_NAME, len(g.label) + 1) if (name := g.label[-n:]) in rows
                     and not PER_UNIT_BEFORE.search(g.label, 0, len(g.label) - n)}
            names |= {name for name, words in worded.items() if all(w in g.label for w in words)}
            for name in names:      # looked up, not paired
                stated.setdefault(name, []).append(g)
    out = []
    for name, found in stated.items():
        f = rows[name][0]
        if len(found) == 1 and not interval(found[0]).overlaps(interval(f)) \
                and found[0].scope == f.scope and found[0].period == f.period:
            g = found[0]
            # a warning: that the text's amount is the row's is read from their name alone
            out.append(finding("same_figure_differs", "warning",
                               f"正文中{name}为{shown(g)}，表中{name}为{amount(f.value, g)}，两处不一致；按名称推定为同一数字，"
                               f"请核对。", [g, f], g.value, f.value))
    return out


def _column_name(header: str) -> str:
    """其中：衔接资金（万元） → 衔接资金: a column's name as the text writes it before an amount."""
    return cues()["restated_header_lead"].sub("", UNIT_BRACKET.sub("", header)).strip()


def _text_against_row_cells(doc: Document, by_table: dict[int, list[Figure]]) -> list[Finding]:
    """芒信镇肉牛养殖小区建设项目总投资2,150.6万元，使用衔接资金1,250万元 in the text, and the row 芒信镇肉牛养殖小区
    建设项目 | 2,150.6 | 1,520 | 1,468.3 under 总投资 | 其中：衔接资金 | 已支付: a sentence that names a row and states
    its amounts, each right after its column's name. Where one of them is its cell's (the sentence speaks of that
    row), one that is not is a slip."""
    rows: dict[str, dict[str, Figure] | None] = {}
    for figures in by_table.values():
        per_row: dict[int, list[Figure]] = {}
        for f in figures:
            if f.kind == "money" and not cues()["per_unit_header"].search(f.column_header):
                per_row.setdefault(f.cell.row, []).append(f)
        for found in per_row.values():
            name = UNIT_BRACKET.sub("", found[0].row_label).strip()
            columns = {column: f for f in found if len(column := _column_name(f.column_header)) >= 2}
            if len(columns) >= 2 and len(name) >= ROW_NAME and not _sums_up(found[0]):
                rows[name] = None if name in rows else columns       # a name two rows share is neither's
    rows = {name: columns for name, columns in rows.items() if columns}
    if not rows:
        return []
    name_lengths = sorted({len(name) for name in rows}, reverse=True)
    column_lengths = sorted({len(col) for columns in rows.values() for col in columns}, reverse=True)
    c = cues()
    said: dict[tuple[int, str], list[tuple[Figure, Figure]]] = {}     # (sentence, row) → the text's and the cell's
    row, sentence = "", -1
    for g in doc.figures:
        if g.kind != "money" or g.cell is not None:
            continue
        if (start := sentence_start(doc, g.start)) != sentence:
            row, sentence = "", start
        clause = c["restated_tail"].sub("", doc.norm[clause_start(doc, g.start):g.start])
        row = _named_before_column(clause, rows, name_lengths, column_lengths) or row
        if not row or g.qualifier or g.period not in ("", str(doc.year or "")) or c["restated_part"].search(clause):
            continue            # (…其中第一批衔接资金1,250万元: some of the cell)
        column = max((col for col in rows[row] if clause.endswith(col)), key=len, default="")
        if column and not (c["restated_done"].search(clause) and measure_class(rows[row][column]) != "spent"):
            said.setdefault((sentence, row), []).append((g, rows[row][column]))   # (已使用衔接资金…: spent, no allocation)
    out = []
    for (_, name), pairs in said.items():
        agreeing = [f for g, f in pairs if interval(g).overlaps(interval(f))]
        for g, f in pairs:
            if agreeing and not interval(g).overlaps(interval(f)):
                out.append(finding("same_figure_differs", "error",
                                   f"正文中{name}的{_column_name(f.column_header)}为{shown(g)}，表中该行为"
                                   f"{amount(f.value, g)}；同一句中该行的{_column_name(agreeing[0].column_header)}"
                                   f"与表中相符，两处应为同一数字。", [g, f], g.value, f.value))
    return out


def _named_before_column(clause: str, rows: dict[str, dict[str, Figure]], name_lengths: list[int],
                         column_lengths: list[int]) -> str:
    """The row whose name stands right before one of its columns' names at the end of the clause (…建设项目总投资)."""
    for column_length in column_lengths:
        head = clause[:len(clause) - column_length].removesuffix("的")
        for name_length in name_lengths:
            if (name := head[-name_length:]) in rows and clause[-column_length:] in rows[name]:
                return name
    return ""


# the totals of a column's kind and unit the text states that it is compared with, on each side of its table: a
# report states a few (4 at most in the corpus), an export of many reports one for each, which its other reports'
# tables are not compared with one by one
STATED_AROUND = 10


YEAR_ROW = regexp.compile(r"^\s*(?:19|20)\d{2}\s*年?度?\s*$")


def _text_total_of_a_column(doc: Document, by_table: dict[int, list[Figure]]) -> list[Finding]:
    """全年共安置贫困人员2829人 in the text, and a table with no total row whose column 安置贫困人员（人） holds
    265 | 1475 | 467 | 613: the column's sum against the total the text states of the same thing, or of each table
    right below a total whose period points to them (共安排189个…。项目按地域和产业分布见下表). A warning, for the text
    may count rows the table leaves out."""
    stated: dict[tuple[str, str], list[Figure]] = {}
    pointing: list[Figure] = []         # totals whose paragraph points to the tables below
    for f in doc.figures:
        if f.cell is None and f.kind in ("count", "money"):
            if relation_cues()["column_total"].search(doc.norm, clause_start(doc, f.start), f.start):
                stated.setdefault((f.kind, f.unit), []).append(f)
            if _says_see_below(doc, f) and _alone_in_its_paragraph(doc, f):
                pointing.append(f)
    starts = {key: [f.start for f in group] for key, group in stated.items()}
    out = []
    for index, figures in by_table.items():
        columns: dict[int, list[Figure]] = {}
        for f in figures:
            columns.setdefault(f.cell.col, []).append(f)
        # (2014年 | 15,880 / 2015年 | 17,050 / 增减额 | 1,170: rows of years are no parts of one year's total; nor are the
        # rows of an amount per unit, 亩均投资（万元/亩） | 7.02 | 6.65 …)
        summable = [column for column in columns.values() if len(column) >= 3 and not any(_sums_up(f) for f in column)
                    and len({(f.kind, f.unit) for f in column}) == 1
                    and sum(bool(YEAR_ROW.match(f.row_label)) for f in column) < 2
                    and not cues()["per_unit_header"].search(column[0].column_header)]
        for column in summable:
            header = content_words(column[0].column_header)
            key = (column[0].kind, column[0].unit)
            at = bisect_left(starts.get(key, []), column[0].start)
            named = [whole for whole in stated.get(key, [])[max(0, at - STATED_AROUND):at + STATED_AROUND]
                     if len((content_words(whole.label) & header) - generic_words()) >= 2]
            # (the total a paragraph points to the table with may be written in another unit: 1.2亿元 over 万元 rows)
            # (…of a table with one such column only)
            pointed = [whole for whole in pointing if whole.kind == key[0] and whole not in named
                       and (whole.kind == "money" or whole.unit == key[1])
                       and sum(c[0].kind == whole.kind for c in summable) == 1
                       and _points_below(doc, whole, doc.tables[index].start)
                       and (whole.kind == "money" or _count_the_same_things(doc, whole, column))]
            counted = [whole for whole in [_total_with_its_count(doc, doc.tables[index].start, len(column))]
                       if whole is not None and key[0] == "money" and whole not in named + pointed
                       and sum(c[0].kind == "money" for c in summable) == 1]
            for whole in named + pointed + counted:
                # (地区生产总值 | 380.35 / 第一产业 | 64.99 / …: a column that restates the total above its parts)
                restated = [f for f in (column[0], column[-1]) if interval(f).overlaps(interval(whole))]
                parts = [f for f in column if f not in restated] if len(restated) == 1 else column
                if len(parts) >= 2:
                    out += assumed_sum("parts_sum", whole, parts, "正文写明的总数与表中该列各行之和", "；表中可能未列全，请核对。")
    return out


LINES_ABOVE = 2     # the paragraphs above a table (its caption and the text before it) that may count its rows
COUNTED_REACH = 4   # characters after a count its noun may stand in (3个项目)


def _total_with_its_count(doc: Document, table_start: int, rows: int) -> Figure | None:
    """…协议帮扶资金350万元，安排实施项目3个… right above a table of three projects' amounts: the paragraph's one amount
    is the total of the projects it counts, as many as the table has rows."""
    start = table_start
    for _ in range(LINES_ABOVE):
        start = line_start(doc, max(0, start - 1))
    above = [f for f in figures_between(doc, start, table_start) if f.cell is None]
    money = [f for f in above if f.kind == "money"]
    if len(money) != 1:
        return None
    whole = money[0]
    counts = [g for g in above if g.kind == "count" and g.start > whole.end and g.value == rows
              and period_start(doc, g.start) == period_start(doc, whole.start)
              and relation_cues()["projects_counted"].search(doc.norm, clause_start(doc, g.start), g.end + COUNTED_REACH)]
    return whole if len(counts) == 1 else None


def _count_the_same_things(doc: Document, whole: Figure, column: list[Figure]) -> bool:
    """项目按三个批次组织实施 above cells 临城镇等八个乡镇… | 道路工程25个村庄: batches are no towns; a cell's bare count
    names nothing after it."""
    def noun(f: Figure) -> str:
        m = COUNTED_NOUN.match(doc.norm, f.end)
        return m.group()[:2] if m else ""
    named = noun(whole)
    return not named or all(noun(f) in ("", named) for f in column)


def _alone_in_its_paragraph(doc: Document, f: Figure) -> bool:
    """The one figure of its kind in its paragraph (其中下达我市1.2亿元，分配到…三个区县，具体如下表)."""
    return sum(g.kind == f.kind and g.cell is None
               for g in figures_between(doc, line_start(doc, f.start), line_end(doc, f.end))) == 1


def _says_see_below(doc: Document, f: Figure) -> bool:
    """The figure's paragraph says its breakdown is in the tables below (…见下表, 具体如下表), not some of it
    (主要支出项目完成情况见下表)."""
    pointer = relation_cues()["see_below"].search(doc.norm, f.end, line_end(doc, f.end))
    return pointer is not None and not relation_cues()["partial"].search(doc.norm, f.end, pointer.start())


def _points_below(doc: Document, f: Figure, table_start: int) -> bool:
    """…and no figure of its kind and unit stands in the text between it and the table."""
    return f.end < table_start and _says_see_below(doc, f) \
        and not any(g.cell is None and g.kind == f.kind and g.unit == f.unit
                    for g in figures_between(doc, f.end, table_start))


LONGEST_PLACE = 11
COMMA_CLAUSE = regexp.compile(r"[，,；;：:]")
NAMES_REACH = 40        # characters before a text amount its places are named in (汇溪镇山安村47.2万)


def _names_in(text: str) -> set[str]:
    """Every stretch of the text that could be a place's name (ends as one does, at most 11 characters):
    汇溪镇山安村 → 汇溪镇, 溪镇, …, 山安村, 安村, 镇山安村…; looked up, not matched."""
    ends = cues()["place_ends"]
    return {text[i:end + 1] for end, ch in enumerate(text) if ch in ends
            for i in range(max(0, end + 1 - LONGEST_PLACE), end)}


POINTER_RIGHT_AFTER = regexp.compile(r"\s*[(（]\s*")     # 7,962.4万元（见附件）


def _text_against_attached_table(doc: Document, by_table: dict[int, list[Figure]]) -> list[Finding]:
    """现下达…资金294.424万元，各村分配数额详见附件1 … 附件1 | 合计 | 299.424: the amount the text states
    against the total of the first table after it (its 合计 row, in the row's total column; or its 合计 column, in a
    table of one row of amounts: 县 | 袁州 | … | 合计 / 金额 | 439 | … | 5646). The words that point to the table may
    close a later period of the amount's paragraph (…下达我市5464万元，专项用于…。…各县分配额度见附表1), if no other
    amount stands between."""
    see, attached = relation_cues()["see_table"], relation_cues()["attachment_line"]
    out = []
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    with_figures = sorted((doc.tables[i].start, i) for i in by_table)
    starts = [start for start, _ in with_figures]
    for n, f in enumerate(money):
        start, end = period_start(doc, f.start), period_end(doc, f.end)
        after = bisect_right(starts, f.end)
        table = with_figures[after][1] if after < len(with_figures) else None
        if f.qualifier or n and money[n - 1].start >= start or table is None:
            continue
        # the period's first amount, and the period says its breakdown is in the table; or a notice's one amount
        # before its attachment line (附件：…安排表)
        line = attached.search(doc.norm, f.end, doc.tables[table].start) if n == 0 else None
        pointer = see.search(doc.norm, f.end, line_end(doc, f.end))
        points = pointer is not None and (pointer.start() < end or n + 1 == len(money)
                                          or money[n + 1].start > pointer.start())
        if not points and not (line and (len(money) == 1 or money[1].start > line.start())):
            continue
        if pointer is not None and any(g.start < pointer.start() and g.value > f.value and relation_cues()["sums_up"].search(
                doc.norm, clause_start(doc, g.start), g.start) for g in money[n + 1:]):
            continue        # 一是收回…226.252万元，二是收回…24.799034万元，合计收回251.051034万元（明细见附表）: the sum's
        # (…总投资1.38亿元，其中使用衔接资金7,962.4万元（见附件）: the amount the pointer's bracket follows)
        f = next((g for g in money[n + 1:] if pointer is not None and g.end <= pointer.start()
                  and POINTER_RIGHT_AFTER.fullmatch(doc.norm, g.end, pointer.start())), f)
        totals = [g for g in by_table[table] if g.kind == "money" and cues()["sum_row"].search(g.row_label)]
        if not totals and len({g.cell.row for g in by_table[table] if g.kind == "money"}) == 1:
            totals = [g for g in by_table[table] if g.kind == "money" and cues()["sum_row"].search(g.column_header)]
        if len(totals) > 1:     # 小计 rows and the 合计 of them: the table's total is the 合计
            totals = [g for g in totals if not cues()["subtotal_row"].search(g.row_label)]
        if len({g.cell.row for g in totals}) == 1 and len(totals) > 1:
            # 分项合计 | 39 | 240 | 20 | 299: the row's own total column
            totals = [g for g in totals if cues()["row_total_header"].search(g.column_header)][-1:]
        if len(totals) != 1:
            continue
        total_row = totals[0]
        if f.value / 2 < total_row.value < f.value * 2 and not interval(f).overlaps(interval(total_row)):
            out.append(finding("same_figure_differs", "error",
                               f"正文写{shown(f)}，并称明细见附表，而附表合计为{amount(total_row.value, f)}，"
                               f"相差{amount(total_row.value - f.value, f)}，请核对。",
                               [f, total_row], f.value, total_row.value))
        return out          # the first amount that points to a table is the one it totals
    return out


NUMBERED_LEVELS = [regexp.compile(p) for p in (r"^\s*[一二三四五六七八九十]+\s*[、.．]", r"^\s*[(（]\s*[一二三四五六七八九十]+\s*[)）]",
                                               r"^\s*\d{1,2}\s*[.．、](?!\d)", r"^\s*[(（]\s*\d{1,2}\s*[)）]")]


def _level_of(label: str) -> int | None:
    return next((n for n, level in enumerate(NUMBERED_LEVELS) if level.match(label)), None)


def _numbered_rows(doc: Document, table_index: int, figures: list[Figure]) -> list[Finding]:
    """二、转移性支出 | 13.41 / 1.上解支出 | 4.42 / 2.政府债务还本支出 | 8.59 / 3.安排预算稳定调节基金 | 0.4 / 4.结转下年 |
    (blank): a numbered row against the rows numbered one level under it, in the column beside their labels (a
    table of two sides, 收入 | 执行数 | 支出 | 执行数, has two). Where a part is left blank the parts are some of it."""
    text = {(c.row, c.col): c.text.strip() for c in doc.tables[table_index].cells}
    at = {(f.cell.row, f.cell.col): f for f in figures if f.kind in ("money", "count", "quantity")}
    out = []
    for col in sorted({col for _, col in at}):
        numbered = {row for row, c in text if c == col - 1 and _level_of(text[(row, col - 1)]) is not None}
        rows = sorted(numbered)
        for i, row in enumerate(rows):
            parent, level = at.get((row, col)), _level_of(text[(row, col - 1)])
            if parent is None:
                continue
            children, child_level = [], None
            for r in rows[i + 1:]:
                lv = _level_of(text[(r, col - 1)])
                if lv <= level:
                    break
                child_level = lv if child_level is None else child_level
                if lv == child_level:
                    children.append(r)
            parts = [at[(r, col)] for r in children if (r, col) in at]
            if len(children) < 2 or len(parts) < 2 or any(p.kind != parent.kind for p in parts) \
                    or any(r not in numbered for r in range(row + 1, children[-1] + 1)):
                continue        # (and no unnumbered row among them)
            blank = len(parts) < len(children)
            found = sum_finding("table_total", parent, parts, "表中编号行与其下一级各行之和", partial=blank)
            if found.severity == "error" and not blank and total(parts)[0] < parent.value:
                as_warning(found, "；所列分项可能不全，请核对。")
            if found.severity != "info":
                out.append(found)
    return out


CUT_NUMBER = regexp.compile(r"\d+[.．]")    # 1268. | … / 5: a number the layout wrapped over two rows


def _cut_in_column(doc: Document, f: Figure) -> bool:
    """A cell of the figure's column holds a number cut short at its decimal point (a PDF's wrapped cell)."""
    return f.table_index is not None and any(c.col == f.cell.col and CUT_NUMBER.fullmatch(c.text.strip())
                                             for c in doc.tables[f.table_index].cells)


LATER_STAGES = ("spent", "paid", "carryover", "rate")     # what was done with the money, not what was put in


def _text_against_project_table_total(doc: Document, by_table: dict[int, list[Figure]]) -> list[Finding]:
    """上表6个项目共安排资金4,211.3万元 in the text, and the 合计 row 4,121.3 of the table of those projects: one total
    twice, checked where the table states one total of the text's stage."""
    totals = {index: [f for f in figures if f.scope == PROJECT_ROWS and f.kind == "money"]
              for index, figures in by_table.items()}
    out = []
    for g in doc.figures:
        if g.cell is not None or g.kind != "money" or not g.scope.startswith("项目:") or "表" not in g.scope:
            continue
        index = max((i for i, cells in totals.items() if cells and doc.tables[i].start < g.start), default=None,
                    key=lambda i: doc.tables[i].start)
        if index is None:
            continue
        done = measure_class(g) in LATER_STAGES
        same_stage = [f for f in totals[index] if (measure_class(f) in LATER_STAGES) == done
                      and (not done or measure_class(f) == measure_class(g))]
        if len(same_stage) != 1 or interval(same_stage[0]).overlaps(interval(g)):
            continue
        cell = same_stage[0]
        out.append(finding("same_figure_differs", "error",
                           f"正文写表中各项目合计为{shown(g)}，表中合计行为{amount(cell.value, g)}，两处不一致，请核对。",
                           [g, cell], g.value, cell.value))
    return out


def _text_against_task_rows(doc: Document, by_table: dict[int, list[Figure]]) -> list[Finding]:
    """（二）以工代赈任务。以工代赈任务下达资金1,058万元 in the text, and the row 中央：以工代赈任务 | 1,085 under 下达资金: one
    task's amount of one stage, stated twice."""
    task = lexicon().task_heading
    cells: dict[tuple[str, str], list[Figure]] = {}
    for figures in by_table.values():
        for f in figures:
            if f.kind == "money" and f.scope.startswith("分项:") and (named := task.search(f.scope)):
                cells.setdefault((named.group(), measure_class(f)), []).append(f)
    out, seen = [], set()
    for g in doc.figures:
        if g.cell is not None or g.kind != "money" or not (named := task.search(g.scope)) or not g.measure \
                or g.purpose or named.group() not in doc.norm[sentence_start(doc, g.start):g.start]:
            continue            # (…使用中央衔接资金11,386.2万元 for 产业项目88个: some of the task's, for one use; 中央衔接资金
                                # 合计已支出… under the task's heading: the whole's, its sentence names no task)
        found = cells.get((named.group(), measure_class(g)), [])
        if len(found) != 1 or (key := (named.group(), measure_class(g))) in seen \
                or interval(found[0]).overlaps(interval(g)):
            continue
        seen.add(key)
        out.append(finding("same_figure_differs", "error",
                           f"正文中{named.group()}的资金为{shown(g)}，表中该任务一行为{amount(found[0].value, g)}，两处不一致，"
                           "请核对。", [g, found[0]], g.value, found[0].value))
    return out


def check_tables(doc: Document) -> list[Finding]:
    out = []
    by_table = _by_table(doc)
    for index, figures in by_table.items():
        sub_rows = _sub_rows(doc, figures)
        elided = any(cues()["elided_row"].search(c.text) for c in doc.tables[index].cells)
        out += _total_rows(doc, figures, sub_rows, elided) + _sub_row_sums(doc, figures, sub_rows) \
            + _row_sources(doc, figures) + _row_rates(doc, figures) \
            + _merged_totals(doc, figures) + _cost_over_funds(doc, figures) + _labelled_parts(doc, index, figures) \
            + _row_shares(doc, figures) + _row_products(doc, figures) + _numbered_rows(doc, index, figures)
    return out + _text_against_attached_table(doc, by_table) + _text_against_rows(doc, by_table) \
        + _text_against_level_rows(doc, by_table) + _text_against_named_rows(doc, by_table) \
        + _text_against_row_cells(doc, by_table) + _text_total_of_a_column(doc, by_table) \
        + _text_against_project_table_total(doc, by_table) + _text_against_task_rows(doc, by_table)
