// Per-line features: the measurements the classifier scores a line by (its shape), computed once.
import { toNfc, type ArticleText, type Line } from '../text/document';
import { ANCHOR_CLASSES, DATE_WORDS, FUNCTION_WORDS, FURNITURE, FURNITURE_MAX_SYLLABLES, type FurnitureClass } from './vocabulary';

export interface LineFeatures {
  index: number;
  /** The whole line, without its break. */
  lineStart: number;
  lineEnd: number;
  /** The visible content (whitespace trimmed on both sides). */
  start: number;
  end: number;
  /** The content in NFC. */
  text: string;
  /** No visible character. */
  blank: boolean;
  /** Blank, yet holds whitespace characters (NBSP, spaces): residue. */
  wsOnly: boolean;
  /** Letter syllables, lower-case NFC. */
  words: string[];
  /** Word tokens as written (NFC), for capitalisation. */
  rawWords: string[];
  numbers: number;
  /** Ends like a sentence: . ! ? … ; possibly followed by a closing quote or bracket. */
  endsSentence: boolean;
  endsColon: boolean;
  /** Share of syllables that are Vietnamese function words. */
  funcShare: number;
  /** Share of syllables written with a capital first letter. */
  capShare: number;
  /** Letters (nearly) all upper-case, two words or more. */
  allCaps: boolean;
  hasPhone: boolean;
  hasTime: boolean;
  hasDate: boolean;
  hasUrlOrEmail: boolean;
  /** Share of syllables that are web-furniture vocabulary, and the dominant class of those. */
  furnitureShare: number;
  furnitureAnchors: number;
  furnitureClass?: FurnitureClass;
}

const SENTENCE_END = /[.!?…;](?:["”’»)\]]+)?$|["”»]$/u;
const PHONE = /(?<![\d/:-])\(?(?:\+84|0)\d{1,3}\)?(?:[ .-]?\d{2,4}){2,3}(?![\d/:])|(?<!\d)1[89]00[ .]?\d{3,4}(?:[ .]?\d{2,4})?(?!\d)/u;
export const TIME = /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/u;
export const DATE = /(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}(?:-\d{1,2})?)(?![\d/.-])/u;
const SYLLABLE = /[\p{L}\p{M}]+/gu;

/** Splits lower-case syllables into furniture words, longest match first; `anchors` counts the syllables of anchor words. */
export function furnitureMatch(syllables: readonly string[]): { matched: number; anchors: number; cls?: FurnitureClass } {
  let matched = 0;
  let anchors = 0;
  const votes = new Map<FurnitureClass, number>();
  let firstAnchor: FurnitureClass | undefined;
  for (let i = 0; i < syllables.length; ) {
    let step = 0;
    for (let n = Math.min(FURNITURE_MAX_SYLLABLES, syllables.length - i); n >= 1 && !step; n--) {
      const cls = FURNITURE.get(syllables.slice(i, i + n).join(' '));
      if (!cls) continue;
      step = n;
      matched += n;
      if (ANCHOR_CLASSES.has(cls)) {
        anchors += n;
        firstAnchor ??= cls;
        votes.set(cls, (votes.get(cls) ?? 0) + n);
      }
    }
    i += step || 1;
  }
  let cls = firstAnchor;
  for (const [c, v] of votes) if (cls && v > (votes.get(cls) ?? 0)) cls = c;
  return { matched, anchors, cls };
}

export function syllablesOf(text: string): string[] {
  return text.toLowerCase().match(SYLLABLE) ?? [];
}

const lowered = new Map<string, string>();

/** Lower case of a word (cached: a text has a few thousand distinct words). */
function lowerCase(word: string): string {
  let l = lowered.get(word);
  if (l === undefined) {
    l = word.toLowerCase();
    if (lowered.size >= 100_000) lowered.clear();
    lowered.set(word, l);
  }
  return l;
}

const LETTER = /\p{L}/u;
const UPPER_LETTER = /\p{Lu}/u;

/** Letters and upper-case letters of a text (ASCII and Vietnamese letters without a regex per character). */
function countCase(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) letters++;
      else if (c >= 0x41 && c <= 0x5a) {
        letters++;
        upper++;
      }
    } else if (LETTER.test(ch)) {
      letters++;
      if (UPPER_LETTER.test(ch)) upper++;
    }
  }
  return { letters, upper };
}

export function measureLine(doc: ArticleText, line: Line): LineFeatures {
  const raw = line.text;
  const lead = raw.length - raw.replace(/^[\s\u200b\ufeff]+/u, '').length;
  const trail = raw.length - raw.replace(/[\s\u200b\ufeff]+$/u, '').length;
  const blank = lead >= raw.length;
  const start = line.start + (blank ? 0 : lead);
  const end = blank ? line.start : line.end - trail;
  const text = blank ? '' : toNfc(raw.slice(lead, raw.length - trail));
  const tokens = blank ? [] : doc.tokensIn(start, end);
  const rawWords: string[] = [];
  const words: string[] = [];
  let numbers = 0;
  let fn = 0;
  let caps = 0;
  let hasUrlOrEmail = false;
  for (const t of tokens) {
    if (t.kind === 'word') {
      const lower = lowerCase(t.nfc);
      rawWords.push(t.nfc);
      words.push(lower);
      if (FUNCTION_WORDS.has(lower)) fn++;
      if (t.nfc[0] !== lower[0]) caps++;
    } else if (t.kind === 'number') numbers++;
    else if (t.kind === 'url') hasUrlOrEmail = true;
  }
  // letters and capitals among them: only lines with few lower-case letters can be in capitals
  const { letters, upper } = countCase(text);
  const syllables = syllablesOf(text);
  // only short lines can be widgets: long ones skip the vocabulary match
  const furniture = syllables.length <= 25 ? furnitureMatch(/\(\d+\)/.test(text) ? syllablesOf(text.replace(/\(\d+\)/g, ' ')) : syllables) : { matched: 0, anchors: 0, cls: undefined };
  const sylCount = syllables.length;
  return {
    index: line.index,
    lineStart: line.start,
    lineEnd: line.end,
    start,
    end,
    text,
    blank,
    wsOnly: blank && raw.length > 0,
    words,
    rawWords,
    numbers,
    endsSentence: SENTENCE_END.test(text),
    endsColon: /[:：]$/u.test(text),
    funcShare: words.length ? fn / words.length : 0,
    capShare: rawWords.length ? caps / rawWords.length : 0,
    allCaps: rawWords.length >= 2 && letters >= 6 && upper / letters >= 0.9,
    hasPhone: PHONE.test(text),
    hasTime: TIME.test(text),
    hasDate: DATE.test(text),
    hasUrlOrEmail,
    furnitureShare: sylCount ? furniture.matched / sylCount : 0,
    furnitureAnchors: furniture.anchors,
    furnitureClass: furniture.cls,
  };
}

/** Words of a date/time line other than the date and time themselves all label a date. */
export function onlyDateWords(f: LineFeatures): boolean {
  const rest = syllablesOf(f.text.replace(/\d[\d/:.\-+]*/g, ' '));
  return rest.length <= 6 && rest.every((w) => DATE_WORDS.has(w));
}

/** Every syllable labels a date (or there are none). */
export function allDateWords(syllables: readonly string[]): boolean {
  return syllables.length <= 6 && syllables.every((w) => DATE_WORDS.has(w));
}
