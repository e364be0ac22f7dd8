// A client can be wrong: notifications about documents that are not open, ranges past the end,
// missing or mistyped parameters, unknown commands. The server answers what it can, reports
// errors as errors, and stays up with its documents intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver/node';
import { FIXTURES } from '../fuzz/arbitraries';
import { LspClient } from '../lsp/client';

describe('protocol abuse', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client?.dispose();
  });

  /** 'ok' or 'error'; 'silence' when no answer comes within 10 s. */
  const settled = async (p: Promise<unknown>) =>
    Promise.race([p.then(() => 'ok', (e: Error) => (/timed out/.test(e.message) ? 'silence' : 'error')), new Promise((r) => setTimeout(() => r('silence'), 10_000))]);
  const far = { line: 1e9, character: 1e9 };

  it('survives requests and notifications that make no sense', async () => {
    const uri = 'untitled:abuse.txt';
    await client.open(uri, FIXTURES[0]);
    const before = await client.waitForDiagnostics(uri);

    // notifications: nothing to answer, nothing may break
    await client.notify('textDocument/didChange', { textDocument: { uri: 'untitled:never-opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: 'untitled:never-opened.txt' } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:half', languageId: 'vietnamese-article', version: 1 } });
    await client.notify('textDocument/didOpen', {});
    await client.notify('workspace/didChangeConfiguration', { settings: 'not an object' });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///nowhere/.vietproof/words.txt', type: 2 }, { uri: 42, type: 9 }] });
    await client.notify('$/cancelRequest', { id: 'nobody' });
    await client.notify('vietproof/unknown', { a: 1 });

    // requests: an answer or an error, never silence
    const results = await Promise.all([
      settled(client.request('textDocument/documentSymbol', { textDocument: { uri: 'untitled:never-opened.txt' } })),
      settled(client.request('textDocument/foldingRange', {})),
      settled(client.codeActions(uri, { start: far, end: far })),
      settled(client.codeActions(uri, { start: { line: 3, character: 0 }, end: { line: 0, character: 0 } })),
      settled(client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [{ range: { start: far, end: far }, message: 'x', source: 'vietproof', code: 'style/double-space' }] } })),
      settled(client.request('textDocument/hover', { textDocument: { uri }, position: far })),
      settled(client.request('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -5 } })),
      settled(client.executeCommand('vietproof.server.statistics', [42])),
      settled(client.executeCommand('vietproof.server.addToDictionary', [])),
      settled(client.executeCommand('vietproof.server.toggleFile', [null])),
      settled(client.executeCommand('no.such.command', ['x'])),
      settled(client.request('workspace/symbol', { query: '\u0000'.repeat(100) })),
      settled(client.request('no/such/method', {})),
    ]);
    expect(results).toHaveLength(13);
    expect(results.filter((r) => r === 'silence')).toEqual([]);

    // an edit past the end of the document is clamped to it, as the LSP library does
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: far, end: far }, text: '  .' }] });
    await client.waitFor(() => (client.diagnostics.get(uri)?.version ?? 0) >= 2, 'diagnostics after the clamped edit');
    expect(client.exit).toBeUndefined();
    expect(await client.ping()).toBeGreaterThanOrEqual(0);
    const after: Diagnostic[] = client.diagnostics.get(uri)!.diagnostics;
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    const crashes = client.logs.filter((l) => /uncaught|unhandled rejection/i.test(l.message));
    expect(crashes.map((l) => l.message.slice(0, 200))).toEqual([]);
  });

  it('a document opened twice or changed with a stale version keeps its latest text', async () => {
    const uri = 'untitled:twice.txt';
    await client.open(uri, FIXTURES[1]);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'vietnamese-article', version: 1, text: FIXTURES[2] } });
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ text: FIXTURES[3] }] });
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: FIXTURES[4] }] });
    await client.waitFor(() => (client.diagnostics.get(uri)?.version ?? 0) >= 3, 'diagnostics of the last change');
    expect(client.exit).toBeUndefined();
    const stats = (await client.executeCommand('vietproof.server.statistics', [uri])) as { characters: number } | null;
    expect(stats?.characters).toBe(FIXTURES[4].length);
  });
});
