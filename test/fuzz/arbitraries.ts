// Hostile text for property tests: real article lines (as written, NFD, upper case, cut anywhere)
// mixed with what scraped files and editors throw at a checker: emoji and lone surrogate halves,
// combining marks, every kind of line break, BOM, NUL and control bytes, odd spaces, very long
// lines, numbers, URLs and Telex residue.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { REPO_ROOT } from '../lsp/client';

/** Fixed by default so `npm test` is reproducible; `npm run fuzz` picks a new one each run. */
export const FUZZ_SEED = Number(process.env.VIETPROOF_FUZZ_SEED ?? 20261123);
/** `npm run fuzz` multiplies every run count by this. */
export const FUZZ_SCALE = Math.max(1, Number(process.env.VIETPROOF_FUZZ_SCALE ?? 1));

/** Run count for a property: `base` in `npm test`, scaled up in `npm run fuzz`. */
export const runs = (base: number) => Math.round(base * FUZZ_SCALE);

/** fast-check parameters: fixed seed, bounded runs, seed printed on failure. */
export const params = (base: number): fc.Parameters<unknown> => ({ seed: FUZZ_SEED, numRuns: runs(base), endOnFailure: true });

const FIXTURE_DIR = join(REPO_ROOT, 'test', 'fixtures');
export const FIXTURES: readonly string[] = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(FIXTURE_DIR, f), 'utf8'));
export const FIXTURE_LINES: readonly string[] = FIXTURES.flatMap((t) => t.split(/\r\n|\r|\n/)).filter((l) => l.trim());

const EMOJI = ['😀', '👍🏽', '🇻🇳', '👨‍👩‍👧', '🔥', '𝐇𝐚̀ 𝐍𝐨̣̂𝐢', '✔️', '©', '™'];
const LONE_SURROGATES = ['\uD83D', '\uDE00', '\uDBFF', '\uDC00'];
const COMBINING = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B', '\u0301\u0323', '\u0308'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r', '\u2028', '\u2029', '\f', '\v', '\u0085'];
const CONTROLS = ['\0', '\x01', '\x07', '\x08', '\x1b', '\x1f', '\x7f', '\uFFFD', '\uFFFE', '\uFEFF'];
const SPACES = [' ', '  ', '   ', '\t', '\u00a0', '\u200b', '\u2009', '\u3000', ' \u00a0 '];
const PUNCT = ['.', ',', ';', ':', '!', '?', '…', '...', '“', '”', '"', "'", '(', ')', '[', ']', '-', '–', '—', '/', '»', '•', '*', '>', '|', '%'];
const TOKENS = [
  '2.500', '14:54:14', '31/12/2020', '06-ĐA/TU', 'năm 2021.Tham', 'https://baomoi.vn/a-b.html?x=1', 'www.example.com', 'ban.bientap@toasoan.vn',
  'Covid-19', 'XIII', 'UBND', 'HĐND', 'MTTQ', 'F0', 'vieetj', 'ddoongf chis', 'vie65t', 'thọai', 'uỷ ban', 'ủy ban', 'Đắk Lắk', 'Hoằng Hóa',
  'Chú tịch', 'chủ trọng', 'dân vân', '(ảnh: Minh Hà)', 'Ảnh 1', 'Xem thêm:', 'Tin liên quan', 'Bình luận', 'Lượt xem: 1.234', 'Hotline: 0912 345 678',
];
const WORDS = ['Hội', 'nghị', 'tỉnh', 'ủy', 'công', 'tác', 'dân', 'vận', 'người', 'được', 'Nguyễn', 'Văn', 'Ông', 'Bà', 'Chủ', 'tịch'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A slice of a fixture cut anywhere (through a word, a CRLF or a surrogate pair). */
const fixtureSlice = fc
  .tuple(fc.nat({ max: FIXTURES.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 600 }))
  .map(([i, at, len]) => {
    const t = FIXTURES[i];
    const start = at % t.length;
    return t.slice(start, start + len);
  });

const fixtureLine = pick(FIXTURE_LINES);

/** One piece of hostile text. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fixtureLine, weight: 12 },
  { arbitrary: fixtureSlice, weight: 8 },
  { arbitrary: fixtureLine.map((l) => l.normalize('NFD')), weight: 4 },
  { arbitrary: fixtureLine.map((l) => l.toUpperCase()), weight: 1 },
  { arbitrary: fixtureLine.map((l) => l.toLowerCase()), weight: 1 },
  { arbitrary: pick(BREAKS), weight: 10 },
  { arbitrary: pick(SPACES), weight: 4 },
  { arbitrary: pick(PUNCT), weight: 4 },
  { arbitrary: pick(TOKENS), weight: 4 },
  { arbitrary: pick(WORDS), weight: 3 },
  { arbitrary: pick(EMOJI), weight: 2 },
  { arbitrary: fc.tuple(pick(WORDS), pick(COMBINING)).map(([w, c]) => w + c), weight: 2 },
  { arbitrary: pick(COMBINING), weight: 1 },
  { arbitrary: pick(LONE_SURROGATES), weight: 1 },
  { arbitrary: pick(CONTROLS), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  // a very long line: a word or a fixture line repeated without breaks
  { arbitrary: fc.tuple(fc.oneof(pick(WORDS), fixtureLine), fc.integer({ min: 20, max: 400 })).map(([w, n]) => Array(n).fill(w).join(' ')), weight: 1 },
  { arbitrary: fc.integer({ min: 2, max: 3000 }).map((n) => 'a'.repeat(n)), weight: 1 },
);

/** A hostile document: up to `maxPieces` pieces, sometimes after a BOM, sometimes empty. */
export function hostileText(maxPieces = 40): fc.Arbitrary<string> {
  return fc.tuple(fc.boolean(), fc.array(piece, { maxLength: maxPieces })).map(([bom, pieces]) => (bom ? '\uFEFF' : '') + pieces.join(''));
}

/** A mostly real article: fixtures with hostile pieces spliced in at random places. */
export const splicedArticle: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: FIXTURES.length - 1 }), fc.array(fc.tuple(fc.nat(), piece), { maxLength: 8 }))
  .map(([i, inserts]) => {
    let t = FIXTURES[i];
    for (const [at, p] of inserts) {
      const k = at % (t.length + 1);
      t = t.slice(0, k) + p + t.slice(k);
    }
    return t;
  });

/** Either kind, weighted towards text the rules have something to say about. */
export const anyText: fc.Arbitrary<string> = fc.oneof({ arbitrary: hostileText(), weight: 3 }, { arbitrary: splicedArticle, weight: 2 });

/** An edit relative to the current text: replace [start, end) (fractions of its length) with `text`. */
export interface EditSpec {
  from: number;
  span: number;
  text: string;
}

export const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  span: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.05, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
  text: fc.oneof({ arbitrary: fc.constant(''), weight: 2 }, { arbitrary: piece, weight: 5 }, { arbitrary: fc.string({ maxLength: 3 }), weight: 2 }),
});

/** Offsets of an edit spec applied to a text of length `n`. */
export function editRange(spec: EditSpec, n: number): { start: number; end: number } {
  const start = Math.min(n, Math.floor(spec.from * (n + 1)));
  const end = Math.min(n, start + Math.floor(spec.span * n));
  return { start, end };
}
