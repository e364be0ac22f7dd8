// Which files the CLI checks.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', '.vscode-test']);

/** A glob (`**`, `*`, `?`, `{a,b}`) as a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, close).split(',').map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
        i = close;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, out);
    } else if (e.isFile()) out.push(p);
  }
}

export interface FileSelection {
  files: string[];
  /** Arguments that matched nothing. */
  missing: string[];
}

/** Expands files, folders (their `.txt` files, recursively) and globs, without duplicates. */
export function collectFiles(args: readonly string[], cwd = process.cwd(), exclude: readonly string[] = []): FileSelection {
  const found = new Set<string>();
  const missing: string[] = [];
  const excludeRes = exclude.map(globToRegExp);
  const excluded = (p: string) => excludeRes.some((re) => re.test(relative(cwd, p).split(sep).join('/')));
  for (const arg of args) {
    const before = found.size;
    if (/[*?{]/.test(arg)) {
      const firstMagic = arg.search(/[*?{]/);
      const base = resolve(cwd, arg.slice(0, arg.lastIndexOf('/', firstMagic) + 1) || '.');
      const re = globToRegExp(resolve(cwd, arg).split(sep).join('/'));
      const all: string[] = [];
      walk(base, all);
      for (const p of all) if (re.test(p.split(sep).join('/')) && !excluded(p)) found.add(p);
    } else {
      const p = resolve(cwd, arg);
      let st;
      try {
        st = statSync(p);
      } catch {
        missing.push(arg);
        continue;
      }
      if (st.isDirectory()) {
        const all: string[] = [];
        walk(p, all);
        for (const f of all) if (/\.txt$/i.test(f) && !excluded(f)) found.add(f);
      } else found.add(p);
    }
    if (found.size === before && !missing.includes(arg)) missing.push(arg);
  }
  return { files: [...found], missing };
}

export { readArticle, type ReadResult } from '../workspace/read-article';
