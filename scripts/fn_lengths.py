#!/usr/bin/env python3
"""Lists the longest Rust functions in src/ and crates/ (lines from `fn` to its closing brace).

`make lint` fails if one is over the limit (80 lines, issue 12); `make bench` prints the top 5.
Braces inside strings, chars and comments are skipped, which is enough for rustfmt'd code.
"""
import re
import sys
from pathlib import Path

LIMIT = 80
FN = re.compile(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")


def strip(line):
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])'", "''", line)
    return line.split("//")[0]


def functions(path):
    lines = path.read_text().splitlines()
    out = []
    for i, line in enumerate(lines):
        m = FN.match(line)
        if not m:
            continue
        depth, opened = 0, False
        for j in range(i, len(lines)):
            code = strip(lines[j])
            if not opened and ";" in code and "{" not in code:
                break  # a declaration without a body
            depth += code.count("{") - code.count("}")
            opened = opened or "{" in code
            if opened and depth <= 0:
                out.append((j - i + 1, f"{path}:{i + 1}", m.group(6)))
                break
    return out


def main():
    root = Path(__file__).resolve().parent.parent
    found = []
    for top in ("src", "crates"):
        for path in sorted((root / top).rglob("*.rs")):
            if "tests" in path.name:
                continue
            found += [(n, str(Path(p).relative_to(root)) if p.startswith(str(root)) else p, name) for n, p, name in functions(path)]
    found.sort(reverse=True)
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 5
    for n, where, name in found[:top]:
        print(f"  {n:4d} lines  {name}  ({where})")
    over = [f for f in found if f[0] > LIMIT]
    if "--check" in sys.argv and over:
        print(f"{len(over)} function(s) over {LIMIT} lines", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
