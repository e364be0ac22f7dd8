// Files under a folder, depth first and sorted, skipping hidden folders and tool folders
// (node_modules, .git, out…): shared by the CLI and the workspace index.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'out']);

export function walkFiles(root: string, keep: (name: string) => boolean = () => true, max = Infinity, out: string[] = []): string[] {
  if (out.length >= max) return out;
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (out.length >= max) break;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walkFiles(join(root, e.name), keep, max, out);
    } else if (e.isFile() && keep(e.name)) out.push(join(root, e.name));
  }
  return out;
}
