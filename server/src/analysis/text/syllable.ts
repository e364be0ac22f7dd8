// The Vietnamese syllable: onset + glide (medial o/u) + nucleus + coda, and one tone.
// Everything here is orthographic: parts are kept as written, so compose(parse(s)) gives s back.
//
//   onset    b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x, or ''
//            (`qu` and `gi` are written digraphs: the u of `qua` and the i of `gia` never carry the tone)
//   glide    o (hoa, hoe, hoăn) | u (thuê, tuân, huy, thuở) | ''
//   nucleus  a ă â e ê i y o ô ơ u ư, the diphthongs iê/yê/ia/ya, uô/ua, ươ/ưa, and oo (xoong)
//   coda     c ch m n ng nh p t (consonants) | i y o u (semivowels) | ''
//   tone     0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng

export type Tone = 0 | 1 | 2 | 3 | 4 | 5;
/** Where the tone of `oa`, `oe`, `uy` without a final goes: `hòa, thủy` or `hoà, thuỷ`. */
export type PlacementStyle = 'traditional' | 'modern';
export type Casing = 'lower' | 'upper' | 'title' | 'mixed';

export interface Syllable {
  onset: string;
  glide: string;
  nucleus: string;
  coda: string;
  tone: Tone;
}

export type SyllableProblem =
  /** Two or more tone marks. */
  | 'several-tones'
  /** A tone mark on a letter that does not take one here (`thọai`, `gịa`). */
  | 'tone-position'
  /** `c`/`k`, `g`/`gh`, `ng`/`ngh` written against their vowel (`ke` ok, `ce` not). */
  | 'onset-spelling'
  /** A stop final (-p -t -c -ch) with a tone other than sắc or nặng (`trât`). */
  | 'stop-tone'
  /** An onset that takes no glide here (`cuân`, `kuy`). */
  | 'glide';

export interface ParsedSyllable {
  syllable: Syllable;
  /** Lower-case toneless written form (`thoai` for `Thoại`). */
  base: string;
  casing: Casing;
  /** Index into `base` of the letter that carries the tone as written (-1: no tone). */
  toneAt: number;
  /** Placement styles the written tone position agrees with (both when the styles agree). */
  styles: PlacementStyle[];
  problems: SyllableProblem[];
}

// ---------------------------------------------------------------------------------------------
// Letters and tone marks

const TONE_MARKS: Record<string, Tone> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
const TONE_COMBINING = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VOWELS = 'aăâeêioôơuưy';
const VOWEL_SET = new Set(VOWELS);
const MODIFIED = new Set('ăâêôơư');
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);
const CONSONANT_CODAS = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** Onsets longest first, so the first match is the right one. */
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

// Rhymes (nucleus + coda) by the glide they can follow. Everything attested in Vietnamese
// orthography, including rare ones (`oong`, `ooc`, `uych`, `oeo`), and nothing else.
const PLAIN_RHYMES = [
  'a ac ach ai am an ang anh ao ap at au ay',
  'ăc ăm ăn ăng ăp ăt',
  'â âc âm ân âng âp ât âu ây',
  'e ec em en eng eo ep et',
  'ê êch êm ên ênh êp êt êu',
  'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
  'y yêm yên yêng yêt yêu',
  'o oc oi om on ong op ot ooc oong',
  'ô ôc ôi ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt',
  'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu',
].join(' ').split(' ');
const AFTER_GLIDE_O = 'a ac ach ai am an ang anh ao ap at ay ăc ăm ăn ăng ăp ăt e em en eo ep et'.split(' ');
const AFTER_GLIDE_U = 'â ân âng ât ây ê êch ênh ên êu y ych ynh yp yt yu ya yên yêt ơ'.split(' ');

interface RhymeParts {
  glide: string;
  nucleus: string;
  coda: string;
}

function splitCore(core: string): { nucleus: string; coda: string } {
  let i = 0;
  while (i < core.length && VOWEL_SET.has(core[i])) i++;
  let nucleus = core.slice(0, i);
  let coda = core.slice(i);
  // a trailing semivowel after a vowel is the coda (ai, ao, iêu, ươi), except in the diphthongs
  // written with a final a (ia, ya, ua, ưa) and in oo
  if (!coda && nucleus.length > 1) {
    const last = nucleus[nucleus.length - 1];
    const isDiphthongA = last === 'a' && /^(i|y|u|ư)a$/.test(nucleus.slice(-2));
    if (!isDiphthongA && nucleus !== 'oo' && 'iyou'.includes(last)) {
      coda = last;
      nucleus = nucleus.slice(0, -1);
    }
  }
  return { nucleus, coda };
}

/** Written rhyme (glide + nucleus + coda, toneless) → its parts. */
const RHYMES = new Map<string, RhymeParts>();
for (const core of PLAIN_RHYMES) RHYMES.set(core, { glide: '', ...splitCore(core) });
for (const core of AFTER_GLIDE_O) RHYMES.set('o' + core, { glide: 'o', ...splitCore(core) });
for (const core of AFTER_GLIDE_U) RHYMES.set('u' + core, { glide: 'u', ...splitCore(core) });

/** Rhymes after `qu`: the u is the onset's, so what follows is a rhyme without the u. */
const QU_RHYMES = new Map<string, RhymeParts>();
for (const core of [...PLAIN_RHYMES, ...AFTER_GLIDE_U]) {
  if (/^[aăâeêiyơô]/.test(core) && !/^(ia|oo)/.test(core) && !QU_RHYMES.has(core)) QU_RHYMES.set(core, { glide: '', ...splitCore(core) });
}
// `quoàng`, `quoắt`: a written o after qu
for (const core of AFTER_GLIDE_O) QU_RHYMES.set('o' + core, { glide: 'o', ...splitCore(core) });

const precomposedCache = new Map<string, { base: string; tone: Tone }>();

/** One NFC letter → its toneless letter and tone (`ặ` → `ă`, 5). */
export function splitTone(ch: string): { base: string; tone: Tone } {
  let hit = precomposedCache.get(ch);
  if (hit) return hit;
  const nfd = ch.normalize('NFD');
  let base = '';
  let tone: Tone = 0;
  for (const c of nfd) {
    const t = TONE_MARKS[c];
    if (t !== undefined) tone = t;
    else base += c;
  }
  hit = { base: base.normalize('NFC'), tone };
  precomposedCache.set(ch, hit);
  return hit;
}

/** A toneless NFC letter with a tone mark added (`ơ`, 2 → `ờ`). */
const withToneCache = new Map<string, string>();

export function withTone(letter: string, tone: Tone): string {
  if (tone === 0) return letter;
  const k = letter + tone;
  let v = withToneCache.get(k);
  if (v === undefined) {
    v = (letter.normalize('NFD') + TONE_COMBINING[tone]).normalize('NFC');
    withToneCache.set(k, v);
  }
  return v;
}

function casingOf(word: string): Casing {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (word === lower) return 'lower';
  if (word === upper) return [...word].length > 1 ? 'upper' : 'title';
  const first = word[0];
  if (first === first.toUpperCase() && word.slice(1) === word.slice(1).toLowerCase()) return 'title';
  return 'mixed';
}

/** Applies a casing to a lower-case word. `mixed` follows the case of `model` letter by letter. */
export function applyCasing(lowerWord: string, casing: Casing, model?: string): string {
  switch (casing) {
    case 'lower':
      return lowerWord;
    case 'upper':
      return lowerWord.toUpperCase();
    case 'title':
      return lowerWord.charAt(0).toUpperCase() + lowerWord.slice(1);
    case 'mixed': {
      const src = [...(model ?? '').normalize('NFC')];
      return [...lowerWord].map((c, i) => (src[i] && src[i] !== src[i].toLowerCase() ? c.toUpperCase() : c)).join('');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Tone placement

/** Where the tone goes in the written rhyme (index into glide + nucleus + coda). */
function tonePlaceInRhyme(glide: string, nucleus: string, coda: string, style: PlacementStyle): number {
  // a vowel with a hat, breve or horn takes the tone (the last one: ươ → ơ)
  for (let i = nucleus.length - 1; i >= 0; i--) if (MODIFIED.has(nucleus[i])) return glide.length + i;
  if (CONSONANT_CODAS.has(coda)) return glide.length + nucleus.length - 1;
  // ia, ya, ua (no final): the first letter
  if (nucleus.length === 2) return glide.length;
  // oa, oe, uy with nothing after: the old style marks the glide
  if (glide && !coda && style === 'traditional') return 0;
  return glide.length;
}

/** Index into the written toneless syllable of the letter that carries the tone. */
export function toneIndex(s: Syllable, style: PlacementStyle): number {
  const merged = s.onset === 'gi' && s.nucleus.startsWith('i') ? 1 : 0;
  return s.onset.length - merged + tonePlaceInRhyme(s.glide, s.nucleus, s.coda, style);
}

function writtenToneless(s: Syllable): string {
  // gi + i… is written with one i: gì, gìn, giếng
  const rhyme = s.glide + s.nucleus + s.coda;
  return s.onset === 'gi' && rhyme.startsWith('i') ? 'gi' + rhyme.slice(1) : s.onset + rhyme;
}

/** The syllable written out in lower case with its tone in the given style. */
export function composeSyllable(s: Syllable, style: PlacementStyle = 'traditional'): string {
  const base = writtenToneless(s);
  if (s.tone === 0) return base;
  const at = toneIndex(s, style);
  return base.slice(0, at) + withTone(base[at], s.tone) + base.slice(at + 1);
}

/** Composes and applies a casing (`model` is the original word for `mixed`). */
export function composeCased(s: Syllable, style: PlacementStyle, casing: Casing, model?: string): string {
  return applyCasing(composeSyllable(s, style), casing, model);
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** The rhyme parts of a toneless written syllable, or undefined when it has no Vietnamese shape. */
function splitToneless(base: string): Syllable | undefined {
  let onset = '';
  for (const o of ONSETS) {
    if (base.startsWith(o)) {
      onset = o;
      break;
    }
  }
  let rest = base.slice(onset.length);
  if (onset === 'gi') {
    // gi, gìn: the i is both the onset's and the nucleus
    if (!rest || !VOWEL_SET.has(rest[0])) rest = 'i' + rest;
    else if (rest[0] === 'ê' && rest.length > 1) {
      const withI = RHYMES.get('i' + rest);
      if (withI) return { onset, ...withI, tone: 0 };
    }
  } else if (onset === 'g' && rest.startsWith('i')) {
    return undefined;
  }
  if (onset === 'qu') {
    const r = QU_RHYMES.get(rest);
    return r ? { onset, ...r, tone: 0 } : undefined;
  }
  const r = RHYMES.get(rest);
  return r ? { onset, ...r, tone: 0 } : undefined;
}

const FRONT = /^[eêiy]/;

function onsetProblems(s: Syllable): SyllableProblem[] {
  const front = !s.glide && FRONT.test(s.nucleus);
  switch (s.onset) {
    case 'c':
    case 'g':
    case 'ng':
      return front ? ['onset-spelling'] : s.onset === 'c' && s.glide ? ['glide'] : [];
    case 'k':
      return s.glide ? ['glide'] : front ? [] : ['onset-spelling'];
    case 'gh':
    case 'ngh':
      return front && !s.nucleus.startsWith('y') ? [] : ['onset-spelling'];
    default:
      return [];
  }
}

const parseCache = new Map<string, ParsedSyllable | null>();

/**
 * Parses one word as a Vietnamese syllable. Returns null when the letters do not have the
 * shape of one (foreign words, abbreviations); otherwise the parts and any spelling problems.
 */
export function parseSyllable(word: string): ParsedSyllable | null {
  const cached = parseCache.get(word);
  if (cached !== undefined) return cached;
  const result = parseUncached(word);
  if (parseCache.size > 50_000) parseCache.clear();
  parseCache.set(word, result);
  return result;
}

function parseUncached(word: string): ParsedSyllable | null {
  const nfc = word.normalize('NFC');
  if (!nfc || nfc.length > 8) return null;
  const lower = nfc.toLowerCase();
  let base = '';
  let tone: Tone = 0;
  let toneAt = -1;
  let tones = 0;
  for (const ch of lower) {
    const split = splitTone(ch);
    if (split.base.length !== 1) return null;
    if (split.tone) {
      tones++;
      tone = split.tone;
      toneAt = base.length;
    }
    base += split.base;
  }
  if (!/^[a-zđăâêôơư]+$/.test(base)) return null;
  const parts = splitToneless(base);
  if (!parts) return null;
  const syllable: Syllable = { ...parts, tone };
  const problems: SyllableProblem[] = [];
  if (tones > 1) problems.push('several-tones');
  const styles: PlacementStyle[] = [];
  if (tone) {
    if (toneAt === toneIndex(syllable, 'traditional')) styles.push('traditional');
    if (toneAt === toneIndex(syllable, 'modern')) styles.push('modern');
    if (!styles.length && !problems.length) problems.push('tone-position');
  } else styles.push('traditional', 'modern');
  problems.push(...onsetProblems(syllable));
  if (STOP_CODAS.has(syllable.coda) && tone !== 1 && tone !== 5) problems.push('stop-tone');
  // yê without a glide is written y only with no onset (yên, yêu); after a consonant it is iê
  if (syllable.onset && syllable.onset !== 'qu' && !syllable.glide && syllable.nucleus === 'yê') problems.push('onset-spelling');
  return { syllable, base, casing: casingOf(nfc), toneAt, styles, problems };
}

/** True when the word is a well-formed Vietnamese syllable (either placement style). */
export function isValidSyllable(word: string): boolean {
  const p = parseSyllable(word);
  return !!p && p.problems.length === 0;
}

/** True when the tone placement of this syllable differs between the two styles (hòa/hoà). */
export function hasStyleVariants(s: Syllable): boolean {
  return s.tone !== 0 && toneIndex(s, 'traditional') !== toneIndex(s, 'modern');
}

/**
 * The canonical, style-independent key of a syllable: lower case with the tone placed in the
 * traditional style, so `hoà`, `hòa` and `HOÀ` share the key `hòa`. Undefined for words that
 * have no syllable shape. A misplaced tone (`thọai`) gets the key of the intended `thoại`.
 */
export function syllableKey(word: string): string | undefined {
  const p = parseSyllable(word);
  return p ? composeSyllable(p.syllable, 'traditional') : undefined;
}

/** True for letters Vietnamese writes with a diacritic of its own (not plain a–z). */
export function hasVietnameseDiacritic(word: string): boolean {
  for (const ch of word.normalize('NFC').toLowerCase()) {
    if (ch === 'đ') return true;
    const { base, tone } = splitTone(ch);
    if (tone) return VOWEL_SET.has(base);
    if (MODIFIED.has(base)) return true;
  }
  return false;
}

/** Letters as written, every variant by one diacritic edit of one vowel, or d ↔ đ. */
const VOWEL_FAMILIES: Record<string, string[]> = {
  a: ['ă', 'â'],
  ă: ['a', 'â'],
  â: ['a', 'ă'],
  e: ['ê'],
  ê: ['e'],
  o: ['ô', 'ơ'],
  ô: ['o', 'ơ'],
  ơ: ['o', 'ô'],
  u: ['ư'],
  ư: ['u'],
};

/** Lower-case toneless letters and tone of any word made of Vietnamese letters, well-formed or not. */
export function looseSplit(word: string): { base: string; tone: Tone } | undefined {
  let base = '';
  let tone: Tone = 0;
  for (const ch of word.normalize('NFC').toLowerCase()) {
    const split = splitTone(ch);
    if (split.base.length !== 1) return undefined;
    if (split.tone) tone = split.tone;
    base += split.base;
  }
  return /^[a-zđăâêôơư]+$/.test(base) ? { base, tone } : undefined;
}

/**
 * Well-formed syllables one diacritic edit away from a word (which need not be well-formed
 * itself): another tone, another hat/breve/horn on one vowel (uo ↔ ươ ↔ uô counting as one),
 * or d ↔ đ. Lower case, traditional placement; the word's own syllable is not included.
 */
export function diacriticNeighbours(word: string): Syllable[] {
  const loose = looseSplit(word);
  if (!loose) return [];
  const { base, tone } = loose;
  const out: Syllable[] = [];
  const seen = new Set<string>();
  const own = parseSyllable(word);
  if (own && !own.problems.length) seen.add(composeSyllable(own.syllable));
  const push = (letters: string, t: Tone) => {
    const parts = splitToneless(letters);
    if (!parts) return;
    const c: Syllable = { ...parts, tone: t };
    const key = composeSyllable(c, 'traditional');
    if (seen.has(key)) return;
    seen.add(key);
    const p = parseSyllable(key);
    if (p && !p.problems.length) out.push(p.syllable);
  };
  // the same letters with the tone re-placed (thọai → thoại) and with every other tone
  for (let t = 0; t <= 5; t++) push(base, t as Tone);
  const variants = new Set<string>();
  for (let i = 0; i < base.length; i++) {
    for (const v of VOWEL_FAMILIES[base[i]] ?? []) variants.add(base.slice(0, i) + v + base.slice(i + 1));
    if (base[i] === 'd') variants.add(base.slice(0, i) + 'đ' + base.slice(i + 1));
    if (base[i] === 'đ') variants.add(base.slice(0, i) + 'd' + base.slice(i + 1));
  }
  // the horn goes on both letters of uo/ươ at once (dược, người)
  for (const [from, to] of [['uo', 'ươ'], ['ươ', 'uô'], ['uô', 'ươ'], ['ươ', 'uo'], ['ưo', 'ươ'], ['uơ', 'ươ']]) {
    if (base.includes(from)) variants.add(base.replace(from, to));
  }
  for (const v of variants) push(v, tone);
  return out;
}

export function syllableToneless(s: Syllable): string {
  return writtenToneless(s);
}
