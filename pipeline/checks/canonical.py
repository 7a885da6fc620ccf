"""Rules over the contract's canonical fields (received_sum, execution_rate, industry_share, ...)."""
from __future__ import annotations

from decimal import Decimal
from functools import cache

from extractors import regexp
from extractors.context import DEPARTMENT, lexicon, main_fund
from extractors.fields import NUMBERED_ITEM
from extractors.labels import content_words, names_any
from extractors.model import Document, Figure, Finding
from extractors.sentences import clause_start, line_end, line_start, period_end, period_start, sentence_end, sentence_start

import patterns

from .bases import context_cue
from .text import CLOSE_BRACKET, COMPARED, cues, made_of, measure_class
from .findings import (CONTRADICTION, as_warning, amount, carryover_in_doubt, carryover_swapped, finding, minus, number,
                       percent_finding, plus, shown, sum_finding, verdict)
from .nearby import figures_between
from .rounding import growth_percent, interval, neighbours_swapped, ratio_percent, total

LEVELS = ("funds_received_central", "funds_received_provincial", "funds_received_city", "funds_received_county")


def _by_field(doc: Document) -> dict[str, list[Figure]]:
    out: dict[str, list[Figure]] = {}
    for f in doc.figures:
        if f.field:
            out.setdefault(f.field, []).append(f)
    return out


def _first(fields, name) -> Figure | None:
    """The field's first figure, or the same figure stated more exactly later (3.65亿元 in a summary, 36,528.74万元 in
    the details: one amount, the exact one)."""
    figures = fields.get(name, [])
    if not figures:
        return None
    first = figures[0]
    span = interval(first)
    if not first.value or (span.hi - span.lo) / abs(first.value) < HEADLINE_ROUNDING:
        return first
    return min((f for f in figures if f.kind == first.kind and span.contains(f.value)),
               key=lambda f: interval(f).hi - interval(f).lo, default=first)


HEADLINE_ROUNDING = Decimal("0.0001")    # a first statement rounded more than this (3.65亿元) yields to an exact one


def received_sum(doc: Document, fields) -> list[Finding]:
    totals = fields.get("funds_received_total", [])
    if not totals:
        return []

    def levels_beside(f: Figure) -> int:
        start, end = period_start(doc, f.start), period_end(doc, f.end)
        return sum(any(start <= g.start < end for g in fields[k]) for k in LEVELS if k in fields)
    # the levels stated with the total (5664万元，其中：中央…1921万元，兵团本级…3743万元) are its parts; the total
    # that states them is the one checked (not a headline's rounded 627亿元 before 627.43亿元，其中中央…；自治区本级…)
    total_f = next((f for f in totals if levels_beside(f) >= 2), totals[0])
    start, end = period_start(doc, total_f.start), period_end(doc, total_f.end)
    # (下达…1019.4万元。按资金来源分，中央…611.64万元，省级…407.76万元。\n…县财政另行安排县级配套资金180万元，…总投入由此
    # 达到1199.4万元: the levels of the sentence right after it, where its own states none, are all of its parts; a level
    # stated elsewhere may be beside it)
    after = (end, period_end(doc, end + 1) if end < len(doc.norm) and doc.norm[end:end + 1] != "\n" else end)
    stated_after = [next(f for f in fields[k] if after[0] <= f.start < after[1]) for k in LEVELS
                    if any(after[0] <= f.start < after[1] for f in fields.get(k, []))]
    parts = stated_after if levels_beside(total_f) == 0 and len(stated_after) >= 2 else \
        [next((f for f in fields[k] if start <= f.start < end), fields[k][0]) for k in LEVELS if k in fields]
    if len(parts) < 2:
        return [finding("received_sum", "info", "未核对到位资金合计：报告没有分别列出两个以上级次的到位资金。", [total_f])]
    if _other_sources_after(doc, parts):
        return [finding("received_sum", "info", "到位资金合计还包括级次以外的来源（自筹等），级次之和不单独核对，"
                        "由其中各项之和核对。", [total_f, *parts])]
    named = {p.fund_level for p in parts}
    last = max(parts, key=lambda f: f.start)
    if last.start > total_f.start:      # …33168万元。其中，中央…、省级…；市、县两级…10559万元: to the end of the list
        start, end = total_f.end, max(end, period_end(doc, last.end))
    elif last.start < total_f.start and not start <= last.start < end:
        # …省级…3,012.6万元…；市级配套资金412.8万元；县本级预算安排1,000万元。… 各级下达的9,862.4万元均已足额到位: the rest
        # of the levels' list, stated apart from the total
        start, end = last.end, period_end(doc, last.end)
    if doc.norm[total_f.end:period_end(doc, total_f.end) + 1].rstrip().endswith(("：", ":")) \
            and "\n" in doc.norm[end:end + 2]:
        end = line_end(doc, end + 2)    # …下达情况如下：⏎中央…⏎省级…⏎市级…⏎县本级财政安排6,500万元…: one level a line
    missing = [f for f in doc.figures if f.kind == "money" and f.cell is None and start <= f.start < end
               and f.fund_level not in ("", "all", *named) and f not in parts]
    inside = [p for p in parts if any(_contained(doc, m, p) for m in missing)]
    # (…具体为：中央财政衔接…（以工代赈任务）986万元，中央预算内以工代赈投资300万元，省级…140万元: a second source of a level)
    again = [f for f in doc.figures if f.kind == "money" and f.cell is None and start <= f.start < end and not f.scope
             and f.fund_level in named and f not in parts and not any(_contained(doc, p, f) for p in parts)]
    if missing and verdict(total_f, *total(parts + missing)) != CONTRADICTION:
        parts = parts + missing     # …和县级预算安排资金4900万元组成: a level its phrase gave another field is a part
    elif again and verdict(total_f, *total(parts + missing + again)) != CONTRADICTION:
        parts = sorted(parts + missing + again, key=lambda f: f.start)
    elif inside and verdict(total_f, *total([p for p in parts if p not in inside] + missing)) != CONTRADICTION:
        # 省级以上资金6,734万元（含中央资金3,912万元），市级…，县级…: the levels together are a part, the one in their
        # bracket some of it
        parts = sorted([p for p in parts if p not in inside] + missing, key=lambda f: f.start)
    if len([f for f in again if f not in parts]) >= 2 and verdict(total_f, *total(parts)) == CONTRADICTION:
        # 整合资金到位36184.15万元，其中：中央…衔接…21468万元；中央少数民族发展资金560万元；中央以工代赈资金880万元；…:
        # sources listed by fund, several of one level, some of none: no list of the levels
        return [finding("received_sum", "info", "到位资金按资金来源逐项列出，同一级次有多项来源，级次之和不单独核对。",
                        [total_f, *parts])]
    value, span = total(parts)
    levels = "、".join(patterns.load("fields")["names"].get(p.field, p.text) for p in parts)
    first = min(parts, key=lambda f: f.start)
    other = next((f for f in doc.figures if f.kind == "money" and f.cell is None and f.start < first.start
                  and f is not total_f and verdict(f, value, span) != CONTRADICTION), None)
    if other is None and any(p.value > total_f.value and p.start < total_f.start for p in parts) \
            and verdict(total_f, value, span) == CONTRADICTION:
        # 一是…下达中央水利发展资金2263万元；二是…下达衔接资金791万元；三是…自治区资金6万元: a level stated before the
        # total and larger than it is no part of it; the amounts are items of one list (but a part after 其中 that
        # is larger may be a slip: 62539.49万元，其中中央522665.42万元…)
        return [finding("received_sum", "info", f"未核对到位资金合计：{levels}中有大于合计{shown(total_f)}的金额，"
                        "两者不是同一口径。", [total_f, *parts])]
    if other is not None and verdict(total_f, value, span) == CONTRADICTION:
        # 整合资金规模6.98亿元，其中用于脱贫攻坚的为3.2亿元，包括中央资金0.64亿元、省级… (资金规模为1486.328万元，包括
        # 上级下达的…1124.2万元和县财政配套… / 一、资金来源 省级730万元、市级394.2万元、县级362.128万元): the levels
        # are of the other amount they add up to
        return [sum_finding("received_sum", other, parts, f"{levels}之和与前文的{shown(other)}")]
    if verdict(total_f, value, span) == CONTRADICTION and span.hi < total_f.value and len(parts) < len(LEVELS):
        # less than the total: a level may be unlisted, or a source that is no level (农户自筹, 社会资金)
        sources = [f for f in doc.figures if f.kind == "money" and f.cell is None and start <= f.start < end
                   and f is not total_f and f not in parts and not f.fund_level and _outside_brackets(doc, start, f)]
        if sources and missing and verdict(total_f, *total(parts + sources)) == CONTRADICTION \
                and verdict(total_f, *total(parts + missing + sources)) != CONTRADICTION:
            sources = missing + sources     # …；四是…对口帮扶资金1,000万元；五是县级财政安排920万元: a level its phrase
            # gave another field, and a source beside the levels, complete them together
        if sources and verdict(total_f, *total(parts + sources)) != CONTRADICTION:
            # 共1,486.52万元，具体为：南城街道帮扶资金629万元（含…），省级…583.4万元，南雄市级…274.12万元: a source beside
            # the levels completes them
            return [finding("received_sum", "info", f"{levels}加上所列的其他来源{'、'.join(shown(f) for f in sources)}，"
                            f"与合计{shown(total_f)}相符。", [total_f, *parts, *sources])]
        last = max(parts, key=lambda f: f.end)
        if cues()["rest_named"].match(doc.norm, last.end, sentence_end(doc, last.end)):
            # …信阳市级资金600万元，其余为县本级安排资金 (县级资金即上述县本级安排数): the rest is said, not left out
            return [finding("received_sum", "info", f"{levels}之和小于合计{shown(total_f)}，其余部分文中已说明来源，"
                            "不单独核对。", [total_f, *parts])]
        formula = "+".join(shown(p) for p in parts)
        return [finding("received_sum", "warning",
                        f"{levels}之和（{formula}={amount(value, total_f)}）小于合计{shown(total_f)}，"
                        f"相差{amount(total_f.value - value, total_f)}，可能有级次或其他来源（自筹等）未列出，请核对。",
                        [total_f, *parts], total_f.value, value)]
    return [sum_finding("received_sum", total_f, parts, f"到位资金合计与{levels}之和")]


def _contained(doc: Document, whole: Figure, part: Figure) -> bool:
    """The part stands in a bracket right after the whole that says what it contains (…6,734万元（含中央资金3,912万元）)."""
    opened = cues()["contains_bracket"].match(doc.norm, whole.end)
    return opened is not None and opened.end() <= part.start \
        and not CLOSE_BRACKET.search(doc.norm, opened.end(), part.start)


def _outside_brackets(doc: Document, start: int, f: Figure) -> bool:
    before = doc.norm[start:f.start]
    return before.count("（") + before.count("(") <= before.count("）") + before.count(")")


def _other_sources_after(doc: Document, parts: list[Figure]) -> bool:
    """中央…，省级…，州级…，县级…，农户自筹116258.25万元: the list goes on with a source that is no level."""
    last = max(parts, key=lambda f: f.start)
    end = sentence_end(doc, last.end)
    lines = {line_start(doc, p.start) for p in parts}
    if len(lines) == len(parts) and all(NUMBERED_ITEM.match(doc.norm, line) for line in lines):
        # 1.中央…9,120万元；…4.市本级…4,049.22万元；\n5.珠三角对口帮扶市拨付帮扶资金1,500万元: a level a numbered line, and the
        # numbered lines after them
        following = line_end(doc, last.start) + 1
        while following < len(doc.norm) and NUMBERED_ITEM.match(doc.norm, following):
            end = line_end(doc, following)
            following = end + 1
    return any(f.kind == "money" and f.cell is None and last.end <= f.start < end and not f.fund_level
               and not COMPARED.search(doc.norm, clause_start(doc, f.start), f.start)
               for f in doc.figures)      # (…县级资金3,200万元，比上年的2,900万元多安排300万元: no source)


def spent_plus_carryover(doc: Document, fields) -> list[Finding]:
    total_f, spent, carry = (_first(fields, k) for k in ("funds_received_total", "funds_spent", "funds_carryover"))
    if carry is not None:
        # （二）当年下达资金…支出8,296.84万元…。（三）…合计支出9,138.95万元，…年末结转469.1万元: the spending told with the
        # carry-over is what it is left of
        spent = next((f for f in fields.get("funds_spent", []) if f.cell is None
                      and sentence_start(doc, f.start) == sentence_start(doc, carry.start)), spent)
    retention = _first(fields, "funds_retention")
    if carry is None and retention is not None and total_f is not None \
            and retention.fund_level in ("", "all", total_f.fund_level) and cues()["remainder"].search(
            doc.norm[clause_start(doc, retention.start):retention.start]):
        carry = retention           # 已实际支付资金3934.71万元，余下56.29万元为项目质保金 (not one level's, of all levels' total)
    told_with = next((c for c in fields.get("funds_carryover", []) if spent and spent.start < c.start
                      and doc.norm.count("\n", spent.end, c.start) <= 1), None)     # (the carry-over told with the spending)
    if total_f is None and spent and told_with is not None:
        # (…我镇本年度可统筹使用的资金合计2,186.42万元 … 累计支出1,862.35万元…；结转下年继续使用342.07万元: else the funds at
        # its disposal)
        total_f = _base_the_rate_vouches_for(doc, fields, spent) or _available_before(doc, spent, spent)
        carry = told_with
        if total_f is not None:
            # 全年预算数调整到58,436,700.00元 … 已支出55,872,416.38元，支出率95.61%；…年末结转2,654,283.62元: with no total
            # received, the base the stated rate holds for is the funds the spending and the carry-over are of
            found = sum_finding("spent_plus_carryover", total_f, [spent, carry], "实际支出加结转结余与执行率所据的资金")
            rate = _first(fields, "execution_rate")
            return [carryover_in_doubt(total_f, spent, carry, rate) if found.severity == "error" else found]
    if total_f is not None and carry is not None \
            and (at_hand := _at_hand_with_its_spending(doc, fields, carry, total_f)) is not None:
        # 2022年结转资金867.35万元，2022年当年下达资金8,767.7万元 … 结转资金与当年资金合计支出9,138.95万元，…年末结转469.1万元:
        # what is left at the year's end is of all the money at hand, the spending told with it too
        available, spent_of_it = at_hand
        if available is None:
            return []
        return [sum_finding("spent_plus_carryover", available, [spent_of_it, carry],
                            "实际支出加结转结余与可用资金（含上年结转）")]
    if not (total_f and spent and carry):
        return []
    found = sum_finding("spent_plus_carryover", total_f, [spent, carry], "实际支出加结转结余与到位资金")
    if found.severity == "error" and _retention_beside(total_f, spent, carry, retention):
        # 已支付323.98万元，预留质量保证金12.84万元，结余资金3.18万元已收回: the retention stated beside what is left
        return [sum_finding("spent_plus_carryover", total_f, [spent, retention, carry], "实际支出加质保金、结余与到位资金")]
    if found.severity == "error":
        # 项目扶持资金共安排…已完成支付…结转…: the spending may be of one fund the report names
        value, span = total([spent, carry])
        for other, name in [(f, "同名资金") for f in _named_like(doc, spent, spent)] \
                + [(f, "另写的资金") for f in _other_received(doc, spent, spent, total_f)] \
                + [(f, "本部分资金") for f in _received_of_a_part(doc, spent, spent)] \
                + [(f, "调整后的预算") for f in _adjusted_budgets(doc, spent)]:
            # (…下达我区…补助资金900万元 … 区级配套资金同步到位，共计1050万元 … 已支付1008.8万元…未支付41.2万元; …统筹
            # 收回390万元。调整后全年衔接资金预算为20,986.45万元 … 实际支出20,712.38万元，结转下年274.07万元)
            if verdict(other, value, span) != CONTRADICTION:
                return [sum_finding("spent_plus_carryover", other, [spent, carry], f"实际支出加结转结余与{name}")]
        for brought in _brought_forward(doc, total_f):
            # 可用衔接资金33,597.7万元，其中上年结转443.8万元，当年下达33,153.9万元 … 支出32,895.9万元 … 结转下年701.8万元: of
            # the year's funds and those brought forward together
            if verdict(plus(total_f, brought), value, span) != CONTRADICTION:
                return [sum_finding("spent_plus_carryover", plus(total_f, brought), [spent, carry],
                                    "实际支出加结转结余与到位资金加上年结转")]
        vouched = _base_the_rate_vouches_for(doc, fields, spent)
        if vouched is not None and not interval(vouched).overlaps(interval(total_f)):
            # 全年可使用的…资金合计达到34,404.5万元 … 支出33,781.26万元，按全年可使用资金计算，支出率为98.19%；结余
            # 632.24万元: the funds the stated rate is over, not those received, are what the spending and the rest are of
            found = sum_finding("spent_plus_carryover", vouched, [spent, carry], "实际支出加结转结余与执行率所据的资金")
            return [carryover_in_doubt(vouched, spent, carry, _first(fields, "execution_rate"))
                    if found.severity == "error" else found]
        rate = _rate_vouching_for(fields, spent, total_f, carry)
        if (rate is not None or carryover_swapped(total_f, spent, carry)) \
                and all(f.severity == "info" for f in received_sum(doc, fields)):
            return [carryover_in_doubt(total_f, spent, carry, rate)]
    return [found]


@cache
def _brought_forward_cue() -> regexp.Pattern:
    return regexp.compile(patterns.load("fields")["brought_forward"])


def _brought_forward(doc: Document, total_f: Figure) -> list[Figure]:
    """The amounts brought forward from the years before (上年结转443.8万元) that the report states in its text."""
    cue = _brought_forward_cue()
    return [f for f in doc.figures if f.kind == "money" and f.cell is None and f.value < total_f.value
            and cue.search(doc.norm, clause_start(doc, f.start), f.start)]


def _base_the_rate_vouches_for(doc: Document, fields, spent: Figure) -> Figure | None:
    """The one amount received or budgeted before the spending (全年预算数调整到…, 到位…) that the report's stated rate holds
    for as the spending's base; None where there is no rate, or none or several such amounts."""
    rate = _first(fields, "execution_rate")
    if rate is None:
        return None
    # (全年实际整合资金39,786.52万元 … 整合资金累计支出38,642.17万元，支出率97.12%: the funds its sentence names alike too)
    bases = {f.value: f for f in _received_before(doc, spent, spent) + _adjusted_budgets(doc, spent)
             + _named_like(doc, spent, spent)
             if f.cell is None and f.start < spent.start and (ratio := ratio_percent(spent, f))
             and verdict(rate, *ratio) != CONTRADICTION}
    return next(iter(bases.values())) if len(bases) == 1 else None


def _retention_beside(total_f: Figure | None, spent: Figure | None, carry: Figure, retention: Figure | None) -> bool:
    """The retention money is held beside the carry-over, not in it: the spending, the retention and the carry-over
    add up to the total."""
    return total_f is not None and spent is not None and retention is not None and retention is not carry \
        and sum_finding("spent_plus_carryover", total_f, [spent, retention, carry], "").severity == "info"


def _rate_vouching_for(fields, spent: Figure, total_f: Figure, carry: Figure) -> Figure | None:
    """收到5663万元…累计支出5550.72万元，结转结余121.28万元，预算执行率98.02%: a stated rate that holds for the spending
    over the total, and not for the total less the carry-over, says the carry-over is the figure in doubt (where the
    total's levels add up to it)."""
    for rate in fields.get("execution_rate", [])[:1]:
        as_spent, as_left = ratio_percent(spent, total_f), ratio_percent(minus(total_f, carry), total_f)
        if as_spent and as_left and verdict(rate, *as_spent) != CONTRADICTION \
                and verdict(rate, *as_left) == CONTRADICTION:
            return rate
    return None


def _named_like(doc: Document, anchor: Figure, at_least: Figure) -> list[Figure]:
    """Amounts stated before the anchor's sentence for the fund its sentence names (项目扶持资金2966.4万元
    … 项目扶持资金支付率98.16%): other bases a rate or a spending may be over."""
    start = sentence_start(doc, anchor.start)
    sentence = doc.norm[start:anchor.start]
    return [f for f in doc.figures if f.kind == "money" and f.cell is None and f.end <= start
            and f.value >= at_least.value and names_any(sentence, content_words(f.label))]


def _adjusted_budgets(doc: Document, spent: Figure) -> list[Figure]:
    """年初安排预算560万元，…全年预算调整为620万元 (or a table's 全年预算数): the budget a rate may be over instead."""
    return [f for f in doc.figures if f.kind == "money" and f is not spent and f.value >= spent.value
            and (f.role == "budget" or f.cell is None
                 and cues()["adjusted_budget"].search(doc.norm, clause_start(doc, f.start), f.start))]


def _spent_in_its_sentence(doc: Document, rate: Figure) -> Figure | None:
    """其中：2016年结转资金…全部支出完毕；2017年到位资金支出18,592.87万元，支出率95.42%: the spending its own sentence
    states before the rate, though of a part of the funds and given no field."""
    return next((f for f in figures_between(doc, sentence_start(doc, rate.start), rate.start)
                 if f.kind == "money" and f.cell is None and measure_class(f) == "spent" and not f.scope
                 and not cues()["due"].search(doc.norm, clause_start(doc, f.start), f.start)), None) \
        if rate.cell is None else None


def _in_its_sentence(doc: Document, rate: Figure, spent: Figure) -> list[Figure]:
    """第一批下达的48012万元衔接资金已支出19700万元，支出率41.03%: the amounts the rate's own sentence states before it,
    at least its spending: the base it may be over."""
    return [f for f in figures_between(doc, sentence_start(doc, rate.start), rate.start)
            if f.kind == "money" and f.cell is None and f is not spent and f.value >= spent.value]


def _paid_in_full(doc: Document, rate: Figure) -> Finding | None:
    """A rate of 100% after the one amount its sentence says was paid in full (…资金3,200万元已全部支付完毕，支出率100%) is that
    amount's, whatever the report's fields of spending and funds received are."""
    own = [f for f in figures_between(doc, sentence_start(doc, rate.start), rate.start)
           if f.kind == "money" and f.cell is None]
    if rate.value != 100 or rate.cell is not None or len(own) != 1 \
            or not context_cue("paid_in_full").match(doc.norm, own[0].end, rate.start):
        return None
    return finding("execution_rate", "info", f"预算执行率申报{shown(rate)}，本句所写{shown(own[0])}已全部支付，相符。",
                   [rate, own[0]], rate.value, Decimal(100), places=2)


def _available_named(doc: Document, rate: Figure, spent: Figure | None) -> Figure | None:
    """…共支出6,318.2万元，占可用资金的96.09%: a rate that names the money at the report's disposal as its base is over
    the last such amount stated before it."""
    words = doc.norm[clause_start(doc, rate.start):rate.start]
    if spent is None or lexicon().measures["money"].last(words) != "available":
        return None
    return _available_before(doc, rate, spent)


def _at_hand_with_its_spending(doc: Document, fields, carry: Figure, received: Figure) \
        -> tuple[Figure | None, Figure] | None:
    """The money at the report's disposal, brought forward and received together (more than what was received), and the
    spending its sentence states before the carry-over, where there are both; no money at hand (None) where that
    spending is more than was received and the report states neither the money at hand nor what was brought forward."""
    if carry.cell is not None:
        return None
    spent = next((f for f in reversed(fields.get("funds_spent", [])) if f.cell is None
                  and sentence_start(doc, carry.start) <= f.start < carry.start), None)
    if spent is None:
        return None
    available = _available_before(doc, spent, spent)
    if available is not None and available.value > received.value:
        return available, spent
    if spent.value <= received.value:
        return None
    # (总规模9,635.05万元。其中2021年结转资金867.35万元，2022年当年下达资金8,767.7万元 … 结转资金与当年资金合计支出
    # 9,138.95万元: the year's receipt and what it brought forward)
    return next(((at_hand, spent) for brought in _brought_forward(doc, received)
                 if (at_hand := plus(received, brought)).value >= spent.value), (None, spent))


def _available_before(doc: Document, anchor: Figure, spent: Figure) -> Figure | None:
    """The last amount at the report's disposal (…上年结转36.92万元一并安排，全年实际可用8,449.72万元) stated before the anchor
    (a rate, or the spending itself), at least what was spent."""
    return next((f for f in reversed(doc.figures) if f.end <= anchor.start and f.kind == "money" and f.cell is None
                 and f.measure == "available" and not f.scope and f.value >= spent.value), None)


def _rate_check(rule: str, declared: Figure, numerator: Figure, denominator: Figure, what: str,
                alternatives: list[tuple[Figure, str]] = ()) -> Finding:
    computed = ratio_percent(numerator, denominator)
    value, span = computed
    result = verdict(declared, value, span)
    formula = f"{shown(numerator)}÷{shown(denominator)}"
    if result == CONTRADICTION:
        for other, name in alternatives:
            alt = ratio_percent(numerator, other)
            if alt and verdict(declared, *alt) != CONTRADICTION:
                msg = (f"{what}申报{shown(declared)}，按{shown(numerator)}÷{shown(denominator)}计算为{number(value)}%，"
                       f"但按{name}{shown(other)}计算为{number(alt[0])}%，与申报相符；请确认口径。")
                return finding(rule, "info", msg, [declared, numerator, other], declared.value, alt[0], places=2)
    return percent_finding(rule, declared, value, span, formula, what, [declared, numerator, denominator])


def execution_rate(doc: Document, fields) -> list[Finding]:
    out = []
    spent, received = _first(fields, "funds_spent"), _first(fields, "funds_received_total")
    budget = _first(fields, "budget_implemented") or _first(fields, "budget_planned")
    rates = fields.get("execution_rate", [])
    # (已拨付600万元，拨付率100%。…实际使用资金561.3万元，资金使用率93.55%: the rate beside the spending is the one it gives)
    beside = [r for r in rates if spent is not None and r.cell is None and spent.cell is None
              and sentence_start(doc, r.start) == sentence_start(doc, spent.start) and r.start > spent.start]
    for rate in (beside or rates)[:1]:
        # (表1 … 合计 | 3,105 | 3,001.10 … 市级资金实际支出3,089.7万元，执行率96.55%: the spending its own sentence states)
        spent = next((f for f in fields.get("funds_spent", []) if f.cell is None and f.start < rate.start
                      and sentence_start(doc, f.start) == sentence_start(doc, rate.start)), None) \
            or _spent_in_its_sentence(doc, rate) or spent
        if (own := _own_sentence_ratio(doc, rate)) is not None:
            out.append(own)     # 5个项目全年预算数合计18826万元，执行数17586.3万元，完成预算的93.41%: its own figures
            continue
        if (in_full := _paid_in_full(doc, rate)) is not None:
            out.append(in_full)     # 其中衔接资金3,200万元已全部支付完毕，支出率100%: of the amount its sentence says was paid
            continue
        if rate.cell is not None and any(f.cell is not None and f.table_index == rate.table_index
                                         and f.cell.row == rate.cell.row and f.role == "budget" for f in doc.figures):
            continue            # 年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 | … | 执行率: the row's own check
        received = _available_named(doc, rate, spent) or received
        if spent and received and spent.value > received.value:
            # (…包括上年结转资金和本年下达资金，总额4,672.92万元 … 共支出4,436.81万元: more spent than came in this year, of
            # what it had with what it brought forward)
            received = _available_before(doc, rate, spent) or received
        retention = _first(fields, "funds_retention")
        if received and retention and retention.value < received.value and cues()["retention_left_out"].search(
                doc.norm[sentence_start(doc, rate.start):rate.start]):
            received = minus(received, retention)     # 扣除质保金后，项目支付率为100%: the base it states
        if spent and received:
            alternatives = [(budget, "落实预算")] if budget else []
            alternatives += [(minus(received, x), f"扣除{shown(x)}后的到位资金") for x in _left_out(doc, rate)
                             if x.value < received.value]
            alternatives += [(f, "同名资金") for f in _named_like(doc, rate, spent)]
            alternatives += [(f, "本句所写的资金") for f in _in_its_sentence(doc, rate, spent)]
            alternatives += [(f, "另写的资金") for f in _other_received(doc, rate, spent, received)]
            alternatives += [(f, "调整后的预算") for f in _adjusted_budgets(doc, spent)]
            alternatives += [(f, "本部分资金") for f in _received_of_a_part(doc, rate, spent)]
            alternatives += [(f, "可用资金") for f in [_available_before(doc, rate, spent)] if f is not None]
            out.append(_rate_check("execution_rate", rate, spent, received, "预算执行率", alternatives))
        elif spent and budget:
            # 已分配下达预算113816.58万元 … 累计支出72033.64万元…支出进度59.6%: over the funds of that name received
            out.append(_rate_check("execution_rate", rate, spent, budget, "预算执行率",
                                   [(f, "同名资金") for f in _named_like(doc, rate, spent)]
                                   + [(f, "收到的资金") for f in _received_before(doc, rate, spent)]
                                   + [(f, "调整后的预算") for f in _adjusted_budgets(doc, spent)]
                                   # (年初…计划整合资金36,820万元；…调整…，全年实际整合资金38,514.27万元 … 累计支出37,628.06万元，
                                   # 支出率97.70%；结转886.21万元: over the year's funds, spent or carried over)
                                   + [(plus(spent, carry), "支出与结转之和") for carry in fields.get("funds_carryover", [])[:1]
                                      if carry.value > 0]))
        elif (own := _own_sentence_ratio(doc, rate, holds_only=False)) is not None:
            out.append(own)     # 2023年我局全年预算数3126.48万元，实际执行3012.35万元，预算执行率为96.8%: with no total
            # received or budget, the base its own sentence states
        elif spent and not cues()["base_left_out"].search(doc.norm[sentence_start(doc, rate.start):rate.start]) \
                and (restated := _repeated_total(doc, spent)):    # 扣除留抵退税资金后…54%: a base we cannot make
            # (自治州已向各县市拨付…26147万元 … 实际支出4115.15万元，支出进度为15.74%: over what the counties got)
            found = _rate_check("execution_rate", rate, spent, restated, "预算执行率",
                                [(f, "收到的资金") for f in _received_before(doc, rate, spent, paid=True)])
            if found.severity == "error":
                as_warning(found, f"；报告未写明到位资金总额，按多处出现的{shown(restated)}推定，请核对口径。")
            out.append(found)
        elif spent and (income := _income_beside(doc, spent)):
            # 财政拨款收入合计2024.05万元；财政拨款支出合计2004.05万元，预算执行率100%: a budget's spending over its income
            found = _rate_check("execution_rate", rate, spent, income, "预算执行率")
            if found.severity == "error":
                as_warning(found, f"；报告未写明到位资金总额，按同段的收入{shown(income)}推定，请核对口径。")
            out.append(found)
        elif spent and (arranged := _all_levels_before(doc, rate, spent)):
            # 共统筹安排中央、省、市、县各级财政衔接…资金4424万元 … 累计支出3853.77万元，支出进度为81.71%: over the
            # funds of every level the report arranged
            found = _rate_check("execution_rate", rate, spent, arranged, "预算执行率")
            if found.severity == "error":
                as_warning(found, f"；报告未写明到位资金总额，按前文安排的各级资金{shown(arranged)}推定，请核对口径。")
            out.append(found)
        elif spent and (left := _left_in_the_rates_sentence(doc, rate, spent, _first(fields, "funds_carryover"))):
            # 累计支出3,891.81万元，支出率为95.71%，尚未支出261.19万元: with no total received, over what was spent and
            # what is left, both stated with the rate
            out.append(_rate_check("execution_rate", rate, spent, plus(spent, left), "预算执行率"))
        else:
            missing = "实际支出金额" if not spent else "到位资金总额"
            out.append(finding("execution_rate", "info", f"未核对预算执行率{shown(rate)}：报告中没有找到{missing}。", [rate]))
    return out


def _left_in_the_rates_sentence(doc: Document, rate: Figure, spent: Figure, carry: Figure | None) -> Figure | None:
    """The carry-over stated in the sentence of the rate and its spending, or None."""
    sentence = sentence_start(doc, rate.start)
    return carry if carry is not None and carry.cell is None and rate.cell is None \
        and sentence_start(doc, spent.start) == sentence == sentence_start(doc, carry.start) else None


def _own_sentence_ratio(doc: Document, rate: Figure, holds_only: bool = True) -> Finding | None:
    """The rate's own sentence states its base and then what was spent of it: the rate is of those two, whatever
    the report's fields of spending and funds received are (a warning-free info where it holds; None otherwise, and
    the fields decide; with holds_only False, an error where it does not hold and the base is one the funds are of)."""
    if rate.cell is not None:
        return None
    own = [f for f in figures_between(doc, sentence_start(doc, rate.start), rate.start)
           if f.kind == "money" and f.cell is None]
    if len(own) < 2:
        return None
    base, spent = own[-2], own[-1]
    if measure_class(base) == "spent" and measure_class(spent) == "carryover":
        base, spent = plus(own[-2], own[-1]), own[-2]   # 全年拨付186.8万元，结转8.4万元，支付率为95.7%: of the two together
    if spent.value > base.value or measure_class(spent) != "spent" \
            or measure_class(base) in ("spent", "carryover", "retention"):
        return None         # (…已支出3122.15523万元，结转结余0.71877万元，其中质保金0.71877万元: no base and its spending)
    value, span = ratio_percent(spent, base)
    if verdict(rate, value, span) == CONTRADICTION:
        if holds_only or measure_class(base) not in ("budget", "received", "allocated", "arranged"):
            return None
        return percent_finding("execution_rate", rate, value, span, f"{shown(spent)}÷{shown(base)}", "预算执行率",
                               [rate, spent, base])
    return finding("execution_rate", "info", f"预算执行率申报{shown(rate)}，按本句的{shown(spent)}÷{shown(base)}计算为"
                   f"{number(value)}%，相符。", [rate, spent, base], rate.value, value, places=2)


def _received_before(doc: Document, anchor: Figure, spent: Figure, paid: bool = False,
                     arranged: bool = False) -> list[Figure]:
    """The report's own amounts received or at its disposal (or, with paid, paid on to others; with arranged, arranged
    too) before the anchor, at least its spending: the funds a spending may be of where the report states more than one
    (…到位…16820万元…，从中安排产业直投资金3044.4万元 … 已拨付项目资金2918.62万元，…尚未支付125.78万元; 可用总额…，其中：
    上年结转…，本年下达…)."""
    return [f for f in doc.figures if f.kind == "money" and f.cell is None and f.end <= anchor.start and f is not spent
            and (measure_class(f) in ("received", "available") or paid and f.measure == "paid"
                 or arranged and measure_class(f) == "arranged" or f.fund_level == "all")
            and f.value >= spent.value and not f.scope]


def _other_received(doc: Document, anchor: Figure, spent: Figure, received: Figure) -> list[Figure]:
    """The amounts received or arranged before the anchor other than the one its check is of, nor that one again in
    rounder words (到位…22,386.5万元，规模约2.2亿元: no other funds, and too coarse to vouch for a rate)."""
    return [f for f in _received_before(doc, anchor, spent, arranged=True)
            if f is not received and not interval(f).contains(received.value)]


def _received_of_a_part(doc: Document, anchor: Figure, spent: Figure) -> list[Figure]:
    """The amounts given to a part of the report's whole before the anchor (（二）我局承担的资金和项目 … 下达资金5,682.4万元 in
    a department's report that names the county's total first): the funds a spending may be of."""
    return [f for f in doc.figures if f.kind == "money" and f.cell is None and f.end <= anchor.start and f is not spent
            and f.scope.startswith(("分项:", DEPARTMENT)) and f.value >= spent.value
            and measure_class(f) in ("received", "arranged", "available")]


def _all_levels_before(doc: Document, rate: Figure, spent: Figure) -> Figure | None:
    """The last amount of every level of the report's own funds arranged or received before the rate, at least its
    spending."""
    return next((f for f in reversed(doc.figures) if f.end <= rate.start and f.kind == "money" and f.cell is None
                 and f is not spent and f.fund_level == "all" and not f.scope and f.value >= spent.value
                 and measure_class(f) in ("arranged", "received") and f.fund in ("", main_fund(doc))), None)


def _income_beside(doc: Document, spent: Figure) -> Figure | None:
    """The income of all levels stated in the spending's paragraph, before it and at least as large."""
    return next((f for f in reversed(doc.figures) if f.end <= spent.start and f.kind == "money" and f.cell is None
                 and f.measure == "income" and f.fund_level in ("", "all") and not f.scope and f.value >= spent.value
                 and line_start(doc, f.start) == line_start(doc, spent.start)), None)


def _repeated_total(doc: Document, spent: Figure) -> Figure | None:
    """The report's own amount above the spending that its text states more than once (合计6800万元 … 6800万元
    已全部分解到位): the total a rate over no named base is most likely of. Table cells (targets, actuals) say
    nothing of it."""
    own = [f for f in doc.figures if f.kind == "money" and f.cell is None and not f.scope
           and f.measure not in ("planned", "norm") and f.value > spent.value and f.qualifier == ""]
    stated: dict[Decimal, list[Figure]] = {}
    for f in own:
        stated.setdefault(f.value, []).append(f)
    repeated = [group[0] for group in stated.values() if len(group) >= 2]
    return max(repeated, key=lambda f: f.value) if repeated else None


def _left_out(doc: Document, anchor: Figure) -> list[Figure]:
    """Amounts the rate's sentence leaves out of its base: 除以工代赈资金500万元外."""
    start = sentence_start(doc, anchor.start)
    return [f for f in doc.figures if f.kind == "money" and start <= f.start < anchor.start
            and "除" in doc.norm[max(start, f.start - 12):f.start]]


def industry_share(doc: Document, fields) -> list[Finding]:
    share = _first(fields, "provincial_industry_share")
    part = _first(fields, "provincial_funds_industry")
    if share is None or share.fund_level not in ("", "all", "provincial"):
        return []       # 占省级以上资金的60.62%: a share of another level's funds, its sentence's base (check_text)
    whole = _nearest(fields.get("funds_received_provincial", []), share)
    if part is None or whole is None:
        return [finding("industry_share", "info", f"未核对省级资金用于产业比例{shown(share)}：没有找到用于产业的金额或省级资金总额。", [share])]
    return [_rate_check("industry_share", share, part, whole, "省级衔接资金用于产业比例",
                        [(f, "同级的该项资金") for f in _levels_fund(doc, whole, share.fund, part)])]


def _levels_fund(doc: Document, whole: Figure, fund: str, at_least: Figure) -> list[Figure]:
    """自治区资金7,343.8万元 of several funds; 衔接推进乡村振兴补助资金 | 14,562 | 5,873.6 …; 自治区衔接资金用于产业发展3,306.2万元，
    占自治区衔接资金的56.29%: where the level's amount is of more funds than the one the share names, that fund's own
    amount of the level (a table cell or a sentence's)."""
    if not fund or whole.fund == fund:
        return []
    return [f for f in doc.figures if f.kind == "money" and f is not whole and f.fund_level == whole.fund_level
            and f.fund == fund and f.value >= at_least.value and f.value < whole.value]


def _nearest(candidates: list[Figure], anchor: Figure) -> Figure | None:
    before = [c for c in candidates if c.start < anchor.start]
    return before[-1] if before else (candidates[0] if candidates else None)


def county_growth(doc: Document, fields) -> list[Finding]:
    growth, prior = _first(fields, "funds_county_growth"), _first(fields, "funds_county_prior")
    if growth is None:
        return []
    # the county's funds stated last before the growth (县级资金1000万元 … 县级安排资金较上年的900万元增长…), not those of
    # a programme after it (…美丽乡村建设总投入3.54亿元，其中县级财政投入1.45亿元)
    current = _nearest(sorted(fields.get("funds_county_current", []) + fields.get("funds_received_county", []),
                              key=lambda f: f.start), growth)
    if current and not prior and (change := _change_before(doc, growth)) is not None and change.value < current.value:
        prior = minus(current, change)      # 县级资金4,500万元。县级投入比上年增加500万元，增长12.5%: the year before's
    if not (current and prior):
        return [finding("county_growth", "info", f"未核对县级资金增幅{shown(growth)}：没有找到本年或上年的县级资金。", [growth])]
    value, span = growth_percent(current, prior)
    if verdict(growth, value, span) == CONTRADICTION and (own := _amount_it_holds_for(doc, growth, prior)) is not None:
        current, (value, span) = own, growth_percent(own, prior)
    if verdict(growth, value, span) == CONTRADICTION and (change := _change_before(doc, growth)) is not None \
            and change.value < current.value \
            and verdict(growth, *growth_percent(current, minus(current, change))) != CONTRADICTION:
        # 县级投入在2022年2,500万元、2023年2,700万元的基础上，2024年比上年增加300万元，增长11.11%: over the year before,
        # as the change says, not the first year named
        prior = minus(current, change)
        value, span = growth_percent(current, prior)
    formula = f"({shown(current)}−{shown(prior)})÷{shown(prior)}"
    return [percent_finding("county_growth", growth, value, span, formula, "县级资金增幅", [growth, current, prior])]


def _change_before(doc: Document, growth: Figure) -> Figure | None:
    """The amount the growth's sentence says the funds grew by (比上年增加500万元，增长12.5%), right before it."""
    before = [f for f in figures_between(doc, sentence_start(doc, growth.start), growth.start) if f.cell is None]
    last = before[-1] if before else None
    return last if last is not None and last.kind == "money" \
        and cues()["absolute_change"].search(doc.norm, clause_start(doc, last.start), last.start) else None


def _amount_it_holds_for(doc: Document, growth: Figure, prior: Figure) -> Figure | None:
    """县级预算安排815万元。县本级投入比2014年的680万元增加135万元，增长19.85%: where the county field's amount gives
    another growth, the amount of the growth's own paragraph it holds for (the county's own, however the fields read
    the paragraph), if exactly one does."""
    start = line_start(doc, growth.start)
    holds = [f for f in figures_between(doc, start, growth.start) if f.kind == "money" and f.cell is None
             and f is not prior and f.value > 0 and (g := growth_percent(f, prior)) is not None
             and verdict(growth, *g) != CONTRADICTION]
    return holds[0] if len(holds) == 1 else None


def budget_consistency(doc: Document, fields) -> list[Finding]:
    present = [(k, _first(fields, k)) for k in ("budget_planned", "budget_implemented", "funds_county_current")]
    present = [(k, f) for k, f in present if f is not None]
    if any(k.startswith("budget") and (f.fund_level != "county" or f.cell is not None
                                       or f.field_rule in patterns.load("fields")["all_levels_budget_rules"])
           for k, f in present):
        # 各级共安排预算546.23万元, a 自评表's 年度资金总额 | 年初预算数, 计划整合资金168,430万元, 年初预算数为11860万元: a
        # budget of all levels, or of no level named, is no measure of the county's own funds
        present = [(k, f) for k, f in present if k != "funds_county_current"]
    if len(present) < 2 or not any(k.startswith("budget") for k, _ in present):
        return []
    names = {"budget_planned": "年初预算", "budget_implemented": "落实预算", "funds_county_current": "县级安排资金"}
    base_key, base = present[0]
    out_of_line = [(k, f) for k, f in present[1:] if not interval(f).overlaps(interval(base))]
    listed = "、".join(f"{names[k]}{shown(f)}" for k, f in present)
    if not out_of_line:
        return [finding("budget_consistency", "info", f"{listed}一致。", [f for _, f in present])]
    k, f = out_of_line[0]
    return [finding("budget_consistency", "warning",
                    f"{names[base_key]}{shown(base)}与{names[k]}{shown(f)}不一致（相差{amount(f.value - base.value, base)}），"
                    f"请核对执行中是否调减了预算。", [base, f], base.value, f.value)]


def retention_within_carryover(doc: Document, fields) -> list[Finding]:
    retention, carry = _first(fields, "funds_retention"), _first(fields, "funds_carryover")
    if not (retention and carry) or carry.cell is None and cues()["returned_after"].match(doc.norm, carry.end):
        return []       # (结余0.24万元按规定交回 … 预留质保金1.35万元: the rest was given back, the retention is kept)
    if _retention_beside(_first(fields, "funds_received_total"), _first(fields, "funds_spent"), carry, retention):
        return [finding("retention_within_carryover", "info", f"质保金{shown(retention)}与结余{shown(carry)}分列，"
                        "与支出合计等于到位资金。", [retention, carry])]
    if interval(retention).lo <= interval(carry).hi:
        return [finding("retention_within_carryover", "info", f"质保金{shown(retention)}未超过结转结余{shown(carry)}。",
                        [retention, carry])]
    # a warning: the retention may be of a whole contract that other money paid for too (…结转资金37.62万元，为项目尾款，
    # 暂扣的质保金43.87万元将于验收后拨付)
    return [finding("retention_within_carryover", "warning",
                    f"质保金{shown(retention)}超过了结转结余{shown(carry)}；若质保金全部出自本资金，应包含在结转结余之内，"
                    "请核对质保金的资金来源。", [retention, carry], retention.value, carry.value)]


def _running_total(doc: Document, first: Figure, later: Figure) -> bool:
    """提前下达…128600万元 … 第二批…46117万元 … 两批合计…174717万元: the later amount is the first with one stated between
    them added."""
    if first.cell is not None or later.cell is not None or later.start < first.end:
        return False
    return any(g.kind == first.kind and g.cell is None and g.value + first.value == later.value
               for g in figures_between(doc, first.end, later.start))


TABLE_TEXT_SCOPE = Decimal("0.2")   # beyond a 20% gap, a table and the text likely speak of different scopes
OTHER_SCOPE = Decimal("0.5")        # one amount under half the other: a slip of the pen does not do that


def same_figure_differs(doc: Document, fields) -> list[Finding]:
    out = []
    names = patterns.load("fields")["names"]
    dates = {f.value for f in fields.get("spent_as_of", [])}
    dated = set(patterns.load("fields")["dated_fields"])   # restated at another date, they may differ
    for name, figures in fields.items():
        if name in dated and len(dates) > 1 or figures[0].kind == "date":
            continue
        first = figures[0]
        for other in figures[1:]:
            if not _comparable(first, other) or first.cell is None and other.cell is None \
                    and sentence_start(doc, first.start) == sentence_start(doc, other.start):
                continue        # (中央资金…25日内全部下达，自治区资金…30日内下达到位: one sentence states two things)
            if all(f.cell is None and cues()["stated_basis"].search(doc.norm, sentence_start(doc, f.start), f.start)
                   for f in (first, other)):
                continue        # (按自治区口径，…资金执行率为99.03%；若按到位总额计算，支出进度为97.86%: two bases, both named)
            # points are exact: 95分 and 96分 differ although their rounding intervals touch
            differs = other.value != first.value if first.kind == "score" else not interval(other).overlaps(interval(first))
            gap = abs(other.value - first.value)
            if differs and first.kind in ("money", "count") and gap > OTHER_SCOPE * max(abs(first.value), abs(other.value)):
                continue        # two amounts or counts, one under half the other: two scopes the context did not tell apart
            if differs and (made_of(doc, other, first) or made_of(doc, first, other) or _another_row(doc, first, other)
                            or _running_total(doc, first, other)):
                continue        # 共到位1130.71万元，由衔接资金1077.56万元和预拨资金53.15万元构成: the one is part of the other
            if differs and name == "budget_planned" and _adjusted(doc, first) != _adjusted(doc, other):
                continue        # 项目全年预算1,260万元 against 年初预算数 | 1,200: the year's budget and its start's
            if differs:
                # a table and the text far apart are likely two scopes (one project's block, the county)
                far = (first.cell is None) != (other.cell is None) and \
                    gap > TABLE_TEXT_SCOPE * max(abs(first.value), abs(other.value))
                # a bound (超过1.43亿元), or a figure whose level or measure the text leaves open, may be another scope's
                far = far or bool(first.qualifier or other.qualifier) or not all(
                    f.fund_level and f.measure for f in (first, other) if f.cell is None and f.kind == "money") \
                    or any(_part_of_a_larger_total(doc, f) for f in (first, other))
                # …but two of one field that differ only by two neighbouring digits swapped (42,317.56 and 42,371.56万元)
                # are one figure and a typist's slip
                slip = neighbours_swapped(first.value, other.value) and not (first.qualifier or other.qualifier)
                far = far and not slip
                # declared: the later statement, or the text's where the other is the table's
                stated, against = (first, other) if first.cell is None and other.cell is not None else (other, first)
                out.append(finding("same_figure_differs", "warning" if far else "error",
                                   f"{names.get(name, name)}前后不一致：先写{shown(first)}，后写{shown(other)}，"
                                   f"相差{amount(other.value - first.value, first)}"
                                   + ("；两处可能口径不同，请核对。" if far else "。"),
                                   [stated, against], stated.value, against.value))
                break
    return out


def _adjusted(doc: Document, budget: Figure) -> bool:
    """A budget its words say is the year's, as adjusted (全年预算1,260万元, 全年预算数 | 1,260), not the year start's."""
    words = budget.column_header if budget.cell is not None else doc.norm[clause_start(doc, budget.start):budget.start]
    return bool(cues()["adjusted_budget"].search(words))


def _another_row(doc: Document, a: Figure, b: Figure) -> bool:
    """The text's amount is another row of the table the other stands in (…小计 | 1077.56 / 预拨资金 | 53.15 / 合计 |
    1130.71, and 共获得…衔接资金1077.56万元 in the text): that row's, not the other's."""
    text, cell = (a, b) if b.cell is not None else (b, a)
    if text.cell is not None or cell.cell is None:
        return False
    return any(g is not cell and g.table_index == cell.table_index and g.cell is not None and g.cell.col == cell.cell.col
               and g.kind == text.kind and g.value == text.value for g in doc.figures)


def _part_of_a_larger_total(doc: Document, f: Figure) -> bool:
    """本次共排查9374户，其中一般农户8875户、脱贫户453户、监测户46户: a count listed after 其中 of a larger total
    of its kind may be of that total's population, not the report's."""
    if f.cell is not None or f.kind != "count":
        return False            # (an amount after 其中 names its level of the report's funds: 其中…兵团本级…3743万元)
    start = sentence_start(doc, f.start)
    lead = doc.norm.rfind("其中", start, f.start)
    return lead >= 0 and any(g.kind == f.kind and g.unit == f.unit and g.value > f.value and g.cell is None
                             for g in figures_between(doc, start, lead))


def _comparable(a: Figure, b: Figure) -> bool:
    """One concept in one context: the same scope and period, and no measure or level that tells them apart."""
    def agree(x: str, y: str) -> bool:
        return not x or not y or x == y
    # a rate of one level is not the rate of all funds (支出进度71.42%；到位区级资金5.21亿元，支出进度为60.5%)
    levels = agree(a.fund_level, b.fund_level) if a.kind != "percent" else a.fund_level == b.fund_level
    return a.scope == b.scope and a.period == b.period and levels \
        and agree(a.purpose, b.purpose) and agree(measure_class(a), measure_class(b))


RULES = (received_sum, spent_plus_carryover, execution_rate, industry_share, county_growth, budget_consistency,
         retention_within_carryover, same_figure_differs)


def check_canonical(doc: Document) -> list[Finding]:
    fields = _by_field(doc)
    return [f for rule in RULES for f in rule(doc, fields)]
