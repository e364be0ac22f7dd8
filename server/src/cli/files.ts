// Which files the CLI checks.
import { statSync } from 'node:fs';
import { walkFiles } from '../workspace/walk';
import { relative, resolve, sep } from 'node:path';


/** `{a,b}` alternatives expanded into plain globs (nested braces included, at most 256 results). */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const parts: string[] = [];
  let from = open + 1;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      parts.push(glob.slice(from, i));
      const out: string[] = [];
      for (const p of parts) for (const rest of expandBraces(p + glob.slice(i + 1))) if (out.length < 256) out.push(glob.slice(0, open) + rest);
      return out;
    } else if (glob[i] === ',' && depth === 1) {
      parts.push(glob.slice(from, i));
      from = i + 1;
    }
  }
  return [glob]; // unbalanced: literal
}

/** One path segment against `*` and `?`: the classic two-pointer match, linear in practice, no regex. */
function segmentMatch(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Segments of a glob against segments of a path; `**` matches any number of segments. */
function segmentsMatch(pattern: readonly string[], path: readonly string[]): boolean {
  // reachable[j]: pattern[0..i) can match path[0..j); dynamic programming keeps it polynomial
  let reachable = new Array<boolean>(path.length + 1).fill(false);
  reachable[0] = true;
  for (const seg of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    if (seg === '**') {
      let any = false;
      for (let j = 0; j <= path.length; j++) next[j] = any = any || reachable[j];
    } else for (let j = 0; j < path.length; j++) if (reachable[j] && segmentMatch(seg, path[j])) next[j + 1] = true;
    reachable = next;
  }
  return reachable[path.length];
}

/**
 * A matcher for globs (`**`, `*`, `?`, `{a,b}`) over `/`-separated paths. No regular expression is
 * built from the user's pattern, so a pathological glob cannot backtrack for seconds.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  const patterns = expandBraces(glob).map((g) => g.split('/'));
  return (path: string) => {
    const segs = path.split('/');
    return patterns.some((p) => segmentsMatch(p, segs));
  };
}

const walk = (dir: string, out: string[]) => walkFiles(dir, undefined, Infinity, out);

export interface FileSelection {
  files: string[];
  /** Arguments that matched nothing. */
  missing: string[];
}

/** Expands files, folders (their `.txt` files, recursively) and globs, without duplicates. */
export function collectFiles(args: readonly string[], cwd = process.cwd(), exclude: readonly string[] = []): FileSelection {
  const found = new Set<string>();
  const missing: string[] = [];
  const excludeMatchers = exclude.map(globMatcher);
  const excluded = (p: string) => excludeMatchers.some((m) => m(relative(cwd, p).split(sep).join('/')));
  for (const arg of args) {
    const before = found.size;
    if (/[*?{]/.test(arg)) {
      const firstMagic = arg.search(/[*?{]/);
      const base = resolve(cwd, arg.slice(0, arg.lastIndexOf('/', firstMagic) + 1) || '.');
      const matches = globMatcher(resolve(cwd, arg).split(sep).join('/'));
      const all: string[] = [];
      walk(base, all);
      for (const p of all) if (matches(p.split(sep).join('/')) && !excluded(p)) found.add(p);
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
