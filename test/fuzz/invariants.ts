// What must hold for any analysis of any text, for every rule (present and future). Each check
// returns human-readable violations so a failing property says exactly what went wrong.
import { RULE_IDS, type AnalysisResult, type ArticleBlock, type Finding, type TextEdit } from '../../server/src/analysis';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (a character cut in two). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function rangeProblems(what: string, text: string, start: number, end: number): string[] {
  const out: string[] = [];
  if (!Number.isInteger(start) || !Number.isInteger(end)) out.push(`${what}: offsets ${start}..${end} are not integers`);
  else if (start < 0 || end > text.length || start > end) out.push(`${what}: range ${start}..${end} outside 0..${text.length}`);
  else {
    if (splitsSurrogatePair(text, start)) out.push(`${what}: starts inside a surrogate pair at ${start}`);
    if (splitsSurrogatePair(text, end)) out.push(`${what}: ends inside a surrogate pair at ${end}`);
    // between \r and \n is no position in LSP terms (the editor would show it at the line's end)
    for (const [name, o] of [['starts', start], ['ends', end]] as const) {
      if (o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) out.push(`${what}: ${name} between \\r and \\n at ${o}`);
    }
  }
  return out;
}

const describe = (text: string, f: Finding) => `${f.ruleId} ${f.start}..${f.end} ${JSON.stringify(text.slice(f.start, f.end).slice(0, 60))}`;

/** Edits of one fix: in bounds, not overlapping each other, inside the finding's own range. */
export function fixProblems(text: string, f: Finding): string[] {
  const out: string[] = [];
  const preferred = f.fixes.filter((x) => x.preferred).length;
  if (preferred > 1) out.push(`${describe(text, f)}: ${preferred} preferred fixes`);
  f.fixes.forEach((fix, k) => {
    const what = `${describe(text, f)} fix #${k} ${JSON.stringify(fix.title?.en)}`;
    if (!fix.title?.en || !fix.title?.vi) out.push(`${what}: title missing in en or vi`);
    if (!fix.edits.length) out.push(`${what}: no edits`);
    const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    sorted.forEach((e, i) => {
      out.push(...rangeProblems(`${what} edit ${e.start}..${e.end}`, text, e.start, e.end));
      if (typeof e.newText !== 'string') out.push(`${what}: newText is not a string`);
      if (i > 0 && e.start < sorted[i - 1].end) out.push(`${what}: edits overlap at ${e.start}`);
      // a fix changes only its own range (an insertion may sit on either edge); removing a block may
      // also take the line breaks and blanks around it, nothing else
      const outside = text.slice(Math.min(e.start, f.start), f.start) + text.slice(f.end, Math.max(e.end, f.end));
      if ((e.start < f.start || e.end > f.end) && !/^[\s\u200b\ufeff]*$/u.test(outside)) {
        out.push(`${what}: edit ${e.start}..${e.end} changes ${JSON.stringify(outside.slice(0, 40))} outside the finding ${f.start}..${f.end}`);
      }
    });
    if (fix.edits.length && fix.edits.every((e) => text.slice(e.start, e.end) === e.newText)) out.push(`${what}: changes nothing`);
  });
  return out;
}

function blockProblems(text: string, blocks: readonly ArticleBlock[], parent: { start: number; end: number } | undefined, path: string): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const what = `${path}${b.kind} ${JSON.stringify(b.name?.slice(0, 40))}`;
    out.push(...rangeProblems(what, text, b.start, b.end));
    if (parent && (b.start < parent.start || b.end > parent.end)) out.push(`${what}: ${b.start}..${b.end} outside its parent ${parent.start}..${parent.end}`);
    if (b.children) out.push(...blockProblems(text, b.children, b, what + ' > '));
  }
  return out;
}

/** Every invariant of one analysis of `text`. */
export function resultProblems(text: string, result: AnalysisResult): string[] {
  const out: string[] = [];
  for (const n of result.notices) {
    // the engine turns a rule's exception into a notice so the others still run: for us it is a crash
    if (/^(Rule \S+ failed|Outline failed)/.test(n.en)) out.push(`crash: ${n.en.slice(0, 400)}`);
    if (!n.en || !n.vi) out.push(`notice missing en or vi: ${JSON.stringify(n)}`);
  }
  for (const f of result.findings) {
    const what = describe(text, f);
    if (!RULE_IDS.includes(f.ruleId)) out.push(`${what}: unregistered rule id`);
    if (f.ruleId.split('/')[0] !== f.category) out.push(`${what}: category ${f.category} does not match the id`);
    if (!SEVERITIES.has(f.severity)) out.push(`${what}: severity ${f.severity}`);
    if (!f.message?.en || !f.message?.vi) out.push(`${what}: message missing in en or vi`);
    out.push(...rangeProblems(what, text, f.start, f.end));
    out.push(...fixProblems(text, f));
  }
  const a = result.article;
  if (a.title) {
    out.push(...rangeProblems('title', text, a.title.start, a.title.end));
    if (!a.title.text.trim()) out.push('title: empty text');
  }
  out.push(...blockProblems(text, a.blocks, undefined, ''));
  for (const group of [a.officials, a.organizations]) {
    for (const o of group) {
      if (!o.name.trim()) out.push(`entity with an empty name`);
      for (const m of o.mentions) out.push(...rangeProblems(`mention of ${o.name}`, text, m.start, m.end));
    }
  }
  return out;
}

/** Maps an offset of the text before `edits` to the text after them (undefined inside an edit). */
export function mapOffset(edits: readonly TextEdit[], offset: number): number | undefined {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (offset <= e.start) break;
    if (offset < e.end) return undefined;
    delta += e.newText.length - (e.end - e.start);
  }
  return offset + delta;
}

/**
 * Findings of `ruleId` after applying `edits` that were not there before: a finding after is old
 * when it is the image of a finding before (same rule, both ends mapped through the edits).
 */
export function newFindings(before: readonly Finding[], edits: readonly TextEdit[], after: readonly Finding[], ruleId: string, fixed?: Finding): Finding[] {
  const images = new Set<string>();
  for (const f of before) {
    if (f.ruleId !== ruleId || f === fixed) continue;
    const s = mapOffset(edits, f.start);
    const e = mapOffset(edits, f.end);
    if (s !== undefined && e !== undefined) images.add(`${s}:${e}`);
  }
  return after.filter((f) => f.ruleId === ruleId && !images.has(`${f.start}:${f.end}`));
}
