import type { Finding, Rule } from '../../types';
import { tokenAtOrAfter, type Token } from '../../text/document';
import { ruleFields } from '../finding';

// A semicolon where a colon should introduce what follows: `Tham dự hội nghị có; ông A, …`,
// `Thành phần gồm; đại diện …`. The word before it announces a list or a name (có, gồm,
// bao gồm, như, là, sau, như sau, sau đây, cụ thể) and what follows is one: a person introduced by
// an honorific or title, a capitalised name, or items separated by commas. A semicolon between
// two clauses (`… mà ai cũng có; chúng tôi …`) is left alone.

const INTRODUCERS = new Set(['có', 'gồm', 'như', 'là', 'sau', 'đây', 'thể', 'gồm có']);
// two-word introducers end with these words: như sau, sau đây, cụ thể, bao gồm
const PAIRS = new Set(['như sau', 'sau đây', 'cụ thể', 'bao gồm', 'gồm có', 'dự có']);
/** Words that put a person's name next: ông Trần Văn A. */
const HONORIFICS = new Set(['ông', 'bà', 'anh', 'chị']);
/** Openings of a person's or delegation's description. */
const TITLE_STARTS = new Set(['đồng chí', 'các đồng', 'đại diện', 'lãnh đạo', 'bí thư', 'chủ tịch', 'phó', 'giám đốc', 'trưởng']);
const PRONOUNS = new Set(['tôi', 'chúng', 'ta', 'họ', 'nó', 'mình', 'ai', 'em']);

function lower(t: Token | undefined) {
  return t ? t.nfc.toLowerCase() : '';
}

export const listColon: Rule = {
  id: 'style/list-colon',
  category: 'style',
  defaultSeverity: 'warning',
  description: {
    en: 'A semicolon used where a colon introduces a list or a name.',
    vi: 'Dùng dấu chấm phẩy ở chỗ cần dấu hai chấm để dẫn ra danh sách hoặc tên người.',
  },
  fixes: 'Replaces the semicolon with a colon.',
  examples: {
    flagged: [
      { text: 'Tới dự buổi lễ có; ông Trần Văn Hòa, Bí thư Huyện ủy.', flagged: [';'], fixed: 'Tới dự buổi lễ có: ông Trần Văn Hòa, Bí thư Huyện ủy.' },
      { text: 'Thành phần đoàn gồm; đại diện Sở Y tế, Sở Tài chính, Công an tỉnh.', flagged: [';'], fixed: 'Thành phần đoàn gồm: đại diện Sở Y tế, Sở Tài chính, Công an tỉnh.' },
      { text: 'Kết quả cụ thể như sau; 12 xã đạt chuẩn, 3 xã chưa đạt, 2 xã đang xét.', flagged: [';'], fixed: 'Kết quả cụ thể như sau: 12 xã đạt chuẩn, 3 xã chưa đạt, 2 xã đang xét.' },
    ],
    accepted: [
      { text: 'Tới dự buổi lễ có: ông Trần Văn Hòa, Bí thư Huyện ủy.' },
      { text: 'Nhà nào cũng có; chúng tôi chỉ cần giữ gìn.' },
      { text: 'Công tác tiếp dân được chú trọng; đối thoại được duy trì thường xuyên.' },
      { text: 'Xã đã có nhà văn hóa; năm tới sẽ xây trường học.' },
    ],
  },
  check(doc) {
    const out: Finding[] = [];
    const toks = doc.tokens;
    // semicolons are rare: find them in the text and their tokens by offset, rather than look at
    // every token (a ';' inside a URL token starts no token of its own and is skipped)
    let i = 0;
    for (let at = doc.text.indexOf(';'); at >= 0; at = doc.text.indexOf(';', at + 1)) {
      i = tokenAtOrAfter(toks, at, i);
      if (i < 1 || i + 1 >= toks.length) continue;
      const t = toks[i];
      if (t.start !== at || t.kind !== 'punct') continue;
      const prev = toks[i - 1];
      if (prev.kind !== 'word') continue;
      const w1 = lower(prev);
      const w2 = `${lower(toks[i - 2])} ${w1}`;
      if (!INTRODUCERS.has(w1) && !PAIRS.has(w2)) continue;
      if ((w1 === 'đây' || w1 === 'thể') && !PAIRS.has(w2)) continue;
      // what follows, to the end of the sentence
      let j = i + 1;
      let commas = 0;
      let words = 0;
      while (j < toks.length && !(toks[j].kind === 'punct' && /[.!?;:]/.test(toks[j].text))) {
        if (toks[j].text === ',') commas++;
        if (toks[j].kind === 'word') words++;
        j++;
      }
      const next = toks[i + 1];
      const nextWord = lower(next);
      const second = lower(toks[i + 2]);
      const capital = (x: Token | undefined) => !!x && x.kind === 'word' && /^\p{Lu}/u.test(x.text);
      const person = (HONORIFICS.has(nextWord) && capital(toks[i + 2])) || TITLE_STARTS.has(`${nextWord} ${second}`) || TITLE_STARTS.has(nextWord);
      const name = capital(next) && !PRONOUNS.has(nextWord);
      const list = commas >= 2 || (next.kind === 'number' && commas >= 1);
      if (!(person || name || list)) continue;
      if (words < 2) continue;
      out.push({
        ...ruleFields(this),
        start: t.start,
        end: t.end,
        message: {
          en: `“${prev.nfc};” introduces what follows: use a colon.`,
          vi: `“${prev.nfc};” dẫn ra phần sau: dùng dấu hai chấm.`,
        },
        fixes: [
          {
            title: { en: 'Use a colon', vi: 'Dùng dấu hai chấm' },
            edits: [{ start: t.start, end: t.end, newText: ':' }],
            preferred: true,
            confidence: 'medium',
          },
        ],
      });
    }
    return out;
  },
};
