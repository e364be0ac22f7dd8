// Hover: officials (titles, mention count), abbreviations (expansion), words (dictionary meanings,
// any tone style), and what is left alone (proper names, numbers, punctuation).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, ArticleText } from '../../../server/src/analysis';
import { abbreviationAt, expandAbbreviation } from '../../../server/src/analysis/structure/abbreviations';
import { hoverAt, mentionAt, officialAt, organizationAt } from '../../../server/src/analysis/structure/hover';
import {
  definitionAt, definitionsCandidates, definitionsProblem, lookupDefinitions,
} from '../../../server/src/analysis/lexicon/definitions';

beforeAll(() => {
  // the build makes the asset; a bare checkout running only the tests makes it here
  if (!definitionsCandidates().some((p) => existsSync(p))) {
    const script = join(__dirname, '..', '..', '..', 'server', 'scripts', 'build-definitions.mjs');
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build-definitions failed: ${r.stderr}`);
  }
}, 120_000);

const at = (text: string, needle: string, delta = 1) => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle}`);
  return i + delta;
};

describe('abbreviations', () => {
  it('expands administrative abbreviations', () => {
    expect(expandAbbreviation('UBND')).toBe('Ủy ban nhân dân');
    expect(expandAbbreviation('HĐND')).toBe('Hội đồng nhân dân');
    expect(expandAbbreviation('HĐND'.normalize('NFD'))).toBe('Hội đồng nhân dân');
    expect(expandAbbreviation('MTTQ')).toBe('Mặt trận Tổ quốc');
    expect(expandAbbreviation('DTTS')).toBe('dân tộc thiểu số');
    expect(expandAbbreviation('Tp')).toBe('thành phố');
    expect(expandAbbreviation('XYZQ')).toBeUndefined();
  });

  it('finds the abbreviation under the cursor, compound ones whole', () => {
    const text = 'Trung tâm VHTT TT&DL huyện và UB MTTQ xã, Nghị quyết 06-NQ/TW; ông Tám.';
    expect(abbreviationAt(text, at(text, 'VHTT'))).toMatchObject({ text: 'VHTT', expansion: 'Văn hóa Thông tin' });
    const tt = abbreviationAt(text, at(text, 'DL'));
    expect(tt).toMatchObject({ text: 'TT&DL', expansion: 'Thể thao và Du lịch' });
    expect(text.slice(tt!.start, tt!.end)).toBe('TT&DL');
    expect(abbreviationAt(text, at(text, 'NQ/TW', 4))).toMatchObject({ text: 'NQ/TW' });
    // a word in capitals only where it is written in capitals
    expect(abbreviationAt(text, at(text, 'Tám'))).toBeUndefined();
    expect(abbreviationAt(text, at(text, 'huyện'))).toBeUndefined();
  });
});

describe('definitions asset', () => {
  it('loads and finds words in both tone styles, any case, NFC or NFD', () => {
    const hoa = lookupDefinitions('hòa bình');
    expect(definitionsProblem()).toBeUndefined();
    expect(hoa.length).toBeGreaterThan(0);
    expect(hoa[0].senses[0].definition).toMatch(/chiến tranh/);
    expect(lookupDefinitions('hoà bình')).toEqual(hoa);
    expect(lookupDefinitions('Hoà Bình'.normalize('NFD'))).toEqual(hoa);
    expect(lookupDefinitions('uỷ ban').length).toBeGreaterThan(0);
    expect(lookupDefinitions('ủy ban')).toEqual(lookupDefinitions('uỷ ban'));
    expect(lookupDefinitions('kĩ thuật')).toEqual(lookupDefinitions('kỹ thuật'));
    expect(lookupDefinitions('xqzw')).toEqual([]);
  });

  it('takes the longest dictionary word around the offset', () => {
    const doc = new ArticleText('Đồng bào dân tộc thiểu số giữ gìn hoà bình.');
    expect(definitionAt(doc, at(doc.text, 'tộc'))?.word).toBe('dân tộc thiểu số');
    expect(definitionAt(doc, at(doc.text, 'bình'))?.word).toBe('hoà bình');
    expect(definitionAt(doc, at(doc.text, 'gìn'))?.word).toBe('giữ gìn');
    expect(definitionAt(doc, doc.text.length - 1)).toBeUndefined(); // the full stop
  });
});

describe('hoverAt', () => {
  const text = [
    'Sáng 3/4, UBND tỉnh Thái Bình tổ chức hội nghị về hòa giải ở cơ sở.',
    'Ông Kiều Văn Tám, Chủ tịch UBND tỉnh phát biểu. Ông Tám nhấn mạnh vai trò của Đảng và MTTQ.',
    'Chủ tịch UBND tỉnh đề nghị các huyện hoàn thành trước ngày 30/6.',
  ].join('\n');
  const { article } = analyze(text);
  const doc = new ArticleText(text);

  it('shows an official with titles and mention count, on name, short name and title alone', () => {
    for (const needle of ['Văn Tám', 'Tám nhấn', 'Chủ tịch UBND tỉnh đề']) {
      const h = hoverAt(doc, article, at(text, needle));
      expect(h?.kind).toBe('official');
      expect(h!.markdown).toContain('**Kiều Văn Tám**');
      expect(h!.markdown).toContain('Chủ tịch UBND tỉnh');
      expect(h!.markdown).toContain('3 lần');
    }
    expect(hoverAt(doc, article, at(text, 'Văn Tám'), 'en')!.markdown).toContain('Mentioned 3 times');
  });

  it('finds the official and organisation under the cursor for references', () => {
    expect(officialAt(article, at(text, 'Tám nhấn'))?.name).toBe('Kiều Văn Tám');
    expect(mentionAt(article, at(text, 'Tám nhấn'))?.mention.text).toBe('Tám');
    expect(officialAt(article, at(text, 'hội nghị'))).toBeUndefined();
    expect(organizationAt(article, at(text, 'MTTQ'))?.name).toBe('MTTQ');
  });

  it('adds the expansion of an abbreviation inside an official title', () => {
    const h = hoverAt(doc, article, at(text, 'UBND tỉnh đề'));
    expect(h?.kind).toBe('official');
    expect(h!.markdown).toContain('Ủy ban nhân dân');
  });

  it('expands an abbreviation', () => {
    const h = hoverAt(doc, article, at(text, 'UBND'));
    expect(h).toMatchObject({ kind: 'abbreviation' });
    expect(h!.markdown).toContain('Ủy ban nhân dân');
    expect(text.slice(h!.start, h!.end)).toBe('UBND');
  });

  it('gives a word its meanings, with the part of speech in the client language', () => {
    const h = hoverAt(doc, article, at(text, 'giải'));
    expect(h?.kind).toBe('word');
    expect(text.slice(h!.start, h!.end)).toBe('hòa giải');
    expect(h!.markdown).toMatch(/động từ|danh từ/);
    expect(hoverAt(doc, article, at(text, 'giải'), 'en')!.markdown).toMatch(/verb|noun/);
    // a capitalised word used reverently still has its meaning
    expect(hoverAt(doc, article, at(text, 'Đảng'))?.kind).toBe('word');
  });

  it('says nothing on proper names, numbers and punctuation', () => {
    expect(hoverAt(doc, article, at(text, 'Bình'))).toBeUndefined(); // Thái Bình is a province, not `thái bình`
    expect(hoverAt(doc, article, at(text, '3/4'))).toBeUndefined();
    expect(hoverAt(doc, article, at(text, ', UBND', 0))).toBeUndefined();
  });
});

describe('hover on a misspelt word', () => {
  it('titles the entry with the dictionary headword, not the typo', async () => {
    const { analyze } = await import('../../../server/src/analysis');
    const { ArticleText } = await import('../../../server/src/analysis/text/document');
    const { hoverAt } = await import('../../../server/src/analysis/structure/hover');
    const text = 'Hai bên tiếp tục đối thọai về thương mại.';
    const info = hoverAt(new ArticleText(text), analyze(text).article, text.indexOf('thọai') + 1, 'vi');
    expect(info?.kind).toBe('word');
    expect(info!.markdown.split('\n')[0]).toBe('**đối thoại**');
  });
});
