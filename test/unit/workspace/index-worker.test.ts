// The workspace index on its worker thread (the built server bundle, as in the editor): what it
// sends must build the same index as indexing on the main thread, and stopping it must stop it.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis';
import { countPacked, countText } from '../../../server/src/analysis/lexicon/workspace';
import { ArticleIndex, indexArticleFile, type IndexResult } from '../../../server/src/workspace/article-index';
import { IndexWorker } from '../../../server/src/workspace/index-worker';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const SERVER_BUNDLE = join(REPO_ROOT, 'server', 'out', 'server.js');
const fixturesDir = join(REPO_ROOT, 'test', 'fixtures');
const articles = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).sort();

/** A folder of articles (`copies` of each fixture), a non-Vietnamese .txt and a file that is not .txt. */
function workspaceFolder(copies = 1): string {
  const root = mkdtempSync(join(tmpdir(), 'vp-index-'));
  mkdirSync(join(root, 'nested'));
  for (let i = 0; i < copies; i++) for (const f of articles) copyFileSync(join(fixturesDir, f), join(root, i % 2 ? 'nested' : '', `${i}-${f}`));
  writeFileSync(join(root, 'english.txt'), 'This is an English note about the meeting schedule for next week, nothing more.\n');
  writeFileSync(join(root, 'notes.md'), 'Hội nghị tổng kết công tác dân vận năm 2020.\n');
  return root;
}

/** An IndexWorker whose events are recorded. */
function recordingWorker() {
  const events = { listed: [] as Array<[number, number]>, results: [] as Array<{ result: IndexResult; fromWalk: boolean }>, walked: [] as number[], failed: [] as string[] };
  const worker = new IndexWorker(SERVER_BUNDLE, {
    listed: (run, total) => events.listed.push([run, total]),
    result: (result, fromWalk) => events.results.push({ result, fromWalk }),
    walked: (run) => events.walked.push(run),
    failed: (error) => events.failed.push(error),
  });
  return { worker, events };
}

async function until(test: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const t0 = Date.now();
  while (!test()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What an index holds, comparable with toEqual. */
function contents(index: ArticleIndex) {
  const grams = ['dân', 'vận', 'tỉnh', 'ủy', 'năm'];
  return {
    articles: [...index.articles.values()].sort((a, b) => a.uri.localeCompare(b.uri)),
    documents: index.corpus.documentCount,
    total: index.corpus.totalSyllables,
    counts: grams.map((g) => index.corpus.unigram(g)).concat(grams.slice(1).map((g, i) => index.corpus.bigram(grams[i], g)), [index.corpus.trigram('công', 'tác', 'dân')]),
  };
}

describe.skipIf(!existsSync(SERVER_BUNDLE))('index worker', () => {
  it('walks a folder and sends what builds the same index as indexing on this thread, then stops', async () => {
    const root = workspaceFolder();
    const { worker, events } = recordingWorker();
    const fromWorker = new ArticleIndex();
    worker.walk(1, [root], DEFAULT_SETTINGS);
    expect(worker.running).toBe(true);
    await until(() => events.walked.length > 0, 'the walk');
    for (const { result, fromWalk } of events.results) {
      expect(fromWalk).toBe(true);
      fromWorker.apply(result);
    }
    // every .txt once (the English note too: it is read, found not Vietnamese, and left out)
    expect(events.listed).toEqual([[1, articles.length + 1]]);
    expect(events.results).toHaveLength(articles.length + 1);
    expect(events.walked).toEqual([1]);
    expect(events.failed).toEqual([]);

    const inline = new ArticleIndex();
    for (const f of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (f.isFile() && f.name.endsWith('.txt')) inline.indexFile(join(f.parentPath, f.name), DEFAULT_SETTINGS);
    }
    expect(fromWorker.articles.size).toBe(articles.length);
    expect(fromWorker.articles.has(pathToFileURL(join(root, 'english.txt')).href)).toBe(false);
    expect(contents(fromWorker)).toEqual(contents(inline));
    expect(fromWorker.search('Phạm Thị Phúc').map((h) => h.name)).toContain('Phạm Thị Phúc');

    // nothing left to do: the worker thread is stopped (its heap goes back to the system)
    await until(() => !worker.running, 'the worker to stop');
    expect(worker.busy).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });

  it('re-indexes changed files and drops deleted ones, with the stored version counted on the worker', async () => {
    const root = workspaceFolder();
    const index = new ArticleIndex();
    const [first, second] = articles.map((f) => join(root, `0-${f}`));
    index.indexFile(first, DEFAULT_SETTINGS);
    index.indexFile(second, DEFAULT_SETTINGS);
    const firstUri = pathToFileURL(first).href;
    const secondUri = pathToFileURL(second).href;
    const before = index.corpus.packedText(firstUri)!;
    // the first file now holds the third article's text; the second is deleted
    const third = readFileSync(join(fixturesDir, articles[2]), 'utf8');
    writeFileSync(first, third);
    rmSync(second);

    const { worker, events } = recordingWorker();
    worker.indexFiles(
      [
        { path: first, previous: before },
        { path: second, deleted: true, previous: index.corpus.packedText(secondUri) },
      ],
      DEFAULT_SETTINGS,
    );
    await until(() => events.results.length === 2, 'two results');
    const [changed, deleted] = events.results.map((r) => r.result);
    expect(events.results.every((r) => !r.fromWalk)).toBe(true);
    expect(changed.uri).toBe(firstUri);
    expect(changed.previous?.counts).toEqual(countPacked(before));
    expect(changed.counted).toEqual(countText(third));
    expect(deleted.uri).toBe(secondUri);
    expect(deleted.article).toBeUndefined();
    for (const r of [changed, deleted]) index.apply(r);

    const expected = new ArticleIndex();
    expected.indexFile(first, DEFAULT_SETTINGS);
    expect(contents(index)).toEqual(contents(expected));
    await until(() => !worker.running, 'the worker to stop');
    rmSync(root, { recursive: true, force: true });
  });

  it('cancels a walk by stopping the worker, keeps file tasks, and lets a new walk supersede an old one', async () => {
    const root = workspaceFolder(40);
    const other = workspaceFolder();
    const { worker, events } = recordingWorker();
    worker.walk(1, [root], DEFAULT_SETTINGS);
    await until(() => events.results.length >= 3, 'the first results');
    worker.indexFiles([{ path: join(other, `0-${articles[0]}`) }], DEFAULT_SETTINGS);
    worker.cancelWalk();
    const walkResults = () => events.results.filter((r) => r.fromWalk).length;
    const atCancel = walkResults();
    // the file task, handed to a fresh worker, is answered; nothing more of the walk comes
    await until(() => events.results.some((r) => !r.fromWalk), 'the file task');
    await until(() => !worker.running, 'the worker to stop');
    expect(walkResults()).toBe(atCancel);
    expect(atCancel).toBeLessThan(40 * articles.length);
    expect(events.walked).toEqual([]);

    // a second walk replaces the first at once: only the second one's files and end arrive
    events.results.length = 0;
    worker.walk(2, [root], DEFAULT_SETTINGS);
    worker.walk(3, [other], DEFAULT_SETTINGS);
    await until(() => events.walked.length > 0, 'the walk');
    expect(events.walked).toEqual([3]);
    expect(events.listed.map(([run]) => run)).not.toContain(2);
    expect(events.results.map((r) => r.result.uri).every((u) => u.startsWith(pathToFileURL(other).href))).toBe(true);
    expect(events.results).toHaveLength(articles.length + 1);
    worker.dispose();
    expect(worker.running).toBe(false);
    expect(events.failed).toEqual([]);
    rmSync(root, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  });

  it('indexes a file on the main thread exactly as the worker does', () => {
    const root = workspaceFolder();
    const path = join(root, `0-${articles[4]}`);
    const r = indexArticleFile(path, DEFAULT_SETTINGS);
    expect(r.article?.officials.map((o) => o.name)).toContain('Phạm Thị Phúc');
    expect(r.counted).toEqual(countText(readFileSync(path, 'utf8')));
    expect(indexArticleFile(join(root, 'english.txt'), DEFAULT_SETTINGS).article).toBeUndefined();
    expect(indexArticleFile(join(root, 'missing.txt'), DEFAULT_SETTINGS).article).toBeUndefined();
    rmSync(root, { recursive: true, force: true });
  });
});
