#!/usr/bin/env python3
"""Counts the rendered prose words of Markdown pages: no fenced blocks (code, Mermaid), no code spans,
no HTML comments, no link targets, no table rules. Usage: prose_words.py PAGE..."""
import re, sys
def words(text):
    text = re.sub(r'<!--.*?-->', ' ', text, flags=re.S)
    out, fence = [], None
    for line in text.splitlines():
        m = re.match(r'^\s*(`{3,}|~{3,})', line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence): fence = None
            continue
        if m: fence = m.group(1); continue
        if re.match(r'^\s*\|?\s*:?-{3,}', line): continue
        out.append(line)
    text = '\n'.join(out)
    text = re.sub(r'(`+)(.+?)\1', ' ', text, flags=re.S)
    text = re.sub(r'\]\([^)]*\)', ']', text)
    text = re.sub(r'^\s*\[[^\]]+\]:\s*\S+.*$', ' ', text, flags=re.M)
    text = re.sub(r'<[^>]+>', ' ', text)
    return len([w for w in re.split(r'[\s|]+', text) if re.search(r'[A-Za-z0-9]', w)])
total = 0
for page in sys.argv[1:]:
    n = words(open(page).read()); total += n
    print(f'{n:6d}  {page}')
print(f'{total:6d}  total, {total/230:.0f} min at 230 words a minute')
