#!/usr/bin/env python3
"""Writes src/Jiceng.Web/Resources/SharedResource.resx (zh-CN, the neutral set) from tools/ui-strings.tsv.

The TSV is the editing copy (key<TAB>text); the resx is what the app reads. A zh-TW set is a second column
away: add it to the TSV and write SharedResource.zh-TW.resx the same way.
"""
import pathlib, sys
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent.parent
rows = [l.split('\t', 1) for l in (root / 'tools/ui-strings.tsv').read_text(encoding='utf-8').splitlines() if l.strip()]
keys = [k for k, _ in rows]
if len(keys) != len(set(keys)):
    sys.exit('duplicate keys: ' + ', '.join(sorted({k for k in keys if keys.count(k) > 1})))
out = ['<?xml version="1.0" encoding="utf-8"?>', '<root>',
       '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
       '  <resheader name="version"><value>2.0</value></resheader>',
       '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>',
       '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>']
for k, v in sorted(rows):
    out.append(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(v.strip())}</value></data>')
out.append('</root>')
(root / 'src/Jiceng.Web/Resources/SharedResource.resx').write_text('\n'.join(out) + '\n', encoding='utf-8')
print(f'{len(rows)} strings')
