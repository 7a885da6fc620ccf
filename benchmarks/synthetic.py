"""A synthetic corpus of self-assessment reports with their truth, for the scale benchmark.

Each report is drawn from a seed: a county of patterns/admin_divisions.csv, a year, funds by level that
add up, spending and carry-over that add up to the funds, a rate, a growth of county funds, projects and
households. A known share of the reports has one planted contradiction (a total that is not the sum of its
parts, a rate or a growth that the amounts do not give, spending and carry-over that do not add up). The
text is written in one of several provincial templates and saved as UTF-8 text, GBK text, .docx
(python-docx) or a text PDF (reportlab with its built-in Chinese font, when reportlab is installed).
"""
from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WAN = Decimal(10000)
CONTRADICTIONS = ("received_sum", "spent_plus_carryover", "execution_rate", "county_growth")


@dataclass
class Report:
    county: str
    province: str
    year: int
    central: Decimal            # 万元
    provincial: Decimal
    county_funds: Decimal
    prior_county: Decimal
    spent: Decimal
    projects: int
    industry: Decimal
    households: int
    persons: int
    score: int
    month: int
    day: int
    planted: str | None = None
    stated: dict = field(default_factory=dict)     # what the text states (a planted contradiction changes one)

    @property
    def total(self) -> Decimal:
        return self.central + self.provincial + self.county_funds


def _money(rng: random.Random, low: int, high: int, places: int) -> Decimal:
    return Decimal(rng.randint(low * 10 ** places, high * 10 ** places)).scaleb(-places)


def _pct(value: Decimal, places: int = 1) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def counties() -> list[tuple[str, str]]:
    with open(ROOT / "patterns" / "admin_divisions.csv", encoding="utf-8") as f:
        return [(r["name"], r["province"]) for r in csv.DictReader(f) if r["level"] == "county" and r["name"].endswith("县")]


def draw(rng: random.Random, county: str, province: str, year: int, contradiction_share: float) -> Report:
    places = rng.choice((0, 2, 4))
    central = _money(rng, 1000, 30000, places)
    provincial = _money(rng, 200, 8000, places)
    prior = _money(rng, 100, 3000, 0)
    county_funds = (prior * Decimal(rng.randint(101, 115)) / 100).quantize(Decimal(1))
    total = central + provincial + county_funds
    spent = (total * Decimal(rng.randint(900, 1000)) / 1000).quantize(Decimal(1).scaleb(-places))
    r = Report(county, province, year, central, provincial, county_funds, prior, spent,
               projects=rng.randint(5, 200), industry=(total * Decimal(rng.randint(55, 75)) / 100).quantize(Decimal(1)),
               households=rng.randint(100, 20000), persons=0, score=rng.randint(90, 99),
               month=rng.randint(1, 3), day=rng.randint(1, 28))
    r.persons = r.households * rng.randint(2, 4)
    r.stated = {"total": total, "carry": total - spent, "rate": _pct(spent / total * 100),
                "growth": _pct((county_funds - prior) / prior * 100)}
    if rng.random() < contradiction_share:
        r.planted = rng.choice(CONTRADICTIONS)
        if r.planted == "received_sum":
            r.stated["total"] = total - _money(rng, 50, 500, 0)    # (a total above its parts may omit a level)
        elif r.planted == "spent_plus_carryover":
            r.stated["carry"] = r.stated["carry"] + _money(rng, 20, 300, 0)
        elif r.planted == "execution_rate":
            r.stated["rate"] = r.stated["rate"] - Decimal(rng.randint(30, 90)) / 10
        else:
            r.stated["growth"] = r.stated["growth"] + Decimal(rng.randint(20, 90)) / 10
    return r


def _w(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


# ---------------------------------------------------------------- templates (paragraphs of text)

def _shanxi(r: Report) -> list[str]:
    s = r.stated
    return [f"{r.county}{r.year}年度衔接推进乡村振兴补助资金绩效自评报告",
            "一、基本情况",
            "（一）资金到位情况",
            f"{r.year}年，全县共到位衔接推进乡村振兴补助资金{_w(s['total'])}万元，其中：中央资金{_w(r.central)}万元，"
            f"省级资金{_w(r.provincial)}万元，县级资金{_w(r.county_funds)}万元。",
            f"县级安排衔接推进乡村振兴补助资金{_w(r.county_funds)}万元，较{r.year - 1}年安排的{_w(r.prior_county)}万元"
            f"增长{_w(s['growth'])}%。",
            "（二）资金使用情况",
            f"截至{r.year}年12月31日，全县衔接资金实际支出{_w(r.spent)}万元，结转结余{_w(s['carry'])}万元，"
            f"预算执行率{_w(s['rate'])}%。",
            "二、绩效目标完成情况",
            f"全年实施产业项目{r.projects}个，投入资金{_w(r.industry)}万元，带动脱贫户{r.households}户{r.persons}人增收。",
            "三、自评结论",
            f"经综合评价，自评得分{r.score}分，自评等级为优。",
            f"{r.county}财政局",
            f"{r.year + 1}年{r.month}月{r.day}日"]


def _hubei(r: Report) -> list[str]:
    s = r.stated
    return [f"{r.county}{r.year}年度衔接推进乡村振兴补助资金使用情况报告",
            "一、资金来源",
            f"{r.year}年，全县共收到衔接推进乡村振兴补助资金{_w(s['total'])}万元，其中中央资金{_w(r.central)}万元、"
            f"省级资金{_w(r.provincial)}万元、县级资金{_w(r.county_funds)}万元。县级安排资金{_w(r.county_funds)}万元，"
            f"比{r.year - 1}年的{_w(r.prior_county)}万元增长{_w(s['growth'])}%。",
            "二、资金支出",
            f"截至{r.year}年12月31日，累计支出{_w(r.spent)}万元，结转结余{_w(s['carry'])}万元，支出进度{_w(s['rate'])}%。",
            "三、项目实施及成效",
            f"全年实施产业项目{r.projects}个，投入资金{_w(r.industry)}万元。带动{r.households}户脱贫户增收。",
            f"{r.county}乡村振兴局",
            f"{r.year + 1}年{r.month}月{r.day}日"]


def _qinghai(r: Report) -> list[str]:
    s = r.stated
    return [f"{r.county}{r.year}年衔接推进乡村振兴补助资金绩效自评报告",
            f"{r.year}年，{r.county}财政局全年争取衔接推进乡村振兴补助资金{_w(s['total'])}万元，其中中央资金"
            f"{_w(r.central)}万元、省级资金{_w(r.provincial)}万元、县级资金{_w(r.county_funds)}万元。",
            f"县级财政安排衔接资金{_w(r.county_funds)}万元，较上年增长{_w(s['growth'])}%，上年为{_w(r.prior_county)}万元。",
            f"全年共安排产业项目{r.projects}个，投入资金{_w(r.industry)}万元。",
            f"截至{r.year}年12月31日，衔接资金已支出{_w(r.spent)}万元，结转结余{_w(s['carry'])}万元，支出进度{_w(s['rate'])}%。",
            f"项目实施惠及脱贫户{r.households}户。",
            f"{r.county}财政局",
            f"{r.year + 1}年{r.month}月{r.day}日"]


TEMPLATES = {"shanxi": _shanxi, "hubei": _hubei, "qinghai": _qinghai}


def truth_figures(r: Report) -> list[dict]:
    """The figures every template states, as facts.csv writes them."""
    s = r.stated

    def money(v: Decimal) -> dict:
        return {"kind": "money", "value": _w((v * WAN).normalize())}
    return [money(s["total"]), money(r.central), money(r.provincial), money(r.county_funds), money(r.prior_county),
            money(r.spent), money(s["carry"]), money(r.industry),
            {"kind": "percent", "value": _w(s["rate"])}, {"kind": "percent", "value": _w(s["growth"])},
            {"kind": "count", "value": str(r.projects)}, {"kind": "count", "value": str(r.households)}]


# ---------------------------------------------------------------- formats

def write_txt(path: Path, paragraphs: list[str], encoding: str = "utf-8") -> None:
    path.write_bytes("\n\n".join(paragraphs).encode(encoding))


def write_docx(path: Path, paragraphs: list[str]) -> None:
    import docx
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))


def pdf_available() -> bool:
    try:
        import reportlab  # noqa: F401
    except ImportError:
        return False
    return True


def write_pdf(path: Path, paragraphs: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - 72
    for n, paragraph in enumerate(paragraphs):
        paragraph = paragraph if n == 0 else "　　" + paragraph
        lines = [paragraph[i:i + 36] for i in range(0, len(paragraph), 36)] or [""]
        for line in lines:
            if y < 72:
                page.showPage()
                y = height - 72
            page.setFont("STSong-Light", 16 if n == 0 else 12)
            page.drawString(72, y, line)
            y -= 18
        y -= 12
    page.save()


WRITERS = {"txt": lambda p, t: write_txt(p, t), "gbk": lambda p, t: write_txt(p, t, "gbk"), "docx": write_docx,
           "pdf": write_pdf}
SUFFIX = {"txt": ".txt", "gbk": ".txt", "docx": ".docx", "pdf": ".pdf"}


def generate(folder: Path, n: int, formats: dict[str, float], contradiction_share: float = 0.3,
             seed: int = 14) -> list[dict]:
    """n reports under folder/<format>/, and folder/truth.json; returns the truth."""
    rng = random.Random(seed)
    places = counties()
    rng.shuffle(places)
    names, weights = list(formats), list(formats.values())
    truth = []
    for k in range(n):
        county, province = places[k % len(places)]
        year = 2021 + (k // len(places)) % 4
        report = draw(rng, county, province, year, contradiction_share)
        template = rng.choice(list(TEMPLATES))
        fmt = rng.choices(names, weights)[0]
        path = folder / fmt / f"{k:05d}-{county}-{year}{SUFFIX[fmt]}"
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[fmt](path, TEMPLATES[template](report))
        truth.append({"file": str(path.relative_to(folder)), "format": fmt, "template": template, "county": county,
                      "year": year, "figures": truth_figures(report), "contradiction": report.planted})
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def txt_folder(tmp: Path, n: int) -> Path:
    """n synthetic .txt reports under tmp: the default input of the scripts that time a run."""
    generate(tmp / "corpus", n, {"txt": 1.0})
    return tmp / "corpus" / "txt"
