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

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** NFC form of the text (what dictionaries are keyed by). */
  nfc: string;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]/iy;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
// A domain: labels joined by dots ending in a common top-level domain (Baodongkhoi.vn, dangcongsan.vn).
const DOMAIN_RE = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|edu|info|int|io|biz|asia|news|tv)(?![\p{L}\p{N}])/iuy;
const NUMBER_RE = /\p{Nd}+(?:[.,:/-]\p{Nd}+)*/uy;
const WORD_RE = /[\p{L}\p{M}\p{Nd}]+/uy;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  const push = (kind: TokenKind, start: number, end: number) => {
    const t = text.slice(start, end);
    tokens.push({ kind, start, end, text: t, nfc: t.normalize('NFC') });
  };
  const tryAt = (re: RegExp): number => {
    re.lastIndex = i;
    const m = re.exec(text);
    return m ? m[0].length : 0;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace and control characters separate tokens and are not tokens
    if (c <= 0x20 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b)) {
      i++;
      continue;
    }
    const ch = text[i];
    const isWordStart = LETTER.test(ch) || DIGIT.test(ch);
    if (isWordStart) {
      let len = tryAt(URL_RE) || tryAt(EMAIL_RE) || tryAt(DOMAIN_RE);
      if (len) {
        push('url', i, i + len);
        i += len;
        continue;
      }
      len = tryAt(NUMBER_RE);
      // a number only when not glued to letters (`2021.Tham` is number + punct + word; `F0` is alnum)
      if (len && !(i + len < n && /[\p{L}\p{M}]/u.test(text[i + len]))) {
        push('number', i, i + len);
        i += len;
        continue;
      }
      len = tryAt(WORD_RE);
      const word = text.slice(i, i + len);
      push(/\p{Nd}/u.test(word) ? 'alnum' : 'word', i, i + len);
      i += len;
      continue;
    }
    // a surrogate pair (emoji) is one punct token of two code units
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    push('punct', i, i + width);
    i += width;
  }
  return tokens;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
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

  /** Tokens whose start lies in [start, end). */
  tokensIn(start: number, end: number): Token[] {
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Token[] = [];
    for (let k = lo; k < toks.length && toks[k].start < end; k++) out.push(toks[k]);
    return out;
  }
}
