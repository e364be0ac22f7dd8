// The real server over stdio (incremental sync) under random edit sequences of hostile text: it
// never dies, every range it returns lies inside the document, and the diagnostics of an edited
// document equal those of the same text opened fresh and those of the engine itself.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Command, Diagnostic, DocumentSymbol, FoldingRange, Range, SymbolInformation, TextEdit } from 'vscode-languageserver/node';
import { analyze, resolveSettings } from '../../server/src/analysis';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { LspClient } from '../lsp/client';
import { anyText, editRange, editSpec, FUZZ_SCALE, FUZZ_SEED, runs, type EditSpec } from './arbitraries';

type Snapshot = { version: number; text: string };

/** Problems with a range in a document of `text` (LSP: lines split on \n, \r\n and \r). */
function rangeProblems(what: string, text: string, r: Range | undefined): string[] {
  if (!r) return [`${what}: no range`];
  const doc = TextDocument.create('x:', 'x', 0, text);
  const out: string[] = [];
  for (const [name, p] of [['start', r.start], ['end', r.end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) out.push(`${what}: ${name} ${JSON.stringify(p)} invalid`);
    else if (p.line >= doc.lineCount) out.push(`${what}: ${name} line ${p.line} ≥ ${doc.lineCount} lines`);
    else {
      const lineEnd = p.line + 1 < doc.lineCount ? doc.offsetAt({ line: p.line + 1, character: 0 }) : text.length;
      const lineText = text.slice(doc.offsetAt({ line: p.line, character: 0 }), lineEnd).replace(/\r?\n$|\r$/, '');
      if (p.character > lineText.length) out.push(`${what}: ${name} ${JSON.stringify(p)} past the end of its line (${lineText.length})`);
    }
  }
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) out.push(`${what}: start after end ${JSON.stringify(r)}`);
  return out;
}

const inside = (outer: Range, inner: Range) =>
  (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
  (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

function symbolProblems(text: string, symbols: Array<DocumentSymbol | SymbolInformation> | null): string[] {
  const out: string[] = [];
  const walk = (s: DocumentSymbol, path: string) => {
    const what = `symbol ${path}${JSON.stringify(s.name)}`;
    if (typeof s.name !== 'string' || !s.name.trim()) out.push(`${what}: empty name`);
    out.push(...rangeProblems(what, text, s.range), ...rangeProblems(`${what} selection`, text, s.selectionRange));
    if (s.range && s.selectionRange && !inside(s.range, s.selectionRange)) out.push(`${what}: selection range outside its range`);
    for (const c of s.children ?? []) walk(c, `${path}${s.name} > `);
  };
  for (const s of symbols ?? []) {
    if ('location' in s) out.push(...rangeProblems(`symbol ${s.name}`, text, s.location.range));
    else walk(s, '');
  }
  return out;
}

function foldingProblems(text: string, ranges: FoldingRange[] | null): string[] {
  const lines = TextDocument.create('x:', 'x', 0, text).lineCount;
  return (ranges ?? []).flatMap((f) => (f.startLine < 0 || f.endLine >= lines || f.startLine > f.endLine ? [`folding ${f.startLine}..${f.endLine} outside ${lines} lines`] : []));
}

function editProblems(what: string, text: string, uri: string, actions: Array<CodeAction | Command> | null): string[] {
  const out: string[] = [];
  for (const a of actions ?? []) {
    if (!('edit' in a) || !a.edit) continue;
    for (const [target, edits] of Object.entries(a.edit.changes ?? {})) {
      if (target !== uri) out.push(`${what} ${JSON.stringify(a.title)}: edits another document ${target}`);
      const doc = TextDocument.create('x:', 'x', 0, text);
      const sorted = [...(edits as TextEdit[])].map((e) => ({ e, s: doc.offsetAt(e.range.start), t: doc.offsetAt(e.range.end) })).sort((x, y) => x.s - y.s);
      sorted.forEach(({ e, s }, i) => {
        out.push(...rangeProblems(`${what} ${JSON.stringify(a.title)} edit`, text, e.range));
        // LSP forbids overlapping edits in one workspace edit
        if (i > 0 && s < sorted[i - 1].t) out.push(`${what} ${JSON.stringify(a.title)}: overlapping edits`);
      });
    }
  }
  return out;
}

/** Problems with a result: fine when it fits one of the versions current while it was computed. */
function fitsSomeVersion(snapshots: Snapshot[], check: (text: string) => string[]): string[] {
  let first: string[] = [];
  for (const s of snapshots) {
    const problems = check(s.text);
    if (!problems.length) return [];
    if (!first.length) first = problems;
  }
  return first;
}

const key = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.message}`;
const keys = (ds: Diagnostic[]) => ds.map(key).sort();

/** What the engine itself says about `text`, as the server would publish it (defaults, English). */
function engineDiagnostics(text: string): Diagnostic[] {
  const settings = resolveSettings(null).settings;
  const doc = TextDocument.create('x:', 'vietnamese-article', 1, text);
  return analyze(text, settings).findings.map((f) => toDiagnostic(doc, f, 'en'));
}

type Probe = 'symbols' | 'folding' | 'actions' | 'fixAll' | 'none';
const probe = fc.constantFrom<Probe>('symbols', 'folding', 'actions', 'fixAll', 'none', 'none');

interface Step {
  /** Changes sent in one didChange (applied in order, as LSP says). */
  changes: EditSpec[];
  probe: Probe;
  /** Pause after the step (ms): lets analyses start, so newer versions cancel them. */
  pause: number;
}

const step = (pauses: number[]): fc.Arbitrary<Step> =>
  fc.record({ changes: fc.array(editSpec, { minLength: 1, maxLength: 3 }), probe, pause: fc.constantFrom(...pauses) });

let counter = 0;

/** Runs one edit sequence against `client` and checks everything the server said about it. */
async function exercise(client: LspClient, initial: string, steps: Step[], languageId: string): Promise<void> {
  const n = ++counter;
  const uri = `untitled:fuzz-${n}.txt`;
  await client.open(uri, initial, languageId);
  const snapshots: Snapshot[] = [{ version: 1, text: initial }];
  const pending: Array<Promise<string[]>> = [];
  const since = (version: number) => snapshots.filter((s) => s.version >= version);

  for (const st of steps) {
    let text = snapshots[snapshots.length - 1].text;
    const changes = st.changes.map((spec) => {
      // each change is relative to the text after the previous one
      const doc = TextDocument.create('x:', 'x', 0, text);
      const { start, end } = editRange(spec, text.length);
      const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
      text = TextDocument.update(doc, [{ range, text: spec.text }], 1).getText();
      return { range, text: spec.text };
    });
    const version = await client.change(uri, changes);
    snapshots.push({ version, text });
    expect(client.text(uri)).toBe(text);

    const at = version;
    const whole: Range = { start: { line: 0, character: 0 }, end: client.document(uri).positionAt(client.text(uri).length) };
    if (st.probe === 'symbols') pending.push(client.documentSymbols(uri).then((r) => fitsSomeVersion(since(at), (t) => symbolProblems(t, r))));
    if (st.probe === 'folding') pending.push(client.foldingRanges(uri).then((r) => fitsSomeVersion(since(at), (t) => foldingProblems(t, r))));
    if (st.probe === 'actions') pending.push(client.codeActions(uri, whole).then((r) => fitsSomeVersion(since(at), (t) => editProblems('quick fix', t, uri, r))));
    if (st.probe === 'fixAll') pending.push(client.codeActions(uri, whole, [], ['source.fixAll.vietproof']).then((r) => fitsSomeVersion(since(at), (t) => editProblems('fix all', t, uri, r))));
    if (st.pause) await new Promise((r) => setTimeout(r, st.pause));
  }

  const final = client.text(uri);
  const diagnostics = await client.waitForDiagnostics(uri);
  const problems = (await Promise.all(pending)).flat();
  for (const d of diagnostics) problems.push(...rangeProblems(`diagnostic ${d.code}`, final, d.range));
  problems.push(...symbolProblems(final, await client.documentSymbols(uri)));
  problems.push(...foldingProblems(final, await client.foldingRanges(uri)));
  const quickFixes = await client.codeActions(uri, diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics.slice(0, 5));
  problems.push(...editProblems('quick fix', final, uri, quickFixes));
  expect(problems).toEqual([]);

  // the edited document and the same text opened fresh get the same findings
  const fresh = `untitled:fresh-${n}.txt`;
  await client.open(fresh, final, languageId);
  const freshDiagnostics = await client.waitForDiagnostics(fresh);
  const differs = keys(diagnostics).join() !== keys(freshDiagnostics).join() || keys(diagnostics).join() !== keys(engineDiagnostics(final)).join();
  if (process.env.VIETPROOF_FUZZ_DUMP && differs) {
    (await import('node:fs')).writeFileSync(process.env.VIETPROOF_FUZZ_DUMP, JSON.stringify({ final, diagnostics, freshDiagnostics, engine: engineDiagnostics(final), snapshots }));
  }
  expect(keys(diagnostics), 'edited document vs the same text opened fresh').toEqual(keys(freshDiagnostics));
  if (languageId === 'vietnamese-article') {
    expect(keys(diagnostics), 'server vs engine (is server/out built from this source? npm run build)').toEqual(keys(engineDiagnostics(final)));
  }
  await client.close(uri);
  await client.close(fresh);
}

// a few seconds of round trips on a quiet machine; a busy CI runner or `npm run fuzz` takes longer
const FUZZ_TIMEOUT_MS = 60_000 * FUZZ_SCALE;

/** No crash reported on the server's log or stderr. */
function expectNoCrash(client: LspClient): void {
  expect(client.exit).toBeUndefined();
  const crashes = client.logs.filter((l) => /uncaught|unhandled rejection|failed:/i.test(l.message)).map((l) => l.message.slice(0, 300));
  expect(crashes).toEqual([]);
}

describe('server under random edits (analysis on the main thread)', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client?.dispose();
  });

  it('stays up, keeps every range in the document and matches a fresh analysis', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.array(step([0, 0, 0, 5]), { maxLength: 8 }), fc.constantFrom('vietnamese-article', 'plaintext'), async (initial, steps, languageId) => {
        await exercise(client, initial, steps, languageId);
      }),
      { seed: FUZZ_SEED, numRuns: runs(25), endOnFailure: true },
    );
    expectNoCrash(client);
  }, FUZZ_TIMEOUT_MS);
});

describe('server under random edits (every analysis on the worker thread)', () => {
  let client: LspClient;
  beforeAll(async () => {
    // offload everything so the worker, its cancellation and its piecewise transfer are exercised
    client = await LspClient.start({ env: { VIETPROOF_OFFLOAD_CHARS: '0' } });
  });
  afterAll(async () => {
    await client?.dispose();
  });

  it('stays up, keeps every range in the document and matches a fresh analysis', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.array(step([0, 0, 30, 250]), { maxLength: 6 }), async (initial, steps) => {
        await exercise(client, initial, steps, 'vietnamese-article');
      }),
      { seed: FUZZ_SEED + 1, numRuns: runs(10), endOnFailure: true },
    );
    expectNoCrash(client);
  }, FUZZ_TIMEOUT_MS);
});
