import type { Finding, Rule, RuleContext } from '../../types';
import type { ArticleText } from '../../text/document';
import { diacriticNeighbours, looseSplit, type PlacementStyle } from '../../text/syllable';
import { lexiconError, PAIR_IN_WORD, PAIR_WORD, type Lexicon } from '../../lexicon/lexicon';
import { contextModel, type ContextModel, contextWindow, NEIGHBOUR, SlotComparison, slotAt, documentStyle, spellingDoc, withReplacements, type Slot, type SpellingDoc, type Term, type Window, vietnameseLineNamesAside } from './context';
import { candidateOf, fixesFor, quote, surfaceOf, type Candidate } from './candidates';
import { classifyArticle, type BoilerplateKind } from '../../boilerplate/classify';

// A real syllable with the wrong diacritic for its context: `phán ánh` for `phản ánh`,
// `củng cho biết` for `cũng cho biết`. No syllable-level check can see these: each word is a real
// word. Every variant one diacritic edit away is scored against the neighbours by the context
// model (dictionary corpus, workspace and document counts); a finding needs a clear margin.

/** Decision margins in log odds (tuned on held-out dictionary text with injected errors). */
export const MARGINS = {
  /** The original makes no known pair here and the candidate makes a dictionary word. */
  compound: 4.5,
  /** The same, when the compound is with the word after and the word before says nothing for the
   * candidate (see rightOnly in findOnce): the original may close the phrase before. */
  compoundAfter: 5,
  /** The original makes no known pair and stands between two words bound to their other sides
   * (`điều tra | sẻ | tiếp tục`): only how freely each variant stands alone tells them apart. */
  between: 5,
  /** The original is a marked syllable the lexicon does not know at all (`khẫn`, `hũy`): all but
   * a non-word, so a known variant that fits the context clearly better is enough. */
  unknown: 2,
  /** Otherwise (the original is plausible on its own terms). */
  context: 6.5,
  /** Above the margin by this much, the fix is sure enough for fix-all. */
  sure: 3,
};

const variantCache = new Map<string, Candidate[]>();

/** The known syllables one diacritic edit away from a (lower-case) word, cached. */
function variantsOf(lower: string, lex: Lexicon): Candidate[] {
  let v = variantCache.get(lower);
  if (!v) {
    v = [];
    for (const syl of diacriticNeighbours(lower)) {
      const c = candidateOf(syl, lower, lex);
      if (c && c.id >= 0) v.push(c);
    }
    if (variantCache.size > 20_000) variantCache.clear();
    variantCache.set(lower, v);
  }
  return v;
}

/** A variant of the slot being looked at, as scored against the original. */
class ScoredVariant {
  c!: Candidate;
  evL = 0;
  evR = 0;
  tripleCand = 0;
  usedLeft = false;
  usedRight = false;
  /** Log-odds over the original, prior included. */
  delta = 0;
  compound = false;
  inWordLeft = false;
  inWordRight = false;
  margin = 0;
}

/**
 * Sorts the first n of a slot's scored variants best first, keeping the order of equals (what a
 * stable sort by descending delta gives): an insertion sort, as there are rarely more than four.
 */
function sortByDelta(xs: ScoredVariant[], n: number): void {
  for (let i = 1; i < n; i++) {
    const x = xs[i];
    let j = i;
    for (; j > 0 && xs[j - 1].delta < x.delta; j--) xs[j] = xs[j - 1];
    xs[j] = x;
  }
}

/** Evidence above which a dictionary word the original makes with a neighbour settles it. */
const COMMON_WORD = 5;

/**
 * A word that keeps frequent company on both sides, or makes a common dictionary word with a
 * neighbour, is not worth a second look (`ev`: its pairs' evidence, this occurrence left out, 0
 * without the neighbour; `flags`: their dictionary flags).
 */
function inCommonCompany(evL: number, evR: number, flagsL: number, flagsR: number): boolean {
  return (evL >= 3 && evR >= 3) || (evL >= COMMON_WORD && (flagsL & PAIR_WORD) !== 0) || (evR >= COMMON_WORD && (flagsR & PAIR_WORD) !== 0);
}

/** Diagnostics for tuning: when `sink` is set, every scored slot is pushed to it. */
export const trace: { sink?: unknown[] } = {};

/** Words that go before an office (`Phó Chủ tịch`, `nguyên Bí thư`), as lexicon keys: the title
 * prefixes of structure/titles.ts less `tân`, which is also a common given name. */
const OFFICE_PREFIXES = new Set(['phó', 'nguyên', 'quyền', 'cựu']);

/** The slot is the second word of a capitalised run that starts with an office prefix. */
function afterOfficePrefix(sd: SpellingDoc, s: Slot): boolean {
  const run = sd.runs[s.run];
  const prefix = slotAt(run, s.pos - 1);
  const before = slotAt(run, s.pos - 2);
  return prefix !== undefined && prefix.key !== undefined && OFFICE_PREFIXES.has(prefix.key) && !(before && before.inName);
}

function lowerSyllableAfter(sd: SpellingDoc, s: Slot): boolean {
  const next = slotAt(sd.runs[s.run], s.pos + 1);
  return next !== undefined && next.casing === 'lower' && next.key !== undefined;
}

/** Corpus evidence from which a pair is ordinary company, not chance. */
const ATTESTED_PAIR = 1;
/** Other free occurrences that make a word one of the document's own words... */
const OWN_WORD_USES = 2;
/** ...when they are this many times what the word's corpus frequency predicts for a text this long. */
const OWN_WORD_BURST = 2;

/**
 * Whether the document itself writes the word elsewhere as a free word in ordinary company, again
 * and again: other occurrences that make no dictionary word with their neighbours but a pair the
 * corpus knows with one of them (`của tỉnh`, `tỉnh này`), more of them than the word's frequency
 * explains. A typo is a slip at one place; a word the writer keeps using (`tỉnh` in a provincial
 * report, `giá` in a market report) is the word meant, unless the context is sure otherwise.
 * Occurrences inside dictionary words (`củng` in `củng cố`, `sẻ` in `chia sẻ`) say nothing for the
 * word standing alone, a typo repeated in the same odd company does not vouch for itself (only the
 * corpus counts of the pairs are read), and words frequent everywhere (`những`, `nhưng`) are not
 * the document's own.
 */
function writtenFreelyElsewhere(sd: SpellingDoc, m: ContextModel, s: Slot): boolean {
  const orig = s.term!;
  const expected = orig.id >= 0 ? (m.lex.count(orig.id) / Math.max(1, m.lex.corpusWords)) * sd.slots.length : 0;
  const need = Math.max(OWN_WORD_USES, OWN_WORD_BURST * expected);
  const same = slotsOf(sd, m.lex, orig);
  if (same.length <= need) return false;
  // the free uses of the word in the whole document, counted once per word, less this one
  return freeUses(sd, m, orig.key, same) - (freeUse(sd, m, s) ? 1 : 0) >= need;
}

/** An occurrence outside a dictionary compound, next to a word the corpus has seen it with. */
function freeUse(sd: SpellingDoc, m: ContextModel, o: Slot): boolean {
  if (sd.repeatedLine.has(o.line)) return false;
  const run = sd.runs[o.run];
  const l = slotAt(run, o.pos - 1)?.term;
  const r = slotAt(run, o.pos + 1)?.term;
  const t = o.term!;
  // a dictionary word with a neighbour counts unless that neighbour is bound more strongly on its
  // other side (`số | học sinh`: `số học` is a word, but not here)
  const l2 = slotAt(run, o.pos - 2)?.term;
  const r2 = slotAt(run, o.pos + 2)?.term;
  const inWordLeft = l && m.pairFlags(l, t) && !(l2 && m.binding(l2, l) > m.binding(l, t));
  const inWordRight = r && m.pairFlags(t, r) && !(r2 && m.binding(r, r2) > m.binding(t, r));
  if (inWordLeft || inWordRight) return false;
  return !!((l && m.lexicalEvidence(l, t) >= ATTESTED_PAIR) || (r && m.lexicalEvidence(t, r) >= ATTESTED_PAIR));
}

const freeUsesCache = new WeakMap<SpellingDoc, Map<string, number>>();

/** How many occurrences of a word are free uses (freeUse), per document and round, counted when first asked. */
function freeUses(sd: SpellingDoc, m: ContextModel, key: string, same: readonly Slot[]): number {
  let byKey = freeUsesCache.get(sd);
  if (!byKey) freeUsesCache.set(sd, (byKey = new Map()));
  let n = byKey.get(key);
  if (n === undefined) {
    n = 0;
    for (const o of same) if (freeUse(sd, m, o)) n++;
    byKey.set(key, n);
  }
  return n;
}

/**
 * The document's slots grouped by word, made once per document (and per round of fixes) when
 * first asked: for syllables the lexicon knows, slot indices ordered by lexicon id (a counting
 * sort, no list per word), and a list per key for the few it does not know.
 */
interface SlotsByWord {
  /** Per lexicon id, where its slots start in `order` (id + 1: where they end). */
  starts: Int32Array;
  order: Int32Array;
  unknown: Map<string, Slot[]>;
  /** The lists asked for so far, by lexicon id. */
  made: Map<number, Slot[]>;
}

const byWordCache = new WeakMap<SpellingDoc, SlotsByWord>();

function slotsByWord(sd: SpellingDoc, lex: Lexicon): SlotsByWord {
  let index = byWordCache.get(sd);
  if (!index) {
    const { slots, termIds } = sd;
    const starts = new Int32Array(lex.syllableCount + 1);
    const unknown = new Map<string, Slot[]>();
    for (let i = 0; i < termIds.length; i++) {
      const id = termIds[i];
      if (id >= 0) starts[id + 1]++;
      else if (id === -1) {
        const o = slots[i];
        const list = unknown.get(o.key!);
        if (list) list.push(o);
        else unknown.set(o.key!, [o]);
      }
    }
    for (let id = 0; id < lex.syllableCount; id++) starts[id + 1] += starts[id];
    const order = new Int32Array(starts[lex.syllableCount]);
    const next = starts.slice(0, lex.syllableCount);
    for (let i = 0; i < termIds.length; i++) {
      const id = termIds[i];
      if (id >= 0) order[next[id]++] = i;
    }
    index = { starts, order, unknown, made: new Map() };
    byWordCache.set(sd, index);
  }
  return index;
}

/** The document's slots of a word, in document order. */
function slotsOf(sd: SpellingDoc, lex: Lexicon, t: Term): readonly Slot[] {
  const index = slotsByWord(sd, lex);
  if (t.id < 0) return index.unknown.get(t.key) ?? [];
  let list = index.made.get(t.id);
  if (!list) {
    list = [];
    for (let k = index.starts[t.id]; k < index.starts[t.id + 1]; k++) list.push(sd.slots[index.order[k]]);
    index.made.set(t.id, list);
  }
  return list;
}

/** Words, numbers, URLs and names are not checked; only running Vietnamese text with diacritics. */
function checkable(sd: SpellingDoc, s: Slot, accepted: ReadonlySet<string>, text: string) {
  // a well-formed syllable with a key, in lower or title case (read once per word form)
  if (!s.checkableForm) return false;
  // a capitalised run is a name, except an office prefix and one word (`Phó Chú tịch` for `Phó Chủ
  // tịch`): like any capitalised word that one is only corrected into a dictionary word with the
  // lower-case word after it (see findOnce). After a person's name that is too often a name again.
  if (s.inName && !(afterOfficePrefix(sd, s) && lowerSyllableAfter(sd, s))) return false;
  // short phrases (labels, `Đăng lúc:`) give too little context; two words count when only a
  // number between words cuts them off, and any length does for a syllable the lexicon does not
  // know (`trên 65 tuỗi`: all but a non-word)
  if (!(sd.vietnameseLine(s.line) || vietnameseLineNamesAside(sd, s.line))) return false;
  const run = sd.runs[s.run];
  if (run.length < 3 && !(s.marked && s.id < 0) && (run.length < 2 || !runBesideNumber(sd, s.run, text))) return false;
  return !(accepted.size && accepted.has(s.lower));
}

/** The last character before `at` that is no space or tab, as a code (0 when none). */
function codeBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
  return k >= 0 ? text.charCodeAt(k) : 0;
}

function codeAfter(text: string, at: number): number {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  return k < text.length ? text.charCodeAt(k) : 0;
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

// per run: 0 not asked yet, 1 no, 2 yes
const besideNumberCache = new WeakMap<SpellingDoc, Uint8Array>();

/** besideNumber of a run, once per run (both of its words ask). */
function runBesideNumber(sd: SpellingDoc, runIndex: number, text: string): boolean {
  let byRun = besideNumberCache.get(sd);
  if (!byRun) besideNumberCache.set(sd, (byRun = new Uint8Array(sd.runs.length)));
  if (byRun[runIndex] === 0) byRun[runIndex] = besideNumber(sd.runs[runIndex], text) ? 2 : 1;
  return byRun[runIndex] === 2;
}

/** A two-word phrase cut off by a number in the same sentence (`đạt 12.000 | tỷ đồng`), not a label. */
function besideNumber(run: Slot[], text: string): boolean {
  const start = run[0].token.start;
  const end = run[run.length - 1].token.end;
  // most phrases have no number beside them: only a digit, or a number's last character, there can start one
  const b = codeBefore(text, start);
  if ((isDigitCode(b) || b === 0x2e || b === 0x2c) && /[\p{L}\p{M}]+[ \t]+\d[\d.,]*[ \t]+$/u.test(text.slice(Math.max(0, start - 24), start))) return true;
  return isDigitCode(codeAfter(text, end)) && /^[ \t]+\d[\d.,]*[ \t]+[\p{L}\p{M}]/u.test(text.slice(end, end + 24));
}

export const wrongDiacritic: Rule = {
  id: 'spelling/wrong-diacritic',
  category: 'spelling',
  defaultSeverity: 'warning',
  description: {
    en: 'A real syllable with the wrong tone or vowel mark for its context (a compound or phrase that exists with another diacritic).',
    vi: 'Âm tiết có thật nhưng sai dấu thanh hoặc dấu chữ trong ngữ cảnh (từ ghép, cụm từ đúng phải mang dấu khác).',
  },
  fixes: 'Replaces the syllable with the best-scoring variant one diacritic away; up to four alternatives.',
  examples: {
    flagged: [
      { text: 'Người dân phán ánh tình trạng ô nhiễm kéo dài.', flagged: ['phán'], fixed: 'Người dân phản ánh tình trạng ô nhiễm kéo dài.' },
      { text: 'Thủ tục rườm rà gây phiên hà cho doanh nghiệp.', flagged: ['phiên'], fixed: 'Thủ tục rườm rà gây phiền hà cho doanh nghiệp.' },
      { text: 'Chú tịch xã trao quà cho các hộ nghèo.', flagged: ['Chú'], fixed: 'Chủ tịch xã trao quà cho các hộ nghèo.' },
      { text: 'Thanh niên trong xã hăng hái tham gia phòng trào trồng cây.', flagged: ['phòng'], fixed: 'Thanh niên trong xã hăng hái tham gia phong trào trồng cây.' },
      { text: 'Ban tổ chức chủ trọng công tác an toàn giao thông.', flagged: ['chủ'], fixed: 'Ban tổ chức chú trọng công tác an toàn giao thông.' },
      { text: 'Tuổi trẻ thắp lên tình yếu đất nước.', flagged: ['yếu'], fixed: 'Tuổi trẻ thắp lên tình yêu đất nước.' },
      { text: 'Giá xăng hôm nay giãm nhẹ so với tuần trước.', flagged: ['giãm'], fixed: 'Giá xăng hôm nay giảm nhẹ so với tuần trước.', note: 'a marked syllable the lexicon has never seen needs a smaller margin' },
      { text: 'Ủy ban kiểm tra sẻ tiếp tục làm rõ sai phạm.', flagged: ['sẻ'], fixed: 'Ủy ban kiểm tra sẽ tiếp tục làm rõ sai phạm.', note: 'between two words bound to their other sides' },
      { text: 'Người già là đối tượng dể bị cảm lạnh khi trời trở gió.', flagged: ['dể'], fixed: 'Người già là đối tượng dễ bị cảm lạnh khi trời trở gió.', note: 'dễ and để scored on different sides of the context are ranked on the sides both use' },
      { text: 'Đội tuyển Brazil đả dẫn trước hai bàn.', flagged: ['đả'], fixed: 'Đội tuyển Brazil đã dẫn trước hai bàn.', note: 'a foreign name is a boundary, not an unknown word' },
      { text: 'Người phát ngôn cho biết London sẻ tiếp tục hỗ trợ.', flagged: ['sẻ'], fixed: 'Người phát ngôn cho biết London sẽ tiếp tục hỗ trợ.' },
      { text: 'Đội bóng chuyền nử giành chiến thắng thuyết phục.', flagged: ['nử'], fixed: 'Đội bóng chuyền nữ giành chiến thắng thuyết phục.', note: '`nử` is in a dictionary entry but never in the corpus' },
      { text: 'Samsung ra mắt Galaxy S24 với màn hình lớn hơn, giá khỡi điểm 999 USD.', flagged: ['khỡi'], fixed: 'Samsung ra mắt Galaxy S24 với màn hình lớn hơn, giá khởi điểm 999 USD.', note: 'a line is Vietnamese once the names and abbreviations are set aside' },
      { text: 'Doanh thu năm nay đạt 5.000 tỹ đồng, tăng mạnh.', flagged: ['tỹ'], fixed: 'Doanh thu năm nay đạt 5.000 tỷ đồng, tăng mạnh.', note: 'two words cut off by a number are a phrase, not a label' },
      { text: 'Chính phủ triệu tập cuộc họp khẫn ngay trong đêm.', flagged: ['khẫn'], fixed: 'Chính phủ triệu tập cuộc họp khẩn ngay trong đêm.', note: 'a marked syllable the lexicon does not know is all but a non-word' },
      { text: 'Vắc xin được tiêm miễn phí cho người trên 60 tuỗi.', flagged: ['tuỗi'], fixed: 'Vắc xin được tiêm miễn phí cho người trên 60 tuổi.', note: 'an unknown syllable is checked even with no context' },
      { text: 'Thiếu tường Nguyễn Văn Long cho biết lực lượng chức năng đã phá án.', flagged: ['tường'], fixed: 'Thiếu tướng Nguyễn Văn Long cho biết lực lượng chức năng đã phá án.', note: 'a name after a compound does not end the phrase' },
      { text: 'Theo hãng tín Reuters, hai nhà lãnh đạo đã gặp nhau.', flagged: ['tín'], fixed: 'Theo hãng tin Reuters, hai nhà lãnh đạo đã gặp nhau.', note: 'of two neighbours that both look wrong, the fix that goes with the other as written' },
      { text: 'Bà Lê Thị Hoa, Phó Giám dốc Sở Y tế, cho biết.', flagged: ['dốc'], fixed: 'Bà Lê Thị Hoa, Phó Giám đốc Sở Y tế, cho biết.', note: 'after an office prefix the capitalised word is a title and gives context' },
      { text: 'Ông Lê Văn An, Phó Chú tịch UBND huyện, phát biểu.', flagged: ['Chú'], fixed: 'Ông Lê Văn An, Phó Chủ tịch UBND huyện, phát biểu.', note: 'after an office prefix a capitalised word is checked too' },
    ],
    accepted: [
      { text: 'Du khách thích thú với những ngôi nhà trình tường cổ kính.', note: 'a proper name the dictionary lists (`Trịnh Tường`) makes no compound for running text' },
      { text: 'Ban tổ chức chú trọng công tác an toàn giao thông.' },
      { text: 'Chú trọng đào tạo nghề cho lao động nông thôn.' },
      { text: 'Đoàn công tác làm việc tại Hoằng Hóa, Đắk Lắk và Bắc Kạn.' },
      { text: 'Lãnh đạo UBND, HĐND và MTTQ huyện dự lễ khai mạc.' },
      { text: 'Cuộc họp diễn ra tại phòng họp số 2 của trụ sở xã.' },
      { text: 'Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, phát biểu.' },
      { text: 'Ông Nguyễn Văn An cho biết, bà Trần Thị Vân đề nghị và ông Phó Đức Tú trao quà.', note: 'the last word of a name before a lower-case word' },
      { text: 'Đại diện lãnh đạo tỉnh tặng hoa tại lễ kỷ niệm.', note: '`hoa tai` is a word, but `tại` opens the next phrase' },
      { text: 'Các đoàn thể chính trị - xã hội tham gia giám sát.' },
      { text: 'Các bài tập giúp kéo giãn hàng cơ lưng và vai.', note: '`gian hàng` is a word, but `kéo gian` is nothing: `giãn` closes the phrase before' },
      { text: 'Đội bạn bị dẫn bàn sớm trong hiệp một.' },
      { text: 'Facebook đã xóa hàng nghìn tài khoản; hãng Toyota sẽ mở nhà máy mới.' },
      { text: 'Ban nhạc The Beatles với ca khúc Let It Be vẫn được yêu thích.' },
      { text: 'Học sinh ôn bài mỗi tối.', note: '`mỗi tội` is a word, but the sentence ends: nothing after says so' },
      { text: 'Thương lái cho biết giá đã tăng nhẹ, nhưng giá này vẫn thấp. Nhiều nông dân lo lắng khi giá giảm mạnh vào cuối vụ.', note: 'alone, `khi giá giảm` would look like `gia giảm`; the document keeps writing `giá` as a word of its own' },
      { text: 'Sở Y tế khuyến cáo người dân tiêm phòng đầy đủ trước mùa dịch.\n\nÝ kiến của bạn\nHãy là người góp ý đầu tiên', note: 'an unsure finding on a comment box the boilerplate rules report is left out: the line is to be deleted' },
    ],
  },
  check(doc, ctx) {
    return findConverged(doc, ctx);
  },
};

const skeletonCache = new Map<string, string>();

/**
 * A word's letters with every diacritic taken off, d for đ and i for y (lexicon keys write `kì`
 * for `kỳ`): the same for a word, its lexicon key and all its variants one diacritic edit away.
 */
export function skeletonOf(word: string): string {
  let k = skeletonCache.get(word);
  if (k === undefined) {
    const base = looseSplit(word)?.base ?? word.toLowerCase();
    k = base.replace(/[ăâ]/g, 'a').replace(/ê/g, 'e').replace(/[ôơ]/g, 'o').replace(/ư/g, 'u').replace(/đ/g, 'd').replace(/y/g, 'i');
    if (skeletonCache.size > 50_000) skeletonCache.clear();
    skeletonCache.set(word, k);
  }
  return k;
}

/** What a round of fixes changed in the document's counts: syllables, and pairs (left key → right keys). */
class Changed {
  readonly keys = new Set<string>();
  private readonly pairs = new Map<string, Set<string>>();
  /** Skeletons of every key above: a slot whose skeleton is not here cannot be focused. */
  private readonly skeletons = new Set<string>();

  addKey(k: string): void {
    this.keys.add(k);
    this.skeletons.add(skeletonOf(k));
  }

  addPair(a: string, b: string): void {
    let right = this.pairs.get(a);
    if (!right) this.pairs.set(a, (right = new Set()));
    right.add(b);
    this.skeletons.add(skeletonOf(a));
    this.skeletons.add(skeletonOf(b));
  }

  /** Whether a word or one of its variants can be among the keys or pair ends (cheap, before `focused`). */
  mayTouch(word: string): boolean {
    return this.skeletons.has(skeletonOf(word));
  }

  hasPair(a: string | undefined, b: string | undefined): boolean {
    return a !== undefined && b !== undefined && this.pairs.get(a)?.has(b) === true;
  }
}

/** Whether a slot's score reads a count the fixes changed: of its word, a variant, or a pair with a neighbour. */
function focused(changed: Changed, s: Slot, w: Window, lex: Lexicon): boolean {
  const k = s.term!.key;
  if (changed.keys.has(k) || changed.hasPair(w.l?.key, k) || changed.hasPair(k, w.r?.key)) return true;
  for (const c of variantsOf(s.lower, lex)) {
    if (changed.keys.has(c.key) || changed.hasPair(w.l?.key, c.key) || changed.hasPair(c.key, w.r?.key)) return true;
  }
  return false;
}

/** Rounds of re-reading the document as the preferred fixes leave it (see findConverged). */
const MAX_ROUNDS = 3;
/** Above this many characters one round only: a dump of thousands of articles repeats every fix
 * thousands of times, and each further round costs a full pass for little. */
const ROUNDS_MAX_CHARS = 256 * 1024;

/** Boilerplate whose lines are written like the article's prose (see findConverged). */
const PROSE_BOILERPLATE: ReadonlySet<BoilerplateKind> = new Set<BoilerplateKind>(['related-news', 'duplicate']);

/** A finding and the slot it is about. */
interface Found {
  finding: Finding;
  slot: Slot;
}

/**
 * The document's own counts vouch for its words, so a typo written twice partly vouches for itself:
 * once one copy is fixed, the other may be flagged. Findings are therefore those of the document as
 * it would read after the preferred fixes, repeated until nothing new appears, so applying every
 * fix converges. Most articles have no finding and take one round; very large texts take one
 * (ROUNDS_MAX_CHARS).
 */
function findConverged(doc: ArticleText, ctx: RuleContext): Finding[] {
  let sd = spellingDoc(doc, ctx);
  let changed = new Changed();
  // an unsure finding on a line the boilerplate rules report as a prompt, a label or a counter (a
  // comment box, a contact or a share bar) is left out: the line is going to be deleted, and such
  // lines are not the running prose the context model knows. Headlines of related news and
  // duplicated lines are prose like the article's and keep theirs (a run of unpunctuated lines of
  // prose can be taken for a list of headlines).
  let lines: ReturnType<typeof classifyArticle>['lines'] | undefined;
  const wanted = (f: Found) => {
    if (f.finding.severity !== 'information') return true;
    lines ??= classifyArticle(doc, ctx).lines;
    const li = lines[f.slot.line];
    return !(li?.role === 'boilerplate' && li.kind !== undefined && !PROSE_BOILERPLATE.has(li.kind));
  };
  let current = findOnce(sd, ctx, changed, doc.text).filter(wanted);
  const all = current.map((f) => f.finding);
  const style = documentStyle(sd, ctx);
  const maxRounds = doc.text.length <= ROUNDS_MAX_CHARS ? MAX_ROUNDS : 1;
  for (let round = 1; round < maxRounds && current.length; round++) {
    const replacements = new Map<Slot, string>();
    for (const f of current) {
      const edit = (f.finding.fixes.find((x) => x.preferred) ?? f.finding.fixes[0])?.edits[0];
      if (edit) replacements.set(f.slot, edit.newText.normalize('NFC'));
    }
    if (!replacements.size) break;
    // the same document with the fixes in: positions stay those of the original text
    sd = withReplacements(sd, replacements);
    const memo = new Map<string, unknown>([['spelling:doc', sd], ['spelling:style', style]]);
    // only slots whose score reads a count the fixes moved can decide differently now
    const focus = changed;
    changed = new Changed();
    const next = findOnce(sd, { ...ctx, memo }, changed, doc.text, focus);
    // a replaced word overlaps its own finding of an earlier round and is left out
    current = next.filter((f) => wanted(f) && !all.some((g) => g.start < f.finding.end && f.finding.start < g.end));
    for (const f of current) all.push(f.finding);
  }
  return all.sort((a, b) => a.start - b.start);
}

// No closures in findOnce's loop over the slots: a closure there that captures the slot makes V8
// allocate a context object for every slot, scored or not (10 MB on 1 MB of text).

/** The texts of a slot's fixes: the first variant, then up to four more that beat the original. */
function fixTexts(s: Slot, scored: readonly ScoredVariant[], n: number, style: PlacementStyle): string[] {
  const texts: string[] = [];
  for (let k = 0; k < n && texts.length < 5; k++) if (k === 0 || scored[k].delta > 0) texts.push(surfaceOf(s, scored[k].c.syllable, style));
  return texts;
}

/** A word at position p of the run, or one giving context there. */
function inPhrase(run: readonly Slot[], p: number, t: Term | undefined): boolean {
  return t !== undefined || slotAt(run, p) !== undefined;
}

/** A word at position p of the run that is no syllable and no capitalised name (a capitalised word
 * that is no syllable is a foreign name, `Brazil`, `London`: a boundary). */
function unknownSide(run: readonly Slot[], p: number): boolean {
  const x = slotAt(run, p);
  return x !== undefined && !x.key && x.casing !== 'title' && x.casing !== 'upper';
}

/**
 * One pass over the document. `changed` collects what the preferred fixes of its findings change in
 * the document's counts (the flagged and the fixed syllable, and their pairs with the neighbours);
 * with `focus`, only slots whose score reads one of those counts are scored again.
 */
function findOnce(sd: SpellingDoc, ctx: RuleContext, changed: Changed, text: string, focus?: Changed): Found[] {
  {
    const m = contextModel(sd, ctx);
    // without the lexicon this rule cannot work: say why (analyze() turns it into a notice)
    if (!m) throw lexiconError() ?? new Error('VietProof lexicon unavailable');
    const style = documentStyle(sd, ctx);
    const found: Array<{ slot: Slot; bestKey: string; delta: number; compound: boolean; finding: Finding }> = [];
    // one window object for the whole pass: it is only read while its slot is scored
    const w: Window = {};
    const cmp = new SlotComparison();
    // the scored variants of the slot being looked at are scored[0..n): entries reused from slot
    // to slot (tens of thousands of slots are scored in a long text)
    const scored: ScoredVariant[] = [];
    const { slots, termIds, neighbours } = sd;
    // evidence of the pair a slot makes with the next one, this occurrence left out (-1: not read
    // yet): a slot's right pair is the next slot's left pair, so each is looked up once
    const rightEvidence = new Int32Array(slots.length).fill(-1);
    const pairWithNext = (si: number): number => {
      let ev = rightEvidence[si];
      if (ev < 0) rightEvidence[si] = ev = termIds[si] >= 0 && termIds[si + 1] >= 0 ? m.slotPairEvidence(si, 1) : m.pairEvidence(slots[si].term!, slots[si + 1].term!, 1);
      return ev;
    };
    // the same for the pair's dictionary flags (flags + 1; 0: not read yet)
    const rightFlags = new Uint16Array(slots.length);
    const flagsWithNext = (si: number): number => {
      let f = rightFlags[si];
      if (f === 0) rightFlags[si] = f = (termIds[si] >= 0 && termIds[si + 1] >= 0 ? m.slotPairFlags(si) : m.pairFlags(slots[si].term!, slots[si + 1].term!)) + 1;
      return f - 1;
    };
    for (let si = 0; si < slots.length; si++) {
      // most words are in common company (see inCommonCompany): that is settled on the columns
      // (lexicon ids, which neighbours give context) before the slot is read; the test below
      // catches the rest (an office prefix, a syllable the lexicon lacks)
      if (termIds[si] >= 0) {
        const nb = neighbours[si];
        const left = nb & NEIGHBOUR.left && termIds[si - 1] >= 0;
        const right = nb & NEIGHBOUR.right && termIds[si + 1] >= 0;
        const evL = left ? pairWithNext(si - 1) : 0;
        const evR = right ? pairWithNext(si) : 0;
        // (the flags only count with evidence of a common word)
        if (inCommonCompany(evL, evR, evL >= COMMON_WORD ? flagsWithNext(si - 1) : 0, evR >= COMMON_WORD ? flagsWithNext(si) : 0)) continue;
      }
      const s = slots[si];
      if (!checkable(sd, s, ctx.acceptedWords, text)) continue;
      const orig = s.term!;
      if (focus && !focus.mayTouch(orig.key)) continue;
      contextWindow(sd, s, w);
      // after an office prefix and one capitalised word (`Phó Giám | dốc`) that word is a title,
      // not a name: it gives context like any word
      if (!w.l && s.pos >= 1 && afterOfficePrefix(sd, sd.runs[s.run][s.pos - 1])) w.l = sd.runs[s.run][s.pos - 1].term;
      if (!w.l && !w.r && !(s.marked && orig.id < 0)) continue;
      if (focus && !focused(focus, s, w, m.lex)) continue;
      // w.l and w.r are the terms of the slots just before and after this one in its run
      const evLo = w.l ? pairWithNext(si - 1) : 0;
      const evRo = w.r ? pairWithNext(si) : 0;
      const flagsLo = w.l ? flagsWithNext(si - 1) : 0;
      const flagsRo = w.r ? flagsWithNext(si) : 0;
      if (inCommonCompany(evLo, evRo, flagsLo, flagsRo)) continue;
      // a capitalised word may be a name (Huế, Vinh), even at the start of a sentence: it is
      // only corrected into a dictionary word with the lower-case word after it (Chú tịch → Chủ tịch)
      const capitalised = s.casing === 'title';
      const origPaired = (w.l !== undefined && (flagsLo !== 0 || evLo >= 2)) || (w.r !== undefined && (flagsRo !== 0 || evRo >= 2));
      let n = 0;
      cmp.reset(m, w, orig, evLo, evRo, flagsLo, flagsRo);
      // whether the word after starts, and the word before ends, a dictionary word (-1: not read yet)
      let rightStartsWord = -1;
      let leftEndsWord = -1;
      const variants = variantsOf(s.lower, m.lex);
      for (let vi = 0; vi < variants.length; vi++) {
        const c = variants[vi];
        // (ids, not keys: a variant always has one, and the original has one when it is a variant)
        if (c.id === orig.id) continue;
        const evL = w.l ? m.pairEvidence(w.l, c) : 0;
        const evR = w.r ? m.pairEvidence(c, w.r) : 0;
        // a variant seen with neither neighbour can only win between two bound neighbours
        if (origPaired && !evL && !evR) continue;
        const delta = cmp.compare(c, evL, evR);
        const { tripleCand, usedLeft, usedRight } = cmp;
        // between two words bound to their other sides (hội nghị | củng | cho biết) the slot is a
        // word of its own: only how freely each variant stands alone tells them apart
        if (!usedLeft && !usedRight && origPaired) continue;
        // the candidate needs support of its own in this context (a pair or a three-word
        // sequence it is seen in), not just being more frequent than the original, unless no
        // neighbour says anything about either (then how freely each stands alone decides)
        const leftSays = usedLeft && (evL > 0 || evLo > 0);
        const rightSays = usedRight && (evR > 0 || evRo > 0);
        const supported = (!leftSays && !rightSays && !origPaired) || (leftSays && evL >= 1) || (rightSays && evR >= 1) || tripleCand > 0;
        if (!supported) continue;
        const inWordLeft = usedLeft && (m.pairFlags(w.l!, c) & (PAIR_WORD | PAIR_IN_WORD)) !== 0;
        const inWordRight = usedRight && (m.pairFlags(c, w.r!) & (PAIR_WORD | PAIR_IN_WORD)) !== 0;
        // the candidate completes a dictionary word on a side where the original makes nothing
        // known (`và phòng | trào`: `và phòng` is common, `phòng trào` is not a thing, `phong trào` is)
        const attestedLeft = usedLeft && (flagsLo !== 0 || evLo >= 2);
        const attestedRight = usedRight && (flagsRo !== 0 || evRo >= 2);
        const compound = (inWordLeft && !attestedLeft) || (inWordRight && !attestedRight);
        // a compound with the word before, where the word after says nothing for the candidate,
        // is the weaker case: the original may simply open a new phrase (`mua bông | tại chợ`), or
        // end the sentence as a pair the dictionary corpus never happens to write (`mỗi tối.` next to
        // the word `mỗi tội`; a name after it is no end: `Thiếu tường | Nguyễn Văn Long`). Not when
        // the word after starts a dictionary word of its own (`tình yếu | đất nước`).
        if (rightStartsWord < 0) rightStartsWord = w.r2 !== undefined && (m.pairFlags(w.r!, w.r2) & PAIR_WORD) !== 0 ? 1 : 0;
        const leftOnly = inWordLeft && !attestedLeft && !(inWordRight && !attestedRight) && (usedRight ? evR === 0 : slotAt(sd.runs[s.run], s.pos + 1) === undefined) && !rightStartsWord;
        // the mirror case: a compound with the word after, where the word before says nothing for
        // the candidate, may be the original closing the phrase before (`kéo giãn | hàng phòng ngự`:
        // `gian hàng` is a word, `kéo gian` is nothing). Not when the word before closes a
        // dictionary word of its own (`người dân | phán ánh`).
        if (leftEndsWord < 0) leftEndsWord = w.l2 !== undefined && (m.pairFlags(w.l2, w.l!) & PAIR_WORD) !== 0 ? 1 : 0;
        const rightOnly = inWordRight && !attestedRight && !(inWordLeft && !attestedLeft) && usedLeft && evL === 0 && !leftEndsWord;
        const x = n < scored.length ? scored[n] : (scored[n] = new ScoredVariant());
        n++;
        x.c = c;
        x.evL = evL;
        x.evR = evR;
        x.tripleCand = tripleCand;
        x.usedLeft = usedLeft;
        x.usedRight = usedRight;
        x.delta = delta + c.prior;
        x.compound = compound;
        x.inWordLeft = inWordLeft;
        x.inWordRight = inWordRight;
        x.margin = compound && !leftOnly ? (rightOnly ? MARGINS.compoundAfter : MARGINS.compound) : MARGINS.context;
      }
      trace.sink?.push({ start: s.token.start, end: s.token.end, orig: orig.key, w: { l: w.l?.key, r: w.r?.key, l2: w.l2?.key, r2: w.r2?.key }, origPaired, evLo, evRo, flagsLo, flagsRo, tripleOrig: cmp.originalTriples(), ownOrig: sd.docUnigrams.get(orig.key) ?? 0, freeOrig: orig.id >= 0 ? m.lex.freeCount(orig.id) : 0, scored: scored.slice(0, n).map((x) => ({ key: x.c.key, evL: x.evL, evR: x.evR, tc: x.tripleCand, own: sd.docUnigrams.get(x.c.key) ?? 0, free: m.lex.freeCount(x.c.id), prior: x.c.prior, delta: x.delta, compound: x.compound, margin: x.margin, usedLeft: x.usedLeft, usedRight: x.usedRight })) });
      if (!n) continue;
      sortByDelta(scored, n);
      const best = scored[0];
      // a marked syllable the lexicon has never seen (`giãm`) is itself unlikely: a word the
      // dictionary knows one mark away needs only the compound margin
      const unseen = s.marked && (orig.id < 0 || m.lex.count(orig.id) === 0);
      const unknown = s.marked && orig.id < 0;
      // nor is a word that pairs with neither neighbour, both bound elsewhere (`sẻ` lives in `chia sẻ`)
      // (or next to a name in the same phrase, `London | sẻ | tiếp tục`, which is a boundary too)
      const run = sd.runs[s.run];
      const between = !origPaired && !best.usedLeft && !best.usedRight && inPhrase(run, s.pos - 1, w.l) && inPhrase(run, s.pos + 1, w.r) && (w.l !== undefined || w.r !== undefined);
      const margin = unknown ? MARGINS.unknown : unseen ? Math.min(best.margin, MARGINS.compound) : between ? Math.min(best.margin, MARGINS.between) : best.margin;
      if (best.delta < margin) continue;
      if (capitalised && !(best.compound && best.inWordRight)) continue;
      // next to a word that is no syllable (`XYZHội nghị`, a foreign or glued word) the context is
      // half unknown: only completing a dictionary word on the other side is evidence enough
      if ((unknownSide(run, s.pos - 1) || unknownSide(run, s.pos + 1)) && !best.compound) continue;
      const second = n > 1 ? scored[1].delta : -Infinity;
      // two close candidates scored on different sides of the context (one finds the word before
      // bound elsewhere, the other does not) are not comparable: the fix offered first is the one
      // that fits better on the sides both use (`đối tượng | dể | bị tổn thương`: dễ, not để)
      const b = n > 1 ? scored[1] : undefined;
      if (b && best.delta - b.delta < 2 && (best.usedLeft !== b.usedLeft || best.usedRight !== b.usedRight)) {
        const l = best.usedLeft && b.usedLeft;
        const r = best.usedRight && b.usedRight;
        if (cmp.deltaOn(b.c, l, r, b.tripleCand) + b.c.prior > cmp.deltaOn(best.c, l, r, best.tripleCand) + best.c.prior) {
          scored[0] = b;
          scored[1] = best;
        }
      }
      const first = scored[0];
      // sureness is still measured against the margin of the evidence kind, not a lowered one
      const excess = best.delta - best.margin;
      const sure = excess >= MARGINS.sure && best.delta - second >= 2;
      // a word the document writes freely elsewhere is only flagged when the context is sure of it
      if (!sure && !unseen && writtenFreelyElsewhere(sd, m, s)) continue;
      const confidence = 1 / (1 + Math.exp(-(excess + 1)));
      const texts = fixTexts(s, scored, n, style);
      const bestText = texts[0];
      const phrase = first.inWordRight
        ? `${bestText} ${run[s.pos + 1].lower}`
        : first.inWordLeft
          ? `${run[s.pos - 1].token.nfc} ${bestText}`
          : bestText;
      found.push({ slot: s, bestKey: first.c.key, delta: best.delta, compound: best.compound, finding: {
        // the rule's fields written out, not spread: in Node 20 a spread makes the properties after it slow definitions
        ruleId: wrongDiacritic.id,
        category: wrongDiacritic.category,
        severity: sure ? wrongDiacritic.defaultSeverity : 'information',
        start: s.token.start,
        end: s.token.end,
        confidence,
        message: sure
          ? { en: `${quote(s.token.nfc)} is almost certainly a typo for ${quote(bestText)} here (${quote(phrase)}).`, vi: `${quote(s.token.nfc)} gần như chắc chắn là gõ nhầm ${quote(bestText)} (${quote(phrase)}).` }
          : { en: `${quote(s.token.nfc)} may be a typo for ${quote(bestText)} here (${quote(phrase)}).`, vi: `${quote(s.token.nfc)} có thể là gõ nhầm ${quote(bestText)} (${quote(phrase)}).` },
        fixes: fixesFor(s, texts, sure ? 'high' : 'medium'),
      } });
    }
    // of two neighbours that both look wrong (chủ trọng: chủ→chú, or trọng→trong) only one is
    // a typo; the other only looked wrong next to it. A fix that makes a dictionary word wins;
    // between two that do, the one whose fix the other word as written goes with (`theo hãng tín`:
    // `hãng tin` is a word, `hàng tín` is not).
    const at = new Map<string, (typeof found)[number]>();
    for (const f of found) at.set(`${f.slot.run}:${f.slot.pos}`, f);
    const withNeighbour = (f: (typeof found)[number]) => {
      const fixed = m.term(f.bestKey);
      const l = at.get(`${f.slot.run}:${f.slot.pos - 1}`)?.slot.term;
      const r = at.get(`${f.slot.run}:${f.slot.pos + 1}`)?.slot.term;
      return Math.max(l ? m.pairEvidence(l, fixed) : 0, r ? m.pairEvidence(fixed, r) : 0);
    };
    const joint = new Map(found.map((f) => [f, withNeighbour(f)]));
    found.sort((a, b) => Number(b.compound) - Number(a.compound) || joint.get(b)! - joint.get(a)! || b.delta - a.delta);
    const taken = new Set<string>();
    const out: Found[] = [];
    for (const f of found) {
      const at = (d: number) => `${f.slot.run}:${f.slot.pos + d}`;
      if (taken.has(at(-1)) || taken.has(at(1))) continue;
      taken.add(at(0));
      out.push({ finding: f.finding, slot: f.slot });
      const orig = f.slot.term!.key;
      changed.addKey(orig);
      changed.addKey(f.bestKey);
      const w = contextWindow(sd, f.slot);
      if (w.l) {
        changed.addPair(w.l.key, orig);
        changed.addPair(w.l.key, f.bestKey);
      }
      if (w.r) {
        changed.addPair(orig, w.r.key);
        changed.addPair(f.bestKey, w.r.key);
      }
    }
    return out.sort((a, b) => a.finding.start - b.finding.start);
  }
}
