// Candidate corrections of one word and how they are offered as fixes.
import type { Fix, LocalizedText } from '../../types';
import { composeCased, looseSplit, parseSyllable, type PlacementStyle, type Syllable, type Tone } from '../../text/syllable';
import { lexKeyOf } from '../../lexicon/keys';
import type { Lexicon } from '../../lexicon/lexicon';
import type { Slot } from './context';

export interface Candidate {
  syllable: Syllable;
  /** Lexicon key and id (-1 when the lexicon lacks it). */
  key: string;
  id: number;
  /** log prior of this edit (how often writers make it). */
  prior: number;
}

const HOI = 3;
const NGA = 4;

/**
 * How common an edit is as a typing or spelling error, in log odds relative to other edits:
 * hỏi/ngã are confused all the time (most southern and central speakers pronounce them alike);
 * a missing tone or mark is a typical slip of the input method; d/đ is rarer.
 */
export function editPrior(origWord: string, cand: Syllable): number {
  const o = looseSplit(origWord);
  if (!o) return 0;
  const sameLetters = o.base === candLetters(cand);
  if (sameLetters) {
    const a = o.tone;
    const b = cand.tone;
    if ((a === HOI && b === NGA) || (a === NGA && b === HOI)) return 1.5;
    if (a === 0) return 0.5;
    return 0;
  }
  if (o.base.replace(/đ/g, 'd') === candLetters(cand).replace(/đ/g, 'd')) return -0.5;
  return 0;
}

function candLetters(s: Syllable): string {
  const rhyme = s.glide + s.nucleus + s.coda;
  return s.onset === 'gi' && rhyme.startsWith('i') ? 'gi' + rhyme.slice(1) : s.onset + rhyme;
}

export function candidateOf(s: Syllable, origWord: string, lex?: Lexicon): Candidate | undefined {
  const p = parseSyllable(composeCased(s, 'traditional', 'lower'));
  const key = p ? lexKeyOf(p) : undefined;
  return key ? { syllable: s, key, id: lex ? lex.id(key) : -1, prior: editPrior(origWord, s) } : undefined;
}

/** The replacement text: the candidate in the document's style, in the case of the original. */
export function surfaceOf(slot: Slot, s: Syllable, style: PlacementStyle): string {
  const own = slot.parsed?.styles;
  const st = own && own.length === 1 ? own[0] : style;
  return composeCased(s, st, slot.casing, slot.token.nfc);
}

export function replaceFix(slot: Slot, text: string, preferred: boolean, confidence: Fix['confidence']): Fix {
  return {
    title: { en: `Change to “${text}”`, vi: `Sửa thành “${text}”` },
    edits: [{ start: slot.token.start, end: slot.token.end, newText: text }],
    preferred: preferred || undefined,
    confidence,
  };
}

/** Fixes for a finding: the best first (preferred), then up to four alternatives. */
export function fixesFor(slot: Slot, texts: string[], confidence: Fix['confidence']): Fix[] {
  const seen = new Set<string>();
  const out: Fix[] = [];
  for (const t of texts) {
    if (seen.has(t) || t === slot.token.nfc || out.length >= 5) continue;
    seen.add(t);
    out.push(replaceFix(slot, t, out.length === 0, out.length === 0 ? confidence : 'low'));
  }
  return out;
}

export function quote(s: string): string {
  return `“${s}”`;
}

export type { Tone, LocalizedText };
