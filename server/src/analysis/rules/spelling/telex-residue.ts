import type { Finding, Rule } from '../../types';
import { decodeTelex, decodeVni, type Decoded } from '../../text/telex';
import { parseSyllable } from '../../text/syllable';
import { lexKey } from '../../lexicon/keys';
import { PAIR_IN_WORD, PAIR_WORD, SYL_LOWER, type Lexicon } from '../../lexicon/lexicon';
import { contextModel, documentStyle, HINT, slotAt, spellingDoc, type Slot } from './context';
import { fixesFor, quote, surfaceOf } from './candidates';

// Words typed with the Vietnamese input method switched off: `vieetj` (Telex) or `vie65t` (VNI)
// for `việt`. A word is decoded only when it is not a syllable or a known foreign word, and the
// decoding is a common Vietnamese syllable. Keys only an input method explains (dd, aa, ee, oo,
// w, digits) are enough; a lone final tone letter (`chis`) also needs a neighbour it makes a
// word with (`ddoongf chis` → `đồng chí`), since English words end in s, r and x too.

interface Residue {
  slot: Slot;
  decoded: Decoded;
  key: string;
  /** A well-formed rare syllable (decodeRare): it must also make nothing with its neighbours. */
  rare: boolean;
}

function decode(slot: Slot): Decoded | undefined {
  const t = slot.token;
  if (slot.casing === 'upper' || slot.casing === 'mixed') return undefined;
  if (t.kind === 'alnum') return decodeVni(t.nfc);
  if (t.kind !== 'word' || slot.marked) return undefined;
  const p = parseSyllable(t.nfc);
  if (p && !p.problems.length) return undefined;
  return decodeTelex(t.nfc);
}

/** Below this corpus count a well-formed syllable Telex also spells (`coong`) may be keystrokes. */
const RARE_SYLLABLE = 10;

/**
 * A well-formed but rare syllable that Telex keys also spell: the `oo` of `boong`, `coong` is `ô`
 * typed with the input method off (`coong nghệ` for `công nghệ`). It stands for that syllable only
 * when it makes no known pair with its neighbours and the decoding makes a word with one of them.
 */
function decodeRare(slot: Slot, lex: Lexicon): Decoded | undefined {
  if (slot.casing !== 'lower' || slot.token.kind !== 'word' || slot.marked || !slot.parsed || slot.parsed.problems.length) return undefined;
  if (slot.id >= 0 && lex.count(slot.id) >= RARE_SYLLABLE) return undefined;
  const d = decodeTelex(slot.token.nfc);
  return d?.strength === 'strong' ? { ...d, strength: 'weak' } : undefined;
}

export const telexResidue: Rule = {
  id: 'spelling/telex-residue',
  category: 'spelling',
  defaultSeverity: 'warning',
  description: {
    en: 'A word typed in Telex or VNI with the Vietnamese input method switched off (vieetj, vie65t).',
    vi: 'Từ gõ kiểu Telex hoặc VNI khi chưa bật bộ gõ tiếng Việt (vieetj, vie65t).',
  },
  fixes: 'Replaces the keystrokes with the syllable they spell.',
  examples: {
    flagged: [
      { text: 'Đây là thành tựu của ngành giáo dục Vieetj Nam.', flagged: ['Vieetj'], fixed: 'Đây là thành tựu của ngành giáo dục Việt Nam.' },
      { text: 'Đại hội bầu ddoongf chis Bí thư mới.', flagged: ['ddoongf', 'chis'], fixed: 'Đại hội bầu đồng chí Bí thư mới.' },
      { text: 'Tiếng vie65t là ngôn ngữ chính thức.', flagged: ['vie65t'], fixed: 'Tiếng việt là ngôn ngữ chính thức.' },
      { text: 'Người dân rất phấn khởi, nguwowif nào cũng vui.', flagged: ['nguwowif'], fixed: 'Người dân rất phấn khởi, người nào cũng vui.' },
      { text: 'Doanh nghiệp đầu tư mạnh vào coong nghệ số.', flagged: ['coong'], fixed: 'Doanh nghiệp đầu tư mạnh vào công nghệ số.', note: '`coong` is a rare syllable; `công nghệ` is a word' },
      { text: 'Tại hội nghị, ông Nguyeenx Vawn An phát biểu.', flagged: ['Nguyeenx', 'Vawn'], fixed: 'Tại hội nghị, ông Nguyễn Văn An phát biểu.', note: 'a capitalised word may spell a syllable of names, next to another syllable of the same name' },
    ],
    accepted: [
      { text: 'Chiến dịch tiêm vắc xin Covid-19 cho trẻ em từ 5 tuổi.' },
      { text: 'Liên hệ qua Email hoặc để lại Comment bên dưới, xem tin trên Baotinhnha.vn.' },
      { text: 'Xe bus số 12 chạy tuyến mới; tour du lịch giá rẻ; khổ giấy A4; đội U23.' },
      { text: 'Sản phẩm đạt chuẩn ISO 9001, mã F0 và B52.' },
      { text: 'Thủy thủ đứng trên boong tàu, bên cạnh là nồi xoong và tiếng chuông kính coong.' },
      { text: 'Ban nhạc Queen biểu diễn tại Hà Nội; Moon Jae-in và Green Day cũng được nhắc đến.', note: 'capitalised foreign words Telex could read (Queen: quên) make nothing with their neighbours' },
    ],
  },
  check(doc, ctx) {
    const sd = spellingDoc(doc, ctx);
    const lex = sd.lex;
    if (!lex) return [];
    const m = contextModel(sd, ctx);
    const style = documentStyle(sd, ctx);
    const residues = new Map<Slot, Residue>();
    const { slots, hints, termIds } = sd;
    for (let i = 0; i < slots.length; i++) {
      // marked words are never keystrokes, nor are well-formed syllables but rare ones in lower
      // case (decodeRare): the cheap tests first, on the slot's hints and lexicon id
      const h = hints[i];
      if (h & HINT.marked) continue;
      if (h & HINT.wellFormed && (!(h & HINT.lower) || (termIds[i] >= 0 && lex.count(termIds[i]) >= RARE_SYLLABLE))) continue;
      const s = slots[i];
      const rare = !!s.parsed && !s.parsed.problems.length;
      const d = rare ? decodeRare(s, lex) : decode(s);
      if (!d) continue;
      const lower = s.lower;
      if (ctx.acceptedWords.has(lower) || lex.isForeignWord(lower)) continue;
      const key = lexKey(d.text);
      if (!key) continue;
      const id = lex.id(key);
      // a common syllable people write in lower case, not a rare one; a capitalised word may also
      // spell one seen only in names (`Nguyeenx` for `Nguyễn`)
      if (id < 0 || lex.count(id) < 3 || (!(lex.syllableFlags(id) & SYL_LOWER) && s.casing !== 'title')) continue;
      residues.set(s, { slot: s, decoded: d, key, rare });
    }
    // the syllable a neighbour stands for: its decoding when it is residue too
    const keyAt = (s: Slot | undefined) => (s ? (residues.get(s)?.key ?? s.key) : undefined);
    const out: Finding[] = [];
    // a capitalised neighbour that is (or spells) a Vietnamese syllable: the same name goes on
    const nameSyllable = (n: Slot | undefined) => n !== undefined && n.casing === 'title' && keyAt(n) !== undefined && lex.id(keyAt(n)!) >= 0;
    for (const r of residues.values()) {
      const s = r.slot;
      // a capitalised word is often a foreign name whose letters Telex also reads (`Queen`, `Moon`):
      // like a weak decoding it needs a neighbour it makes a word with, or one of the same name
      const capitalised = s.casing === 'title';
      if (r.decoded.strength === 'weak' || capitalised) {
        // one of the neighbours must make a word or a known pair with the decoded syllable
        const run = sd.runs[s.run];
        const l = keyAt(slotAt(run, s.pos - 1));
        const rt = keyAt(slotAt(run, s.pos + 1));
        const pairs = (a?: string, b?: string) => {
          if (!a || !b || !m) return false;
          const ta = m.term(a);
          const tb = m.term(b);
          return (m.pairFlags(ta, tb) & (PAIR_WORD | PAIR_IN_WORD)) !== 0 || m.pairEvidence(ta, tb) >= 3;
        };
        const sameName = capitalised && r.decoded.strength === 'strong' && (nameSyllable(slotAt(run, s.pos - 1)) || nameSyllable(slotAt(run, s.pos + 1)));
        if (!pairs(l, r.key) && !pairs(r.key, rt) && !sameName) continue;
        if (r.rare && (pairs(l, s.key) || pairs(s.key, rt))) continue;
      }
      const p = parseSyllable(r.decoded.text)!;
      const text = surfaceOf(s, p.syllable, style);
      const sure = r.decoded.strength === 'strong';
      out.push({
        ruleId: this.id,
        category: this.category,
        severity: this.defaultSeverity,
        start: s.token.start,
        end: s.token.end,
        confidence: sure ? 0.95 : 0.8,
        message: {
          en: `${quote(s.token.nfc)} looks typed with the Vietnamese keyboard off: ${quote(text)}.`,
          vi: `${quote(s.token.nfc)} có vẻ được gõ khi chưa bật bộ gõ tiếng Việt: ${quote(text)}.`,
        },
        fixes: fixesFor(s, [text], sure ? 'high' : 'medium'),
      });
    }
    return out;
  },
};
