"""Reads a Canvas QTI 1.2 quiz package with qti2latex (PyPI), a third-party reader of
Canvas's exports, and prints what it found as JSON, for tests/exports/canvas.test.mjs.

Usage: canvas_read.py PACKAGE.zip

qti2latex gives the files that hold items (read_qti_dir), each item's Canvas metadata
(get_qti_metadata), kind (guess_type), prompt (get_item_stem), choices (get_choices), key
(get_correct_idents) and the text of an element (text_of). It reads `varequal` only: a
numeric question's range (`vargte`, `varlte`, which qti2latex does not read) is taken from
the same conditions with its own element helpers (findall_anyns), and printed beside.
"""

import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import qti2latex as q


def plain(markup: str) -> str:
    """The text of a `text/html` mattext: line breaks for <br>, tags dropped, entities read."""
    text = re.sub(r"<br\s*/?>", "\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def read(package: Path) -> dict:
    folder = q.extract_zip_to_tmp(package)
    out = {"files": sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()), "items": []}
    for path in sorted(q.read_qti_dir(folder)):
        root = ET.parse(path).getroot()
        assessment = q.child_anyns(root, "assessment")
        if assessment is None:
            continue
        out["title"] = assessment.attrib.get("title", "")
        for item in q.findall_anyns(assessment, "item"):
            meta = q.get_qti_metadata(item)
            feedback = {
                fb.attrib.get("ident", ""): plain(q.text_of(q.first(q.findall_anyns(fb, "mattext"))))
                for fb in q.findall_anyns(item, "itemfeedback")
            }
            ranges = []
            for condition in q.findall_anyns(item, "and"):
                low = q.first(q.childall_anyns(condition, "vargte"))
                high = q.first(q.childall_anyns(condition, "varlte"))
                if low is not None and high is not None:
                    ranges.append([q.text_of(low), q.text_of(high)])
            out["items"].append(
                {
                    "ident": item.attrib.get("ident", ""),
                    "type": q.guess_type(meta, item),
                    "points": meta.get("points_possible"),
                    "stem": plain(q.get_item_stem(item)),
                    "choices": [[ident, text] for ident, text in q.get_choices(item)],
                    "correct": sorted(q.get_correct_idents(item)),
                    "ranges": ranges,
                    "feedback": feedback,
                }
            )
    return out


if __name__ == "__main__":
    json.dump(read(Path(sys.argv[1])), sys.stdout, ensure_ascii=False, indent=1)
