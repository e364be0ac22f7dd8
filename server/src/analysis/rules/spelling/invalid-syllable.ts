import type { Finding, Rule } from '../../types';
import { diacriticNeighbours, parseSyllable, type Syllable } from '../../text/syllable';
import { PAIR_IN_WORD, PAIR_WORD, SYL_LEXICON, SYL_WORD, type Lexicon } from '../../lexicon/lexicon';
import { contextModel, contextWindow, documentStyle, HINT, rankByContext, spellingDoc, type ContextModel, type Slot, type Term, type Window, vietnameseLineNamesAside } from './context';
import { candidateOf, fixesFor, quote, surfaceOf, type Candidate } from './candidates';

// A word meant as Vietnamese (it carries Vietnamese diacritics) that is not a valid syllable:
// a stop final with a tone other than sắc/nặng (`trât`), c/k or g/gh against the vowel (`cế`),
// two tone marks, or letters no syllable has (`nguời`); and, in a Vietnamese line, a lower-case
// word with no mark whose stop final wants a tone (`lạm phat`) when the repair makes a word with a
// neighbour (unaccented and foreign words, `chat`, stay alone). Suggestions are the valid syllables one
// diacritic edit away (or with c/k, g/gh, ng/ngh swapped), ranked by how well they fit the context.

const ONSET_SWAPS: Array<[RegExp, string]> = [
  [/^c(?=[eiy])/, 'k'],
  [/^k(?![eiyh])/, 'c'],
  [/^g(?=e)/, 'gh'],
  [/^gh(?![ei])/, 'g'],
  [/^ng(?=[ei])/, 'ngh'],
  [/^ngh(?![ei])/, 'ng'],
];

function onsetRepairs(word: string): Syllable[] {
  // decomposed, so the vowel after the onset shows without its marks (cém → c + e + ́ + m)
  const lower = word.normalize('NFD').toLowerCase();
  const out: Syllable[] = [];
  for (const [re, to] of ONSET_SWAPS) {
    if (!re.test(lower)) continue;
    const p = parseSyllable(lower.replace(re, to).normalize('NFC'));
    if (p && !p.problems.length) out.push(p.syllable);
  }
  return out;
}

/** Valid, known syllables that a broken word may have meant, ranked for its context. */
export function repairCandidates(slot: Slot, known: (key: string) => boolean, lex?: Lexicon): Candidate[] {
  const word = slot.token.nfc;
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const s of [...onsetRepairs(word), ...diacriticNeighbours(word)]) {
    const c = candidateOf(s, word, lex);
    if (!c || seen.has(c.key) || !known(c.key)) continue;
    seen.add(c.key);
    out.push(c);
  }
  return out;
}

/** The syllable makes a dictionary word (or part of one), or a common pair, with the word before or after. */
function makesWord(m: ContextModel, w: Window, c: Term): boolean {
  const pairs = (a: Term, b: Term) => (m.pairFlags(a, b) & (PAIR_WORD | PAIR_IN_WORD)) !== 0 || m.pairEvidence(a, b) >= 3;
  return (!!w.l && pairs(w.l, c)) || (!!w.r && pairs(c, w.r));
}

export const invalidSyllable: Rule = {
  id: 'spelling/invalid-syllable',
  category: 'spelling',
  defaultSeverity: 'warning',
  description: {
    en: 'A word written with Vietnamese diacritics that is not a valid Vietnamese syllable.',
    vi: 'Từ viết với dấu tiếng Việt nhưng không phải là âm tiết tiếng Việt hợp lệ.',
  },
  fixes: 'Offers the valid syllables one diacritic edit away, best fit for the context first.',
  examples: {
    flagged: [
      { text: 'Tình hình trât tự an toàn giao thông được bảo đảm.', flagged: ['trât'], fixed: 'Tình hình trật tự an toàn giao thông được bảo đảm.' },
      { text: 'Nhiều nguời dân đến dự lễ hội.', flagged: ['nguời'], fixed: 'Nhiều người dân đến dự lễ hội.' },
      { text: 'Chương trình học tâp trung vào kỹ năng mềm.', flagged: ['tâp'], fixed: 'Chương trình học tập trung vào kỹ năng mềm.' },
      { text: 'Kết quả học tập của em còn cém so với các bạn.', flagged: ['cém'], fixed: 'Kết quả học tập của em còn kém so với các bạn.', note: 'c before e is spelt k' },
      { text: 'Ngân hàng Nhà nước cam kết giữ lạm phat ở mức thấp.', flagged: ['phat'], fixed: 'Ngân hàng Nhà nước cam kết giữ lạm phát ở mức thấp.', note: 'no mark at all: the repair must make a word with a neighbour' },
    ],
    accepted: [
      { text: 'Đoàn công tác đến Đắk Lắk, Bắc Kạn và Kon Tum.' },
      { text: 'HĐND, UBND và MTTQ tỉnh tổ chức hội nghị lần thứ XIII.' },
      { text: 'Dịch Covid-19 ảnh hưởng đến 2.500 hộ, theo Email ngày 14/3.' },
      { text: 'Xem thêm tại Baotinhnha.vn hoặc https://example.vn/tin-tuc.' },
      { text: 'Quán café ở Krông Pắc mở cửa lúc 7:30.' },
      { text: 'Trật tự an toàn xã hội được giữ vững.' },
      { text: 'Nhiều bạn trẻ dùng ứng dụng chat để học nhóm mỗi tối.', note: 'an unmarked foreign word with a stop final' },
    ],
  },
  check(doc, ctx) {
    const sd = spellingDoc(doc, ctx);
    const m = contextModel(sd, ctx);
    const style = documentStyle(sd, ctx);
    const lex = sd.lex;
    const known = (key: string) => {
      if (!lex) return true;
      const id = lex.id(key);
      return id >= 0 && (lex.count(id) > 0 || (lex.syllableFlags(id) & (SYL_WORD | SYL_LEXICON)) !== 0);
    };
    const out: Finding[] = [];
    const { slots, hints } = sd;
    for (let i = 0; i < slots.length; i++) {
      const h = hints[i];
      // well-formed syllables, and those whose only fault is where the tone sits (tone-placement's)
      if (h & (HINT.wellFormed | HINT.tonePositionOnly)) continue;
      // a word without marks is only checked when it is a lower-case syllable shape with a stop
      // final and no tone (`lạm phat`), in a Vietnamese line: see unmarkedRepair below
      const unmarked = !(h & HINT.marked);
      if (unmarked && !(h & HINT.lower && h & HINT.stopToneOnly)) continue;
      const s = slots[i];
      if (unmarked && !(sd.vietnameseLine(s.line) || vietnameseLineNamesAside(sd, s.line))) continue;
      const p = s.parsed;
      const lower = s.lower;
      if (ctx.acceptedWords.has(lower) || lex?.isForeignWord(lower)) continue;
      // capitalised words that are not shaped like a syllable, or only break the c/k, g/gh rule,
      // are names (Đắk Lắk, Bắc Kạn, Krông Pắc); in capitals they are abbreviations (HĐND)
      const nameLike = s.casing !== 'lower' && (!p || p.problems.every((x) => x === 'onset-spelling' || x === 'glide'));
      if (nameLike) continue;
      if (s.casing === 'upper' && !p) continue;
      const cands = repairCandidates(s, known, lex);
      // a lower-case word with no syllable shape at all is only flagged when it is clearly a
      // misspelt syllable (café, ethnic names and foreign words have no close repair)
      if (!p && !cands.length) continue;
      const w = contextWindow(sd, s);
      const ranked = rankByContext(m, w, cands);
      // unmarked, it may be an unaccented or foreign word (chat, set): only when the best repair
      // makes a dictionary word with a neighbour (`lạm phát`, `tuyên phạt`)
      if (unmarked && !(m && ranked.length && makesWord(m, w, ranked[0]))) continue;
      const texts: string[] = [];
      // (a loop, not map with a closure: one capturing the slot makes V8 allocate a context for every slot)
      for (const c of ranked) texts.push(surfaceOf(s, c.syllable, style));
      const sure = ranked.length === 1 || (ranked.length > 1 && ranked[0].score - ranked[1].score >= 2);
      const why = !p
        ? { en: 'no Vietnamese syllable is spelt like this', vi: 'không có âm tiết tiếng Việt nào viết như vậy' }
        : p.problems.includes('stop-tone')
          ? { en: `a syllable ending in -${p.syllable.coda} takes only the sắc or nặng tone`, vi: `âm tiết tận cùng bằng -${p.syllable.coda} chỉ mang thanh sắc hoặc nặng` }
          : p.problems.includes('several-tones')
            ? { en: 'it has more than one tone mark', vi: 'có nhiều hơn một dấu thanh' }
            : { en: 'the initial consonant is spelt against its vowel (c/k, g/gh, ng/ngh)', vi: 'phụ âm đầu viết sai quy tắc chính tả (c/k, g/gh, ng/ngh)' };
      out.push({
        ruleId: this.id,
        category: this.category,
        severity: this.defaultSeverity,
        start: s.token.start,
        end: s.token.end,
        confidence: sure ? 0.95 : 0.7,
        message: texts.length
          ? { en: `${quote(s.token.nfc)} is not a valid syllable (${why.en}); did you mean ${quote(texts[0])}?`, vi: `${quote(s.token.nfc)} không phải âm tiết hợp lệ (${why.vi}); có phải là ${quote(texts[0])}?` }
          : { en: `${quote(s.token.nfc)} is not a valid syllable (${why.en}).`, vi: `${quote(s.token.nfc)} không phải âm tiết hợp lệ (${why.vi}).` },
        fixes: fixesFor(s, texts, sure ? 'high' : 'medium'),
      });
    }
    return out;
  },
};
