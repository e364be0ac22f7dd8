// Settings from the outside world are untrusted: whatever the client answers to
// workspace/configuration, and whatever sits in .vietproof/words.txt and ignore.json, the server
// keeps checking, shows one clear warning per problem, and falls back to the defaults.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver/node';
import { analyze, DEFAULT_SETTINGS, resolveSettings, RULE_IDS } from '../../server/src/analysis';
import { readWorkspaceChoices } from '../../server/src/workspace/config-files';
import { FIXTURES, params } from '../fuzz/arbitraries';
import { fileUri, LspClient, withServer } from '../lsp/client';

const WARNING = 2;
const key = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity}`;
const keys = (ds: Diagnostic[]) => ds.map(key).sort();

/** Settings-shaped junk: the right keys with values of any type, plus keys nobody knows. */
const settingsJunk = fc.dictionary(
  fc.constantFrom('enable', 'autoDetect', 'toneStyle', 'rules', 'words', 'maxFileSizeKB', 'boilerplate', 'locale', 'include', 'exclude', '__proto__', 'constructor', 'x'),
  fc.oneof(
    fc.anything(),
    fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS, 'spelling', 'style', 'boilerplate', '__proto__'), fc.string()), fc.anything()),
    fc.record({ extraHeaders: fc.anything(), removeOnFixAll: fc.anything() }, { requiredKeys: [] }),
  ),
);

describe('settings validation (engine)', () => {
  it('turns any value into valid settings without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), settingsJunk), (raw) => {
        const { settings, warnings } = resolveSettings(raw, RULE_IDS);
        expect(typeof settings.enable).toBe('boolean');
        expect(['auto', 'traditional', 'modern']).toContain(settings.toneStyle);
        expect(settings.maxFileSizeKB).toBeGreaterThan(0);
        expect(Number.isFinite(settings.maxFileSizeKB)).toBe(true);
        expect(Object.getPrototypeOf(settings.rules)).toBe(Object.prototype);
        for (const [id, v] of Object.entries(settings.rules)) {
          expect(RULE_IDS.includes(id) || ['spelling', 'style', 'boilerplate'].includes(id), id).toBe(true);
          expect(['error', 'warning', 'information', 'hint', 'off']).toContain(v);
        }
        for (const w of [...settings.words, ...settings.boilerplate.extraHeaders]) expect(typeof w).toBe('string');
        for (const w of warnings) expect(typeof w).toBe('string');
        // and the engine runs with them
        expect(analyze(FIXTURES[0], settings).notices.filter((n) => /failed/.test(n.en))).toEqual([]);
      }),
      params(150),
    );
  });

  it('reports each bad value once and keeps the good ones', () => {
    const { settings, warnings } = resolveSettings({ toneStyle: 'sideways', rules: { 'style/no-such-rule': 'error', spelling: 'hint' }, maxFileSizeKB: 'big' }, RULE_IDS);
    expect(settings.toneStyle).toBe(DEFAULT_SETTINGS.toneStyle);
    expect(settings.maxFileSizeKB).toBe(DEFAULT_SETTINGS.maxFileSizeKB);
    expect(settings.rules).toEqual({ spelling: 'hint' });
    expect(warnings).toHaveLength(3);
  });
});

/** A reference: what a server with default settings publishes for each fixture. */
async function diagnosticsOf(client: LspClient, texts: readonly string[], prefix: string): Promise<Diagnostic[][]> {
  const uris = texts.map((_, i) => `untitled:${prefix}-${i}.txt`);
  for (const [i, uri] of uris.entries()) await client.open(uri, texts[i]);
  return Promise.all(uris.map((u) => client.waitForDiagnostics(u)));
}

describe('settings through the server', () => {
  const texts = FIXTURES.slice(0, 3);
  let reference: Diagnostic[][];

  beforeAll(async () => {
    reference = await withServer({}, (c) => diagnosticsOf(c, texts, 'ref'));
    expect(reference.flat().length).toBeGreaterThan(0);
  });

  const junk: Array<[string, unknown, RegExp[]]> = [
    [
      'wrong types everywhere',
      { enable: 'yes', autoDetect: 1, toneStyle: 42, rules: 'all', words: 'abc', maxFileSizeKB: -5, boilerplate: [], locale: 7 },
      [/enable/, /autoDetect/, /toneStyle/, /rules/, /words/, /maxFileSizeKB/, /boilerplate/, /locale/],
    ],
    [
      'unknown rule ids and severities',
      JSON.parse('{ "rules": { "spelling/no-such-rule": "error", "style/nothing": "off", "__proto__": "off", "style/double-space": "loud" } }'),
      [/no-such-rule/, /style\/nothing/, /__proto__/, /style\/double-space/],
    ],
    ['a string instead of an object', 'garbage', [/must be an object/]],
    ['an array instead of an object', [1, 2, 3], [/must be an object/]],
    ['junk inside lists', { words: [null, 5, {}, ['x']], boilerplate: { extraHeaders: 'Xem thêm', removeOnFixAll: 'no' } }, [/extraHeaders/, /removeOnFixAll/]],
  ];

  for (const [name, value, expected] of junk) {
    it(`${name}: one warning per problem, defaults otherwise`, async () => {
      await withServer({ configuration: () => value }, async (c) => {
        const got = await diagnosticsOf(c, texts, 'junk');
        expect(got.map(keys)).toEqual(reference.map(keys));
        // a settings change makes the server ask again: still one warning per problem
        const before = c.shownMessages.length;
        const asked = c.requests.filter((m) => m === 'workspace/configuration').length;
        await c.changeConfiguration({ vietproof: null });
        await c.waitFor(() => c.requests.filter((m) => m === 'workspace/configuration').length > asked, 'configuration asked again');
        await c.ping();
        const warnings = c.shownMessages.filter((m) => m.type === WARNING).map((m) => m.message);
        expect(c.shownMessages.length).toBe(before);
        for (const re of expected) expect(warnings.filter((w) => re.test(w)), `${re}`).toHaveLength(1);
        expect(new Set(warnings).size).toBe(warnings.length);
        expect(c.exit).toBeUndefined();
      });
    });
  }

  it('valid parts of a half-broken configuration still apply', async () => {
    await withServer({ configuration: () => ({ rules: { spelling: 'hint', 'spelling/nope': 'error' }, toneStyle: 'old' }) }, async (c) => {
      const got = (await diagnosticsOf(c, texts, 'half')).flat();
      const spelling = got.filter((d) => String(d.code).startsWith('spelling/'));
      expect(spelling.length).toBeGreaterThan(0);
      expect(spelling.every((d) => d.severity === 4)).toBe(true);
      expect(c.shownMessages.filter((m) => /nope/.test(m.message))).toHaveLength(1);
    });
  });

  it('a client that fails workspace/configuration gets the defaults', async () => {
    await withServer(
      {
        configuration: () => {
          throw new Error('configuration store is down');
        },
      },
      async (c) => {
        const got = await diagnosticsOf(c, texts, 'fail');
        expect(got.map(keys)).toEqual(reference.map(keys));
      },
    );
  });
});

describe('broken workspace files', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'vietproof-ws-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  function workspace(name: string, files: Record<string, string | Buffer | 'dir'>): string {
    const dir = join(root, name);
    mkdirSync(join(dir, '.vietproof'), { recursive: true });
    for (const [path, content] of Object.entries(files)) {
      if (content === 'dir') mkdirSync(join(dir, path), { recursive: true });
      else writeFileSync(join(dir, path), content);
    }
    writeFileSync(join(dir, 'article.txt'), FIXTURES[0]);
    return dir;
  }

  const cases: Array<[string, Record<string, string | Buffer | 'dir'>, RegExp[]]> = [
    ['words.txt is a folder, ignore.json is not JSON', { '.vietproof/words.txt': 'dir', '.vietproof/ignore.json': '{ "files": { "article.txt": ' }, [/words\.txt/, /ignore\.json/]],
    ['ignore.json has the wrong shape', { '.vietproof/ignore.json': '{"files": ["article.txt"]}' }, [/ignore\.json/]],
    ['words.txt is binary junk', { '.vietproof/words.txt': Buffer.from([0, 255, 254, 10, 0xc3, 0x28, 10, 0x41, 0, 10]) }, []],
    ['ignore.json entries of the wrong types', { '.vietproof/ignore.json': '{"files": {"article.txt": {"rules": "style/double-space", "words": 5}, "__proto__": {"rules": ["x"]}}}' }, []],
  ];

  for (const [name, files, expected] of cases) {
    it(`${name}: the article is still checked`, async () => {
      const dir = workspace(name.replace(/\W+/g, '-'), files);
      // the files are read the same way by the CLI: never a throw
      expect(() => readWorkspaceChoices(dir)).not.toThrow();
      await withServer({ workspaceFolders: [dir] }, async (c) => {
        const uri = fileUri(join(dir, 'article.txt'));
        await c.open(uri, FIXTURES[0]);
        const got = await c.waitForDiagnostics(uri);
        expect(got.length).toBeGreaterThan(0);
        const warnings = c.shownMessages.filter((m) => m.type === WARNING).map((m) => m.message);
        for (const re of expected) expect(warnings.filter((w) => re.test(w)), `${re} in ${JSON.stringify(warnings)}`).toHaveLength(1);
        expect(c.exit).toBeUndefined();
      });
    });
  }
});
