"""Document formats a build cannot read, told by suffix or by their first bytes.

A folder of PDFs or Word files would otherwise build nothing without a word: each such
file is reported by name with the format it is in, and a PDF named directly is called a
PDF rather than "a binary file".
"""
from __future__ import annotations

from pathlib import Path

# Suffix → the format's name as a user knows it.
SUFFIXES = {
    ".pdf": "PDF", ".docx": "DOCX", ".doc": "DOC", ".odt": "ODT", ".rtf": "RTF",
    ".xlsx": "XLSX", ".xls": "XLS", ".pptx": "PPTX", ".ppt": "PPT", ".epub": "EPUB",
}
# First bytes of formats whose suffix may be wrong or missing.
_MAGIC = ((b"%PDF-", "PDF"), (b"{\\rtf", "RTF"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "DOC"))
_ZIP = b"PK\x03\x04"  # DOCX, XLSX, ODT, EPUB: a zip archive


def unsupported_format(path: str | Path, head: bytes = b"") -> str | None:
    """The name of the unreadable document format of this file (its suffix, else its first bytes), or None."""
    named = SUFFIXES.get(Path(path).suffix.lower())
    if named:
        return named
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return "ZIP (an office document or archive)" if head.startswith(_ZIP) else None


def refusal(format_name: str) -> str:
    return f"{format_name} is not supported: save it as text (.txt) or HTML first"
