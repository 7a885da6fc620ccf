"""The whole corpus and the shared development set, scored the way the project is judged
(shared/tools/score.py): figures, canonical fields, findings and metadata.

Both sets grow (blind rounds join the corpus; the development set gains documents), so each test holds
what has been reached on it: a ratchet. Raise a floor when a score rises; never lower one."""
from __future__ import annotations

from conftest import CORPUS_TRUTH, DEVSET, needs_shared, score

pytestmark = needs_shared

# Measured 2026-12-07 (session 39): corpus of 3319 reports with truth (blind rounds 8 to 478 included), development
# set of 26. (Joining rounds adds their own misses: facts precision 0.992 on the 2076 before rounds 295-318 joined,
# whose helpers left out some counts they wrote; findings 813/902 before rounds 347-350 joined, whose one miss,
# blind350-qianxinan-2018, is a known miss in tests/test_checker.py; fields recall 0.921 on the 2722 before rounds
# 391–394 joined, whose new phrasings of totals are not all read yet; findings 920/1013 with rounds 395–402, whose one
# miss, blind400-ningxian-2021, is a known miss, and 951/1045 with rounds 403–418, whose one miss,
# blind412-zhangjiagang-2019, is one too; 965/1061 with rounds 419–426, two of whose misses are known, and 1021/1120
# with rounds 451–458, whose one miss, blind458-ninghai-2019, is known, and 1057/1157 with rounds 471–478, whose one
# miss, blind475-lixin-2022, is known, and 1314/1425 with rounds 613–628, whose two misses are known (1315 once
# 占当年到位资金的 was read over the funds received, 1316 once an evaluator's group scores were summed), and 1348/1457
# with rounds 629–644, 1364/1473 with rounds 645–652 and 1380/1489 with rounds 653–660, all found; facts recall 0.992
# after rounds 443–450 joined, whose truth lists year-ends (2019年底 → 2019-12) as dates, read since session 39; facts
# precision 0.994 after rounds 781–796 joined, whose helpers left out some counts they wrote (两批, 三批); findings
# 1664/1775 with rounds 797–804, whose one miss, blind799-shouxian-2018, is known.)
CORPUS_REACHED = {"facts_recall": 0.995, "facts_precision": 0.994, "fields_recall": 0.946,
                  "fields_precision": 0.985, "findings_recall": 1664 / 1775, "meta_county": 4546 / 4610,
                  "meta_year": 5299 / 5475, "meta_date": 4310 / 4364}
DEVSET_REACHED = {"facts_recall": 1.0, "facts_precision": 1.0, "fields_recall": 1.0, "fields_precision": 1.0,
                  "findings_recall": 1.0, "meta_county": 1.0, "meta_year": 1.0}


def _value(summary: dict, key: str) -> float:
    value = summary[key]
    if isinstance(value, str):
        hit, total = value.split("/")
        return int(hit) / int(total) if int(total) else 1.0
    return value


def _check(summary: dict, reached: dict) -> None:
    assert summary["status_ok"] == summary["docs"]
    for key, floor in reached.items():
        assert _value(summary, key) >= floor - 1e-9, f"{key} fell to {summary[key]} (reached {floor})"
    assert summary["false_errors_on_clean"] == 0
    assert summary["unexplained_errors"].startswith("0/")


def test_corpus_reports(corpus_run):
    _check(score(corpus_run, CORPUS_TRUTH)["summary"], CORPUS_REACHED)


def test_development_set(devset_run):
    _check(score(devset_run, DEVSET / "truth")["summary"], DEVSET_REACHED)
