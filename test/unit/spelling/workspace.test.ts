// Adaptive counts from the user's workspace: the checker learns what this writer writes.
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_SETTINGS } from '../../../server/src/analysis';
import { WorkspaceCorpus, countSyllables, syllableRuns } from '../../../server/src/analysis/lexicon/workspace';
import { wrongDiacritic } from '../../../server/src/analysis/rules/spelling/wrong-diacritic';

describe('WorkspaceCorpus', () => {
  it('counts syllables and pairs by style-independent key, phrase by phrase', () => {
    expect(syllableRuns('Hoà bình, thủy lợi.\nUBND tỉnh')).toEqual([['hòa', 'bình'], ['thủy', 'lợi'], ['tỉnh']]);
    const c = countSyllables('hoà bình và hòa bình');
    expect(c.bigrams.get('hòa bình')).toBe(2);
    expect(c.unigrams.get('hòa')).toBe(2);
    expect(c.total).toBe(5);
  });

  it('adds, replaces and removes documents', () => {
    const ws = new WorkspaceCorpus();
    ws.add('a', 'cấp ủy cơ sở');
    ws.add('b', 'cấp ủy và cấp ủy');
    expect(ws.bigram('cấp', 'ủy')).toBe(3);
    expect(ws.bigram('cấp', 'ủy', 'b')).toBe(1);
    ws.add('b', 'chính quyền');
    expect(ws.bigram('cấp', 'ủy')).toBe(1);
    ws.remove('a');
    expect(ws.bigram('cấp', 'ủy')).toBe(0);
    expect(ws.unigram('chính')).toBe(1);
    expect(ws.documentCount).toBe(1);
    ws.clear();
    expect(ws.totalSyllables).toBe(0);
  });

  it('lets a form the workspace uses often outweigh a one-off variant', () => {
    // `chuyển đổi số` is too recent for the dictionary; a folder of news uses it all the time
    const text = 'Tỉnh đẩy mạnh chuyển đổi sổ trong các cơ quan nhà nước.';
    const alone = analyze(text, DEFAULT_SETTINGS, { rules: [wrongDiacritic] }).findings;
    const ws = new WorkspaceCorpus();
    for (let i = 0; i < 40; i++) ws.add(`doc${i}`, 'Hội nghị bàn về chuyển đổi số. Chuyển đổi số giúp doanh nghiệp tiết kiệm chi phí.');
    const adapted = analyze(text, DEFAULT_SETTINGS, { rules: [wrongDiacritic], workspace: ws, documentUri: 'this' }).findings;
    expect(alone).toEqual([]);
    expect(adapted.map((f) => text.slice(f.start, f.end))).toEqual(['sổ']);
    expect(adapted[0].fixes[0].edits[0].newText).toBe('số');
  });
});
