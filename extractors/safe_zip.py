"""A zip container (.docx, .xlsx, .odt) checked before anything in it is decompressed.

Python's zipfile never inflates a member beyond the size the zip's directory declares for it (it stops
there and fails the checksum), so checking the declared sizes and compression ratios bounds the time and
memory any later reader can spend on the file: a zip bomb becomes an error row, not gigabytes.
"""
from __future__ import annotations

import zipfile

from .model import DocumentError

MAX_MEMBERS = 10_000
MAX_TOTAL = 300 * 2**20            # bytes, all members inflated: reports with photos stay far below
MAX_RATIO = 200                    # inflated / compressed for one member; Word's XML compresses 5 to 30 times
RATIO_FROM = 2**20                 # members below 1 MB inflated are never a danger, whatever their ratio


def check_zip(archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise DocumentError(f"该压缩文件包含{len(members)}个部件，远超正常文档，疑为恶意构造的文件，未打开；"
                            "请向报送单位重新索取正常的原文件。")
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL:
        raise DocumentError(f"该文件解压后将达到{total / 2**20:,.0f} MB，远超正常文档，疑为压缩炸弹，未打开；"
                            "请向报送单位重新索取正常的原文件。")
    for m in members:
        if m.file_size > RATIO_FROM and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise DocumentError(f"该文件中的{m.filename}压缩比达{m.file_size / max(m.compress_size, 1):,.0f}倍，"
                                "疑为压缩炸弹，未打开；请向报送单位重新索取正常的原文件。")
