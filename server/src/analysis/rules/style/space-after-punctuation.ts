import type { Finding, Rule } from '../../types';
import { tokenAtOrAfter, type Token } from '../../text/document';
import { ruleFields } from '../finding';

// Sentence punctuation glued to the next word: `năm 2021.Tham dự`, `kết quả,tuy nhiên`.
// Never inside numbers, dates and times (2.500, 14:54:14, 31/12/2020: one number token), URLs
// and domains (one url token), abbreviations (TP.HCM, Tp.HCM, v.v., A.Nguyễn) or file names.

/**
 * A sentence or clause mark followed by something other than a space or a digit: what every
 * finding starts with (a letter or an opening quotation mark follows it), loosely put (without the
 * u flag and \p{L} the search is a third faster; the tokens decide).
 */
const GLUED_MARK = /[.!?,;:](?=[^\s\d])/g;
const SENTENCE_END = new Set(['.', '!', '?']);
const CLAUSE = new Set([',', ';', ':']);
const isUpper = (s: string) => s !== s.toLowerCase() && s === s.toUpperCase();
const startsUpper = (s: string) => s[0] !== s[0].toLowerCase();

function abbreviationJoin(prev: Token, next: Token): boolean {
  // TP.HCM, Tp.HCM, ThS.BS, U.23, A.Nguyễn: a short, all-caps or mixed-case piece on either side
  const innerCapital = /\p{Lu}/u.test(prev.text.slice(1));
  if (prev.kind === 'word' && (isUpper(prev.text) || innerCapital || prev.text.length <= 2)) return true;
  if (next.kind === 'word' && isUpper(next.text) && next.text.length >= 2 && prev.text.length <= 3) return true;
  return false;
}

export const spaceAfterPunctuation: Rule = {
  id: 'style/space-after-punctuation',
  category: 'style',
  defaultSeverity: 'warning',
  description: {
    en: 'No space after a full stop, comma, semicolon, colon, question or exclamation mark.',
    vi: 'Thiếu dấu cách sau dấu chấm, phẩy, chấm phẩy, hai chấm, chấm hỏi hoặc chấm than.',
  },
  fixes: 'Inserts one space after the punctuation mark.',
  examples: {
    flagged: [
      { text: 'Hội thảo kết thúc vào năm 2019.Sau đó, các đơn vị triển khai.', flagged: ['.S'], fixed: 'Hội thảo kết thúc vào năm 2019. Sau đó, các đơn vị triển khai.' },
      { text: 'Mưa lớn kéo dài,nhiều tuyến đường bị ngập.', flagged: [',n'], fixed: 'Mưa lớn kéo dài, nhiều tuyến đường bị ngập.' },
      { text: 'Thành phần gồm:đại diện các sở, ngành.', flagged: [':đ'], fixed: 'Thành phần gồm: đại diện các sở, ngành.' },
      { text: 'Đoàn đã đến Hà Nội.Sáng nay, đoàn làm việc với bộ.', flagged: ['.S'], fixed: 'Đoàn đã đến Hà Nội. Sáng nay, đoàn làm việc với bộ.' },
      { text: 'Ông An nói:“Chúng tôi đã chuẩn bị kỹ.”', flagged: [':“'], fixed: 'Ông An nói: “Chúng tôi đã chuẩn bị kỹ.”', note: 'a comma, semicolon or colon before an opening quotation mark' },
      { text: 'Bà Hoa cho biết,"mọi việc đã xong".', flagged: [',"'], fixed: 'Bà Hoa cho biết, "mọi việc đã xong".' },
    ],
    accepted: [
      { text: 'Giá trị 2.500 tỷ đồng, lúc 14:54:14 ngày 31/12/2020, văn bản số 06-ĐA/TU.' },
      { text: 'Tin từ Baotinhnha.vn và https://example.vn/a.html, email toasoan@example.vn.' },
      { text: 'Người dân TP.HCM và Tp.HCM, đội tuyển U.23, ThS.BS Lê Văn An, các loại rau, củ, quả v.v.' },
      { text: 'Ảnh: hoi-nghi.jpg; tệp bao-cao.pdf.' },
      { text: 'Thực hiện tốt nhiệm vụ.../.' },
      { text: 'Họ hô vang "Việt Nam vô địch," rồi đi diễu hành; khẩu hiệu "Tiến lên!" vang khắp nơi.', note: 'a quotation mark closing after the comma, with a space after it, is no opening one' },
    ],
  },
  check(doc) {
    const out: Finding[] = [];
    const toks = doc.tokens;
    // every finding is a mark directly followed by a word (which starts with a letter) or an opening
    // quotation mark: find the few candidates in the text and their tokens by offset, rather than
    // look at every token (a mark inside a number, URL or other token starts no token of its own)
    GLUED_MARK.lastIndex = 0;
    let i = 0;
    while (GLUED_MARK.test(doc.text)) {
      const at = GLUED_MARK.lastIndex - 1;
      i = tokenAtOrAfter(toks, at, i);
      if (i < 1 || i + 1 >= toks.length) continue;
      const p = toks[i];
      if (p.start !== at || p.kind !== 'punct') continue;
      const sentence = SENTENCE_END.has(p.text);
      if (!sentence && !CLAUSE.has(p.text)) continue;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      if (prev.end !== p.start || next.start !== p.end) continue;
      if (prev.kind !== 'word' && prev.kind !== 'number' && prev.kind !== 'alnum') continue;
      // `nói:“Chúng`, `cho biết,"mọi`: a clause mark glued to an opening quotation mark, itself
      // glued to a word (after a comma or colon a straight quote before a word opens a quotation)
      const quoted = toks[i + 2];
      if (!sentence && next.kind === 'punct' && OPENING_QUOTES.has(next.text) && quoted?.kind === 'word' && quoted.start === next.end) {
        out.push(missingSpace(this, p, next.end));
        continue;
      }
      if (next.kind !== 'word' || next.text.length < 2) continue;
      if (sentence) {
        // a full stop before a lower-case word is a file name or an abbreviation (bao-cao.pdf, v.v)
        if (!startsUpper(next.text) || abbreviationJoin(prev, next)) continue;
      } else if (p.text === ':' && prev.kind === 'number') continue;
      // the range takes the next word's first character, whole (it may be outside the BMP)
      out.push(missingSpace(this, p, next.start + ((doc.text.codePointAt(next.start) ?? 0) > 0xffff ? 2 : 1)));
    }
    return out;
  },
};

const OPENING_QUOTES = new Set(['“', '"', '‘', '«']);

/** The finding for punctuation `p` glued to what follows, up to `end`; the fix adds one space after it. */
function missingSpace(rule: Rule, p: Token, end: number): Finding {
  return {
    ...ruleFields(rule),
    start: p.start,
    end,
    message: { en: `Missing space after “${p.text}”.`, vi: `Thiếu dấu cách sau “${p.text}”.` },
    fixes: [
      {
        title: { en: `Add a space after “${p.text}”`, vi: `Thêm dấu cách sau “${p.text}”` },
        edits: [{ start: p.end, end: p.end, newText: ' ' }],
        preferred: true,
        confidence: 'high',
      },
    ],
  };
}
