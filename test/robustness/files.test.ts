// Big and strange files through the server and the CLI: binary and non-UTF-8 text is skipped with
// a message, text over vietproof.maxFileSizeKB is checked in part and says so, big documents are
// analysed off the main thread (other documents are answered meanwhile) and a newer version
// cancels the analysis of an older one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver/node';
import { FIXTURES } from '../fuzz/arbitraries';
import { fileUri, LspClient, REPO_ROOT, withServer } from '../lsp/client';

const ARTICLES = FIXTURES.join('\n\n');
/** `size` characters of real article text, repeated. */
const articleText = (size: number) => ARTICLES.repeat(Math.ceil(size / ARTICLES.length)).slice(0, size);
const key = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

describe('strange documents through the server', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start({ configuration: () => ({ maxFileSizeKB: 64 }), env: { VIETPROOF_DEBUG_LAG: '1' } });
  });
  afterAll(async () => {
    await client?.dispose();
  });

  it('skips a binary document with a message', async () => {
    const uri = 'untitled:binary.txt';
    const since = client.notifications.length;
    await client.open(uri, FIXTURES[0].slice(0, 500) + '\0\0\x01\x02PK\x03\x04' + FIXTURES[1].slice(0, 500));
    expect(await client.waitForDiagnostics(uri)).toEqual([]);
    const status = await client.waitForStatus(uri, since);
    expect(status.notices.join(' ')).toMatch(/binary/i);
    await client.close(uri);
  });

  it('skips text that was not UTF-8 (replacement characters) with a message', async () => {
    const uri = 'untitled:latin1.txt';
    const since = client.notifications.length;
    // Windows-1258 bytes read as UTF-8: every Vietnamese letter became U+FFFD
    const mangled = FIXTURES[2].replace(/[^\x20-\x7e\n]/g, '\uFFFD');
    await client.open(uri, mangled);
    expect(await client.waitForDiagnostics(uri)).toEqual([]);
    expect((await client.waitForStatus(uri, since)).notices.join(' ')).toMatch(/UTF-8/);
    await client.close(uri);
  });

  it('checks only the first vietproof.maxFileSizeKB of a big document and says so', async () => {
    const uri = 'untitled:big.txt';
    const text = articleText(300_000);
    const since = client.notifications.length;
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, 1, 120_000);
    expect(diagnostics.length).toBeGreaterThan(0);
    const doc = client.document(uri);
    for (const d of diagnostics) expect(doc.offsetAt(d.range.end)).toBeLessThanOrEqual(64 * 1024);
    expect((await client.waitForStatus(uri, since)).notices.join(' ')).toMatch(/64 KB/);
    await client.close(uri);
  });

  it('answers other documents while a big one is analysed', async () => {
    const big = 'untitled:big-line.txt';
    const small = 'untitled:small.txt';
    // one line, no break: the size limit cuts it mid-line
    const text = articleText(400_000).replace(/[\r\n]+/g, ' ');
    const order: string[] = [];
    await client.request('vietproof/debug/eventLoop', null);
    const t0 = performance.now();
    await client.open(big, text);
    const bigDone = client.waitForDiagnostics(big, 1, 120_000).then((d) => {
      order.push('big diagnostics');
      return d;
    });
    await client.open(small, FIXTURES[3]);
    const symbols = (await client.documentSymbols(small)) as DocumentSymbol[];
    order.push('small symbols');
    expect(symbols.length).toBeGreaterThan(0);
    const diagnostics = await bigDone;
    const elapsed = performance.now() - t0;
    expect(order).toEqual(['small symbols', 'big diagnostics']);
    // the analysis ran elsewhere: no single block of the server's event loop came near its length
    const lag = await client.request<{ maxMs: number }>('vietproof/debug/eventLoop', null);
    expect(lag.maxMs).toBeLessThan(elapsed / 2);
    for (const d of diagnostics) expect(d.range.start.line).toBe(0);
    await client.close(big);
    await client.close(small);
  });

  it('a newer version cancels the analysis of an older one and wins', async () => {
    const uri = 'untitled:typing.txt';
    await client.open(uri, articleText(200_000));
    const answers: Array<Promise<unknown>> = [];
    for (let i = 0; i < 4; i++) {
      // type at the top while the previous version is being analysed
      await client.edit(uri, 0, 0, `Dòng ${i}  mới.\n`);
      answers.push(client.documentSymbols(uri));
      await new Promise((r) => setTimeout(r, 40));
    }
    // every request is answered, none is lost with its cancelled analysis
    expect((await Promise.all(answers)).every((a) => Array.isArray(a))).toBe(true);
    const diagnostics = await client.waitForDiagnostics(uri, client.document(uri).version, 120_000);
    const fresh = 'untitled:typing-fresh.txt';
    await client.open(fresh, client.text(uri));
    expect(diagnostics.map(key).sort()).toEqual((await client.waitForDiagnostics(fresh, 1, 120_000)).map(key).sort());
    expect(diagnostics.some((d) => d.code === 'style/double-space' && d.range.start.line === 0)).toBe(true);
    await client.close(uri);
    await client.close(fresh);
  });

  it('an empty document and one made only of line breaks are fine', async () => {
    for (const [name, text] of [['empty', ''], ['breaks', '\r\n\r\r\n\n\u2028\n']] as const) {
      const uri = `untitled:${name}.txt`;
      await client.open(uri, text);
      const lines = client.document(uri).lineCount;
      for (const d of await client.waitForDiagnostics(uri)) expect(d.range.end.line).toBeLessThan(lines);
      if (!text) expect(await client.waitForDiagnostics(uri)).toEqual([]);
      expect(await client.foldingRanges(uri)).toEqual([]);
      await client.close(uri);
    }
    expect(client.exit).toBeUndefined();
  });
});

describe('strange files through the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vietproof-files-'));
    writeFileSync(join(dir, 'good.txt'), FIXTURES[0]);
    writeFileSync(join(dir, 'bom-crlf.txt'), '\uFEFF' + FIXTURES[1].replace(/\n/g, '\r\n'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.concat([Buffer.from(FIXTURES[2].slice(0, 300)), Buffer.from([0, 0, 1, 2, 3, 0xff])]));
    // Latin-1 / Windows-1258 bytes are not valid UTF-8
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(FIXTURES[3].slice(0, 400), 'latin1'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (...args: string[]) => spawnSync(process.execPath, [join(REPO_ROOT, 'server', 'out', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

  it('skips binary and non-UTF-8 files with a reason and checks the rest', () => {
    const run = cli('check', '.', '--format', 'json', '--no-progress');
    expect(run.stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(run.status);
    const reports = JSON.parse(run.stdout) as Array<{ file: string; ok: boolean; reason?: string; findings: unknown[] }>;
    const byFile = Object.fromEntries(reports.map((r) => [r.file, r]));
    expect(byFile['binary.txt']).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(byFile['latin1.txt']).toMatchObject({ ok: false, reason: expect.stringMatching(/UTF-8/) });
    expect(byFile['good.txt'].ok).toBe(true);
    expect(byFile['good.txt'].findings.length).toBeGreaterThan(0);
    expect(byFile['bom-crlf.txt'].ok).toBe(true);
    expect(byFile['empty.txt']).toMatchObject({ ok: true, findings: [] });
  });

  it('refuses to outline a binary file with a usage-level exit code', () => {
    const run = cli('outline', 'binary.txt');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/binary/);
  });
});

describe('server process life cycle over stdio', () => {
  it('exits with 0 after shutdown and exit', async () => {
    const client = await LspClient.start();
    await client.dispose();
    expect(client.exit).toEqual({ code: 0, signal: null });
  });

  it('exits by itself when the client goes away (stdin closed)', async () => {
    const client = await LspClient.start();
    try {
      client.process.stdin!.end();
      await client.exited;
      expect(client.exit?.code).toBe(1);
    } finally {
      await client.dispose();
    }
  });
});

describe('checking files that are not open', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vietproof-check-'));
    writeFileSync(join(dir, 'big.txt'), articleText(200_000));
    writeFileSync(join(dir, 'small.txt'), FIXTURES[0]);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('analyses a big file off the event loop and skips a binary one', async () => {
    await withServer({ env: { VIETPROOF_DEBUG_LAG: '1' } }, async (c) => {
      const uris = ['big.txt', 'small.txt', 'binary.txt'].map((f) => fileUri(join(dir, f)));
      await c.request('vietproof/debug/eventLoop', null);
      const t0 = performance.now();
      const result = await c.executeCommand('vietproof.server.checkFiles', [uris]);
      const elapsed = performance.now() - t0;
      expect(result).toEqual({ checked: 2, skipped: 1 });
      await c.waitFor(() => c.diagnostics.has(uris[0]) && c.diagnostics.has(uris[1]), 'diagnostics of both files');
      expect(c.diagnostics.get(uris[0])!.diagnostics.length).toBeGreaterThan(0);
      const lag = await c.request<{ maxMs: number }>('vietproof/debug/eventLoop', null);
      expect(lag.maxMs).toBeLessThan(elapsed / 2);
    });
  });
});
