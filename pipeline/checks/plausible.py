"""Plausibility warnings: rates above 100%, persons per household, dates out of range,
an amount restated with a slip of unit (元 vs 万元) or of rounding (a title's 1.77亿元 vs 1.7763亿元), or restated as
the one just stated (这笔565万元 after 555万元)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from decimal import Decimal
from functools import cache

import patterns

from extractors import regexp
from extractors.context import AS_OF
from extractors.fields import first_sent
from extractors.labels import content_words, named_most_alike, tokenizer
from extractors.model import Document, Figure, Finding
from extractors.sentences import clause_end, clause_start, line_start, sentence_end, sentence_start

from .bases import generic_words
from .canonical import OTHER_SCOPE
from .findings import CONTRADICTION, amount, finding, number, roughly, shown, verdict
from .rounding import interval, significant_digits, total, truncated_to
from .text import COUNTED_ALIKE, COUNTED_NOUN, cues, made_of, measure_class, sentences

_FACTORS = (10, 100, 1000, 10000)    # an amount restated in 元 and 万元 (or 亿元)

SENTENCE_END = regexp.compile(r"[。；;\n]")
CLAUSE_OR_CELL_MARK = regexp.compile(r"[\n\t|，,。；;：:、]")


def _rate_over_100(doc: Document) -> list[Finding]:
    out = []
    for f in doc.figures:
        if f.kind != "percent" or f.value <= 100 or f.unit not in ("%",):
            continue
        before = doc.norm[max(0, f.start - 12):f.start]
        if cues()["bounded_rate"].search(before) and interval(f).lo > 100:
            out.append(finding("rate_over_100", "warning", f"{f.label or '比率'}{shown(f)}超过100%，请核对。",
                               [f], f.value, Decimal(100)))
    return out


def _persons_per_household(doc: Document) -> list[Finding]:
    out = []
    for a, b in zip(doc.figures, doc.figures[1:]):
        if a.kind == b.kind == "count" and a.unit == "户" and b.unit == "人" and b.start - a.end <= 1 and a.value > 0:
            ratio = b.value / a.value
            if not Decimal(1) <= ratio <= Decimal(8):
                out.append(finding("persons_per_household", "warning",
                                   f"{shown(a)}{shown(b)}：户均{number(ratio)}人，超出常见的1至8人，请核对户数和人数。",
                                   [a, b], b.value, a.value))
    return out


def _dates(doc: Document) -> list[Finding]:
    out = []
    if not doc.report_date:
        return out
    for f in doc.figures:
        if f.kind != "date" or len(f.value) < 10 or f.value <= doc.report_date:
            continue
        m = SENTENCE_END.search(doc.norm, f.end)
        sentence = doc.norm[max(0, f.start - 30):m.start() if m else f.end + 30]
        if cues()["future"].search(sentence):
            continue
        out.append(finding("date_after_report", "warning", f"日期{shown(f)}晚于报告日期{doc.report_date}，请核对。", [f]))
    return out


def _restatements(doc: Document) -> list[Finding]:
    """The same amount stated twice: with a factor of 10 to 10000 between (unit slip), or with
    a headline rounding that its interval does not cover (1.77亿元 against 1.7763亿元)."""
    out = []
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None and f.value > 0]
    title_end = doc.title_end
    seen = set()
    first_restating = _first_restating(doc, money)
    for i, a in enumerate(money):
        # every later amount for one in the title; for any other, those a unit slip can be (looked up, not paired)
        for b in (money[j] for j in (range(i + 1, len(money)) if a.start < title_end else first_restating(i, a))):
            key = (a.value, b.value)
            if key in seen:
                continue
            big, small = (a, b) if a.value >= b.value else (b, a)
            factor = big.value / small.value
            shared = content_words(a.label) & content_words(b.label)
            per_unit = cues()["per_unit"].search(doc.norm[clause_start(doc, small.start):small.start])
            apart = a.fund_level and b.fund_level and a.fund_level != b.fund_level \
                or a.period.isdigit() and b.period.isdigit() and a.period != b.period
            if factor in _FACTORS and shared and big.scale != small.scale and not per_unit and not apart:
                # (县级…1000万元 beside 省级资金中…补助资金1亿元, or 2020年…1亿元: two levels' or years' funds, no slip)
                # not 1200万元 and 120万 (one unit), nor 单个电站每年收益4500元 and the 450万元 of all of them
                seen.add(key)
                out.append(finding("unit_slip", "warning",
                                   f"“{'、'.join(sorted(shared))}”先后写作{shown(a)}和{shown(b)}，相差{number(factor, 0)}倍，"
                                   f"疑为元与万元混用，请核对。", [b, a], b.value, a.value))
            elif a.start < title_end <= b.start and a.decimals < b.decimals and a.value != b.value \
                    and abs(a.value - b.value) <= b.value / 100 and not interval(a).overlaps(interval(b)):
                seen.add(key)
                out.append(finding("same_figure_differs", "warning",
                                   f"标题中的{shown(a)}与正文的{shown(b)}应为同一笔资金，但{shown(b)}四舍五入后不是{shown(a)}"
                                   f"（疑为截断），请核对。", [a, b], a.value, b.value))
    return out


def _title_rates(doc: Document) -> list[Finding]:
    """A headline's rate restated in the body with another value (标题 9月底资金拨付率达85.6% … 正文 截至9月底…
    拨付率已达86.5%): the same rate of the same date, by its measure and the words of its label; and a headline's
    count of projects against the first the body states (标题 …51个项目 … 正文 对应项目55个)."""
    rates = [f for f in doc.figures if f.kind == "percent" and f.cell is None and f.measure in ("rate", "share")]
    out = []
    for a in (f for f in rates if f.start < doc.title_end):
        words = content_words(a.label)
        for b in (f for f in rates if f.start >= doc.title_end):
            if b.measure == a.measure and words and words <= content_words(b.label) \
                    and a.period.removeprefix(AS_OF) == b.period.removeprefix(AS_OF) \
                    and not interval(a).overlaps(interval(b)):
                out.append(finding("same_figure_differs", "warning",
                                   f"标题中的{a.label}{shown(a)}与正文的{shown(b)}应为同一比率，数值不同，请核对。",
                                   [a, b], a.value, b.value))
                break
    out += _title_amounts(doc)
    projects = [f for f in doc.figures if f.kind == "count" and f.cell is None and f.measure == "projects"
                and not f.scope and not f.qualifier]
    headline = [f for f in projects if f.start < doc.title_end]
    body = [f for f in projects if f.start >= doc.title_end]
    if len(headline) == 1 and body and body[0].unit == headline[0].unit and body[0].value != headline[0].value:
        a, b = headline[0], body[0]
        out.append(finding("same_figure_differs", "warning",
                           f"标题中的项目数{shown(a)}与正文首次写出的{shown(b)}不同，请核对。", [a, b], a.value, b.value))
    return out


TITLE_NAME = 4      # characters the body's name of an amount must share with the end of the headline's
LABEL_NAME = 3      # …and with the amount's own name before it, named in full (总投资; not 投资 alone)


def _starts_a_word(text: str, at: int) -> bool:
    """项目|总投资 at 2, but not 河南省|濮阳县|投资 at 5 (县投资 shares a place's last character)."""
    starts, n = {0}, 0
    for word in tokenizer().lcut(text, HMM=False):
        n += len(word)
        starts.add(n)
    return at in starts


def _title_amounts(doc: Document) -> list[Finding]:
    """1050 万元！和县获省级乡村振兴奖励资金 … 正文 两县各获得省级奖励资金1500万元: a headline's amount against the
    body's amounts named as the headline names it (the words that end both, after the amount; or all the words
    before it: （全年计划安排财政扶贫资金10.1亿元）), where they are all one value."""
    out = []
    body_money = [f for f in doc.figures if f.kind == "money" and f.cell is None and f.start >= doc.title_end
                  and not f.qualifier]
    for a in (f for f in doc.figures if f.kind == "money" and f.start < doc.title_end):
        best, body = named_most_alike(doc.norm[a.end:doc.title_end].strip(), body_money)
        # the amount's own name before it, only where the body names it in full (a fund's name alone is shared by many)
        named, stated = named_most_alike(a.label, body_money)
        in_full = named == len(a.label) or all(named == len(f.label) for f in stated)   # 项目总投资 … 总投资1322万元
        if named > best and named >= LABEL_NAME and in_full and _starts_a_word(a.label, len(a.label) - named) \
                and doc.norm[max(0, a.start - len(a.label) - 2):a.start].rstrip().endswith(a.label):
            best, body = max(named, TITLE_NAME), stated
        if best < TITLE_NAME and body_money:
            best, body = _lead_restating(doc, a, body_money)
        if best >= TITLE_NAME and len({f.value for f in body}) == 1 and not interval(a).overlaps(interval(body[0])):
            out.append(finding("same_figure_differs", "warning",
                               f"标题中的{shown(a)}与正文的{body[0].label}{shown(body[0])}应为同一笔资金，数值不同，请核对。",
                               [a, body[0]], a.value, body[0].value))
    return out


LEAD_NEAR = Decimal("0.1")      # how far apart a headline's amount and the lead's may be and still be one slip
LEAD_REACH = 120                # characters after the headline the body's first amount may open it within


def _lead_restating(doc: Document, a: Figure, body_money: list[Figure]) -> tuple[int, list[Figure]]:
    """武陟县17个农村公路项目获国省补助3200万元 … 近日，我县农村公路建设项目获得国家和省资金补助3270.6万元: the body's
    first amount, right where the body opens, named with a word of the headline's and close to its value, is the
    headline's restated (where no amount of the body is the headline's value)."""
    lead = body_money[0]
    if a.qualifier or lead.start - doc.title_end > LEAD_REACH \
            or any(interval(a).overlaps(interval(f)) for f in body_money) \
            or not content_words(a.label) & content_words(lead.label) \
            or abs(a.value - lead.value) > lead.value * LEAD_NEAR \
            or a.scale and truncated_to(lead.value / a.scale, a.decimals) * a.scale == a.value:
        return 0, []            # (58亿元 in the headline, 58.644亿元 in the body: written short, not mistaken)
    return TITLE_NAME, [lead]


def _restated_totals(doc: Document) -> list[Finding]:
    """The report's own funds stated as a whole twice with two values (共下达建设资金56万元 … 计划资金已全部到位，
    共65万元): of no named level, both said to be all of it (共/累计/全部…), of the same fund where both name one."""
    c = cues()
    wholes: list[Figure] = []
    for f in doc.figures:
        if f.kind != "money" or f.cell is not None or f.scope or f.qualifier or f.fund_level not in ("", "all") \
                or f.purpose or measure_class(f) not in ("received", "arranged") \
                or f.period not in (str(doc.year or ""), ""):
            continue        # (nor the money of one use: 全旗产业项目21个，共投入衔接资金7735.6万元)
        head = doc.norm[sentence_start(doc, f.start):f.start].lstrip()
        if head.startswith(("其中", "以上", "上述")) or c["rest"].search(doc.norm, clause_start(doc, f.start), f.start):
            continue            # 其中下达到22个深度贫困县的资金共计220.03亿元 / 其余183,952万元全部… / 以上合计857.52万元
                                # (the items above): some of the whole
        if first_sent(doc, f):
            continue            # 调整后合计8,735.5万元（年初合计8,950.5万元）: the whole before the year's changes
        if c["whole_before"].search(doc.norm[clause_start(doc, f.start):f.start]) \
                or c["whole_after"].match(doc.norm, f.end, sentence_end(doc, f.end)):
            wholes.append(f)
    # Whether two amounts are told apart depends only on how each is stated (_stated_as), so an amount stated
    # as one before it is not tried again: what follows it followed that one too, and none went with it. A
    # text that states the same total thousands of times is read in linear time.
    tried: set[tuple] = set()
    for i, a in enumerate(wholes):
        if _stated_as(a) in tried:
            continue
        tried.add(_stated_as(a))
        against: set[tuple] = set()
        for b in wholes[i + 1:]:
            if _stated_as(b) in against:
                continue
            against.add(_stated_as(b))
            # an amount arranged is compared only with one of its measure and its named fund (共统筹整合…4.1亿元 …
            # 全年累计整合资金46142.69万元); one received, with any other received of no other fund
            same = a.fund == b.fund if "arranged" in (measure_class(a), measure_class(b)) \
                else a.fund == b.fund or not a.fund or not b.fund
            if same and measure_class(a) == measure_class(b) and (a.fund or measure_class(a) == "received") \
                    and not interval(a).overlaps(interval(b)) \
                    and abs(a.value - b.value) <= OTHER_SCOPE * max(a.value, b.value) \
                    and not made_of(doc, b, a) and not made_of(doc, a, b):
                what = "到位资金" if measure_class(a) == "received" else "资金"
                return [finding("same_figure_differs", "warning",
                                f"{what}总数前后不一致：先写{shown(a)}，后写{shown(b)}；两处都说是全部资金，请核对。",
                                [b, a], b.value, a.value)]
    return []


def _stated_as(f: Figure) -> tuple:
    """All that _restated_totals reads of an amount: its measure, its fund, its value and how it is rounded."""
    return measure_class(f), f.fund, f.value, f.scale, f.decimals, f.kind


def _written_again(doc: Document) -> list[Finding]:
    """实际支出2.584271万元（即25482.71元）: an amount written again in brackets right after itself, with
    another value."""
    c = cues()
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    return [finding("same_figure_differs", "error",
                    f"{shown(a)}后括号中又写作{shown(b)}，两者不一致，相差{amount(b.value - a.value, a)}，请核对。",
                    [b, a], b.value, a.value)
            for a, b in zip(money, money[1:])
            if c["restatement"].search(doc.norm[a.end:b.start]) and not interval(a).overlaps(interval(b))
            # (8,346.20万元（8,300余万元）: a rough restatement, within its word's reach)
            and not roughly(b, a)]


@cache
def _conversions() -> dict[str, tuple[str, Decimal]]:
    """Each unit of weight, area or length: its measure's base unit and what one of it is in that unit."""
    return {unit: (base, Decimal(factor)) for unit, (base, factor) in patterns.load("units")["conversion"].items()}


def _converted(doc: Document) -> list[Finding]:
    """全年产量7000000斤，折合3800吨: a quantity written again right after itself in another unit of its measure,
    with another value (7000000斤 is 3500吨)."""
    table = _conversions()
    out = []
    for a, b in zip(doc.figures, doc.figures[1:]):
        ua, ub = table.get(a.unit.lstrip("万亿")), table.get(b.unit.lstrip("万亿"))
        if a.kind != "quantity" or b.kind != "quantity" or not ua or not ub or ua[0] != ub[0] or ua == ub \
                or not cues()["converted"].match(doc.norm[a.end:b.start]):
            continue
        factor = ua[1] / ub[1]
        value = a.value * factor
        if verdict(b, value, interval(a).scaled(factor)) == CONTRADICTION:
            out.append(finding("same_figure_differs", "error", f"{shown(a)}折合{number(value)}{b.unit}，文中写作{shown(b)}，"
                               "两者不一致，请核对。", [b, a], b.value, value, places=2))
    return out


SAME_WORDS_BEFORE = 8    # characters before a figure that, with those after it, say it is the same figure again
SAME_WORDS_AFTER = 6


def _same_words(doc: Document) -> list[Finding]:
    """完成全市2022年度13个特色精品示范村和49个… in the text and 完成全市2022年度14个特色精品示范村和49个… in a table cell:
    a figure written again in the same words around it, with another value. Looked up by its words, so a long
    text is not compared pair by pair; a warning, for the words are assumed to name one figure."""
    seen: dict[tuple, Figure] = {}
    out = []
    for f in doc.figures:
        if f.kind not in ("money", "count", "quantity") or f.start < SAME_WORDS_BEFORE:
            continue
        before = doc.norm[f.start - SAME_WORDS_BEFORE:f.start]
        after = doc.norm[f.end:f.end + SAME_WORDS_AFTER]
        if len(after) < SAME_WORDS_AFTER or not (_plain_words(before) and _plain_words(after)):
            continue
        key = (f.kind, f.unit, before, after)
        first = seen.setdefault(key, f)
        if first is f or interval(first).overlaps(interval(f)) or first.fund_level != f.fund_level \
                or first.scope != f.scope and first.cell is None and f.cell is None \
                or _sibling_items(first.section, f.section):
            continue        # a table row's place is its scope; the text it restates names none
        out.append(finding("same_figure_differs", "warning",
                           f"“{before}{shown(first)}{after}”在后文以同样的文字写作{shown(f)}，两处不一致，请核对。",
                           [first, f], first.value, f.value))
    return out


def _plain_words(text: str) -> bool:
    """Words on one line, in one clause, outside table cells: the same words around two figures then say the
    same thing."""
    return not CLAUSE_OR_CELL_MARK.search(text)


MANY = 10      # a count of projects this large beside a total names the same whole wherever it is written again


def _same_companion(doc: Document) -> list[Finding]:
    """下达…9379.5万元，其中…7560万元 … 本次共下达…9397.5万元，其中…7560万元; 55个重点项目…总投资53.3亿元 … 项目55个，
    计划投资53.8亿元: two amounts of one measure, each stated with the same part or the same count of many items,
    in two sentences, that differ. A warning: the text does not say they are the same amount."""
    c = cues()
    seen: dict[tuple, Figure] = {}
    out = []
    for s in sentences(doc):
        figures = s.figures
        for k, f in enumerate(figures):
            if f.kind != "money" or f.cell is not None or f.scope or f.qualifier:
                continue
            keys = []
            if k and figures[k - 1].kind == "count" and figures[k - 1].measure == "projects" \
                    and figures[k - 1].value >= MANY:
                keys.append(("count", figures[k - 1].unit, figures[k - 1].value))
            if k + 1 < len(figures) and figures[k + 1].kind == "money" \
                    and c["parts_intro"].search(doc.norm[f.end:figures[k + 1].start]):
                keys.append(("part", figures[k + 1].value))
            for key in keys:
                key = (*key, measure_class(f))
                first = seen.setdefault(key, f)
                if first is not f and not interval(first).overlaps(interval(f)) \
                        and sentence_start(doc, first.start) != sentence_start(doc, f.start) \
                        and not _sibling_items(first.section, f.section):
                    out.append(finding("same_figure_differs", "warning",
                                       f"{shown(first)}与{shown(f)}写在相同的{'项目数' if key[0] == 'count' else '其中部分'}旁，"
                                       f"应为同一总数，但数值不同，请核对。", [f, first], f.value, first.value))
    return out


def _sibling_items(a: str, b: str) -> bool:
    """二/（一） and 二/（三）: two items of one list (two projects, two counties), not two chapters of a report."""
    return a != b and "/" in a and a.rpartition("/")[0] == b.rpartition("/")[0]


REFERENCE_WORDS = 12       # characters of 上述中央资金 before the amount it names
LOOK_BACK = 200            # amounts before it that a reference back may restate
PARAGRAPHS_BACK = 600      # characters before its paragraph an amount referred back to may stand


def _referred_back(doc: Document) -> list[Finding]:
    """这笔565万元 after 下达…555万元 in the same paragraph (or, where it has none, in the paragraphs just before it:
    …争取到的国家扶持资金达到12368万元。 / … / 这笔1.3亿元国家扶持资金由以下几部分构成; 将上述中央资金2.8亿元全额下达…):
    the text says it is the amount just stated. It is none where it equals any amount before it there, or the sum
    of the amounts of the sentence before it (甲200万元、乙355万元，上述555万元…)."""
    out = []
    c = cues()
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    starts = [f.start for f in money]
    for i, f in enumerate(money):
        if not i or not c["restates_previous"].search(doc.norm, max(0, f.start - REFERENCE_WORDS), f.start):
            continue
        paragraph_start = line_start(doc, f.start)
        before = money[bisect_left(starts, paragraph_start):i] \
            or [g for g in money[bisect_left(starts, paragraph_start - PARAGRAPHS_BACK):i] if g.start >= doc.title_end]
        if not before or any(interval(g).overlaps(interval(f)) for g in before) \
                or any(g.value == f.value for g in money[max(0, i - LOOK_BACK):i]):
            continue        # (…未计入上述18642.5万元: the very amount a paragraph before states, whatever this one's)
        previous = before[-1]
        if measure_class(f) and measure_class(previous) and measure_class(f) != measure_class(previous):
            continue        # 上述项目累计支付资金280.77万元 after …安排资金112万元: what was done with them, no restatement
        sentence = [g for g in before if g.start >= sentence_start(doc, previous.start)]
        if any(total(sentence[k:])[1].overlaps(interval(f)) for k in range(len(sentence))):
            continue
        # (其中8.87万元调剂用于…；…节余8.34万元同样调剂用于…。…其中包含上述调剂资金17.21万元: the amounts its words name)
        named = c["referred_noun"].search(doc.norm, max(0, f.start - REFERENCE_WORDS), f.start)
        alike = [g for g in before if named and named.group(1) in doc.norm[g.end:clause_end(doc, g.end)]
                 + doc.norm[clause_start(doc, g.start):g.start]]
        if len(alike) >= 2 and total(alike)[1].overlaps(interval(f)) or named and not alike:
            continue        # (…2个村级项目因选址变更迟迟未能开工。…收回上述项目资金135万元: of the projects, stated nowhere)
        out.append(finding("same_figure_differs", "error",
                           f"“{doc.norm[max(0, f.start - 2):f.start]}{f.text}”指前文的{shown(previous)}，两处数字不一致，"
                           f"相差{amount(f.value - previous.value, previous)}，请核对。", [f, previous], f.value, previous.value))
    return out


def _batch_in_full(doc: Document) -> list[Finding]:
    """现将…补助资金175万元下达给你们 … 本次资金全部用于扶持脱贫人口发展生产，共计安排157万元: the amount said to be all
    of this batch against the amount the notice hands down."""
    c = cues()
    if not c["notice_word"].search(doc.norm):
        return []
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None and f.start >= doc.title_end]
    handed = next((f for f in money if c["notice_amount"].search(doc.norm, sentence_start(doc, f.start), f.start)), None)
    if handed is None:
        return []
    for f in money:
        if f.start > handed.end and c["whole_batch"].match(doc.norm, sentence_start(doc, f.start), f.start) \
                and not interval(f).overlaps(interval(handed)):
            return [finding("same_figure_differs", "error",
                            f"本次资金全部共{shown(f)}，与通知下达的{shown(handed)}不一致，相差{amount(f.value - handed.value, f)}，"
                            f"请核对。", [f, handed], f.value, handed.value)]
    return []


def _told_apart(a: Figure, b: Figure) -> bool:
    """Two amounts their contexts say are of different things: of two places or batches, or of two uses, or one of a
    place or batch and the other of a use (用于基础设施建设的资金52,316.8万元 and the row 原州区 | 52,318.6; 内财农〔2023〕
    301号下达2,105万元 and 用于就业帮扶…等2,015万元)."""
    item_a, item_b = (f.scope if f.scope.startswith(("地:", "批:")) else "" for f in (a, b))
    if item_a and item_b:
        return item_a != item_b
    if a.purpose and b.purpose:
        return a.purpose != b.purpose
    return bool(item_a and b.purpose or item_b and a.purpose)


MIN_DIGITS = 4     # below this, two amounts with swapped digits (12 and 21万元) are too often simply two amounts…
MIN_COUNT_DIGITS = 2    # …unless named alike (长期闲置的6.23亿元 … 6.32亿元; 34个县 … 43个县), one digit shorter for amounts


def _transposed(doc: Document) -> list[Finding]:
    """9379.5万元 in one place and 9397.5万元 in another: two amounts of one magnitude whose digits differ only by
    two neighbours swapped, the commonest slip of a typist; also two counts of the same things in words alike
    (参与对甘肃省34个县 … 共参与对甘肃省43个县). A warning: that they are one figure is assumed. Every figure is
    looked up by its swapped forms, so a long text is not compared pair by pair."""
    seen: dict[tuple, Figure] = {}
    out, reported = [], set()
    for f in doc.figures:
        if f.kind not in ("money", "count") or f.value <= 0:
            continue
        magnitude, digits = significant_digits(f.value)
        least = MIN_DIGITS - 1 if f.kind == "money" else MIN_COUNT_DIGITS
        if len(digits) < least:
            continue
        # a count is looked up with its unit, and a short one with the character after it too (甲林场21个 … “优”12个
        # are two lists' items); a long one may name what it counts before or after it (设置公益岗位2924个 … 2942个公益岗位)
        unit = min(COUNTED_ALIKE.get(f.unit, {f.unit}))     # 43930名 … 已脱贫人口（人） | 43390
        key = (f.kind,) if f.kind == "money" else (f.kind, unit) if len(digits) >= MIN_DIGITS \
            else (f.kind, unit, doc.norm[f.end:f.end + 1])
        seen.setdefault((*key, magnitude, digits), f)
        padded = digits + "0"
        for i in range(len(digits)):
            if padded[i] == padded[i + 1]:
                continue
            swapped = (padded[:i] + padded[i + 1] + padded[i] + padded[i + 2:]).rstrip("0")
            first = seen.get((*key, magnitude, swapped))
            if first is None or len(swapped) < least or (first.value, f.value) in reported \
                    or (f.kind == "count" or len(digits) < MIN_DIGITS) and not _alike(doc, first, f) \
                    or first.cell is None and f.cell is None \
                    and line_start(doc, first.start) == line_start(doc, f.start) \
                    or _told_apart(first, f):
                continue        # 甲林场21个，乙林场12个: two items of one paragraph's list
            reported.add((first.value, f.value))
            what = "同一笔资金" if f.kind == "money" else "同一数字"
            out.append(finding("same_figure_differs", "warning",
                               f"{shown(first)}与{shown(f)}的数字只有相邻两位互换，疑为{what}的笔误，请核对。",
                               [f, first], f.value, first.value))
    return out


def _alike(doc: Document, a: Figure, b: Figure) -> bool:
    """Two counts of one scope, not of two items of one list, whose labels and counted nouns share at least two
    words that are not the report's everyday ones (计划建设1092个光伏电站 … 全县1029个光伏电站)."""
    def named(f: Figure) -> str:
        noun = COUNTED_NOUN.match(doc.norm, f.end)
        header = f.column_header if f.cell is not None else ""      # a cell's row and column
        return " ".join((f.label, header, noun.group() if noun else ""))
    # four digits or more swapped are rarely two counts by chance: one word in common is enough (实施项目1343个 …
    # 实施的项目共1334个); a word of one written inside the other's counts too (实现脱贫的贫困人口 … 已脱贫人口)
    shared = 1 if a.kind == "count" and len(significant_digits(a.value)[1]) >= MIN_DIGITS else 2
    names = named(a), named(b)
    words = content_words(names[0]) - generic_words(), content_words(names[1]) - generic_words()
    common = set(words[0] & words[1]) | {w for w in words[0] if w in names[1]} | {w for w in words[1] if w in names[0]}
    if a.kind == "count" and len(a.label) >= 2 and a.label[-2:] == b.label[-2:]:
        common.add(a.label[-2:])    # (各地共实施衔接资金项目743个 … 年度实施项目734个: both count what they end in)
    return a.scope == b.scope and not _sibling_items(a.section, b.section) and len(common) >= shared


def _first_restating(doc: Document, money: list[Figure]) -> Callable[[int, Figure], list[int]]:
    """For the amount at i, the first later amount of each value a factor of 10 to 10000 away that it can be a
    unit slip of: a word of their labels in common, another scale, the smaller not a price per unit
    (_restatements' test). Looked up by value, word and scale, so that a long text stating the same amounts
    thousands of times is not compared pair by pair."""
    at_value: dict[Decimal, list[int]] = {}
    for j, f in enumerate(money):
        at_value.setdefault(f.value, []).append(j)
    per_unit_at: dict[int, bool] = {}
    by_words: dict[Decimal, dict[tuple, list[int]]] = {}
    scales: dict[Decimal, set[Decimal]] = {}

    def per_unit(j: int) -> bool:
        if j not in per_unit_at:
            f = money[j]
            per_unit_at[j] = bool(cues()["per_unit"].search(doc.norm[clause_start(doc, f.start):f.start]))
        return per_unit_at[j]

    def indexed(value: Decimal) -> dict[tuple, list[int]]:
        if value not in by_words:
            by_words[value], scales[value] = {}, {money[j].scale for j in at_value[value]}
            for j in at_value[value]:
                for word in content_words(money[j].label):
                    by_words[value].setdefault((word, money[j].scale, per_unit(j)), []).append(j)
        return by_words[value]

    def first(i: int, a: Figure) -> list[int]:
        words, found = content_words(a.label), []
        for value in {a.value * k for k in _FACTORS} | {a.value / k for k in _FACTORS}:
            if value not in at_value or not words or value > a.value and per_unit(i):
                continue
            groups = indexed(value)
            later = [js[k] for word in words for scale in scales[value] if scale != a.scale
                     for priced in ((False,) if value < a.value else (False, True))
                     if (js := groups.get((word, scale, priced))) and (k := bisect_right(js, i)) < len(js)]
            if later:
                found.append(min(later))
        return sorted(found)
    return first


def check_plausible(doc: Document) -> list[Finding]:
    return _rate_over_100(doc) + _persons_per_household(doc) + _dates(doc) + _restatements(doc) + _title_rates(doc) \
        + _restated_totals(doc) + _referred_back(doc) + _written_again(doc) + _converted(doc) + _same_companion(doc) \
        + _transposed(doc) + _same_words(doc) + _batch_in_full(doc)
