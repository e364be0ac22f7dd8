import { describe, expect, it } from 'vitest';
import { applyEdits, sureEdits } from '../../server/src/analysis/fixes';
import type { AnalysisResult, Finding, Fix } from '../../server/src/analysis/types';

const finding = (category: Finding['category'], fix: Fix): Finding => ({
  ruleId: `${category}/x`,
  category,
  severity: 'information',
  start: fix.edits[0].start,
  end: fix.edits[0].end,
  message: { en: 'x', vi: 'x' },
  fixes: [fix],
});
const result = (findings: Finding[]): AnalysisResult => ({ findings, article: { blocks: [], officials: [], organizations: [] }, notices: [] });
const del = (start: number, end: number): Fix => ({ title: { en: 'd', vi: 'd' }, edits: [{ start, end, newText: '' }], preferred: true, confidence: 'high' });
const rep = (start: number, end: number, newText: string, confidence: Fix['confidence'] = 'high'): Fix => ({ title: { en: 'r', vi: 'r' }, edits: [{ start, end, newText }], preferred: true, confidence });

describe('sureEdits', () => {
  const text = 'Bài viết.\nTin khác\nTruy cập\n2331\n';
  it('merges two removed blocks that share a line break', () => {
    const r = result([finding('boilerplate', del(9, 18)), finding('boilerplate', del(17, text.length))]);
    expect(applyEdits(text, sureEdits(r, true))).toBe('Bài viết.');
  });

  it('leaves boilerplate alone unless asked, and unsure fixes always', () => {
    const r = result([finding('boilerplate', del(9, text.length)), finding('spelling', rep(0, 3, 'BÀI', 'medium'))]);
    expect(sureEdits(r, false)).toEqual([]);
    expect(applyEdits(text, sureEdits(r, true))).toBe('Bài viết.');
  });

  it('drops a replacement that overlaps a deletion, keeps one that does not', () => {
    const r = result([finding('boilerplate', del(9, 18)), finding('spelling', rep(12, 15, 'KHÁC')), finding('spelling', rep(0, 3, 'Bản'))]);
    expect(applyEdits(text, sureEdits(r, true))).toBe('Bản viết.\nTruy cập\n2331\n');
  });
});
