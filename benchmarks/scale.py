"""ziping at scale, on a synthetic corpus with known truth. Prints figures; asserts nothing.

usage: python benchmarks/scale.py [-n 2000] [--memory-n 10000] [--jionlp-python PATH] [--keep DIR]

1. generates n reports (benchmarks/synthetic.py) as UTF-8 text, GBK text, .docx and text PDF (when
   reportlab is installed), a known share with one planted contradiction;
2. per format: the floor (reading and decoding only, one process), ziping's own reader alone (one process),
   then `ziping run` end to end with
   all outputs written (one worker per core): documents/s, pages/s, peak memory of all its processes;
3. figure recall and contradiction recall against the truth, and clean reports with a false error;
4. large texts (time per MB), texts that say one sentence thousands of times, texts beyond the size cap, a zip
   bomb, one small file (start-up included);
5. peak memory over --memory-n text reports (0 skips it);
6. JioNLP's money extraction on the same texts, in an interpreter that has jionlp (--jionlp-python, or
   this one if it can import jionlp), as a ratio to ziping's own time per report.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections import Counter
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import synthetic  # noqa: E402

FORMATS = {"txt": 0.4, "gbk": 0.2, "docx": 0.25, "pdf": 0.15}


def header(title: str) -> None:
    print(f"\n{title}\n{'-' * len(title)}")


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ziping(args: list[str], cwd: Path | None = None, entry: tuple[str, ...] = ("-m", "pipeline")
           ) -> tuple[float, int, int, str, float]:
    """Run `python -m pipeline run ARGS`: wall seconds, peak RSS of all its processes together and of the
    largest one (bytes, sampled every 20 ms), its stdout, and the CPU seconds of all its processes."""
    cpu = cpu_of_children()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *entry, "run", *args, "-q", "--no-db"], cwd=cwd or ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_total = peak_one = 0
    parent = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            rss = [p.memory_info().rss for p in [parent, *parent.children(recursive=True)]]
        except psutil.Error:
            rss = []
        if rss:
            peak_total, peak_one = max(peak_total, sum(rss)), max(peak_one, max(rss))
        time.sleep(0.02)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        print(f"  ziping exited {proc.returncode}: {err.strip()[-500:]}")
    return wall, peak_total, peak_one, out, cpu_of_children() - cpu


def mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


# ---------------------------------------------------------------- the floor: reading and decoding only

def floor_seconds(fmt: str, files: list[Path]) -> float:
    from extractors.read_txt import decode
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        if fmt in ("txt", "gbk"):
            decode(data)
        elif fmt == "docx":
            import docx
            "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        else:
            import pypdfium2
            pdf = pypdfium2.PdfDocument(data)
            "\n".join(page.get_textpage().get_text_range() for page in pdf)
            pdf.close()
    return time.perf_counter() - start


def reader_seconds(files: list[Path]) -> float:
    """ziping's reader alone (extractors.read.read: the text, blocks, tables and pages), in this process."""
    from extractors.read import read
    read(files[0])
    start = time.perf_counter()
    for path in files:
        read(path)
    return time.perf_counter() - start


def pages(files: list[Path]) -> int:
    import pypdfium2
    total = 0
    for path in files:
        pdf = pypdfium2.PdfDocument(str(path))
        total += len(pdf)
        pdf.close()
    return total


# ---------------------------------------------------------------- recall against the truth

def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def score(truth: list[dict], outs: list[Path]) -> dict:
    docs, facts, errors = {}, {}, {}
    for out in outs:
        docs.update({Path(r["path"]).name: r for r in read_csv(out / "documents.csv")})
        for f in read_csv(out / "facts.csv"):
            facts.setdefault(f["doc_id"], Counter())[(f["kind"], f["value"])] += 1
        for f in read_csv(out / "findings.csv"):
            if f["severity"] == "error":
                errors.setdefault(f["doc_id"], set()).add(f["rule"])
    by_format: dict[str, Counter] = {}
    for t in truth:
        c = by_format.setdefault(t["format"], Counter())
        doc = docs.get(Path(t["file"]).name)
        if doc is None:
            continue
        have = facts.get(doc["doc_id"], Counter())
        c["figures"] += len(t["figures"])
        c["found"] += sum(1 for f in t["figures"] if have[(f["kind"], f["value"])])
        found_errors = errors.get(doc["doc_id"], set())
        if t["contradiction"]:
            c["planted"] += 1
            c["caught"] += t["contradiction"] in found_errors
        else:
            c["clean"] += 1
            c["false_error"] += bool(found_errors)
    return by_format


# ---------------------------------------------------------------- hostile and large input

def zip_bomb(path: Path, inflated: int = 1536 * 2**20) -> None:
    """A .docx of about 1.5 MB whose document.xml inflates to `inflated` bytes."""
    chunk = b" " * 2**20
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                    b'wordprocessingml/2006/main"><w:body>')
            for _ in range(inflated // len(chunk)):
                f.write(chunk)
            f.write(b"</w:body></w:document>")


def big_text(path: Path, size: int, reports: list[Path]) -> None:
    """Many synthetic reports in one UTF-8 file (an export of a province's reports)."""
    parts, total = [], 0
    texts = [p.read_text(encoding="utf-8") for p in reports]
    k = 0
    while total < size:
        parts.append(texts[k % len(texts)])
        total += len(parts[-1].encode())
        k += 1
    path.write_text("\n\n".join(parts), encoding="utf-8")


REPEATED = {   # one sentence many times over: each figure of it must not be compared with every other one
    "20,000 totals stated alike": ("全县共到位衔接资金100万元。\n", 20_000),
    "3,000 lists of levels (分别为)": ("全县共到位衔接资金300万元，其中中央、省级资金分别为100万元、200万元。\n", 3_000),
    "10,000 pairs of amounts ten times apart": ("项目资金100万元，配套资金1000万元。\n", 10_000),
    "1,000 totals each with a table's column": ("全年共安置贫困人员2829人。\n乡镇\t安置贫困人员（人）\n甲\t265\n乙\t1475\n丙\t467\n\n",
                                                1_000),
    "6,000 scoring tables": ("一级指标\t二级指标\t分值\t得分\n项目管理13分\t财务制度\t4\t4\n\t组织机构\t9\t9\n\n", 6_000),
}


def repeated_text(path: Path, sentence: str, times: int) -> None:
    path.write_text("2023年衔接推进乡村振兴补助资金绩效自评报告\n" + sentence * times, encoding="utf-8")


# ---------------------------------------------------------------- JioNLP

JIO_SCRIPT = r"""
import json, sys, time
import jionlp
texts = json.load(open(sys.argv[1], encoding="utf-8"))
extract = getattr(jionlp, "extract_money", None) or jionlp.ner.extract_money
extract("全县共收到衔接资金3122.874万元。")
start = time.perf_counter()
found = sum(len(extract(t)) for t in texts)
print(json.dumps({"seconds": time.perf_counter() - start, "found": found, "version": jionlp.__version__}))
"""


def jionlp_seconds(python: str, texts: list[str], tmp: Path) -> dict | None:
    data = tmp / "jio-texts.json"
    data.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    script = tmp / "jio.py"
    script.write_text(JIO_SCRIPT, encoding="utf-8")
    result = subprocess.run([python, str(script), str(data)], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"  jionlp failed: {result.stderr.strip()[-300:]}")
        return None
    return json.loads(result.stdout.strip().splitlines()[-1])


def ziping_extract_seconds(files: list[Path]) -> tuple[float, list[str]]:
    """ziping's extraction and checks alone (after reading), in this process, as JioNLP is timed."""
    from extractors.read import read
    from pipeline.process import extract
    docs = [read(p) for p in files]
    extract(docs[0])
    docs = [read(p) for p in files]
    start = time.perf_counter()
    for doc in docs:
        extract(doc)
    return time.perf_counter() - start, [d.text for d in docs]


# ---------------------------------------------------------------- main

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=2000, help="synthetic reports (default 2000)")
    parser.add_argument("--memory-n", type=int, default=10000, help="text reports for the memory run (0 skips)")
    parser.add_argument("--jionlp-python", help="a python that can import jionlp (not a ziping dependency)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    tmp = Path(tempfile.mkdtemp(prefix="ziping-scale-"))
    corpus = args.keep or tmp / "corpus"
    try:
        formats = dict(FORMATS)
        if not synthetic.pdf_available():
            formats.pop("pdf")
        print(f"ziping scale benchmark: {cores} cores, load average {os.getloadavg()[0]:.2f} (other work slows the "
              f"wall figures; the CPU figures hold); "
              f"pdf {'by reportlab' if 'pdf' in formats else 'skipped: reportlab is not installed'}")
        start = time.perf_counter()
        truth = synthetic.generate(corpus, args.n, formats)
        print(f"generated {len(truth)} reports ({', '.join(f'{k} {v}' for k, v in Counter(t['format'] for t in truth).items())}), "
              f"{sum(t['contradiction'] is not None for t in truth)} with a planted contradiction, "
              f"in {time.perf_counter() - start:.1f} s")

        header(f"documents per second (ziping run, {cores} workers, all outputs written; floor: read + decode, 1 process)")
        print(f"{'format':<6} {'files':>6} {'MB':>6} {'wall s':>8} {'docs/s':>8} {'pages/s':>8} {'peak all':>9} "
              f"{'peak one':>9} {'CPU ms/doc':>10} {'idle docs/s':>11} {'floor docs/s':>12} {'read ms/doc':>11}")
        outs = []
        for fmt in formats:
            files = sorted((corpus / fmt).iterdir())
            out = tmp / f"out-{fmt}"
            wall, peak, one, _, cpu = ziping([str(corpus / fmt), "-o", str(out)])
            outs.append(out)
            floor = floor_seconds(fmt, files)
            reading = reader_seconds(files)
            n_pages = pages(files) if fmt == "pdf" else 0
            size = sum(p.stat().st_size for p in files)
            print(f"{fmt:<6} {len(files):>6} {size / 2**20:>6.1f} {wall:>8.2f} {len(files) / wall:>8.1f} "
                  f"{(f'{n_pages / wall:.1f}' if n_pages else ''):>8} {mb(peak):>9} {mb(one):>9} "
                  f"{cpu * 1000 / len(files):>10.2f} {cores * len(files) / cpu:>11.1f} {len(files) / floor:>12.1f} "
                  f"{reading * 1000 / len(files):>11.2f}")
        print("(wall includes start-up; peak all = the RSS of ziping and its workers together; CPU = user + system of\n"
              " all its processes; idle docs/s = cores ÷ CPU per document, what the run gives when nothing else\n"
              " runs on the machine; floor = read + decode only, in one process; read = ziping's reader alone,\n"
              " one process: what reading costs a document once the workers have started)")

        header("recall against the truth")
        for fmt, c in score(truth, outs).items():
            print(f"{fmt:<6} figures {c['found']}/{c['figures']} ({c['found'] / max(c['figures'], 1):.1%}); "
                  f"planted contradictions caught as errors {c['caught']}/{c['planted']} "
                  f"({c['caught'] / max(c['planted'], 1):.1%}); clean reports with a false error {c['false_error']}/{c['clean']}")

        header("large and hostile input (one file each, start-up included)")
        txts = sorted((corpus / "txt").iterdir())
        for size_mb in (1, 2, 10, 60):
            path = tmp / f"export-{size_mb}MB.txt"
            big_text(path, size_mb * 2**20, txts)
            wall, peak, _, out, cpu = ziping([str(path), "-o", str(tmp / f"out-big-{size_mb}")])
            row = read_csv(tmp / f"out-big-{size_mb}" / "documents.csv")[0]
            status = f"read, {int(row['n_facts']):,} figures" if row["status"] == "ok" else f"refused: {row['error'][:12]}…"
            print(f"{size_mb:>3} MB text: {wall:6.2f} s wall, {cpu:6.2f} s CPU, {cpu / size_mb:5.2f} CPU s/MB, "
                  f"peak {mb(peak)}, {status}")
        for name, (sentence, times) in REPEATED.items():
            path = tmp / f"repeated-{times}.txt"
            repeated_text(path, sentence, times)
            wall, peak, _, out, cpu = ziping([str(path), "-o", str(tmp / f"out-repeated-{times}")])
            print(f"{name} ({path.stat().st_size / 2**10:.0f} KB): {wall:.2f} s wall, {cpu:.2f} s CPU, peak {mb(peak)}")
        bomb = tmp / "bomb.docx"
        zip_bomb(bomb)
        wall, peak, _, out, cpu = ziping([str(bomb), "-o", str(tmp / "out-bomb")])
        print(f"zip bomb ({bomb.stat().st_size / 2**20:.1f} MB inflating to 1.5 GB): {wall:.2f} s wall, {cpu:.2f} s CPU, "
              f"peak {mb(peak)}, "
              f"{'error row' if '压缩炸弹' in out else 'NOT refused'}")
        walls = [ziping([str(txts[0]), "-o", str(tmp / f"out-one-{k}")])[0] for k in range(3)]
        print(f"one small file: {min(walls):.2f} s wall (best of 3, each into a new output folder)")

        if args.memory_n:
            header(f"memory over {args.memory_n} text reports")
            many = tmp / "many"
            synthetic.generate(many, args.memory_n, {"txt": 1.0}, seed=41)
            wall, peak, one, _, cpu = ziping([str(many / "txt"), "-o", str(tmp / "out-many")])
            print(f"{args.memory_n} reports: {wall:.1f} s, {args.memory_n / wall:.1f} docs/s ({cores * args.memory_n / cpu:.1f} "
                  f"on idle cores), "
                  f"peak {mb(peak)} all processes, {mb(one)} the largest")
            shutil.rmtree(many)

        header("JioNLP's money extraction on the same texts (txt reports)")
        sample = txts[:500]
        seconds, texts = ziping_extract_seconds(sample)
        python = args.jionlp_python
        if python is None:
            try:
                import jionlp  # noqa: F401
                python = sys.executable
            except ImportError:
                pass
        if python is None:
            print("jionlp is not available here (give --jionlp-python PATH, a python that has it); skipped")
        else:
            jio = jionlp_seconds(python, texts, tmp)
            if jio:
                print(f"{len(texts)} reports: ziping extract + check {seconds * 1000 / len(texts):.2f} ms/report, "
                      f"jionlp {jio['version']} extract_money {jio['seconds'] * 1000 / len(texts):.2f} ms/report "
                      f"({jio['found']} amounts); ratio ziping/jionlp = {seconds / jio['seconds']:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
