// The Neovim test: Debian's nvim (0.7.2 is enough) runs the language server over stdio on a copy of
// the seed article; nvim/probe.lua records what arrives, this file checks it. Neovim counts columns
// in bytes while the server speaks UTF-16: on Vietnamese text they differ, so each diagnostic's
// byte range in Neovim must cover exactly the text the server's UTF-16 range names.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elapsed, log, run, tailOf } from './lib/proc.mjs';
import { ARTICLE, ARTICLE_PATH, OFFICIAL, OFFICIALS_GROUP, ROOT, TITLE, TYPO, articleText, locate } from './expectations.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

export async function runNeovimTest({ runDir }) {
  const dirs = { home: join(runDir, 'home'), state: join(runDir, 'state'), cache: join(runDir, 'cache'), config: join(runDir, 'config'), data: join(runDir, 'data'), ws: join(runDir, 'workspace') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const file = join(dirs.ws, ARTICLE);
  copyFileSync(ARTICLE_PATH, file);
  const text = articleText();
  const typo = locate(text, TYPO.context, TYPO.wrong);
  const outFile = join(runDir, 'probe.json');
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_STATE_HOME: dirs.state,
    XDG_CACHE_HOME: dirs.cache,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    VIETPROOF_PROBE_OUT: outFile,
    VIETPROOF_SERVER: join(ROOT, 'server', 'out', 'server.js'),
    VIETPROOF_ROOT: dirs.ws,
    VIETPROOF_FIX_LINE: String(typo.line),
    VIETPROOF_FIX_CHAR: String(typo.character),
    VIETPROOF_TIMEOUT_MS: '60000',
  };
  const t0 = Date.now();
  const logFile = join(runDir, 'nvim.log');
  let probe;
  let runError;
  try {
    await run('nvim', ['--headless', '--clean', '-n', file, '-c', `luafile ${join(HERE, 'nvim', 'probe.lua')}`], { cwd: dirs.ws, env, logFile, timeoutMs: 180_000 });
  } catch (err) {
    runError = err;
  }
  if (existsSync(outFile)) probe = JSON.parse(readFileSync(outFile, 'utf8'));
  const ms = Date.now() - t0;
  log(`nvim ${probe?.nvim ?? '?'} finished in ${elapsed(t0)}; diagnostics after ${probe?.diagnostics_ms?.toFixed(0) ?? '?'} ms`);

  const results = [];
  const step = (name, fn) => {
    try {
      if (!probe) throw new Error(`the probe wrote nothing: ${runError?.message ?? 'no output'}`);
      const detail = fn();
      results.push({ name, ok: true, ms, detail });
      log(`PASS nvim/${name}: ${detail}`);
    } catch (err) {
      results.push({ name, ok: false, ms, error: err.message });
      log(`FAIL nvim/${name}: ${err.message}`);
    }
  };
  const lines = text.split(/\r\n|\r|\n/);

  step('diagnostics', () => {
    if (probe.errors.length) throw new Error(probe.errors.join('; '));
    const ours = probe.diagnostics.filter((d) => d.source === 'vietproof');
    if (!ours.length) throw new Error(`no vietproof diagnostics in Neovim (${probe.diagnostics.length} in all)`);
    // every single-line diagnostic: Neovim's byte range holds the text of the server's UTF-16 range
    const raws = probe.raw.filter((r) => r.range.start.line === r.range.end.line);
    for (const r of raws) {
      const expected = lines[r.range.start.line].slice(r.range.start.character, r.range.end.character);
      const seen = ours.find((d) => d.lnum === r.range.start.line && d.message === r.message);
      if (!seen) throw new Error(`Neovim lost the diagnostic “${r.message}”`);
      if (seen.text !== expected) throw new Error(`byte/UTF-16 mismatch at line ${r.range.start.line + 1}: Neovim covers “${seen.text}”, the server meant “${expected}”`);
    }
    const hit = ours.find((d) => d.lnum === typo.line && d.col <= typo.byteCol && d.end_col >= typo.byteEndCol);
    if (!hit) {
      throw new Error(
        `no vietproof diagnostic on “${TYPO.wrong}” (line ${typo.line + 1}, byte column ${typo.byteCol}); got ${ours.map((d) => `${d.code}@${d.lnum + 1}:${d.col}“${d.text}”`).join(', ')}`,
      );
    }
    return `${ours.length} vietproof diagnostics, ${raws.length} checked byte-for-UTF-16; “${hit.text}” at byte ${hit.col} (UTF-16 ${typo.character}): ${hit.message}`;
  });

  step('symbols', () => {
    const symbols = probe.symbols;
    if (!Array.isArray(symbols) || !symbols.length) throw new Error(`no document symbols (${JSON.stringify(symbols)})`);
    const root = symbols[0];
    if (root.name !== TITLE) throw new Error(`the root symbol is “${root.name}”, not the title “${TITLE}”`);
    const children = root.children ?? [];
    const group = [...symbols, ...children].find((s) => s.name === OFFICIALS_GROUP);
    const sections = children.filter((s) => s !== group);
    if (!sections.length) throw new Error('no sections under the title');
    if (!group) throw new Error(`no “${OFFICIALS_GROUP}” group among ${[...symbols, ...children].map((s) => s.name).join(' | ')}`);
    const person = (group.children ?? []).find((p) => p.name === OFFICIAL);
    if (!person) throw new Error(`“${OFFICIAL}” is not under “${OFFICIALS_GROUP}”: ${(group.children ?? []).map((p) => p.name).join(', ')}`);
    // symbol ranges are UTF-16: the person's selection names them in the text
    const sel = person.selectionRange;
    const named = lines[sel.start.line].slice(sel.start.character, sel.end.character);
    if (!named.includes(OFFICIAL)) throw new Error(`the selection range of “${OFFICIAL}” covers “${named}”`);
    return `title “${root.name}”, ${sections.length} children, ${OFFICIALS_GROUP}: ${(group.children ?? []).map((p) => `${p.name} (${p.detail})`).join('; ')}`;
  });

  step('quickfix', () => {
    if (!probe.fix_title) throw new Error(`no preferred quick fix was applied for “${TYPO.wrong}”`);
    const want = typo.lineText.replace(TYPO.context, TYPO.context.replace(TYPO.wrong, TYPO.right));
    if (probe.fixed_line !== want) throw new Error(`after “${probe.fix_title}” the line reads “${probe.fixed_line}”, expected “${want}”`);
    return `“${probe.fix_title}” applied in UTF-16: “${TYPO.context}” → “${TYPO.context.replace(TYPO.wrong, TYPO.right)}”, the rest of the line untouched`;
  });

  if (results.some((r) => !r.ok)) {
    log(`nvim output (${logFile}):\n${tailOf(logFile, 30)}`);
    for (const f of [join(dirs.cache, 'nvim', 'lsp.log'), join(dirs.state, 'nvim', 'lsp.log')]) if (existsSync(f)) log(`${f}:\n${tailOf(f, 30)}`);
  }
  return results;
}
