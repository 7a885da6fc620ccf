"""Word 97 (.doc, and .wps, which WPS Office saves in the same bytes), RTF and OpenDocument text
through LibreOffice: converted to .docx in a private folder, then read by the docx reader, so that
tables, merged cells and list numbering come through the same way as in a .docx."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .model import DocumentError

TIME_LIMIT = 120    # seconds for one conversion; a hostile or broken file must not hold a worker
INSTALL = "请安装LibreOffice（Debian/Ubuntu：apt-get install libreoffice-writer-nogui fonts-noto-cjk，或在项目里运行make setup）"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, fmt: str) -> bytes:
    """The .docx LibreOffice makes of `data`; each call has its own profile folder so that
    conversions in parallel workers never share (and lock) one user installation."""
    program = soffice()
    if program is None:
        raise DocumentError(f"本机未安装LibreOffice，无法读取.{fmt}文件；{INSTALL}，或用Word另存为.docx后重新提交。")
    with tempfile.TemporaryDirectory(prefix="ziping-office-") as tmp:
        source = Path(tmp) / f"report.{fmt}"
        source.write_bytes(data)
        command = [program, "--headless", "--norestore", f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(Path(tmp, "out")), str(source)]
        # its own session, so that a timeout ends soffice.bin too and not only the launcher script
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
        try:
            process.wait(timeout=TIME_LIMIT)
        except subprocess.TimeoutExpired as exc:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise DocumentError(f".{fmt}文件用LibreOffice转换超过{TIME_LIMIT}秒仍未完成，可能已损坏；"
                                "请用Word另存为.docx后重新提交。") from exc
        converted = Path(tmp, "out", "report.docx")
        if not converted.exists() or converted.stat().st_size == 0:
            raise DocumentError(f".{fmt}文件无法用LibreOffice转换，可能已损坏或不是文字文档；"
                                "请用Word另存为.docx后重新提交。")
        return converted.read_bytes()
