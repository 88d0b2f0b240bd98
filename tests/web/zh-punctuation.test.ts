import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import world from '../../data/world/world-clusters.json' with { type: 'json' };
import { citeSource } from '../../web/src/citation.ts';

/**
 * Chinese text takes full-width punctuation (：；，（）), as GB/T 15834-2011
 * "Use of punctuation marks" has it. An ASCII colon, semicolon, comma or
 * parenthesis touching a Chinese character in a zh label is a slip; ASCII stays
 * right between Latin letters, digits, codes and URLs, which never touch a CJK
 * character.
 */
const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff]';
const ASCII_NEXT_TO_CJK = new RegExp(`${CJK} ?[:;,()]|[:;,()] ?${CJK}`);

/** Exact zh strings allowed to keep ASCII punctuation, with the reason. */
const ALLOWED: Record<string, string> = {};

type Dict = Record<string, string>;
const I18N = join(import.meta.dirname, '../../web/src/i18n');
const WEB = join(import.meta.dirname, '../../web/src');

async function zhDictionaries(): Promise<[string, Dict][]> {
  const out: [string, Dict][] = [];
  for (const file of readdirSync(I18N).filter((f) => f.endsWith('.ts'))) {
    const mod = (await import(join(I18N, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const zh = (value as { 'zh-CN'?: unknown } | null)?.['zh-CN'];
      if (typeof value === 'object' && zh && typeof zh === 'object')
        out.push([`${file} ${name}`, zh as Dict]);
    }
  }
  return out;
}

/** A translated label followed by a typed ASCII colon: "{tt('codes')}: " shows "行业代码: " in zh. */
const LABEL_THEN_ASCII_COLON = /\b(?:t|tt|tr|txt|typeName|c\.t)\([^()]*(?:\([^()]*\))?[^()]*\)\}: /;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('zh labels use full-width punctuation', () => {
  it('finds the dictionaries it scans', async () => {
    expect((await zhDictionaries()).length).toBeGreaterThan(30);
  });

  it('no ASCII : ; , ( ) next to a Chinese character in any zh dictionary', async () => {
    const slips: string[] = [];
    for (const [where, dict] of await zhDictionaries())
      for (const [key, text] of Object.entries(dict))
        if (typeof text === 'string' && ASCII_NEXT_TO_CJK.test(text) && !(text in ALLOWED))
          slips.push(`${where}.${key}: ${text}`);
    expect(slips).toEqual([]);
  });

  it('no label is followed by a typed ": " on a page: colon(lang) gives "：" in zh', () => {
    const slips: string[] = [];
    for (const file of sourceFiles(WEB))
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (LABEL_THEN_ASCII_COLON.test(line)) slips.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    expect(slips).toEqual([]);
  });
});

/** Latin words left in a zh citation once its DOI and domain names are taken out: a name, not a linking word. */
function latinWords(text: string): string[] {
  return (
    text
      .replace(/DOI \S+/g, '')
      .replace(/\b[\w-]+\.(?:org|com|cn|net)\b/g, '')
      .match(/\b[A-Za-z]{3,}\b/g) ?? []
  );
}

describe('citations written as data are said in Chinese on a zh page', () => {
  const citations = world.sources.map((s) => s.citation);

  it('the world clusters’ sources have full-width punctuation and no English linking word in zh', () => {
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      const zh = citeSource('zh-CN', c);
      expect(zh, zh).not.toMatch(ASCII_NEXT_TO_CJK);
      expect(zh).not.toMatch(/[\u3400-\u9fff》]\. /);
      expect(latinWords(zh), zh).toEqual([]);
    }
  });

  it('keeps the titles, the year and the DOI, and leaves English as written', () => {
    expect(citeSource('zh-CN', world.sources[0].citation)).toBe(
      '干勇、谢曼、廉海强、邹伟龙、王慧，《先进制造业集群现代科技支撑体系建设研究》，中国工程科学，2022，DOI 10.15302/J-SSCAE-2022.02.003',
    );
    expect(citeSource('zh-CN', world.sources[1].citation)).toBe(
      '高新院 achie.org《全球先进制造业集群发展趋势（附全文）》，2025-10-14，摘编自工业和信息化部工业文化发展中心《全球先进制造业集群发展趋势（2024-2025年）》',
    );
    for (const c of citations) expect(citeSource('en', c)).toBe(c);
  });
});
