// The built language server over stdio, as any editor talks to it (a separate process).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, DocumentSymbol } from 'vscode-languageserver/node';
import { DEFAULT_CAPABILITIES, fileUri, LspClient, PULL_CAPABILITIES, REPO_ROOT, withServer, type PublishedDiagnostics } from './client';

/** Every publishDiagnostics the server sent, in order. */
const published = (c: LspClient): PublishedDiagnostics[] =>
  c.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').map((n) => n.params as PublishedDiagnostics);

const fixturesDir = join(REPO_ROOT, 'test', 'fixtures');
const workspace = mkdtempSync(join(tmpdir(), 'vp-lsp-'));
// the seed files only: sub-folders (test/fixtures/invented) belong to other tests
for (const f of readdirSync(fixturesDir, { withFileTypes: true })) if (f.isFile()) copyFileSync(join(fixturesDir, f.name), join(workspace, f.name));
const fixture = (name: string) => ({ uri: fileUri(join(workspace, name)), text: readFileSync(join(workspace, name), 'utf8') });

const A000 = fixture('000_79964c0f4c3e9176.txt');
const A001 = fixture('001_7adca0d70c9930ac.txt');
const A002 = fixture('002_39e6743387f984c4.txt');
const A003 = fixture('003_a718ae4f02fc371c.txt');
const A004 = fixture('004_f66b1282c07b462c.txt');
const ALL = [A000, A001, A002, A003, A004];

/** The text a diagnostic covers. */
function covered(text: string, d: Diagnostic): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (d.range.start.line !== d.range.end.line) return lines.slice(d.range.start.line, d.range.end.line + 1).join('\n');
  return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

function diagnosticOn(text: string, diags: Diagnostic[], word: string, context: string): Diagnostic | undefined {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(context));
  const character = lines[line].indexOf(context) + context.indexOf(word);
  return diags.find((d) => d.range.start.line === line && d.range.start.character <= character && d.range.end.character >= character + word.length && String(d.code).startsWith('spelling/'));
}

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

describe('language server over stdio (push diagnostics)', () => {
  let client: LspClient;
  const diagnostics = new Map<string, Diagnostic[]>();

  beforeAll(async () => {
    client = await LspClient.start({ workspaceFolders: [workspace], capabilities: DEFAULT_CAPABILITIES, locale: 'en' });
    for (const a of ALL) {
      await client.open(a.uri, a.text, 'plaintext');
      diagnostics.set(a.uri, await client.waitForDiagnostics(a.uri));
    }
  });
  afterAll(() => client?.dispose());

  it('declares incremental sync, code actions with fix-all, symbols and folding, and no pull diagnostics', () => {
    const caps = client.initializeResult.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.vietproof'] });
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.foldingRangeProvider).toBe(true);
    expect(caps.diagnosticProvider).toBeUndefined();
  });

  it('labels every diagnostic with source vietproof and a category/name rule id', () => {
    const all = [...diagnostics.values()].flat();
    expect(all.length).toBeGreaterThan(10);
    for (const d of all) {
      expect(d.source).toBe('vietproof');
      expect(String(d.code)).toMatch(/^(spelling|style|boilerplate)\/[a-z0-9-]+$/);
    }
  });

  it('flags thọai and trât with the right preferred fix', async () => {
    for (const [a, word, context, right] of [
      [A000, 'thọai', 'đối thọai', 'thoại'],
      [A004, 'trât', 'trât tự an toàn', 'trật'],
    ] as const) {
      const d = diagnosticOn(a.text, diagnostics.get(a.uri)!, word, context);
      expect(d, word).toBeDefined();
      expect(covered(a.text, d!)).toBe(word);
      const actions = (await client.codeActions(a.uri, d!.range, [d!], ['quickfix'])) as CodeAction[];
      const preferred = actions.filter((x) => x.isPreferred);
      expect(preferred).toHaveLength(1);
      const edits = preferred[0].edit!.changes![a.uri];
      expect(edits).toEqual([{ range: d!.range, newText: right }]);
    }
  });

  it('leaves abbreviations, Roman numerals, names, foreign words, numbers and URLs alone', () => {
    for (const a of ALL) {
      const spelling = diagnostics.get(a.uri)!.filter((d) => String(d.code).startsWith('spelling/'));
      const flaggedWords = spelling.map((d) => covered(a.text, d));
      for (const ok of ['UBND', 'HĐND', 'MTTQ', 'DTTS', 'VHTT', 'XIII', 'XXVII', 'Hoằng', 'Hóa', 'Đắk', 'Lắk', 'Covid', 'Email', 'Comment', 'Baodongkhoi.vn', 'Kạn', '2020', '14:54:14']) {
        expect(flaggedWords).not.toContain(ok);
      }
    }
  });

  it('fades boilerplate (DiagnosticTag.Unnecessary) and folds it', async () => {
    const bp = diagnostics.get(A003.uri)!.filter((d) => String(d.code).startsWith('boilerplate/'));
    expect(bp.length).toBeGreaterThan(0);
    const counter = bp.find((d) => covered(A003.text, d).includes('Hôm nay:'));
    expect(counter, 'visit counter').toBeDefined();
    expect(counter!.tags).toContain(1);
    const folds = (await client.foldingRanges(A003.uri)) ?? [];
    expect(folds.some((f) => f.startLine <= counter!.range.start.line && f.endLine >= counter!.range.end.line - 1)).toBe(true);
  });

  it('returns the outline: the title as root, sections, and the officials with their titles', async () => {
    const symbols = (await client.documentSymbols(A000.uri)) as DocumentSymbol[];
    expect(symbols).toHaveLength(1);
    expect(symbols[0].name).toBe('Đắk Lắk: Hội nghị Tổng kết công tác dân vận');
    const flat = flatten(symbols);
    const officials = flat.find((s) => s.name === 'Officials');
    expect(officials).toBeDefined();
    const person = officials!.children!.find((p) => p.name === 'Bùi Văn Cường');
    expect(person?.detail).toBe('Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đắk Lắk');
    expect(person!.children!.length).toBeGreaterThanOrEqual(3);
    // children lie inside their parents (VS Code's outline relies on it)
    const inside = (outer: DocumentSymbol, inner: DocumentSymbol) =>
      (outer.range.start.line < inner.range.start.line || (outer.range.start.line === inner.range.start.line && outer.range.start.character <= inner.range.start.character)) &&
      (outer.range.end.line > inner.range.end.line || (outer.range.end.line === inner.range.end.line && outer.range.end.character >= inner.range.end.character));
    const check = (s: DocumentSymbol) => {
      for (const c of s.children ?? []) {
        expect(inside(s, c), `${c.name} inside ${s.name}`).toBe(true);
        check(c);
      }
    };
    check(symbols[0]);
  });

  it('drops results for versions typed past and reports the latest version', async () => {
    const uri = fileUri(join(workspace, 'typing.txt'));
    await client.open(uri, A001.text, 'vietnamese-article');
    await client.waitForDiagnostics(uri);
    for (let i = 0; i < 8; i++) await client.edit(uri, 0, 0, 'Xin ');
    const final = client.document(uri).version;
    const diags = await client.waitForDiagnostics(uri, final);
    const last = published(client).filter((p) => p.uri === uri).at(-1)!;
    expect(last.version).toBe(final);
    expect(diags.every((d) => d.range.end.line < client.document(uri).lineCount)).toBe(true);
    await client.close(uri);
  });

  it('offers fix-all only for sure fixes, as a source action', async () => {
    const actions = (await client.codeActions(A000.uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll'])) as CodeAction[];
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.vietproof');
    expect(fixAll).toBeDefined();
    const edits = fixAll!.edit!.changes![A000.uri];
    expect(edits.length).toBeGreaterThan(0);
    // boilerplate is not removed by fix-all unless the user asks for it
    const boilerplateLines = diagnostics.get(A000.uri)!.filter((d) => String(d.code).startsWith('boilerplate/related')).map((d) => d.range.start.line);
    for (const e of edits) expect(boilerplateLines).not.toContain(e.range.start.line);
  });

  it('does not check plain text that is not Vietnamese', async () => {
    const uri = fileUri(join(workspace, 'notes.txt'));
    await client.open(uri, 'Shopping list:  eggs,milk , bread .\nCall Bob at 5pm.', 'plaintext');
    const status = await client.waitForStatus(uri);
    expect(status.checked).toBe(false);
    expect(await client.waitForDiagnostics(uri)).toEqual([]);
    await client.close(uri);
  });
});

describe('language server: pull diagnostics, locale, settings, commands', () => {
  it('serves pulled diagnostics identical to pushed ones', async () => {
    const pushed = await withServer({ workspaceFolders: [workspace] }, async (c) => {
      await c.open(A002.uri, A002.text, 'plaintext');
      return c.waitForDiagnostics(A002.uri);
    });
    await withServer({ workspaceFolders: [workspace], capabilities: PULL_CAPABILITIES }, async (c) => {
      expect(c.initializeResult.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
      await c.open(A002.uri, A002.text, 'plaintext');
      expect(await c.pullDiagnostics(A002.uri)).toEqual(pushed);
    });
  });

  it('speaks Vietnamese to a Vietnamese client', async () => {
    const messages = async (locale: string) =>
      withServer({ workspaceFolders: [workspace], locale }, async (c) => {
        await c.open(A000.uri, A000.text, 'plaintext');
        return (await c.waitForDiagnostics(A000.uri)).map((d) => d.message);
      });
    const en = await messages('en-US');
    const vi = await messages('vi');
    expect(vi).toHaveLength(en.length);
    expect(vi.filter((m, i) => m !== en[i]).length).toBe(en.length);
    await withServer({ workspaceFolders: [workspace], locale: 'vi' }, async (c) => {
      await c.open(A000.uri, A000.text, 'plaintext');
      const symbols = (await c.documentSymbols(A000.uri)) as DocumentSymbol[];
      expect(flatten(symbols).some((s) => s.name === 'Quan chức')).toBe(true);
    });
  });

  it('reads settings through workspace/configuration and re-checks when they change', async () => {
    let rules: Record<string, string> = { spelling: 'off' };
    await withServer({ workspaceFolders: [workspace], configuration: () => ({ rules }) }, async (c) => {
      await c.open(A000.uri, A000.text, 'plaintext');
      const first = await c.waitForDiagnostics(A000.uri);
      expect(first.length).toBeGreaterThan(0);
      expect(first.some((d) => String(d.code).startsWith('spelling/'))).toBe(false);
      rules = { boilerplate: 'off' };
      const before = published(c).length;
      await c.changeConfiguration({ vietproof: {} });
      await c.waitFor(() => published(c).slice(before).some((p) => p.uri === A000.uri), 'diagnostics after the settings change');
      const after = published(c).filter((p) => p.uri === A000.uri).at(-1)!.diagnostics;
      expect(after.some((d) => String(d.code).startsWith('spelling/'))).toBe(true);
      expect(after.some((d) => String(d.code).startsWith('boilerplate/'))).toBe(false);
    });
  });

  it('lets fix-all remove boilerplate only with vietproof.boilerplate.removeOnFixAll', async () => {
    const fixAllText = async (removeOnFixAll: boolean) =>
      withServer({ workspaceFolders: [workspace], configuration: () => ({ boilerplate: { removeOnFixAll } }) }, async (c) => {
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        await c.open(A003.uri, A003.text, 'plaintext');
        await c.waitForDiagnostics(A003.uri);
        const actions = (await c.codeActions(A003.uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll'])) as CodeAction[];
        const edits = actions.find((a) => a.kind === 'source.fixAll.vietproof')!.edit!.changes![A003.uri];
        return TextDocument.applyEdits(TextDocument.create(A003.uri, 'plaintext', 1, A003.text), edits);
      });
    const kept = await fixAllText(false);
    const removed = await fixAllText(true);
    expect(kept).toContain('Hôm nay:');
    expect(removed).not.toContain('Hôm nay:');
    // the sure typo fixes are applied either way
    for (const t of [kept, removed]) expect(t).toContain('phiền hà');
    expect(removed).toContain('Thanh Hằng – Trung tâm VHTT TT&DL huyện');
  });

  it('adds a word to the workspace dictionary and stops flagging it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'vp-lsp-dict-'));
    copyFileSync(join(fixturesDir, '000_79964c0f4c3e9176.txt'), join(ws, 'a.txt'));
    const a = { uri: fileUri(join(ws, 'a.txt')), text: A000.text };
    await withServer({ workspaceFolders: [ws] }, async (c) => {
      await c.open(a.uri, a.text, 'plaintext');
      const d = diagnosticOn(a.text, await c.waitForDiagnostics(a.uri), 'thọai', 'đối thọai')!;
      const actions = (await c.codeActions(a.uri, d.range, [d], ['quickfix'])) as CodeAction[];
      const add = actions.find((x) => x.command?.command === 'vietproof.server.addToDictionary')!;
      expect(add.title).toContain('thọai');
      const before = published(c).length;
      await c.executeCommand(add.command!.command, add.command!.arguments!);
      expect(readFileSync(join(ws, '.vietproof', 'words.txt'), 'utf8')).toBe('thọai\n');
      await c.waitFor(() => published(c).slice(before).some((p) => p.uri === a.uri), 're-check after adding the word');
      const after = published(c).filter((p) => p.uri === a.uri).at(-1)!.diagnostics;
      expect(diagnosticOn(a.text, after, 'thọai', 'đối thọai')).toBeUndefined();
    });
  });
});

describe('language server: clean article', () => {
  it('removes the boilerplate with line edits through workspace/applyEdit, and a second run changes nothing', async () => {
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    await withServer({ workspaceFolders: [workspace] }, async (c) => {
      await c.open(A003.uri, A003.text, 'plaintext');
      await c.waitForDiagnostics(A003.uri);
      const r = (await c.executeCommand('vietproof.server.cleanArticle', [A003.uri])) as { applied: boolean; removedCharacters: number };
      expect(r.applied).toBe(true);
      expect(r.removedCharacters).toBeGreaterThan(50);
      const edits = c.applyEditRequests.at(-1)!.edit.changes![A003.uri];
      // whole-line edits only: every edit starts at a line start
      for (const e of edits) expect(e.range.start.character).toBe(0);
      const cleaned = TextDocument.applyEdits(TextDocument.create(A003.uri, 'plaintext', 1, A003.text), edits);
      expect(cleaned).not.toContain('Hôm nay:');
      expect(cleaned).not.toContain('.jpg');
      expect(cleaned).toContain('Hội nghị trực tuyến toàn quốc tổng kết công tác dân vận');
      expect(cleaned).toContain('Thanh Hằng – Trung tâm VHTT TT&DL huyện');
      // the cleaned text, opened again, has nothing left to clean
      const again = fileUri(join(workspace, 'cleaned.txt'));
      await c.open(again, cleaned, 'plaintext');
      const before = c.applyEditRequests.length;
      const r2 = (await c.executeCommand('vietproof.server.cleanArticle', [again])) as { applied: boolean; removedCharacters: number };
      expect(r2.removedCharacters).toBe(0);
      expect(c.applyEditRequests.length).toBe(before);
    });
  });
});

describe('language server: hover, references, highlights, workspace symbols', () => {
  it('hovers officials, abbreviations and words; finds every mention of an official', async () => {
    await withServer({ workspaceFolders: [workspace] }, async (c) => {
      await c.open(A001.uri, A001.text, 'plaintext');
      await c.waitForDiagnostics(A001.uri);
      const lines = A001.text.split('\n');
      const at = (needle: string, nth = 0) => {
        let count = 0;
        for (let line = 0; line < lines.length; line++) {
          let from = 0;
          for (;;) {
            const i = lines[line].indexOf(needle, from);
            if (i < 0) break;
            if (count++ === nth) return { line, character: i + 1 };
            from = i + 1;
          }
        }
        throw new Error(`${needle} not found`);
      };
      type Hover = { contents: { kind: string; value: string } } | null;
      const hover = (p: { line: number; character: number }) => c.request<Hover>('textDocument/hover', { textDocument: { uri: A001.uri }, position: p });
      const official = await hover(at('Cao Văn Trọng'));
      expect(official?.contents.value).toContain('Chủ tịch UBND tỉnh');
      const abbreviation = await hover(at('UBND'));
      expect(abbreviation?.contents.value).toMatch(/Ủy ban nhân dân|Uỷ ban nhân dân/i);
      const word = await hover(at('khiếu nại'));
      expect(word?.contents.value.length).toBeGreaterThan(10);

      const refs = await c.request<Array<{ uri: string; range: { start: { line: number } } }>>('textDocument/references', {
        textDocument: { uri: A001.uri },
        position: at('Cao Văn Trọng', 1),
        context: { includeDeclaration: true },
      });
      expect(refs.length).toBeGreaterThanOrEqual(2);
      // both named mentions, plus any by title alone (`Chủ tịch UBND tỉnh trao…`)
      expect(refs.map((r) => r.range.start.line)).toEqual(expect.arrayContaining([at('Cao Văn Trọng', 0).line, at('Cao Văn Trọng', 1).line]));
      const highlights = await c.request<unknown[]>('textDocument/documentHighlight', { textDocument: { uri: A001.uri }, position: at('Cao Văn Trọng') });
      expect(highlights).toHaveLength(refs.length);
    });
  });

  it('indexes the workspace in the background: officials and titles across articles', async () => {
    await withServer({ workspaceFolders: [workspace] }, async (c) => {
      type Sym = { name: string; kind: number; location: { uri: string }; containerName?: string };
      let hits: Sym[] = [];
      await c.waitFor(() => true, 'start');
      for (let i = 0; i < 100 && !hits.length; i++) {
        hits = await c.request<Sym[]>('workspace/symbol', { query: 'Phạm Thị Phúc' });
        if (!hits.length) await new Promise((r) => setTimeout(r, 100));
      }
      const phuc = hits.find((h) => h.name === 'Phạm Thị Phúc');
      expect(phuc?.location.uri).toBe(A004.uri);
      expect(phuc?.containerName).toContain('Trưởng Ban Dân vận Tỉnh ủy');
      // diacritic-insensitive, like typing on a keyboard without an input method
      const titles = await c.request<Sym[]>('workspace/symbol', { query: 'tong ket nam dan van' });
      expect(titles.map((t) => t.name)).toContain('Tổng kết Năm dân vận chính quyền 2019');
    });
  });
});

describe('language server: the workspace index on its worker thread', () => {
  type Sym = { name: string; location: { uri: string } };
  const articleNames = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt'));
  /** A folder with `copies` copies of each fixture article. */
  const folderOf = (copies: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-lsp-index-'));
    for (let i = 0; i < copies; i++) for (const f of articleNames) copyFileSync(join(fixturesDir, f), join(dir, `${i}-${f}`));
    return dir;
  };
  const indexedLog = (c: LspClient, since = 0) => c.logs.slice(since).find((l) => /^indexed \d+ articles of \d+/.test(l.message));
  const symbols = (c: LspClient, query: string) => c.request<Sym[]>('workspace/symbol', { query });
  const folderChange = (c: LspClient, added: string[], removed: string[]) =>
    c.notify('workspace/didChangeWorkspaceFolders', { event: { added: added.map((f) => ({ uri: fileUri(f), name: f })), removed: removed.map((f) => ({ uri: fileUri(f), name: f })) } });

  it('keeps open documents as the editor has them and follows files created and deleted on disk', async () => {
    const dir = folderOf(1);
    const phuc = fileUri(join(dir, `0-${articleNames.find((f) => f.startsWith('004'))}`));
    await withServer({ workspaceFolders: [dir] }, async (c) => {
      // opened before the index reaches it: its disk content (naming Phạm Thị Phúc) must not be indexed
      await c.open(phuc, 'Hội nghị tổng kết công tác dân vận.\n\nBài viết đang sửa, chưa có tên người.', 'plaintext');
      await c.waitFor(() => !!indexedLog(c), 'the index');
      expect(indexedLog(c)?.message).toBe(`indexed ${articleNames.length - 1} articles of ${articleNames.length} .txt files`);
      expect(await symbols(c, 'Phạm Thị Phúc')).toEqual([]);
      // a change on disk of the open document is ignored too
      await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: phuc, type: 2 }] });
      expect((await symbols(c, 'Cao Văn Trọng')).length).toBeGreaterThan(0);

      // a new article on disk is indexed (on the worker) once the watcher reports it
      const created = join(dir, 'sub', 'new.txt');
      mkdirSync(join(dir, 'sub'));
      copyFileSync(join(fixturesDir, articleNames.find((f) => f.startsWith('004'))!), created);
      await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(created), type: 1 }] });
      let hits: Sym[] = [];
      for (let i = 0; i < 200 && !hits.length; i++) {
        hits = await symbols(c, 'Phạm Thị Phúc');
        if (!hits.length) await new Promise((r) => setTimeout(r, 50));
      }
      expect(hits.map((h) => h.location.uri)).toEqual([fileUri(created)]);

      rmSync(created);
      await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(created), type: 3 }] });
      for (let i = 0; i < 200 && hits.length; i++) {
        hits = await symbols(c, 'Phạm Thị Phúc');
        if (hits.length) await new Promise((r) => setTimeout(r, 50));
      }
      expect(hits).toEqual([]);
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('learns from the indexed articles: a form the workspace writes often outweighs a one-off variant', async () => {
    // `chuyển đổi số` is too recent for the dictionary; a newsroom folder writes it all the time
    const dir = mkdtempSync(join(tmpdir(), 'vp-lsp-counts-'));
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `a${i}.txt`), `Hội nghị số ${i} bàn về chuyển đổi số.\n\nChuyển đổi số giúp doanh nghiệp tiết kiệm chi phí và thời gian.\n`);
    const text = 'Tỉnh đẩy mạnh chuyển đổi sổ trong các cơ quan nhà nước.';
    const flaggedIn = async (folders: string[]) =>
      withServer({ workspaceFolders: folders }, async (c) => {
        if (folders.length) await c.waitFor(() => !!indexedLog(c), 'the index');
        const uri = 'untitled:draft.txt';
        await c.open(uri, text, 'vietnamese-article');
        return (await c.waitForDiagnostics(uri)).filter((d) => d.code === 'spelling/wrong-diacritic').map((d) => d.range.start.character);
      });
    expect(await flaggedIn([])).toEqual([]);
    expect(await flaggedIn([dir])).toEqual([text.indexOf('sổ')]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops on cancel, and a change of folders re-indexes, superseding the run under way', async () => {
    const big = folderOf(60);
    const small = folderOf(1);
    await withServer({ workspaceFolders: [big] }, async (c) => {
      const progress = (kind: string) =>
        c.notifications.filter((n) => n.method === '$/progress' && (n.params as { value: { kind: string } }).value.kind === kind).map((n) => (n.params as { token: unknown }).token);
      // cancelled once the progress has reported some files
      await c.waitFor(() => progress('report').length > 0, 'the progress to report');
      const token = progress('begin')[0];
      expect(c.requestsWithParams.some((r) => r.method === 'window/workDoneProgress/create' && (r.params as { token: unknown }).token === token)).toBe(true);
      await c.notify('window/workDoneProgress/cancel', { token });
      await c.waitFor(() => c.logs.some((l) => /cancelled after \d+ of \d+ files/.test(l.message)), 'the cancellation');
      await c.waitFor(() => progress('end').includes(token), 'the progress to end');
      const cancelled = c.logs.find((l) => /cancelled/.test(l.message))!.message;
      const [, done, total] = /cancelled after (\d+) of (\d+)/.exec(cancelled)!.map(Number);
      expect(total).toBe(60 * articleNames.length);
      expect(done).toBeGreaterThan(0);
      expect(done).toBeLessThan(total);
      // still serving, with what was indexed before the cancel, and nothing more comes in
      const atCancel = (await symbols(c, 'Cao Văn Trọng')).length;
      await new Promise((r) => setTimeout(r, 1000));
      expect((await symbols(c, 'Cao Văn Trọng')).length).toBe(atCancel);
      expect(await c.ping()).toBeLessThan(5000);
      expect(indexedLog(c)).toBeUndefined();

      // a folder is added (a new run over both), then the big one goes before that run is over
      const since = c.logs.length;
      const reports = progress('report').length;
      await folderChange(c, [small], []);
      await c.waitFor(() => progress('report').length > reports, 'the second run to report');
      await folderChange(c, [], [big]);
      await c.waitFor(() => !!indexedLog(c, since), 'the re-index');
      expect(c.logs.slice(since).some((l) => /^index superseded after \d+ files/.test(l.message))).toBe(true);
      expect(indexedLog(c, since)?.message).toBe(`indexed ${articleNames.length} articles of ${articleNames.length} .txt files`);
      // what the big folder left in the index is dropped once the walk of the small one completes
      let hits: Sym[] = [];
      for (let i = 0; i < 200; i++) {
        hits = await symbols(c, 'Phạm Thị Phúc');
        if (hits.length === 1) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(hits.map((h) => h.location.uri)).toEqual([fileUri(join(small, `0-${articleNames.find((f) => f.startsWith('004'))}`))]);
      expect(c.exit).toBeUndefined();
    });
    rmSync(big, { recursive: true, force: true });
    rmSync(small, { recursive: true, force: true });
  });
});
