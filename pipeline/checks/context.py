"""Relations that only a figure's context makes checkable: a total and its parts stated one per line
(each part its own scope), fees set as a rule's share of named funds, and average annual growth."""
from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal, localcontext
from functools import cache, reduce
from itertools import takewhile

import patterns
from extractors import regexp
from extractors.context import (LIST_NUMBER, ONE_LEVEL, OWN_MONEY, PART_OF_YEAR, batch_named, level_named, lexicon,
                                main_fund, names_a_place)
from extractors.model import Document, Figure, Finding
from extractors.labels import named_most_alike
from extractors.metadata import levels_of
from extractors.numbers import small_int
from extractors.sentences import (clause_start, line_end, line_start, period_start, sentence_end, sentence_end_of_line,
                                  sentence_start)
from extractors.structure import subsections

from .bases import SOURCE_MEASURES, of_an_earlier_year
from .findings import (CONTRADICTION, HOLDS, amount, as_warning, assumed_sum, carryover_in_doubt, carryover_swapped,
                       finding, minus, number, percent_finding, plus, severity_of, shown, sum_finding, verdict,
                       with_amounts_taken_back_off)
from .nearby import LOOK_BACK, figures_before, figures_between, last_before, matched_at_offsets
from .rounding import Interval, interval, ratio_percent, total
from .text import (CLAUSE_LIST_GOES_ON, COLON, COUNTED_ALIKE, FAR_BELOW, SINGLE_LEVEL_FIELDS, Sentence, adds_up,
                   for_each, in_brackets, level_left_out_follows, lowest_level_unsaid, measure_class, past_an_aside,
                   sentences, sentences_between, shares_short_of_all, without_their_own_parts)
from .text import cues as list_cues

HUNDRED = Decimal(100)
LIST_REACH = 1000       # characters a counted list may run to its end
FOLLOW_REACH = 24       # characters into the next sentence its breakdown's lead may reach (省级资金分两批下达，分别为…)
LIST_LINES = 30         # lines a counted list may run over
LIST_ITEMS = 20         # amounts a closing total may count
CLAUSE_MARK = regexp.compile(r"[，,。；;\n]")
WHAT_IS_COUNTED = regexp.compile(r"[^，,。；;：:\d]{0,16}")     # 10个国家乡村振兴重点帮扶县: what a count of 个 counts
LEAD_REACH = 24         # characters before the first figure of a sentence its breakdown's lead and first name may hold
GROWTH_REACH = 16       # characters before a growth its 比2017年增长 may take
LEFT_UNSPENT = frozenset({"carryover", "retention"})     # what is left of funds: carried over, or held back
PRICED_REACH = 6        # characters after a price its 计算 may stand in (按每千瓦时0.4元计算)


@cache
def cues() -> dict:
    data = patterns.load("relations")["context"]
    compiled = {k: regexp.compile(v) if isinstance(v, str) else v for k, v in data.items()}
    return {**compiled, "unit_price": matched_at_offsets(data["unit_price"])}


def _keyed(doc: Document, s: Sentence, unnamed: bool = False, item: bool = False) -> dict[tuple, Figure]:
    """The figures of a group that each measure exactly once: kind, measure, unit family, and whether
    it is a 其中 part (总投资3374.3万元，其中建筑工程费3292万元 are two measures of one item); of an item, not its rates
    per unit (按每户3,000元给予奖补)."""
    seen: dict[tuple, list[Figure]] = {}
    part = False
    for k, f in enumerate(s.figures):
        gap = doc.norm[(s.figures[k - 1].end if k else s.start):f.start]
        part = part or (k > 0 and bool(cues()["part_of_item"].search(gap)))
        if k and f.value == s.figures[k - 1].value and f.kind == s.figures[k - 1].kind and in_brackets(doc, s, f):
            continue        # 县本级安排3,575万元（大写：叁仟伍佰柒拾伍万元整）: the same amount restated
        if cues()["change"].search(gap) \
                or k and list_cues()["absolute_change"].search(gap) and of_an_earlier_year(doc, s.figures[k - 1]):
            continue        # 同口径比上年多支出23123万元 (比2019年的4,800万元增加800万元): a change, no measure of the item
        if item and f.kind == "money" and _per_unit(doc, f):
            continue
        if f.kind in ("money", "count") and (f.measure or unnamed) and f.measure != "norm":
            key = (f.kind, measure_class(f), f.unit.lstrip("万亿") if f.kind == "count" else "", part)
            seen.setdefault(key, []).append(f)
    if item:
        # 州级资金2,100万元，比上年的1,800万元增长16.67%; 县级…3,000万元（…较上年…的2,600万元增长15.4%）: the year before's
        # amounts the item compares itself with are asides (not …2024年结余资金34.88万元、2023年结余资金1.01万元: parts both)
        seen = {k: kept for k, v in seen.items() if (kept := [f for f in v if not _compared_with(doc, f)])}
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def _compared_with(doc: Document, f: Figure) -> bool:
    """An amount of an earlier year that a clause compares with (比上年的1,800万元, 较上年…的2,600万元, 上年为1,800万元)."""
    clause = doc.norm[clause_start(doc, f.start):f.start]
    return of_an_earlier_year(doc, f) and bool(list_cues()["prior"].search(clause)
                                              or list_cues()["year_before_stated"].search(clause))


def _a_lesser_task(scope: str) -> bool:
    """分项:易地扶贫搬迁后续扶持资金, 分项:以工代赈任务: a task of the fund's beside its main one."""
    task = scope.removeprefix("分项:")
    return task != scope and bool(lexicon().task_amount.match(task) or lexicon().task_funds.match(task)) \
        and not cues()["main_task"].search(task)


def _per_unit(doc: Document, f: Figure) -> bool:
    return bool(list_cues()["per_unit"].search(doc.norm, clause_start(doc, f.start), f.start))


def _compare(doc: Document, whole: Sentence, parts: list[Sentence], certain: bool) -> list[Finding]:
    """Each measure of the total against the same measure of every item that states it; where the measures
    are named differently (资金总额 against 中央安排的…), one amount against one amount each."""
    out = []
    parts = [p for k, p in enumerate(parts) if not _a_levels_use_of_an_item_before(doc, parts, k)]
    keyed_parts = [_keyed(doc, p, item=True) for p in parts]
    keyed_whole = _keyed(doc, whole)
    # an amount in brackets is a part of its item's (…财政资金218.07万元（其中“三区”人才项目16个、49万元）)
    amounts = [[f for f in g.figures if f.kind == "money" and not in_brackets(doc, g, f)
                and not (g is not whole and _per_unit(doc, f))] for g in [whole, *parts]]
    totals = _keyed(doc, whole, unnamed=True)
    if all(len(a) == 1 for a in amounts) and not any(k[0] == "money" and k in keyed_whole
                                                    for g in keyed_parts for k in g) \
            and not all(_spent_over_received(amounts[0][0], a[0]) for a in amounts[1:]):
        # (not 安排项目9个，其中产业项目4个，使用资金601.6万元 over the nine items: the amount of a 其中 part; nor …支出
        # 219,163.87万元 over 1.原州区：到位31,425.6万元；…: the items' receipts are not the total's spending)
        money_key = next((k for k, f in totals.items() if f is amounts[0][0] and not k[3]), None)
        keyed_parts = [{**g, money_key: a[0]} for g, a in zip(keyed_parts, amounts[1:])] if money_key else keyed_parts
    for key, total_f in totals.items():
        if not key[1] and not any(key in g for g in keyed_parts):
            # 涉及资金1214万元: a total that names no measure takes its items' one measure
            named = {k for g in keyed_parts for k in g if k[0] == key[0] and k[3] == key[3] and k[1]}
            if len(named) != 1 or next(iter(named)) in totals:
                continue        # 资金9938万元，实际支出1563.79万元: the items' spending is the total's spending's
            key = named.pop()
        # (…未支付资金合计…：1.结转资金…；2.结余资金…；3.质保金…: money held back is some of what is left)
        held = (key[0], "retention", *key[2:]) if key[1] == "carryover" else None
        found = [g[key] if key in g else g[held] for g in keyed_parts if key in g or held in g]
        by_name = [_same_amount_of(doc, total_f, p) for p in parts] if len(found) < 2 and key[0] == "money" else []
        if certain and by_name and all(by_name):
            # 应贴息资金合计4518410.91元。分为两部分：一是…贷款34269.1万元，应贴息资金4110991.29元；二是…: each
            # item's amount of the total's name, where the items state several; named so, even one larger than
            # the total is its part (a unit slip: 407419.62万元 for 元)
            found = by_name
        elif len(found) < 2 or any(f.value > total_f.value for f in found):
            continue
        if of_an_earlier_year(doc, total_f) and not any(of_an_earlier_year(doc, f) for f in found):
            continue            # …共计16,842.6万元，上年同期到位15,627.4万元。其中：中央资金12,310万元…: this year's parts
        if any(f.period.startswith(PART_OF_YEAR) for f in found) and not total_f.period.startswith(PART_OF_YEAR):
            continue            # …累计支出19,487.91万元。其中，一季度累计支出2,213.06万元…；上半年累计…: each up to its quarter's end
        if key[0] == "money" and total_f.fund and not any(f.fund for f in found) \
                and sum(f.value for f in found) > total_f.value \
                and any(g.fund == total_f.fund for p in parts for g in p.figures if g not in found):
            continue            # 涉及财政专项扶贫资金6,110万元…（一）…项目总投资1,286.5万元，其中财政专项扶贫资金1,120万元…: the
            # items' whole investments, of which the total's funds are some
        if key[0] == "money" and measure_class(total_f) in ("spent", "paid") \
                and any(_paid_after_in_its_item(doc, f, parts) for f in found):
            continue            # （二）…项目。使用衔接资金1,486.8万元，…。已支付1,372.26万元: the item's funds, then what was paid
        short = sum(f.value for f in found) < total_f.value
        if short and key[0] == "money" and (measure_class(total_f) in ("spent", "paid") or total_f.purpose) \
                and _fewer_levels(doc, found):
            continue            # 分级次看，中央资金已支出…；县级资金…已全部支出 (省级 unsaid): some of what was spent (and
            # 产业发展项目…投入7186.4万元。分级次看，中央资金用于产业4980万元；省级资金用于产业1890万元: some of what was put in)
        if short and key[0] == "count" and len(found) < len(parts):
            continue            # 基础设施类项目15个…；教育扶贫投入26.7万元…: items that give no count may hold the rest
        if short and key[0] == "money" and len(found) < len(parts):
            # （三）…项目。项目资金80万元，全部为…: an item whose one amount names no measure holds the rest with it;
            # so does a level's own money put in beside the levels received (中央资金…；市级资金…；县本级安排3,000万元)
            levels = {f.fund_level for f in found}
            # (5.脱贫劳动力一次性交通补助：使用衔接资金50万元: an item that uses its one amount, all it has)
            unmeasured = [[f for f in a if (not f.measure or measure_class(f) in SOURCE_MEASURES
                                            and f.fund_level not in ("", "all", *levels)
                                            or len(a) == 1 and measure_class(f) == "spent"
                                            and list_cues()["item_uses"].search(doc.norm, sentence_start(doc, f.start),
                                                                                f.start))
                           and not list_cues()["per_unit"].search(doc.norm[clause_start(doc, f.start):f.start])
                           and not of_an_earlier_year(doc, f)]     # (县级预算安排3,600万元，比上年的3,300万元…)
                          for a in amounts[1:]]
            others = [a[0] for a, g in zip(unmeasured, keyed_parts) if key not in g and len(a) == 1]
            if len(others) == len(parts) - len(found):
                found = sorted(found + others, key=lambda f: f.start)
                if adds_up(total_f, found):
                    continue
                short = sum(f.value for f in found) < total_f.value
        if short and measure_class(total_f) == "carryover" and len(found) < len(parts):
            # …结余5.62亿元；…结余3.55亿元；…指标20.58亿元，已用20.36亿元: an item that states its funds and its
            # spending and leaves its remainder unsaid has one
            implied = [_implied_remainder(p) for p, g in zip(parts, keyed_parts) if key not in g]
            if all(implied) and adds_up(total_f, found + implied):
                continue
        listed = {id(f) for p in parts for f in p.figures}
        if short and key[0] == "money" and any(
                any(f.kind == "money" and not _per_unit(doc, f) and id(f) not in listed
                    and (key not in g or measure_class(f) == key[1]
                         and list_cues()["item_goes_on"].search(doc.norm, p.end, f.start))
                    for f in figures_between(doc, p.end, line_end(doc, p.end)))
                for p, g in zip(parts, keyed_parts)):
            continue            # 1.产业到户奖补。…按每户3,000元给予奖补。全年奖补13,562户，兑现资金4,068.6万元: an item whose
            # amount is in a sentence after the one read for it (（一）提前下达资金。…中央…5,130万元；…又以…提前下达省级…
            # 1,846万元: or whose second amount is)
        if short and key[0] == "money" \
                and all(_a_lesser_task(f.scope) for f in found):
            continue            # 分任务看，易地…资金支出20,935.7万元；少数民族发展资金支出3,012.4万元: the lesser tasks alone
        if short and shares_short_of_all(doc, found):
            continue            # 分村看：甲村…386.4万元，占17.57%；乙村…214.8万元，占8.77%: some villages, each with its share
        if short and _rest_elsewhere(doc, parts[-1]):
            continue            # …其余资金的具体安排待项目确定后另行公示
        if short and _rest_stated_after(doc, parts[-1], total_f, found):
            continue            # （7）阿克塞县支付1,170.36万元…。\n市本级支付2,135.50万元: the rest, stated after the items
        if short and measure_class(total_f) in ("spent", "paid") \
                and (any(cues()["spent_in_full"].search(doc.norm, p.start, line_end(doc, p.start))
                         for p, g in zip(parts, keyed_parts) if key not in g)
                     or cues()["spent_in_full"].search(doc.norm, parts[0].start, parts[-1].end)):
            continue            # 3.少数民族发展任务。下达860万元，已全部支出: an item spent in full, its amount unsaid (…；市级资金和
                                # 对口支援资金均已全额支出；本级配套资金支出1,583.7万元: between the items)
        taken = [f for p in parts for f in p.figures if f.kind == key[0] == "money" and f.measure == "recovered"
                 and f not in found and not in_brackets(doc, p, f)]
        if taken and with_amounts_taken_back_off(total_f, found + taken) is not None:
            found = sorted(found + taken, key=lambda f: f.start)    # …下达596万元；…省财政收回我县资金48万元: less it
        result = sum_finding("parts_sum", total_f, found, "分项之和与总数")
        if not certain and short and sum(f.value for f in found) < total_f.value * FAR_BELOW:
            continue            # 项目204个。其中产业发展项目112个…；以工代赈项目9个…: some classes, far below their total
        if result.severity == "error" and not certain and short:
            as_warning(result, "；所列各项可能不全，请核对。")
        bracketed = [next((f for f in p.figures if f.kind == "money" and in_brackets(doc, p, f)), None)
                     for p, g in zip(parts, keyed_parts) if key in g]
        if result.severity == "error" and key[0] == "money" and any(bracketed) and len(bracketed) == len(found):
            # 投入329万元（其中：中彩资金325万元，村级自筹资金2万元）: the items' own funds may be what the total is of
            if adds_up(total_f, [b or f for b, f in zip(bracketed, found)]):
                continue
            # 合计2618万元。具体为：…下达24万元（不包括中牟县的24万元）；…1903万元（不包括中牟县495万元）: the total counts
            # what each item's bracket leaves out of it
            left_out = [f for p in parts for f in p.figures if f.kind == "money" and in_brackets(doc, p, f)
                        and cues()["left_out_bracket"].search(doc.norm, max(p.start, f.start - LEFT_OUT_REACH), f.start)]
            if left_out and adds_up(total_f, found + left_out):
                continue
            as_warning(result, "；括号中的金额未计入，请核对口径。")
        if result.severity != "info":
            out.append(result)
    return out


def _same_amount_of(doc: Document, total: Figure, item: Sentence) -> Figure | None:
    """The one amount of the item whose name ends as the total's does (应贴息资金 of 应贴息资金合计), three
    characters at least; never one of the item's own parts (中央财政资金182.83亿元，包括…其他涉农资金65.67亿元)."""
    name = cues()["total_word"].sub("", total.label)
    parts_from = next((f.start for k, f in enumerate(item.figures) if k and cues()["part_of_item"].search(
        doc.norm[item.figures[k - 1].end:f.start])), item.end)
    best, found = named_most_alike(name, (f for f in item.figures if f.kind == "money" and f.start < parts_from))
    return found[0] if best >= SAME_NAME and len(found) == 1 else None


def _implied_remainder(item: Sentence) -> Figure | None:
    """指标20.58亿元，已用20.36亿元: what is left of the item's first amount after what it spent."""
    money = [f for f in item.figures if f.kind == "money"]
    spent = [f for f in money[1:] if measure_class(f) == "spent"]
    return minus(money[0], spent[0]) if money and len(spent) == 1 and spent[0].value <= money[0].value else None


def _rest_elsewhere(doc: Document, last: Sentence) -> bool:
    """The text after the last part says the rest of the total is placed elsewhere (其余资金…另行公示)."""
    c = cues()
    return bool(c["rest_elsewhere"].search(doc.norm, last.end, last.end + c["REST_WINDOW"]))


def _rest_stated_after(doc: Document, last: Sentence, total_f: Figure, found: list[Figure]) -> bool:
    """The line after the last item states, of the same measure, exactly what the items leave of the total (the
    prefecture's own part after its counties' list)."""
    end = line_end(doc, last.end)
    after = figures_between(doc, end, line_end(doc, end + 1))
    rest = total_f.value - sum(f.value for f in found)
    return any(f.kind == total_f.kind and f.cell is None and f.value == rest
               and measure_class(f) == measure_class(total_f) for f in after)


def breakdown_sums(doc: Document) -> list[Finding]:
    """全县项目73个…已到位3.1亿元。分领域看：（一）基础设施项目21个…已到位0.89亿元；（二）…: each measure of
    the total against the same measure of every item, the items being the sentences that follow it; and
    第一批…；第二批…；第三批…。三批合计…: the items before a closing total."""
    c = cues()
    out = []
    groups = sentences(doc)
    for i, whole in enumerate(groups):
        first_amount = next((f for f in whole.figures if f.kind == "money"), whole.figures[0])
        before = doc.norm[(groups[i - 1].end if i else 0):first_amount.start]
        if c["closing_items"].match(doc.norm[whole.start:first_amount.start]) \
                or c["closing_heading"].search(before):                           # 三批合计…, （二）全州合计。
            # (以上 closes every item of its paragraph above it, however each names its measure)
            items = max(_items_before(doc, groups, i), _lines_items_above(doc, groups, i), key=len)
            counted = c["items_counted"].search(doc.norm, whole.start, first_amount.start)
            if counted and small_int(counted.group("n")) != len(items):
                continue        # 一是…2160万元…；…五是…320万元。以上五项合计6486万元: not all five items were read
            if len(items) >= 2:
                out += _compare(doc, whole, items, certain=True)
            elif i:
                out += _items_in_one_sentence(doc, groups[i - 1], whole)
            continue
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        if nxt is None:
            break
        opening = period_start(doc, whole.start)
        if c["breakdown_intro"].search(doc.norm, opening, first_amount.start) \
                or c["item_lead"].search(doc.norm, opening, first_amount.start):
            continue            # 按建设性质划分，续建…2.14亿元；新建…3.72亿元。按管理方式划分，…: an item, no total of the next
        follow = doc.norm[whole.figures[-1].end:whole.end + FOLLOW_REACH]
        between = doc.norm[whole.end:nxt.start]
        next_head = doc.norm[nxt.start:nxt.figures[0].start]
        if c["sentence_between"].search(between):
            continue            # …2,584万元。以上各项合计与…一致。\n从乡镇分布看，…倾斜。其中，…: the list after is of the words between
        last = whole.figures[-1]
        if not c["parts_follow"].match(next_head) and (named := level_named(next_head)) not in ("", "all") \
                and (level_named(doc.norm[clause_start(doc, last.start):last.start])
                     or level_named(doc.norm[opening:whole.figures[0].start])) not in ("", "all", named):
            continue            # 中央资金分三批到位：…第三批2,550万元…。省级资金分两批到位，分别为…: another level's list
        if c["parts_follow"].match(next_head) and whole.figures[-1].section != nxt.figures[0].section:
            continue            # （一）资金支出。…未支出的1,546,457.13元…\n（二）资金投向。其中：产业发展…: another heading's parts
        if c["parts_follow"].match(next_head) and _after_a_list_of_items(doc, whole, nxt):
            continue            # （４）…项目：总投资36.8万元…。\n其中仕民村项目资金260万元…: of the items above, not the last's
        if c["parts_follow"].match(next_head):
            out += _parts_in_next_sentence(doc, whole, nxt) or _parts_by_clause(doc, groups, i)
        elif not CLAUSE_LIST_GOES_ON.search(doc.norm, whole.start, whole.end):
            # 合计11个，涉及资金33258.4万元。评为“优”的1项，涉及资金460万元；评为“良”的6项…
            out += _parts_by_clause(doc, groups, i, only_if_counted=True)
        explicit = c["breakdown_intro"].search(follow) or c["breakdown_intro"].search(between) \
            or _list_opens_the_figures(c, next_head)
        if explicit is not None and "\n" in explicit.string[:explicit.start()]:
            explicit = None     # the lead of a breakdown under the next heading is not this total's
        items = _item_sections(doc, groups, i)
        if items and _lead_of_another_use(doc, whole, items[0]):
            continue            # …公共服务项目7个，投入1040万元。主要产业项目如下：1.…: the items are the industry's
        if items and c["partial_list"].search(doc.norm, whole.figures[-1].end, items[0].start):
            continue            # …用于产业发展的6,012.4万元，占中央资金的57.66%。主要项目如下：（一）…: some items, of no total
        if items and _closed_after(doc, groups, items):
            continue            # 安排…1,260万元。具体为：（一）…（三）…。以上合计…1,237.11万元，…结余22.89万元: theirs
        if items:       # 本次公告涉及5个批次，合计…6342.5万元。1.第一批：…848.5万元。2.第二批：…
            out += _compare(doc, _classes_together(doc, whole), items,
                            certain=(bool(explicit) or _counted(whole, len(items))
                                     or _lead_counts(doc, whole, groups[i + 1], len(items)))
                            and not _amounts_further_in_an_entry(doc, items))
            continue
        if not (explicit or c["parts_follow"].match(next_head)):
            continue
        parts = _part_groups(doc, groups, i, one_amount_each=bool(explicit))
        if len(parts) >= 2:
            # …；教育扶贫投入26.7万元，扶贫小额贷款贴息9.6万元；其他项目1个…: the list goes on past the items read
            cut_short = bool(CLAUSE_LIST_GOES_ON.search(doc.norm, parts[-1].start, parts[-1].end))
            out += _compare(doc, whole, parts, certain=bool(explicit) and not cut_short)
        elif explicit:
            out += _items_of_the_next_sentence(doc, whole, nxt)
    return out + section_totals(doc)


def _lead_of_another_use(doc: Document, whole: Sentence, first_item: Sentence) -> bool:
    """The words that open a list after a total name a use other than the total's (…基础设施和公共服务项目7个，投入
    1040万元。主要产业项目如下：)."""
    purpose = lexicon().purpose
    lead = doc.norm[whole.end:first_item.start].strip().split("\n")[0].strip()
    if not lead or lead[-1:] not in "：:" and not lead.endswith("如下"):
        return False
    led, own = purpose.first(lead), purpose.first(doc.norm[whole.start:whole.figures[0].start])
    return bool(led and own and led != own)


def _list_opens_the_figures(c: dict, head: str) -> regexp.Match | None:
    """…3085万元。分配资金时，我局综合运用…结果，具体为：甲镇2058万元，…: a breakdown's lead right before the
    first figure of the next sentence, however long the words before it."""
    found = c["breakdown_intro"].search(head, max(0, len(head) - LEAD_REACH))
    named = head[found.end():] if found is not None else ""         # the first item's name
    return found if found is not None and not CLAUSE_MARK.search(named) and "\n" not in head else None


PARTIAL_REACH = 12      # characters after a list's last item the words that make it some of the whole stand in


def _in_a_range(doc: Document, figures: list[Figure], k: int) -> bool:
    """The k-th figure bounds a range with the one before or after it (200万元至550万元)."""
    between = list_cues()["range_between"]
    return k + 1 < len(figures) and bool(between.match(doc.norm[figures[k].end:figures[k + 1].start])) \
        or k > 0 and bool(between.match(doc.norm[figures[k - 1].end:figures[k].start]))


def _items_of_the_next_sentence(doc: Document, whole: Sentence, nxt: Sentence) -> list[Finding]:
    """项目55个，计划投资53.8亿元。按类别分，基础设施建设项目27个，产业发展项目11个，…: a breakdown whose items are
    all in the sentence after the total, each a figure of the one kind and unit of the total's figures."""
    between = doc.norm[whole.end:nxt.start]
    if "\n" in between and LIST_NUMBER.match(doc.norm[line_start(doc, nxt.start):nxt.start]):
        return []           # …其中省级以上资金51,675万元…。\n（二）分年度投入。…2007年3,820万元，…: a numbered item of its own
    if "\n" in between and any(whole.end <= section.start < nxt.start for section in doc.sections):
        return []           # …农村综合改革转移支付2,145万元。\n（二）衔接资金到位情况\n当年衔接资金按级次分：…: a section of its own
    items = [f for k, f in enumerate(nxt.figures) if not (f.kind == "count" and f.unit in cues()["batch_units"])   # 分两批
             and not in_brackets(doc, nxt, f)      # 衔接资金2,000万元（2022年度安排1,200万元，…）: the item's own parts
             and f.kind != "percent"        # …，二者分别占96.25%和3.75%: the items' shares, no items
             and not list_cues()["prior"].search(doc.norm, clause_start(doc, f.start), f.start)  # 县级投入较上年1150万元…
             and not list_cues()["closing_total"].search(doc.norm, clause_start(doc, f.start), f.start)  # …，合计96,828万元
             and not _in_a_range(doc, nxt.figures, k)]     # 其余各镇安排在200万元至550万元之间
    closing = [f for f in nxt.figures if f not in items and f.kind == "money"
               and list_cues()["closing_total"].search(doc.norm, clause_start(doc, f.start), f.start)]
    if closing and adds_up(closing[-1], [f for f in items if f.kind == closing[-1].kind]):
        return []           # …分别为1,386.5万元、1,204.16万元和1,152.8万元，以上合计3,743.46万元: the items' own total
    kinds = {(f.kind, "" if f.kind == "money" else f.unit) for f in items}     # (18.642亿元 over amounts in 万元)
    totals = [f for f in whole.figures if (f.kind, "" if f.kind == "money" else f.unit) in kinds
              and f.kind in ("money", "count", "quantity")]
    if totals and all(list_cues()["prior"].search(doc.norm, clause_start(doc, f.start), f.start) for f in totals):
        return []           # 本级资金比2022年的625万元增长12%。省级资金分三批下达，分别为…: the year before's, no total of them
    totals = [f for n, f in enumerate(totals) if all(g.value != f.value for g in totals[:n])]  # 38,265万元（3.8265亿元）
    if not totals and {k for k, _ in kinds} == {"count"}:
        # 确定实施项目23个，覆盖…21个林场。按类别分，林场产业类16处，…1处: the items count the projects in a unit of their own
        totals = [f for f in whole.figures if f.kind == "count" and f.measure == "projects"]
    level = level_named(doc.norm[nxt.start:nxt.figures[0].start])
    if len(totals) > 1 and level and len({f.fund_level for f in items} - {""}) < 2:
        # 中央资金516万元，省级资金1346.5万元。省级资金分两批下达，分别为…: one level's (not 分级次看，中央资金…，省级资金…)
        totals = [f for f in totals if f.fund_level == level]
    if len(items) == 1 and len(totals) == 1 and items[0].kind == "money" \
            and cues()["one_source"].match(doc.norm, nxt.start, items[0].start) \
            and not doc.norm[items[0].end:nxt.end].strip("。；; \n"):
        # 本次共下达资金320万元。资金来源：…补助资金302万元。: one source is all of it
        found = sum_finding("parts_sum", totals[0], items, "资金来源与总额")
        return [found] if found.severity != "info" else []
    if len(items) < 2 or len(kinds) != 1 or len(totals) != 1 \
            or list_cues()["part_of_part"].search(doc.norm, items[0].end, items[-1].start):
        return []           # 项目总投资847万元，目前到位资金494万元，其中…: one item's figures, not the items
    if any(_other_flow(totals[0], f) for f in items):
        return []           # …；尚未支付的367.65万元…结转下年。分类别看，产业发展类支出3,611.20万元，…: what was spent
    classes = {measure_class(f) for f in items}
    if "spent" in classes and classes & {"received", "arranged", "budget", "available"}:
        return []           # 分县看，昭觉县…全年下达58,264.93万元，已支出57,318.46万元: one item's funds and spending
    if len(items) >= 3 and items[0].value == sum(f.value for f in items[1:]):
        return []           # 其中：中央资金7,318万元；自治区资金4,129万元，分两批下达，分别为2,615万元和1,514万元: one
                            # item and its own parts, no breakdown of the amount before
    if sum(f.value for f in items) < totals[0].value and (_rest_elsewhere(doc, items[-1]) or list_cues()["top_ranked"].search(
            doc.norm, items[-1].end, min(nxt.end, items[-1].end + PARTIAL_REACH))
            or list_cues()["item_without_amount"].match(doc.norm, items[-1].end, nxt.end)):
        return []           # …华家岭镇…到位715.6万元，其余项目资金亦按计划足额到位 / …，资金量居全县前列 / …504.26万元，小额
                            # 信贷贴息和雨露计划补助全部支付到位: some of them
    found = sum_finding("parts_sum", totals[0], items, "分项之和与总数")
    return [found] if found.severity != "info" else []


def _classes_together(doc: Document, whole: Sentence) -> Sentence:
    """全县共实施项目9个…。其中：产业发展类项目5个，安排资金1,980,000元…；基础设施…类项目4个，安排资金1,230,000元。各项目情况如下：
    a lead that splits its projects into classes, each with its amount, totals the items after it with all of them."""
    start = period_start(doc, whole.start)      # (its classes may be ；-clauses of one period)
    figures = [f for f in figures_between(doc, start, whole.end) if f.cell is None]
    money = [f for f in figures if f.kind == "money"]
    if len(money) < 2 or doc.norm.find("其中", start, money[0].start) < 0 \
            or len({measure_class(f) for f in money}) != 1:
        return whole
    return Sentence(start, whole.end, [f for f in figures if f.kind != "money"] + [reduce(plus, money)])


def _closed_after(doc: Document, groups: list[Sentence], items: list[Sentence]) -> bool:
    """The sentence right after the items closes them (以上合计…) with an amount that is exactly their sum."""
    after = next((g for g in groups if g.start >= items[-1].end), None)
    amounts = [[f for f in item.figures if f.kind == "money"] for item in items]
    if after is None or not cues()["closing_items"].match(doc.norm[after.start:after.end]) \
            or not all(len(a) == 1 for a in amounts):
        return False
    total = sum(a[0].value for a in amounts)
    return any(f.kind == "money" and f.value == total for f in after.figures)


def _item_sections(doc: Document, groups: list[Sentence], i: int) -> list[Sentence]:
    """A total that a numbered list follows, one item per list entry: the first sentence of each entry."""
    whole = groups[i]
    if i + 1 == len(groups):
        return []
    first, own = doc.section_at(groups[i + 1].start), doc.section_at(whole.start)
    if own is not None and own.start == whole.start:
        return []           # a heading that states its items' total is section_totals' to check
    if first is None or own is first or first.start < whole.end:
        return []
    if own is not None and own.level == first.level and own.path.rpartition("/")[0] == first.path.rpartition("/")[0]:
        return []           # （一）甲公司。共投入5379.36万元…（二）乙…: an entry's amount is no total of the entries after it
    lead = doc.norm[whole.end:first.start].strip()     # …补助资金318万元。…资金分配方案建议如下：
    if not (cues()["list_lead"].search(doc.norm[whole.start:first.start].rstrip())
            or not lead and cues()["totalling"].search(doc.norm[whole.start:whole.end])):
        return []
    parent = first.path.rpartition("/")[0]
    entries = [x for x in doc.sections if x.level == first.level and x.path.rpartition("/")[0] == parent
               and x.start >= first.start]
    items, at = [], i + 1
    for entry in entries:       # one pass: entries and sentences are both in document order
        while at < len(groups) and groups[at].start < entry.start:
            at += 1
        if at == len(groups) or groups[at].start >= entry.end:
            break
        items.append(groups[at])
    return items if len(items) >= 2 else []


def _amounts_further_in_an_entry(doc: Document, items: list[Sentence]) -> bool:
    """（一）提前下达资金。…提前下达…中央…资金5,130万元；…又…提前下达省级…资金1,846万元: an entry whose later sentences state
    more of what its first one does on its line, so that its first sentence is not all of the entry (a line below, 以上合计
    贴息7,126户、1,237.11万元, is the list's own)."""
    for item in items:
        section = doc.section_at(item.start)
        classes = {measure_class(f) for f in item.figures if f.kind == "money"}
        end = min(section.end, line_end(doc, item.start)) if section is not None else item.end
        if any(f.kind == "money" and f.cell is None and measure_class(f) in classes
               for f in figures_between(doc, item.end, end)):
            return True
    return False


def _lead_counts(doc: Document, whole: Sentence, first_item: Sentence, n: int) -> bool:
    """…共10个，分为两类：1.…2.…: the lead says how many items there are, and there are that many."""
    m = cues()["list_lead"].search(doc.norm[whole.start:first_item.start].rstrip())
    return bool(m and m.group("n") and small_int(m.group("n")) == n)


def _counted(whole: Sentence, n: int) -> bool:
    """The total says how many items it has (涉及5个批次), and there are that many."""
    return any(f.kind == "count" and f.value == n for f in whole.figures)


def _items_in_one_sentence(doc: Document, before: Sentence, whole: Sentence) -> list[Finding]:
    """第一批…总投资3374.3万元（其中建筑工程3292万元），第二批…2069.51万元（其中…1957.775万元），…；以上合计
    批复总投资6222.4万元（其中建筑工程6025.215万元）: the items are the batches of the sentence before, each
    stating the amounts of the total in the same order."""
    c = cues()

    def amounts(s: Sentence) -> list[tuple[Figure, bool]]:
        money = [f for f in s.figures if f.kind == "money"]
        return [(f, k > 0 and bool(c["part_of_item"].search(doc.norm[money[k - 1].end:f.start])))
                for k, f in enumerate(money)]

    totals = amounts(whole)
    items: list[list[tuple[Figure, bool]]] = []
    for f, is_part in amounts(before):
        gap_start = items[-1][-1][0].end if items else before.start
        if not items or (not is_part and c["ordinal_item"].search(doc.norm[gap_start:f.start])):
            items.append([])
        items[-1].append((f, is_part))
    if len(items) < 2 or any([p for _, p in item] != [p for _, p in totals] for item in items) \
            or not c["ordinal_item"].search(doc.norm[before.start:items[0][0][0].start]):
        return []
    out = []
    for k, (total_f, _) in enumerate(totals):
        result = sum_finding("parts_sum", total_f, [item[k][0] for item in items], "各项之和与合计")
        if result.severity != "info":
            out.append(result)
    return out


def _items_before(doc: Document, groups: list[Sentence], i: int) -> list[Sentence]:
    """The sentences before a closing total that state its measures: in its own paragraph, or lines of
    places above a 合计 heading (阿图什市到位…；阿克陶县到位…\n（二）全州合计。全州累计到位…)."""
    whole = groups[i]
    keys = set(_keyed(doc, whole))
    items: list[Sentence] = []
    for s in (groups[j] for j in range(i - 1, -1, -1)):
        if not set(_keyed(doc, s)) & keys:
            if items and _places_line(s) and any(f.kind == "money" for f in s.figures):
                return []   # （四）马隘镇。到位资金…，当年全部支出。燕峒乡…已支出…: a place above that states none of the total's
            break           # measures: the list reaches past the items read, some of them only
        new_line = "\n" in doc.norm[s.end:(items[0] if items else whole).start]
        if new_line and not _places_line(s):
            break
        items.insert(0, s)
    return items


def _places_line(s: Sentence) -> bool:
    return all(f.scope.startswith("地:") for f in s.figures if f.kind == "money")


def _lines_items_above(doc: Document, groups: list[Sentence], i: int) -> list[Sentence]:
    """…公益岗1564人，工资1078600元；…920人，报酬1144985元。…12人，工资9350元；…65人，报酬86000元。以上共拨付2561人、
    资金2316935元: after 以上, the sentences of its paragraph before it, one amount each, whatever they call it."""
    whole = groups[i]
    if not cues()["above"].match(doc.norm, whole.start):
        return []
    items: list[Sentence] = []
    for s in (groups[j] for j in range(i - 1, -1, -1)):
        if "\n" in doc.norm[s.end:(items[0] if items else whole).start] \
                or sum(f.kind == "money" for f in s.figures) != 1:
            break
        items.insert(0, s)
    return items if len(items) >= 2 else []


INLINE_ITEM = regexp.compile(r"[。；;]\s*\d{1,2}\s*[.．、](?!\d)")     # …。5.脱贫户种植…: an item run into the one before


def section_totals(doc: Document) -> list[Finding]:
    """（一）政策补贴延续类项目，合计1240万元 with its items 1. … 108万元, 2. … 20万元, …: the heading's total
    against the one amount each item states."""
    c = cues()
    out = []
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    starts = [f.start for f in money]

    def money_in(section) -> list[Figure]:     # a section's own amounts: paths repeat when reports are joined
        span = money[bisect_left(starts, section.start):bisect_left(starts, section.end)]
        return [f for f in span if f.section == section.path]

    children = subsections(doc)
    for section in doc.sections:
        items = children.get(section.start, [])
        if len(items) < 2:
            continue
        end_of_line = doc.norm.find("\n", section.start)
        end_of_line = len(doc.norm) if end_of_line < 0 else end_of_line
        # （一）…合计1240万元 / （二）安排183万元作为各单位的项目管理费，分配如下：
        hands_over = bool(c["list_lead"].search(doc.norm[section.start:end_of_line].rstrip()))
        totals = [f for f in money_in(section) if f.start < end_of_line
                  and (hands_over or c["section_total"].search(doc.norm[section.start:f.start]))]
        if len(totals) != 1 or c["partial_list"].search(doc.norm[section.start:end_of_line]):
            continue
        amounts = []
        for item in items:
            own = money_in(item)
            if not own or c["partial_list"].search(doc.norm[item.start:item.end]):
                amounts = []
                break
            if len(own) >= 2 and all(f.fund_level in SINGLE_LEVELS for f in own) \
                    and len({f.fund_level for f in own}) == len(own):
                amounts += own      # 3.市级资金600.00万元、县级资金1,500.00万元，均按计划全额到位: an item of two levels
            else:
                amounts.append(own[0])
        if len(amounts) < 2 or c["partial_list"].search(doc.norm[items[-1].end:section.end]) \
                or c["partial_list"].search(doc.norm, end_of_line, items[0].start):
            continue            # (…合计4,641.1万元，…\n主要项目有：\n1.…: some of them)
        if any(f.kind == "count" and f.measure == "projects" and f.value > len(items)
               for f in figures_between(doc, section.start, end_of_line)):
            continue            # (（一）产业发展。安排项目31个，资金10,412万元…其中：1.…2.…3.…: three of the 31)
        if sum(f.value for f in amounts) < totals[0].value \
                and any(INLINE_ITEM.search(doc.norm, item.start, item.end) for item in items):
            continue            # …覆盖2.3万亩。5.脱贫户种植…530万元…6.…: items run on within one, their amounts unread
        result = sum_finding("parts_sum", totals[0], amounts, f"{section.number}各项之和与合计")
        if result.severity != "info":
            out.append(result)
    return out


SINGLE_LEVELS = ("central", "provincial", "city", "county")


def _fewer_levels(doc: Document, parts: list[Figure]) -> bool:
    """Parts each of one level, fewer levels than the report's own funds were received or arranged at."""
    if not all(f.fund_level in SINGLE_LEVELS for f in parts):
        return False
    received = {f.fund_level for f in doc.figures if f.kind == "money" and f.cell is None and not f.scope
                and f.fund_level in SINGLE_LEVELS and measure_class(f) in ("received", "arranged", "allocated", "budget")}
    return {f.fund_level for f in parts} < received


LEFT_OVER = ("carryover", "retention")      # measures of money left, which no amount received or spent holds


def _after_a_list_of_items(doc: Document, whole: Sentence, nxt: Sentence) -> bool:
    """A 其中 that opens a line after the last of numbered items (（３）…\n（４）…总投资36.8万元…。\n其中仕民村项目资金260万元),
    with an amount above all of the last item's, speaks of the items together: it is no breakdown of the last one."""
    line = line_start(doc, whole.start)
    if line_start(doc, nxt.start) == line or line == 0 or not LIST_NUMBER.match(doc.norm[line:whole.figures[0].start]) \
            or LIST_NUMBER.match(doc.norm[line_start(doc, nxt.start):nxt.figures[0].start]):
        return False
    before = doc.norm[line_start(doc, line - 1):line]
    own = [f.value for f in whole.figures if f.kind == "money"]
    return bool(LIST_NUMBER.match(before)) and bool(own) \
        and any(f.kind == "money" and f.value > max(own) for f in nxt.figures)


def _parts_in_next_sentence(doc: Document, whole: Sentence, nxt: Sentence) -> list[Finding]:
    """收到上级奖励资金1150万元。其中，中央奖励资金300万元，省级奖励资金880万元。"""
    # (（含…70万元）: a part of a part; 县级预算安排600万元，比上年增加150万元: a change)
    listed = [f for f in nxt.figures if not in_brackets(doc, nxt, f) and not (
        f.kind == "money" and list_cues()["absolute_change"].search(doc.norm, clause_start(doc, f.start), f.start))]
    # 中央衔接资金项目25个、6380万元，自治区…12个、1898万元: each part's count of projects beside it
    listed = [f for f, g in zip(listed, listed[1:] + [None]) if not (
        f.kind == "count" and g is not None and g.kind == "money"
        and list_cues()["paired_total"].fullmatch(doc.norm, f.end, g.start))]
    # 其中中央资金计划3500万元，实际到位3200万元: a part's plan right before what came of it, no part
    # (其中中央资金：目标9,218万元，实际9,218万元: nor its target)
    listed = [f for f, g in zip(listed, listed[1:] + [None]) if not (
        g is not None and measure_class(f) == "planned" != measure_class(g) and f.fund_level == g.fund_level
        or g is not None and g.kind == f.kind and g.fund_level in ("", f.fund_level)
        and list_cues()["target_named"].search(doc.norm, clause_start(doc, f.start), f.start))]
    listed = _sums_for_their_items(doc, listed)
    if len(listed) > 1 and (list_cues()["parts_intro"].search(doc.norm, listed[0].end, listed[1].start)
                            or COLON.search(doc.norm, listed[0].end, listed[1].start)):
        return []           # 其中由甲镇承担投入75.2944万元，分别为中央…、省…: one part, and its own parts (…：…)
    parts = [f for f in listed if f.kind == "money"]
    if not parts:
        return _counts_in_next_sentence(doc, whole, listed)
    kept = without_their_own_parts(parts)      # 其中：…项目总投资380万元，使用…资金360万元、村集体自筹20万元: one part
    if len(kept) < len(parts):
        parts, listed = kept, [f for f in listed if f.kind != "money" or f in kept]
    # the amount the parts are of: not a change beside it (比上年增加0.6125亿元), so at least each part; the batch
    # the sentence names, where it names one (…第一批2000万元，…累计下达6000万元。其中第一批中央资金1500万元、…)
    batch = batch_named(doc.norm[nxt.start:nxt.figures[0].start])
    amounts = [f for f in whole.figures if f.kind == "money" and (
        not batch or batch in doc.norm[clause_start(doc, f.start):f.start])]
    latest = max((f.period for f in amounts if f.period.isdigit()), default="")     # (a year, not 截至…)
    total_f = next((f for f in reversed(amounts) if f.measure != "growth" and all(f.value >= p.value for p in parts)
                    and not list_cues()["bound_before"].search(doc.norm, clause_start(doc, f.start), f.start)
                    and not list_cues()["converted"].search(doc.norm[clause_start(doc, f.start):f.start])
                    and not cues()["change_base"].search(doc.norm, clause_start(doc, f.start), f.start)
                    and not (f.period.isdigit() and f.period < latest)),
                   None)        # (not 规模首次突破三千万元, a bound; nor …3,652.4万元，约合3,650万元, a rounding of it; nor
                                # 较2018年的9.86亿元, the year before's; nor 比年初预计的7,850万元多744万元, what it is
                                # compared with)
    if total_f is not None and measure_class(total_f) not in LEFT_OVER:
        # …累计支出978.4万元。其中衔接资金865万元已全部支出，县级资金支出113.4万元，结余21.6万元为工程质保金: what is left is
        # no part of what was spent
        left = [f for f in parts if measure_class(f) in LEFT_OVER]
        parts, listed = [f for f in parts if f not in left], [f for f in listed if f not in left]
    if total_f is None or len(parts) < 2 or len(parts) != len(listed):
        return []
    period_end = doc.norm.find("。", parts[-1].end)
    rest = [f for f in figures_between(doc, nxt.end, period_end if period_end >= 0 else nxt.end) if f.kind == "money"]
    if rest and all(f.fund_level for f in parts + rest) \
            and len({f.fund_level for f in parts + rest}) == len(parts) + len(rest):
        parts += rest       # …中央衔接资金12052万元、省级衔接资金10557万元；市、县两级…共安排衔接资金10559万元
        rest = []
    goes_on = bool(rest)
    levels = len({f.fund_level for f in parts}) == len(parts) and all(f.fund_level for f in parts)
    partial = bool(cues()["partial"].search(doc.norm[parts[-1].end:nxt.end])) \
        or levels and lowest_level_unsaid(doc, parts) \
        or levels and bool(list_cues()["rest_named"].match(doc.norm, past_an_aside(doc, parts[-1].end), nxt.end))
    # (…，其余为市、区两级配套; …县级配套1,000万元（上年为850万元），其余为市级补助资金)
    if levels and measure_class(total_f) in ("spent", "paid"):
        # 实际支付3105.93万元…。其中中央资金支付1520万元，自治区资金支付1046.23万元: fewer levels than the report
        # received, some of what was spent
        partial = partial or _fewer_levels(doc, parts)
    if levels and not goes_on and level_left_out_follows(doc, nxt, total_f, parts):
        return []           # …其中：中央3,912.00万元，省级…，县级… with 市级 | 200.00 in the table of the levels
    if levels and not goes_on:      # only a list of levels, each named once, is the whole of its total
        result = sum_finding("parts_sum", total_f, parts, "其中各级资金与总数", partial)
    elif not goes_on and _projects_counted(whole, parts):
        # 3个以工代赈项目入选，合计获得…1170万元。其中，甲村项目获得395万元，乙村项目…，丙村项目…: all of them
        result = sum_finding("parts_sum", total_f, parts, "其中各项目与总数", partial)
    else:                           # other parts may be some of it, but never more than all of it
        result = sum_finding("parts_sum", total_f, parts, "其中各项与总数", True)
    return [result] if result.severity != "info" else []


def _paid_after_in_its_item(doc: Document, f: Figure, parts: list[Sentence]) -> bool:
    """The item whose amount f is the funds it uses (使用衔接资金1,486.8万元) states, after it, an amount paid or spent: f
    is the item's funds, not its spending."""
    if not cues()["uses_funds"].search(doc.norm, clause_start(doc, f.start), f.start):
        return False
    later = [p.start for p in parts if p.start > f.end]
    end = min(later) if later else line_end(doc, f.end)
    return any(g.kind == "money" and g.cell is None and measure_class(g) in ("spent", "paid")
               for g in figures_between(doc, f.end, end))


def _sums_for_their_items(doc: Document, listed: list[Figure]) -> list[Figure]:
    """…中央衔接资金28,640万元，其他中央涉农资金9,120.60万元，以上合计37,760.60万元；省级…: a sum closing the amounts
    right before it stands for them on the list."""
    out: list[Figure] = []
    for f in listed:
        run = list(takewhile(lambda g: g.kind == "money", reversed(out)))
        if f.kind == "money" and len(run) >= 2 and sum(g.value for g in run) == f.value \
                and list_cues()["closing_total"].search(doc.norm, clause_start(doc, f.start), f.start):
            del out[-len(run):]
        out.append(f)
    return out


def _projects_counted(whole: Sentence, parts: list[Figure]) -> bool:
    """The total counts its projects, and a part names each of them."""
    return any(f.kind == "count" and f.measure == "projects" and f.value == len(parts) for f in whole.figures) \
        and all("项目" in p.label for p in parts)


def _counts_in_next_sentence(doc: Document, whole: Sentence, listed: list[Figure]) -> list[Finding]:
    """重新安排实施20个项目。其中：甲乡4个、乙乡4个、…: counts listed after 其中 are some of the count before, so never
    more than it."""
    # (not a change beside it: 务工就业1.26万人，比上年增加860人；其中县外务工7,420人，…)
    counts = [f for f in reversed(whole.figures) if f.kind == "count"
              and not list_cues()["absolute_change"].search(doc.norm, clause_start(doc, f.start), f.start)]
    # (共实施衔接资金项目356个，覆盖全县30个乡镇。其中：产业发展类项目201个，…: the count of what the parts count)
    noun = listed[0].label[-2:] if listed and all(f.label.endswith(listed[0].label[-2:]) for f in listed) else ""
    total_f = next((f for f in counts if noun and f.label.endswith(noun)), counts[0] if counts else None)
    if total_f is None or len(listed) < 2 or any(f.kind != "count" or f.unit != total_f.unit for f in listed) \
            or any(for_each(doc, f) for f in listed):
        return []
    result = sum_finding("parts_sum", total_f, listed, "其中各项与总数", True)
    return [result] if result.severity != "info" else []


def _parts_by_clause(doc: Document, groups: list[Sentence], i: int, only_if_counted: bool = False) -> list[Finding]:
    """项目总投资1295万元。其中：基础设施建设项目3项，资金合计938万元；产业发展项目2项，资金合计307万元；项目管理1项，
    投资14万元。: one amount in each ；-clause up to the end of the sentence. Complete where the clauses'
    counts add up to the total's count; without 其中, the clauses are parts only where they do."""
    whole = groups[i]
    clauses: list[Sentence] = []
    for k in range(i + 1, len(groups)):     # not groups[i + 1:], a copy of the rest for each sentence: quadratic
        g = groups[k]
        if clauses and doc.norm[clauses[-1].end:g.start].strip():
            return []
        clauses.append(g)
        if not CLAUSE_LIST_GOES_ON.search(doc.norm, g.start, g.end):
            break
    if clauses and any(whole.end <= t.start < clauses[0].start for t in doc.tables):
        return []           # …尚有31.6万元未拨付。…表2…合计…\n其中，甲村项目总投资118.6万元…；乙村…: the table's rows, not its
    totals = [f for f in whole.figures if f.kind == "money"]
    if not totals and i and not only_if_counted:
        # …累计投入协作资金5107.12万元。…实施了4大类、24个项目…。其中，产业开发方面投入3952万元；…: the amount the
        # sentence of counts goes on about
        totals = [f for f in groups[i - 1].figures if f.kind == "money"][-1:]
    # …榨油厂建设项目160万元（含产业发展资金80万元）: a part's own part, in brackets
    parts = [[f for f in g.figures if f.kind == "money" and not in_brackets(doc, g, f)] for g in clauses]
    if len(totals) != 1 or len(parts) < 2 or any(len(p) != 1 or for_each(doc, p[0]) for p in parts):
        return []
    if totals[0] not in whole.figures and any(p[0].value > totals[0].value for p in parts):
        return []           # an amount two sentences back smaller than a part is not theirs
    if any(_other_flow(totals[0], p[0]) for p in parts):
        return []           # 结转结余434.4万元…。其中中央资金支出5020万元，…: what was spent is no part of what is left
    if _a_levels_share_of_a_use_before(doc, clauses, [p[0] for p in parts]):
        return []           # 其中产业发展项目78个，使用衔接资金17864.3万元…；中央资金用于产业发展12000.8万元: a level's part of it
    if only_if_counted and "\n" in doc.norm[whole.end:clauses[0].start]:
        return []           # …贫困行政村42个，奖补资金420万元。…上述资金…具体安排如下：\n甲镇（4个）…: a list of the paragraph's lead
    counted = [f for f in whole.figures if f.kind == "count"]
    # (分两批下达…8.35亿元。第一批3.08亿元，覆盖…两县；第二批5.27亿元，覆盖…三县两区: counties are no batches)
    counts = [[f for f in g.figures if f.kind == "count" and len(counted) == 1
               and f.unit in COUNTED_ALIKE.get(counted[0].unit, {counted[0].unit})] for g in clauses]
    complete = len(counted) == 1 and all(len(n) == 1 for n in counts) \
        and sum(n[0].value for n in counts) == counted[0].value
    if only_if_counted and not complete and not (len(counted) == 1 and all(len(n) == 1 for n in counts)
                                                 and adds_up(totals[0], [p[0] for p in parts])):
        return []           # without 其中, the clauses are parts only where their counts or their amounts add up
    result = sum_finding("parts_sum", totals[0], [p[0] for p in parts], "其中各项与总数")
    if result.severity == "error" and not complete and Decimal(result.computed) < totals[0].value:
        as_warning(result, "；所列各项可能不全，请核对。")
        if Decimal(result.computed) < totals[0].value * FAR_BELOW:
            result.severity = "info"    # some of the items, far below their total, claim no sum
    out = [result] if result.severity != "info" else []
    if len(counted) == 1 and all(len(n) == 1 for n in counts) and not complete \
            and adds_up(totals[0], [p[0] for p in parts]):
        # the amounts add up, so the clauses are all of the total, and so are their counts (项目6个 … 3项、2项、2项)
        out.append(sum_finding("parts_sum", counted[0], [n[0] for n in counts], "其中各项与总数"))
    return out


def _a_levels_share_of_a_use_before(doc: Document, clauses: list[Sentence], parts: list[Figure]) -> bool:
    """A clause of one level's money for a use an earlier clause of the list is about: a part of that clause's amount."""
    purpose = lexicon().purpose
    uses = [purpose.first(doc.norm[c.start:p.start]) for c, p in zip(clauses, parts)]
    return any(p.fund_level in SINGLE_LEVELS and uses[k] and "用于" in doc.norm[clauses[k].start:p.start]
               and any(uses[j] == uses[k] and parts[j].fund_level not in SINGLE_LEVELS for j in range(k))
               for k, p in enumerate(parts) if k)


def _a_levels_use_of_an_item_before(doc: Document, items: list[Sentence], k: int) -> bool:
    """按用途分：产业发展投入16,024.30万元，占60.72%；中央资金用于产业发展11,471万元，占中央资金的61.5%: one level's money for
    the use an earlier item of the list is about is a part of that item, no item of its own."""
    def first_money(item: Sentence) -> Figure | None:
        return next((f for f in item.figures if f.kind == "money"), None)
    money = first_money(items[k])
    if not k or money is None or money.fund_level not in SINGLE_LEVELS \
            or "用于" not in doc.norm[items[k].start:money.start]:
        return False
    use = lexicon().purpose.first(doc.norm[items[k].start:money.start])
    return bool(use) and any((m := first_money(item)) is not None and m.fund_level not in SINGLE_LEVELS
                             and lexicon().purpose.first(doc.norm[item.start:m.start]) == use for item in items[:k])


def _spent_over_received(total: Figure, part: Figure) -> bool:
    """A total of what was spent over an amount of what came in (支出219,163.87万元 over 到位31,425.6万元)."""
    return measure_class(total) in ("spent", "paid") and measure_class(part) in SOURCE_MEASURES


def _other_flow(total: Figure, part: Figure) -> bool:
    """One amount spent and the other what is left (carried over, or held back as 质保金): neither is a part of the
    other."""
    classes = {measure_class(total), measure_class(part)}
    return "spent" in classes and bool(classes & LEFT_UNSPENT)


def _part_groups(doc: Document, groups: list[Sentence], i: int, one_amount_each: bool = False) -> list[Sentence]:
    """The sentences that list one item each, up to the first that is not an item of the same measures (or,
    after an explicit 分来源看：, the first that does not state one amount as the total does)."""
    c = cues()
    parts = []
    whole = groups[i]
    section = doc.section_at(whole.start)
    measures = set(_keyed(doc, whole))
    paragraph = line_start(doc, whole.start)
    for s in (groups[j] for j in range(i + 1, len(groups))):
        if section is not None and not (section.start <= s.start < section.end):
            break
        if any(whole.end <= t.start < s.start for t in doc.tables):
            break       # …县级统筹2,326万元…。分乡镇情况见下表。<table> 其中，六德乡…2,105.35万元: the table's, not its items
        if parts and line_start(doc, parts[0].start) == paragraph != line_start(doc, s.start):
            break       # items that began in the total's paragraph end with it (a heading below is no item)
        if parts and c["breakdown_intro"].search(doc.norm[s.start:s.figures[0].start]):
            break       # 分级看：中央…；省级…。分类别看：…: a second breakdown of the same total
        if len(parts) >= 2 and doc.norm[parts[-1].end - 1] in "。." and doc.norm[parts[-2].end - 1] in "；;":
            break       # 第一产业…；第二产业…；第三产业…。财政总收入…: a list of ；-clauses ends with its period
        head = doc.norm[s.start:s.figures[0].start]
        if c["partial"].search(doc.norm[s.figures[-1].end:s.end]):
            return []
        if _of_another_purpose(whole, s):
            break       # 产业发展投入3,420万元…；其中中央资金…2,475万元…。就业帮扶、基础设施…投入合计1,966.20万元: a sibling
        # (…或 one amount named as the total is: …贷款4104.9万元，应贴息资金407419.62万元)
        single = one_amount_each and _one_amount(whole) and (
            _one_amount(s) or _same_amount_of(doc, next(f for f in whole.figures if f.kind == "money"), s) is not None)
        taken_back = bool(parts) and {f.measure for f in s.figures if f.kind == "money"} == {"recovered"}
        if not (set(_keyed(doc, s, item=True)) & measures or single or _level_of_the_funds(doc, whole, s)
                or taken_back) \
                or c["ends_list"].search(head):     # (…下达596万元；因项目调整，省财政收回我县资金48万元: less it)
            if parts and _numbered_line(doc, s.start) and _numbered_line(doc, parts[0].start) \
                    and line_start(doc, s.start) == line_end(doc, parts[-1].start) + 1:
                return []       # …\n2.以工代赈任务。…支出1,229.80万元…\n3.少数民族发展任务。下达860万元，已全部支出: the list
                                # goes on with an item that states the measure in words
            break
        parts.append(s)
    return parts


def _purposes(s: Sentence) -> set[str]:
    return {f.purpose for f in s.figures if f.kind == "money"}


def _of_another_purpose(whole: Sentence, s: Sentence) -> bool:
    """Every amount of s is of one purpose, and every amount of whole of another: no part of it."""
    mine, theirs = _purposes(whole), _purposes(s)
    return len(mine) == len(theirs) == 1 and "" not in mine | theirs and mine != theirs


def _numbered_line(doc: Document, at: int) -> bool:
    return LIST_NUMBER.match(doc.norm[line_start(doc, at):line_end(doc, at)]) is not None


def _level_of_the_funds(doc: Document, whole: Sentence, s: Sentence) -> bool:
    """其中：中央资金…；省级资金…；县本级预算安排815万元: a level's funds, however its words say they came, are a part
    of the funds received the list follows (县级预算安排3,600万元，比上年的3,300万元增长9.09%: the year before's aside)."""
    money = [f for f in _keyed(doc, s, item=True).values() if f.kind == "money"]
    return len(money) == 1 and money[0].field in SINGLE_LEVEL_FIELDS.values() \
        and any(f.field == "funds_received_total" for f in whole.figures)


def _one_amount(s: Sentence) -> bool:
    return sum(f.kind == "money" for f in s.figures) == 1


def fees_by_rule(doc: Document) -> list[Finding]:
    """项目管理费15.30万元…从中央资金中留取1%、从省级资金中留取3%: the fee is Σ base × rate, the bases being
    the report's funds of the levels named; the rates are exact, set by rule."""
    c = cues()
    out = []
    received = _received_by_level(doc)
    for s in sentences(doc):
        rates = [(f, c["fee_rate"].search(doc.norm[max(s.start, f.start - 16):f.start])) for f in s.figures
                 if f.kind == "percent"]
        rates = [(f, m) for f, m in rates if m]
        if not rates:
            continue
        bases = [received.get(m.group("level")) for _, m in rates]
        if any(b is None for b in bases):
            continue
        fee = last_before(doc, "fee", lambda f: f.kind == "money" and f.cell is None
                          and bool(c["fee"].search(doc.norm[max(0, f.start - 20):f.start])), s.start)
        if fee is None or (doc.section_at(fee.start) is not doc.section_at(s.start)):
            continue
        value = sum((b.value * r.value / HUNDRED for b, (r, _) in zip(bases, rates)), Decimal(0))
        span = Interval(Decimal(0), Decimal(0))
        for b, (r, _) in zip(bases, rates):
            span = span + interval(b).scaled(r.value / HUNDRED)
        formula = "+".join(f"{shown(b)}×{shown(r)}" for b, (r, _) in zip(bases, rates))
        result = verdict(fee, value, span)
        if result == CONTRADICTION:
            msg = f"按规定比例提取的费用应为{formula}={number(value / fee.scale)}{fee.unit}，文中写{shown(fee)}。"
            out.append(finding("rate", "error", msg, [fee, *bases, *(r for r, _ in rates)], fee.value, value))
    return out


def _received_by_level(doc: Document) -> dict[str, Figure]:
    names = cues()["level_words"]
    out: dict[str, Figure] = {}
    for f in doc.figures:
        for word, field in names.items():
            if f.field == field:
                out.setdefault(word, f)
    return out


def average_growth(doc: Document, checked: set[int]) -> list[Finding]:
    """由2020年的12372.79元增加到2024年的21693.52元，年均增长15.05%: (21693.52÷12372.79)^(1/4)−1."""
    c = cues()
    out = []
    for s in sentences(doc):
        for k, pct in enumerate(s.figures):
            if pct.kind != "percent" or not c["average_growth"].search(doc.norm[s.start:pct.start][-12:]):
                continue
            dated = [(f, c["year_before"].search(doc.norm[max(s.start, f.start - 10):f.start]))
                     for f in s.figures[:k] if f.kind in ("money", "count", "quantity")]
            dated = [(f, int(m.group(1))) for f, m in dated if m]
            if len(dated) < 2:
                dated = _values_of_a_span(doc, s, k)
            if len(dated) < 2:
                out += _averages_of_total_growths(doc, s, k, checked)
                continue
            (first, y1), (last, y2) = dated[-2], dated[-1]
            years = y2 - y1
            if years < 2 or first.value <= 0 or first.unit != last.unit:
                continue
            value, span = _cagr(first, last, years)
            checked.add(id(pct))
            out.append(percent_finding("growth", pct, value, span,
                                       f"({shown(last)}÷{shown(first)})^(1/{years})−1", "年均增长率", [pct, first, last]))
    return out


def _run_from(doc: Document, s: Sentence, k: int) -> list[Figure]:
    """The percentages from figure k on that 和 or 、 join into one list (增长15.7%和15.1%)."""
    run = [s.figures[k]]
    for f in s.figures[k + 1:]:
        if f.kind != "percent" or not cues()["percent_joined"].fullmatch(doc.norm[run[-1].end:f.start]):
            break
        run.append(f)
    return run


def _averages_of_total_growths(doc: Document, s: Sentence, k: int, checked: set[int]) -> list[Finding]:
    """2021年，全省…总产值3579亿元，增加值2270.07亿元，分别比2017年增长15.7%和15.1%，年均分别增长3.7%和3.6%: each
    yearly average is the total growth's over the years between, (1+15.7%)^(1/4)−1, paired in order."""
    c = cues()
    since = next((j for j in range(k - 1, -1, -1) if s.figures[j].kind == "percent" and c["growth_since"].search(
        doc.norm[max(s.start, s.figures[j].start - GROWTH_REACH):s.figures[j].start])), None)
    if since is None:
        return []
    growths, averages = _run_from(doc, s, since), _run_from(doc, s, k)
    since_year = c["growth_since"].search(doc.norm[max(s.start, growths[0].start - GROWTH_REACH):growths[0].start])
    base = int(since_year.group(1))
    named = list_cues()["year_in_sentence"].search(doc.norm, s.start, growths[0].start)
    later = int(named.group(1)) if named and int(named.group(1)) > base else doc.year
    if later is None or later - base < 2 or len(growths) != len(averages) or growths[-1].start > averages[0].start:
        return []
    out = []
    for growth, avg in zip(growths, averages):
        value, span = _average_of_growth(growth, later - base)
        checked.add(id(avg))
        out.append(percent_finding("growth", avg, value, span, f"(1+{shown(growth)})^(1/{later - base})−1",
                                   "年均增长率", [avg, growth]))
    return out


def _average_of_growth(growth: Figure, years: int) -> tuple[Decimal, Interval]:
    with localcontext() as ctx:
        ctx.prec = 28
        exponent = Decimal(1) / Decimal(years)

        def rate(g: Decimal) -> Decimal:
            return ((1 + g / HUNDRED) ** exponent - 1) * HUNDRED
        return rate(growth.value), Interval(rate(interval(growth).lo), rate(interval(growth).hi))


def _values_of_a_span(doc: Document, s: Sentence, k: int) -> list[tuple[Figure, int]]:
    """2015年至2019年，…由48.02亿元增加到127.54亿元，年均增长…: the values 由 and 增加到 name, right before the growth,
    dated by the span the sentence states before them."""
    c = cues()
    if k < 2:
        return []
    first, last = s.figures[k - 2], s.figures[k - 1]
    span = c["year_span"].search(doc.norm, s.start, first.start)
    if span is None or first.kind != last.kind or first.kind not in ("money", "count", "quantity") \
            or not c["span_from"].search(doc.norm[max(s.start, first.start - 30):first.start]) \
            or not c["span_to"].match(doc.norm[first.end:last.start]):
        return []
    return [(first, int(span.group(1))), (last, int(span.group(2)))]


def _cagr(first: Figure, last: Figure, years: int) -> tuple[Decimal, Interval]:
    with localcontext() as ctx:
        ctx.prec = 28
        exponent = Decimal(1) / Decimal(years)

        def rate(a: Decimal, b: Decimal) -> Decimal:
            return ((b / a) ** exponent - 1) * HUNDRED
        lo_first, hi_first = interval(first).lo, interval(first).hi
        lo_last, hi_last = interval(last).lo, interval(last).hi
        return rate(first.value, last.value), Interval(rate(hi_first, lo_last), rate(lo_first, hi_last))


def stated_averages(doc: Document) -> list[Finding]:
    """扶持12个合作社，投入资金300万元，平均每个合作社25万元: 300万元 ÷ 12 (the count is exact). 为7171户…兑付了贴息资金，
    其中…；…共计1300万元，…户均贴息1812.86元: per 户 or 人, over the first count of that unit in the period, and
    the total of what the noun names (分红总额 for 人均分红) where the period states one."""
    c = cues()
    out = []
    for s in sentences(doc):
        for k, avg in enumerate(s.figures):
            before = doc.norm[(s.figures[k - 1].end if k else s.start):avg.start]
            m = c["average"].search(before)
            approximate = avg.qualifier in c["approximate"]
            if avg.kind != "money" or not m or avg.qualifier and not approximate or before[:m.start()].endswith("按"):
                continue        # 户均奖补资金829元以上: a bound, not the average; 按人均330元缴纳: a standard
            noun, per = m.group("noun").strip() or None, m.group("per")
            if c["average_not"].search(before) and c["place_income"].search(before[:m.start()]):
                continue        # …人均6,000元；2008年全村人均收入达到3,460元: the village's income, of no amount stated
            if per:
                earlier = figures_between(doc, period_start(doc, avg.start), avg.start)
                # (全县155个村（社区）…, 623个村集体经济总收入…, 52个省定扶贫工作重点村…: villages counted in 个)
                of_unit = [f for f in earlier if f.kind == "count" and f.value > 0
                           and (f.unit.lstrip("万") in COUNTED_ALIKE.get(per, {per})
                                or f.unit == "个" and (noun_after := COUNTED_NOUN_AFTER.match(doc.norm, f.end))
                                and per in (noun_after.group()[:1], noun_after.group()[-1:]))]
                counts = of_unit[:1] if of_unit and of_unit[0].value == max(f.value for f in of_unit) else []
                # (not 带动554个行政村年均增收5.7万元 nor 户均获得收益2000元: an amount per village, year or household is no total)
                earlier_totals = [f for f in earlier if f.kind == "money"
                                  and not c["averaged_too"].search(doc.norm, clause_start(doc, f.start), f.start)]
                alike = (noun, *patterns.load("relations")["context"]["average_noun_alike"].get(noun, ())) if noun else ()
                # (not 享受贴息的贷款余额为6.42亿元 for 户均贴息: a word that qualifies another names nothing)
                named = [f for f in earlier_totals if any(_names_as_its_own(_own_words(doc, f), n) for n in alike)]
                if c["average_not"].search(before):     # 人均增收: over the pay stated in total, if any
                    named = named or [f for f in earlier_totals if c["income_total"].search(_own_words(doc, f))]
                if per == "村":     # 集体经济收入总额达到1,937.5万元，村均13.5万元: the villages' income in total
                    named = named or [f for f in earlier_totals if c["village_income"].search(_own_words(doc, f))]
                totals = named or ([] if c["average_not"].search(before) else
                                   [f for f in earlier_totals if f.measure in AVERAGED_MEASURES])
                in_clause = [f for f in of_unit if totals and clause_start(doc, totals[-1].start) <= f.start < totals[-1].start]
                if len(in_clause) == 1:
                    counts = in_clause  # 授信22085户，…向2775户投放贷款10079.6万元，户均3.63万元: the total's own households
                if not counts and k and s.figures[k - 1].kind == "money" and COMMA_ONLY.fullmatch(before[:m.start()]) \
                        and noun is None and s.figures[k - 1] in earlier_totals:
                    # 农村危房改造资金424万元，户均11500元: the amount right before is the standard times the households
                    # of the work stated before its paragraph (共368户2193人); which count that is is assumed: a warning
                    stated = [f for f in figures_before(doc, period_start(doc, avg.start)) if f.kind == "count"
                              and f.cell is None and f.value > 0 and f.unit.lstrip("万") in COUNTED_ALIKE.get(per, {per})]
                    if stated and not approximate:
                        whole, q = s.figures[k - 1], stated[-1]
                        out += _product(whole, avg, q, lambda value: f"金额申报{shown(whole)}，按{shown(avg)}×{shown(q)}"
                                        f"计算为{number(value / whole.scale)}{whole.unit}；{q.unit}数按前文的{shown(q)}推定，请核对。")
                    continue
                # a total of no name the average's, in another ；-clause, may be of more than the average is over
                # (落实产业扶贫资金5.86亿元；享受产业扶持政策的贫困户有6.8万户，户均2861元)
                if totals and not named and list_cues()["clause_break"].search(doc.norm, totals[-1].end, avg.start):
                    continue
            else:
                if c["average_not"].search(before):
                    continue
                each = m.group("each") if m.group("each") != "个" else None    # 平均每村: a count of 村
                counts = [f for f in s.figures[:k] if f.kind == "count" and f.value > 0
                          and (noun is None or noun in doc.norm[f.end:f.end + len(noun) + 2] or noun in f.label
                               or each and (f.unit == each or each in doc.norm[f.end:f.end + 4]))]
                totals = [f for f in s.figures[:k] if f.kind == "money" and f.measure in AVERAGED_MEASURES]
            assumed = not totals and not per and _averaged_over_the_total(doc, s, avg)
            totals = [f for f in (totals or assumed or []) if f.value > avg.value]
            if len(counts) != 1 or not totals:
                continue
            count, whole = counts[0], totals[-1]
            if avg.period != whole.period and avg.period.isdigit() and whole.period.isdigit():
                continue        # 村集体经济收入总计1,107.4万元，村均11.3万元，上年村均为7.9万元: the year before's average
            value = whole.value / count.value
            span = interval(whole).scaled(Decimal(1) / count.value)
            if approximate:
                within = Decimal(str(c["approximate_within"]))
                span = Interval(span.lo * (1 - within), span.hi * (1 + within))
            result = verdict(avg, value, span)
            if result == CONTRADICTION and per and any(
                    verdict(avg, whole.value / f.value, interval(whole).scaled(Decimal(1) / f.value)) != CONTRADICTION
                    for f in of_unit if f is not count):
                continue        # 务工人员共402人，其中本乡群众268人…；发放劳务报酬118.00万元，人均4,403元: over the 268
            if result == CONTRADICTION:
                message = f"平均数申报{shown(avg)}，按{shown(whole)}÷{shown(count)}计算为{number(value / avg.scale)}{avg.unit}"
                out.append(finding("average", "warning" if assumed else "error",
                                   message + ("；总额按前文的到位资金推定，请核对。" if assumed else "。"),
                                   [avg, whole, count], avg.value, value, places=2))
    return out


def _names_as_its_own(words: str, noun: str) -> bool:
    """The words name the noun as what they are about, not as a word qualifying another (享受贴息的贷款余额)."""
    at = words.find(noun)
    while at >= 0:
        if not words.startswith("的", at + len(noun)):
            return True
        at = words.find(noun, at + 1)
    return False


def _own_words(doc: Document, f: Figure) -> str:
    """What names an amount: its label, or in a cell of prose the words of its own clause there (…养殖类837户1255500元
    beside a target cell that speaks of 户均增收 names no income)."""
    if f.cell is None or f.start == f.cell.start:
        return f.label
    return doc.norm[max(f.cell.start, clause_start(doc, f.start)):f.start]


def _averaged_over_the_total(doc: Document, s: Sentence, avg: Figure) -> list[Figure]:
    """全区38个贫困村平均每村投入财政专项扶贫资金63.62万元: an average of the report's own funds, for no named use,
    over the total received stated before its sentence."""
    if avg.scope.startswith(("项目", "批")) or avg.purpose or avg.fund not in ("", main_fund(doc)):
        return []
    if "first_total_received" not in doc.cache:
        doc.cache["first_total_received"] = next((f for f in doc.figures if f.field == "funds_received_total"), None)
    first = doc.cache["first_total_received"]
    return [first] if first is not None and first.end <= s.start else []


COMMA_ONLY = regexp.compile(r"\s*[，,]\s*")
COUNTED_NOUN_AFTER = regexp.compile(r"\p{Han}{1,12}?(?=[^\p{Han}]|$)")
AVERAGED_MEASURES = ("arranged", "received", "allocated", "paid", "spent", "issued")


def stated_products(doc: Document) -> list[Finding]:
    """…种植李子树30亩…；…成本按每亩4500元计，共12万元: a rate per unit times the quantity of that unit the
    paragraph states. The quantity is the nearest of its unit before, so the finding is a warning."""
    c = cues()
    out = []
    for s in sentences(doc):
        for k, per in enumerate(s.figures[:-1]):
            m = c["per_unit_rate"].search(doc.norm[(s.figures[k - 1].end if k else s.start):per.start])
            whole = s.figures[k + 1]
            if per.kind != "money" or whole.kind != "money" or not m \
                    or not c["product_total"].match(doc.norm[per.end:whole.start]):
                continue
            unit = m.group("unit")
            beside = next((f for f in s.figures[k + 2:] if f.kind == "count" and f.unit.endswith(unit)), None)
            if beside is not None:
                # 按每人1,000元标准发放补助，共发放19.8万元，惠及198人: the count its own sentence gives after the total
                out += _product(whole, per, beside, lambda value: f"合计申报{shown(whole)}，按{shown(per)}×{shown(beside)}"
                                f"计算为{number(value / whole.scale)}{whole.unit}。")
                continue
            quantities = [f for f in figures_between(doc, line_start(doc, s.start), per.start) if f.cell is None
                          and f.kind in ("quantity", "count") and (f.unit.endswith(unit) or f.unit == "个" and unit in
                                                                   WHAT_IS_COUNTED.match(doc.norm, f.end).group())]
            if len({f.value for f in quantities}) > 1:
                # 新建基地1200亩，低产改造800亩，合计2000亩；新建基地按每亩1000元补助，计120万元: the one its words name
                clause = doc.norm[sentence_start(doc, per.start):per.start]
                quantities = [f for f in quantities if len(f.label) >= 2 and f.label[-4:] in clause]
            if quantities:
                q = quantities[-1]
                out += _product(whole, per, q, lambda value: f"合计申报{shown(whole)}，按{shown(per)}×{shown(q)}计算为"
                                f"{number(value / whole.scale)}{whole.unit}；数量按前文的{shown(q)}推定，请核对。")
        out += _total_count_and_standard(doc, s)
    return out


def _total_count_and_standard(doc: Document, s: Sentence) -> list[Finding]:
    """本次共下达资金16710万元，支持539个村，每村30万元 (or 24个深度贫困乡镇安排资金1.1亿元，按每乡550万元的标准): a
    total, the count it supports and the standard for each, in one run: the total is the count times the standard."""
    c = cues()
    out = []
    for k in range(2, len(s.figures)):
        first, second, per = s.figures[k - 2:k + 1]
        if first.kind == "money":       # 下达资金16710万元，支持539个村，每村30万元
            whole, q = first, second
            linked = c["supports_count"].fullmatch(doc.norm[whole.end:q.start])
        else:                           # 24个深度贫困乡镇安排资金1.1亿元，按每乡550万元的标准
            q, whole = first, second    # (全年发电量42.3万千瓦时，实现发电收益16.92万元，按每千瓦时0.4元计算)
            linked = c["count_funded"].fullmatch(doc.norm[q.end:whole.start]) \
                or c["priced_after"].match(doc.norm[per.end:per.end + PRICED_REACH]) \
                and c["output_earned"].fullmatch(doc.norm[q.end:whole.start])
        m = c["per_unit_rate"].search(doc.norm[second.end:per.start])
        if not m or not linked or whole.kind != "money" or per.kind != "money" or q.kind not in ("count", "quantity") \
                or per.value >= whole.value or not (q.unit.endswith(m.group("unit")) or q.unit == "个" and m.group("unit")
                                                    in WHAT_IS_COUNTED.match(doc.norm, q.end).group()):
            continue
        out += _product(whole, per, q, lambda value: f"资金总额申报{shown(whole)}，按{shown(q)}×{shown(per)}计算为"
                        f"{number(value / whole.scale)}{whole.unit}，请核对。")
    return out


def standards_of_the_funds(doc: Document) -> list[Finding]:
    """…专项扶贫资金共计211万元。本次安排的资金，用于扶持…的211户…，补助标准为每户1.1万元: the standard per unit is the
    funds the sentence refers back to over its count; a warning, for the funds may also pay for other things."""
    c = cues()
    out = []
    for s in sentences(doc):
        if not c["funds_referred"].match(doc.norm, period_start(doc, s.start), s.start + 40):
            continue
        for k, per in enumerate(s.figures):
            m = c["per_unit_rate"].search(doc.norm[(s.figures[k - 1].end if k else s.start):per.start])
            if per.kind != "money" or not m or k + 1 < len(s.figures) and s.figures[k + 1].kind == "money":
                continue
            counts = [f for f in s.figures[:k] if f.kind in ("count", "quantity") and f.unit.endswith(m.group("unit"))]
            before = [f for f in figures_before(doc, period_start(doc, s.start))
                      if f.kind == "money" and f.cell is None]
            if len(counts) != 1 or not before or before[-1].value <= per.value:
                continue
            whole, q = before[-1], counts[0]
            value = whole.value / q.value
            if verdict(per, value, interval(whole).scaled(Decimal(1) / q.value)) == CONTRADICTION:
                out.append(finding("average", "warning",
                                   f"标准申报{shown(per)}，按前文资金{shown(whole)}÷{shown(q)}计算为"
                                   f"{number(value / per.scale)}{per.unit}；资金按本句所指的前文金额推定，请核对。",
                                   [per, whole, q], per.value, value, places=2))
    return out


def _product(whole: Figure, per: Figure, quantity: Figure, message) -> list[Finding]:
    """A total against a rate per unit times a quantity of that unit: a warning, for the quantity is assumed;
    message(value) says how."""
    value = per.value * quantity.value
    if verdict(whole, value, interval(per).scaled(quantity.value)) != CONTRADICTION:
        return []
    return [finding("average", "warning", message(value), [whole, per, quantity], whole.value, value)]


def estimated_totals(doc: Document) -> list[Finding]:
    """总投资430万元。…新建防渗渠4公里…，按85万元/公里测算: the unit price times the quantity of its unit stated
    before it on the line, against the one total investment the line states; a warning, for the total may hold
    more than the priced work (及配套设施)."""
    c = cues()
    out = []
    for per in (f for f in doc.figures if f.kind == "money" and f.cell is None):
        m = c["unit_price"].match(doc.norm, per.end)
        if not m:
            continue
        on_line = [f for f in figures_between(doc, line_start(doc, per.start), per.start) if f.cell is None]
        quantities = [f for f in on_line if f.kind in ("quantity", "count") and f.unit.endswith(m.group("unit"))]
        totals = [f for f in on_line if f.kind == "money"
                  and c["estimated_total"].search(doc.norm[clause_start(doc, f.start):f.start])]
        if len(quantities) != 1 or len(totals) != 1:
            continue
        q, whole = quantities[0], totals[0]
        out += _product(whole, per, q, lambda value: f"总投资{shown(whole)}，按{shown(per)}/{m.group('unit')}×{shown(q)}"
                        f"测算为{number(value / whole.scale)}{whole.unit}，两者不符，请核对（总投资可能含其他内容）。")
    return out


def stated_changes(doc: Document) -> list[Finding]:
    """2021年县本级安排7700万元，2020年安排7650万元，比上年增加60万元: the change is current − earlier."""
    c = cues()
    out = []
    for s in sentences(doc):
        for k, change in enumerate(s.figures):
            gap = doc.norm[(s.figures[k - 1].end if k else s.start):change.start]
            m = c["change"].search(gap)
            if m is None and k and s.figures[k - 1].kind == "money":
                previous = s.figures[k - 1]
                after_base = c["change_base"].search(doc.norm[clause_start(doc, previous.start):previous.start]) \
                    or s.figures[k - 1].period != str(doc.year)
                m = c["change_after_base"].match(gap) if after_base else None
            if change.kind != "money" or not m:
                continue
            amounts = [f for f in s.figures[:k] if f.kind == "money" and f.measure != "growth"]
            earlier = [f for f in amounts if f.period and f.period.isdigit() and doc.year and int(f.period) < doc.year]
            current = [f for f in amounts if f.period == str(doc.year) and f not in earlier]
            if len(earlier) == 1 and not current:
                # 县级资金820万元。县级资金较上年760万元增加60万元: the current amount closes the sentence before
                # (…共计1800万元，其中：第一批…1000万元，第二批…800万元。…比2012年的1560万元增加240万元: the total
                # its parts follow)
                before = [f for f in figures_between(doc, line_start(doc, s.start), s.start) if f.kind == "money"]
                last = _total_over_its_parts(doc, before)
                current = [last] if last is not None and last.period == str(doc.year) \
                    and last.fund_level and last.fund_level == earlier[0].fund_level else []
            if len(earlier) != 1 or len(current) != 1 \
                    or current[0].fund_level != earlier[0].fund_level and earlier[0].fund_level:
                continue        # 县级…4,000万元，比上年的3,600万元增加…: the earlier amount takes the level of the current
            now, before = current[0], earlier[0]
            sign = Decimal(-1) if c["change_down"].search(m.group("direction")) else Decimal(1)
            value = (now.value - before.value) * sign
            span = (interval(now) - interval(before)).scaled(sign)
            if verdict(change, value, span) == CONTRADICTION:
                out.append(finding("growth", "error", f"增减额申报{shown(change)}，按{shown(now)}−{shown(before)}计算为"
                                   f"{number(value / change.scale)}{change.unit}。", [change, now, before],
                                   change.value, value))
    return out


def _total_over_its_parts(doc: Document, before: list[Figure]) -> Figure | None:
    """The last amount of the text before, or the total its sentence lists it under (共计1800万元，其中：…1000万元，
    …800万元: 1800万元)."""
    if not before:
        return None
    last = before[-1]
    start = sentence_start(doc, last.start)
    listed = [f for f in before if f.start >= start]
    opened = doc.norm.rfind("其中", start, last.start)
    heads = [f for f in listed if f.end <= opened]
    return heads[-1] if opened >= 0 and heads else last


def net_change_of_a_span(doc: Document) -> list[Finding]:
    """全地区累计减少贫困人口4418户16212人。…贫困人口由2015年建档时的22948人减少到2018年的6763人: the net change
    its paragraph states of the same noun is the first value less the last. A warning: the two may count over
    different years."""
    c = cues()
    out = []
    for s in sentences(doc):
        for k in range(1, len(s.figures)):
            first, last = s.figures[k - 1], s.figures[k]
            if first.kind not in ("count", "money") or (last.kind, last.unit) != (first.kind, first.unit) \
                    or "由" not in doc.norm[clause_start(doc, first.start):first.start]:
                continue
            opened = c["span_from"].search(doc.norm[clause_start(doc, first.start):first.start])
            moved = c["span_to"].search(doc.norm[first.end:last.start])
            if opened is None or moved is None:
                continue
            noun, down = opened.group("noun"), bool(c["change_down"].search(moved.group("direction")))
            start = line_start(doc, s.start)
            for change in figures_between(doc, start, sentence_end_of_line(doc, s.start)):
                said = c["net_change"].search(doc.norm[clause_start(doc, change.start):change.start])
                if change in (first, last) or (change.kind, change.unit) != (first.kind, first.unit) or said is None \
                        or noun not in said.group() or bool(c["change_down"].search(said.group("direction"))) != down:
                    continue
                value = abs(first.value - last.value)
                span = interval(first) - interval(last)
                span = span if first.value >= last.value else span.scaled(Decimal(-1))
                if verdict(change, value, span) == CONTRADICTION:
                    out.append(finding("growth", "warning",
                                       f"累计变化申报{shown(change)}，按{shown(first)}−{shown(last)}计算为"
                                       f"{number(value / change.scale)}{change.unit}；两处的起止年份可能不同，请核对。",
                                       [change, first, last], change.value, value))
    return out


def paragraph_totals(doc: Document) -> list[Finding]:
    """…下达…918万元，其中中央…、省级…。…同步安排本级…197万元。以上各级财政衔接资金合计1097万元: the total against
    the first amount of each sentence of the paragraph before it (the amounts after it in a sentence are its
    parts). A warning, for which amounts the total is of is read, not stated."""
    c = cues()
    out = []
    for s in sentences(doc):
        whole = s.figures[0]
        if whole.kind == "count" and len(s.figures) > 1 and c["counted_closing"].match(doc.norm, s.start, whole.start) \
                and c["closing_word"].match(doc.norm, whole.end):
            out += _counted_closing(doc, s, whole)
            continue
        if whole.kind != "money" or whole.cell is not None \
                or not c["paragraph_total"].search(doc.norm[s.start:whole.start]):
            continue
        heads = []
        for g in sentences_between(doc, line_start(doc, s.start), s.start):
            first = g.figures[0]
            if period_start(doc, g.start) != g.start:
                continue            # a ；-clause goes on with the sentence before: its amounts are that one's parts
            if first.kind == "money" and first.cell is None and measure_class(first) in ("received", "arranged") \
                    and (not first.fund or not whole.fund or first.fund == whole.fund):
                heads.append(first)
        if len(heads) < 2:
            continue
        out += assumed_sum("parts_sum", whole, heads, "以上各笔与合计", "；各笔按前文各句的首个金额推定，请核对。")
    return out


def _counted_closing(doc: Document, s: Sentence, n: Figure) -> list[Finding]:
    """…增加补助资金18亿元；…9.39亿元；…3.86亿元。以上三项合计，…安排财力性转移支付31.79亿元: as many amounts as the
    closing counts, the first of each clause before it in its paragraph, against the amount it closes with."""
    whole = next((f for f in s.figures if f.kind == "money"), None)
    if whole is None or whole.cell is not None or n.value > LIST_ITEMS:
        return []
    heads = [_clause_amount(doc, g) for g in sentences_between(doc, line_start(doc, s.start), s.start)]
    heads = [f for f in heads if f is not None and f.cell is None]
    if len(heads) < n.value:
        return []
    heads = heads[len(heads) - int(n.value):]
    # (…支出23,877.12万元…；…结转资金支出986.20万元…。两项资金合计25,094.85万元，支出24,863.32万元: the closing amount of the
    # items' own measure)
    measures = {measure_class(f) for f in heads}
    alike = [f for f in s.figures if f.kind == "money" and f.cell is None and {measure_class(f)} == measures]
    whole = alike[0] if alike and measure_class(whole) not in measures else whole
    result = sum_finding("parts_sum", whole, heads, f"以上{shown(n)}与合计")
    return [result] if result.severity != "info" else []


def _clause_amount(doc: Document, g: Sentence) -> Figure | None:
    """A clause's amount: the one it closes with 合计 (建卡贫困户68户户均增收547元，合计37,196元), else its first that is no
    amount per unit."""
    money = [f for f in g.figures if f.kind == "money"
             and not list_cues()["per_unit"].search(doc.norm[clause_start(doc, f.start):f.start])]
    closing = [f for f in money if list_cues()["closing_total"].search(doc.norm[clause_start(doc, f.start):f.start])]
    return (closing or money or [None])[-1 if closing else 0]


def funds_by_source(doc: Document) -> list[Finding]:
    """…已投入财政专项扶贫资金2947.76万元，…公示如下：一、资金来源 1.…1266.8万元；2.…778.76万元；3.…893.2万元: the
    items of a section of sources, one amount each, against the amount stated in the text right before it."""
    c = cues()
    children = subsections(doc)
    out = []
    for section in doc.sections:
        items = children.get(section.start, [])
        if len(items) < 2 or not c["sources_heading"].match(section.title.strip("。.：: ")):
            continue
        amounts = []
        for item in items:      # each item's first amount (a closing 以上资金合计 may follow the last)
            own = [f for f in figures_between(doc, item.start, item.end) if f.kind == "money" and f.cell is None]
            if not own:
                amounts = []
                break
            amounts.append(own[0])
        before = [f for f in figures_before(doc, section.start) if f.kind == "money" and f.cell is None]
        if len(amounts) < 2 or not before or doc.section_at(before[-1].start) is not None \
                or any(f.value >= before[-1].value for f in amounts):
            continue            # the total is the introduction's, above every section, and larger than each part
        result = sum_finding("parts_sum", before[-1], amounts, f"{section.title.strip('。.：: ')}各项之和与总数")
        if result.severity != "info":
            out.append(result)
    return out


def restated_shares(doc: Document) -> list[Finding]:
    """本次下达…中央预算内投资（676万元）。劳务报酬按不低于中央投资30%的比例发放，即不低于206万元: the amount a
    share of a named level comes to, against that level's amount stated before it in the paragraph (with no
    level named, the paragraph's latest amount)."""
    c = cues()
    out = []
    figures = doc.figures
    restating = {id(amount_f) for pct, amount_f in zip(figures, figures[1:]) if pct.kind == "percent"
                 and amount_f.kind == "money" and c["floor_restated"].search(doc.norm[pct.end:amount_f.start])}
    for k, pct in enumerate(figures[:-1]):
        amount_f = figures[k + 1]
        if id(amount_f) not in restating or _cell_of(pct) != _cell_of(amount_f):
            continue
        clause = doc.norm[clause_start(doc, pct.start):pct.start]
        level = level_named(clause)
        # (…收益1,245.8万元。其中80%，即996.64万元，…；另外20%，即249.16万元: not of the share restated before it)
        before = [f for f in figures_between(doc, line_start(doc, pct.start), pct.start)
                  if f.kind == "money" and f.cell is None and id(f) not in restating]
        if not before:
            # 劳务报酬 | …不低于国家下达资金计划的42%（不低于167.50万元）: with nothing on its line, the one amount the
            # report states before it, however often (安排…资金375万元 … 补助资金 | …375万元)
            stated = [f for f in figures_before(doc, pct.start) if f.kind == "money"]
            before = stated[-1:] if stated and len({f.value for f in stated}) == 1 else []
        # (…其中衔接资金960万元，村集体自筹220万元。…按衔接资金投入额的6%收取租金，即57.6万元: the amount of the fund named)
        # (…全县衔接资金用于产业发展的比例为60%，即1.5亿元: with no level named, the fund's whole before its levels)
        fund = lexicon().fund.last(clause)
        of_fund = [f for f in before if fund and f.fund == fund]
        named = [f for f in before if level and f.fund_level == level] \
            or ([] if level else [f for f in of_fund if f.fund_level not in ONE_LEVEL] or of_fund
                or _whole_of_the_fund(doc, fund, pct) or before)
        if not named:
            continue
        base = named[-1]
        value = base.value * pct.value / HUNDRED
        span = interval(base).scaled(pct.value / HUNDRED)
        if verdict(amount_f, value, span) == CONTRADICTION:
            out.append(finding("share", "error",
                               f"按{shown(base)}的{shown(pct)}计算为{number(value / amount_f.scale)}{amount_f.unit}，"
                               f"文中写作{shown(amount_f)}，请核对。", [amount_f, pct, base], amount_f.value, value))
    return out


def _whole_of_the_fund(doc: Document, fund: str, pct: Figure) -> list[Figure]:
    """…省级资金中用于产业发展5,628.7万元 … 全县衔接资金用于产业发展的比重为61.24%，即2.0927亿元: a share of the fund its
    clause names, with no amount of that fund on its line, is of the fund's whole received before it (3.4172亿元), not
    of a level's use on the line."""
    if not fund:
        return []
    whole = [f for f in figures_before(doc, pct.start) if f.kind == "money" and f.cell is None and f.fund == fund
             and f.fund_level not in ONE_LEVEL and f.measure in SOURCE_MEASURES and f.period == pct.period]
    return whole[-1:]


def _cell_of(f: Figure) -> tuple | None:
    return None if f.cell is None else (f.table_index, f.cell.row, f.cell.col)


def counted_parts(doc: Document) -> list[Finding]:
    """本批下达…合计917万元。…项目计划共分为以下4个方面：第一部分…投资149.4万元；第二部分…；…: as many
    parts as the sentence counts, one amount each, against the report's funds received stated before."""
    c = cues()
    groups = sentences(doc)
    out = []
    for i, lead in enumerate(groups[:-1]):
        n = lead.figures[-1]
        if n.kind != "count" or len(lead.figures) != 1 or not c["counted_parts_after"].match(doc.norm, n.end) \
                or not c["counted_parts_lead"].search(doc.norm, lead.start, n.start):
            continue
        items = groups[i + 1:i + 1 + int(n.value)] if n.value <= 20 else []
        amounts = [[f for f in g.figures if f.kind == "money"] for g in items]
        if len(items) != n.value or any(len(a) != 1 for a in amounts):
            continue
        whole = next((f for f in reversed(figures_before(doc, lead.start))
                      if f.field == "funds_received_total"), None)
        if whole is not None:
            result = sum_finding("parts_sum", whole, [a[0] for a in amounts], f"所列{len(items)}个方面与总数")
            if result.severity != "info":
                out.append(result)
    return out


def counted_lists(doc: Document) -> list[Finding]:
    """争创省级示范村8个：大堰镇稻香村70万元，小溪坝镇鲜花村45万元，…: a count against the items listed after
    it, where every item is a name with one amount."""
    c = cues()
    out = []
    for n in (f for f in doc.figures if f.cell is None):
        if n.kind != "count" or not c["counted_list"].match(doc.norm, n.end):
            continue
        end = c["list_end"].search(doc.norm, n.end, n.end + LIST_REACH)
        end = end.start() if end else min(len(doc.norm), n.end + LIST_REACH)
        colon = c["counted_list"].match(doc.norm, n.end).end()
        if not doc.norm[colon:end].strip():
            out += _counted_lines(doc, n, end)      # 拟建设项目4个：\n一是…87万元；\n二是…45万元；…
            continue
        pieces = c["list_item_separator"].split(doc.norm[colon:end])
        amounts = [f for f in figures_between(doc, colon, end) if f.cell is None]
        if len(pieces) < 2 or len(amounts) != len(pieces) or any(f.kind != "money" for f in amounts):
            continue
        at = colon
        for piece, f in zip(pieces, amounts):
            if not (at <= f.start and f.end == at + len(piece.rstrip())) or not piece[:f.start - at].strip():
                break           # each item a name, then its amount, and nothing after it
            at += len(piece) + 1
        else:
            lex = lexicon()
            if not any(names_a_place(p) or lex.project.search(p) or lex.organization.search(p) for p in pieces):
                continue        # 安排项目8个：粮食生产…420万元，乡村产业发展560万元，…: amounts by use, not one per project
            if n.value != len(pieces):
                out.append(finding("parts_sum", "error",
                                   f"写明{shown(n)}，其后列出{len(pieces)}项（各有金额），个数不一致，请核对。",
                                   [n, *amounts], n.value, Decimal(len(pieces))))
            elif (whole := _shared_out(doc, n)) is not None:
                # as many items as counted: all of the amount shared out among them
                found = sum_finding("parts_sum", whole, amounts, f"所分{len(amounts)}项金额与总额")
                if found.severity != "info":
                    out.append(found)
    return out


def _shared_out(doc: Document, n: Figure) -> Figure | None:
    """全市所得8803万元分到九个县（市、区）：…: the amount right before a count, shared out among what it counts."""
    before = figures_before(doc, n.start)
    whole = before[-1] if before else None
    if whole is None or whole.kind != "money" or whole.cell is not None \
            or not cues()["shared_out"].match(doc.norm[whole.end:n.start]):
        return None
    return whole


NAME_CHARS = 20     # characters a place's name in a list may have
NAMED_SHARE = Decimal("0.8")    # of the pieces, those that must end as a place's name does (村, 社区, 镇…)


def _far_from(count: Decimal, names: int) -> bool:
    """A count over twice the names beside it, or under half of them, counts something else (确保9万农村贫困人口脱贫、
    剩余100个贫困村出列: two words before 100个 are no list of its villages); a slip is off by one or two."""
    return count > 2 * names or 2 * count < names


OTHER_UNITS = "县区市旗镇乡村"     # the last character of a place's name that says what kind of place it is


def counted_names(doc: Document) -> list[Finding]:
    """我市共有22个村被确定为试点村。这些村是：甲镇乙村、丙乡丁社区、…。: a count of places against the names listed
    after it, in its sentence or the next, up to the end of the period; none where the list says it is partial."""
    c = cues()
    out = []
    for n in (f for f in doc.figures if f.cell is None and f.kind == "count" and f.unit == "个"):
        if not c["place_name_end"].match(doc.norm, n.end):
            continue
        before = c["names_before"].search(doc.norm, max(0, n.start - 80), n.start)
        if before is not None and doc.norm[before.start() - 1:before.start()] in ("和", "及", "与", "、"):
            continue            # 淮安区、涟水县和盐城市响水县、…共5个: a list longer than its names read
        if before is not None:
            names = before.group().split("、")
            # 第二、三批申报周王、…: the first name starts after the clause's verb; 金泽和练塘: the last two names
            led = [i for i, p in enumerate(names) if c["names_lead_cut"].search(p)]
            if led:
                names = [c["names_lead_cut"].split(names[led[-1]])[-1], *names[led[-1] + 1:]]
            # (镇区及常口、邓坊、…、墈厚5个村: what the head joins before the list may be no one of what it counts)
            head_joined = len([q for q in c["names_last_join"].split(names[0]) if q]) > 1 if names else False
            names = [q for p in names for q in c["names_last_join"].split(p) if q]     # (…涟水县和盐城市响水县、…: and in any)
            if not names or len(names[0]) < 2 or head_joined and n.value == len(names) - 1:
                continue
            counted = c["place_name_end"].match(doc.norm, n.end).group()
            if counted not in ("市", "省") and any(levels_of(p) & {"city", "province"} for p in names):
                continue        # 张家口、承德、保定16个县: the cities the counties are in
            if any(p[-1] in OTHER_UNITS and p[-1] != counted[-1:] for p in names):
                continue        # 金城江区、宜州区和南丹、…、大化9个县: districts named beside the counties counted
            if not c["names_partial"].search(names[-1]) and not any(c["name_not"].search(p) for p in names) \
                    and n.value != len(names) and not _far_from(n.value, len(names)):
                out.append(finding("parts_sum", "error", f"写明{shown(n)}，前面列出{len(names)}个名称，个数不一致，请核对。",
                                   [n], n.value, Decimal(len(names))))
            continue
        lead = c["names_lead"].match(doc.norm, n.end, n.end + 80)
        if lead is None:
            continue
        end = c["list_end"].search(doc.norm, lead.end(), lead.end() + LIST_REACH)
        if end is None or figures_between(doc, lead.end(), end.start()):
            continue
        names = [p.strip() for p in c["name_separator"].split(doc.norm[lead.end():end.start()])]
        if len(names) < 2 or any(not p or len(p) > NAME_CHARS for p in names) or c["names_partial"].search(names[-1]) \
                or sum(bool(c["place_name_end"].search(p[-2:])) for p in names) < len(names) * NAMED_SHARE:
            continue
        if n.value != len(names) and not _far_from(n.value, len(names)):
            out.append(finding("parts_sum", "error", f"写明{shown(n)}，其后列出{len(names)}个名称，个数不一致，请核对。",
                               [n], n.value, Decimal(len(names))))
    return out


def _counted_lines(doc: Document, n: Figure, start: int) -> list[Finding]:
    """A count whose items follow one per line, each opened by an ordinal (一是…, 1.…) and stating one amount (their
    number against it) or one count of its unit (their sum against it)."""
    c = cues()
    items, counts, at, unread = [], [], start, False
    while len(items) < LIST_LINES and at < len(doc.norm):
        end_of_line = doc.norm.find("\n", at + 1)
        end_of_line = len(doc.norm) if end_of_line < 0 else end_of_line
        line = doc.norm[at:end_of_line]
        figures = [f for f in figures_between(doc, at, end_of_line) if f.cell is None]
        amounts = [f for f in figures if f.kind == "money"]
        counted = [f for f in figures if f.kind == "count" and f.unit in COUNTED_ALIKE.get(n.unit, {n.unit})]
        if not c["item_per_line"].match(line):
            break
        if len(counted) == 1 and len(counts) == len(items):
            items.append(counted[0])        # 二是投资额度低于30万元的项目，13个: the count, whatever amount it names
            counts.append(counted[0])
        elif len(amounts) == 1 and not counts and (not counted or items):
            items.append(amounts[0])        # (5.3个管护站太阳能路灯安装项目，安排资金85,000.00元: a count in an item's name)
        else:
            # （四）…实施后续扶持项目2个，…在县城2个集中安置点…，新增…岗位136个: an item of several counts, not read
            unread = bool(counts) and len(counted) > 1
            break
        at = end_of_line
    if unread or len(items) < 2 or n.value == len(items):
        return []           # 主要用于以下两项：⏎1.1 …10个…⏎1.2 …100个: the count is of the lines
    if len(counts) == len(items):
        # 拟清理项目合计42个，具体如下：\n一是…项目，9个；\n二是…，13个；…: the items' counts against the count
        found = sum_finding("parts_sum", n, counts, "其后逐条所列各项与合计")
        return [found] if found.severity != "info" else []
    if counts:
        return []
    return [finding("parts_sum", "error", f"写明{shown(n)}，其后逐条列出{len(items)}项（各有金额），个数不一致，请核对。",
                    [n, *items], n.value, Decimal(len(items)))]


def amount_over_its_lines(doc: Document) -> list[Finding]:
    """今年统筹县级资金900万元用于…。截至3月18日，资金安排情况如下：⏎一、…经费300万元…⏎二、…350万元…⏎三、…300万元…: the one
    amount of a paragraph that hands over to lines opened by an ordinal (…安排情况如下：, in a sentence of its own), each
    stating one amount, is their total. More than it is an error; less, a warning (the lines may list some only)."""
    c, lead = cues(), list_cues()["list_intro"]
    out = []
    for m in lead.finditer(doc.norm):
        if doc.norm[m.end():m.end() + 1] != "\n":
            continue
        before = [f for f in figures_between(doc, line_start(doc, m.start()), m.start()) if f.cell is None and f.kind == "money"]
        if len(before) != 1 or before[0].qualifier \
                or sentence_end(doc, before[0].end) >= m.start():
            continue        # (a total in the sentence of its 如下： is parts_under_total's)
        whole, items, at = before[0], [], m.end()
        while len(items) < LIST_LINES and at < len(doc.norm):
            end = line_end(doc, at + 1)
            amounts = [f for f in figures_between(doc, at, end) if f.cell is None and f.kind == "money"]
            if not c["item_per_line"].match(doc.norm[at:end]) or len(amounts) != 1:
                break
            items.append(amounts[0])
            at = end
        if len(items) < 2 or any(f.unit != whole.unit or f.qualifier for f in items):
            continue
        found = sum_finding("parts_sum", whole, items, "其后逐条所列各项与总数")
        if found.severity == "error" and Decimal(found.computed) < whole.value:
            as_warning(found, "；所列各项未必是全部，请核对。")
        if found.severity != "info":
            out.append(found)
    return out


WHOLE_MEASURES = ("arranged", "received", "allocated", "")


def spent_and_left(doc: Document) -> list[Finding]:
    """项目实际使用资金1068.899516万元，结余58.363856万元: what an item spent and what is left of it make up the
    funds stated for it earlier in the paragraph: the latest one of its scope that is larger than what it spent.
    A warning: the text does not say which amount they make up."""
    out = []
    for s in sentences(doc):
        for i, spent in enumerate(s.figures[:-1]):
            # (其他涉农资金支出2,781.26万元，执行率93.79%，结转148.14万元: its rate between)
            rate = s.figures[i + 1] if s.figures[i + 1].kind == "percent" and s.figures[i + 1].measure == "rate" else None
            left = s.figures[i + 2] if rate is not None and i + 2 < len(s.figures) else s.figures[i + 1]
            if spent.kind != "money" or left.kind != "money" or measure_class(spent) != "spent" \
                    or not cues()["spent_then_left"].match(doc.norm[(rate or spent).end:left.start]):
                continue
            earlier = [f for f in figures_between(doc, line_start(doc, spent.start), spent.start)
                       if f.kind == "money" and f.cell is None]
            value, span = total([spent, left])
            if any(span.overlaps(interval(f)) for f in earlier):
                continue
            if not spent.scope and any(f.field == "funds_received_total" and verdict(f, value, span) != CONTRADICTION
                                       for f in doc.figures):
                continue    # 实际到位资金1.0236亿元 … 已下达资金10,050.00万元，已支付9,780.30万元，结转455.70万元: all that came in
            whole = next((f for f in reversed(earlier) if f.value > spent.value and f.scope == spent.scope
                          and measure_class(f) in WHOLE_MEASURES and not f.qualifier), None) \
                or _received_of_its_fund(doc, spent)
            if any(verdict(reduce(minus, own, t), value, span) != CONTRADICTION for t in earlier
                   if (own := [f for f in earlier if f.start > t.end and f.fund == OWN_MONEY and f.value < t.value])):
                continue    # 总投资936万元，其中中央…、省级…、合作社自筹150万元 … 衔接资金已支付751.3万元，结余34.7万元: the
                            # public funds of an investment, without what its owners put in
            if whole is not None and verdict(whole, value, span) == CONTRADICTION:
                found = carryover_in_doubt(whole, spent, left, None) if carryover_swapped(whole, spent, left) \
                    else sum_finding("spent_plus_carryover", whole, [spent, left], "实际使用加结余与项目资金")
                as_warning(found, f"（假定两者合为前文的{shown(whole)}），请核对。")
                out.append(found)
    return out


def _received_of_its_fund(doc: Document, spent: Figure) -> Figure | None:
    """（二）其他涉农资金。…全年到位2,965.4万元 … （四）其他涉农资金。支出2,781.26万元，…结转148.14万元: what a fund other than
    the report's own, or an item of a breakdown, received of all levels, stated anywhere before its spending."""
    if not spent.scope.startswith("分项:") and spent.fund in ("", main_fund(doc)):
        return None
    item = spent.scope.removeprefix("分项:") if spent.scope.startswith("分项:") else ""
    # (…（二）县内低收入农户帮促。全年到位低收入农户帮促资金3,465万元 … （二）帮促资金。…累计支出3,217.8万元: the item its
    # clause names, under a heading of other words)
    return next((f for f in reversed(figures_before(doc, spent.start)) if f.kind == "money" and f.cell is None
                 and (f.scope == spent.scope
                      or not f.scope and item and item in doc.norm[clause_start(doc, f.start):f.start])
                 and f.fund == spent.fund and f.fund_level in ("", "all")
                 and measure_class(f) in SOURCE_MEASURES and f.value > spent.value and not f.qualifier), None)


STAGE_REACH = 60     # characters from a count of works to a count of them at a stage, in its sentence or the next


def works_at_a_stage(doc: Document) -> list[Finding]:
    """实施衔接项目464个。截至目前，项目已全部开工，完工467个: the works at a stage (done, started, accepted) are some of
    the works counted right before, so never more of them."""
    c = cues()
    counts = [f for f in doc.figures if f.kind == "count" and f.cell is None]
    out = []
    for n, (whole, part) in enumerate(zip(counts, counts[1:])):
        if n and counts[n - 1].unit == whole.unit and counts[n - 1].start >= period_start(doc, whole.start):
            continue    # 47项项目中，…；干部人才培训项目8项…。…实际完工45项: the last item of a list, no count of all the works
        between = doc.norm[whole.end:part.start]
        stage = c["stage_cue"].search(between[-6:])
        if whole.measure != "projects" or part.unit != whole.unit or part.value <= whole.value \
                or len(between) > STAGE_REACH or "\n" in between or stage is None \
                or c["stage_not_of_the_total"].search(between) or part.scope != whole.scope \
                or c["stage_list_break"].search(between) \
                or c["stage_or_part"].search(doc.norm, period_start(doc, whole.start), whole.start):
            continue    # 完工1个；基础设施项目已开工40个 / 其中…其他项目21个。…已完工216个: no count of all the works
        out.append(finding("parts_sum", "error", f"{shown(part)}处于{stage.group()}阶段，多于前面写明的项目总数{shown(whole)}，"
                           "请核对。", [whole, part], whole.value, part.value))
    return out


def remainder_of_total(doc: Document) -> list[Finding]:
    """应拨付总额为544万元，此前已拨出285万元。…现将剩余的第二批市级补助资金249万元拨付: the rest of a total, after
    the amount of it paid or spent just before, in one paragraph. A warning: which total is assumed."""
    out = []
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    for k, rest in enumerate(money):
        if k < 2 or not cues()["remainder_before"].search(doc.norm[clause_start(doc, rest.start):rest.start]):
            continue
        whole, done = money[k - 2], money[k - 1]
        if line_start(doc, whole.start) != line_start(doc, rest.start) or measure_class(done) not in ("paid", "spent") \
                or not whole.value > max(done.value, rest.value) or cues()["paid_in_full"].match(doc.norm, whole.end) \
                or done.scope != whole.scope:
            continue    # (全镇共支出400.9万元…；把荷村道路项目已支付45.9万元，剩余1.6万元…: the project's rest, not the whole's)
        found = sum_finding("parts_sum", whole, [done, rest], "已付与剩余之和与总额")
        if found.severity == "error":
            as_warning(found, f"（假定剩余是{shown(whole)}减去{shown(done)}），请核对。")
            out.append(found)
    return out


def rest_of_a_share(doc: Document) -> list[Finding]:
    """其中70%分配给贫困户，其余20%的收益…; 先拨付80%…，再拨付15%，余下的5%…: the shares of one whole stated in a
    sentence, and the rest after them, make 100%."""
    out = []
    for s in sentences(doc):
        for k, rest in enumerate(s.figures):
            shares = [f for f in s.figures[:k] if f.kind == "percent" and f.unit == "%"]
            if not shares or rest.kind != "percent" or rest.unit != "%" or s.figures[k - 1] is not shares[-1] \
                    or not cues()["rest_share"].search(doc.norm[shares[-1].end:rest.start]):
                continue
            # 先行拨付80%，审计决算后拨付至95%，余下5%: a share paid up to is where the payments stand, not one more
            reached = [f for f in shares if cues()["share_reached"].search(doc.norm, max(s.start, f.start - 2), f.start)]
            if reached:
                shares = [f for f in shares if f.start >= reached[-1].start]
            # 先行拨付80%，剩余15%在审计后拨付，另留5%作为质保金: shares after the rest are not in it
            after = [f for f in s.figures[k + 1:] if f.kind == "percent" and f.unit == "%" and f.measure != "growth"]
            value, span = total(shares + after)
            out.append(percent_finding("share", rest, HUNDRED - value, Interval(HUNDRED, HUNDRED) - span,
                                       "100%−" + "−".join(shown(f) for f in shares + after), "其余部分",
                                       [rest, *shares, *after]))
    return [f for f in out if f.severity != "info"]


def shares_of_one_amount(doc: Document) -> list[Finding]:
    """发电收益19.5万元，…其中40%计入村集体收入，65%用于发放公益岗位工资: the shares an amount is split into, after
    its 其中, are at most all of it."""
    c, lists = cues(), list_cues()
    out = []
    for s in sentences(doc):
        for k, first in enumerate(s.figures):
            if first.kind != "percent" or not k or s.figures[k - 1].kind != "money" \
                    or not lists["parts_intro"].search(doc.norm, s.figures[k - 1].end, first.start) \
                    or level_named(doc.norm[s.figures[k - 1].end:first.start]):
                continue        # (…结转434.28万元，…，中央和省级资金用于产业发展的比例分别为60.24%和61.43%: each level's)
            shares = []
            for j in range(k, len(s.figures)):
                f = s.figures[j]
                clause = doc.norm[clause_start(doc, f.start):f.start]
                if f.kind == "money" and shares:
                    continue        # a share's own amount
                if f.kind != "percent" or f.unit != "%" or lists["rate"].search(clause) or c["rest_share"].search(clause) \
                        or f.measure in ("growth", "rate"):
                    break           # (…分别为786.4万元、640.15万元、571.9万元，支出进度分别为100%、98.14%、95.52%: rates)
                shares.append(f)
            value, span = total(shares)
            amounts = [f for f in s.figures[:k] if f.kind == "money"]
            if len(amounts) >= len(shares) and lists["respective_pair"].search(doc.norm, amounts[-len(shares)].start,
                                                                               first.start):
                continue    # 三年产业发展资金依次为3,420.60万元、3,896.70万元、4,418.52万元，占比分别为56.03%、57.99%、60.34%: each
                            # amount's share of its own whole
            if len(shares) > 1 and span.lo > HUNDRED:
                out.append(finding("parts_sum", "error", f"{shown(s.figures[k - 1])}分成的各部分比例之和"
                                   f"{'+'.join(shown(f) for f in shares)}={number(value)}%，超过了全部（100%）。",
                                   [*shares, s.figures[k - 1]], HUNDRED, value))
    return out


LEFT_OUT_REACH = 20    # characters from a bracket's 不包括 to an amount it leaves out
NET_REACH = 1500    # characters before a remainder its budget's income and spending totals may stand


def income_less_spending(doc: Document) -> list[Finding]:
    """收入总计为32.39亿元。…支出总计为31.16亿元。收支相抵，结转下年1.32亿元: what is left is the income less the spending."""
    c = cues()
    out = []
    if not c["net_words"].search(doc.norm):
        return out
    for left in (f for f in doc.figures if f.kind == "money" and f.cell is None):
        net = c["net_of_totals"].search(doc.norm, period_start(doc, left.start), left.start)
        if not net or any(f.kind == "money" and c["net_of_totals"].search(doc.norm, net.start(), f.start)
                          for f in figures_between(doc, net.start(), left.start)):
            continue        # the first amount after its words: not the parts of 年终结余10.66亿元（内含…0.93亿元、…9.73亿元）,
                            # nor 年终滚存结余 after it
        part = left.section.split("/")[0]      # 三、政府性基金预算 / （一）收入 … （三）平衡情况: the same part of the report
        paragraph = line_start(doc, left.start)
        before = [f for f in figures_between(doc, max(0, left.start - NET_REACH), left.start)
                  if f.kind == "money" and f.cell is None and f.section.split("/")[0] == part]
        if any(f.start < paragraph for f in before) and c["income_stated"].search(doc.norm, paragraph, left.start):
            # （三）社会保险基金预算。…预算收入65.17亿元，…支出57.93亿元，收支相抵后…结余7.24亿元: a budget of its own
            # paragraph, whose totals are not the paragraphs' before
            before = [f for f in before if f.start >= paragraph]
        income = next((f for f in reversed(before) if c["budget_income_total"].search(doc.norm, clause_start(doc, f.start),
                                                                                 f.start)), None)
        spending = next((f for f in reversed(before) if c["budget_spending_total"].search(doc.norm, clause_start(doc, f.start),
                                                                                     f.start)), None)
        if income is None or spending is None or income.value < spending.value:
            continue
        value = income.value - spending.value
        span = Interval(interval(income).lo - interval(spending).hi, interval(income).hi - interval(spending).lo)
        result = verdict(left, value, span)
        if result != HOLDS:
            out.append(finding("spent_plus_carryover", severity_of(result),
                               f"收入总计{shown(income)}减支出总计{shown(spending)}为{amount(value, left)}，与所写的"
                               f"{shown(left)}" + ("按书写值不等，只在舍入范围内相符，请核对。" if result != CONTRADICTION
                                                   else f"相差{amount(left.value - value, left)}。"),
                               [left, income, spending], left.value, value))
    return out


SECTORS = 3     # 第一、二、三产业


def shares_of_a_whole_set(doc: Document) -> list[Finding]:
    """第一、二、三产业占比分别为7.9%、40.6%和50.5%: the shares of every member of a set that is all of its whole
    (the three sectors of an economy) add up to 100%."""
    out = []
    for m in cues()["whole_set_shares"].finditer(doc.norm):
        end = sentence_end(doc, m.end())
        shares = [f for f in figures_between(doc, m.end(), end) if f.cell is None]
        if len(shares) != SECTORS or any(f.kind != "percent" or f.unit != "%" for f in shares):
            continue
        value, span = total(shares)
        if not span.lo <= HUNDRED <= span.hi:
            out.append(finding("parts_sum", "error", f"各部分占比之和{'+'.join(shown(f) for f in shares)}="
                               f"{number(value)}%，应为100%。", shares, HUNDRED, value))
    return out


def shares_of_a_breakdown(doc: Document) -> list[Finding]:
    """从资金用途看，产业发展占62%，基础设施占30%，就业帮扶占9%: the shares of a breakdown's items are parts of one
    whole, so together never more than 100% (a list may leave items out, so less says nothing)."""
    c = cues()
    out = []
    for s in sentences(doc):
        lead = c["shares_breakdown_lead"].search(doc.norm, s.start, s.figures[0].start) if s.figures else None
        if lead is None or len(s.figures) < 2 or any(
                f.kind != "percent" or f.unit != "%"
                or not c["share_item"].search(doc.norm, clause_start(doc, f.start), f.start) for f in s.figures):
            continue
        value, span = total(s.figures)
        if span.lo > HUNDRED:
            out.append(finding("parts_sum", "error", f"各部分占比之和{'+'.join(shown(f) for f in s.figures)}="
                               f"{number(value)}%，超过了100%。", s.figures, HUNDRED, value))
    return out


def own_bounds(doc: Document) -> list[Finding]:
    """项目总投资847万元，…其中劳务报酬74万元。…该项目安排的劳务报酬不低于总投资的15%: a bound a project states for its
    own amounts, against the amounts its paragraph names so. A warning: the bound may be a plan's."""
    c = cues()
    out = []
    for pct in doc.figures:
        if pct.kind != "percent" or pct.cell is not None:
            continue
        m = c["own_bound"].search(doc.norm, clause_start(doc, pct.start), pct.start)
        if m is None:
            continue
        start = max(line_start(doc, pct.start), pct.start - LIST_REACH)
        earlier = [f for f in figures_between(doc, start, m.start()) if f.kind == "money"]
        part = next((f for f in reversed(earlier) if m.group("part")[-4:] in f.label), None)
        whole = next((f for f in reversed(earlier) if m.group("base")[-3:] in f.label and f is not part), None)
        if part is None or whole is None or whole.value <= 0:
            continue
        value, span = ratio_percent(part, whole)
        floor = m.group("floor") is not None
        if floor and span.hi < pct.value or not floor and span.lo > pct.value:
            out.append(finding("share", "warning", f"文中称{m.group('part')}{m.group('bound')}{m.group('base')}的"
                               f"{shown(pct)}，按{shown(part)}÷{shown(whole)}计算为{number(value)}%，请核对。",
                               [pct, part, whole], pct.value, value, places=2))
    return out


def complementary_rates(doc: Document) -> list[Finding]:
    """支出进度为83.74%…；其中县级部门…进度89.45%… / 尚有结余3134.51万元，结余率12.66%。其中县级部门…结余率10.55%: a rate
    spent and a rate left of the same money add up to 100%. A rate left that no spent rate of its date completes
    is paired with the nearest earlier paragraph's first spent rate that none completes either, where it leads its
    own paragraph too; a warning, for that pairing is assumed."""
    c = cues()
    rates = [f for f in doc.figures if f.kind == "percent" and f.cell is None and f.unit == "%"]
    spent = [f for f in rates if c["spent_rate"].search(doc.norm[clause_start(doc, f.start):f.start])]
    left = [f for f in rates if c["left_rate"].search(doc.norm[clause_start(doc, f.start):f.start])]
    paired = set()
    for b in left:
        for r in spent:
            if r.period == b.period and verdict(r, HUNDRED - b.value, Interval(HUNDRED, HUNDRED) - interval(b)) \
                    != CONTRADICTION:
                paired |= {id(r), id(b)}
    out = []
    for b in (b for b in left if id(b) not in paired and _leads_paragraph(doc, b, left)):
        r = next((r for r in reversed(spent) if id(r) not in paired and r.period == b.period
                  and r.start < line_start(doc, b.start) and _leads_paragraph(doc, r, spent)), None)
        if r is not None:
            paired |= {id(r), id(b)}
            found = percent_finding("execution_rate", r, HUNDRED - b.value, Interval(HUNDRED, HUNDRED) - interval(b),
                                    f"100%−{shown(b)}", "支出进度", [r, b])
            as_warning(found, f"（假定与结余率{shown(b)}是同一笔资金的），请核对。")
            out.append(found)
    return out


def _leads_paragraph(doc: Document, f: Figure, of_its_kind: list[Figure]) -> bool:
    start = line_start(doc, f.start)
    return not any(start <= g.start < f.start for g in of_its_kind)


GRADE_REACH = 40     # characters between two grades of one list, and between the total and the first grade
GRADE_WORD_CHARS = frozenset("优良中差格ABCD")    # one of them is in every grade's name: no search where none is


def graded_counts(doc: Document) -> list[Finding]:
    """共报送项目支出绩效自评2630个…；自评结果为“优秀”的1812个，“良好”的171个，“中”的536个，“差”的111个: the counts
    of each grade, one grade each, are all of the total counted before them in the paragraph. A list whose
    lowest grade is not named may leave the rest unsaid, so a shortfall there is a warning."""
    c = cues()
    out = []
    figures = [f for f in doc.figures if f.cell is None]
    k = 0
    while k < len(figures):
        graded: list[tuple[Figure, str]] = []
        j = k
        while j < len(figures):
            f = figures[j]
            if f.kind == "percent" and graded:
                j += 1
                continue        # “优秀”的5个，占10%；…: its share
            lead = doc.norm[max((figures[j - 1].end if j else 0), f.start - GRADE_REACH):f.start]
            m = c["grade"].search(lead) if f.kind == "count" and not GRADE_WORD_CHARS.isdisjoint(lead) else None
            if m is None or graded and (f.unit not in COUNTED_ALIKE.get(graded[0][0].unit, {graded[0][0].unit})
                                        or "\n" in lead or m.group("grade") in {g for _, g in graded}):
                break
            graded.append((f, m.group("grade")))
            j += 1
        if len(graded) >= 3:
            out += _grades_against_total(doc, [f for f, _ in graded], graded[-1][1])
        k = max(j, k + 1)
    return out


def _grades_against_total(doc: Document, parts: list[Figure], last_grade: str) -> list[Finding]:
    first = parts[0]
    start = line_start(doc, first.start)
    before = [f for f in figures_between(doc, start, first.start) if f.cell is None]
    total = next((f for f in reversed(before) if f.kind == "count"), None)
    if total is None or total.unit not in COUNTED_ALIKE.get(first.unit, {first.unit}) \
            or any(p.value > total.value for p in parts) \
            or cues()["grade"].search(doc.norm[clause_start(doc, total.start):total.start]):
        return []
    result = sum_finding("parts_sum", total, parts, "各等次之和与总数")
    if result.severity == "error" and Decimal(result.computed) < total.value \
            and last_grade not in cues()["lowest_grades"]:
        as_warning(result, "；所列等次可能不全，请核对。")
    return [result] if result.severity != "info" else []


ROLLUP_SUFFIX = 2   # characters a part's label must share with the end of the total's label
SAME_NAME = 3       # …and an item's amount with the end of its total's name


def place_rollups(doc: Document) -> list[Finding]:
    """二、全市进展：…累计完成投资8679万元，…发放劳务报酬2351万元 / 三、各县情况：（一）甲县。…已完成投资1294万元，…
    支付劳务报酬1096万元。（二）乙县…: a figure of the report's own scope against the same figure of each place
    whose section follows. The places are all of it where another figure of theirs adds up to its total exactly;
    otherwise a shortfall may be a place left out, and is a warning."""
    out = []
    for parent_start, children in subsections(doc).items():
        places = [{f.scope for f in figures_between(doc, x.start, x.end) if f.cell is None} for x in children]
        if len(children) < 2 or not all(len(p) == 1 and next(iter(p)).startswith("地:") for p in places) \
                or len({next(iter(p)) for p in places}) != len(children):
            continue
        # the prefecture's own figures, above or below the places' (the nearest ones: a long export stays linear)
        after = figures_between(doc, children[-1].end, len(doc.norm))[:LOOK_BACK]
        own = [f for f in figures_before(doc, parent_start) + after
               if f.cell is None and not f.scope and f.kind in ("money", "count")]
        held, broken = 0, []
        for whole in own:
            parts = [_same_figure_of(doc, whole, x) for x in children]
            if any(p is None for p in parts) or any(p.value > whole.value for p in parts):
                continue
            result = sum_finding("parts_sum", whole, parts, "各地之和与总数")
            if result.severity == "info":
                held += 1
            else:
                broken.append(result)
        for result in broken:
            if result.severity == "error" and not held:
                as_warning(result, "；所列各地可能不全，请核对。")
        out += broken
    return out


def _same_figure_of(doc: Document, whole: Figure, section) -> Figure | None:
    """The one figure of the section whose label ends most like the total's, of its kind and unit."""
    stages = {m.group() for m in cues()["stage_or_part"].finditer(whole.label)}
    best, found = named_most_alike(whole.label, (
        f for f in figures_between(doc, section.start, section.end)
        if f.cell is None and f.kind == whole.kind and f.unit == whole.unit and f.period == whole.period
        and (f.fund == whole.fund or not f.fund or not whole.fund)     # (整合其他涉农资金 is no 彩票公益金…资金)
        and stages <= {m.group() for m in cues()["stage_or_part"].finditer(f.label)}))   # 开工…项目 is no 实施项目
    return found[0] if best >= ROLLUP_SUFFIX and len(found) == 1 else None


PAIRS_BACK = 50     # households-and-persons pairs before a list its total may be among


def _household_pairs(doc: Document) -> list[tuple[Figure, Figure]]:
    """Each households count with its persons right after it (185户598人)."""
    counts = [f for f in doc.figures if f.kind == "count" and f.cell is None]
    return [(a, b) for a, b in zip(counts, counts[1:]) if a.unit == "户" and b.unit == "人" and a.end == b.start]


def households_and_persons_of_items(doc: Document) -> list[Finding]:
    """可帮助437户1074人… / 1.…带动贫困户185户598人；2.…95户278人；…: list items, one line each with its households and
    persons, against the pair stated before them whose one count their sum matches exactly: the other must too."""
    pairs = _household_pairs(doc)
    starts = [h.start for h, _ in pairs]
    out = []
    run: list[tuple[Figure, Figure]] = []
    for n, pair in enumerate(pairs + [None]):
        line = line_start(doc, pair[0].start) if pair else -1
        item = pair is not None and cues()["item_per_line"].match(doc.norm, line) is not None \
            and not any(line_start(doc, p[0].start) == line for p in pairs[n + 1:n + 2] + run[-1:])
        if item and (not run or doc.norm.count("\n", run[-1][0].start, line) == 1):
            run.append(pair)
            continue
        if len(run) >= 2:
            out += _items_against_the_pair(pairs, starts, run)
        run = [pair] if item else []
    return out


def _items_against_the_pair(pairs: list[tuple[Figure, Figure]], starts: list[int],
                            run: list[tuple[Figure, Figure]]) -> list[Finding]:
    households, persons = sum(h.value for h, _ in run), sum(p.value for _, p in run)
    first = bisect_left(starts, run[0][0].start)
    before = pairs[max(0, first - PAIRS_BACK):first]
    stated = next((pair for pair in reversed(before) if (pair[0].value == households) != (pair[1].value == persons)), None)
    if stated is None:
        return []
    wrong, parts = (stated[1], [p for _, p in run]) if stated[0].value == households else (stated[0], [h for h, _ in run])
    return [sum_finding("parts_sum", wrong, parts, "各项所列户数人数与前文总数")]


def check_context(doc: Document, checked: set[int]) -> list[Finding]:
    return breakdown_sums(doc) + fees_by_rule(doc) + average_growth(doc, checked) + stated_averages(doc) \
        + stated_products(doc) + estimated_totals(doc) + stated_changes(doc) + counted_lists(doc) + counted_parts(doc) \
        + counted_names(doc) \
        + restated_shares(doc) + funds_by_source(doc) + paragraph_totals(doc) + spent_and_left(doc) \
        + complementary_rates(doc) + remainder_of_total(doc) + rest_of_a_share(doc) + shares_of_one_amount(doc) \
        + own_bounds(doc) + works_at_a_stage(doc) + standards_of_the_funds(doc) + graded_counts(doc) \
        + place_rollups(doc) + net_change_of_a_span(doc) + households_and_persons_of_items(doc) \
        + shares_of_a_whole_set(doc) + shares_of_a_breakdown(doc) + income_less_spending(doc) \
        + amount_over_its_lines(doc)
