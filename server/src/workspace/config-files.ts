// Per-workspace files the user's choices are stored in, read by the language server and the CLI alike:
//   .vietproof/words.txt   one accepted word per line (# starts a comment)
//   .vietproof/ignore.json { "files": { "<path relative to the workspace>": { "rules": [...], "words": [...] } } }
// Plain files so they can be committed with the articles and reviewed in a diff.
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export const WORDS_FILE = join('.vietproof', 'words.txt');
export const IGNORE_FILE = join('.vietproof', 'ignore.json');
const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export interface FileIgnores {
  rules: string[];
  words: string[];
}

export interface WorkspaceChoices {
  words: string[];
  files: Record<string, FileIgnores>;
  /** Problems reading the files, in English, one per file. */
  warnings: string[];
}

function readSmall(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const st = statSync(path);
  if (!st.isFile()) throw new Error('not a file');
  if (st.size > MAX_CONFIG_BYTES) throw new Error(`larger than ${MAX_CONFIG_BYTES} bytes`);
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

export function parseWordList(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const w = raw.replace(/#.*/, '').trim();
    if (w) words.push(w.normalize('NFC'));
  }
  return words;
}

export function readWorkspaceChoices(root: string): WorkspaceChoices {
  // no prototype: a path such as "__proto__" in ignore.json is just a key
  const out: WorkspaceChoices = { words: [], files: Object.create(null) as Record<string, FileIgnores>, warnings: [] };
  try {
    const text = readSmall(join(root, WORDS_FILE));
    if (text !== undefined) out.words = parseWordList(text);
  } catch (err) {
    out.warnings.push(`${WORDS_FILE}: ${(err as Error).message}; ignored`);
  }
  try {
    const text = readSmall(join(root, IGNORE_FILE));
    if (text !== undefined) {
      const json: unknown = JSON.parse(text);
      const files = (json as { files?: unknown })?.files;
      if (typeof files !== 'object' || files === null || Array.isArray(files)) throw new Error('expected { "files": { … } }');
      for (const [path, v] of Object.entries(files as Record<string, unknown>)) {
        const entry = v as { rules?: unknown; words?: unknown };
        const strings = (x: unknown) => {
          if (x === undefined) return [];
          const ok = Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
          if (!Array.isArray(x) || ok.length !== x.length) out.warnings.push(`${IGNORE_FILE}: "${path}": expected lists of strings; other values ignored`);
          return ok;
        };
        out.files[normalizeRelative(path)] = { rules: strings(entry?.rules), words: strings(entry?.words).map((w) => w.normalize('NFC')) };
      }
    }
  } catch (err) {
    out.warnings.push(`${IGNORE_FILE}: ${(err as Error).message}; ignored`);
  }
  return out;
}

const normalizeRelative = (p: string) => p.split(sep).join('/').replace(/^\.\//, '');

export function relativeKey(root: string, file: string): string {
  return normalizeRelative(relative(root, file));
}

export function addWorkspaceWord(root: string, word: string): void {
  const path = join(root, WORDS_FILE);
  mkdirSync(dirname(path), { recursive: true });
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (parseWordList(existing).includes(word.normalize('NFC'))) return;
  const prefix = existing && !existing.endsWith('\n') ? '\n' : '';
  appendFileSync(path, `${prefix}${word.normalize('NFC')}\n`);
}

export function addFileIgnore(root: string, file: string, what: { rule?: string; word?: string }): void {
  const path = join(root, IGNORE_FILE);
  mkdirSync(dirname(path), { recursive: true });
  let json: { files: Record<string, FileIgnores> } = { files: {} };
  try {
    const text = readSmall(path);
    if (text) json = JSON.parse(text);
    if (typeof json.files !== 'object' || json.files === null) json.files = {};
  } catch {
    // a broken file is replaced only by adding to a fresh object; keep the old one aside
    if (existsSync(path)) writeFileSync(path + '.bak', readFileSync(path));
    json = { files: {} };
  }
  const key = relativeKey(root, file);
  const entry = (json.files[key] ??= { rules: [], words: [] });
  entry.rules ??= [];
  entry.words ??= [];
  if (what.rule && !entry.rules.includes(what.rule)) entry.rules.push(what.rule);
  if (what.word && !entry.words.includes(what.word.normalize('NFC'))) entry.words.push(what.word.normalize('NFC'));
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
}
