// Per-line features: the measurements the classifier scores a line by (its shape), computed once.
import type { ArticleText, Line, Token } from '../text/document';
import type { LineInfo } from './classify';
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

const PHONE = /(?<![\d/:-])\(?(?:\+84|0)\d{1,3}\)?(?:[ .-]?\d{2,4}){2,3}(?![\d/:])|(?<!\d)1[89]00[ .]?\d{3,4}(?:[ .]?\d{2,4})?(?!\d)/u;
export const TIME = /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/u;
export const DATE = /(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}(?:-\d{1,2})?)(?![\d/.-])/u;
const SYLLABLE = /[\p{L}\p{M}]+/gu;
const MARK = /\p{M}/u;

/** A furniture word as its syllables. */
interface FurnitureWord {
  syllables: readonly string[];
  cls: FurnitureClass;
}

/** Furniture words by their first syllable, longest first (for greedy matching without building candidate keys). */
const FURNITURE_BY_FIRST: ReadonlyMap<string, readonly FurnitureWord[]> = (() => {
  const byFirst = new Map<string, FurnitureWord[]>();
  for (const [key, cls] of FURNITURE) {
    const syllables = key.split(' ');
    if (syllables.length > FURNITURE_MAX_SYLLABLES) continue;
    const list = byFirst.get(syllables[0]) ?? [];
    list.push({ syllables, cls });
    byFirst.set(syllables[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.syllables.length - a.syllables.length);
  return byFirst;
})();

/** Whether `syllables` holds `word` from position `at` (its first syllable is known to be there). */
function holdsAt(syllables: readonly string[], at: number, word: readonly string[]): boolean {
  if (at + word.length > syllables.length) return false;
  for (let k = 1; k < word.length; k++) if (syllables[at + k] !== word[k]) return false;
  return true;
}

export interface FurnitureMatch {
  matched: number;
  anchors: number;
  cls?: FurnitureClass;
}

const NO_WORDS: readonly FurnitureWord[] = [];
const NO_FURNITURE: FurnitureMatch = Object.freeze({ matched: 0, anchors: 0, cls: undefined });

/** Splits lower-case syllables into furniture words, longest match first; `anchors` counts the syllables of anchor words. */
export function furnitureMatch(syllables: readonly string[]): FurnitureMatch {
  let matched = 0;
  let anchors = 0;
  // syllables per anchor class, in the order the classes first appear (most lines have none)
  let votes: Map<FurnitureClass, number> | undefined;
  let firstAnchor: FurnitureClass | undefined;
  for (let i = 0; i < syllables.length; ) {
    let word: FurnitureWord | undefined;
    // the furniture words starting here, longest first: the first one the syllables hold wins
    for (const w of FURNITURE_BY_FIRST.get(syllables[i]) ?? NO_WORDS) {
      if (holdsAt(syllables, i, w.syllables)) {
        word = w;
        break;
      }
    }
    if (!word) {
      i++;
      continue;
    }
    const n = word.syllables.length;
    matched += n;
    if (ANCHOR_CLASSES.has(word.cls)) {
      anchors += n;
      firstAnchor ??= word.cls;
      votes ??= new Map();
      votes.set(word.cls, (votes.get(word.cls) ?? 0) + n);
    }
    i += n;
  }
  if (!matched) return NO_FURNITURE;
  let cls = firstAnchor;
  if (votes) for (const [c, v] of votes) if (cls && v > (votes.get(cls) ?? 0)) cls = c;
  return { matched, anchors, cls };
}

export function syllablesOf(text: string): string[] {
  return text.toLowerCase().match(SYLLABLE) ?? [];
}

/** What measureLine needs of a word form: its lower case, whether that is a function word, and its
 * letters and capitals (for lines in capitals). Kept on the token's form (Form.lineFacts). */
interface WordForm {
  lower: string;
  functionWord: boolean;
  capitalised: boolean;
  letters: number;
  upper: number;
}

function makeWordForm(word: string): WordForm {
  const lower = word.toLowerCase();
  const { letters, upper } = countCase(word);
  return { lower, functionWord: FUNCTION_WORDS.has(lower), capitalised: word[0] !== lower[0], letters, upper };
}

/** The facts of a token's form, kept on the form itself. */
function tokenForm(t: Token): WordForm {
  const form = t.form;
  return (form.lineFacts as WordForm | undefined) ?? (form.lineFacts = makeWordForm(form.nfc));
}

const LETTER = /\p{L}/u;
const UPPER_LETTER = /\p{Lu}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

// letter (1), upper-case letter (2) and letter-or-mark (8) bits of BMP characters, looked up once each (bit 4: known)
const caseClass = new Uint8Array(0x10000);

function caseOf(c: number): number {
  let k = caseClass[c];
  if (!k) {
    const ch = String.fromCharCode(c);
    k = 4 | (LETTER.test(ch) ? 1 : 0) | (UPPER_LETTER.test(ch) ? 2 : 0) | (LETTER_OR_MARK.test(ch) ? 8 : 0);
    caseClass[c] = k;
  }
  return k;
}

/** A surrogate pair at i: a character outside the BMP. (Reads stay inside the text: a read past its end costs the optimised code.) */
function startsPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/**
 * How many syllables syllablesOf(text) finds, counted without making them: its runs of letters and
 * marks (lower case maps a letter or mark to letters and marks only, and nothing else to them).
 */
export function syllableCount(text: string): number {
  let count = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letterOrMark: boolean;
    if (startsPair(text, i)) {
      // a character outside the BMP: tested as a whole
      letterOrMark = LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i)!));
      i++;
    } else letterOrMark = (caseOf(c) & 8) !== 0;
    if (letterOrMark && !inRun) count++;
    inRun = letterOrMark;
  }
  return count;
}

/** Letters and upper-case letters of a text. */
function countCase(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (startsPair(text, i)) {
      // a character outside the BMP (an emoji, a rare letter): tested as a whole
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      i++;
      if (LETTER.test(ch)) {
        letters++;
        if (UPPER_LETTER.test(ch)) upper++;
      }
      continue;
    }
    const k = caseOf(c);
    if (k & 1) letters++;
    if (k & 2) upper++;
  }
  return { letters, upper };
}

/**
 * What syllablesOf(text) finds in a line, read off its tokens (NFC) instead of a regex over the
 * text: a word token is one run, other tokens may hold a few. A stray combining mark (a punctuation
 * token of its own) joins runs differently, so then the text is split after all.
 */
export function lineSyllables(tokens: readonly Token[], text: string): string[] {
  // Greek capital sigma lowers by what surrounds it (σ or final ς): only the whole text knows
  if (text.includes('Σ')) return syllablesOf(text);
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'word') out.push(tokenForm(t).lower);
    else if (t.kind === 'punct') {
      if (t.text.charCodeAt(0) >= 0x300 && MARK.test(t.text)) return syllablesOf(text);
    } else if (t.kind !== 'number') for (const s of syllablesOf(t.nfc)) out.push(s);
  }
  return out;
}

/** Whitespace as the regex class \s reads it. */
export function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whitespace as the regex class [\s\u200b\ufeff] reads it (what a line's content is trimmed of). */
export function isSpace(c: number): boolean {
  return c === 0x200b || isRegexSpace(c);
}

/** The features of one line. */
export function measureLine(doc: ArticleText, line: Line): LineFeatures {
  return measure(doc, line, { index: doc.firstTokenAt(line.start) });
}

/**
 * The features of every line, in order (the lines' tokens are walked once, not searched for), each
 * with the classifier's verdicts at their initial values for classify to fill in: `judge` gets each
 * line as soon as it is measured, while its object is still in the cache.
 */
export function measureLines(doc: ArticleText, judge?: (line: LineInfo) => void): LineInfo[] {
  const cursor: TokenCursor = { index: 0 };
  return doc.lines.map((line) => {
    const info = measure(doc, line, cursor);
    judge?.(info);
    return info;
  });
}

/** A position in doc.tokens that only moves forward, line after line. */
interface TokenCursor {
  index: number;
}

// the words of the line being measured, copied out at their final length once the line is done
// (an array pushed to grows in steps, each step a new copy)
const wordBuffer: string[] = [];

// the characters toNfc leaves to String.normalize: from U+0300 on, outside Latin Extended Additional
const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1e00-\u1eff]/;

/** toNfc(text), its test done by a regex (a loop over a line's characters in script took twice as long). */
export function lineNfc(text: string): string {
  return MAYBE_NOT_NFC.test(text) ? text.normalize('NFC') : text;
}

/** Closing quotes and brackets that may follow a sentence's final mark. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d; // " ” ’ » ) ]
}

/** What the regex /[.!?…;](?:["”’»)\]]+)?$|["”»]$/u finds: a final mark, perhaps closed by quotes or brackets, or a final closing quote. */
function endsLikeSentence(text: string): boolean {
  let j = text.length;
  while (j > 0 && isCloser(text.charCodeAt(j - 1))) j--;
  const mark = j > 0 ? text.charCodeAt(j - 1) : 0;
  if (mark === 0x2e || mark === 0x21 || mark === 0x3f || mark === 0x2026 || mark === 0x3b) return true; // . ! ? … ;
  const last = text.length ? text.charCodeAt(text.length - 1) : 0;
  return last === 0x22 || last === 0x201d || last === 0xbb; // " ” »
}

/** The features of a line; `cursor` is at or before its first token, and is left past its last one. */
function measure(doc: ArticleText, line: Line, cursor: TokenCursor): LineInfo {
  const raw = line.text;
  let lead = 0;
  while (lead < raw.length && isSpace(raw.charCodeAt(lead))) lead++;
  const blank = lead >= raw.length;
  let trail = 0;
  if (!blank) while (isSpace(raw.charCodeAt(raw.length - 1 - trail))) trail++;
  const start = line.start + (blank ? 0 : lead);
  const end = blank ? line.start : line.end - trail;
  const content = blank ? '' : lead || trail ? raw.slice(lead, raw.length - trail) : raw;
  // the content in NFC, as lineNfc makes it (its test also says whether a capital sigma may be there)
  const maybeNotNfc = MAYBE_NOT_NFC.test(content);
  const text = maybeNotNfc ? content.normalize('NFC') : content;
  let wordCount = 0;
  // the syllables are the words' lower case unless other tokens hold letters too, or the text has
  // to be split by the regex after all (a stray combining mark, a capital sigma)
  let split = maybeNotNfc && text.includes('Σ');
  let mixed = false;
  let numbers = 0;
  let fn = 0;
  let caps = 0;
  let letters = 0;
  let upper = 0;
  let digits = false;
  let hasUrlOrEmail = false;
  const toks = doc.tokens;
  let k = cursor.index;
  if (blank) k = toks.length; // (a blank line has no content: no token is read, the cursor stays)
  while (k < toks.length && toks[k].start < start) k++; // (a token in the leading whitespace: a zero-width space)
  for (; k < toks.length && toks[k].start < end; k++) {
    const t = toks[k];
    const kind = t.kind;
    if (kind === 'word') {
      const form = tokenForm(t);
      wordBuffer[wordCount++] = form.lower;
      if (form.functionWord) fn++;
      if (form.capitalised) caps++;
      letters += form.letters;
      upper += form.upper;
      continue;
    }
    if (kind === 'punct') {
      // letters live in word, alnum and url tokens only; a stray combining mark joins runs differently
      if (t.text.charCodeAt(0) >= 0x300 && MARK.test(t.text)) split = true;
      continue;
    }
    digits = true;
    if (kind === 'number') {
      numbers++;
      continue;
    }
    if (kind === 'url') hasUrlOrEmail = true;
    mixed = true;
    const c = countCase(t.nfc);
    letters += c.letters;
    upper += c.upper;
  }
  if (!blank) cursor.index = k;
  const words = wordBuffer.slice(0, wordCount);
  const syllables = split ? syllablesOf(text) : mixed ? lineSyllables(doc.tokensIn(start, end), text) : words;
  // only short lines can be widgets: long ones skip the vocabulary match
  const furniture = syllables.length <= 25 ? furnitureMatch(/\(\d+\)/.test(text) ? syllablesOf(text.replace(/\(\d+\)/g, ' ')) : syllables) : NO_FURNITURE;
  const sylCount = syllables.length;
  const last = blank ? 0 : text.charCodeAt(text.length - 1);
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
    numbers,
    endsSentence: endsLikeSentence(text),
    endsColon: last === 0x3a || last === 0xff1a, // : ：
    funcShare: wordCount ? fn / wordCount : 0,
    capShare: wordCount ? caps / wordCount : 0,
    allCaps: wordCount >= 2 && letters >= 6 && upper / letters >= 0.9,
    // phones, times and dates need digits, and every digit of a line is in a number, alnum or url token
    hasPhone: digits && PHONE.test(text),
    hasTime: digits && TIME.test(text),
    hasDate: digits && DATE.test(text),
    hasUrlOrEmail,
    furnitureShare: sylCount ? furniture.matched / sylCount : 0,
    furnitureAnchors: furniture.anchors,
    furnitureClass: furniture.cls,
    // the classifier's verdicts, made with the features: set later on an object without them, they
    // were added one by one (a change of shape each, and a second block of fields per line)
    prose: false,
    titleShaped: false,
    bylineShaped: false,
    local: undefined,
    role: blank ? 'blank' : 'body',
    kind: undefined,
    dupOf: undefined,
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
