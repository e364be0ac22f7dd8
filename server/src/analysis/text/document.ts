// The text of one article, split the way LSP splits it (\n, \r\n, \r), with word tokens.
// Everything is computed once and lazily: rules share one ArticleText per analysis.

export interface Line {
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  text: string;
}

export type TokenKind =
  /** Letters (and combining marks) only: a candidate Vietnamese syllable or a foreign word. */
  | 'word'
  /** Letters mixed with digits: `Covid19`, `vie65t`, `F0`. */
  | 'alnum'
  /** Digits with inner separators: `2020`, `2.500`, `14:54:14`, `31/12/2020`, `18-2-2020`. */
  | 'number'
  /** A URL, e-mail address or domain name: `Baodongkhoi.vn`, `https://…`. */
  | 'url'
  /** One punctuation or symbol character. */
  | 'punct';

/** What structure/phrases.ts derives from a form for the entity view (see tokView). */
export interface FormShape {
  key: string;
  cap: boolean;
  upper: boolean;
  lower: boolean;
  abbr: boolean;
  /** Bits of the phrase sets with a phrase whose first key is `key`, as of phrase-set generation `startsGen`. */
  starts: number;
  startsGen: number;
}

/**
 * A token's kind and text, shared by every token written the same way, across analyses (interned
 * by formOf). What the modules derive from a word form (its lower case, syllable parse, entity
 * shape) is computed once per form and kept on it, each module in its own field.
 */
export class Form {
  /** boilerplate/lines.ts: facts for line features. */
  lineFacts: unknown = undefined;
  /** rules/spelling/context.ts: the word's syllable and lexicon facts. */
  spellingFacts: unknown = undefined;
  /** structure/phrases.ts: the entity view's shape. */
  shape: FormShape | undefined = undefined;
  constructor(
    readonly kind: TokenKind,
    readonly text: string,
    /** NFC form of the text (what dictionaries are keyed by). */
    readonly nfc: string,
  ) {}
}

/** A number per kind for the hash (a switch on the interned kind strings, no keyed property load per token). */
function kindCode(kind: TokenKind): number {
  switch (kind) {
    case 'word':
      return 1;
    case 'alnum':
      return 2;
    case 'number':
      return 3;
    case 'url':
      return 4;
    default:
      return 5;
  }
}

// FNV-1a over a token's code units, then its kind: the scanner hashes a run's units as it reads
// them and the table finishes the hash once the kind is known (lookupHashed), so no unit is hashed twice.
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of `text[start, end)` continued from `h`. */
function hashUnits(h: number, text: string, start: number, end: number): number {
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

/** Whether `form` is `text[start, start + len)` (a loop over a few units, rather than a call to the startsWith builtin). */
function sameUnits(form: string, text: string, start: number, len: number): boolean {
  if (form.length !== len) return false;
  for (let k = 0; k < len; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * The interned forms, an open-addressing table keyed by kind and text: a token's form is found from
 * the text it stands in, hashed and compared in place, so no string is made for a form seen before.
 */
class FormTable {
  private forms: Array<Form | undefined> = new Array(1 << 12).fill(undefined);
  private hashes = new Int32Array(1 << 12);
  private size = 0;
  /** Past this many forms the table starts again (tokens already made keep their forms). */
  static readonly LIMIT = 100_000;

  lookup(kind: TokenKind, text: string, start: number, end: number): Form {
    return this.lookupHashed(kind, text, start, end, hashUnits(FNV_BASIS, text, start, end));
  }

  /** lookup, given the hash of the text's code units (hashUnits from FNV_BASIS). */
  lookupHashed(kind: TokenKind, text: string, start: number, end: number, unitsHash: number): Form {
    const h = Math.imul(unitsHash ^ kindCode(kind), FNV_PRIME);
    const len = end - start;
    const mask = this.forms.length - 1;
    let i = h & mask;
    for (let f = this.forms[i]; f !== undefined; f = this.forms[(i = (i + 1) & mask)]) {
      if (this.hashes[i] === h && f.kind === kind && sameUnits(f.text, text, start, len)) return f;
    }
    const t = text.slice(start, end);
    const form = new Form(kind, t, toNfc(t));
    if (this.size >= FormTable.LIMIT) {
      this.forms = new Array(1 << 12).fill(undefined);
      this.hashes = new Int32Array(1 << 12);
      this.size = 0;
      this.insert(form, h);
    } else {
      this.forms[i] = form;
      this.hashes[i] = h;
      if (++this.size * 2 > this.forms.length) this.grow();
    }
    return form;
  }

  private insert(form: Form, h: number): void {
    const mask = this.forms.length - 1;
    let i = h & mask;
    while (this.forms[i] !== undefined) i = (i + 1) & mask;
    this.forms[i] = form;
    this.hashes[i] = h;
    this.size++;
  }

  private grow(): void {
    const forms = this.forms;
    const hashes = this.hashes;
    this.forms = new Array(forms.length * 2).fill(undefined);
    this.hashes = new Int32Array(forms.length * 2);
    this.size = 0;
    for (let i = 0; i < forms.length; i++) {
      const f = forms[i];
      if (f !== undefined) this.insert(f, hashes[i]);
    }
  }
}

const formTable = new FormTable();

/** The interned form of the token text text[start, end) (a text of thousands of distinct words makes as many forms). */
export function formAt(kind: TokenKind, text: string, start: number, end: number): Form {
  return formTable.lookup(kind, text, start, end);
}

/** The interned form of a token text. */
export function formOf(kind: TokenKind, text: string): Form {
  return formTable.lookup(kind, text, 0, text.length);
}

/**
 * One token: where it is and its form. A small object (a 1 MB text has a quarter of a million):
 * the text and everything derived from it live on the shared form.
 */
export class Token {
  // the entity view's per-occurrence fields (structure/phrases.ts tokView fills them in place),
  // made here with the token so a 1 MB text does not pay for a second object per token, and packed
  // in one number (i << 2 | joined << 1 | glued): Node gives every field eight bytes, and a 1 MB
  // text has a quarter of a million tokens
  private view = 0;
  constructor(
    readonly form: Form,
    readonly start: number,
    readonly end: number,
  ) {}

  /** Index in the token list. */
  get i(): number {
    return this.view >> 2;
  }
  set i(i: number) {
    this.view = (i << 2) | (this.view & 3);
  }

  /** Only spaces or tabs (or nothing) separate it from the previous token. */
  get joined(): boolean {
    return (this.view & 2) !== 0;
  }
  set joined(joined: boolean) {
    this.view = joined ? this.view | 2 : this.view & ~2;
  }

  /** Nothing at all separates it from the previous token. */
  get glued(): boolean {
    return (this.view & 1) !== 0;
  }
  set glued(glued: boolean) {
    this.view = glued ? this.view | 1 : this.view & ~1;
  }

  get kind(): TokenKind {
    return this.form.kind;
  }

  /** The text as written. */
  get text(): string {
    return this.form.text;
  }

  /** NFC form of the text (what dictionaries are keyed by). */
  get nfc(): string {
    return this.form.nfc;
  }

  // the entity view's shape of the form (set by structure/phrases.ts tokView before it is read)
  get key(): string {
    return this.form.shape!.key;
  }
  get cap(): boolean {
    return this.form.shape!.cap;
  }
  get upper(): boolean {
    return this.form.shape!.upper;
  }
  get lower(): boolean {
    return this.form.shape!.lower;
  }
  get abbr(): boolean {
    return this.form.shape!.abbr;
  }
  get starts(): number {
    return this.form.shape!.starts;
  }
}

/**
 * Index of the first token starting at or after `offset` (tokens.length when none), searched
 * forward from index `from`, before which every token starts before `offset`: a galloping search,
 * then halving. For offsets met in order it reads only tokens close to the last one found, which
 * after the other rules have run are far likelier in cache than those of a binary search over all.
 */
export function tokenAtOrAfter(toks: readonly Token[], offset: number, from = 0): number {
  let hi = from;
  for (let step = 1; hi < toks.length && toks[hi].start < offset; step *= 2) {
    from = hi + 1;
    hi += step;
  }
  if (hi > toks.length) hi = toks.length;
  while (from < hi) {
    const mid = (from + hi) >> 1;
    if (toks[mid].start < offset) from = mid + 1;
    else hi = mid;
  }
  return from;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]/iy;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
// A domain: labels joined by dots ending in a common top-level domain (Baodongkhoi.vn, dangcongsan.vn).
const DOMAIN_RE = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|edu|info|int|io|biz|asia|news|tv)(?![\p{L}\p{N}])/iuy;

// Character classes, looked up once per character and kept (a regex test per character was a third
// of the tokenizer's time). Bits: letter, mark, decimal digit, other number; C_KNOWN is set in every
// class worked out, so an entry of 0 is one not yet seen.
const C_LETTER = 1;
const C_MARK = 2;
const C_DIGIT = 4;
const C_NUMBER = 8;
const C_KNOWN = 16;
/** The characters a word run is made of. */
const C_WORD = C_LETTER | C_MARK | C_DIGIT;
const bmpClass = new Uint8Array(0x10000);
/** Classes of the code points past the BMP met so far (emoji, rare scripts): few, so a map. */
const astralClass = new Map<number, number>();

/** The class of a code point, worked out by the regexes (C_KNOWN set). */
function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let c = C_KNOWN;
  if (/\p{L}/u.test(ch)) c |= C_LETTER;
  if (/\p{M}/u.test(ch)) c |= C_MARK;
  if (/\p{Nd}/u.test(ch)) c |= C_DIGIT;
  else if (/\p{N}/u.test(ch)) c |= C_NUMBER;
  return c;
}

/** The class of the code point at i (a lone surrogate stands for itself), C_KNOWN set. */
function classAt(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u < 0xd800 || u > 0xdbff) return bmpClass[u] || (bmpClass[u] = classify(u));
  const cp = codePointAt(text, i);
  if (cp < 0x10000) return bmpClass[cp] || (bmpClass[cp] = classify(cp));
  let c = astralClass.get(cp);
  if (c === undefined) astralClass.set(cp, (c = classify(cp)));
  return c;
}

/** Code point at i (a lone surrogate stands for itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** 2 where a surrogate pair starts at i, else 1: the code units the code point at i takes. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** The ASCII characters an e-mail address or domain can hold: letters, digits and . _ % + - @. */
const ADDRESS_ASCII = new Uint8Array(0x80);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-@') ADDRESS_ASCII[ch.charCodeAt(0)] = 1;

/**
 * Whether code unit `c` (-1 past the end of the text) may continue an e-mail address or domain:
 * anything outside ASCII may (a letter or number, or one matching one under case folding), and in
 * ASCII only ADDRESS_ASCII.
 */
function continuesAddress(c: number): boolean {
  return c >= 0x80 || (c >= 0 && ADDRESS_ASCII[c] === 1);
}

/** Length of the sticky regex's match at `at`, 0 when none (test, unlike exec, makes no match array). */
function matchLength(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex - at : 0;
}

/**
 * NFC of a token. Text made only of characters below U+0300 or in Latin Extended Additional
 * (U+1E00–U+1EFF, where precomposed Vietnamese letters live) is already NFC: none of them
 * decomposes or composes with a neighbour. Anything else goes through String.normalize.
 */
export function toNfc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return s.normalize('NFC');
  }
  return s;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace and control characters separate tokens and are not tokens
    if (c <= 0x20 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b)) {
      i++;
      continue;
    }
    const first = classAt(text, i);
    if (first & (C_LETTER | C_DIGIT)) {
      // the run of letters, marks and digits from here, its code units hashed as they are read (the
      // form table needs the hash), and whether it is all digits
      let end = i;
      let unitsHash = FNV_BASIS;
      let hasDigit = false;
      let allDigits = true;
      let plain = true; // letters and decimal digits only (no marks): what the e-mail and domain labels allow
      let stop = 0; // the class of the character that ends the run (0 at the end of the text)
      while (end < n) {
        const k = classAt(text, end);
        if (!(k & C_WORD)) {
          stop = k;
          break;
        }
        if (k & C_DIGIT) hasDigit = true;
        else allDigits = false;
        if (k & C_MARK && !(k & C_LETTER)) plain = false;
        const u = text.charCodeAt(end);
        unitsHash = Math.imul(unitsHash ^ u, FNV_PRIME);
        end++;
        // the low half of a surrogate pair (an astral letter)
        if (u >= 0xd800 && u <= 0xdbff && widthAt(text, end - 1) === 2) unitsHash = Math.imul(unitsHash ^ text.charCodeAt(end++), FNV_PRIME);
      }
      // a URL, e-mail or domain can only start here when the run is followed by one of the characters
      // that continue them (or starts like a URL); anything else is decided without the regexes
      const next = end < n ? text.charCodeAt(end) : 0;
      const maybeUrl = (c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57) && (next === 0x3a || next === 0x2e); // http: / www.
      const continues = next === 0x2e || next === 0x40 || next === 0x2d || next === 0x5f || next === 0x25 || next === 0x2b;
      const otherNumber = stop & C_NUMBER;
      // the end of a sentence, `word.` then a space or other ASCII punctuation, is the commonest case:
      // an e-mail address or a domain needs a letter, digit or one of . _ % + - @ after that dot
      const sentenceEnd = plain && next === 0x2e && !maybeUrl && !continuesAddress(end + 1 < n ? text.charCodeAt(end + 1) : -1);
      if (!sentenceEnd && (maybeUrl || (plain && (continues || otherNumber)) || !plain)) {
        const len = (maybeUrl ? matchLength(URL_RE, text, i) : 0) || matchLength(EMAIL_RE, text, i) || matchLength(DOMAIN_RE, text, i);
        if (len) {
          tokens.push(new Token(formTable.lookup('url', text, i, i + len), i, i + len));
          i += len;
          continue;
        }
      }
      // digits with inner separators: `2.500`, `14:54:14`, `31/12/2020`. Only a run of digits can
      // start one: in a run with a letter or mark the digits stop at it, and it is no separator.
      if (allDigits) {
        let numEnd = end;
        for (;;) {
          const sep = text.charCodeAt(numEnd);
          if (!(sep === 0x2e || sep === 0x2c || sep === 0x3a || sep === 0x2f || sep === 0x2d) || numEnd + 1 >= n) break;
          let d = numEnd + 1;
          while (d < n && classAt(text, d) & C_DIGIT) d += widthAt(text, d);
          if (d === numEnd + 1) break;
          numEnd = d;
        }
        // a number only when not glued to letters (`2021.Tham` is number + punct + word; `F0` is alnum)
        const after = numEnd < n ? classAt(text, numEnd) : 0;
        if (!(after & (C_LETTER | C_MARK))) {
          tokens.push(new Token(formTable.lookupHashed('number', text, i, numEnd, hashUnits(unitsHash, text, end, numEnd)), i, numEnd));
          i = numEnd;
          continue;
        }
      }
      tokens.push(new Token(formTable.lookupHashed(hasDigit ? 'alnum' : 'word', text, i, end, unitsHash), i, end));
      i = end;
      continue;
    }
    // a surrogate pair (emoji) is one punct token of two code units
    const width = widthAt(text, i);
    tokens.push(new Token(formTable.lookup('punct', text, i, i + width), i, i + width));
    i += width;
  }
  return tokens;
}

/** A line break's first character (a regex search finds them faster than a loop over every character). */
const LINE_BREAK = /[\r\n]/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.test(text)) {
    const end = LINE_BREAK.lastIndex - 1;
    lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
    start = end + 1;
    // \r\n is one break
    if (text.charCodeAt(end) === 13 && text.charCodeAt(start) === 10) LINE_BREAK.lastIndex = ++start;
  }
  lines.push({ index: lines.length, start, end: n, text: text.slice(start, n) });
  return lines;
}

export class ArticleText {
  private _lines?: Line[];
  private _tokens?: Token[];

  constructor(readonly text: string) {}

  get lines(): Line[] {
    return (this._lines ??= splitLines(this.text));
  }

  get tokens(): Token[] {
    return (this._tokens ??= tokenize(this.text));
  }

  /** The line holding `offset` (binary search). */
  lineAt(offset: number): Line {
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo];
  }

  /** Index of the first token that starts at or after `offset` (tokens.length when none). */
  firstTokenAt(offset: number): number {
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Tokens whose start lies in [start, end). */
  tokensIn(start: number, end: number): Token[] {
    const toks = this.tokens;
    const out: Token[] = [];
    for (let k = this.firstTokenAt(start); k < toks.length && toks[k].start < end; k++) out.push(toks[k]);
    return out;
  }
}
