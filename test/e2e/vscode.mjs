// The VS Code test: the packaged extension in code-server, driven through Chromium like a user would.
// Each step is independent where it can be, takes a screenshot, and on failure prints what was on
// screen (the DOM text of the area it looked at), the screenshot's path and the logs' tails.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer, stopCodeServer, extensionLogs } from './lib/code-server.mjs';
import { applyEdits, withServer } from './lib/lsp-stdio.mjs';
import { elapsed, log, tailOf, waitFor } from './lib/proc.mjs';
import { ABBREVIATION, ARTICLE, ARTICLE_PATH, FIXTURES, OFFICIAL, OFFICIALS_GROUP, ROOT, TITLE, TYPO, articleText, locate } from './expectations.mjs';

const SEL = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  editor: '.editor-group-container.active .monaco-editor',
  viewLine: '.editor-group-container.active .monaco-editor .view-line',
  squiggle: '.editor-group-container.active .monaco-editor [class*="squiggly-"]',
  languageMode: '#status\\.editor\\.mode',
  statusBar: '.statusbar',
  problemsRow: '.markers-panel .monaco-list-row',
  problemsPanel: '.markers-panel',
  hover: '.monaco-hover:not(.hidden)',
  quickInput: '.quick-input-widget',
  actionRow: '.action-widget .monaco-list-row',
  outlineRow: '.outline-pane .monaco-list-row',
  outlinePane: '.outline-pane',
};

/** Waits are generous: two shared cores, a cold extension host, a language server starting. */
const SLOW = 90_000;
const MEDIUM = 45_000;

const clean = (s) => (s ?? '').replace(/\u00a0/g, ' ');

/**
 * What the language server itself says about the typo (diagnostic + preferred quick fix), asked over
 * stdio: the editor must show the same thing.
 */
async function askServer() {
  const text = articleText();
  const at = locate(text, TYPO.context, TYPO.wrong);
  return withServer(join(ROOT, 'server', 'out', 'server.js'), FIXTURES, async (lsp) => {
    const { uri, diagnostics } = await lsp.open(ARTICLE_PATH);
    const diagnostic = diagnostics.find(
      (d) => d.source === 'vietproof' && d.range.start.line === at.line && d.range.start.character <= at.character && d.range.end.character >= at.endCharacter,
    );
    if (!diagnostic) return { at, diagnostics, diagnostic: undefined };
    const actions = (await lsp.codeActions(uri, diagnostic)) ?? [];
    const preferred = actions.find((a) => a.isPreferred && a.edit?.changes?.[uri]);
    const fixedText = preferred ? applyEdits(text, preferred.edit.changes[uri]) : undefined;
    return { at, diagnostics, diagnostic, actions, preferred, fixedText };
  });
}

export async function runVsCodeTest({ codeServer, vsix, runDir, shotsDir }) {
  const results = [];
  const oracle = await askServer().catch((err) => ({ error: err }));
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f));
  const t0 = Date.now();
  const cs = await startCodeServer({ codeServer, vsix, runDir, files });
  const { page } = cs;
  let shotNo = 0;
  const shot = async (name) => {
    const path = join(shotsDir, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path });
    return path;
  };

  /** Runs one step; a failure is recorded with the screen's evidence and the run goes on. */
  const step = async (name, area, fn) => {
    const s0 = Date.now();
    try {
      const detail = await fn();
      const screenshot = await shot(name);
      results.push({ name, ok: true, ms: Date.now() - s0, detail, screenshot });
      log(`PASS ${name} (${elapsed(s0)})${detail ? `: ${detail}` : ''}`);
    } catch (err) {
      const screenshot = await shot(`FAIL-${name}`).catch(() => '(no screenshot)');
      const onScreen = await page
        .locator(area)
        .first()
        .innerText({ timeout: 3000 })
        .catch(() => `(nothing matches ${area})`);
      results.push({ name, ok: false, ms: Date.now() - s0, error: err.message, screenshot, onScreen: clean(onScreen).slice(0, 3000) });
      log(`FAIL ${name} (${elapsed(s0)}): ${err.message}\n  screenshot: ${screenshot}\n  on screen (${area}):\n${indent(clean(onScreen).slice(0, 3000))}`);
      await page.keyboard.press('Escape').catch(() => {});
    }
  };
  const escape = async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  };
  const focusEditor = async () => {
    await page.keyboard.press('Control+1'); // View: Focus First Editor Group
    await waitFor('the editor to have keyboard focus', () => page.locator(`${SEL.editor}.focused`).count(), { timeoutMs: 10_000 });
  };
  const runCommand = async (title) => {
    await page.keyboard.press('F1');
    const input = page.locator(`${SEL.quickInput} input`);
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await page.locator(`${SEL.quickInput} .monaco-list-row`, { hasText: title }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator(SEL.quickInput).waitFor({ state: 'hidden' });
  };
  const goTo = async (line, column) => {
    await focusEditor();
    await page.keyboard.press('Control+G');
    const input = page.locator(`${SEL.quickInput} input`);
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`); // Go to Line is quick open with the `:` prefix
    await page.keyboard.press('Enter');
    await page.locator(SEL.quickInput).waitFor({ state: 'hidden' });
  };

  try {
    await step('workbench', SEL.workbench, async () => {
      await page.goto(`${cs.url}/?folder=${encodeURIComponent(cs.dirs.workspace)}`, { timeout: SLOW });
      await page.locator(SEL.workbench).waitFor({ timeout: SLOW });
      const row = page.locator(SEL.explorerRow, { hasText: ARTICLE });
      await row.waitFor({ timeout: SLOW });
      await row.click();
      await waitFor(`the editor to show the article's title “${TITLE}”`, async () => clean(await page.locator(`${SEL.editor} .view-lines`).innerText()).includes(TITLE), {
        timeoutMs: MEDIUM,
      });
      return `${ARTICLE} open after ${elapsed(t0)}`;
    });

    await step('recognised', SEL.statusBar, async () => {
      const mode = page.locator(SEL.languageMode);
      await waitFor('the status bar language mode to read “Vietnamese article”', async () => clean(await mode.innerText()).trim() === 'Vietnamese article', {
        timeoutMs: SLOW,
      });
      return 'language mode “Vietnamese article”';
    });

    await step('squiggles', SEL.editor, async () => {
      await waitFor('at least one squiggle in the editor', async () => (await page.locator(SEL.squiggle).count()) > 0, { timeoutMs: SLOW });
      const count = await page.locator(SEL.squiggle).count();
      if (!oracle.diagnostic) throw new Error(`${count} squiggles, but ${serverSaysNothing(oracle)}`);
      const under = await waitFor(
        `a squiggle under “${TYPO.wrong}”`,
        async () => {
          const word = await wordBox(page, TYPO.context, TYPO.wrong);
          if (!word) return false;
          const boxes = await page.locator(SEL.squiggle).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
          return boxes.find((b) => overlaps(b, word)) ? word : false;
        },
        { timeoutMs: MEDIUM },
      );
      return `${count} squiggle decorations on screen, one under “${TYPO.wrong}” at x=${Math.round(under.x)}, y=${Math.round(under.y)}`;
    });

    await step('status-item', SEL.statusBar, async () => {
      const item = page.locator('.statusbar-item', { hasText: 'VietProof' }).first();
      await item.waitFor({ state: 'visible', timeout: MEDIUM });
      return `“${clean(await item.innerText()).trim()}” (${(await item.getAttribute('aria-label'))?.replace(/\s+/g, ' ')})`;
    });

    await step('problems', SEL.problemsPanel, async () => {
      await focusEditor();
      await page.keyboard.press('Control+Shift+M');
      await page.locator(SEL.problemsRow).first().waitFor({ timeout: MEDIUM });
      if (!oracle.diagnostic) throw new Error(serverSaysNothing(oracle));
      const { at } = oracle;
      const where = `[Ln ${at.display.line}, Col ${at.display.column}]`;
      const isTypo = (r) => /vietproof/.test(r.text) && r.text.includes(where);
      // stop on the typo's row so that it is in view for the screenshot
      const rows = await waitFor(
        `a vietproof problem at ${where} (“${TYPO.wrong}”) in the Problems panel`,
        async () => {
          const rows = await walkList(page, SEL.problemsPanel, { until: isTypo });
          return rows.some(isTypo) ? rows : false;
        },
        { timeoutMs: MEDIUM },
      );
      const ours = rows.filter((r) => /vietproof/.test(r.text));
      return `${ours.length} vietproof rows down to ${where}: “${rows.find(isTypo).text.slice(0, 140)}”`;
    });

    /** Moves the mouse onto a word and returns the text of the hover that matches `want`. */
    const hoverOver = async (context, word, want, what, { withQuickFix = false } = {}) => {
      // bring the word into view first (an earlier step may have scrolled the editor)
      const at = locate(articleText(), context, word);
      await goTo(at.display.line, at.display.column);
      await escape();
      const box = await waitFor(`“${word}” to be on screen`, () => wordBox(page, context, word), { timeoutMs: MEDIUM });
      return waitFor(
        what,
        async () => {
          await page.mouse.move(box.x + box.width / 2 + 3, box.y + box.height / 2 + 1);
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          const hover = page.locator(SEL.hover).filter({ hasText: want });
          await hover.first().waitFor({ state: 'visible', timeout: 5000 });
          // the hover adds the quick fix link once code actions arrive: nicer on the screenshot
          if (withQuickFix) await hover.first().filter({ hasText: /Quick Fix/ }).waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
          return clean(await hover.first().innerText());
        },
        { timeoutMs: MEDIUM, intervalMs: 500 },
      );
    };

    await step('hover', '.monaco-hover', async () => {
      if (!oracle.diagnostic) throw new Error(serverSaysNothing(oracle));
      await escape();
      const text = await hoverOver(TYPO.context, TYPO.wrong, 'vietproof', `a hover with VietProof's message over “${TYPO.wrong}”`, { withQuickFix: true });
      return `“${text.replace(/\s+/g, ' ').slice(0, 200)}”`;
    });

    await step('hover-abbreviation', '.monaco-hover', async () => {
      await escape();
      await page.mouse.move(5, 400);
      const { context, word, expansion } = ABBREVIATION;
      const text = await hoverOver(context, word, expansion, `a hover spelling out “${word}” (${expansion})`);
      return `“${text.replace(/\s+/g, ' ').slice(0, 200)}”`;
    });

    await step('outline', SEL.outlinePane, async () => {
      await page.mouse.move(5, 400);
      await escape();
      // room for the outline: fold the file list and the panel away
      await runCommand('View: Hide Panel');
      const folders = page.locator('.pane:has(.explorer-folders-view) > .pane-header').first();
      if ((await folders.getAttribute('aria-expanded', { timeout: 5000 }).catch(() => null)) === 'true') await folders.click();
      await runCommand('Explorer: Focus on Outline View');
      await page.locator(SEL.outlineRow).first().waitFor({ timeout: MEDIUM });
      const startsWith = (r, name) => r.label.startsWith(name) || r.text.startsWith(name);
      const found = await waitFor(
        `the outline to show the title as its root, sections, and “${OFFICIAL}” under “${OFFICIALS_GROUP}”`,
        async () => {
          const rows = await walkList(page, SEL.outlinePane);
          const root = rows[0];
          if (!root || root.level !== 1 || !startsWith(root, TITLE)) return false;
          const g = rows.findIndex((r) => startsWith(r, OFFICIALS_GROUP));
          if (g < 0) return false;
          const group = rows[g];
          if (group.expanded === 'false') {
            // expand it: walk to it and press →
            await walkList(page, SEL.outlinePane, { until: (r) => r.index === group.index });
            await page.keyboard.press('ArrowRight');
            return false;
          }
          const people = [];
          for (let j = g + 1; j < rows.length && rows[j].level > group.level; j++) if (rows[j].level === group.level + 1) people.push(rows[j]);
          if (!people.some((p) => startsWith(p, OFFICIAL))) return false;
          const sections = rows.filter((r) => r.level === 2 && r !== group);
          return { rows, people, sections };
        },
        { timeoutMs: MEDIUM, intervalMs: 1000 },
      );
      // leave the official focused, in view for the screenshot
      await walkList(page, SEL.outlinePane, { until: (r) => startsWith(r, OFFICIAL) && r.level > 1 });
      return `root “${TITLE}”, ${found.sections.length} rows under it, ${OFFICIALS_GROUP}: ${found.people.map((p) => p.text).join('; ').slice(0, 200)}`;
    });

    // The quick fix menu is used from the keyboard: while it is open VS Code puts a pointer-blocking
    // layer over the page, so synthetic mouse clicks on its rows never arrive.
    const openQuickFixOnPreferred = async () => {
      await escape();
      await goTo(oracle.at.display.line, oracle.at.display.column + 1);
      await page.keyboard.press('Control+.');
      const title = oracle.preferred.title;
      await page.locator(SEL.actionRow, { hasText: title }).first().waitFor({ state: 'visible', timeout: MEDIUM });
      const focused = () => page.locator(`${SEL.actionRow}.focused`).first().getAttribute('aria-label');
      const offered = await page.locator(`${SEL.actionRow}.action`).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      for (let i = 0; i <= offered.length && (await focused()) !== title; i++) await page.keyboard.press('ArrowDown');
      if ((await focused()) !== title) throw new Error(`could not move to “${title}” in the menu: ${offered.join(' | ')}`);
      return offered;
    };

    await step('quickfix-menu', '.action-widget', async () => {
      if (!oracle.preferred) throw new Error(oracle.diagnostic ? `the server offers no preferred quick fix for “${TYPO.wrong}”` : serverSaysNothing(oracle));
      const offered = await openQuickFixOnPreferred();
      return `offered: ${offered.map((t) => `“${t}”`).join(', ')}; preferred: “${oracle.preferred.title}”`;
    });

    await step('quickfix-applied', SEL.editor, async () => {
      if (!oracle.preferred) throw new Error('no quick fix to apply (see the step before)');
      const fixedContext = TYPO.context.replace(TYPO.wrong, TYPO.right);
      const focusedTitle = await page.locator(`${SEL.actionRow}.focused`).first().getAttribute('aria-label', { timeout: 1000 }).catch(() => null);
      if (focusedTitle !== oracle.preferred.title) await openQuickFixOnPreferred();
      await page.keyboard.press('Enter');
      await waitFor(`the editor to show “${fixedContext}”`, async () => clean(await page.locator(`${SEL.editor} .view-lines`).innerText()).includes(fixedContext), {
        timeoutMs: MEDIUM,
      });
      await page.keyboard.press('Control+S');
      const saved = join(cs.dirs.workspace, ARTICLE);
      await waitFor('the saved file to equal the article with exactly the preferred fix applied', async () => readFileSync(saved, 'utf8') === oracle.fixedText, {
        timeoutMs: MEDIUM,
      });
      if (!oracle.fixedText.includes(fixedContext)) throw new Error(`the preferred fix does not produce “${fixedContext}”`);
      await waitFor(`the squiggle under the fixed word to go away`, async () => {
        const word = await wordBox(page, fixedContext, TYPO.right);
        if (!word) return false;
        const boxes = await page.locator(SEL.squiggle).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
        return !boxes.some((b) => overlaps(b, word));
      }, { timeoutMs: MEDIUM });
      return `“${TYPO.context}” → “${fixedContext}”, saved file = original + the preferred edit`;
    });
  } finally {
    const logs = extensionLogs(cs.dirs.userData);
    if (results.some((r) => !r.ok)) {
      log(`code-server log tail (${cs.logFile}):\n${indent(tailOf(cs.logFile, 30))}`);
      for (const f of logs) log(`${f}:\n${indent(tailOf(f, 30))}`);
    }
    await stopCodeServer(cs);
  }
  return results;
}

function serverSaysNothing(oracle) {
  if (oracle.error) return `asking the server over stdio failed: ${oracle.error.message}`;
  const { at, diagnostics } = oracle;
  return `the language server reports no vietproof finding on “${TYPO.wrong}” (line ${at.display.line}, column ${at.display.column}); it reports ${diagnostics.length}: ${diagnostics
    .map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`)
    .join(', ')}`;
}

function indent(s) {
  return s
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height + 4 && b.y < a.y + a.height + 4;
}

/**
 * The on-screen box of `word` inside the first occurrence of `context` in the editor, or null.
 * With word wrap a line is drawn as several `.view-line`s: their texts are joined in screen order.
 */
function wordBox(page, context, word) {
  return page.evaluate(
    ({ selector, context, word }) => {
      const lines = [...document.querySelectorAll(selector)].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      const nodes = [];
      let text = '';
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n, start: text.length });
          text += n.data.replace(/\u00a0/g, ' ');
        }
      }
      const at = text.indexOf(context);
      if (at < 0) return null;
      const start = at + context.indexOf(word);
      const find = (offset) => {
        for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i].start <= offset) return { node: nodes[i].node, offset: offset - nodes[i].start };
        return null;
      };
      const a = find(start);
      const b = find(start + word.length - 1);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset + 1);
      const r = range.getClientRects()[0];
      return r && r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    },
    { selector: '.editor-group-container.active .monaco-editor .view-line', context, word },
  );
}

/**
 * Every row of a (virtualised) list or tree, in order: walks it with the keyboard from Home to the
 * last row, reading the focused row each time. Stops early when `until(row)` says so, leaving that
 * row focused (and so scrolled into view).
 */
async function walkList(page, containerSelector, { until } = {}) {
  const list = page.locator(`${containerSelector} .monaco-list`).first();
  await list.focus();
  await page.keyboard.press('Home');
  const rows = [];
  let last = -1;
  for (let i = 0; i < 600; i++) {
    const row = await list
      .locator('.monaco-list-row.focused')
      .first()
      .evaluate((e) => ({
        index: Number(e.getAttribute('data-index')),
        level: Number(e.getAttribute('aria-level') || 0),
        expanded: e.getAttribute('aria-expanded'),
        label: (e.getAttribute('aria-label') || '').replace(/\u00a0/g, ' '),
        // label and description are separate spans: join them with a space, not run them together
        text: ([...e.querySelectorAll('.label-name, .label-description')].map((x) => x.textContent).join(' ') || e.innerText)
          .replace(/\u00a0/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      }), undefined, { timeout: 5000 })
      .catch(() => null);
    if (!row || row.index === last) break;
    rows.push(row);
    last = row.index;
    if (until?.(row)) break;
    await page.keyboard.press('ArrowDown');
  }
  return rows;
}
