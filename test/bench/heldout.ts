// Spelling quality on text the checker has never seen: run by test/bench/heldout.mjs with a lexicon
// built without every 10th dictionary headword's definitions and examples (build-lexicon --holdout),
// over those held-out lines. Two passes per document of 40 lines:
//   clean    every spelling finding on the untouched text is a false alarm (per 1,000 words);
//   injected in about half the lines one lower-case syllable gets a one-diacritic variant the lexicon
//            knows (seen at least 5 times); a finding over it counts as flagged, and as the right fix
//            when its preferred fix restores the original.
import { readFileSync } from 'node:fs';
import { analyze, DEFAULT_SETTINGS } from '../../server/src/analysis';
import { SPELLING_RULES } from '../../server/src/analysis/rules/spelling';
import { composeCased, diacriticNeighbours, parseSyllable } from '../../server/src/analysis/text/syllable';
import { loadLexicon } from '../../server/src/analysis/lexicon/lexicon';
import { lexKey } from '../../server/src/analysis/lexicon/keys';

const [heldOutFile, docsArg] = process.argv.slice(2);
const lex = loadLexicon();
const lines = readFileSync(heldOutFile, 'utf8').split('\n').filter((l) => l.trim().split(/\s+/).length >= 4);
let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const rules = [...SPELLING_RULES];
const LINES_PER_DOC = 40;
const maxDocs = Number(docsArg ?? 60);

let words = 0;
let falseAlarms = 0;
let injectedCount = 0;
let flagged = 0;
let rightFix = 0;
let otherFindings = 0;
for (let d = 0; d * LINES_PER_DOC < lines.length && d < maxDocs; d++) {
  const docLines = lines.slice(d * LINES_PER_DOC, (d + 1) * LINES_PER_DOC);
  const text = docLines.join('\n');
  words += text.split(/\s+/).length;
  falseAlarms += analyze(text, DEFAULT_SETTINGS, { rules }).findings.length;

  const injected: Array<{ start: number; end: number; original: string }> = [];
  const out: string[] = [];
  let offset = 0;
  for (const line of docLines) {
    let l = line;
    if (rnd() < 0.5) {
      const ws = [...l.matchAll(/[\p{L}\p{M}]+/gu)];
      const inner = ws.filter((m, i) => i > 0 && i < ws.length - 1 && m[0] === m[0].toLowerCase() && parseSyllable(m[0])?.problems.length === 0);
      if (inner.length) {
        const m = inner[Math.floor(rnd() * inner.length)];
        const variants = diacriticNeighbours(m[0])
          .map((s) => composeCased(s, 'modern', 'lower'))
          .filter((v) => {
            const k = lexKey(v);
            return k && lex.id(k) >= 0 && lex.count(lex.id(k)) >= 5;
          });
        if (variants.length) {
          const v = variants[Math.floor(rnd() * variants.length)];
          l = l.slice(0, m.index!) + v + l.slice(m.index! + m[0].length);
          injected.push({ start: offset + m.index!, end: offset + m.index! + v.length, original: m[0] });
        }
      }
    }
    out.push(l);
    offset += l.length + 1;
  }
  const findings = analyze(out.join('\n'), DEFAULT_SETTINGS, { rules }).findings;
  const used = new Set<number>();
  for (const x of injected) {
    injectedCount++;
    const k = findings.findIndex((f) => f.start < x.end && f.end > x.start);
    if (k < 0) continue;
    used.add(k);
    flagged++;
    const fix = findings[k].fixes.find((z) => z.preferred) ?? findings[k].fixes[0];
    const fixed = fix?.edits[0].newText;
    if (fixed && (fixed.normalize('NFC') === x.original.normalize('NFC') || (lexKey(fixed) && lexKey(fixed) === lexKey(x.original)))) rightFix++;
  }
  otherFindings += findings.length - used.size;
}
const pct = (n: number) => ((100 * n) / Math.max(1, injectedCount)).toFixed(1);
console.log(`clean text: ${words} words, ${falseAlarms} spelling findings (${((falseAlarms * 1000) / words).toFixed(2)} per 1,000 words)`);
console.log(`injected: ${injectedCount} errors, flagged ${flagged} (${pct(flagged)}%), right fix first ${rightFix} (${pct(rightFix)}%), other findings ${otherFindings}`);
