"""Write the TCVN3 (ABC) byte table of data/lexicons/legacy_encodings.json from the system's
own TCVN 5712 converter (glibc iconv), which the product then reads without iconv.

    python scripts/make_legacy_tables.py

TCVN3 ('ABC', the .VnTime fonts) is the part of TCVN 5712:1993 that documents typed in the
1990s and 2000s use; iconv's TCVN5712-1 is its superset.  Bytes iconv maps to a lone combining
mark (TCVN 5712's VN1 only) are left out: in TCVN3 text they stand for nothing.  The VNI part of
the file is written by hand (its marks follow the base letter; no iconv knows it) and kept.
"""
from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "legacy_encodings.json"


def tcvn3_table() -> dict[str, str]:
    table = {}
    for b in range(0x80, 0x100):  # TCVN3 leaves the control bytes alone (TCVN 5712 VN1 does not)
        out = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([b]), capture_output=True)
        if out.returncode != 0:
            continue
        ch = out.stdout.decode("utf-8")
        if len(ch) == 1 and ord(ch) >= 0xA0 and not unicodedata.combining(ch):
            table[f"{b:02X}"] = ch
    return table


def main() -> None:
    data = json.loads(PATH.read_text(encoding="utf-8")) if PATH.exists() else {}
    data["tcvn3"] = tcvn3_table()
    PATH.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{PATH}: {len(data['tcvn3'])} TCVN3 bytes")


if __name__ == "__main__":
    main()
