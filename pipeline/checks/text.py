"""Relations read from the text: parts under a total, enumerations closed by a total,
shares and rates with their numerator and denominator, growth between two amounts."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, reduce

import patterns
from extractors import regexp
from extractors.model import Document, Figure, Finding
from extractors.context import LEVEL_PAIRS, ONE_LEVEL, OWN_MONEY, level_named, lexicon, main_fund, names_a_place
from extractors.fields import bounds
from extractors.labels import content_words, names_all, names_any
from extractors.numbers import small_int
from extractors.structure import heading_form
from extractors.sentences import (clause_end, clause_start, line_end, line_start, period_end, period_start,
                                  sentence_end, sentence_spans, sentence_start)

from .bases import (OUTFLOWS, SOURCE_MEASURES, SPAN_PERIOD, Base, carried_over, context_cue, exact_beside,
                    generic_words, held_in_fund, named_base, names_households, names_the_reports_fund,
                    of_an_earlier_year, of_the_wider_area, received_of_another_fund)
from .findings import (CONTRADICTION, HOLDS, as_warning, assumed_sum, finding, minus, number, percent_finding, plus,
                       roughly, severity_of, shown, sum_finding, verdict)
from .nearby import figures_before, figures_between, figures_ending_in, last_before
from .rounding import Interval, growth_percent, interval, ratio_percent, total

SUMMABLE = ("money", "count", "quantity")
CLAUSE_LIST_GOES_ON = regexp.compile(r"[；;]\s*$")      # a sentence ended by ； goes on in the next
OPEN_BRACKET = regexp.compile(r"[(（]")
CLOSE_BRACKET = regexp.compile(r"[)）]")
SINGLE_LEVEL_FIELDS = {"central": "funds_received_central", "provincial": "funds_received_provincial",
                       "city": "funds_received_city", "county": "funds_received_county"}
SUBJECT_CHARS = 3      # characters a share's subject must have to name one of its sentence's amounts
BOUND_AFTER = regexp.compile(r"\s*(?:以上|以下|左右|上下|多)")
COMPARED = regexp.compile(r"(?:较|比|同比)(?:上年|去年|上一年|(?:19|20)\d{2}\s*年)")    # 较上年增加9个: a change
CLOSES_FIRST = regexp.compile(r"\s*[)）]")     # a gap that first closes the bracket the figure before stands in
STILL_OPEN = regexp.compile(r"[(（][^)）]*$")      # a bracket opened and not yet closed
ASIDE_OPENED = regexp.compile(r"\s*[(（][^)）]*")   # a gap that opens a bracket right after the figure before
COLON = regexp.compile("[:：]")
COMMA = regexp.compile("[，,]")
LIST_END = regexp.compile(r"[；;。\n]")
PART_NOUN = 2           # characters of the noun before a part (村级电站5479座) its total's name must end with
PROSE_CELL_CHARS = 40
FAR_BELOW = Decimal("0.8")
FAR_ABOVE = Decimal("2")       # parts more than twice their total are another whole's, not a slip
MONEY_STAGES = {"allocated", "received", "arranged", "paid", "spent", "carryover"}   # what happens to money, in turn


@cache
def cues() -> dict:
    data = patterns.load("relations")
    out = {k: regexp.compile(v) for k, v in data.items() if isinstance(v, str)}
    out["rates"] = [{k: regexp.compile(v) if isinstance(v, str) else v for k, v in r.items()} for r in data["rates"].values()]
    return out


def measure_class(f: Figure) -> str:
    """下达 and 到位, 支付 and 支出 of one amount are one measure (patterns/relations.toml same_measure)."""
    return patterns.load("relations")["context"]["same_measure"].get(f.measure, f.measure)


@dataclass
class Sentence:
    start: int
    end: int
    figures: list[Figure]


def sentences(doc: Document) -> list[Sentence]:
    """The sentences that hold paragraph figures, with them (once per document: several checks read them)."""
    found = doc.cache.get("figure_sentences")
    if found is None:
        found = doc.cache["figure_sentences"] = _figure_sentences(doc)
    return found


def sentences_between(doc: Document, lo: int, hi: int) -> list[Sentence]:
    """The figure sentences that start in [lo, hi), by bisection."""
    found = sentences(doc)
    starts = doc.cache.get("sentence_starts")
    if starts is None:
        starts = doc.cache["sentence_starts"] = [s.start for s in found]
    return found[bisect_left(starts, lo):bisect_left(starts, hi)]


def _figure_sentences(doc: Document) -> list[Sentence]:
    """The running text's figures by sentence, with those of prose written in a table cell (本项目申请预算资金
    合计2026400元，具体为：…), a sentence never running over from one cell into another."""
    out = []
    figures = [f for f in doc.figures if f.cell is None or _prose(doc, f)]
    i = 0
    for start, end in sentence_spans(doc):
        group: list[Figure] = []
        while i < len(figures) and figures[i].start < end:
            if figures[i].start >= start:
                if group and group[-1].cell is not figures[i].cell:
                    out.append(Sentence(start, group[-1].end, group))
                    group = []
                group.append(figures[i])
            i += 1
        if group:
            cell = group[0].cell
            out.append(Sentence(max(start, cell.start) if cell else start, min(end, cell.end) if cell else end, group))
    return out


def _prose(doc: Document, f: Figure) -> bool:
    """A cell of running text: long, with its clauses punctuated."""
    text = doc.norm[f.cell.start:f.cell.end]
    return len(text) >= PROSE_CELL_CHARS and "，" in text


def for_each(doc: Document, f: Figure) -> bool:
    """8个县各追加奖励2000万元: an amount given to each of several; or each one's on average (丰乐镇190人，人均8,553元)."""
    clause = doc.norm[clause_start(doc, f.start):f.start]
    return bool(cues()["each"].search(clause) or f.kind == "money" and cues()["an_average"].search(clause))


def _gap(doc: Document, sentence: Sentence, k: int) -> str:
    """The text between figure k−1 (or the sentence start) and figure k."""
    lo = sentence.figures[k - 1].end if k else sentence.start
    return doc.norm[lo:sentence.figures[k].start]


def _restates(doc: Document, a: Figure, b: Figure) -> bool:
    """1,290万元（壹仟贰佰玖拾万元整）: the same amount written again in words."""
    return a.kind == b.kind and a.value == b.value and bool(cues()["restatement"].search(doc.norm[a.end:b.start]))


def _same_measure(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    return a.kind == "money" or a.unit.lstrip("万亿") == b.unit.lstrip("万亿")


def _turns_to_a_flow(whole: Figure, previous: Figure, f: Figure) -> bool:
    """The figure measures money moving (paid, spent, received…) unlike the total and the part before it (money held
    back is some of what is left: 结转结余及质保金合计…，其中结转…、结余…、质保金…)."""
    flows = patterns.load("relations")["flow_measures"]
    measure = measure_class(f)
    return measure in flows and measure not in (measure_class(whole), measure_class(previous)) \
        and not (measure == "retention" and measure_class(whole) == "carryover")


def parts_under_total(doc: Document, s: Sentence, following: list[Sentence]) -> list[Finding]:
    """3122.874万元，其中省级662.874万元、县级2460万元 (also 包括 / 分别为)."""
    out = []
    c = cues()
    for k, whole in enumerate(s.figures[:-1]):
        gap = _gap(doc, s, k + 1)
        if whole.kind == "percent" and k and c["parts_intro"].search(gap) and not OPEN_BRACKET.match(gap.lstrip("，,")):
            # (not 开发区33.48%（已支付38.5万元），恩阳区52.23%（已支付1021.6万元）: a bracket after a rate holds its own amount)
            # 共安排资金14343.83万元，占…的61.0%，其中中央…、省级…: the amount's parts (and 第二产业增加值96962万元，下降1.86%，
            # 可比价下降1.4%，其中工业…: past its changes)
            back = k - 1
            while back and whole.measure == "growth" and s.figures[back].kind == "percent" \
                    and s.figures[back].measure == "growth":
                back -= 1
            if back and c["prior"].search(_gap(doc, s, back)) and s.figures[back - 1].kind == s.figures[back].kind:
                back -= 1       # 合计186万元，较2022年的142万元增长30.99%，其中…: the year's amount, not the year before's
            if s.figures[back].kind == "money":
                whole = s.figures[back]
        first = s.figures[k + 1]
        whole_assumed = False
        if first.kind == whole.kind and first.unit == whole.unit and OPEN_BRACKET.match(gap.lstrip("，,")) \
                and roughly(first, whole):
            continue            # 5,318人（超过5,300人）, 8,930人（近9,000人）: the amount restated roughly in its bracket
        if whole.kind in ("count", "quantity") and first.kind == "count" and c["parts_intro"].search(gap) \
                and (whole.kind != "count" or first.unit not in COUNTED_ALIKE.get(whole.unit, {whole.unit})):
            # 涉及行政村14个，受益群众36282人，其中省级重点贫困村10个、县级…5个: the parts of the count of their unit
            earlier = next((e for e in reversed(s.figures[:k]) if e.kind == "count"
                            and first.unit in COUNTED_ALIKE.get(e.unit, {e.unit})), None)
            between = doc.norm[earlier.end:whole.start] if earlier is not None else ""
            if earlier is not None and COMMA.search(between) and not c["parts_intro"].search(between):
                whole = earlier     # (not 6189户19409人，包括…1569户5781人: persons beside their households)
            elif earlier is None and whole.kind == "quantity":
                # 已建成光伏扶贫电站5532座 … 并网总规模达到294.4万千瓦，其中村级电站5479座、集中电站35座: the count
                # of the things the parts name, stated before (assumed: a warning)
                noun = doc.norm[max(s.start, first.start - PART_NOUN):first.start]
                stated = next((e for e in reversed(figures_before(doc, s.start)) if e.kind == "count" and e.cell is None
                               and e.unit == first.unit and noun and e.label.endswith(noun)), None)
                if stated is not None:
                    whole, whole_assumed = stated, True
        # (由两部分组成：一是…；二是…, a list after a colon, is parts_after_colon's)
        if whole.kind == "money" and (c["bound_before"].search(doc.norm, clause_start(doc, whole.start), whole.start)
                                      or whole.qualifier in bounds()):
            continue            # 共投入…3268万元，规模首次突破三千万元。其中，中央…; 收入全部达到5万元以上，其中超过10万元的
            # 村126个: a bound, no total of a list
        if c["besides_before"].search(doc.norm, clause_start(doc, whole.start), whole.start) \
                and c["besides_after"].match(gap):
            continue            # 除一般性衔接资金8,856万元外，还包括以下专项：以工代赈资金760万元、…: what comes besides it
        aside = None
        if k and whole.kind == "money" and s.figures[k - 1].kind == "money" \
                and ASIDE_OPENED.fullmatch(_gap(doc, s, k)) and CLOSES_FIRST.match(_gap(doc, s, k + 1)):
            # 到位衔接资金1452万元（含区级资金210万元），其中中央资金648万元、自治区资金594万元; 到位衔接资金9482.56万元
            # （年初预算8600万元），其中…: the amount before the aside, which is one of the parts only where it is contained
            aside = whole if c["contains_bracket"].match(_gap(doc, s, k)) else None
            whole = s.figures[k - 1]
        made_of = c["composed_of"].match(doc.norm, whole.end, s.end) if whole.kind in SUMMABLE else None
        composed = made_of is not None and doc.norm[made_of.end():made_of.end() + 1] not in ":："
        intro = c["parts_intro"].search(gap) if whole.kind in SUMMABLE and not composed else None
        if intro is not None and c["clause_between"].search(gap[:intro.start()]) \
                and not c["whole_clause"].search(gap[:intro.start()]):
            continue        # 占地300平方米，含场坪整治及硬化，其中…: the 其中 is of the clause between
        if intro is None and not composed and not (whole.kind in SUMMABLE and c["list_intro"].search(gap)):
            continue        # 补助资金总额为118万元，用于…，分配如下：白脑包镇10万元，…: a list handed over by 如下
        parts: list[Figure] = []
        bracketed = bool(STILL_OPEN.search(_gap(doc, s, k + 1)))     # （其中中央…、省级…）, not 其中工业增加值（现价）
        # what a bracket lists of an amount, or after 其中 of anything, is all of it whatever each part did (not
        # 4.2千米（路面宽4.5米、厚0.2米）: its measures)
        in_bracket = bool(STILL_OPEN.search(_gap(doc, s, k + 1))) \
            and (whole.kind == "money" or "其中" in _gap(doc, s, k + 1))
        # 共安排项目19个、资金170万元，其中产业发展项目10个105万元，…: each part a count and an amount too
        # (6189户19409人，包括…1569户5781人、…987户3114人…: persons, with households beside them)
        companion = s.figures[k - 1] if k and s.figures[k - 1].kind == "count" \
            and (whole.kind == "money" or whole.kind == "count" and whole.unit != s.figures[k - 1].unit) \
            and c["paired_total"].fullmatch(_gap(doc, s, k)) else None
        counted: list[Figure] = []
        own_parts_end = 0       # 省级资金4773万元，由…40万元、…3783万元和…950万元构成；市级…: a part's own parts
        counted_before = {(f.unit, f.value) for f in s.figures[:k] if f.kind == "count"}
        counts_beside = read_to_the_end = inner_list = False
        for j in range(k + 1, len(s.figures)):
            if s.figures[j].start < own_parts_end:
                continue
            if composed and s.figures[j].start > made_of.end():
                break           # …1,600万元，由…1,260万元和…340万元构成，已支出1,532.4万元: the list ends at 构成
            gap = _gap(doc, s, j)
            if parts and s.figures[j].kind == "percent" != whole.kind and s.figures[j].measure == "growth":
                continue        # 其中工业增加值92990万元，下降0.81%，建筑业增加值4104万元，…: each part's change beside it
            if companion is not None and s.figures[j].kind == "count" and s.figures[j].unit == companion.unit:
                if j > k + 1 and c["change_from"].search(gap):
                    break       # 4722户16949人（其中…4371户15766人）相比，减少700户2749人: a change, no part
                counted.append(s.figures[j])
                continue
            if parts and not in_bracket and _bracketed_since(doc, parts[-1].end, s.figures[j]):
                continue        # 省级49万元（分两批下达，分别为31万元和18万元），市级…: the part's own, and the list goes on
            if parts and c["as_of_turn"].search(gap):
                break           # …218万元，其中项目管理费2.18万元，截至目前已拨付196.2万元: a statement of its own
            if j > k + 1 and parts and c["restart"].search(gap):
                out += _parts_found(doc, s, whole, parts)
                parts = []      # …，分项目看，吴冲路项目总投资78万元，…: a second list of the same total
            elif j > k + 1 and (c["parts_intro"].search(gap) or c["change_from"].search(gap) or c["has_more"].search(gap)
                              or c["prior"].search(gap)       # …县本级安排850万元，比2020年的800万元增加6.25%
                              or c["closing_total"].search(gap) and not c["rest_item"].search(gap)
                              or c["per_unit"].search(gap) or bracketed and c["parts_end"].search(gap)):
                break
            if _restates(doc, s.figures[j - 1], s.figures[j]):
                continue
            if s.figures[j].kind == "count" != whole.kind and j + 1 < len(s.figures) \
                    and s.figures[j + 1].kind == whole.kind and s.figures[j + 1].unit == whole.unit \
                    and not LIST_END.search(_gap(doc, s, j + 1)):
                counts_beside = True
                continue        # 78.96万千瓦中，村级电站713座、装机19.86万千瓦；…: the part's count beside it
            if whole.kind == "money" and s.figures[j].kind in ("count", "quantity") and j + 2 < len(s.figures) \
                    and s.figures[j + 1].kind in ("count", "quantity") and s.figures[j + 2].kind == "money" \
                    and not COMMA.search(doc.norm, s.figures[j].end, s.figures[j + 2].start):
                continue        # …，500立方米蓄水池1座30万元，…: the size and number of the part named before its amount
            if s.figures[j].kind == "count" and (s.figures[j].unit, s.figures[j].value) in counted_before:
                continue        # 分配到7个贫困县和3个非贫困县，其中下达7个贫困县2.75亿元: a count named again, no part
            if whole.kind == "count" == s.figures[j].kind and j + 1 < len(s.figures) \
                    and s.figures[j + 1].kind == "count" and s.figures[j + 1].unit == s.figures[j].unit \
                    and not c["count_separator"].search(doc.norm, s.figures[j].end, s.figures[j + 1].start):
                continue        # 420个村中，15个重点县（市）285个村，其他县135个村: the count that names the next one's place
            if measure_class(s.figures[j]) == "planned" != measure_class(whole) and j + 1 < len(s.figures) \
                    and measure_class(s.figures[j + 1]) != "planned" \
                    and s.figures[j + 1].fund_level == s.figures[j].fund_level:
                continue        # 实际到位6000万元，其中中央资金计划3500万元，实际到位3200万元: a part's plan, no part
            if parts and (c["bracketed_part"].search(gap) or c["contained_part"].search(gap)):
                inner_list = bool(c["contained_part"].search(gap))
                continue        # 省级104万元（内含边境补助33万元）, 产业发展600万元，含种植业200万元: a part of a part
            if parts and not in_bracket and _bracketed_since(doc, parts[-1].end, s.figures[j]):
                continue        # 中央资金24315万元（含以工代赈…1260万元、少数民族…850万元）: the bracket's rest too
            if inner_list and not c["inner_list_end"].search(gap):
                continue        # …1478万元，内含甲166万元、乙968万元…和丁212万元；专项406万元: the rest of the part's parts
            inner_list = False
            if whole.kind == "count" == s.figures[j].kind and not in_bracket \
                    and s.figures[j].unit not in COUNTED_ALIKE.get(whole.unit, {whole.unit}):
                break           # 覆盖87个村，其中由23个贫困村主导推进，带动4760户…: households are no villages
            if not _same_measure(whole, s.figures[j]) and not (in_bracket and s.figures[j].kind == whole.kind):
                break           # 1,260万元，其中劳务报酬386万元，带动2354人… : the list has ended
                                # (but 248.73万元（2023年结转95.43万元，2024年新下达153.3万元）: all of it, whatever each did)
            if not parts and s.figures[j].value > whole.value \
                    and {measure_class(s.figures[j]), measure_class(whole)} <= MONEY_STAGES \
                    and measure_class(s.figures[j]) != measure_class(whole):
                break           # 结余资金合计87.68万元，其中结余较多的为…（下达400万元，…）: more, of another measure
            if parts and not in_bracket and not composed and _turns_to_a_flow(whole, parts[-1], s.figures[j]) \
                    and not c["source_part"].search(gap) \
                    and not (intro and c["sources_intro"].search(intro.group())):   # 资金来源中…: every part a source
                break           # 107.13万元，其中项目管理费1.07万元，已拨付项目资金106.36万元: paid is no part
            if parts and whole.fund not in ("", OWN_MONEY) and s.figures[j].fund == OWN_MONEY \
                    and all(p.fund != OWN_MONEY for p in parts) \
                    and not c["investment_whole"].search(doc.norm, clause_start(doc, whole.start), whole.start):
                break           # 使用衔接资金860万元，其中中央资金600万元、县级资金260万元，龙头企业自筹590万元: the owner's, beside
                                # (not 批复总投资486.5万元，其中省级衔接资金380万元，…，村集体自筹30.5万元: all of an investment)
            if c["hierarchy"].search(gap):
                parts = []
                break
            if whole.kind == "count" and any(len(s.figures[j].label) > len(p.label) >= 2
                                             and s.figures[j].label.endswith(p.label) for p in parts):
                continue        # 行政村45个，其中贫困村44个，深度贫困村32个: a kind of a part, inside it
            if parts and whole.kind == "count" == s.figures[j].kind and s.figures[j].value > whole.value:
                break           # 项目58个，其中产业项目34个，…，年末县级项目库共有入库项目412个: more than all, a count of its own
            if parts and _rate_of_the_whole_follows(doc, s, j, whole):
                break           # 调查农户300户，其中贫困户180户，表示满意的291户，满意率97.00%: the rate's count, no part
            parts.append(s.figures[j])
            made_of_its_own = c["composed_of"].match(doc.norm, s.figures[j].end, s.end)
            own_parts_end = made_of_its_own.end() if made_of_its_own else own_parts_end
        else:
            read_to_the_end = True
        if aside is not None and parts:
            parts = [aside, *parts]
        if read_to_the_end and whole.kind in LISTED_KINDS and c["colon_list"].search(_gap(doc, s, k + 1)) \
                and _list_clauses_after(doc, s, whole, following):
            continue        # 其中：中央…，省级…，市级…；县本级…: the list goes on over the ；-clauses (parts_after_colon)
        if counts_beside and read_to_the_end and parts:
            going_on = _parts_beside_counts_going_on(doc, s, whole, following)
            if going_on:
                out += _parts_found(doc, Sentence(s.start, going_on[-1].end, s.figures + going_on), whole,
                                    parts + going_on)
                continue
        if any(p.value > whole.value for p in parts) \
                and c["per_unit"].search(doc.norm[clause_start(doc, whole.start):whole.start]):
            continue        # 平均每股分红2400元，其中带来村集体经济收入12万元: more than an amount per unit is of all units
        if companion is None or len(counted) != len(parts) or len(parts) < 2:
            # 到村产业扶贫项目9个，共计968.47万元：甲项目128.6万元，…: as many parts as the count before the total says
            counted_all = len(parts) >= 2 and companion is not None and not counted and companion.value == len(parts)
            found = _parts_found(doc, s, whole, parts, complete=composed or counted_all)
            for f in found if whole_assumed else ():
                if f.severity == "error":
                    as_warning(f, f"；总数按前文的{shown(whole)}推定，请核对。")
            out += found
            continue
        # where one list adds up to its total, the list is all of it, and so is the other
        out += _parts_found(doc, s, whole, parts, complete=adds_up(companion, counted)) \
            + _parts_found(doc, s, companion, counted, complete=adds_up(whole, parts))
    return out


def _parts_beside_counts_going_on(doc: Document, s: Sentence, whole: Figure, following: list[Sentence]) -> list[Figure]:
    """…，村级光伏电站713座、装机19.86万千瓦；集中式光伏电站21座、装机60万千瓦。: after a list of parts each with its count
    beside it that runs to the end of its ；-clause, each next ；-clause of one count and one part goes on with it."""
    parts, last = [], s
    for nxt in following:
        if doc.norm[last.end - 1] not in "；;" or doc.norm[last.end:nxt.start].strip() or len(nxt.figures) != 2:
            break
        count, part = nxt.figures
        if count.kind != "count" or part.kind != whole.kind or part.unit != whole.unit:
            break
        parts.append(part)
        last = nxt
    return parts


def counts_among_amounts(doc: Document, s: Sentence) -> list[Finding]:
    """项目186个，估算投资3.82亿元，其中产业发展类112个、基础设施类51个…; 项目124个，其中产业发展项目57个、投入资金
    13206.5万元，基础设施项目49个…: a 其中 list of counts, each maybe with its amount, against the count of the
    same unit before it, whatever amount stands between."""
    c = cues()
    out = []
    for k in range(len(s.figures) - 1):
        first = s.figures[k + 1]
        if first.kind != "count" or not c["parts_intro"].search(_gap(doc, s, k + 1)):
            continue
        wholes = [f for f in s.figures[:k + 1] if f.kind == "count" and f.unit == first.unit]
        if not wholes or s.figures[k].kind == "count" and all(f.kind == "count" for f in s.figures[k + 1:]):
            continue            # a list of counts alone is parts_under_total's
        parts: list[Figure] = []
        for j in range(k + 1, len(s.figures)):
            f = s.figures[j]
            if f.kind == "money" and parts:
                continue        # the part's own amount
            if f.kind != "count" or f.unit != first.unit or j > k + 1 and c["parts_intro"].search(_gap(doc, s, j)):
                break
            if parts and not _noun_follows(doc, first) and _noun_follows(doc, f):
                break           # …乡村建设项目5个、投资1211万元，集中在…4个村: villages, no class of the projects
            if parts and _rate_of_the_whole_follows(doc, s, j, wholes[-1]):
                break           # 调查农户300户，其中贫困户180户，表示满意的291户，满意率97.00%: the rate's count
            if parts and c["over"].search(_gap(doc, s, j)):
                break           # 带动率81.92%（带动人数21,560人/全县脱贫人口26,318人）: a rate's terms, no list
            if parts and STILL_OPEN.search(_gap(doc, s, k + 1)) and CLOSE_BRACKET.search(doc.norm, first.end, f.start):
                break           # 267个村（其中贫困村42个）…：10万元以上的58个…: the bracket's list ends with it
            parts.append(f)
        if len(parts) >= 2:
            out += _parts_found(doc, s, wholes[-1], parts)
    return out


def _noun_follows(doc: Document, f: Figure) -> bool:
    """The words right after a count name what it counts (4个村), rather than ending its clause (产业发展项目12个、)."""
    return bool(COUNTED_NOUN.match(doc.norm, f.end))


def contained_in_brackets(doc: Document, s: Sentence) -> list[Finding]:
    """工程建设其他费38976.00元（含监理费用34408.00元、造价咨询费5568.00元）: what a bracket says the amount
    contains may be some of it only, but never more than all of it."""
    c = cues()
    out = []
    for k, whole in enumerate(s.figures[:-2]):
        opened = c["contains_bracket"].match(doc.norm, whole.end)
        if whole.kind not in SUMMABLE or opened is None:
            continue
        close = CLOSE_BRACKET.search(doc.norm, opened.end(), s.end)
        inside = [f for f in s.figures[k + 1:] if close is not None and f.start < close.start()]
        if len(inside) >= 2 and all(f.kind == whole.kind and f.unit == whole.unit for f in inside) \
                and not OPEN_BRACKET.search(doc.norm, opened.end(), close.start()):
            found = sum_finding("parts_sum", whole, inside, "括号所含各项与总数", partial=True)
            if found.severity != "info":
                out.append(found)
    return out


def in_brackets(doc: Document, s: Sentence, f: Figure) -> bool:
    """The figure stands inside a bracket of its sentence (36,850万元（其中中央资金29,410万元、…）), opened maybe before
    a ；that ends the sentence (…（包括一般性转移支付收入1478万元…；专项转移支付收入406万元）)."""
    return _bracketed_since(doc, min(s.start, period_start(doc, s.start)), f)


def _base_of_share(doc: Document, s: Sentence, i: int) -> bool:
    """…年初预算31,700万元的229.39%: figure i is the whole a share right after it is of."""
    return i + 1 < len(s.figures) and s.figures[i + 1].kind == "percent" \
        and bool(cues()["whole_then_share"].match(_gap(doc, s, i + 1)))


def made_of(doc: Document, whole: Figure, part: Figure) -> bool:
    """The whole's sentence says it is made of an amount equal to the part (…1130.71万元，由…1077.56万元和…构成)."""
    end = sentence_end(doc, whole.end)
    composed = cues()["composed_of"].match(doc.norm, whole.end, end) is not None
    return any(g is not part and g.kind == part.kind and g.value == part.value
               and (composed or cues()["parts_intro"].search(doc.norm, whole.end, g.start))
               for g in figures_between(doc, whole.end, end))


def adds_up(whole: Figure, parts: list[Figure]) -> bool:
    return verdict(whole, *total(parts)) == HOLDS


BRACKET_BASE_REACH = 600     # characters back from a share in brackets to the words that say what the brackets hold
BRACKETED = regexp.compile(r"[（(][^（()）]*[)）]")


TASKS_OF_THE_FUND = 4       # 发展类 (巩固拓展…任务), 以工代赈, 少数民族发展, 欠发达国有林场


def _allocated_by_task(doc: Document, whole: Figure, parts: list[Figure]) -> bool:
    """按照《关于提前下达…（巩固拓展脱贫攻坚成果和乡村振兴任务）…》…，现向你单位下达…1356万元，其中：少数民族发展任务…、以工代赈
    任务…; 上述三项衔接资金共计6,930万元，具体为：以工代赈资金…，少数民族发展资金…，易地…: an allocation by task (its title
    or its line names the task) or a count of the items: the tasks listed are all of it."""
    counted = context_cue("items_counted").search(doc.norm, sentence_start(doc, whole.start), whole.start)
    return counted is not None and small_int(counted.group("n")) == len(parts) \
        or bool(lexicon().task_heading.search(doc.title)) \
        or bool(lexicon().task_heading.search(doc.norm, line_start(doc, whole.start), whole.start))


def _words_of_the_part(doc: Document, p: Figure) -> str:
    """The words naming a part of a list: its clause, after a bracket opened and 其中 (…（其中以工代赈资金 → 以工代赈资金)."""
    words = doc.norm[clause_start(doc, p.start):p.start]
    return words[max(words.rfind("（"), words.rfind("(")) + 1:].strip().removeprefix("其中").lstrip("：:，, ")


def _some_of_the_tasks(doc: Document, whole: Figure, parts: list[Figure]) -> bool:
    """中央财政衔接资金16,420万元，其中：发展类14,380万元，以工代赈1,100万元: a level's funds, parts each named by a task of the
    fund, fewer than all its tasks, which the rest may be of."""
    if whole.fund_level not in ONE_LEVEL or _allocated_by_task(doc, whole, parts):
        return False
    named = {_words_of_the_part(doc, p) for p in parts}
    return all(context_cue("task_part").match(w) for w in named) and len(named) == len(parts) < TASKS_OF_THE_FUND


def _lesser_tasks_only(doc: Document, whole: Figure, parts: list[Figure]) -> bool:
    """…衔接推进乡村振兴补助资金31586万元（其中以工代赈任务资金1450万元、少数民族发展任务资金860万元; 中央资金19,842.00万元
    （其中以工代赈资金1,120万元，少数民族发展资金960万元）): the fund's lesser
    tasks in a bracket after it, its main task's share left unsaid: some of it."""
    if not OPEN_BRACKET.match(doc.norm[whole.end:parts[0].start].lstrip("，, ")) \
            and not (whole.field.startswith("funds_received") or whole.fund_level in ONE_LEVEL):
        return False        # (1.中央财政衔接资金31,560.00万元，其中以工代赈任务资金1,640万元、…: a level's whole, bracket or not)
    if _allocated_by_task(doc, whole, parts):
        return False
    for p in parts:
        words = _words_of_the_part(doc, p)
        task = lexicon().task_amount.match(words) or lexicon().task_funds.match(words)
        if task is None or context_cue("main_task").search(task.group("task")):
            return False
    return True


def _parts_found(doc: Document, s: Sentence, whole: Figure, parts: list[Figure], complete: bool = False) -> list[Finding]:
    """A total against its parts; complete: the list says it is all of the total (分项目看，…)."""
    c = cues()
    if not parts or any(for_each(doc, p) for p in parts):
        return []           # 8个县各追加奖励2000万元: an amount for each of several is no part
    if c["absolute_change"].search(doc.norm, clause_start(doc, whole.start), whole.start):
        return []           # (…比2021年的1,918.60万元增加228.20万元…；其中区级资金由136.00万元增加到160.00万元: a change)
    if any(p.period.isdigit() and whole.period.isdigit() and p.period < whole.period and p.measure != "carryover"
           for p in parts):
        return []           # (市级资金1,556.25万元（上年2,260万元）: the year before's beside it, no part; but 2023年结转…
                            # is a part of what 2024 had)
    # (…完成年度目标1,000人的123.6%: a target; 县级预算安排600万元，比上年增加150万元: a change)
    parts = [p for p in without_their_own_parts(parts)
             if not c["target_named"].search(_gap(doc, s, s.figures.index(p)))
             and not c["absolute_change"].search(_gap(doc, s, s.figures.index(p)))
             # (总投资1280万元，其中扶贫资金1050万元，年租金收益63万元…: what it earns, no part of what was put in)
             and not (c["earnings"].search(_gap(doc, s, s.figures.index(p)))
                      and not c["earnings"].search(doc.norm, clause_start(doc, whole.start), whole.start))]
    parts = _counting_the_same(doc, whole, parts)
    if not parts or whole.period.isdigit() and all(p.period.isdigit() and p.period > whole.period for p in parts):
        return []           # (…5,050万元，比2020年原结对地区帮扶资金4,600万元增加450万元。从资金来源看，…4,380万元，…670万元:
                            # the year's parts, not the year before's amount's)
    complete = complete and len(parts) > 1      # (one item of a list said to be whole: the rest is told elsewhere)
    if len(parts) > 1 and parts[0].value != whole.value and any(p.value == whole.value for p in parts):
        return []           # a level that restates the total (一级3个、二级5个、三级12个 of 12), not a first part that is
                            # all of it but for the others' (共计1个，其中行政单位1个，…事业单位0个，其他事业单位1个)
    gaps = [_gap(doc, s, s.figures.index(p)) for p in parts]
    if (more := _one_more_after(doc, s, parts[-1])) is not None and adds_up(whole, [*parts, more]):
        return []           # …，其中中央资金18,420万元、省级资金6,035.2万元；另有市级、县级资金2,700万元: one more that closes it
    if whole.kind != "money" and any(c["stages"].search(g) for g in gaps) \
            and not all(c["stages"].search(g) for g in gaps):
        return []           # 其中甲镇的7个项目已全部开工、完工4个，乙镇的6个…: counts of two things, no partition
    if whole.kind != "money" and all(c["stages"].search(g) for g in gaps):
        if len(parts) < 2 or not c["stage_done"].search(gaps[0]) \
                or not all(c["stage_open"].search(g) for g in gaps[1:]) \
                or c["clause_break"].search(doc.norm, whole.end, parts[0].start):
            return []       # 已批复24个，其中开工19个、完工4个: stages of work overlap; 设立直销窗口26个；服务站建成35个、在建20个
        complete = True     # …but 已竣工验收104个，在建8个 are all of them
    tail = doc.norm[parts[-1].end:s.end]
    past = past_an_aside(doc, parts[-1].end)   # …县级配套1,000万元（上年为850万元），其余为市级补助资金: the rest named past it
    if c["overlapping"].search(tail):
        return []           # …439人（部分人员同时存在多种情形，按人数不重复计算为3119人）: the parts overlap
    # (…分项目看，甲项目到位860万元，…，其余项目资金亦按计划足额到位: the rest named after a list said to be whole)
    # (全市…合计6.18亿元，其中辉南县2.31亿元、柳河县2.06亿元; …32.6亿元，临县、兴县、石楼县分别为…: some of a wider
    # whole's places, named; never more than all of it)
    partial = bool(c["rest"].search(doc.norm[past:min(past + 12, s.end)])) or not complete and (
        len(parts) == 1 or bool(c["partial"].search(tail[:6]) or c["top_ranked"].search(tail[:12]))
        or any(c["partial"].search(g) for g in gaps)
        or whole.scope.startswith("地:全") and all(p.scope.startswith("地:") for p in parts)
        or c["places_respectively"].search(gaps[0]) is not None
        or _levels_short_of_the_reports(doc, whole, parts) or _lesser_tasks_only(doc, whole, parts)
        or _some_of_the_tasks(doc, whole, parts)
        or _upper_levels_short(doc, whole, parts)
        or lowest_level_unsaid(doc, parts)
        or shares_short_of_all(doc, parts))
    if whole.kind == "money" and whole.value > 0 and sum(p.value for p in parts) > whole.value * FAR_ABOVE:
        return []           # 需县财政安排资金2.04亿元：续建项目15个，年度计划投资6.97亿元，…: far more than it, another whole's
    if level_left_out_follows(doc, s, whole, parts):
        return []
    found = sum_finding("parts_sum", whole, parts, "其中各项与总数", partial)
    # (其中高多村蔬菜大棚基地项目省级资金150万元…，村集体自筹23618元: one project's, whatever its funds' levels)
    one_item = bool(c["item_named"].search(gaps[0]))
    funds_of_an_investment = not whole.fund and all(p.fund for p in parts) and "其中" in gaps[0] \
        and bool(c["investment_whole"].search(doc.norm, clause_start(doc, whole.start), whole.start))
    if found.severity == "error" and not complete and found.computed and Decimal(found.computed) < whole.value \
            and (whole.kind != "money" or one_item or funds_of_an_investment
                 or not all(p.fund_level or p.fund and p.fund != MIXED_FUNDS for p in parts)
                 or any(_names_a_use(doc, p) for p in parts) and not _closes_with_the_rest(doc, parts[-1])
                 or _items_of_a_use(doc, whole, parts)):
        # uses or items rather than the levels or funds a total is made of (其中黄连产业2,360万元、辣椒产业…, whatever fund
        # the sentence before named), or classes of a count or an
        # area that may nest (受灾128014.98亩，其中成灾54009.83亩、绝收16277.6765亩): the list may not be all of it
        as_warning(found, "；所列各项未必是全部，请核对。")
        if Decimal(found.computed) < whole.value * FAR_BELOW:
            found.severity = "info"     # items or classes far below their total name some of it, and claim no sum
    elif found.severity == "error" and Decimal(found.computed) < whole.value and _city_level_skipped(doc, parts):
        as_warning(found, "；所列级次中没有市级资金，差额可能是未列出的市级资金，请核对。")
    return [found]


def past_an_aside(doc: Document, end: int) -> int:
    """Where the text goes on past a bracket that opens right at end (…1,000万元（上年为850万元），其余…)."""
    aside = BRACKETED.match(doc.norm, end)
    return aside.end() if aside else end


def _city_level_skipped(doc: Document, parts: list[Figure]) -> bool:
    """其中中央资金…，省级资金…，县本级预算安排… in a county's report that states no prefecture's money anywhere: a list of
    the levels that skips the prefecture's may be short by its funds (or be a slip: a warning, not an error)."""
    levels = [p.fund_level for p in parts]
    if not doc.county or doc.province in patterns.load("fields")["municipalities"] or len(set(levels)) != len(levels) \
            or not {"central", "county"} <= set(levels) or not set(levels) <= set(ONE_LEVEL) or "city" in levels:
        return False
    return not _money_of_level_stated(doc, "city")


def _spent_of_a_numbered_batch(doc: Document, s: Sentence, k: int) -> tuple[Figure, Figure] | None:
    """…省级资金支出3,859.28万元，执行率91.48%，其中第三批资金于11月中旬下达，仅支出373.98万元，执行率50.99% (第三批733.4
    万元 stated before): a rate right after what one batch spent, its clauses naming the batch by its number, is over
    the amount that batch was stated as, not over its level's."""
    c = cues()
    near = s.figures[k - 1] if k else None
    if near is None or near.kind != "money" or not c["spent"].search(_gap(doc, s, k - 1)):
        return None
    since = s.figures[k - 2].end if k >= 2 else s.start
    named = [m for m in c["numbered_batch"].finditer(doc.norm, since, near.start)]
    if len(named) != 1:
        return None
    name = named[0].group()
    amount = next((f for f in reversed(figures_before(doc, named[0].start())) if f.kind == "money" and f.cell is None
                   and f.value >= near.value
                   and doc.norm[clause_start(doc, f.start):f.start].rstrip().endswith(name)), None)
    return (near, amount) if amount is not None else None


def _amount_of_its_holder(doc: Document, part: Figure) -> Figure | None:
    """省本级安排资金已支出6,183.72万元，支出进度95.13% … 省本级留用6,500万元 before: the latest amount of the holder its clause
    names (省本级, 市县) in its clause (其余1,267,340万元…下达到市县), in a sentence before it, at least the part."""
    holder = cues()["subject_unit"].search(doc.norm, clause_start(doc, part.start), part.start)
    if holder is None:
        return None
    start = sentence_start(doc, part.start)
    return next((f for f in reversed(figures_before(doc, start)) if f.kind == part.kind and f.cell is None
                 and f.value >= part.value and measure_class(f) not in ("spent", "carryover")
                 and holder.group() in doc.norm[clause_start(doc, f.start):clause_end(doc, f.end)]), None)


def _names_a_use(doc: Document, part: Figure) -> bool:
    """其中黄连产业2,360万元: a part whose own words name a use and no fund (its fund only the sentence's before it)."""
    clause = doc.norm[clause_start(doc, part.start):part.start]
    return bool(lexicon().purpose.first(clause)) and lexicon().fund.pattern.search(clause) is None


def _items_of_a_use(doc: Document, whole: Figure, parts: list[Figure]) -> bool:
    """产业发展3,802.4万元，…，其中蔬菜大棚新建及改造2,140万元、食用菌菌棒生产线586万元: the amount of a use, whose parts
    name no fund and no level of their own, are some of its projects."""
    return bool(whole.purpose) and not any(
        lexicon().fund.pattern.search(clause) or level_named(clause)
        for clause in (doc.norm[clause_start(doc, p.start):p.start] for p in parts))


def _closes_with_the_rest(doc: Document, last: Figure) -> bool:
    """…，就业帮扶、易地搬迁后续扶持及其他10,638.6万元: a list whose last item is the rest names all of it."""
    return cues()["rest_last_item"].search(doc.norm, clause_start(doc, last.start), last.start) is not None


def _levels_short_of_the_reports(doc: Document, whole: Figure, parts: list[Figure]) -> bool:
    """（一）产业发展项目。安排资金10,526.8万元，其中中央资金6,200万元、省级资金3,100万元 in a report whose funds are of three
    levels: a use's amount (or the year before's: 2020年全县投入…15,768.9万元，其中中央10,528万元、县级1,300万元) broken down
    by fewer levels than the report's own funds have may leave the others unsaid."""
    levels = {p.fund_level for p in parts}
    earlier = whole.period.isdigit() and bool(doc.year) and int(whole.period) < doc.year
    if not whole.purpose and not whole.scope.startswith("分项:") and not earlier or not levels <= set(ONE_LEVEL) \
            or len(levels) != len(parts):
        return False
    own = {f.fund_level for f in doc.figures if f.field.startswith("funds_received_") and f.fund_level in ONE_LEVEL}
    return bool(own - levels)


def _upper_levels_short(doc: Document, whole: Figure, parts: list[Figure]) -> bool:
    """上级补助19,946.7万元，其中中央…14,322万元、自治区本级5,208.7万元 in a county's report: the upper levels' funds, of which
    the prefecture's may be left unsaid; 统筹整合…财政涉农资金共计52,863.47万元，其中：中央涉农资金…，省级涉农资金…: of a pool the
    county adds its own funds to, the county's."""
    before = clause_start(doc, whole.start)
    upper = cues()["upper_whole"].search(doc.norm, before, whole.start) \
        or cues()["pool_whole"].search(doc.norm, before, whole.start)
    return bool(doc.county) and upper is not None \
        and all(p.fund_level in ("central", "provincial") for p in parts)


def lowest_level_unsaid(doc: Document, parts: list[Figure]) -> bool:
    """其中：中央资金…，省级资金…，市级资金… in a prefecture's report that states no county-level amount anywhere: a list of
    every level down to its own may leave the counties' unsaid (not 中央衔接资金6380万元、自治区衔接资金1898万元 of one
    project's funds, the levels it had; nor 中央资金2888万元、市级资金115万元)."""
    levels = {p.fund_level for p in parts}
    if not (doc.city and not doc.county and all(p.fund_level in ONE_LEVEL for p in parts)
            and {"central", "provincial", "city"} <= levels and "county" not in levels):
        return False
    return not _money_of_level_stated(doc, "county")


def _money_of_level_stated(doc: Document, level: str) -> bool:
    """Whether the report states an amount of that level anywhere."""
    key = ("money_of_level", level)
    if key not in doc.cache:
        doc.cache[key] = any(f.kind == "money" and f.fund_level == level for f in doc.figures)
    return doc.cache[key]


def level_left_out_follows(doc: Document, s: Sentence, whole: Figure, parts: list[Figure]) -> bool:
    """衔接资金26,632万元，…，其中中央衔接资金15,602万元、省级衔接资金6,930万元。县本级预算安排衔接资金4,100万元: a list of levels
    short of its total by exactly the amount of another level (or of the others) stated right after it in the paragraph or
    the line after, or in its row of a table of the levels (市级财政专项扶贫资金 | 486 under 到位资金 beside 其中：中央资金
    8,635万元，省级…，县级…)."""
    levels = [p.fund_level for p in parts]
    if whole.kind != "money" or not all(level in ONE_LEVEL for level in levels) or len(set(levels)) != len(levels):
        return False
    short = whole.value - sum(p.value for p in parts)
    end = doc.norm.find("\n", s.end)
    end = doc.norm.find("\n", end + 1) if end >= 0 else -1      # (its paragraph and the line after it)
    others = [f for f in figures_between(doc, s.end, end if end >= 0 else len(doc.norm)) if f.kind == "money"
              and f.cell is None and f.fund_level in ONE_LEVEL and f.fund_level not in levels
              and not (f.period.isdigit() and whole.period.isdigit() and f.period < whole.period)]
    # (not 县本级安排1,215.5万元，比2022年县本级安排的1,080万元增长12.55%: the year before's beside it)
    # (…1,055万元，其中中央衔接资金840万元、省级衔接资金165万元 … 州级资金30万元，县级资金20万元: the two left out)
    return short > 0 and (any(f.value == short for f in others) or sum(f.value for f in others) == short
                          or any(f.value == short and f.fund_level not in levels
                                 and (measure_class(f) == measure_class(whole)
                                      or {measure_class(f), measure_class(whole)} <= SOURCE_MEASURES)
                                 for f in _cells_of_one_level(doc)))


def _cells_of_one_level(doc: Document) -> list[Figure]:
    if "cells_of_one_level" not in doc.cache:
        doc.cache["cells_of_one_level"] = [f for f in doc.figures if f.kind == "money" and f.cell is not None
                                           and f.fund_level in ONE_LEVEL]
    return doc.cache["cells_of_one_level"]


def _counting_the_same(doc: Document, whole: Figure, parts: list[Figure]) -> list[Figure]:
    """Of counts in 个, the parts that count what the total counts (…四个方面，其中产业扶贫项目52个: no part of the 方面;
    贫困县7个（其中深度贫困县4个），贫困村798个: the 村 are none of the 县); a part that names nothing it counts may be
    one (在这24个项目中，评价等级为“优”的有6个)."""
    if whole.kind != "count" or whole.unit != "个":
        return parts
    counted = _counted_noun(doc, whole)
    alike = [_counted_noun(doc, p) in (None, counted) for p in parts]
    if counted is None or all(alike):
        return parts
    cut = alike.index(False)
    # (270个，其中北京市206个，天津市54个，覆盖我省贫困村1300多个: the list ends where other things are counted; one
    # that counts other things among its first items is no breakdown of this count)
    return parts[:cut] if not any(alike[cut:]) else []


def _counted_noun(doc: Document, f: Figure) -> str | None:
    """What a count of 个 counts: the noun right after it (四个方面), else the last one its clause names (贫困县7个)."""
    noun = cues()["counted_noun"]
    after = noun.match(doc.norm, f.end)
    if after:
        return after.group("noun")
    before = list(noun.finditer(doc.norm, clause_start(doc, f.start), f.start))
    return before[-1].group("noun") if before else None


MIXED_FUNDS = "其他资金"     # 统筹其他财政资金7336万元，其中天津帮扶资金…: parts of other funds name no fund by it


def without_their_own_parts(parts: list[Figure]) -> list[Figure]:
    """甲项目总投资96万元，使用衔接资金24万元、其他资金72万元: the amounts right after a part that add up to it exactly
    are its own parts, no more parts of the total; never the parts of another level (…省级资金300万元、市级资金120万元、
    县级资金180万元: the levels of the total, whatever they add up to), unless the part is of several levels (市、县两级共安排
    534.65万元（市级160万元、县级374.65万元）)."""
    out, k = [], 0
    while k < len(parts):
        out.append(parts[k])
        running, j = Decimal(0), k + 1
        while j < len(parts) and parts[k].kind == parts[j].kind == "money" and parts[j].value > 0 \
                and running < parts[k].value and not (parts[k].fund_level not in ("", "all") and parts[j].fund_level
                                                      and parts[j].fund_level != parts[k].fund_level):
            running += parts[j].value
            j += 1
        k = j if j - k > 2 and running == parts[k].value else k + 1
    return out


NAMED_PART_LABEL = 16   # characters a ；-clause may open with before the count it goes on the list with


def parts_over_clauses(doc: Document, s: Sentence, following: list[Sentence]) -> list[Finding]:
    """项目10个，其中优势产业项目5个，分别为甲村暖棚、…；改善民生项目4个，分别为…: a 其中 list of counts whose parts
    each name what they count go on over the ；-clauses that open with a count of the same things."""
    c = cues()
    k = next((k for k in range(len(s.figures) - 1, 0, -1) if s.figures[k].kind == "count"), 0)
    if not k:
        return []
    whole, first = s.figures[k - 1], s.figures[k]
    if whole.kind != "count" or first.unit != whole.unit \
            or not c["parts_intro"].search(_gap(doc, s, k)) or not _closes_its_clause(doc, first, s):
        return []
    noun = doc.norm[max(0, first.start - 2):first.start]
    parts, last = [first], s
    for nxt in following:
        f = nxt.figures[0]
        if doc.norm[last.end - 1] not in "；;" or doc.norm[last.end:nxt.start].strip() or f.kind != "count" \
                or f.unit != whole.unit or not doc.norm.endswith(noun, nxt.start, f.start) \
                or f.start - nxt.start > NAMED_PART_LABEL or f.value >= whole.value:
            if doc.norm[last.end - 1] in "；;" and not doc.norm[last.end:nxt.start].strip() \
                    and noun in doc.norm[nxt.start:f.start] and all(g.kind != "count" for g in nxt.figures):
                return []   # …；基础设施项目48个，安排资金5,402万元；其他项目安排资金1,944万元: an item whose count is unsaid
            break           # (…；项目库入库项目265个: more than all of them, a count of its own)
        if not _closes_its_clause(doc, f, nxt):
            return []       # the next part says more than the list's pattern: the list is not read to its end
        parts.append(f)
        last = nxt
    if len(parts) < 2:
        return []
    return _parts_found(doc, Sentence(s.start, last.end, [whole, *parts]), whole, parts)


LISTED_KINDS = ("count", "money")     # what a 其中： list over ；-clauses may count
# projects counted in 个 and in 项, people in 人 and in 名
COUNTED_ALIKE = {"个": {"个", "项"}, "项": {"个", "项"}, "人": {"人", "名"}, "名": {"人", "名"}}


def parts_after_colon(doc: Document, s: Sentence, following: list[Sentence]) -> list[Finding]:
    """共16954套（台、块、项），其中：总平台558套；综治分平台1488套，公安分平台34套；前端补点14666台（套）；…: a 其中：
    list goes on over the ；-clauses after it to the end of its period, each clause's figures of the total's kind
    being parts (a part's part, after 其中 or 含, is not)."""
    c = cues()
    kinds_units = patterns.load("relations")["kinds_units"]

    def kinds(k: int) -> bool:      # 共1640万元，分为四大类：…: the list is of the total before the count of kinds
        return k > 0 and s.figures[k].kind == "count" and s.figures[k].unit in kinds_units

    lead = next(((k, m) for k in range(len(s.figures) - 1) if (m := c["colon_list"].search(
        doc.norm[s.figures[k - 1 if kinds(k) else k].end:s.figures[k + 1].start]))), None)
    if lead is None or doc.norm[s.end - 1] not in "；;":
        return []
    k, intro = lead
    whole = s.figures[k - 1 if kinds(k) else k]
    if whole.kind not in LISTED_KINDS or intro.group("among") and whole.kind != "money":
        return []       # (务工286人中，贫困劳动力231人…；…惠及198人: of a count, the clauses after may count others)
    clauses = [[f for _, f in _up_to_its_own_parts(doc, s, k + 1)]]
    first = [f for f in clauses[0] if f.kind == whole.kind]
    if len(first) >= 2 and adds_up(whole, first):
        return []       # 闲置资金215.06万元中，…拨付资金168.2万元，其余46.86万元…；滞留资金130.3万元…: the parts made the whole
        # before the ；-clause of another
    rest = _list_clauses_after(doc, s, whole, following)
    # (…；县级资金5,000万元，较2020年的4,200万元增长19.05%: the year before's is no part, nor the change after it:
    # …比2018年区本级安排的1,800.00万元多出400万元)
    clauses += [[f for j, f in _up_to_its_own_parts(doc, nxt, 0) if not c["prior"].search(_gap(doc, nxt, j))
                 and not (j and c["prior"].search(_gap(doc, nxt, j - 1)))] for nxt in rest]
    last = rest[-1] if rest else s
    if last is s:
        return []
    composed = intro.group("composed") is not None      # 由两部分组成：…: all of it
    span = Sentence(s.start, last.end, [whole, *[f for clause in clauses for f in clause]])
    if whole.kind == "count" and all(sum(f.kind == "count" for f in clause) == 1 for clause in clauses):
        # 共储备项目14个：产业类…合计9个，资金规模2543.84万元；…；另提取项目管理费1项，资金规模6.16万元: each clause
        # counts its items beside its amount, and the amount before the count is the total of the amounts
        counts = [next(f for f in clause if f.kind == "count") for clause in clauses]
        amounts = [[f for f in clause if f.kind == "money"] for clause in clauses]
        paired = s.figures[k - 1] if k and s.figures[k - 1].kind == "money" else None
        out = _parts_found(doc, span, whole, counts, complete=composed) \
            if all(p.unit in COUNTED_ALIKE.get(whole.unit, {whole.unit}) for p in counts) else []
        if paired is not None and all(len(a) == 1 for a in amounts):
            out += _parts_found(doc, span, paired, [a[0] for a in amounts], complete=composed)
        return out
    if whole.kind == "money" and all(any(f.kind == "money" for f in clause) for clause in clauses):
        clauses = [[f for f in clause if f.kind == "money"] for clause in clauses]  # 甲项目9个，资金107万元
    parts = [f for clause in clauses for f in clause]
    if any(not _of_a_kind(doc, whole, p) for p in parts):
        return []
    return _parts_found(doc, span, whole, parts, complete=composed)


def _up_to_its_own_parts(doc: Document, s: Sentence, first: int) -> list[tuple[int, Figure]]:
    """The figures of a list's ；-clause from first on, with their places in it, up to where a part's own parts begin
    (…财政专项扶贫资金846.5万元，包括中央资金520万元、省级资金236.5万元、县级资金90万元: the 846.5万元 only)."""
    out = []
    for j in range(first, len(s.figures)):
        if j > first and cues()["part_of_part"].search(_gap(doc, s, j)):
            if in_brackets(doc, s, s.figures[j]):
                continue        # 中央资金500万元（含以工代赈100万元）、省级…: the bracket's only
            break
        if cues()["share_base_before"].search(_gap(doc, s, j)) \
                and cues()["share_base_after"].match(doc.norm, s.figures[j].end):
            continue            # 市级资金1,201.00万元，…，占全市同批次资金2,568.00万元的46.77%: the base of its share
        out.append((j, s.figures[j]))
    return out


def _list_clauses_after(doc: Document, s: Sentence, whole: Figure, following: list[Sentence]) -> list[Sentence]:
    """The ；-clauses after the sentence that go on with the list of the whole's parts: not what comes besides it (…市级资金
    18万元；另有预拨资金53.15万元), nor funds that hold the whole's (…县级资金1,500万元；其他整合涉农资金10,694.4万元)."""
    rest = _clauses_after(doc, s, following)
    wider = patterns.load("relations")["wider_funds"]
    own_form = heading_form(doc.norm[line_start(doc, whole.start):whole.start])
    added = next((i for i, nxt in enumerate(rest) if cues()["goes_on_from_before"].match(doc.norm, nxt.start)
                  or whole.fund and whole.fund not in wider and nxt.figures[0].fund in wider
                  # (1.衔接资金27,268.90万元：中央…，县级3,900万元；\n2.农业生产发展资金2,045万元；: the whole's sibling)
                  or own_form and line_start(doc, nxt.start) > whole.start
                  and heading_form(doc.norm[line_start(doc, nxt.start):nxt.end]) == own_form), len(rest))
    return rest[:added]


def _clauses_after(doc: Document, s: Sentence, following: list[Sentence]) -> list[Sentence]:
    """The ；-clauses right after a sentence, to the end of its period."""
    out, last = [], s
    for nxt in following:
        if doc.norm[last.end - 1] not in "；;" or doc.norm[last.end:nxt.start].strip():
            break
        out.append(nxt)
        last = nxt
    return out


DONE_REACH = 20     # characters between a count of works and the count done, and between that and the count not done


def done_and_open(doc: Document, s: Sentence, following: list[Sentence]) -> list[Finding]:
    """186个项目中已完工183个，在建3个; 64个项目全部开工，已完工61个，完工率95.3%；未完工的3个…: the works done and the
    works not done yet, right after the count of the works, are all of them."""
    c = cues()
    rest = _clauses_after(doc, s, following)
    last = rest[-1] if rest else s
    counts = [f for g in (s, *rest) for f in g.figures if f.kind == "count"]
    out = []
    for i, (whole, done, left) in enumerate(zip(counts, counts[1:], counts[2:])):
        to_done, to_left = doc.norm[whole.end:done.start], doc.norm[done.end:left.start]
        if whole.start < s.start or whole.start >= s.end or not whole.unit == done.unit == left.unit \
                or len(to_done) > DONE_REACH or len(to_left) > DONE_REACH or c["parts_intro"].search(to_done) \
                or not c["stage_done_before"].search(to_done) or not c["stage_open"].search(to_left):
            continue
        lefts = [left]
        for more in counts[i + 3:]:         # (…，在建49个，未开工5个: the works not done yet, at two stages)
            to_more = doc.norm[lefts[-1].end:more.start]
            if more.unit != whole.unit or len(to_more) > DONE_REACH or not c["stage_open"].search(to_more):
                break
            lefts.append(more)
        out += _parts_found(doc, Sentence(s.start, last.end, [whole, done, *lefts]), whole, [done, *lefts],
                            complete=True)
    return out


def _of_a_kind(doc: Document, whole: Figure, part: Figure) -> bool:
    """套 and 台（套）: a part counted in the total's unit, or with the total's unit in brackets after its own."""
    return part.kind == whole.kind and (part.unit == whole.unit or doc.norm.startswith(f"（{whole.unit}", part.end)
                                        or doc.norm.startswith(f"({whole.unit}", part.end))


def _names_to_the_end(doc: Document, f: Figure, s: Sentence) -> bool:
    return f is s.figures[-1] and bool(cues()["names_follow"].match(doc.norm[f.end:s.end].rstrip("；;。")))


def _closes_its_clause(doc: Document, f: Figure, s: Sentence) -> bool:
    """优势产业项目5个，分别为甲村暖棚、…; 产业发展项目12个，投资3769万元，占…的55.95%; 其他项目19个（含雨露计划）: the
    count ends its ；-clause but for the names of what it counts, or the part's own amount and its share."""
    after = s.figures[s.figures.index(f) + 1:]
    if not after:
        return _names_to_the_end(doc, f, s) or bool(cues()["aside_to_the_end"].match(doc.norm[f.end:s.end].rstrip("；;。")))
    return after[0].kind == "money" and all(g.kind in ("money", "percent") for g in after) \
        and bool(cues()["own_amount"].fullmatch(doc.norm[f.end:after[0].start]))


def parts_restarted(doc: Document, s: Sentence, previous: Sentence | None) -> list[Finding]:
    """两个项目总投资157万元，其中县级…，其他…；分项目看，甲项目总投资78万元，乙项目总投资70万元: the sentence
    after a total and its 其中 list breaks the same total down again."""
    c = cues()
    if previous is None or not c["restart"].search(doc.norm[s.start:s.figures[0].start]):
        return []
    wholes = [f for k, f in enumerate(previous.figures[:-1])
              if f.kind == "money" and c["parts_intro"].search(_gap(doc, previous, k + 1))]
    parts = [f for f in s.figures if f.kind == "money"]
    if len(wholes) != 1 or len(parts) != len(s.figures) or len(parts) < 2 or previous.end < s.start - 1:
        return []
    # (共32,418.5万元，其中…衔接资金20,316万元，其他…12,102.5万元。衔接资金按来源分：…: the breakdown of one of its parts,
    # the one its lead names)
    fund = lexicon().fund.first(doc.norm[s.start:s.figures[0].start])
    whole = next((f for f in previous.figures if f.kind == "money" and f is not wholes[0] and fund and f.fund == fund
                  and f.start > wholes[0].start), wholes[0])
    # (尚未支付的34.68万元中，工程质保金19.52万元，…尾款15.16万元…。分项目看，甲项目预留质保金8.73万元，乙项目预留质保金10.79万元:
    # of the part every item's words end as its name does)
    clauses = [doc.norm[clause_start(doc, p.start):p.start].strip() for p in parts]
    whole = next((f for f in previous.figures if f.kind == "money" and f.start > wholes[0].start
                  and _named_alike(f.label, clauses)), whole)
    # (全县到位…21,537万元，其中安排在我镇…资金1,126.8万元…。分级次看，中央资金706万元、…: of the part they add up to)
    whole = next((f for f in previous.figures if f.kind == "money" and f.start > wholes[0].start
                  and adds_up(f, parts)), whole)
    return _parts_found(doc, s, whole, parts, complete=True)


def _named_alike(label: str, clauses: list[str]) -> bool:
    """Every clause ends with the name a label ends with (质保金 of 工程质保金), not with a word every amount may have."""
    ends = [label[-n:] for n in range(len(label), 1, -1)]
    return any(all(c.endswith(end) for c in clauses) and not cues()["any_amount_noun"].fullmatch(end) for end in ends)


def parts_of_an_earlier_total(doc: Document, s: Sentence, following: list[Sentence]) -> list[Finding]:
    """将上述资金全部分配到7个县区，具体为：秦州区15268.5万元，…: the total is the funds received stated before."""
    c = cues()
    first = next((j for j, f in enumerate(s.figures) if f.kind == "money"), None)
    if first is None:
        return []
    head = doc.norm[s.start:s.figures[first].start]          # 7个县区 may come before the list
    by_zhong = bool(c["refers_back_parts"].search(head))
    to_last = bool(c["refers_to_last"].search(head))
    some_of_last = not to_last and bool(c["refers_to_last_some"].search(head))
    to_last = to_last or some_of_last
    introduced = c["parts_intro"].search(head) or c["list_intro"].search(head)     # 将上述资金…按旗县分配如下：
    if not (introduced and c["refers_back"].search(head) or by_zhong or to_last):
        return []
    if to_last:
        whole = next((f for f in reversed(figures_before(doc, s.start)) if f.kind == "money" and f.cell is None), None)
    else:
        whole = last_before(doc, "funds_received_total", lambda f: f.field == "funds_received_total", s.start)
    parts = []
    for j, f in enumerate(s.figures[first:], start=first):
        if in_brackets(doc, s, f):
            continue            # 省级资金5678.9万元（分三批下达），市级…: an aside about the part before
        if j > first and (c["parts_intro"].search(_gap(doc, s, j)) or c["closing_total"].search(_gap(doc, s, j))):
            break
        if f.kind == "money" and not (j and _restates(doc, s.figures[j - 1], f)) and not for_each(doc, f) \
                and not in_brackets(doc, s, f) and not c["prior"].search(doc.norm, clause_start(doc, f.start), f.start):
            parts.append(f)     # (not 省级以上资金6,734万元（含中央资金3,912万元）: some of the part before; nor 比2021年的
                                # 3,000万元: the year before's)
    end = s.end
    if by_zhong:        # …每县各4000万元；600万元支持…。: the list goes on over its ；-clauses
        for nxt in following:
            if not CLAUSE_LIST_GOES_ON.search(doc.norm, s.start, end) or doc.norm[end:nxt.start].strip():
                break
            if c["closing_total"].search(doc.norm, nxt.start, nxt.figures[0].start if nxt.figures else nxt.end):
                break       # (…，县级资金1600万元；各级衔接资金合计37308.3万元: a sum of some of them, no further part)
            parts += [f for f in nxt.figures if f.kind == "money" and not for_each(doc, f)
                      and not c["prior"].search(doc.norm, clause_start(doc, f.start), f.start)]
            end = nxt.end
    if by_zhong and len(parts) > 2 and COLON.search(doc.norm[parts[0].end:parts[1].start]):
        whole = parts.pop(0)    # 上述资金中由我办管理的是…40296万元，具体用于以下方面：…: the share of them it names
    if len(parts) < 2 or whole is not None and whole.value < max(f.value for f in parts):
        return []           # a total smaller than one of its parts is not theirs
    if whole is None and by_zhong:
        # 下达…预算指标12800万元。…上述资金中，…: the latest amount stated before that can hold every part (where
        # 上述资金 are batches never added up, there is none)
        # (of the report's fund, not one other fund's item of a list of them: 1.衔接资金27,268.90万元：…；2.农业生产发展
        # 资金…。上述资金中，中央资金合计24,449.82万元，… after 纳入整合的财政涉农资金共计34,458.72万元)
        largest = max(f.value for f in parts)
        holding = [f for f in reversed(figures_before(doc, s.start)) if f.kind == "money" and f.cell is None
                   and f.value >= largest and not of_an_earlier_year(doc, f)]
        whole = next((f for f in holding if not f.fund or f.fund == main_fund(doc)), holding[0] if holding else None)
    if whole is None:
        return []
    if any(f.value == whole.value for f in parts):
        return []           # 上述资金中，年初预算已安排11,705.3万元，…全年预算数为12,655.8万元: stages, the last all of it
    # (…中央部分为9,830万元、省级部分为6,642万元，其余为农业生产发展…等涉农资金: the rest of them named after)
    partial = some_of_last or bool(c["partial"].search(doc.norm[parts[-1].end:end][:6])) \
        or bool(c["rest"].search(doc.norm[parts[-1].end:end][:12]))
    if by_zhong and not partial and sum(f.value for f in parts) < whole.value * FAR_BELOW:
        # 上述资金中，省级…215万元安排用于…: some of the funds named, far short of all of them (more is still an error)
        return assumed_sum("parts_sum", whole, parts, "上述资金与所列各项", "；“上述资金中”所列可能只是一部分，请核对。")
    return [sum_finding("parts_sum", whole, parts, "这笔资金与所分各项" if to_last else "上述资金与所列各项", partial)]


def composed_of_earlier(doc: Document, s: Sentence) -> list[Finding]:
    """…争取到省级资金45万元，并由农户自筹资金18万元。项目总投资60万元，由上述省级资金和农户自筹资金两部分构成: the
    total against the amounts right before it, as many as it says it is made of."""
    out = []
    for whole in (f for f in s.figures if f.kind == "money"):
        made_of = cues()["composed_of_earlier"].match(doc.norm, whole.end, s.end)
        if made_of is None:
            continue
        n = small_int(made_of.group("n"))
        before = [f for f in figures_before(doc, whole.start) if f.cell is None and f.kind == "money"][-n:]
        if len(before) == n and all(doc.section_at(f.start) is doc.section_at(whole.start) for f in before):
            out.append(sum_finding("parts_sum", whole, before, "前述各部分与总额"))
    return out


def enumeration_with_total(doc: Document, s: Sentence) -> list[Finding]:
    """第一批3215万元，第二批2806.5万元，第三批1317.42万元，合计7338.92万元."""
    out = []
    c = cues()
    for k, whole in enumerate(s.figures):
        closing = c["closing_total"].search(_gap(doc, s, k)) \
            or whole.kind == "quantity" and c["closing_total_quantity"].search(_gap(doc, s, k))
        if k < 2 or whole.kind not in SUMMABLE or not closing:
            continue
        if c["closes_named_items"].search(_gap(doc, s, k)):
            continue
        parts, head = [], None
        for j in range(k - 1, -1, -1):
            f = s.figures[j]
            if in_brackets(doc, s, f):
                continue        # 4127万元（其中…资金100万元），连同…356万元、…200万元，共计4683万元: a part of a part
            if f.kind == "percent" and whole.kind != "percent":
                break           # …资金5180万元，占奖励资金的51.8%，带动…1.62亿元、…0.58亿元，合计2.2亿元: no part before a share
            after = _gap(doc, s, j + 1)
            if c["parts_intro"].search(after) and not c["bracketed_part"].match(after):
                head = f
                break
            if c["closing_total"].search(_gap(doc, s, j)):
                break
            if _same_measure(whole, f) and not (j and _restates(doc, s.figures[j - 1], f)):
                parts.insert(0, f)
            if COLON.search(doc.norm[max(s.figures[j - 1].end if j else s.start, f.start - 12):f.start]):
                break       # the list opens after a colon: nothing before it is a part
        if parts and c["goes_on_from_before"].match(doc.norm, clause_start(doc, parts[0].start), parts[0].start):
            out += _goes_on_from_before(doc, whole, parts)
            continue
        if parts and c["adds_to_previous"].match(doc.norm, clause_start(doc, parts[0].start), parts[0].start):
            # 收入4402万元，加上…1884万元（包括…；…406万元），再加上…60万元、…103万元，收入合计6449万元: the amounts of
            # the period before, outside brackets, each added to the first (加上…), else the one right before
            start = period_start(doc, parts[0].start)
            before = [f for f in figures_before(doc, parts[0].start) if f.kind == whole.kind and f.cell is None
                      and f.start >= start and not _bracketed_since(doc, start, f)]
            chain = before[:1] + [f for f in before[1:]
                                  if c["adds_to_previous"].match(doc.norm, clause_start(doc, f.start), f.start)]
            parts[:0] = chain if len(chain) == len(before) or adds_up(whole, chain + parts) else before[-1:]
        if whole.kind == "count" and _counts_other_things(doc, s, k, parts):
            continue
        if head is None and parts and c["parts_intro"].match(doc.norm, s.start, parts[0].start):
            head = next(iter(figures_before(doc, s.start)[-1:]), None)      # 共投入…万元。其中：…
        if head is not None and _same_measure(whole, head) and adds_up(head, [*parts, whole]):
            continue    # 共投入152,351.40万元。其中：中央…、省级…、州级…，各县本级投入合计14,000万元: the last part, summed
        if parts and c["all_levels_closing"].search(_gap(doc, s, k)):
            parts = _levels_stated_before(doc, parts) + parts
        if parts and (together := c["together_with"].search(_gap(doc, s, k))
                      or c["on_top_of"].match(doc.norm, s.start, parts[0].start)):
            # …整合涉农资金148.2亿元，行业部门…115.5亿元，连同专项扶贫资金，…各类资金合计316.3亿元: and the funds it
            # names, stated before (全省共投入财政专项扶贫资金52.6亿元), else the list is not all of the total
            named = together.group("named")
            extra = next((f for f in reversed(figures_before(doc, s.start)) if f.kind == whole.kind and f.cell is None
                          and f.fund_level in ("", "all") and named in doc.norm[clause_start(doc, f.start):f.start]),
                         None)      # (all its levels' amount, not 省级财政专项扶贫资金17.3亿元)
            if extra is None:
                continue
            parts = [extra, *parts]
        # (…、叩官镇402.7万元，其余6个乡镇（街道）合计1,264.3万元: the rest, named in the total's clause before its count, or
        # after the last part: …乡村旅游5,905万元，其余畜牧、水产、光伏等3类合计8,850万元)
        rest_named = c["rest"].search(_gap(doc, s, k) + doc.norm[clause_start(doc, whole.start):whole.start]) \
            or parts and c["rest"].search(doc.norm, parts[-1].end, whole.start)
        if len(parts) >= 2 and not rest_named \
                and not any(c["per_unit"].search(doc.norm[s.start:p.start]) or for_each(doc, p) for p in parts):
            # 其余差额由…补足，合计600万元 / 每村…其中中央30万元: the total is not of the amounts listed
            parts = _with_the_amount_before(doc, whole, parts)
            found = sum_finding("parts_sum", whole, parts, "各项与合计")
            if found:
                out.append(found)
    return out


def _with_the_amount_before(doc: Document, whole: Figure, parts: list[Figure]) -> list[Figure]:
    """…共获得中央专项资金450万元，占…的42.86%。…配套资金45万元，…配套45万元，项目资金合计540万元: a closing total over
    more than its sentence lists may also hold the amount its paragraph stated just before (or the first amount of
    each sentence before); where one of those adds up, it is a part."""
    if adds_up(whole, parts) or sum(p.value for p in parts) >= whole.value:
        return parts
    return _earlier_amounts_adding_up(doc, whole, parts) or parts


def _earlier_amounts_adding_up(doc: Document, whole: Figure, parts: list[Figure]) -> list[Figure]:
    """The parts with what their paragraph stated before them, where that adds up to the total: the one amount right
    before, or the first amount of each sentence or ；-clause before (其中…、…: the parts of an amount are not); else []."""
    before = _before_on_the_line(doc, whole, parts)
    heads = [f for n, f in enumerate(before) if n == 0 or before[n - 1].end <= sentence_start(doc, f.start)]
    return next((extra + parts for extra in (before[-1:], heads) if extra and adds_up(whole, extra + parts)), [])


def _before_on_the_line(doc: Document, whole: Figure, parts: list[Figure]) -> list[Figure]:
    return [f for f in figures_between(doc, line_start(doc, parts[0].start), parts[0].start)
            if f.kind == whole.kind and f.cell is None]


def _levels_stated_before(doc: Document, parts: list[Figure]) -> list[Figure]:
    """县级财政安排衔接资金1050万元…。中央资金3200万元、省级…、市级…，各级合计6000万元: the amount of a level the list
    leaves out, stated before it in its paragraph, is one of the levels the closing total says it adds up."""
    levels = {p.fund_level for p in parts}
    if "" in levels or len(levels) != len(parts):
        return []
    line = line_start(doc, parts[0].start)
    # (…中央和省级共下达…8606万元，其中中央…、省级…。⏎（二）…州级…260万元，县级…600万元，全年到位各级…合计9466万元: the
    # paragraph before, where this one states no other level)
    for start in (line, line_start(doc, max(0, line - 1))):
        before = [f for f in figures_between(doc, start, parts[0].start) if f.kind == "money" and f.cell is None
                  and f.fund_level and f.fund_level not in levels and f.fund_level not in ("all", "totals", "upper")]
        if before:
            break
    found: dict[str, Figure] = {}
    for f in before:
        found.setdefault(f.fund_level, f)       # each level's first amount (not its change: 较上年增加150万元)
    for pair in [level for level in found if "_" in level]:
        if all(member in found for member in pair.split("_")):
            del found[pair]                     # 中央和省级…8606万元，其中中央…5126万元、省级…3480万元: the two, once
    return sorted(found.values(), key=lambda f: f.start)


COUNTED_NOUN = regexp.compile(r"[^\d，,。；;：:、\s（(）)]{1,10}")     # 4个国家级贫困县（市）: the words right after a count


def _counts_other_things(doc: Document, s: Sentence, k: int, parts: list[Figure]) -> bool:
    """…4个国家级贫困县（市），另有…1个省定片区县（市），贫困村共计304个: the counts before a closing total of another
    thing, told by the last character of what each counts (县, not 村)."""
    closing = cues()["closing_noun"].search(_gap(doc, s, k))
    if closing is None:
        return False
    heads = []
    for p in parts:
        noun = COUNTED_NOUN.match(doc.norm, p.end)
        if noun is None:
            return False
        heads.append(noun.group()[-1])
    return closing.group(1) not in heads


def _bracketed_since(doc: Document, start: int, f: Figure) -> bool:
    before = doc.norm[start:f.start]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def _goes_on_from_before(doc: Document, whole: Figure, parts: list[Figure]) -> list[Finding]:
    """年末仍为24人。此外有挂职人员2人、…，合计54人 / …上级补助收入21.64亿元，其中…；另有上年结余收入2.82亿元、…，收入总计
    37.84亿元: the total is of the list and of what the paragraph stated before it, either the one amount right
    before or the first amount of each of its clauses. Where neither adds up, a warning over the amount right before."""
    before = _before_on_the_line(doc, whole, parts)
    if not before or _earlier_amounts_adding_up(doc, whole, parts):
        return []
    return assumed_sum("parts_sum", whole, before[-1:] + parts, "前文与所列各项之和与合计",
                       "；前文部分按紧接其前的数字推定，请核对。")


LEVEL_REACH = 300     # characters back from a share a level's amount of the list it closes is stated in
LEVEL_NAMED_REACH = 600     # characters back from a share of a level its amount may be stated in, with no field of it


def _level_of_the_list_before(doc: Document, s: Sentence, level: str) -> list[Figure]:
    """（四）县级配套扶贫资金345万元。\n以上四项合计2,512万元，其中县级资金占全年投入总额的13.73%: the level's amount
    of the list just above the total its sentence closes it with."""
    return [f for f in reversed(figures_between(doc, max(0, s.start - LEVEL_REACH), s.start)) if f.kind == "money"
            and f.cell is None and f.fund_level == level][:1]


def _levels_named_before(doc: Document, s: Sentence, level: str, subject: str = "") -> list[Figure]:
    """The amounts of the two levels a pair names (中央和省级), stated last before the sentence in its paragraph, added up:
    the part a share of the pair is (…中央…30,568万元；省级资金12,410.4万元；…。中央和省级资金合计占到位总额的83.89%); the
    amount of the one level it names that is the report's (中央衔接资金9,185万元，包括…转拨的中央资金2,311万元；…。中央资金
    占全部衔接资金的62.42%: not the part the level's amount includes)."""
    line = line_start(doc, s.start)
    before = [f for f in figures_before(doc, s.start) if f.kind == "money" and f.cell is None and f.start >= line]
    if level in SINGLE_LEVEL_FIELDS:
        # (…财政扶贫资金中，中央财政专项扶贫资金3,200万元，…。\n…中央资金占财政扶贫资金的49.34%: in a report with no
        # level's field, the level's amount stated last before, in the paragraphs just above)
        fund = lexicon().fund.first(subject)
        if own := [f for f in before if f.field == SINGLE_LEVEL_FIELDS[level]][-1:]:
            # (…中央财政专项扶贫资金98764.30万元，其他中央涉农资金…，以上合计141380.14万元…。其中仅中央财政专项扶贫资金就
            # 占…: the level's amount of the fund the subject names, where that is not the level's whole)
            of_fund = [f for f in before if f.fund_level == level and f.fund == fund]
            return of_fund[-1:] if fund and own[0].fund != fund and of_fund else own
        if any(g.field == SINGLE_LEVEL_FIELDS[level] for g in doc.figures):
            return []
        near = [f for f in figures_ending_in(doc, max(0, s.start - LEVEL_NAMED_REACH), s.start)
                if f.kind == "money" and f.cell is None and not f.scope]
        # (one of a list of levels, not an amount of other funds that names one: …中央预算内投资2,000万元)
        return [f for f in near if f.fund_level == level and any(
            g.fund_level in SINGLE_LEVEL_FIELDS and g.fund_level != level
            and sentence_start(doc, g.start) == sentence_start(doc, f.start) for g in near)][-1:]
    if level not in LEVEL_PAIRS.values():
        return []
    members = [next((f for f in reversed(before) if f.fund_level == member), None) for member in level.split("_")]
    return [plus(members[0], members[1])] if all(members) else []


def received_total(doc: Document) -> Figure | None:
    """The report's funds received in the text (its first funds_received_total), looked up once."""
    if "received_total" not in doc.cache:
        doc.cache["received_total"] = next((f for f in doc.figures if f.field == "funds_received_total"
                                            and f.cell is None), None)
    return doc.cache["received_total"]


def _fields(doc: Document) -> dict[str, Figure]:
    out = {}
    for f in doc.figures:
        if f.field and f.field not in out:
            out[f.field] = f
    return out


@cache
def _thresholds() -> frozenset[str]:
    return frozenset(patterns.load("relations")["context"]["threshold_qualifiers"])


def shares_and_rates(doc: Document, s: Sentence, checked: set[int]) -> list[Finding]:
    """占比90.5% / 支付率99.09%, with the part and the whole stated beside it."""
    out = []
    c = cues()
    # a list of shares keeps the base its first item names, over its ；-clauses too (中央资金…，占全市到位资金的58.73%；
    # 省级资金23,780万元，占25.51%；…)
    carried = doc.cache.get("share_base_until")
    carried_in = carried[1] if carried is not None and not doc.norm[carried[0]:s.start].strip() else None
    # (…占资金总量的62.01%；中央资金中用于产业发展4,210万元，占中央资金的64.65%；…: a clause that names its own whole takes
    # no base carried over, and hands the list's on)
    base: Base | None = None if c["own_whole"].search(doc.norm, s.start, s.end) else carried_in
    used = None
    used_part: Figure | None = None
    respective: dict[int, Figure] = {}  # …25.84亿元用于241个项目，分别占…的53.75%和…的56.05%: each share its own part
    respective_base: Base | None = None
    for k, pct in enumerate(s.figures):
        if pct.kind != "percent" or id(pct) in checked or pct.unit not in ("%", "‰") or pct.measure == "norm":
            continue
        gap = _bracket_base_said_before(doc, s, k) or _gap(doc, s, k)
        if (each := c["respectively"].search(gap)) is not None:
            respective = _respective_parts(doc, s, k, gap[:each.start()])
        if k >= 2 and c["whole_then_share"].match(gap) and c["share_of_stated"].search(_gap(doc, s, k - 1)):
            out += _share_of_stated_whole(doc, pct, s.figures[:k - 1], s.figures[k - 1])
            continue
        if c["base_parts_closed"].match(gap):
            out += _share_of_a_base_in_parts(doc, s, k)
            continue
        if (id(pct) not in respective or respective_base is None) \
                and (not (c["share"].search(gap) or c["rate"].search(gap)) or c["growth"].search(gap)):
            continue            # (分别占中央资金的9.05%和11.90%: the second has the first's base)
        if BOUND_AFTER.match(doc.norm, pct.end):
            continue            # 占到位援助资金的90%以上: a bound, no value stated
        if of_an_earlier_year(doc, pct) and (c["prior"].search(gap) or c["prior_share"].search(gap)) \
                and not any(f.period == pct.period for f in s.figures[:k] if f.kind in SUMMABLE):
            continue            # …占中央资金的94.88%，较上年产业资金占比58.3%提高了3.7个百分点: the year before's, of its amounts
        if c["per_unit"].search(doc.norm, clause_start(doc, pct.start), pct.start) and not c["rate"].search(gap):
            continue            # 每村享有的分红比重为1.5625%: a share of each, no part of the amounts beside it
        amounts = [f for f in s.figures[:k] if f.kind in SUMMABLE]
        is_rate = bool(c["rate"].search(gap))
        # 县级…1850万元比2018年的1520万元增加330万元，增长21.71%，占…的11.19%: the share is the subject's, not the
        # year before's nor the change's
        priors = [f for f in amounts if c["prior"].search(_gap(doc, s, s.figures.index(f)))]
        changes = [f for f in amounts if c["absolute_change"].search(_gap(doc, s, s.figures.index(f)))
                   and (priors or COMPARED.search(_gap(doc, s, s.figures.index(f))))]
        # (not 区本级资金38.2万元 in the bracket of 安排资金568.2万元（其中：…），占本批资金的65.8%)
        subjects = [f for f in amounts if f not in priors and f not in changes and not in_brackets(doc, s, f)
                    and not (f.kind == "money" and c["averaged_amount"].search(doc.norm, clause_start(doc, f.start), f.start))
                    and not (f.kind == "money" and f.qualifier in _thresholds())]
        # (…支付工资2216.8万元，岗位人均年工资约3475元，占发电收益的50.26%: not of the average; 其中11个村集体收入超过10万元，
        # 占帮扶村的91.67%: not the threshold the villages passed)
        if amounts and not subjects and not is_rate:
            continue            # 优秀等次县较上年增加9个，占参评县的71.32%: of a count its sentence does not state (nor
            # 县级安排的资金比2018年的650万元增长了23.08%，占…的8.11%: of the year's, stated before)
        if not amounts and not is_rate and id(pct) in respective:
            amounts = subjects = [respective[id(pct)]]     # (少数民族发展资金、以工代赈资金分别占…: the funds stated before)
        share_of = None if is_rate or not amounts else respective.get(id(pct), (subjects or amounts)[-1])
        if share_of is not None and id(pct) not in respective and (whole := _whole_before_its_parts(doc, s, k)):
            share_of = whole    # 安排资金1,950万元，其中中央资金1,420万元、省级资金530万元，占专项扶贫资金总额的36.47%
        subject = c["share_subject_end"].split(gap, 1)[0].strip("，, ")
        if share_of is not None and share_of.kind == "money" and c["counted_subject"].search(subject):
            continue        # …到位资金合计17,580万元，占全市的50.19%，减贫人数占全市的52.06%: persons, unstated
        if share_of is not None and share_of.kind == "count" and c["money_subject"].search(subject):
            # (安排产业发展资金18,900万元，实施产业项目64个，产业资金占衔接资金总额的58.89%: the money of the use its subject
            # names, stated before the count)
            purpose = lexicon().purpose.first(subject)
            share_of = None if c["bound_before"].search(gap) else \
                next((f for f in reversed(subjects) if f.kind == "money" and purpose and f.purpose == purpose), None)
            if share_of is None:
                continue    # 8个县（市）…，东乡县到位资金规模最大，占全州的23.45%: the county's money, not the count (nor
                            # 八县（市）产业资金占比均超过55%: a bound of each's)
        if share_of is not None and _paid_said_of_unpaid(subject, share_of):
            continue        # …预算指标6,380万元，…当年产业发展支付额占…的61.94%: what was paid, stated elsewhere
        subject_level = level_named(subject) if len(subject) >= SUBJECT_CHARS else ""
        named_subject = [f for f in subjects if len(subject) >= SUBJECT_CHARS and f.label.endswith(subject)
                         or subject_level not in ("", "all") and f.fund_level == subject_level]   # 央省资金占比…
        if share_of is not None and id(pct) not in respective and not named_subject \
                and subject_level in SINGLE_LEVEL_FIELDS and share_of.fund_level != subject_level \
                and (stated := _level_of_the_list_before(doc, s, subject_level)):
            share_of = stated[0]     # 以上四项合计2,512万元，其中县级资金占全年投入总额的13.73%: the county's 345万元
        if share_of is not None and id(pct) not in respective and not named_subject \
                and (place := lexicon().place.match(subject)) is not None and names_a_place(place.group()):
            # …其中乌加河镇2058万元、海流图镇400万元、…150万元，乌加河镇所得资金占…的66.71%: the amount of the place the
            # subject names
            of_place = [f for f in subjects if place.group("place") in doc.norm[clause_start(doc, f.start):f.start]]
            share_of = of_place[0] if len(of_place) == 1 else share_of
        if share_of is not None and id(pct) not in respective and not named_subject and subject \
                and (lead := c["whole_then_parts"].match(doc.norm, s.start, s.figures[0].start)) is not None \
                and _names_the_lead(subject, lead.group("whole")):
            # 财政衔接资金中，中央资金200万元、省级资金120万元，衔接资金占项目总投资的87.67%: of the whole the sentence
            # lists the parts of, stated before it as their sum (…使用…财政衔接资金320万元), else not to be checked
            parts = [f for f in subjects if f.kind == "money"]
            share_of = next((f for f in reversed(figures_ending_in(doc, line_start(doc, s.start), s.start))
                             if f.kind == "money" and len(parts) >= 2 and f.value == sum(p.value for p in parts)), None)
            if share_of is None:
                continue
        if share_of is not None and id(pct) not in respective and len(named_subject) == 1:
            share_of = named_subject[0]     # 本批共安排补助资金355万元…带动项目总投资485.5万元，补助资金占项目总投资的73.12%
        elif share_of is not None and id(pct) not in respective and not named_subject \
                and (own := _the_reports_funds_named(doc, s, subject)):
            share_of = own[0]   # …整合了水利发展资金862.3万元、…，衔接资金占统筹整合资金的83%: the report's own funds
        elif share_of is not None and id(pct) not in respective and subject_level in LEVEL_PAIRS.values():
            # 中央…30,568万元；省级资金12,410.4万元；…。中央和省级资金合计占到位总额的83.89%: the two levels together
            members = [f for f in subjects if f.kind == "money" and f.fund_level in subject_level.split("_")]
            if len(members) == 2 and members[0].fund_level != members[1].fund_level:
                share_of = plus(members[0], members[1])
        elif share_of is not None and id(pct) not in respective \
                and (pair := c["pair_subject"].fullmatch(c["ratio_tail"].sub("", subject))) is not None \
                and (members := _named_by_each(doc, [f for f in subjects if f.kind == share_of.kind], pair)):
            share_of = plus(*members)   # 杜尔伯特…到位10,107.00万元，林甸县到位8,800.00万元，杜尔伯特、林甸合计占…: the two
        elif share_of is not None and id(pct) not in respective and len(subjects) >= 2 \
                and c["together_share"].match(gap) and (pair := subjects[-2:])[0].kind == pair[1].kind \
                and c["respective_pair"].search(doc.norm, clause_start(doc, pair[0].start), pair[0].start) \
                and c["pair_joined"].fullmatch(doc.norm, pair[0].end, pair[1].start):
            share_of = plus(*pair)      # …分别获得2,200万元和2,080万元，合计占援助资金总额的28.65%: the two together
        elif share_of is not None and id(pct) not in respective and len(subjects) >= 2 \
                and c["summed_share"].match(gap) and (pair := subjects[-2:])[0].kind == pair[1].kind == "money" \
                and c["named_pair_joined"].fullmatch(doc.norm, pair[0].end, pair[1].start):
            share_of = plus(*pair)      # 就业扶贫765.50万元、小额信贷贴息758.20万元合计占7.57%: the two together
        if share_of is not None and share_of.kind == "count" and share_of.unit == "人" \
                and (subject.endswith(("户", "户数")) or names_households(gap[gap.rfind("占") + 1:])) \
                and (households := _companion_before(s, share_of)) is not None:
            # 其中贫困户846户2915人，贫困户占覆盖农户的39.6%; 已消除风险365户1,186人，占监测户总数的67.72%: of the households
            share_of = households
        if share_of is not None and id(pct) not in respective:
            # 共安排9379万元，由中央资金5938.4万元和省级资金3440.6万元组成，占本批资金总额的49.3%: of what they make up
            share_of = next((f for f in subjects or amounts if f.end < share_of.start
                             and c["composed_of"].match(doc.norm, f.end, pct.start)), share_of)
        if share_of is not None and c["each_share"].search(gap):
            # 下达中央资金30.9万元，县级配套30.9万元，两项共计61.8万元，…各占项目总投资的50%: each of the amounts
            # before the one that adds them up, where they are alike
            each = [f for f in subjects or amounts if f.kind == share_of.kind and f.value < share_of.value]
            if len(each) < 2 or len({f.value for f in each}) != 1:
                continue
            share_of = each[0]
        if share_of is not None and id(pct) not in respective \
                and (c["own_subject"].search(c["share_subject_end"].split(gap, 1)[0])
                     or c["own_received_subject"].fullmatch(subject)):
            share_of = _own_amount(doc, s, pct, subjects or amounts, gap) or share_of
        carried = carried_over(doc, base, share_of) if "占" in gap else None
        if carried is not None and carried.figure is not None and share_of is not None and c["bare_share"].match(gap) \
                and share_of.fund_level in SINGLE_LEVEL_FIELDS and carried.figure.fund_level != share_of.fund_level:
            carried = None      # …占衔接资金的60%；中央资金用于产业发展15,348万元，占比62.35%: over its own level's
        base = (_funds_its_subject_names(doc, share_of, gap) if share_of is not None and share_of.kind == "money" else None) \
            or named_base(doc, gap, pct.start, share_of) or held_in_fund(doc, gap, pct.start, share_of) or carried \
            or (respective_base if id(pct) in respective else None)     # (分别占中央资金的9.05%和11.90%: the second too)
        base = exact_beside(doc, base)
        respective_base = base if id(pct) in respective and base is not None and base.figure is not None else None
        money = [f for f in subjects if f.kind == "money"]     # (not 年收入达到10万元以上的村有68个: a bound of the counted)
        if share_of is not None and share_of.kind == "count" and len(money) == 1 and not money[0].qualifier \
                and id(pct) not in respective \
                and doc.norm.find("其中", money[-1].end, share_of.start) < 0 \
                and (base is None or base.figure is None or base.figure.kind == "money") \
                and (of_money := named_base(doc, gap, pct.start, money[-1])) is not None \
                and of_money.figure is not None and of_money.figure.kind == "money":
            share_of, base = money[-1], of_money    # 将整合资金1.7亿元集中投向…3个主导产业，占整合资金总规模的…
        # 全省本批次共下达52439万元，我市分得8803万元 … 全市用于产业发展的资金为5300万元，占本批次分配总额的62.1%
        batch, batch_assumed = _batch_received(doc, share_of) if share_of is not None and "占" in gap \
            and c["this_batch"].search(gap, gap.rfind("占")) else (None, False)
        if batch is not None:
            base = Base("本批", batch)
        if base is None and not is_rate and share_of is not None:
            # …其中中央13260万元、省4890万元…，中央资金用于产业发展的比重为64.95%: the level's part over what that level gave
            level = level_named(doc.norm[clause_start(doc, pct.start):pct.start]) \
                or (share_of.fund_level if c["bare_share"].match(gap) else "")     # (中央资金…30,180.5万元，占比61.58%)
            own = [f for f in amounts if level in SINGLE_LEVEL_FIELDS and f.fund_level == level]
            given = next((f for f in doc.figures if f.field == SINGLE_LEVEL_FIELDS.get(level)), None)
            if len(own) == 1 and given is not None and given.value >= own[0].value and own[0].scope == given.scope:
                # (not （一）衔接资金。到位30,621.8万元，其中中央21,486万元…，中央资金占70.17%: one fund's, of its own total)
                share_of, base = own[0], Base(level, given)
        named_before = not amounts and base is not None
        if named_before:
            # (群众自筹部分占项目计划总投资的22.79%: the part stated before; 中央和省级资金合计占到位总额的83.89%: those two)
            amounts = _pair_named(doc, s, gap) or _levels_named_before(doc, s, subject_level, subject) \
                or _named_part(doc, s, gap) or _the_reports_funds_named(doc, s, subject)
            amounts = [f for f in amounts if not _paid_said_of_unpaid(subject, f)]
        elif not is_rate and share_of is not None and "合计" in gap \
                and (pair := _pair_named(doc, s, gap, pct.start)) and pair[0].value > share_of.value:
            share_of = pair[0]      # …；自治区资金2,680.00万元，中央和自治区资金合计占95.66%: the two together
        listed_part = (amounts[0] if len(amounts) == 1 else None) if named_before else share_of
        if not is_rate and listed_part is not None and base is not None and c["base_of_all"].match(base.words) \
                and (listed := _whole_of_the_list(doc, s, k, listed_part, subject, base)) is not None:
            share_of, base = listed[0], Base(base.words, listed[1])
            amounts = [share_of] if named_before else amounts
        if base is not None and base.figure is None:
            # 累计投入资金31074.26万元。…抽查了其中的涉农专项资金9305.58万元，占投入总额的29.94%: a whole named in
            # other words, of which the sentence says its part is some
            referred = _total_referred_to(doc, share_of) or _part_and_rest(doc, pct, share_of) \
                if share_of is not None and "总" in base.words and not base.elsewhere else []
            if not referred:
                continue        # the base it names is stated nowhere: nothing to recompute
            base = Base(base.words, referred[0])
        candidates = [base.figure] if base is not None else []
        if named_before and amounts and base.figure is not None and base.figure.value <= amounts[-1].value \
                and "占" in gap:
            # (the whole the words name, not less than the part stated before)
            base = named_base(doc, gap, pct.start, amounts[-1], larger=True) or base
            candidates = [base.figure] if base.figure is not None else []
        if not amounts:
            continue
        stated_base = False
        if is_rate:
            leftover = [f for f in amounts if c["leftover"].search(_gap(doc, s, s.figures.index(f)))]
            # the first kind the rate's name fits whose numerator the sentence states (招标完成率 is works', not
            # investment's; 支付完成率 is the money paid's)
            kind, spent = None, []
            for candidate in [r for r in c["rates"] if r["name"].search(gap)] + [None]:
                numerator = candidate["numerator"] if candidate else c["spent"]
                spent = [f for f in amounts if numerator.search(_gap(doc, s, s.figures.index(f))) and f not in leftover
                         and not in_brackets(doc, s, f)]     # (完工37个（其中…完工19个），完工率25%: not the bracket's)
                if spent:
                    kind = candidate
                    break
            if not spent:
                continue
            part = spent[-1]
            of_which = doc.norm.find("其中", s.start, part.start)
            if of_which >= 0 and c["rate_of_the_whole"].search(gap) \
                    and (whole_spent := [f for f in spent if f.end <= of_which]):
                part = whole_spent[-1]  # 部门支出1,121.37万元，其中…项目支出719.21万元，部门预算执行率为96.76%: the whole's
            if (batch_spent := _spent_of_a_numbered_batch(doc, s, k)) is not None:
                part, candidates, stated_base = batch_spent[0], [batch_spent[1]], True
                amounts = [f for f in amounts if f.end <= part.end]
            elif (held := _amount_of_its_holder(doc, part)) is not None:
                candidates, stated_base = [held] + [w for w in candidates if w is not held], True
            if kind is not None and base is None and batch_spent is None:
                bases = _row_above_stating(doc, s, part) or _stated_bases(
                    doc, part, kind["base"], anywhere=kind.get("anywhere", False),
                    same_level=kind.get("same_level", False))
                candidates, stated_base = bases + candidates, bool(bases)
            amounts = [f for f in amounts if f not in leftover]
            if len(leftover) == 1 and leftover[0].kind == part.kind and base is None:
                candidates.append(plus(part, leftover[0]))    # 已支付2113.63万元，尚未支出65.37万元，执行率97%
                if leftover[0].start < part.start and leftover[0].value >= part.value:
                    candidates.append(leftover[0])    # 结转到2024年的资金680.315万元，2024年执行233.64万元，执行率34.3%
            excluded = [f for f in s.figures[:k] if f.kind == "money" and c["excluded"].search(_gap(doc, s, s.figures.index(f)))]
            if c["retention_left_out"].search(gap):     # 剩余56.29万元为项目质保金，扣除质保金后支付进度达到100%
                excluded += [f for f in s.figures[:k] if f.kind == "money" and f not in excluded
                             and (f.measure == "retention" or c["retention_after"].match(doc.norm, f.end))]
        else:
            part, excluded = share_of or amounts[-1], []
        if base is None and id(pct) in respective and not is_rate:
            continue        # 三年产业发展资金依次为3,420.60万元、3,896.70万元…，占比分别为56.03%、57.99%…: each of its own
            # whole, which the sentence does not state
        if base is None:
            # (not 莽山瑶族乡2,084.6万元（占8.60%），梅田镇1,736.2万元（占7.16%）: an item with its own share is a part too)
            # (not 中央资金支出97,688.30万元（支出率99.26%），省级资金支出29,288.63万元（支出率97.25%）: a level's rate is never
            # over another level's amount)
            candidates += [f for f in amounts if f is not part and f not in excluded
                           and _same_measure(f, part) and f.value >= part.value
                           and not c["share_of_its_own"].match(doc.norm, f.end)
                           and not (is_rate and {f.fund_level, part.fund_level} <= set(ONE_LEVEL)
                                    and f.fund_level != part.fund_level)]
        if base is None and not is_rate and not any(w is not part for w in candidates):
            breakdown = _total_of_the_breakdown(doc, part)
            candidates += breakdown or _total_of_the_batch(doc, part, named=bool(c["this_batch"].search(gap))) \
                or _total_referred_to(doc, part)
            stated_base = bool(breakdown) and _other_items_hold(doc, pct, breakdown[0])
        # (a share said of a whole, 占…的, is never of an amount smaller than its part: …6200万元，我镇所得占全市的16.13%
        # over 每村奖补400万元 pairs the wrong two)
        # (nor 县级配套3,800.00万元（叁仟捌佰万元），占16.12%: the part restated in its bracket)
        candidates = [w for w in candidates if w is not part and w.value > 0 and w.kind == part.kind
                      and not ("占" in gap and w.value < part.value)
                      and not (w.value == part.value and doc.norm[part.end:w.start].strip() in ("（", "("))]
        if not candidates and is_rate and base is None:
            # （三）产业路…项目。总投资2,108万元，其中衔接资金1,668万元…。…已支付1,502.3万元，支付率93.07%: the item's own
            # amounts before it, the nearest first (an assumed base: a warning where none holds)
            candidates = _items_own_amounts(doc, part)
        if not candidates:
            continue
        right_before = s.figures[k - 1]
        if is_rate and right_before is not part and right_before.kind in SUMMABLE and right_before.kind != part.kind:
            continue        # …完成8项，未完成2项：一是产业路实际建成27.5公里，完成率91.67%: the rate of what stands right before it
        tried = []
        for whole in candidates + [minus(w, x) for w in candidates for x in excluded if x.value < w.value]:
            value, span = ratio_percent(part, whole)
            result = verdict(pct, value, span)
            tried.append((whole, value, result))
            if result != CONTRADICTION:
                break
        rest = [f for f in s.figures[:k] if is_rate and f.start > part.end and f.kind == part.kind == "count"
                and f.unit == part.unit and c["rest_item"].match(doc.norm[clause_start(doc, f.start) - 1:f.start])]
        if tried[-1][2] == CONTRADICTION and rest:
            # 年内完工131个，其余12个于2021年上半年全部完工，项目完工率100%: the rest done later too
            value, span = ratio_percent(plus(part, rest[0]), tried[0][0])
            if verdict(pct, value, span) != CONTRADICTION:
                part = plus(part, rest[0])
                tried.append((tried[0][0], value, verdict(pct, value, span)))
        if tried[-1][2] == CONTRADICTION and (pair := _companion(s, part)) and (over := _companion(s, tried[0][0])):
            # 认定监测对象12151户47506人，已消除风险7643户31075人，风险消除率65.4%: of the persons, not the households
            value, span = ratio_percent(pair, over)
            if verdict(pct, value, span) != CONTRADICTION:
                part = pair
                tried.append((over, value, verdict(pct, value, span)))
        rate_between = share_of is not None and any(f.kind == "percent" and f.start > share_of.end
                                                    for f in s.figures[:k])
        if tried[-1][2] == CONTRADICTION and (len(subject) >= SUBJECT_CHARS or rate_between) and not named_subject \
                and id(pct) not in respective and share_of is part:
            # (…预算合计1,269.00万元，执行1,226.25万元，执行率96.63%，占…总投入的33.20%: past the rate, the share may be of
            # either amount)
            # 总投资1.69亿元，其中旗里…出资6000万元、合作企业出资10900万元，政府出资占总投资的35.5%: a subject in words
            # no amount carries may be any of the parts beside the last
            whole = tried[0][0]
            for other in subjects:
                if other is not part and other.kind == part.kind and other.value < whole.value \
                        and _same_measure(other, part):
                    value, span = ratio_percent(other, whole)
                    if verdict(pct, value, span) != CONTRADICTION:
                        part = other
                        tried.append((whole, value, verdict(pct, value, span)))
                        break
        whole, value, result = tried[-1] if tried[-1][2] != CONTRADICTION else tried[0]
        _, span = ratio_percent(part, whole)
        note = "（按另一口径）" if len(tried) > 1 else ""
        found = percent_finding("share", pct, value, span, f"{shown(part)}÷{shown(whole)}", "比例",
                                [pct, part, whole], note)
        if found.severity == "error" and base is None and not stated_base and not _stated_as_part(doc, s, whole, part):
            as_warning(found, f"；句中未写明基数，按{shown(whole)}推定，请核对口径。")
        elif found.severity == "error" and batch_assumed and whole is batch:
            as_warning(found, f"；本批资金按前文的{shown(whole)}推定，请核对口径。")
        out.append(found)
        own_level = base is not None and base.figure is not None \
            and part.fund_level in SINGLE_LEVEL_FIELDS and base.figure.fund_level == part.fund_level \
            and (carried_in is not None or any(f.kind == "percent" and c["share"].search(_gap(doc, s, j))
                                               for j, f in enumerate(s.figures[:k])))
        # (产业发展7,020万元，占中央资金的71.18%、占全部资金的54.00%；…3,865.30万元，占29.73%: of a part shared of one
        # level's funds and then of all of them, the list's base is all of them)
        wider_next = base is not None and base.figure is not None and base.figure.fund_level in SINGLE_LEVEL_FIELDS \
            and part.fund_level != base.figure.fund_level and k + 1 < len(s.figures) \
            and s.figures[k + 1].kind == "percent" and c["share"].search(_gap(doc, s, k + 1))
        if own_level:
            used = used or carried_in       # (…占衔接资金总额的60.46%；中央衔接资金…，占中央衔接资金的62.35%；…，占7.11%)
        elif part is not used_part and doc.norm.find("其中", s.figures[0].end, part.start) < 0 and not wider_next:
            # (用于产业发展27,845.10万元，占全部衔接资金的56.88%、占中央资金的82.68%；…14,366.28万元，占29.35%: the list's
            # base is the first its part is shared of; 1.产业扶贫2,950万元，占总额的38.9%，其中中央资金安排2,100万元，占中央资金的
            # 43.5%；2.…1,716.5万元，占22.6%: not the base of a part's own part, nor of one level's part over that level
            # after the list's first share: 产业发展6,385万元，占比60.97%，中央资金安排产业发展4,310万元，占中央资金的61.43%；
            # 农村基础设施2,416万元，占比23.07%; nor a part's second base where its first did not hold: …计1,400万元，占资金
            # 总额的58.14%，占省级资金的93.33%；2.…560万元，占22.86%)
            used = base if base is not None and whole is base.figure and found.severity == "info" else None
            used_part = part
    goes_on = used is not None and doc.norm[s.end - 1:s.end] in ("；", ";")
    doc.cache["share_base_until"] = (s.end, used) if goes_on else None   # (a base that held for its own share)
    return out


def _paid_said_of_unpaid(subject: str, part: Figure) -> bool:
    """A share whose subject is what was paid or spent (产业发展支付额占…) is of no amount budgeted or received."""
    return part.kind == "money" and part.measure not in OUTFLOWS \
        and lexicon().measures["money"].last(subject) in ("spent", "paid")


def _funds_its_subject_names(doc: Document, part: Figure, gap: str) -> Base | None:
    """衔接资金（以工代赈任务）项目发放劳务报酬231.8万元，占该项资金的30.91% (or …379.5万元，占比33.00%): a share with no base of
    its own words, or of 该项资金, is over the amount of the funds its part's subject names, stated before."""
    c = cues()
    if not (c["bare_share"].match(gap) or c["that_funds"].search(gap)):
        return None
    named = c["funds_named_in_subject"].match(doc.norm[clause_start(doc, part.start):part.start])
    if named is None:
        return None
    name = named.group("name")
    if names_the_reports_fund(doc, name) and not OPEN_BRACKET.search(name):
        # (衔接资金用于产业发展10,560万元，占比64.84% in a report on the 衔接资金: of all of them)
        total = received_total(doc)
        return Base(name, total) if total is not None and total.value > part.value and total.start < part.start else None
    if (received := received_of_another_fund(doc, name, clause_start(doc, part.start), part)) is not None:
        return Base(name, received)     # (衔接资金用于产业发展20,150万元，占比58.98% in a report on the integrated funds)
    # (not 衔接资金与援藏资金合计23,205.36万元: the funds named with others; nor 中央衔接资金21,640万元, one level's)
    all_levels = level_named(name) in ("", "all")
    found = next((f for f in reversed(figures_before(doc, clause_start(doc, part.start))) if f.kind == "money"
                  and f.cell is None and f.value > part.value and measure_class(f) not in ("spent", "paid", "carryover")
                  and (f.fund_level in ("", "all") or not all_levels)
                  and name in (clause := doc.norm[clause_start(doc, f.start):f.start])
                  and not any(lexicon().fund.matches(BRACKETED.sub("", clause.replace(name, ""))))), None)
    return Base(name, found) if found is not None else None


def _bracket_base_said_before(doc: Document, s: Sentence, k: int) -> str:
    """（括号内为占全市衔接资金总额的比重）：兴县26,310万元（13.68%）、临县28,456万元（18.95%）: a share alone in its bracket right
    after an amount, where the line said before what the brackets hold, reads as that share (占全市衔接资金总额的)."""
    if not k or not cues()["bracket_open"].fullmatch(_gap(doc, s, k)) or s.figures[k - 1].kind not in SUMMABLE:
        return ""
    pct = s.figures[k]
    said = None
    for said in cues()["bracket_base"].finditer(doc.norm, max(line_start(doc, s.start), pct.start - BRACKET_BASE_REACH),
                                                 pct.start):
        pass
    return f"（占{said.group('base')}的" if said is not None else ""


def _whole_before_its_parts(doc: Document, s: Sentence, k: int) -> Figure | None:
    """…1,950万元，其中中央资金1,420万元、省级资金530万元，占专项扶贫资金总额的36.47%: a share right after a list of levels
    that follows 其中, whose base names no one level (占全部衔接资金的58.64%), is the share of the amount the list is of; so
    is one right after the batches an amount came in (中央资金1,985万元，分两批下达，第一批1,120万元，第二批865万元，占全部
    资金的52.22%)."""
    gap = _gap(doc, s, k)
    if not cues()["share_right_after"].match(gap) or level_named(gap) not in ("", "all"):
        return None
    money = [f for f in s.figures[:k] if f.kind == "money"]
    for n, whole in enumerate(money[:-2]):
        parts = money[n + 1:]
        levels = "其中" in doc.norm[whole.end:parts[0].start] and all(p.fund_level in ONE_LEVEL for p in parts)
        batches = all(context_cue("ordinal_item").search(doc.norm, clause_start(doc, p.start), p.start) for p in parts)
        if (levels or batches) and sum(p.value for p in parts) <= whole.value:
            return whole
    return None


ITEM_AMOUNTS_REACH = 600     # characters back from a rate to the amounts of its item


def _items_own_amounts(doc: Document, part: Figure) -> list[Figure]:
    """The amounts of the part's project or item stated before it in running text that it may be a rate of (what was put
    in, not what was spent or is left), the nearest first."""
    if not part.scope.startswith(("项目:", "分项:")) or part.kind != "money":
        return []
    return [f for f in reversed(figures_between(doc, max(0, part.start - ITEM_AMOUNTS_REACH), part.start))
            if f.kind == "money" and f.cell is None and f.scope == part.scope and f.value > part.value
            and measure_class(f) not in ("spent", "paid", "carryover", "retention")
            and not cues()["per_unit"].search(doc.norm, clause_start(doc, f.start), f.start)]


BREAKDOWN_REACH = 1000    # characters back from a share to the lead of its breakdown and the total before it


def _own_amount(doc: Document, s: Sentence, pct: Figure, amounts: list[Figure], gap: str) -> Figure | None:
    """The report's own amount a share of 我县所得 is of: the one its sentence names the place for (我区与周至县各获得5000万
    元), else the last of its own stated before the sentence in its paragraph (…第三批2024万元。…我县所得占…); a share of
    the place itself, or of what it received, in the wider area's (我县占全州的11.96%, 到位资金占全市…总量…的22.84%) is of
    its total received."""
    c = cues()
    named = [f for f in amounts if f.kind == "money" and c["own_place"].search(doc.norm, clause_start(doc, f.start), f.start)]
    if named:
        return named[-1]
    if (total := _the_places_total_in_the_wider_area(doc, gap, pct)) is not None:
        return total
    if not c["own_subject"].search(gap.rpartition("占")[0]):
        return None         # (到位资金占上级下达资金的…: not a share of the place's, nothing to change)
    before = [f for f in figures_between(doc, line_start(doc, s.start), s.start)
              if f.kind == "money" and f.cell is None and not f.scope.startswith("地:") and not for_each(doc, f)
              and not c["per_unit"].search(doc.norm, clause_start(doc, f.start), f.start)]
    return before[-1] if before else None       # (not 每村30万元 after 第二批390万元: what each village got)


def _the_places_total_in_the_wider_area(doc: Document, gap: str, pct: Figure) -> Figure | None:
    """我县占全州的11.96%; 到位资金占全市…总量…的22.84%: the report's own place, or what it received, as a share of the
    wider area's funds is its total received, stated before the share (not 我县所得占全市该批资金的…: what it got of them)."""
    subject, _, base = gap.rpartition("占")
    subject = subject.strip("，, ")
    if not (cues()["own_subject"].search(subject) or cues()["own_received_subject"].fullmatch(subject)) \
            or cues()["own_got"].search(subject) or not of_the_wider_area(doc, base):
        return None
    total = next((f for f in doc.figures if f.field == "funds_received_total" and f.cell is None), None)
    return total if total is not None and total.end <= pct.start else None


def _total_of_the_batch(doc: Document, part: Figure, named: bool = False) -> list[Figure]:
    """本批资金全部为市级财政资金，共5000万元。… 本批分配到贫困县的资金为4365万元，占比为83.7%: a share of an
    amount the sentence says is of this batch, with no base named, is of the amount the batch was first stated as;
    named: the base the share names is the batch (…安排资金8240万元，占本批资金的64.98%)."""
    c = cues()
    if not named and not c["this_batch"].search(doc.norm, clause_start(doc, part.start), part.start):
        return []
    batch = next((f for f in figures_before(doc, part.start) if f.kind == part.kind and f.cell is None
                  and f.value > part.value and c["this_batch"].search(doc.norm, sentence_start(doc, f.start), f.start)
                  and sentence_start(doc, f.start) != sentence_start(doc, part.start)), None)
    return [batch] if batch is not None else []


def _batch_received(doc: Document, part: Figure) -> tuple[Figure | None, bool]:
    """The amount the report itself got of this batch: the last amount, at least the part, of the latest earlier
    sentence that names the batch (…本批次共下达52439万元，我市分得8803万元); and whether that sentence states others
    it might be (the choice is then assumed)."""
    c = cues()
    for f in reversed(figures_before(doc, sentence_start(doc, part.start))):
        if f.kind == part.kind and f.cell is None and c["this_batch"].search(doc.norm, sentence_start(doc, f.start), f.end):
            start = sentence_start(doc, f.start)
            in_sentence = [g for g in figures_between(doc, start, sentence_end(doc, f.end))
                           if g.kind == part.kind and g.cell is None and g.value >= part.value]
            # (not a level after 其中: …12680万元，其中中央资金8920万元)
            wholes = [g for g in in_sentence if "其中" not in doc.norm[start:g.start]]
            return (wholes[-1], len(in_sentence) > 1) if wholes else (None, False)
    return None, False


def _share_of_a_base_in_parts(doc: Document, s: Sentence, k: int) -> list[Finding]:
    """…4,172.00万元，占同期财政专项扶贫资金（上级9,912.40万元、区级14,236.00万元）的17.82%: a base written as its parts
    in brackets is their sum, the part the amount before 占."""
    pct = s.figures[k]
    opened = max(doc.norm.rfind("（", s.start, pct.start), doc.norm.rfind("(", s.start, pct.start))
    share_at = doc.norm.rfind("占", s.start, max(opened, s.start))
    if opened < 0 or share_at < 0 or not cues()["base_words"].fullmatch(doc.norm, share_at, opened):
        return []
    parts = [f for f in s.figures[:k] if f.start > opened and f.kind == "money"]
    part = next((f for f in reversed(s.figures[:k]) if f.end <= share_at), None)
    if len(parts) < 2 or part is None or part.kind != "money":
        return []
    whole = reduce(plus, parts)
    value, span = ratio_percent(part, whole)
    return [percent_finding("share", pct, value, span, f"{shown(part)}÷{shown(whole)}", "比例", [pct, part, *parts])]


def _total_of_the_breakdown(doc: Document, part: Figure) -> list[Figure]:
    """下达…资金10836.87万元，…。分类别看：产业发展类项目5个，安排资金7052万元，产业资金所占比重为61.5%: a share of an
    item of a breakdown, whose sentence names no base, is of the total the breakdown's lead follows on its line; of a
    list of the uses of the year's funds, of the funds received."""
    line = max(line_start(doc, part.start), part.start - BREAKDOWN_REACH)
    if cues()["uses_of_the_funds"].search(doc.norm, line, part.start):
        # 全年资金主要投向以下几个方面：发展产业2,015.3万元，占59.31%；…: a list of the uses of the year's funds
        total = received_total(doc)
        return [total] if total is not None and total.value > part.value and total.start < part.start else []
    lead = list(cues()["restart"].finditer(doc.norm, line, part.start))
    if not lead or cues()["share_names_its_base"].search(doc.norm, lead[-1].end(), part.start):
        return []       # (分村看：甲村支付201.04万元，占该村项目投资的94.47%；乙村…，占95.00%: each of its own base)
    before = [f for f in figures_between(doc, line, lead[-1].start()) if f.kind == part.kind and f.cell is None
              and f.value >= part.value]       # not 其中含以工代赈资金304万元, a part of it
    return before[-1:]


def _other_items_hold(doc: Document, pct: Figure, whole: Figure) -> bool:
    """分村看：甲村…386.4万元，占17.57%；乙村…214.8万元，占8.77%；丙村…297.65万元，占12.15%: where every other item's share
    of the breakdown holds over the total before its lead (two at least), that total is the base its items' shares are
    over, as if named."""
    items = figures_between(doc, whole.end, line_end(doc, pct.start))
    others = [(a, q) for a, q in zip(items, items[1:]) if q is not pct and q.kind == "percent"
              and a.kind == "money" and cues()["item_and_share"].match(doc.norm[a.end:q.start])]
    return len(others) >= 2 and all(verdict(q, *ratio_percent(a, whole)) != CONTRADICTION for a, q in others)


def _whole_of_the_list(doc: Document, s: Sentence, k: int, part: Figure, subject: str,
                       base: Base) -> tuple[Figure, Figure] | None:
    """A share of 全部…: …各类资金共11.5亿元，按来源分：统筹整合…2.3亿元、…、其他资金1.1亿元。其中统筹整合资金占全部投入的20%
    is over the total the part's list adds up to; 9个贫困村…兑付资金1,163,400元，14个非贫困村…兑付资金622,800元，贫困村兑付资金
    占全部兑付资金的65.13%, with no total stated, over the sum of the amounts its noun names, the part being the one
    whose clause names the subject."""
    start = period_start(doc, part.start)
    listed = [f for f in figures_between(doc, start, period_end(doc, part.start))
              if f.kind == part.kind and f.cell is None and not _bracketed_since(doc, start, f)]
    for i, whole in enumerate(listed):
        items = listed[i + 1:]
        if len(items) >= 2 and part in items and whole.value > part.value:
            value, span = total(items)
            if span.overlaps(interval(whole)):
                return part, whole
    noun = base.words.strip()[cues()["base_of_all"].match(base.words).end():].lstrip("的")
    named = subject[:-len(noun)] if noun and subject.endswith(noun) else ""
    alike = [f for f in s.figures[:k] if f.kind == part.kind and f.cell is None and noun
             and noun in doc.norm[clause_start(doc, f.start):f.start] and not in_brackets(doc, s, f)]
    if len(alike) < 2 or not named or (base.figure is not None and base.figure not in alike):
        return None
    since = [s.start] + [f.end for f in alike[:-1]]
    of_subject = [f for f, lo in zip(alike, since) if _names_unnegated(doc.norm[lo:f.start], named)]
    if len(of_subject) != 1 or any(f.value >= sum(g.value for g in alike) for f in s.figures[:k] if f.kind == part.kind):
        return None
    return of_subject[0], reduce(plus, alike)


def _names_unnegated(text: str, name: str) -> bool:
    """贫困村 in 9个贫困村扶持198户, not in 14个非贫困村扶持106户."""
    at = text.find(name)
    while at >= 0:
        if not cues()["negated_name"].search(text, 0, at):
            return True
        at = text.find(name, at + 1)
    return False


def _total_referred_to(doc: Document, part: Figure) -> list[Figure]:
    """…累计投入资金31074.26万元。本次审计重点抽查了其中的涉农专项资金9305.58万元（占比29.94%）: a share of an amount
    its sentence says is some of what came before (其中的…), with no base named, is of the last amount of the
    sentence before it that holds it."""
    start = sentence_start(doc, part.start)
    if not cues()["of_which_before"].search(doc.norm, start, part.start):
        return []
    before = [f for f in figures_between(doc, period_start(doc, max(0, start - 1)), start)
              if f.kind == part.kind and f.cell is None and f.value >= part.value]
    return before[-1:]


REST_REACH = 12     # characters between a share and the rest of its base


def _one_more_after(doc: Document, s: Sentence, last: Figure) -> Figure | None:
    """The amount of the clause right after the sentence that opens with 另有/此外 (…；另有市级、县级资金2,700万元), where
    the last part is an amount: one more part of the list, where it closes it (it may as well be beside the total: 另有上年
    结转资金…)."""
    if last.kind != "money" or not cues()["goes_on_from_before"].match(doc.norm, s.end, s.end + REST_REACH):
        return None
    nxt = next(iter(figures_between(doc, s.end, sentence_end(doc, s.end + 1))), None)
    return nxt if nxt is not None and nxt.kind == last.kind and nxt.unit.lstrip("万亿") == last.unit.lstrip("万亿") \
        and nxt.cell is None else None


def shares_short_of_all(doc: Document, parts: list[Figure]) -> bool:
    """Each part followed by its share of the whole (龙源村…168.00万元（占10.63%），…长安村…76.00万元（占4.81%）), the shares
    adding up to well short of all of it: some of the parts, named."""
    shares = [next(iter(figures_between(doc, p.end, p.end + SHARE_AFTER_REACH)), None) for p in parts]
    if not all(f is not None and f.kind == "percent" and (cues()["share_in_brackets"].fullmatch(doc.norm[p.end:f.start])
                                                          or cues()["item_and_share"].match(doc.norm[p.end:f.start]))
               for p, f in zip(parts, shares)):
        return False
    return sum(f.value for f in shares) < SHARES_OF_ALL


SHARE_AFTER_REACH = 8       # characters from a part to the end of the share in brackets after it
SHARES_OF_ALL = Decimal(99)     # percent that shares of every part add up to at least, rounding aside


def _companion_before(s: Sentence, f: Figure) -> Figure | None:
    """The count in 户 written right before a count of persons (846户2915人)."""
    k = s.figures.index(f)
    before = s.figures[k - 1] if k else None
    return before if before is not None and before.kind == "count" and before.unit == "户" and before.end == f.start \
        else None


def _companion(s: Sentence, f: Figure) -> Figure | None:
    """The count of other units written right after a count (12151户47506人): the same group counted otherwise."""
    if f.kind != "count" or f not in s.figures:
        return None
    i = s.figures.index(f)
    nxt = s.figures[i + 1] if i + 1 < len(s.figures) else None
    return nxt if nxt is not None and nxt.kind == "count" and nxt.unit != f.unit and nxt.start == f.end else None


def _part_and_rest(doc: Document, share: Figure, part: Figure) -> list[Figure]:
    """…区级统筹投入财政资金6000万元，占总投资的35.8%；其余1.41亿元通过…筹措: a base named and stated nowhere is the
    part and the rest stated right after the share."""
    rest = next((f for f in figures_between(doc, share.end, share.end + REST_REACH) if f.start >= share.end), None)
    if rest is None or rest.kind != part.kind or rest.cell is not None \
            or not cues()["rest_of_base"].match(doc.norm[share.end:rest.start]):
        return []
    return [plus(part, rest)]


def _the_reports_funds_named(doc: Document, s: Sentence, subject: str) -> list[Figure]:
    """…整合资金39,310万元，由…衔接资金30,015万元，…组成。衔接资金占整合资金的比重为78.35%: a subject that names the report's
    own funds is their total received, stated before."""
    if not names_the_reports_fund(doc, subject):
        return []
    own = next((f for f in doc.figures if f.field == "funds_received_total" and f.cell is None), None)
    return [own] if own is not None and own.end <= s.start else []


def _respective_parts(doc: Document, s: Sentence, k: int, subject: str) -> dict[int, Figure]:
    """The shares that follow 分别占 one after another, each paired in order with as many amounts before them, or,
    where the words before 分别 name as many funds (少数民族发展资金、以工代赈资金分别占中央资金的9.05%和11.90%) or levels,
    with the latest amount of each fund or level stated before."""
    run = []
    for f in s.figures[k:]:
        if f.kind != "percent":
            break
        run.append(f)
    before = [f for f in s.figures[:k] if f.kind in SUMMABLE]
    if len(run) < 2:
        return {}
    if len(before) >= len(run):
        return {id(pct): part for pct, part in zip(run, before[-len(run):])}
    earlier = [f for f in figures_before(doc, s.start) if f.kind == "money" and f.cell is None and not f.scope]
    funds = [lexicon().fund.names[m.group()] for m in lexicon().fund.matches(subject)]
    parts = [next((f for f in reversed(earlier) if f.fund == fund), None) for fund in funds]
    if len(funds) != len(run) or len(set(funds)) != len(funds) or not all(parts):
        # (中央资金和省级资金分别占全部到位资金的59.89%和24.28%: the levels named, each the latest amount of its level)
        levels = [level for m in lexicon().level.matches(subject)
                  if (level := lexicon().level.names[m.group()]) in ONE_LEVEL]
        parts = [next((f for f in reversed(earlier) if f.fund_level == level), None) for level in levels]
        if len(levels) != len(run) or len(set(levels)) != len(levels) or not all(parts):
            return {}
    return {id(pct): part for pct, part in zip(run, parts)}


ANYWHERE_BASES = 2      # the bases named anywhere a rate is tried over, the latest first


def _stated_bases(doc: Document, part: Figure, cue: regexp.Pattern, anywhere: bool = False,
                  same_level: bool = False) -> list[Figure]:
    """The amounts before a rate's numerator, in its period (up to 。), that its base words name (计划投资19亿元), the
    nearest first; anywhere: the latest such figure of the numerator's unit and scope stated before it, at least half
    of it (计划新建…工程790处); same_level: where the numerator names a level or a place, the latest amount received of
    that level or place (省级6329.42万元 for 省级6185.44万元，分配进度97.7%; 甲县到位4.12亿元 … 甲县支出3.95亿元，支出进度…)."""
    if same_level and (part.fund_level not in ("", "all") or part.scope.startswith("地:")):
        # (五河治理中央投资支出7712.4万元，支出率85.97% over the 中央投资8971万元 of 项目:五河治理防洪工程: the amount of
        # the project its words name, whatever its measure)
        own = content_words(part.label) - generic_words()

        def names_its_project(f: Figure) -> bool:
            return not part.scope and f.scope.startswith("项目:") and bool(own & content_words(f.scope[3:]))
        before = [f for f in figures_before(doc, part.start) if f.kind == "money" and f.cell is None]
        if part.fund_level == "central_provincial":
            # (农村饮水工程中央和省级资金支出5036.2万元，支出率86.92% over that project's 中央…2254万元 and 省级…3540万元)
            levels = [next((f for f in reversed(before) if f.fund_level == level and names_its_project(f)), None)
                      for level in ("central", "provincial")]
            if all(levels) and levels[0].scope == levels[1].scope:
                return [plus(*levels)]
        found = [f for f in before if f.fund_level == part.fund_level and f.value >= part.value
                 and (f.scope == part.scope and (measure_class(f) == "received" or f.field.startswith("funds_received"))
                      or names_its_project(f))]
        found = ([f for f in found if names_its_project(f)] or found)[-1:]
        return _of_the_funds_named(doc, part, before, found) or found
    if anywhere:        # (not one under half the part: 累计完成投资17.87亿元 is no 1.98亿元's twice over)
        named = [f for f in figures_before(doc, part.start) if f.kind == part.kind and f.unit == part.unit
                 and f.cell is None and f.scope == part.scope and 2 * f.value >= part.value
                 and cue.search(doc.norm[clause_start(doc, f.start):f.start])
                 and not _part_of_an_earlier_breakdown(doc, f, part)]
        return named[::-1][:ANYWHERE_BASES]     # (开工121个 … 实施148个: the works started, else all the works)
    within = figures_between(doc, period_start(doc, part.start), part.start)
    return [f for f in reversed(within) if f.kind == part.kind and f.cell is None
            and (f.kind == "money" or f.unit == part.unit)
            and cue.search(doc.norm[clause_start(doc, f.start):f.start])]     # the nearest first


def _of_the_funds_named(doc: Document, part: Figure, before: list[Figure], found: list[Figure]) -> list[Figure]:
    """中央资金15,420万元，包括：…任务（发展资金）13,650万元，… 发展资金支出13,286.4万元，支出率97.34%: the amount of the funds
    the numerator names, one of its level's, not the level's whole."""
    named = cues()["funds_named"].search(doc.norm, clause_start(doc, part.start), part.start)
    if named is None or not found:
        return []
    return [f for f in before if part.value <= f.value < found[0].value and f.start > found[0].start
            and named.group("funds") in doc.norm[clause_start(doc, f.start):f.start]][-1:]


def _part_of_an_earlier_breakdown(doc: Document, f: Figure, part: Figure) -> bool:
    """…总投资656.47亿元，预计完成投资28亿元。其中：…新开工项目6项，总投资646.95亿元… — 累计完成投资14.99亿元，投资完成率…:
    an item after 其中 in another period is no base of a rate of the whole."""
    start = period_start(doc, f.start)
    return start != period_start(doc, part.start) and "其中" in doc.norm[start:f.start]


def _share_of_stated_whole(doc: Document, pct: Figure, before: list[Figure], whole: Figure) -> list[Finding]:
    """A（100520万元）相当于B（150514万元）的66.78%: the part, then the whole, then the share of one in the other. A count's
    part counts what its whole counts (脱贫4,118户17,356人，完成年度减贫计划4,100户的100.44%: the households), and is all
    that was done, not a part of it after 其中 (转移就业1,236人，其中到浙江就业387人，完成年度目标1,000人的123.6%)."""
    if whole.kind == "count":
        # (not 比2020年的14,880人增加856人: the year before's, nor the change)
        alike = [f for f in reversed(before) if f.kind == "count" and f.unit == whole.unit
                 and not cues()["prior"].search(doc.norm, clause_start(doc, f.start), f.start)
                 and not cues()["absolute_change"].search(doc.norm, clause_start(doc, f.start), f.start)]
        opening = cues()["part_opening"]
        part = next((f for f in alike if not opening.match(doc.norm, clause_start(doc, f.start), f.start)),
                    alike[0] if alike else None)
    else:
        part = _the_places_total_in_the_wider_area(doc, doc.norm[before[-1].end:whole.start], pct) if before else None
        part = part or (before[-1] if before else None)
    if part is None or part.kind != whole.kind or part.kind not in SUMMABLE or whole.value <= 0:
        return []
    value, span = ratio_percent(part, whole)
    return [percent_finding("share", pct, value, span, f"{shown(part)}÷{shown(whole)}", "比例", [pct, part, whole])]


def _names_the_lead(subject: str, whole: str) -> bool:
    """A share's subject that names the whole its sentence opened with (财政衔接资金中，… / 衔接资金占…), in its own
    words or the generic ones that end both."""
    words = content_words(subject)
    return words <= content_words(whole) if words else whole.endswith(subject.strip()[-2:])


def _pair_named(doc: Document, s: Sentence, gap: str, upto: int | None = None) -> list[Figure]:
    """…省级财政扶贫资金68,520万元，广州市对口帮扶资金52,680万元，…。省级资金和对口帮扶资金合计占…: the two amounts the
    share's subject names, stated in the paragraph before it (or before upto: …；自治区资金2,680.00万元，中央和自治区资金合计
    占95.66%), together."""
    pair = cues()["pair_subject"].fullmatch(cues()["share_subject_end"].split(gap, 1)[0].strip("，, "))
    if pair is None:
        return []
    paragraph = doc.norm.rfind("\n", 0, s.start)
    before = [f for f in figures_ending_in(doc, paragraph, upto or s.start) if f.kind == "money" and f.cell is None]
    members = _named_by_each(doc, before, pair)
    # (中央和省级财政专项扶贫资金合计占…: the fund the second names is the first's too, where that level's amount of it is stated)
    fund = lexicon().fund.first(pair.group())
    members = [next((f for f in reversed(before) if f.fund == fund and f.fund_level == m.fund_level), m)
               if fund and m.fund != fund and m.fund_level in ONE_LEVEL else m for m in members]
    return [plus(*members)] if members else []


def _named_by_each(doc: Document, figures: list[Figure], pair: regexp.Match) -> list[Figure]:
    """The two amounts, the latest of the figures each, whose clauses the two sides of a subject name (省级资金和对口帮扶
    资金; 杜尔伯特、林甸合计: a place's name as written, 杜尔伯特蒙古族自治县到位10,107.00万元)."""
    def names(clause: str, side: str) -> bool:
        words = content_words(side)
        return bool(words) and (names_all(clause, words) or bool(words - generic_words()) and side.strip() in clause)
    def exactly(clause: str, side: str) -> bool:   # (满意189户、基本满意8户、不满意3户: 满意 is the first, not 不满意)
        return lexicon().clause_opening.sub("", clause.lstrip("、，,；;：: ")).strip() == side.strip()
    members = [next((f for f in reversed(figures) if exactly(doc.norm[clause_start(doc, f.start):f.start],
                                                             pair.group(side))), None)
               or next((f for f in reversed(figures) if names(doc.norm[clause_start(doc, f.start):f.start],
                                                              pair.group(side))), None) for side in ("first", "second")]
    return members if all(members) and members[0] is not members[1] else []



def _item_start(doc: Document, offset: int) -> int:
    """Where the item of a list the offset is in starts: after the last comma of its sentence (an item's count and
    its amount, 产业类项目312个、投入16,285.6万元, are one item)."""
    start = sentence_start(doc, offset)
    return max(doc.norm.rfind("，", start, offset), doc.norm.rfind(",", start, offset), start - 1) + 1


def _named_part(doc: Document, s: Sentence, gap: str) -> list[Figure]:
    """The amount a share's subject names, stated in an earlier sentence of the paragraph."""
    subject = content_words(cues()["share_subject_end"].split(gap, 1)[0])     # 群众自筹部分占…, 非税收入在…中的比重
    if not subject:
        return []
    paragraph = doc.norm.rfind("\n", 0, s.start)
    # (not 其中产业扶贫增加234.60万元, by how much it grew)
    before = [f for f in figures_ending_in(doc, paragraph, s.start) if f.kind == "money" and f.cell is None
              and not cues()["absolute_change"].search(doc.norm, clause_start(doc, f.start), f.start)]
    # the latest whose clause names every word of it, else any (产业扶贫资金占… of 产业扶贫5286万元, not of 金融扶贫880万元
    # after it, which shares a word), else whose sentence names every word (（二）产业类项目，共4,930万元，…。产业类项目资金
    # 占…的45.11%: named at the head of its sentence)
    # (金融类项目32个、投入2,744.4万元。产业类投入占…: of 产业类项目312个、投入16,285.6万元, its item's clause, not the last
    # amount of the sentence that names it)
    # (实施产业发展项目168个，安排资金25,306.4万元，其中：中央…、县级资金4,356.4万元。产业发展资金占…: the sentence's
    # whole, not a part after its 其中)
    tries = ((clause_start, names_all), (_item_start, names_all), (clause_start, names_any),
             (sentence_start, names_all))
    f = next((f for since, names in tries for f in reversed(before)
              if names(words := doc.norm[since(doc, f.start):f.start], subject)
              and not (since is sentence_start and "其中" in words)), None)
    if f is None:
        return _named_row_above(doc, s, cues()["share_subject_end"].split(gap, 1)[0])
    clause = doc.norm[clause_start(doc, f.start):f.start]
    bracket = max(clause.rfind("（"), clause.rfind("("))
    if bracket > max(clause.rfind("）"), clause.rfind(")")):
        # 阿克陶县6394万元（中央4940万元、…）: the place's amount, not the first part in its bracket
        opened = clause_start(doc, f.start) + bracket
        return [next((g for g in before if g.end <= opened and not doc.norm[g.end:opened].strip()), f)]
    return [f]




TABLE_ABOVE = 200     # characters between a table and the sentence after it that speaks of its rows


def _named_row_above(doc: Document, s: Sentence, subject: str) -> list[Figure]:
    """…产业发展 | 86个 | 23,416.5 | … (the table right above) … 用于产业发展的资金占全年支出的44.32%: the one amount of the
    row its subject names."""
    table = next((i for i, t in reversed(list(enumerate(doc.tables))) if t.end <= s.start), None)
    if table is None or s.start - doc.tables[table].end > TABLE_ABOVE:
        return []
    rows = [f for f in doc.figures if f.table_index == table and f.kind == "money" and f.row_label
            and f.row_label.strip() in subject]
    return rows if len(rows) == 1 else []


def _row_above_stating(doc: Document, s: Sentence, part: Figure) -> list[Figure]:
    """…南坑镇安全饮水巩固提升项目 | 南坑镇 | 390万元 | 330万元 | … (the table right above) … 南坑镇安全饮水项目…年底完成投资
    330万元，完成率84.62%: a rate of an amount one row of the table states, over that row's larger amounts."""
    table = next((i for i, t in reversed(list(enumerate(doc.tables))) if t.end <= s.start), None)
    if table is None or part.cell is not None or s.start - doc.tables[table].end > TABLE_ABOVE:
        return []
    cells = [f for f in doc.figures if f.table_index == table and f.kind == part.kind]
    same = [f for f in cells if f.value == part.value and f.row_label
            and names_any(doc.norm[s.start:part.start], content_words(f.row_label))]
    if len(same) != 1:
        return []
    return [f for f in cells if f.cell.row == same[0].cell.row and f.value > part.value]


def _rate_of_the_whole_follows(doc: Document, s: Sentence, j: int, whole: Figure) -> bool:
    """The count at j is followed by a rate that it makes over the whole (…满意的291户，满意率97.00% of 300户): it is
    the rate's count, a subset of the whole, not a part of a list."""
    part = s.figures[j]
    if part.kind != "count" or whole.kind != "count" or j + 1 >= len(s.figures) or whole.value <= 0:
        return False
    rate = s.figures[j + 1]
    if rate.kind != "percent" or not cues()["any_rate"].search(_gap(doc, s, j + 1)):
        return False
    value, span = ratio_percent(part, whole)
    return verdict(rate, value, span) != CONTRADICTION


def _stated_as_part(doc: Document, s: Sentence, whole: Figure, part: Figure) -> bool:
    """The part was introduced as a part of that whole (3122万元，其中用于产业…万元，占比…): its base is stated."""
    if whole not in s.figures or part not in s.figures:
        return False
    i, j = s.figures.index(whole), s.figures.index(part)
    return i < j and any(cues()["parts_intro"].search(_gap(doc, s, n)) for n in range(i + 1, j + 1))


def growth(doc: Document, s: Sentence, checked: set[int]) -> list[Finding]:
    """较上年的2800万元增长10% / 同比增加2337元、增长16.0% / 与2020年的31.6%相比提高了21.5%."""
    out = []
    c = cues()
    for k, pct in enumerate(s.figures):
        if pct.kind != "percent" or id(pct) in checked or pct.unit not in ("%",) or pct.measure == "norm":
            continue
        gap = _gap(doc, s, k)
        if not c["growth"].search(gap) or c["yearly_average"].search(gap):
            continue        # (年均增长2.5%: a yearly average over several years, average_growth's)
        earlier = s.figures[:k]
        prior_i = next((i for i in range(len(earlier) - 1, -1, -1) if c["prior"].search(_gap(doc, s, i))), None)
        current = prior = None
        if k >= 2 and c["from_prior"].search(_gap(doc, s, k - 2)) and c["to_current"].search(_gap(doc, s, k - 1)) \
                and c["growth_of_the_same"].match(gap) and _same_measure(earlier[-1], earlier[-2]):
            # 由…的17045元增加到…的19117元，同比增长12.3% (not 由上年的7.82%下降到1.26%，贫困户人均纯收入增长14.2%: another's)
            prior, current = earlier[-2], earlier[-1]
        elif prior_i is not None and prior_i > 0:
            if any(f.kind == "percent" and f.measure == "growth" for f in earlier[prior_i + 1:]):
                continue    # …15,932元，较上年的14,608元增长9.1%，其中监测对象人均纯收入增长11.3%: the pair's growth is stated; a
                            # second is another's
            prior = earlier[prior_i]
            # not the base of a share between them (完成年初预算31,700万元的229.39%，较上年的42,895万元…)
            # (nor a part in brackets: 到位…6432万元（中央…、区级300万元），较2022年到位的5860万元…)
            # (nor another year before: 9,900元，比上年的8,863元增长11.7%，比2011年的6,712元增长47.5%)
            candidates = [f for i, f in reversed(list(enumerate(earlier[:prior_i])))
                          if _same_measure(f, prior) and not _base_of_share(doc, s, i) and not in_brackets(doc, s, f)
                          and not c["prior"].search(_gap(doc, s, i))]
            # (nor an average beside the amount: 经营性收入9,436.8万元，村均23.53万元，比上年的8,380.5万元增长12.6%; but
            # 人均纯收入16938元，较上年的14601元…: the average is the amount)
            averaged = [bool(c["averaged_amount"].search(doc.norm, clause_start(doc, f.start), f.start))
                        for f in [prior, *candidates]]
            current = next((f for f, alike in zip(candidates, averaged[1:]) if alike == averaged[0]),
                           candidates[0] if candidates else None)
            nearest = next((i for i, f in enumerate(earlier) if candidates and f is candidates[0]), None)
            if c["comparison_alone"].match(doc.norm[clause_start(doc, prior.start):prior.start]) \
                    and not (nearest and c["added_during_the_year"].search(_gap(doc, s, nearest))):
                # …人均纯收入达到14,620元，较上年的13,180元增长10.93%: the subject of the clause before, of the year before's
                # size (not 经营性收入9,436.8万元，村均23.53万元，比上年的8,380.5万元…: an average beside the amount)
                current = next((f for f in candidates if _of_a_size(f, prior)), current)
            at = next((i for i, f in enumerate(earlier) if f is current), None)
            if at and c["added_during_the_year"].search(_gap(doc, s, at)) and earlier[at - 1].kind == current.kind:
                current = plus(earlier[at - 1], current)     # 年初预算安排3,000万元，年中追加20万元，比…增长7.86%
            of_which = doc.norm.find("其中", s.start, current.start) if current is not None else -1
            whole_before = next((f for f in candidates if f.end <= of_which), None) if of_which >= 0 else None
            if whole_before is not None and not _growth_holds(pct, current, prior, gap) \
                    and _growth_gap(pct, whole_before, prior, gap) < _growth_gap(pct, current, prior, gap):
                # 全年“三公”经费支出4.38万元，其中…公务接待费1.18万元，…比上年4.92万元减少10.98%: the whole before 其中,
                # where the part's growth cannot hold and the whole's comes nearer
                current = whole_before
            if current is not None and current.fund_level in ONE_LEVEL \
                    and (c["growth_of_the_whole"].search(_gap(doc, s, prior_i)) or prior.value > 2 * current.value):
                # 到位…9.8436亿元，其中中央…、县级资金1.1001亿元，总量比2021年的9.2147亿元增长6.82%: not the last part's
                current = _whole_of_the_part(doc, earlier, current) \
                    or _whole_of_the_part(doc, figures_between(doc, line_start(doc, s.start), s.start), current) \
                    or current      # (…实际到位资金5,000.00万元…。其中：…县级资金1,045.50万元。…全县到位资金总量较2022年的…)
        elif prior_i == 0 and (named := _subject_stated_before(doc, s, earlier[0])) is not None:
            # 其中：…县级资金310万元。县级资金较2019年的255万元增长25.17%: the subject's amount, stated before
            prior, current = earlier[0], named
        elif k >= 1 and earlier[-1].kind != "percent" and c["absolute_change"].search(_gap(doc, s, k - 1)) \
                and (current := _changed(doc, s, k - 1) or _closing_the_sentence_before(doc, s, k - 1)):
            # (not …收入增长8.3%，农村居民…收入增长11.7%: another growth, no change in amount)
            change = earlier[-1]
            declined = bool(c["decline"].search(_gap(doc, s, k - 1)))
            stated = current
            # 2021年…到位衔接资金8,962.40万元，2022年比上年增加873.20万元，增长9.74%: the amount is the year before's;
            # 比上年减少223.19万元，下降7.6%: else the year before was the more by the change
            year_before = doc.year and current.period == str(doc.year - 1) and change.period == str(doc.year)
            current, prior = _around_a_change(stated, change, declined, year_before)
            whole = _whole_of_the_part(doc, figures_between(doc, line_start(doc, stated.start), stated.start),
                                       stated) if stated.fund_level in ONE_LEVEL else None
            if whole is not None and not _growth_holds(pct, current, prior, gap):
                # 到位…8,630万元，其中中央…6,900万元，自治区…1,730万元；比2008年增加1,480万元，增长20.70%: where the
                # last part's growth cannot be so and the whole's can, the change is the whole's; so it is where its
                # words say so (2022年到位16,850.32万元，其中…县级1,200万元。…资金总量增加1122.08万元，同比增长6.66%)
                whole_current, whole_prior = _around_a_change(whole, change, declined, year_before)
                if _growth_holds(pct, whole_current, whole_prior, gap) \
                        or c["growth_of_the_whole"].search(_gap(doc, s, k - 1)):
                    current, prior = whole_current, whole_prior
        elif prior_i is not None and prior_i <= k - 2 and c["absolute_change"].search(_gap(doc, s, k - 1)) \
                and all(in_brackets(doc, s, f) for f in earlier[prior_i + 1:k - 1]) \
                and _same_measure(earlier[prior_i], earlier[k - 1]):
            # 资金总量比2019年的4985.5万元增加441.3万元，增长8.85%: the change over the year before stated first
            prior, change = earlier[prior_i], earlier[k - 1]
            current = minus(prior, change) if c["decline"].search(_gap(doc, s, k - 1)) else plus(prior, change)
        elif prior_i == 0 and (whole := _whole_named_after_its_parts(doc, s, earlier[0])) is not None:
            prior, current = earlier[0], whole
        if current is None or prior is None or prior.value == 0:
            continue
        sign = Decimal(-1) if c["decline"].search(gap) else Decimal(1)
        declared = pct
        value, span = _signed_growth(current, prior, sign)
        result = verdict(declared, value, span)
        points = current.kind == "percent"
        if points and result == CONTRADICTION:
            diff = (current.value - prior.value) * sign
            diff_span = (interval(current) - interval(prior)).scaled(sign)
            points_result = verdict(declared, diff, diff_span)
            if points_result != CONTRADICTION:
                out.append(finding("growth", severity_of(points_result),
                                   f"{shown(pct)}是百分点之差：{shown(current)}−{shown(prior)}={number(diff)}个百分点，相符。",
                                   [pct, current], pct.value, diff, places=2))
                continue
        formula = f"({shown(current)}−{shown(prior)})÷{shown(prior)}"
        figures = [pct, current] + ([prior] if prior.fact_id else [])
        out.append(percent_finding("growth", pct, value, span, formula, "增幅", figures))
    return out


SIZES_APART = 3     # how many times larger one year's amount of a thing may be than the year before's


def _of_a_size(a: Figure, b: Figure) -> bool:
    return a.value > 0 and b.value > 0 and a.value <= b.value * SIZES_APART and b.value <= a.value * SIZES_APART


def _around_a_change(stated: Figure, change: Figure, declined: bool, year_before: bool) -> tuple[Figure, Figure]:
    """This year's amount and the year before's, from the one stated and the change: the stated is the year before's
    when year_before, else this year's."""
    if year_before:
        return (minus(stated, change) if declined else plus(stated, change)), stated
    return stated, (plus(stated, change) if declined else minus(stated, change))


def _whole_of_the_part(doc: Document, before: list[Figure], part: Figure) -> Figure | None:
    """The amount a part was listed under, the nearest among the figures before it (到位…9.8436亿元，其中中央…、县级资金
    1.1001亿元; 2022年到位16,850.32万元，其中…县级1,200万元, not 2023年…17,972.4万元，其中… before it)."""
    return next((f for f in reversed(before) if f.end <= part.start and f.cell is None and _same_measure(f, part)
                 and f.value > part.value and "其中" in doc.norm[f.end:part.start]), None)


def _signed_growth(current: Figure, prior: Figure, sign: Decimal) -> tuple[Decimal, Interval]:
    """The growth from prior to current and its rounding interval, negated where the text states a decline."""
    value, span = growth_percent(current, prior)
    return value * sign, span.scaled(sign)


def _growth_gap(pct: Figure, current: Figure, prior: Figure, gap: str) -> Decimal:
    """How far the growth stated is from the one the two amounts give."""
    sign = Decimal(-1) if cues()["decline"].search(gap) else Decimal(1)
    return abs(_signed_growth(current, prior, sign)[0] - pct.value)


def _growth_holds(pct: Figure, current: Figure, prior: Figure, gap: str) -> bool:
    """Whether the growth stated holds between the two amounts, with their rounding."""
    if prior.value <= 0:
        return False
    sign = Decimal(-1) if cues()["decline"].search(gap) else Decimal(1)
    return verdict(pct, *_signed_growth(current, prior, sign)) != CONTRADICTION


def _opening_subject(doc: Document, s: Sentence, prior: Figure) -> str:
    """The words a growth's sentence opens with, before it names the year before (县级资金 of 县级资金较2019年的…)."""
    opening = cues()["prior"].search(doc.norm, s.start, prior.start)
    return doc.norm[s.start:opening.start() if opening else s.start].strip("，, ")


def _subject_stated_before(doc: Document, s: Sentence, prior: Figure) -> Figure | None:
    """The amount its paragraph stated before under the name a sentence opens with (县级资金较2019年的…): the latest whose
    label ends with that name."""
    subject = _opening_subject(doc, s, prior)
    if len(subject) < SUBJECT_CHARS:
        return None
    before = figures_between(doc, line_start(doc, s.start), s.start)
    return next((f for f in reversed(before) if f.cell is None and f.kind == prior.kind and f.label.endswith(subject)),
                None)


def _whole_named_after_its_parts(doc: Document, s: Sentence, prior: Figure) -> Figure | None:
    """…到位衔接资金17,066.25万元，其中中央…、县级资金800.00万元。资金总量较2022年的15,322.18万元增长…: a sentence that opens
    with the whole in words (资金总量), right after the list of its levels, speaks of the amount the list was of."""
    subject = _opening_subject(doc, s, prior)
    before = figures_between(doc, line_start(doc, s.start), s.start)
    if not before or not cues()["growth_of_the_whole"].search(subject) or level_named(subject) \
            or before[-1].fund_level not in ONE_LEVEL:
        return None
    return _whole_of_the_part(doc, before, before[-1])


def _changed(doc: Document, s: Sentence, k: int) -> Figure | None:
    """The amount the change s.figures[k] is of: the one right before it, or the one before its share of a plan
    (…完成700.5亿元，达到年度预算的60%，增收168.9亿元，增长33.8%), that plan's amount passed over where the text
    states it (…实现24627万元，完成年初预算数60999万元的40.4%，…减收1070万元，降幅4.2%)."""
    change, j = s.figures[k], k - 1
    while j >= 1 and in_brackets(doc, s, s.figures[j]):
        j -= 1          # (…为25,226.83万元（其中含…利息1,972.83万元），本年增加242.77万元: not the bracket's part)
    if s.figures[j].kind == "percent" and j >= 1:
        j -= 1
        if j >= 1 and _base_of_share(doc, s, j):
            j -= 1
    if j < 0 or not _same_measure(s.figures[j], change) or cues()["not_the_current"].search(_gap(doc, s, j)) \
            or cues()["prior"].search(_gap(doc, s, j)) or SPAN_PERIOD.search(s.figures[j].period):
        return None     # (与上年同期的110374万元相比，减收…: the year before; 超收10151万元，同比增收…: another change;
                        # 2022、2023年度合计13,175.25万元，2023年度比2022年度增加918.35万元: the years', no one year's)
    return s.figures[j]


def _closing_the_sentence_before(doc: Document, s: Sentence, k: int) -> Figure | None:
    """2024年度收入、支出总计均为780.93万元。与2023年度相比，…各减少135.35万元，下降17.33%: a change that opens its
    sentence with the year it compares with is of the amount that closes the sentence before, in its paragraph."""
    change = s.figures[k]
    if k or change.kind == "percent" or not cues()["compared_with"].match(doc.norm, s.start, change.start):
        return None
    before = figures_between(doc, line_start(doc, s.start), s.start)
    last = before[-1] if before else None
    # (…县级资金2,315万元。与上年相比，中央资金增加2,180万元，增幅7.16%: the amount of the level its clause names)
    level = level_named(doc.norm[clause_start(doc, change.start):change.start])
    if level in ONE_LEVEL and last is not None and last.fund_level != level:
        last = next((f for f in reversed(before) if f.kind == change.kind and f.fund_level == level), None)
    return last if last is not None and last.cell is None and last.kind == change.kind \
        and period_end(doc, last.end) >= period_start(doc, s.start) - 1 else None


def gap_share(doc: Document, s: Sentence, earlier: list[Sentence]) -> list[Finding]:
    """2021年，全区水平比全国平均水平低1966元，相当于全国平均水平的89.4%: the subject (16935元, stated
    earlier for the same year) over the subject plus the gap."""
    c = cues()
    out = []
    for k, pct in enumerate(s.figures):
        if pct.kind != "percent" or k == 0 or not c["share_of_named"].search(_gap(doc, s, k)):
            continue
        gap, gap_cue = s.figures[k - 1], c["gap"].search(_gap(doc, s, k - 1))
        year = c["year_in_sentence"].search(doc.norm[s.start:gap.start])
        if gap_cue is None or gap.kind != "money" or year is None:
            continue
        # the level itself, not a change of it (已达16935元，同比增加2337元)
        subject = next((f for e in reversed(earlier) if year.group(1) in doc.norm[e.start:e.end]
                        for j, f in enumerate(e.figures) if f.kind == gap.kind and f.unit == gap.unit
                        and not c["absolute_change"].search(_gap(doc, e, j))), None)
        if subject is None:
            continue
        lower = gap_cue.group("direction") in ("低", "少")
        whole = plus(subject, gap) if lower else minus(subject, gap)
        value, span = ratio_percent(subject, whole)
        out.append(percent_finding("share", pct, value, span, f"{shown(subject)}÷{shown(whole)}", "比例",
                                   [pct, subject, gap]))
    return out


def check_text(doc: Document, checked: set[int]) -> list[Finding]:
    out = []
    seen: list[Sentence] = []
    groups = sentences(doc)
    for i, s in enumerate(groups):
        out += parts_under_total(doc, s, groups[i + 1:i + 6])
        out += counts_among_amounts(doc, s)
        out += contained_in_brackets(doc, s)
        out += parts_restarted(doc, s, seen[-1] if seen else None)
        out += parts_of_an_earlier_total(doc, s, groups[i + 1:i + 6])
        out += parts_over_clauses(doc, s, groups[i + 1:i + 6])
        out += parts_after_colon(doc, s, groups[i + 1:i + 12])
        out += done_and_open(doc, s, groups[i + 1:i + 3])
        out += enumeration_with_total(doc, s)
        out += composed_of_earlier(doc, s)
        out += shares_and_rates(doc, s, checked)
        out += growth(doc, s, checked)
        out += gap_share(doc, s, seen)
        seen.append(s)
    return _shares_of_the_lists_sum(doc, out)


def _shares_of_the_lists_sum(doc: Document, findings: list[Finding]) -> list[Finding]:
    """总投资3,248.60万元，除衔接资金外…自筹…311.80万元。…1.产业…1,958.60万元，占总资金的66.69%；2.…848.20万元，占总资金的
    28.88%；3.…130.00万元，占总资金的4.43%: shares of one named whole, in one paragraph, that hold against the sum of
    their own amounts (all, or all but one: that one is the slip), more of them than against that whole, are shares of
    what the list adds up to."""
    groups: dict[int, list[Finding]] = {}
    for f in findings:
        if f.rule == "share" and len(f.figures) == 3 and f.figures[2].fact_id:
            groups.setdefault(id(f.figures[2]), []).append(f)
    for group in groups.values():
        parts = [f.figures[1] for f in group]
        if len(group) < 2 or all(f.severity == "info" for f in group) or len({id(p) for p in parts}) < len(parts) \
                or len({line_start(doc, f.figures[0].start) for f in group}) > 1:
            continue
        listed, formula = reduce(plus, parts), "+".join(shown(p) for p in parts)
        redone = []
        for f in group:
            pct, part, _ = f.figures
            value, span = ratio_percent(part, listed)
            redone.append(percent_finding("share", pct, value, span, f"{shown(part)}÷({formula})", "比例",
                                          [pct, part, *parts], "（按所列各项之和）"))
        holding = sum(f.severity == "info" for f in redone)
        if holding >= max(2, len(group) - 1) and holding > sum(f.severity == "info" for f in group):
            for old, new in zip(group, redone):
                findings[findings.index(old)] = new
    return findings
