#!/usr/bin/env python3
"""Writes the UI strings the app reads from tools/ui-strings.tsv (key<TAB>Simplified Chinese text, the editing copy):
src/Jiceng.Web/Resources/SharedResource.resx (zh-CN, the neutral set) and SharedResource.zh-Hant.resx (Traditional,
converted by OpenCC through tools/zh-hant; once: `npm ci --prefix tools/zh-hant`). A unit test keeps the two sets'
keys equal, so a string added without running this fails the tests.
"""
import json, pathlib, shutil, subprocess, sys
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent.parent
rows = [l.split('\t', 1) for l in (root / 'tools/ui-strings.tsv').read_text(encoding='utf-8').splitlines() if l.strip()]
keys = [k for k, _ in rows]
if len(keys) != len(set(keys)):
    sys.exit('duplicate keys: ' + ', '.join(sorted({k for k in keys if keys.count(k) > 1})))


def resx(pairs):
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<root>',
       '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
           '  <resheader name="version"><value>2.0</value></resheader>',
           '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>',
           '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>']
    for k, v in pairs:
        out.append(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(v)}</value></data>')
    out.append('</root>')
    return '\n'.join(out) + '\n'


pairs = [(k, v.strip()) for k, v in sorted(rows)]
resources = root / 'src/Jiceng.Web/Resources'
(resources / 'SharedResource.resx').write_text(resx(pairs), encoding='utf-8')
print(f'{len(pairs)} strings (zh-CN)')

tool = root / 'tools/zh-hant'
if not (tool / 'node_modules/opencc-js').is_dir() or shutil.which('node') is None:
    sys.exit('zh-Hant not written: install the converter once with `npm ci --prefix tools/zh-hant` (needs Node.js)')
converted = json.loads(subprocess.run(['node', str(tool / 'to-traditional.mjs')], input=json.dumps([v for _, v in pairs]),
                                      capture_output=True, text=True, encoding='utf-8', check=True).stdout)
(resources / 'SharedResource.zh-Hant.resx').write_text(resx([(k, t) for (k, _), t in zip(pairs, converted)]), encoding='utf-8')
print(f'{len(pairs)} strings (zh-Hant)')
