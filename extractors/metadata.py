"""Document metadata: county, city, province, year, report date, title, grade."""
from __future__ import annotations

from bisect import bisect_right

from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import patterns

from . import regexp
from .model import Document
from .numbers import small_int, year_of


@dataclass(frozen=True)
class Place:
    name: str
    level: str
    city: str
    province: str


YEAR_NAMED = regexp.compile(r"((?:19|20)\d{2})\s*年")
CITED = regexp.compile(r"《[^《》\n]{1,120}》")     # a cited document's title: its year is not the report's
PROVINCE_SUFFIX = regexp.compile(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")


@cache
def _places() -> tuple[dict[str, list[Place]], frozenset[str], int]:
    places: dict[str, list[Place]] = {}
    for row in patterns.load_rows("admin_divisions"):
        place = Place(row["name"], row["level"], row["city"], row["province"])
        places.setdefault(row["name"], []).append(place)
        short = _autonomous_short(row["name"]) if row["level"] in ("county", "city") else ""
        if short:                           # 焉耆回族自治县 is written 焉耆县, 阿坝藏族羌族自治州 阿坝州
            places.setdefault(short, []).append(Place(short, place.level, place.city, place.province))
        if row["level"] == "province":      # 广西, 内蒙古, 山西 stand for their provinces
            short = PROVINCE_SUFFIX.sub("", row["name"])
            if len(short) >= 2:
                places.setdefault(short, []).append(place)
    for row in patterns.load_rows("admin_renamed"):     # 孟津县 became 孟津区 after the table's edition
        for place in places.get(row["old_name"], []):
            if place.province == row["province"]:
                places.setdefault(row["new_name"], []).append(Place(row["new_name"], place.level, place.city,
                                                                    place.province))
    last_chars = frozenset(name[-1] for name in places)
    return places, last_chars, max(map(len, places))


def levels_of(name: str) -> frozenset[str]:
    """The levels of the places a name stands for, written in full or without its 市/省 (张家口 is a city)."""
    places = _places()[0]
    return frozenset(p.level for n in (name, name + "市", name + "省") for p in places.get(n, ()))


@cache
def _autonomous() -> regexp.Pattern:
    peoples = "|".join(sorted(patterns.load("metadata")["ethnic_groups"], key=len, reverse=True))
    return regexp.compile(rf"^(\p{{Han}}{{2,}}?)(?:(?:{peoples})族?)+(自治县|自治旗|自治州)$")


def _autonomous_short(name: str) -> str:
    m = _autonomous().match(name)
    return m.group(1) + m.group(2)[-1] if m else ""


def _as_named(place: Place, text: str) -> str:
    """The county as the report names it: the full name where it writes it anywhere (互助土族自治县), else
    the short form it uses (焉耆县)."""
    full = _autonomous_full_names().get((place.city, place.name))
    return full if full and full in text else place.name


@cache
def _autonomous_full_names() -> dict[tuple[str, str], str]:
    """(city, 焉耆县) → 焉耆回族自治县, for the autonomous counties of the admin table."""
    out = {}
    for row in patterns.load_rows("admin_divisions"):
        short = _autonomous_short(row["name"]) if row["level"] == "county" else ""
        if short:
            out.setdefault((row["city"], short), row["name"])
    return out


@cache
def _cues() -> dict:
    data = patterns.load("metadata")
    return {
        "year_in_title": [regexp.compile(p) for p in data["year_in_title"]],
        "year_in_body": [regexp.compile(p) for p in data["year_in_body"]],
        "year_range": regexp.compile(data["year_range"]), "years_listed": regexp.compile(data["years_listed"]),
        "span_start_before": regexp.compile(data["span_start_before"]),
        "span_start_after": regexp.compile(data["span_start_after"]),
        "as_of_before": regexp.compile(data["as_of_before"]),
        "signature_date": regexp.compile(data["signature_date"]),
        "title_end": regexp.compile(data["title_end"]),
        "title_max_lines": data["title_max_lines"],
        "long_title": regexp.compile(data["long_title"]),
        "addressee": regexp.compile(data["addressee"]),
        "addressed_one": regexp.compile(data["addressed_one"]),
        "grade": regexp.compile(data["grade"]),
        "third_party": regexp.compile(data["third_party"]),
        "third_party_reach": data["third_party_reach"],
    }


def township_reporting(doc: Document) -> str:
    """The township whose report it is, as its title names it (都安瑶族自治县高岭镇2023年度…), or ""."""
    found = _township_title().match(doc.title)
    return found.group("township") if found else ""


@cache
def _township_title() -> regexp.Pattern:
    return regexp.compile(patterns.load("metadata")["township_title"])


def by_a_third_party(doc: Document) -> bool:
    """Whether the report is an evaluator's, engaged by the county (我所…受…委托): its score is no self score."""
    c = _cues()
    return bool(c["third_party"].search(doc.norm, 0, c["third_party_reach"]))


def _lines(doc: Document) -> list[tuple[int, str]]:
    return [(b.start, doc.norm[b.start:b.end].strip()) for b in doc.blocks if b.kind == "paragraph"
            and doc.norm[b.start:b.end].strip()]


TITLE_LINE = 60        # characters a title's line has at most, but for a first line that reads as a whole title


def _title(lines: list[tuple[int, str]]) -> tuple[str, int]:
    """The title (its lines joined) and the offset where it ends."""
    cues = _cues()
    title, end = [], 0
    for start, line in lines[:cues["title_max_lines"]]:
        if cues["title_end"].search(line) or len(line) > TITLE_LINE and (title or not cues["long_title"].search(line)):
            break
        title.append(line)
        end = start + len(line)
    return "".join("".join(title).split()), end


def _span_end(doc: Document, text: str, listed: bool = False) -> int | None:
    """The last year of a span of years the text names (2021年至2023年; with listed, 2022年度、2023年度 too), unless it
    ends after the report's date."""
    span = _cues()["year_range"].search(text) or (_cues()["years_listed"].search(text) if listed else None)
    year = int(span.group(2)) if span else None
    return None if year and doc.report_date and year > int(doc.report_date[:4]) else year


def _year_spoken_of(text: str) -> int | None:
    """The year a text speaks of most, not counting the year a span starts from (自2010年承担…以来, 2016年起,
    从2014年的2057元提高到…) nor a year in a cited title unless it names no other, and counting an as-of date
    (截至2017年12月底) twice; of equals, the first named."""
    cues = _cues()
    named: Counter = Counter()
    others: Counter = Counter()
    cited = [(m.start(), m.end()) for m in CITED.finditer(text)]
    cited_starts = [start for start, _ in cited]
    for m in YEAR_NAMED.finditer(text):
        year = int(m.group(1))
        k = bisect_right(cited_starts, m.start()) - 1
        if k >= 0 and m.start() < cited[k][1] \
                or cues["span_start_before"].search(text, max(0, m.start() - 2), m.start()) \
                or cues["span_start_after"].match(text, m.end()):
            others[year] += 1
        else:
            named[year] += 2 if cues["as_of_before"].search(text, max(0, m.start() - 4), m.start()) else 1
    named = named or others
    return named.most_common(1)[0][0] if named else None


def _find_places(text: str) -> list[Place]:
    """Every place name in the text in order, by a dictionary scan: at each position where a name
    could end, the longest name ending there; a name inside a longer one (南川 in 南川区) is dropped."""
    places, last_chars, longest = _places()
    hits = []
    for end in range(1, len(text) + 1):
        if text[end - 1] not in last_chars:
            continue
        for length in range(min(longest, end), 1, -1):
            if text[end - length:end] in places:
                hits.append((end - length, end))
                break
    kept = [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in hits)]
    return [place for start, end in kept for place in places[text[start:end]]]


def _choose(found: list[Place], context) -> Place | None:
    """The first county-level place; a name shared by several counties is settled by the context
    (a function giving the places the report names, called only then)."""
    counties = [p for p in found if p.level == "county"]
    if not counties:
        return None
    first = counties[0].name
    same_name = [p for p in counties if p.name == first]
    if len(same_name) > 1:
        named = [p for p in context() if p.name != first]      # not the name's own candidates
        provinces = {p.province for p in named} | {p.city for p in named}
        for p in same_name:
            if p.province in provinces or p.city in provinces:
                return p
    return same_name[0]


SIGNATURE_LINE = 40     # issuing bodies and dates are short lines; body text is not


def _signature_lines(lines: list[tuple[int, str]]) -> list[str]:
    """The short lines that end the report (issuing bodies, date), not the body text above them."""
    out: list[str] = []
    for _, line in reversed(lines[-6:]):
        if len(line) > SIGNATURE_LINE:
            break
        out.insert(0, line)
    return out


def _signature_date(lines: list[tuple[int, str]]) -> tuple[str, int, int] | None:
    pattern = _cues()["signature_date"]
    for start, line in reversed(lines):
        m = pattern.match(line)
        if m:
            y, mo, d = m.group(1), m.group(2), m.group(3)
            year, month, day = year_of(y), small_int(mo), small_int(d)
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}", start, start + len(line)
    return None


def _addressee(doc: Document, lines: list[tuple[int, str]]) -> Place | None:
    """The one county a notice from above is addressed to (潜江市财政局：…现向你市下达…)."""
    cues = _cues()
    after_title = [line for start, line in lines if start >= doc.title_end][:2]
    for line in after_title:
        if cues["addressee"].search(line):
            counties = [p for p in _find_places(line) if p.level == "county"]
            if len(counties) == 1 and cues["addressed_one"].search(doc.norm[:2000]):
                return counties[0]
    return None


def read_metadata(doc: Document) -> list[tuple[int, int]]:
    """Fill the document's metadata; return the span of the signature date (not a figure)."""
    cues = _cues()
    lines = _lines(doc)
    first_table = next((b.start for b in doc.blocks if b.kind == "table"), len(doc.norm))
    doc.title, doc.title_end = _title([line for line in lines if line[0] < first_table])    # a table ends the title
    signature = _signature_date(lines)
    spans = []
    if signature:
        doc.report_date = signature[0]
        line_start = signature[1]
        line_end = doc.norm.find("\n", line_start)
        spans.append((line_start, line_end if line_end >= 0 else len(doc.norm)))
    tail = "".join(_signature_lines(lines))
    head = doc.norm[:600]
    file_name = Path(doc.path).stem
    place = None
    issuer = _find_places(doc.title + tail)
    # a report a prefecture or a province issues (天水市乡村振兴局) lists counties in its body: none is its own
    above_county = bool(issuer) and not any(p.level == "county" for p in issuer)
    for text in (doc.title, tail) if above_county else (doc.title, tail, file_name, head):
        place = _choose(_find_places(text), lambda: _find_places(doc.norm[:3000] + tail))
        if place:
            break
    if place is None and above_county:
        place = _addressee(doc, lines)
    if place:
        doc.county, doc.city, doc.province = _as_named(place, doc.norm), place.city, place.province
    else:
        for text in (doc.title, tail, head, file_name):
            found = _find_places(text)
            city = next((p for p in found if p.level == "city"), None)
            province = next((p for p in found if p.level == "province"), None)
            if city or province:
                doc.city = (city.city or city.name) if city else ""
                doc.province = city.province if city else province.name
                break
    doc.year = _span_end(doc, doc.title, listed=True)     # 2011年—2013年…评价报告: the report of the last
    for pattern in cues["year_in_title"] if doc.year is None else ():
        m = pattern.search(doc.title)
        if m:
            doc.year = int(m.group(1))
            break
    if doc.year is None:
        doc.year = _span_end(doc, doc.norm[:1500])
    if doc.year is None:
        for pattern in cues["year_in_body"]:
            m = pattern.search(doc.norm[:1500])
            if m:
                doc.year = int(m.group(1))
                break
    if doc.year is None and doc.report_date:
        doc.year = int(doc.report_date[:4])
    if doc.year is None:        # a notice without a year in its title: the year its text speaks of most
        doc.year = _year_spoken_of(doc.norm)
    m = cues["grade"].search(doc.norm)
    if m:
        doc.grade = {"优秀": "优", "良好": "良", "中等": "中"}.get(m.group(1), m.group(1))
    return spans
