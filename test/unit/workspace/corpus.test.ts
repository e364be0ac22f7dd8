// The workspace corpus stores packed texts and takes counts computed by the index worker: every
// query must answer exactly what a corpus fed with plain texts answers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPacked, countText, packText, syllableRuns, unpackText, WorkspaceCorpus } from '../../../server/src/analysis/lexicon/workspace';

const fixturesDir = join(__dirname, '..', '..', 'fixtures');
const texts = readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixturesDir, f), 'utf8'));
const docs = texts.map((text, i) => ({ uri: `file:///ws/a${i}.txt`, text }));

/** Every unigram, bigram and trigram of the texts (what a query can ask about). */
function grams(all: readonly string[]) {
  const uni = new Set<string>();
  const bi = new Set<string>();
  const tri = new Set<string>();
  for (const t of all) {
    for (const run of syllableRuns(t)) {
      run.forEach((k, i) => {
        uni.add(k);
        if (i + 1 < run.length) bi.add(`${k} ${run[i + 1]}`);
        if (i + 2 < run.length) tri.add(`${k} ${run[i + 1]} ${run[i + 2]}`);
      });
    }
  }
  return { uni: [...uni], bi: [...bi].map((s) => s.split(' ')), tri: [...tri].map((s) => s.split(' ')) };
}

const ALL_GRAMS = grams(texts);

/** All the corpus answers for every gram of the fixtures, optionally leaving a document out. */
function answers(c: WorkspaceCorpus, exceptUri?: string) {
  return {
    documents: c.documentCount,
    total: c.totalSyllables,
    uni: ALL_GRAMS.uni.map((k) => c.unigram(k, exceptUri)),
    bi: ALL_GRAMS.bi.map(([a, b]) => c.bigram(a, b, exceptUri)),
    tri: ALL_GRAMS.tri.map(([a, b, d]) => c.trigram(a, b, d, exceptUri)),
  };
}

function fromTexts(list: ReadonlyArray<{ uri: string; text: string }>): WorkspaceCorpus {
  const c = new WorkspaceCorpus();
  for (const d of list) c.add(d.uri, d.text);
  return c;
}

describe('packed texts', () => {
  it('round-trip exactly and take far less memory than a JS string', () => {
    for (const t of [...texts, '', 'a', 'Đắk Lắk 😀 \r\n\t end']) expect(unpackText(packText(t))).toBe(t);
    const packed = texts.reduce((n, t) => n + packText(t).byteLength, 0);
    const stringBytes = texts.reduce((n, t) => n + t.length * 2, 0);
    expect(packed).toBeLessThan(stringBytes / 3);
    // each packed text owns exactly its bytes (not a slice of a bigger zlib chunk)
    const one = packText(texts[0]);
    expect(one.buffer.byteLength).toBe(one.byteLength);
  });

  it('pack equal texts to equal bytes', () => {
    expect(Buffer.compare(packText(texts[1]), packText(texts[1]))).toBe(0);
  });
});

describe('WorkspaceCorpus with counts computed elsewhere', () => {
  it('answers the same whether documents are added from text or from countText', () => {
    expect(ALL_GRAMS.tri.length).toBeGreaterThan(1000);
    const counted = new WorkspaceCorpus();
    for (const d of docs) counted.addCounted(d.uri, countText(d.text));
    const expected = answers(fromTexts(docs));
    expect(expected.total).toBeGreaterThan(1000);
    expect(answers(counted)).toEqual(expected);
  });

  it('leaves one document out exactly, for every document', () => {
    const counted = new WorkspaceCorpus();
    for (const d of docs) counted.addCounted(d.uri, countText(d.text));
    for (const d of docs) {
      const without = answers(fromTexts(docs.filter((x) => x !== d)));
      const left = answers(counted, d.uri);
      expect({ uni: left.uni, bi: left.bi, tri: left.tri }).toEqual({ uni: without.uni, bi: without.bi, tri: without.tri });
    }
    // an unknown document leaves nothing out
    expect(answers(counted, 'file:///elsewhere.txt')).toEqual(answers(counted));
  });

  it('removes documents exactly, with the stored counts given or recounted', () => {
    const c = new WorkspaceCorpus();
    for (const d of docs) c.addCounted(d.uri, countText(d.text));
    // removed with the counts of the stored version (what the index worker sends)
    c.removeCounted(docs[0].uri, { packed: c.packedText(docs[0].uri)!, counts: countPacked(c.packedText(docs[0].uri)!) });
    // removed by recounting the stored text here
    c.remove(docs[1].uri);
    expect(c.has(docs[0].uri)).toBe(false);
    expect(answers(c)).toEqual(answers(fromTexts(docs.slice(2))));
    for (const d of docs.slice(2)) c.remove(d.uri);
    expect(c.documentCount).toBe(0);
    expect(c.totalSyllables).toBe(0);
    expect(answers(c).uni.every((n) => n === 0)).toBe(true);
    expect(answers(c).tri.every((n) => n === 0)).toBe(true);
  });

  it('replaces a document exactly, even when the "previous" version it is told of is not the stored one', () => {
    const [a, b, d] = docs;
    const c = new WorkspaceCorpus();
    c.addCounted(a.uri, countText(a.text));
    c.addCounted(b.uri, countText(b.text));
    // a's file now holds d's text; the worker counted the stored version for the main thread
    c.addCounted(a.uri, countText(d.text), countText(a.text));
    expect(answers(c)).toEqual(answers(fromTexts([{ uri: a.uri, text: d.text }, b])));
    // a stale "previous" (another text than the stored one) is not trusted: the stored one is recounted
    c.addCounted(a.uri, countText(a.text), countText(b.text));
    expect(answers(c)).toEqual(answers(fromTexts([a, b])));
    c.removeCounted(b.uri, countText(d.text));
    expect(answers(c)).toEqual(answers(fromTexts([a])));
  });

  it('mixes add and addCounted and ignores a re-add of the same text', () => {
    const c = new WorkspaceCorpus();
    c.add(docs[0].uri, docs[0].text);
    c.addCounted(docs[1].uri, countText(docs[1].text));
    c.addCounted(docs[0].uri, countText(docs[0].text));
    c.add(docs[1].uri, docs[1].text);
    expect(answers(c)).toEqual(answers(fromTexts(docs.slice(0, 2))));
    // leave-one-out cache: a document replaced after being left out is counted afresh
    const before = c.unigram('dân', docs[0].uri);
    c.add(docs[0].uri, 'dân dân dân');
    expect(c.unigram('dân', docs[0].uri)).toBe(before);
    expect(c.unigram('dân')).toBe(before + 3);
  });
});
