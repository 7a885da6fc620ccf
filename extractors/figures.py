"""Find every figure in a document's text with one scan of compiled patterns.

The vocabulary (units, multipliers, qualifiers, masks) is data in patterns/;
this module only composes it into regular expressions, once per process.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

import patterns

from . import regexp
from .model import YEAR_END_UNIT, Document, Figure
from .numbers import chinese_characters, parse_number, small_int, year_of
from .sentences import Spans, clause_start, sentence_start
from .wordlist import longest_first


@dataclass(frozen=True)
class Unit:
    name: str
    kind: str
    scale: Decimal
    requires_before: regexp.Pattern | None
    requires_after: regexp.Pattern | None
    or_before: regexp.Pattern | None
    not_followed_by: regexp.Pattern | None
    arabic_only: bool
    below: Decimal | None = None        # counts of this unit are smaller (超过2年, never 超过2021年)


def _alternation(words) -> str:
    return longest_first(set(words))


@dataclass(frozen=True)
class Scanner:
    figure: regexp.Pattern
    date: regexp.Pattern
    day_range_end: regexp.Pattern
    masks: tuple[tuple[str, regexp.Pattern, frozenset[str] | None], ...]     # (name, pattern, what it needs)
    units: dict
    multipliers: dict
    money_context: regexp.Pattern
    persons_after: regexp.Pattern
    persons_before: regexp.Pattern
    households_after: regexp.Pattern
    fixed: tuple
    lone_numerals: frozenset
    lone_one_counted: frozenset
    noun_before: regexp.Pattern
    bare: tuple
    list_item: regexp.Pattern
    run_in_unit_lead: regexp.Pattern
    run_in_unit_item: regexp.Pattern
    run_in_list_line: regexp.Pattern
    amount_in_lead: regexp.Pattern
    list_number: regexp.Pattern
    place_values: dict


@cache
def scanner() -> Scanner:
    numbers, unit_data, masks = patterns.load("numbers"), patterns.load("units"), patterns.load("not_figures")
    units: dict[str, Unit] = {}
    for entry in unit_data["unit"]:
        for name in entry["names"]:
            after = entry.get("requires_after")
            after = after.get(name) if isinstance(after, dict) else after
            units[name] = Unit(
                name, entry["kind"], Decimal(entry.get("scale", "1")),
                regexp.compile(entry["requires_before"]) if entry.get("requires_before") else None,
                regexp.compile(after) if after else None,
                regexp.compile(entry["or_before"]) if entry.get("or_before") else None,
                regexp.compile(entry["not_followed_by"]) if entry.get("not_followed_by") else None,
                entry.get("arabic_only", False),
                Decimal(str(entry["below"])) if "below" in entry else None,
            )
    cn = regex.escape(chinese_characters())
    SP = r"[ \u3000]*"   # spaces inside a figure, never a tab (table cells)
    WRAP = r"[ \u3000]*\n?[ \u3000]*"   # a hard-wrapped line may put the unit on the next line
    # 10 851.8万元: groups of three digits set apart by a space, right after a word (序号 1 500万元 stays 500)
    arabic = r"(?:\d{1,3}(?:[,，]\d{3})+|(?<![\d\s])\d{1,3}(?:[ \u2009\u202f]\d{3})+(?!\d)|\d+)(?:[ \u3000]?\.[ \u3000]?\d+)?"
    chinese = rf"[{cn}]{{1,24}}(?:点[零〇一二三四五六七八九]{{1,12}})?"   # bounded: linear time on a run of numerals
    number = rf"(?:{arabic}|{chinese})"
    quals = unit_data["qualifiers"]
    separators = _alternation(numbers["range_separators"])
    multipliers = _alternation(numbers["multipliers"])
    first_chars = regex.escape("".join(sorted({q[0] for q in quals["before"]} | {"百"})) + chinese_characters())
    included = _alternation(numbers["bound_included"])
    digit = rf"\d|[{regex.escape(numbers['chinese_digits'])}]"
    figure = (
        rf"(?=[\d{first_chars}])"     # a figure starts with a digit, a numeral or a qualifier: skip the rest fast
        rf"(?P<qb>{_alternation(quals['before'])})?{SP}"
        rf"(?:(?P<pct>百分之)(?P<pnum>{number})"
        # 1万(含)-5万元: a first bound with its own multiplier, the same as the second's
        rf"|(?<![\d.])(?P<num>{number})(?:{SP}(?P<mult1>{multipliers})?{SP}(?:{included})?{SP}"
        rf"(?P<sep>(?:{separators}){{1,2}}){SP}(?P<num2>{number}))?"
        rf"{WRAP}(?P<approx>余|多)?{SP}(?(mult1)(?=(?P=mult1)))"
        rf"(?:(?:(?P<mult>{multipliers}){WRAP}(?P<approx2>余|多)?{SP})?(?P<unit>{_alternation(units)})"
        # 123元1角1分: 角 and 分 only right after 元 (得分95分 stays a score)
        rf"(?(mult)|(?:(?<=(?<!千)[元圆])(?P<jiao>{digit})角)?(?:(?<=(?<!千)[元圆角])零?(?P<fen>{digit})分)?)"
        rf"|(?P<bare>{multipliers})))"      # a number with no unit is no figure: the scan skips it
        rf"{SP}(?:{included})?(?P<qa>{_alternation(q for q in quals['after'] if q not in ('余', '多'))})?"
    )
    cn_month = r"十[一二]?|[一二三四五六七八九]"
    cn_day = r"[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
    date = (
        r"(?=[\d〇零○一二三四五六七八九十次明下])(?:"    # a date starts with one of these: re skips the rest fast
        rf"(?P<y>\d{{4}}|[〇零○一二三四五六七八九]{{4}})\s*年\s*(?P<m>\d{{1,2}}|{cn_month})\s*月"
        rf"(?:\s*(?P<d>\d{{1,2}}|{cn_day})\s*[日号]|(?P<end>底|末))?"
        rf"|(?<![\d年])(?P<y4>(?:19|20)\d{{2}}|[〇零○一二三四五六七八九]{{4}})\s*年\s*(?:底|末)(?!期)"     # 2019年底: its December
        rf"|(?<!\d)(?P<y3>(?:19|20)\d{{2}})(?P<sep>[.\-/])(?P<m3>\d{{1,2}})(?P=sep)(?P<d3>\d{{1,2}})(?![\d.])"
        rf"|(?P<next>次年|明年|下年)?(?<![\d一二三四五六七八九十])(?P<m2>\d{{1,2}}|{cn_month})\s*月\s*"
        rf"(?:(?P<d2>\d{{1,2}}|{cn_day})\s*[日号]|(?P<end2>底|末)))"
    )
    # 2022年12月6日至8日: the end of a range of days in one month
    day_range_end = rf"\s*(?:至|到|-|—|–|~|～)\s*(?P<d>\d{{1,2}}|{cn_day})\s*[日号]"
    return Scanner(
        figure=regexp.compile(figure),
        date=regexp.compile(date),
        day_range_end=regexp.compile(day_range_end),
        masks=tuple((m["name"], regexp.compile(m["pattern"], long_text=True), regexp.needs(m["pattern"]))
                    for m in masks["mask"]) + _place_name_mask(),
        units=units,
        multipliers={k: Decimal(v) for k, v in numbers["multipliers"].items()},
        money_context=regexp.compile(unit_data["bare_multiplier_money_context"]),
        fixed=tuple((regexp.compile(f["pattern"]), f) for f in unit_data.get("fixed", [])),
        lone_numerals=frozenset(numbers["lone_numerals_not_figures"]),
        lone_one_counted=frozenset(numbers["lone_one_counted"]),
        # 新建晾晒房一座，: a count written after its noun and closing the clause ("一座城市", "一个目标" are "a")
        noun_before=regexp.compile(r"\p{Han}(?<![" + regex.escape(numbers["lone_one_not_after"]) + "])"),
        bare=tuple((regexp.compile(b["pattern"]), b) for b in unit_data.get("bare", [])),
        list_item=regexp.compile(unit_data["bare_multiplier_list_item"]),
        run_in_unit_lead=regexp.compile(unit_data["run_in_unit_lead"]),
        run_in_unit_item=regexp.compile(unit_data["run_in_unit_item"]),
        run_in_list_line=regexp.compile(unit_data["run_in_list_line"]),
        persons_after=regexp.compile(unit_data["bare_multiplier_persons"]),
        persons_before=regexp.compile(unit_data["bare_multiplier_persons_before"]),
        households_after=regexp.compile(unit_data["bare_multiplier_households"]),
        amount_in_lead=regexp.compile(unit_data["amount_in_lead"]),
        list_number=regexp.compile(unit_data["list_number"]),
        place_values={k: Decimal(v) for k, v in numbers["place_values"].items()},
    )


PLACE_SUFFIX = regexp.compile(r"(?:市|县|区|旗)$")


@cache
def _place_names() -> frozenset[str]:
    """Counties and cities as written in full (海口市) and without their suffix (海口)."""
    names = set()
    for row in patterns.load_rows("admin_divisions"):
        if row["level"] != "province":
            names.add(row["name"])
            short = PLACE_SUFFIX.sub("", row["name"])
            if len(short) >= 2:
                names.add(short)
    return frozenset(names)


def _place_name_mask() -> tuple[tuple[str, regexp.Pattern, frozenset[str] | None], ...]:
    """Counties and cities whose names hold numerals (七台河市, 三台县, 五家渠市) are no counts; so are their
    names without the suffix where those are long enough not to be a plain count (七台河, not 三台)."""
    numerals = set(chinese_characters())
    names = {name for name in _place_names() if numerals & set(name) and (PLACE_SUFFIX.search(name) or len(name) >= 3)}
    if not names:
        return ()
    pattern = _alternation(names)
    return (("admin_place_name", regexp.compile(pattern, long_text=True), regexp.needs(pattern)),)


NEGATIVE = regexp.compile(r"[^\d\s\-－−—～~.]?[-－−]$")    # a minus sign after a word, not between two numbers
NOUN_REACH = 12        # characters between 万 alone and the persons or households it counts (35.3万建档立卡贫困人口)
WORD_GOES_ON = regexp.compile(r"\p{Han}")
CLAUSE_CLOSES = regexp.compile(r"[，,。；;、\n]|$")
BARE_YEAR = regexp.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|度)")   # 2024年，… but not 2024年6月 or 2024年度
THIS_YEAR = regexp.compile(r"(?:今年|本年度?|当年)\s*$")
DATE_RANGE = regexp.compile(r"\s*(?:至|到|-|—|–|~|～)\s*")


YEAR_OPENING_HEADING = regexp.compile(r"\s*((?:19|20)\d{2})\s*年度?(?!\s*\d{1,2}\s*月|\s*(?:以来|起|至|到|—))")


def _heading_year(doc: Document, offset: int) -> int | None:
    """The year the innermost heading around offset opens with, for a date that names none ((二)2024年上半年资金。
    截至6月30日，… in a report on 2023 and the half-year after)."""
    section = doc.section_at(offset)
    m = YEAR_OPENING_HEADING.match(section.title) if section is not None else None
    return int(m.group(1)) if m else None


def _dates(doc: Document, year: int | None) -> list[Figure]:
    out: list[Figure] = []
    for m in scanner().date.finditer(doc.norm):
        previous = out[-1] if out and out[-1].value else None
        if m.group("y"):
            y = year_of(m.group("y"))
            month, day, end = m.group("m"), m.group("d"), m.group("end")
        elif m.group("y4"):
            y, month, day, end = year_of(m.group("y4")), "12", None, "底"
        elif m.group("y3"):
            y, month, day, end = int(m.group("y3")), m.group("m3"), m.group("d3"), None
        else:
            if year is None:
                continue
            named = BARE_YEAR.findall(doc.norm, sentence_start(doc, m.start()), m.start())
            if THIS_YEAR.search(doc.norm, max(0, m.start() - 4), m.start()):
                named = []          # 自2016年以来至今年8月底: the report's year, not the one named before
            y = (int(named[-1]) if named else _heading_year(doc, m.start()) or year) + (1 if m.group("next") else 0)
            if previous and (DATE_RANGE.fullmatch(doc.norm[previous.end:m.start()])
                             or previous.start >= sentence_start(doc, m.start()) and not m.group("next")
                             and not BARE_YEAR.search(doc.norm, previous.end, m.start())):
                y = int(previous.value[:4])          # 2025年1月6日至1月10日; 于2019年1月14日启动，至2月22日结束
            month, day, end = m.group("m2"), m.group("d2"), m.group("end2")
        month_n = small_int(month)
        if not 1 <= month_n <= 12:
            continue
        if day:
            day_n = small_int(day)
            if not 1 <= day_n <= 31:
                continue
            value = f"{y:04d}-{month_n:02d}-{day_n:02d}"
        elif end:
            value = f"{y:04d}-{month_n:02d}"
        else:
            # a year and month with no day is only a period (2021年8月), not a dated fact; kept (valueless)
            # so that its 8月 is not read again as a count or a month-day
            out.append(Figure("date", "", "", m.group(), m.start(), m.end()))
            continue
        start = m.start("next") if m.group("next") else m.start()
        unit = "日" if day else YEAR_END_UNIT if m.group("y4") else "月"
        out.append(Figure("date", value, unit, doc.text[start:m.end()], start, m.end()))
        last_day = scanner().day_range_end.match(doc.norm, m.end()) if day else None
        if last_day and day_n < small_int(last_day.group("d")) <= 31:
            s, e = last_day.start("d"), last_day.end()
            out.append(Figure("date", f"{value[:8]}{small_int(last_day.group('d')):02d}", "日", doc.text[s:e], s, e))
    return out


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with heading numbers blanked (same length): 3.15个村 reads as item 3 and 15个村."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "\x00" * (end - start)
    return "".join(chars)


def _masked(doc: Document, spans: list[tuple[int, int]]) -> Spans:
    masked = list(spans)
    for _, pattern, needs in scanner().masks:
        if needs is None or any(c in doc.norm for c in needs):
            masked.extend(m.span() for m in pattern.finditer(doc.norm))
    return Spans(masked)


def scan_figures(doc: Document, masked_spans: list[tuple[int, int]]) -> list[Figure]:
    """All figures of the text, in document order; masked spans (heading numbers) are skipped."""
    sc = scanner()
    norm = doc.norm
    masks = _masked(doc, masked_spans)
    dates = _dates(doc, doc.year)
    date_spans = Spans((d.start, d.end) for d in dates)
    figures = [d for d in dates if d.value and not masks.overlaps(d.start, d.end)]
    scanned = _blank(norm, masked_spans)
    for m in sc.figure.finditer(scanned):
        if date_spans.overlaps(m.start(), m.end()):
            continue
        figures.extend(_figures_of_match(doc, m, masks))
    taken = Spans([(f.start, f.end) for f in figures])
    for pattern, bare in sc.bare:
        for m in pattern.finditer(norm):
            if not (taken.overlaps(m.start("num"), m.end("num")) or masks.overlaps(m.start("num"), m.end("num"))):
                figures.append(_bare_figure(doc, m, bare))
    figures += _run_in_list(doc, taken, masks)
    for pattern, fixed in sc.fixed:
        for m in pattern.finditer(norm):
            figures.append(Figure(fixed["kind"], Decimal(fixed["value"]), fixed["unit"], doc.text[m.start():m.end()],
                                  m.start(), m.end()))
    figures.sort(key=lambda f: f.start)
    return figures


def _figures_of_match(doc: Document, m: regexp.Match, masks) -> list[Figure]:
    sc = scanner()
    norm = doc.norm
    group = next((g for g in ("qb", "qa", "approx", "approx2") if m.group(g)), None)
    qualifier = doc.text[m.start(group):m.end(group)].strip() if group else ""     # as written: ＞ stays ＞
    if m.group("pct"):
        start, end = m.start("pct"), m.end("pnum")
        written = m.group("pnum")
        try:
            value, decimals = parse_number("一" + written if written[0] == "百" else written)   # 百分之百
        except ValueError:
            return []
        return [Figure("percent", value, "%", doc.text[start:end], start, end, qualifier=qualifier, decimals=decimals)]
    unit_name, mult = m.group("unit"), m.group("mult") or m.group("bare")
    num_text = m.group("num")
    start = m.start("num")
    end = m.end("unit") if unit_name else m.end("bare")
    if m.group("fen") or m.group("jiao"):
        end = (m.end("fen") if m.group("fen") else m.end("jiao")) + 1       # the 分 or 角 itself
    if masks.overlaps(start, end):
        return []
    if "\n" in norm[start:end] and WORD_GOES_ON.match(norm, end):
        return []       # 15 ⏎ 项目管理: the next line starts a word, it holds no unit
    after = norm[end:end + 6]
    scale = sc.multipliers[mult] if mult else Decimal(1)
    if unit_name:
        unit = sc.units[unit_name]
        if unit.requires_before and not unit.requires_before.search(norm[max(0, start - 8):start]):
            return []
        if unit.requires_after and not unit.requires_after.search(after) and not (
                unit.or_before and unit.or_before.search(norm[max(0, start - 8):start])):
            return []
        if unit.not_followed_by and unit.not_followed_by.search(after):
            return []
        if unit.arabic_only and not num_text[0].isdigit():
            return []
        kind, scale = unit.kind, scale * unit.scale
        written_unit = (mult or "") + unit_name
    elif sc.persons_after.match(norm, end, end + NOUN_REACH) or sc.persons_before.search(norm, max(0, start - NOUN_REACH),
                                                                                          start):
        kind, written_unit = "count", mult + "人"      # 25万农村群众, 受益贫困人口26万: the persons it counts
    elif sc.households_after.match(norm, end, end + NOUN_REACH):
        kind, written_unit = "count", mult + "户"      # 7万余贫困户
    else:
        # 万 or 亿 alone: money where the clause speaks of money, or in a list of places under a lead that does
        if not (sc.money_context.search(_clause_before(doc, start)) or _money_list_item(doc, start)):
            return []
        kind, written_unit = "money", mult
    if kind == "percent" and (mult or unit_name not in ("%", "‰", "个百分点", "百分点")):
        return []
    numbers = [(num_text, m.start("num"), m.end("mult1") if m.group("mult1") else m.end("num"))]
    if m.group("num2"):
        numbers.append((m.group("num2"), m.start("num2"), m.end("num2")))
    parsed = []
    # 超过百亿元, 千万元, 超亿元: a magnitude with its unit; not 每百元, nor 千万工程 or 千万不能 (no unit); 亿 alone
    # only after a qualifier (亿元以上项目 names a class of projects; 万元大关 is a fixed figure in units.toml).
    # Other kinds only when approximate: 千余人, 近百户 (百户 and 千村 alone are names more often than counts).
    approximate = bool(m.group("qb") or m.group("approx") or m.group("approx2"))
    magnitude_only = (unit_name is not None and norm[start - 1:start] != "每" and kind in ("money", "count", "quantity")
                      and (approximate or (kind == "money" and num_text[0] != "亿")))
    for text, _, _ in numbers:
        if text in sc.lone_numerals and not (unit_name in sc.lone_one_counted and start
                                             and sc.noun_before.match(norm, start - 1) and CLAUSE_CLOSES.match(norm, end)):
            return []
        number = _parse(text, magnitude_only)
        if number is None or unit_name and sc.units[unit_name].below is not None \
                and number[0] >= sc.units[unit_name].below:
            return []
        parsed.append(number)
    place = ""
    if len(numbers) == 2:
        place, parsed[0] = _shared_place_value(numbers[0][0], numbers[1][0], parsed[0], parsed[1][0])
    out = []
    for i, ((text, n_start, n_end), (value, decimals)) in enumerate(zip(numbers, parsed)):
        last = text[-1] if i or not place else place
        if not text[0].isdigit() and last in sc.multipliers and written_unit in ("元", "圆"):
            written_unit = last + unit_name
        if i == len(numbers) - 1 and (m.group("jiao") or m.group("fen")):
            value, decimals = _with_jiao_fen(value, m.group("jiao"), m.group("fen"))
        value = value * scale
        if unit_name == "‰":
            value = value / 10
        if kind == "count" and value != value.to_integral_value():
            return []
        f_start = n_start if i else start
        f_end = end if i == len(numbers) - 1 else n_end
        if len(numbers) == 1 and kind == "money" and NEGATIVE.match(norm, max(0, f_start - 2), f_start):
            value, f_start = -value, f_start - 1      # 补充预算周转金-21万元: a sign, not a range (10-20万元)
        figure = Figure(kind, value, written_unit, doc.text[f_start:f_end], f_start, f_end,
                        qualifier=qualifier, decimals=decimals, scale=scale)
        out.append(figure)
    return out


MAGNITUDE_ONLY = "百佰千仟亿"


def _parse(text: str, magnitude_only: bool) -> tuple[Decimal, int] | None:
    """A number as written; with magnitude_only, 百亿 and 千万 (no digit before the place value) read as 一百亿, 一千万."""
    for written in (text, "一" + text if magnitude_only and text[0] in MAGNITUDE_ONLY else None):
        if written:
            try:
                return parse_number(written)
            except ValueError:
                pass
    return None


NO_WORDS = regexp.compile(r"[\d\s.,，、:：;；()（）万亿元]*")


def _clause_before(doc: Document, start: int) -> str:
    """The words before a figure in its clause; where the figure opens its clause or line (年度资金总额:⏎854万),
    the words of the label before it."""
    clause = doc.norm[max(clause_start(doc, start), start - 40):start]
    return doc.norm[max(0, start - 40):start] if NO_WORDS.fullmatch(clause) else clause


LIST_LEAD_REACH = 300       # characters back to a list's lead: a list of a dozen places, and linear time


def _money_list_item(doc: Document, start: int) -> bool:
    """海口市1150万，琼海1050万 under 各市县获奖金额依次为: a place's amount in a list whose lead speaks of money."""
    sc = scanner()
    item = doc.norm[clause_start(doc, start):start].strip()
    lead = max(sentence_start(doc, start), start - LIST_LEAD_REACH)
    if sc.list_number.match(doc.norm, lead):
        lead = max(0, start - LIST_LEAD_REACH)  # 3、…重点村：河头镇殿前村318万: a numbered item shares the list's lead
    return bool((sc.list_item.fullmatch(item) or item in _place_names())
                and (sc.money_context.search(doc.norm, lead, start) or sc.amount_in_lead.search(doc.norm, lead, start)))


def _shared_place_value(first: str, second: str, parsed: tuple[Decimal, int], upper: Decimal):
    """一千到两千万元: the second bound's last place value belongs to the first where it fits below the second."""
    places = scanner().place_values
    place = second[-1]
    if second[0].isdigit() or place not in places or any(c in places and places[c] >= places[place] for c in first):
        return "", parsed
    value, decimals = parsed
    if value * places[place] > upper:
        return "", parsed         # 五千到一万元 is 5000 to 10000
    return place, (value * places[place], decimals)


def _with_jiao_fen(value: Decimal, jiao: str | None, fen: str | None) -> tuple[Decimal, int]:
    """123元1角1分 → 123.11 (decimals as written: a 分 is two places)."""
    value += (parse_number(jiao)[0] / 10 if jiao else 0) + (parse_number(fen)[0] / 100 if fen else 0)
    return value, 2 if fen else 1


def _run_in_list(doc: Document, taken: Spans, masks: Spans) -> list[Figure]:
    """（单位：万元）：墨玉县98765.4，皮山县61230.8，…。: the bare numbers after names in a run-in list whose unit a bracket
    before it gives once, up to the end of its sentence; where the bracket closes its line (…如下（金额单位：万元）：⏎
    1.繁城镇：项目4个，安排资金449.07，已支付414.4，…；⏎…⏎合计：…), over the numbered lines after it."""
    sc, norm, out = scanner(), doc.norm, []
    for lead in sc.run_in_unit_lead.finditer(norm):
        written = lead.group("unit")      # 万元, 元, 亿元
        scale = sc.multipliers.get(written[:-1], Decimal(1)) * sc.units[written[-1]].scale
        end = norm.find("。", lead.end())
        end = len(norm) if end < 0 else end + 1
        line_end = norm.find("\n", lead.end())
        end = min(end, line_end) if line_end >= 0 else end
        if line_end >= 0 and not norm[lead.end():line_end].strip():
            end = line_end
            while end < len(norm) and sc.run_in_list_line.match(norm, end + 1):
                end = norm.find("\n", end + 1)
                end = len(norm) if end < 0 else end
        for m in sc.run_in_unit_item.finditer(norm, lead.end(), end):
            if taken.overlaps(m.start("num"), m.end("num")) or masks.overlaps(m.start("num"), m.end("num")):
                continue
            value, decimals = parse_number(m.group("num"))
            out.append(Figure("money", value * scale, written, doc.text[m.start():m.end()], m.start(), m.end(),
                              decimals=decimals, scale=scale))
    return out


def _bare_figure(doc: Document, m: regexp.Match, bare: dict) -> Figure:
    """A number whose unit the cue before it implies: 执行率0.93 (a fraction), 支出进度达到45, 得分18."""
    value, decimals = parse_number(m.group("num"))
    scale = Decimal(1)
    if bare.get("fraction_is_percent") and value <= 1 and decimals:
        scale = Decimal(100)
    start, end = m.start("num"), m.end("num")
    return Figure(bare["kind"], value * scale, bare["unit"], doc.text[start:end], start, end,
                  decimals=decimals, scale=scale)
