// Officials (people the article gives an office title) and organisations named in the article.
//
// The press writes an official in a few shapes, all handled by one left-to-right walk:
//   honorific + name + titles     `ông Bùi Văn Cường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đắk Lắk`
//   title + name                  `Chủ tịch UBND tỉnh Cao Văn Trọng`
//   name + dash + titles          `Phạm Thị Phúc - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy`
//   names sharing titles          `Lê Minh Quang và Huỳnh Mỹ - Phó Trưởng Ban Dân vận Tỉnh ủy`
//   lists                         `Các đồng chí: A, title; B, title, title chủ trì`
// then a second walk (knowing the names) collects every mention: the full name again, the given name
// after an honorific or office (`ông Cường`, `Chủ tịch Trọng`), and titles alone that point back to
// exactly one named person (`Đồng chí Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chỉ đạo`).
// A person named without an office (an author, an advertiser, `tư tưởng Hồ Chí Minh`) is not an official.
import type { ArticleBlock, Mention, Official, Organization } from '../types';
import type { ArticleText } from '../text/document';
import { phraseKey } from './keys';
import { lexKey } from '../lexicon/keys';
import { PAIR_IN_WORD, PAIR_WORD, tryLexicon } from '../lexicon/lexicon';
import { excludedMask, FACT_ABBR, FACT_CAP, FACT_GLUED, FACT_JOINED, FACT_UPPER, FACT_WORD, listKeys, phraseKeyId, PhraseSet, startMask, tokViewWithFacts, type Tok, type ViewFacts } from './phrases';
import { HISTORICAL, HONORIFICS, MIDDLE_NAMES, NOT_PERSON_BEFORE, PLACES, SURNAMES } from './names';
import { isValidSyllable } from '../text/syllable';
import {
  ADMIN_LEVELS, BODIES, DOMAINS, GENERIC_BODIES, LEVEL_WORDS, NAMED_BODIES, NUMBERED_BODIES, ORG_NOUNS, PROVINCE_LEVELS, QUALIFIERS, LOCAL_BODIES, ABBREVIATED_HEADS, CONTINUATIONS,
  RANKS, TITLE_HEADS, TITLE_PREFIXES,
} from './titles';

/** The sets a title can start with (see parseTitle). */
const TITLE_STARTS = startMask(RANKS, TITLE_PREFIXES, TITLE_HEADS, ABBREVIATED_HEADS);
/** The sets an honorific starts with. */
const HONORIFIC_STARTS = startMask(HONORIFICS);
/** The sets an organisation (or the office that holds it) starts with (see organizations). */
const ORGANIZATION_STARTS = startMask(TITLE_HEADS, BODIES, ORG_NOUNS);

/** Token range [s, e). */
interface Span {
  s: number;
  e: number;
}

interface TitleSpan extends Span {
  /** A rank only (`Đại tá`): listed among titles, but not enough to make an official. */
  weak: boolean;
  /** Names a body (`… Tỉnh ủy`, `… UBND tỉnh`), not just an office (`Chủ tịch`). */
  hasBody: boolean;
  /** The person named right after the title (`Chủ tịch UBND tỉnh Cao Văn Trọng`). */
  name?: Span;
  /** A single given name right after the title (`Chủ tịch Trọng`). */
  short?: Span;
}

/** Where a capitalised run after a title is read: what may stand before the person's name. */
type RunContext = 'plain' | 'province' | 'admin' | 'named';

interface Occurrence {
  name: Span;
  titles: TitleSpan[];
  /** Written after an honorific (`ông`, `đồng chí`). */
  honorific?: boolean;
}

const BLOCKS_TO_SKIP = new Set<ArticleBlock['kind']>(['boilerplate', 'byline']);
const SEPARATORS = new Set([',', '-', '–', '—', '(']);
const VA = phraseKey('và');
const KIEM = phraseKey('kiêm');
const TAI = phraseKey('tại');
const SO = phraseKey('số');
const LIST_JOINERS = new Set([',', VA]);
const ROMAN = /^[IVXLCDM]+$/;

export interface Entities {
  officials: Official[];
  organizations: Organization[];
}

/**
 * Where each scan of the Extractor may act, as token indices in order (each list ended by -1).
 * Most tokens are lower-case words where none of them does anything: they step from one such
 * token to the next instead of reading every token (three walks and three scans over a quarter of
 * a million tokens in a 1 MB text), and the lists come from the view's facts, not the tokens.
 */
interface ScanStarts {
  /** walk: the first word of a rank, office or honorific, or a capitalised word opening a run (a name's first word). */
  walk: Int32Array;
  /** officials' mentions: a capitalised word opening a run or right after an honorific (a full name), and honorifics (a given name after them). */
  mentions: Int32Array;
  /** organizations: the first word of an office, a body or an organisation noun. */
  organizations: Int32Array;
}

/** Whether a token with these start bits may start a phrase of the sets in the mask (a mask of 0, a set without a bit, rules out none). */
function mayStart(bits: number, mask: number): boolean {
  return mask === 0 || (bits & mask) !== 0;
}

function scanStarts(facts: ViewFacts): ScanStarts {
  const { starts, flags } = facts;
  const n = flags.length;
  const walk = new Int32Array(n + 1);
  const mentions = new Int32Array(n + 1);
  const organizations = new Int32Array(n + 1);
  let w = 0;
  let m = 0;
  let o = 0;
  /** The last token an honorific may start at. */
  let honorificAt = -Infinity;
  for (let i = 0; i < n; i++) {
    const bits = starts[i];
    const f = flags[i];
    const cap = (f & FACT_CAP) !== 0;
    // the middle of a capitalised run starts no name (see parseName)
    const insideRun = cap && i > 0 && (flags[i - 1] & FACT_CAP) !== 0 && (f & FACT_JOINED) !== 0;
    const honorific = mayStart(bits, HONORIFIC_STARTS);
    if (mayStart(bits, TITLE_STARTS) || honorific || (cap && !insideRun)) walk[w++] = i;
    // HONORIFICS.endsAt: an honorific of up to four words ends right before
    if (honorific || (cap && (!insideRun || i - honorificAt <= 4))) mentions[m++] = i;
    if (mayStart(bits, ORGANIZATION_STARTS)) organizations[o++] = i;
    if (honorific) honorificAt = i;
  }
  walk[w] = -1;
  mentions[m] = -1;
  organizations[o] = -1;
  return { walk, mentions, organizations };
}

export function extractEntities(doc: ArticleText, blocks: readonly ArticleBlock[]): Entities {
  const skipped: { start: number; end: number }[] = [];
  const bylines: { start: number; end: number }[] = [];
  const visit = (bs: readonly ArticleBlock[]) => {
    for (const b of bs) {
      if (BLOCKS_TO_SKIP.has(b.kind)) skipped.push({ start: b.start, end: b.end });
      if (b.kind === 'byline') bylines.push({ start: b.start, end: b.end });
      else if (b.children) visit(b.children);
    }
  };
  visit(blocks);
  // officials are found outside boilerplate and bylines; once known, they are mentioned anywhere but
  // in a byline (a duplicated caption or a related headline names the same person)
  const { toks, facts } = tokViewWithFacts(doc);
  const scans = scanStarts(facts);
  const ex = new Extractor(doc.text, toks, excludedMask(toks, skipped), facts, scans);
  const mentionView = skipped.length > bylines.length ? new Extractor(doc.text, toks, excludedMask(toks, bylines), facts, scans) : ex;
  return { officials: ex.officials(mentionView), organizations: ex.organizations() };
}

class Extractor {
  /** Keys of the full names found so far (their token keys joined by spaces). */
  private known = new Set<string>();
  /** Keys of their first words: a run's key is made to look it up only when its first word starts a known name. */
  private knownFirstWords = new WordKeySet([]);
  /**
   * The title read last and where (see parseTitle): a walk asks whether a title starts at a token
   * before it reads the chain from there, so each title would be read twice. Valid for one walk:
   * the reading depends on the names known.
   */
  private lastTitleAt = -1;
  private lastTitle: TitleSpan | undefined;

  constructor(
    private readonly text: string,
    readonly toks: readonly Tok[],
    /** 1 for tokens inside a block this extractor ignores (boilerplate, byline). */
    private readonly excluded: Uint8Array,
    /** The view's per-token facts: tested before a token is read (see ViewFacts). */
    private readonly facts: ViewFacts,
    /** Where each scan may act (see ScanStarts): the scans step over the other tokens. */
    private readonly scans: ScanStarts,
  ) {}

  /** set.match at k, on the view's facts (no token read). */
  private match(set: PhraseSet, k: number): number {
    return set.matchFacts(this.facts, k);
  }

  /** set.endsAt at end, on the view's facts (no token read). */
  private endsAt(set: PhraseSet, end: number, maxLen = 4): boolean {
    return set.endsAtFacts(this.facts, end, maxLen);
  }

  /** Inside a block this extractor ignores. */
  out(t: Tok): boolean {
    return this.excluded[t.i] === 1;
  }

  // ---------------------------------------------------------------- officials

  officials(mentionView: Extractor = this): Official[] {
    // first walk: names with titles; second walk: the same, now reading ambiguous runs with the names known
    let walk = this.walk();
    // names given an office or an honorific somewhere: enough to read them as a person elsewhere
    const firstNames = new Set(walk.occurrences.filter((o) => o.titles.length || o.honorific).map((o) => this.keyOf(o.name)));
    this.setKnown(firstNames);
    walk = this.walk();

    interface Draft {
      key: string;
      name: string;
      titles: { key: string; text: string; weak: boolean }[];
      mentions: Mention[];
      first: number;
      /** Key of the name's first word. */
      firstKey: string;
    }
    const drafts = new Map<string, Draft>();
    for (const occ of walk.occurrences) {
      const key = this.keyOf(occ.name);
      let d = drafts.get(key);
      if (!d) {
        const firstTok = this.toks[occ.name.s];
        d = { key, name: this.spanText(occ.name), titles: [], mentions: [], first: firstTok.start, firstKey: firstTok.key };
        drafts.set(key, d);
      }
      for (const t of occ.titles) addTitle(d.titles, this.keyOf(t), this.spanText(t), t.weak);
    }
    const officials = [...drafts.values()].filter(
      (d) => d.titles.some((t) => !t.weak) && !this.isHistorical(d.key),
    );
    if (!officials.length) return [];

    // mentions: full names
    const byName = new Map(officials.map((d) => [d.key, d]));
    const addMention = (d: Draft, s: number, e: number) => {
      const start = this.toks[s].start;
      const end = this.toks[e - 1].end;
      if (d.mentions.some((m) => m.start < end && start < m.end)) return;
      d.mentions.push({ start, end, text: this.text.slice(start, end) });
    };
    const m = mentionView;
    if (m !== this) {
      m.setKnown(this.known);
      walk = m.walk();
    }
    for (const occ of walk.occurrences) {
      const d = byName.get(this.keyOf(occ.name));
      if (d) addMention(d, occ.name.s, occ.name.e);
    }
    const maxLen = 4;
    // an official's name starts with one of these words: the run's key is made only then. Most are
    // surnames, whose keys have ids in the facts (see SURNAME_IDS): those are told apart by number,
    // and a token is read only when its key has no id and some name starts with such a word
    const nameStarts = new WordKeySet(officials.map((d) => d.firstKey));
    const mentionStarts = m.scans.mentions;
    for (let c = 0, i = mentionStarts[0]; i !== -1; i = mentionStarts[++c]) {
      const f = m.facts.flags[i];
      if (m.excluded[i] === 1 || (f & FACT_CAP) === 0) continue;
      if (i > 0 && (m.facts.flags[i - 1] & FACT_CAP) !== 0 && (f & FACT_JOINED) !== 0 && !m.endsAt(HONORIFICS, i)) continue; // inside a longer run
      if (!nameStarts.hasAt(m.toks, m.facts, i)) continue;
      // the whole run must be the name
      const end = m.capRunEnd(i);
      if (end - i < 2 || end - i > maxLen) continue;
      const d = byName.get(this.keyOf({ s: i, e: end }));
      if (d) addMention(d, i, end);
    }
    // given names after an honorific or an office: unique among the officials
    const byGiven = new Map<string, Draft[]>();
    for (const d of officials) {
      const given = d.key.split(' ').pop()!;
      byGiven.set(given, [...(byGiven.get(given) ?? []), d]);
    }
    // `bà Tuyết Hạnh` for Nguyễn Thị Tuyết Hạnh: the last two words of a four-word name
    const byLastTwo = new Map<string, Draft[]>();
    for (const d of officials) {
      const words = d.key.split(' ');
      if (words.length < 4) continue;
      const k2 = words.slice(-2).join(' ');
      byLastTwo.set(k2, [...(byLastTwo.get(k2) ?? []), d]);
    }
    const shortRef = (s: number) => {
      const t = m.toks[s];
      if (!t || !t.cap || m.out(t)) return;
      const run = m.capRunEnd(s) - s;
      if (run === 2) {
        const ds = byLastTwo.get(this.keyOf({ s, e: s + 2 }));
        if (ds?.length === 1) addMention(ds[0], s, s + 2);
        return;
      }
      if (run !== 1) return;
      const ds = byGiven.get(t.key);
      if (ds?.length === 1) addMention(ds[0], s, s + 1);
    };
    for (let c = 0, i = mentionStarts[0]; i !== -1; i = mentionStarts[++c]) {
      if (m.excluded[i] === 1) continue;
      const h = m.match(HONORIFICS, i);
      if (h && (m.facts.flags[i + h] & FACT_JOINED) !== 0) shortRef(i + h);
    }
    for (const sh of walk.shorts) shortRef(sh.s);
    // titles alone that point back to one official
    for (const chain of walk.titleOnly) {
      if (!chain.every((t) => t.hasBody)) continue;
      const keys = chain.map((t) => this.keyOf(t));
      const owners = officials.filter((d) => keys.every((key) => this.titleFits(key, d)));
      if (owners.length === 1) addMention(owners[0], chain[0].s, chain[chain.length - 1].e);
    }

    officials.sort((a, b) => a.first - b.first);
    return officials.map((d) => ({
      name: d.name,
      titles: d.titles.map((t) => t.text),
      mentions: d.mentions.sort((a, b) => a.start - b.start),
    }));
  }

  /** Sets the full names known (keys), read as people wherever they stand. */
  setKnown(names: Set<string>): void {
    this.known = names;
    // (token keys have no spaces: a name's key up to the first space is its first word's)
    this.knownFirstWords = new WordKeySet([...names].map((key) => key.split(' ', 1)[0]));
  }

  /** maxNameLength of a name starting at token k, told from its key id in the facts (`Y` has one, see Y_NAME_ID). */
  private maxNameLengthAt(k: number): number {
    return this.facts.keys[k] === Y_NAME_ID ? 5 : 4;
  }

  /** Whether the full name [s, e) is known, its key made only when its first word starts a known name. */
  private isKnown(s: number, e: number): boolean {
    return this.knownFirstWords.hasAt(this.toks, this.facts, s) && this.known.has(keyOfTokens(this.toks, s, e));
  }

  /** A title written alone fits an official when it is one of theirs or the start of one. */
  private titleFits(key: string, d: { titles: { key: string; weak: boolean }[] }): boolean {
    return d.titles.some((t) => !t.weak && (t.key === key || t.key.startsWith(key + ' ')));
  }

  walk(): { occurrences: Occurrence[]; titleOnly: TitleSpan[][]; shorts: Span[] } {
    this.lastTitleAt = -1; // the names known may have changed since the last walk
    const occurrences: Occurrence[] = [];
    const titleOnly: TitleSpan[][] = [];
    const shorts: Span[] = [];
    const toks = this.toks;

    /** Titles from k on, separated by commas or dashes, owned by `owners` until a title names someone else. */
    const chain = (k: number, owners: Span[]): number => {
      const from = k;
      let pending: TitleSpan[] = [];
      for (;;) {
        const ti = this.parseTitle(k);
        if (!ti) break;
        if (ti.short) shorts.push(ti.short);
        if (ti.name) {
          const person = ti.name;
          if (owners.length) for (const o of owners) occurrences.push({ name: o, titles: pending });
          occurrences.push({ name: person, titles: owners.length ? [ti] : [...pending, ti] });
          owners = [person];
          pending = [];
          k = person.e;
        } else {
          pending.push(ti);
          k = ti.e;
        }
        const sep = toks[k];
        if (sep && !this.out(sep) && SEPARATORS.has(sep.key) && sep.key !== ':' && this.parseTitle(k + 1)) {
          k++;
          continue;
        }
        // `(Chủ tịch UBND xã)`: a closing parenthesis ends the chain
        if (sep?.key === ')') k++;
        break;
      }
      // `Giám đốc Sở Y tế, ông Lâm Văn Hòa, cho biết`: the person follows the titles
      // (not after `của`, `cho`: `Bằng khen của Chủ tịch UBND tỉnh, ông A…` names the giver, not A)
      if (
        !owners.length && pending.length && toks[k] && (toks[k].key === ',' || toks[k].key === '-' || toks[k].key === '–') &&
        !this.endsAt(NOT_APPOSITIVE_AFTER, from, 1)
      ) {
        const people = this.personList(k + 1);
        if (people && toks[people.names[0].s].joined) {
          owners = people.names;
          k = people.next;
        }
      }
      if (owners.length) {
        for (const o of owners) occurrences.push({ name: o, titles: pending });
      } else if (pending.length && !this.endsAt(PLURALS, pending[0].s, 1)) titleOnly.push(pending);
      return k;
    };

    // from one token where something may start to the next: nothing does at the others
    const starts = this.scans.walk;
    let i = 0;
    let c = 0;
    for (;;) {
      while (starts[c] !== -1 && starts[c] < i) c++;
      if (starts[c] === -1) break;
      i = starts[c];
      if (this.excluded[i] === 1) {
        i++;
        continue;
      }
      if (this.parseTitle(i)) {
        i = Math.max(i + 1, chain(i, []));
        continue;
      }
      const people = this.personList(i);
      if (people && this.looksLikeDateline(people)) {
        i = people.next;
        continue;
      }
      if (people) {
        let k = this.skipPositionNote(people.next);
        const sep = toks[k];
        const filler = sep && SEPARATORS.has(sep.key) ? this.match(FILLERS, k + 1) : 0;
        if (sep && SEPARATORS.has(sep.key) && this.parseTitle(k + 1)) k = chain(k + 1, people.names);
        // `ông Lê Văn Tư, hiện là Chủ tịch UBND xã`
        else if (filler && this.parseTitle(k + 1 + filler)) k = chain(k + 1 + filler, people.names);
        // a comma forgotten between the name and a capitalised office: `ông Lê Văn Nhân Phó Chủ tịch UBND xã`
        else if (sep?.cap && sep.joined && this.parseTitle(k)) k = chain(k, people.names);
        else for (const n of people.names) occurrences.push({ name: n, titles: [], honorific: people.honorific });
        i = Math.max(i + 1, k);
        continue;
      }
      i++;
    }
    return { occurrences, titleOnly, shorts };
  }

  /**
   * A caption's note on where the person stands, between the name and the office:
   * `Ông A (thứ hai từ trái sang), Phó Chủ tịch UBND tỉnh`. Returns k unchanged when there is none.
   */
  private skipPositionNote(k: number): number {
    const toks = this.toks;
    if (toks[k]?.key !== '(') return k;
    for (let e = k + 1; e < toks.length && e <= k + 10; e++) {
      if (!toks[e].joined && !toks[e].glued && e > k + 1 && toks[e].kind !== 'word') return k;
      if (toks[e].key === ')') return toks[e + 1] && SEPARATORS.has(toks[e + 1].key) ? e + 1 : k;
      if (this.parseTitle(e) || toks[e].cap) return k;
    }
    return k;
  }

  /** One or more names joined by `và` or commas, each after an optional honorific. */
  private personList(i: number): { names: Span[]; next: number; honorific: boolean } | undefined {
    // made at the first name: the walk asks at most tokens, and most start no name
    let names: Span[] | undefined;
    let k = i;
    let honorific = false;
    for (;;) {
      let h = this.match(HONORIFICS, k);
      if (k === i) honorific = h > 0;
      if (h && this.toks[k + h]?.key === ':') h++; // `Các đồng chí: A, …`
      const name = this.parseName(k + h, h > 0);
      if (!name) break;
      (names ??= []).push(name);
      k = name.e;
      const j = this.toks[k];
      if (j && LIST_JOINERS.has(j.key)) {
        const h2 = this.match(HONORIFICS, k + 1);
        if (this.parseName(k + 1 + h2, h2 > 0)) {
          k++;
          continue;
        }
      }
      break;
    }
    return names ? { names, next: k, honorific } : undefined;
  }

  /**
   * Two capitalised words opening a line and followed by a dash (`Lục Ngạn - Chủ tịch UBND huyện…`)
   * are a dateline's place, not a person, unless the name is known from elsewhere.
   */
  private looksLikeDateline(people: { names: Span[]; next: number; honorific: boolean }): boolean {
    const [first] = people.names;
    if (people.honorific || people.names.length !== 1 || first.e - first.s !== 2) return false;
    if (this.isKnown(first.s, first.e)) return false;
    // only a site's mark may stand before it on the line: `(BBG) -`, `BDK.VN –`
    let lineStart = true;
    for (let j = first.s; this.toks[j].joined && j > 0; j--) {
      const p = this.toks[j - 1];
      if (p.kind === 'word' && !p.upper) {
        lineStart = false;
        break;
      }
    }
    const sep = this.toks[people.next];
    return lineStart && sep !== undefined && (sep.key === '-' || sep.key === '–' || sep.key === '—');
  }

  /** A person's full name at k: two to four capitalised syllables starting with a surname. */
  private parseName(k: number, afterHonorific: boolean): Span | undefined {
    // the view's facts settle most tokens without reading them (past the end they are undefined: no capital)
    const flags = this.facts.flags;
    const joined = (flags[k] & FACT_JOINED) !== 0;
    if ((flags[k] & FACT_CAP) === 0 || this.excluded[k] === 1) return undefined;
    if (afterHonorific && !joined) return undefined;
    if (!afterHonorific) {
      if (k > 0 && (flags[k - 1] & FACT_CAP) !== 0 && joined) return undefined; // the middle of a longer run
      if (joined && this.endsAt(NOT_PERSON_BEFORE, k)) return undefined;
    }
    const end = this.capRunEnd(k);
    const len = end - k;
    if (len < 2 || len > this.maxNameLengthAt(k)) return undefined;
    const span = { s: k, e: end };
    if (this.isKnown(k, end)) return span;
    if (this.match(PLACES, k) >= len) return undefined;
    if (this.match(HISTORICAL, k) === len) return undefined;
    if (!afterHonorific && !SURNAME_IDS.has(this.facts.keys[k])) return undefined;
    return span;
  }

  /** End of the run of capitalised words from k (one line, single spaces), stopping before an office. */
  capRunEnd(k: number): number {
    const flags = this.facts.flags;
    let e = k;
    // (flags past the end are undefined: no capital)
    while ((flags[e] & FACT_CAP) !== 0 && this.excluded[e] !== 1 && (e === k || (flags[e] & (FACT_JOINED | FACT_GLUED)) === FACT_JOINED)) {
      if (e > k && (this.match(TITLE_HEADS, e) || this.match(TITLE_PREFIXES, e) && this.match(TITLE_HEADS, e + 1))) break;
      if (e > k && this.match(BODIES, e) >= 2) break;
      e++;
    }
    return e;
  }

  /** An office title starting at j: prefixes, an office, then qualifiers and bodies. */
  parseTitle(j: number): TitleSpan | undefined {
    if (j !== this.lastTitleAt) {
      this.lastTitle = this.readTitle(j);
      this.lastTitleAt = j;
    }
    return this.lastTitle;
  }

  private readTitle(j: number): TitleSpan | undefined {
    // a word, not one of a line in capitals; and most words start no rank, prefix or office: the
    // view's facts settle it without reading the token (past the end they are undefined: no word)
    const f = this.facts.flags[j];
    if ((f & FACT_WORD) === 0 || this.excluded[j] === 1 || ((f & FACT_UPPER) !== 0 && (f & FACT_ABBR) === 0)) return undefined;
    if (TITLE_STARTS && !(this.facts.starts[j] & TITLE_STARTS)) return undefined;
    const toks = this.toks;
    let k = j;
    const rank = this.match(RANKS, k);
    if (rank) {
      k += rank;
      const run = this.runAfter(k, 'plain');
      return { s: j, e: k, weak: true, hasBody: false, ...run };
    }
    // (the facts past the end are undefined: not joined, no abbreviation)
    const flags = this.facts.flags;
    for (let p = this.match(TITLE_PREFIXES, k); p && k - j < 3; p = this.match(TITLE_PREFIXES, k)) {
      if ((flags[k + p] & FACT_JOINED) === 0) return undefined;
      k += p;
    }
    if (k > j && (flags[k] & FACT_JOINED) === 0) return undefined;
    const abbreviated = (flags[k] & FACT_ABBR) !== 0 ? this.match(ABBREVIATED_HEADS, k) : 0;
    const h = abbreviated || this.match(TITLE_HEADS, k);
    if (!h) return undefined;
    const headKey = keyOfTokens(toks, k, k + h);
    k += h;
    // offices that mean nothing without a body: `trưởng` (`tăng trưởng`), `ủy viên`, `thường trực`
    const needsBody = NEEDS_BODY.has(headKey) || abbreviated > 0;
    const body = this.parseBody(k, ORG_HEADS.has(headKey), false, ABROAD_HEADS.has(headKey));
    if (needsBody && !body.hasBody) return undefined;
    return { s: j, e: body.e, weak: false, hasBody: body.hasBody, name: body.name, short: body.short };
  }

  /** Bodies, fields, places and qualifiers after an office; stops at a person's name. */
  private parseBody(k: number, allowDomain: boolean, orgOnly = false, abroad = false): { e: number; hasBody: boolean; name?: Span; short?: Span } {
    const toks = this.toks;
    let hasBody = false;
    let ctx: RunContext = 'plain';
    let lastWasDomain = false;
    let lastWasBody = false;
    let lastWasPlace = false;
    let lastWasAbbr = false;
    let first = true;
    const from = k;
    for (;;) {
      const t = toks[k];
      // an organisation may start a line; a title goes on only on the same line
      if (!t || (!t.joined && !(orgOnly && k === from)) || this.out(t)) break;
      const afterAbbr = lastWasAbbr;
      lastWasAbbr = false;
      // `Phòng Cảnh sát PCCC và CNCH`: two abbreviated fields joined by `và`
      if (afterAbbr && t.key === VA && toks[k + 1]?.joined && toks[k + 1].abbr && !ROMAN.test(toks[k + 1].text) && !this.match(TITLE_HEADS, k + 1) && !this.match(ABBREVIATED_HEADS, k + 1)) {
        k += 1;
        continue;
      }
      if (t.key === KIEM && !orgOnly) {
        const sub = this.parseTitle(k + 1);
        if (!sub) break;
        hasBody ||= sub.hasBody;
        if (sub.name || sub.short) return { e: sub.e, hasBody, name: sub.name, short: sub.short };
        k = sub.e;
        continue;
      }
      // `Ban Kinh tế - Ngân sách`, `Sở Giáo dục và Đào tạo`, `Bộ Văn hóa, Thể thao và Du lịch`
      // `Ban Chỉ đạo 389 tỉnh`
      if (lastWasDomain && t.kind === 'number') {
        k++;
        lastWasDomain = false;
        continue;
      }
      // `Đội Cảnh sát giao thông số 2`
      if (lastWasDomain && t.key === SO && toks[k + 1]?.kind === 'number' && toks[k + 1].joined) {
        k += 2;
        lastWasDomain = false;
        continue;
      }
      // `Cục Quản lý thị trường`, `Ban Quản lý dự án đầu tư xây dựng`
      if (lastWasDomain && t.lower && !this.match(ADMIN_LEVELS, k)) {
        const c = this.match(CONTINUATIONS, k);
        if (c) {
          k += c;
          continue;
        }
      }
      if (lastWasDomain && (t.key === VA || t.key === ',' || t.key === '-' || t.key === '–')) {
        const nx = toks[k + 1];
        if (nx?.cap && nx.joined && this.match(DOMAINS, k + 1) && !this.match(TITLE_HEADS, k + 1)) {
          k += 1 + this.match(DOMAINS, k + 1);
          continue;
        }
        // `Hiệp hội Chế biến và Xuất khẩu thủy sản`: a second sentence-case field
        if (t.key === VA && nx?.cap && nx.joined && !nx.abbr && !nx.upper && !this.match(TITLE_HEADS, k + 1) && !this.match(HONORIFICS, k + 1)) {
          const f = this.sentenceCaseField(k + 1);
          if (f) {
            k += 1 + f;
            continue;
          }
        }
        // `Vụ Quản lý nhà và thị trường bất động sản`: lower-case continuations joined by `và`
        if (t.key === VA && nx?.lower && nx.joined && this.match(CONTINUATIONS, k + 1)) {
          k += 1 + this.match(CONTINUATIONS, k + 1);
          continue;
        }
        break;
      }
      lastWasDomain = false;
      const afterPlace = lastWasPlace;
      lastWasPlace = false;
      // a post abroad names where it serves: `Đại sứ Hoa Kỳ tại Việt Nam`
      if (abroad && afterPlace && t.key === TAI && toks[k + 1]?.cap && toks[k + 1].joined) {
        const p = this.match(PLACES, k + 1);
        if (p) {
          k += 1 + p;
          lastWasPlace = true;
          continue;
        }
      }
      // `UBND huyện Bắc Hà, tỉnh Lào Cai`: the place's own place
      if (t.key === ',' && afterPlace && toks[k + 1]?.joined) {
        const a2 = this.match(ADMIN_LEVELS, k + 1);
        const nx = toks[k + 1 + a2];
        if (a2 && nx?.cap && nx.joined && !this.match(TITLE_HEADS, k + 1)) {
          k += 1;
          continue;
        }
      }
      if (t.key === VA && lastWasBody && toks[k + 1]?.joined && !this.match(TITLE_HEADS, k + 1) && !this.match(HONORIFICS, k + 1)) {
        const nb = this.match(BODIES, k + 1);
        if (nb && this.match(GENERIC_BODIES, k + 1) !== nb && (toks[k + 1].cap || toks[k + 1].abbr)) {
          k += 1;
          continue;
        }
      }
      lastWasBody = false;
      const q = this.match(QUALIFIERS, k);
      // one lower-case common word is not a body: `báo cáo`, `ban hành`, `bộ đội`, `trường hợp`
      const commonWord = t.lower && CAPITAL_ONLY.has(t.key);
      const b = commonWord && this.match(BODIES, k) === 1 ? 0 : this.match(BODIES, k);
      const o = commonWord && this.match(ORG_NOUNS, k) === 1 ? 0 : this.match(ORG_NOUNS, k);
      const d = allowDomain ? this.match(DOMAINS, k) : 0;
      const a = this.match(ADMIN_LEVELS, k);
      const l = this.match(LEVEL_WORDS, k);
      const best = Math.max(q, b, o, d, a, l);
      if (best > 0) {
        if (q === best && !b) {
          k += q;
          first = false;
          continue;
        }
        if (d === best && d >= b) {
          k += d;
          hasBody = true;
          lastWasDomain = true;
          allowDomain = false;
          ctx = 'plain';
          first = false;
          continue;
        }
        if (b === best) {
          ctx =
            this.match(PROVINCE_LEVELS, k) === b ? 'province'
            : this.match(LOCAL_BODIES, k) === b ? 'admin'
            // a body whose name is complete (`Ngân hàng Nhà nước`) is not followed by a proper name of its own
            : this.match(NAMED_BODIES, k) >= b ? 'named'
            : 'plain';
          allowDomain = ORG_NOUNS.coversFacts(this.facts, k, k + b) || this.match(ORG_NOUNS, k + b - 1) === 1;
          const numbered = this.match(NUMBERED_BODIES, k) === b;
          k += b;
          lastWasBody = true;
          if (numbered && toks[k]?.kind === 'number' && toks[k].joined) k++;
          hasBody = true;
          first = false;
          continue;
        }
        if (o === best) {
          // an organisation noun counts only with its field: `Ban Dân vận`, `Sở GD&ĐT`, not `ban hành`
          const nx = toks[k + o];
          let dd = nx?.joined ? this.match(DOMAINS, k + o) || (nx.abbr ? this.abbrRunEnd(k + o) - (k + o) : 0) : 0;
          // a field outside the list, written in sentence case as bodies are: `Liên đoàn Bóng đá`,
          // `Hội Môi giới`: a capital then lower-case syllables that make one dictionary word with it
          if (!dd && nx?.joined && nx.cap && !nx.abbr && !nx.upper) dd = this.sentenceCaseField(k + o);
          if (dd && !this.match(DOMAINS, k + o)) {
            k += o + dd;
            hasBody = true;
            lastWasDomain = true;
            ctx = 'plain';
            first = false;
            // and a second such field after it (`Hội Môi giới Bất động sản`)
            const more = toks[k]?.joined && toks[k].cap && !toks[k].abbr && !toks[k].upper ? this.sentenceCaseField(k) : 0;
            k += more;
            continue;
          }
          if (!dd) break;
          k += o + dd;
          hasBody = true;
          lastWasDomain = true;
          ctx = 'plain';
          first = false;
          continue;
        }
        if (a === best) {
          ctx = this.match(PROVINCE_LEVELS, k) === a ? 'province' : 'admin';
          k += a;
          hasBody = true;
          first = false;
          const nt = toks[k];
          if (nt && nt.joined && (nt.kind === 'number' || (nt.kind === 'word' && ROMAN.test(nt.text)))) k++; // `phường 5`
          continue;
        }
        if (l === best) {
          k += l;
          hasBody = true;
          first = false;
          continue;
        }
      }
      if (this.match(NAMED_BODIES, k) && (t.abbr || ctx === 'named')) {
        // `THPT`, `TNHH`: the proper name follows
        k += this.match(NAMED_BODIES, k);
        ctx = 'named';
        continue;
      }
      if (t.abbr && !ROMAN.test(t.text)) {
        k = this.abbrRunEnd(k);
        lastWasBody = true;
        lastWasAbbr = true;
        hasBody = true;
        first = false;
        continue;
      }
      if (t.cap) {
        const place = this.match(PLACES, k);
        if (place && !this.knownRunAt(k)) {
          k += place;
          first = false;
          lastWasPlace = true;
          // a field comes before the body's place or name, not after (`Trường Kim Đồng | tổ chức`)
          allowDomain = false;
          continue;
        }
        const run = this.runAfter(k, first ? 'plain' : ctx, first);
        if (run.name || run.short) return { e: run.placeEnd, hasBody, name: run.name, short: run.short };
        if (run.placeEnd > k) {
          k = ctx === 'named' ? this.nameTail(run.placeEnd) : run.placeEnd;
          first = false;
          lastWasPlace = true;
          allowDomain = false;
          continue;
        }
      }
      break;
    }
    return { e: k, hasBody };
  }

  /**
   * The proper name of a firm, bank or school capitalises only its first word: `Ngân hàng Thế giới`,
   * `Công ty Thủy điện Sông Đà`, `Ngân hàng Chính sách xã hội`. Lower-case syllables after the
   * capitalised run belong to the name while they complete a dictionary word with the syllable
   * before them, and stop where a word of their own starts (`Minh Long cung cấp`: `cung cấp` is the
   * verb), unless all three syllables are inside one dictionary word seen in the corpus.
   */
  private nameTail(k: number): number {
    const toks = this.toks;
    const lex = tryLexicon();
    if (!lex) return k;
    const lowerId = (tok: Tok | undefined) => {
      if (!tok || tok.kind !== 'word' || !tok.lower || !tok.joined || tok.glued || this.out(tok)) return -1;
      const key = lexKey(tok.nfc.toLowerCase());
      return key ? lex.id(key) : -1;
    };
    const prevKey = lexKey(toks[k - 1]?.nfc.toLowerCase() ?? '');
    let a = prevKey ? lex.id(prevKey) : -1;
    let e = k;
    while (a >= 0 && e - k < 3) {
      const b = lowerId(toks[e]);
      const ab = b >= 0 ? lex.pairFlags(a, b) : 0;
      if (!(ab & (PAIR_WORD | PAIR_IN_WORD))) break;
      const c = lowerId(toks[e + 1]);
      const bc = c >= 0 ? lex.pairFlags(b, c) : 0;
      if (bc & (PAIR_WORD | PAIR_IN_WORD)) {
        if (!(ab & PAIR_IN_WORD) || lex.tripleCount(a, b, c) === 0) break;
        e++;
        a = b;
        continue;
      }
      if (ab & PAIR_WORD) e++;
      break;
    }
    return e;
  }

  /** Syllables of a sentence-case field at k (`Bóng đá`, `Môi giới`): 0 unless the lower-case ones after the capital make a word with it. */
  private sentenceCaseField(k: number): number {
    const e = this.nameTail(k + 1);
    return e > k + 1 ? e - k : 0;
  }

  /** End of an abbreviation written in parts: `GD&ĐT`, `LĐ-TB&XH`, `TT&DL`. */
  private abbrRunEnd(k: number): number {
    const toks = this.toks;
    let e = k + 1;
    while (e + 1 < toks.length && toks[e].glued && /^[&\-/]$/.test(toks[e].text) && toks[e + 1].glued && toks[e + 1].abbr) e += 2;
    return e;
  }

  /** Words k..e read as a foreign person's name: ASCII letters only, at least one not a Vietnamese syllable. */
  private foreignName(k: number, e: number): boolean {
    let foreign = false;
    for (let i = k; i < e; i++) {
      const w = this.toks[i].text;
      if (!/^[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?$/.test(w)) return false;
      if (!isValidSyllable(w.toLowerCase())) foreign = true;
    }
    return foreign;
  }

  /** Whether a known full name starts at k. */
  private knownRunAt(k: number): boolean {
    const end = this.capRunEnd(k);
    for (let e = end; e >= k + 2; e--) if (this.isKnown(k, e)) return true;
    return false;
  }

  /**
   * Reads the capitalised run at k after a title: a place, a person, or a place then a person
   * (`tỉnh Lâm Đồng Trần Văn Hiệp`). Surnames and middle names decide; names seen elsewhere win.
   */
  private runAfter(k: number, ctx: RunContext, directlyAfterOffice = false): { placeEnd: number; name?: Span; short?: Span } {
    const toks = this.toks;
    const t = toks[k];
    if (!t || !t.cap || !t.joined || this.out(t)) return { placeEnd: k };
    const end = this.capRunEnd(k);
    const n = end - k;
    if (n === 1 && directlyAfterOffice) return { placeEnd: k, short: { s: k, e: end } };
    // a name seen elsewhere in the article, possibly after a place
    for (let s = k; s <= end - 2; s++) {
      if (end - s <= 4 && this.isKnown(s, end)) {
        return { placeEnd: s, name: s === k && this.match(HISTORICAL, s) === end - s ? undefined : { s, e: end } };
      }
    }
    let best: { s: number; score: number } | undefined;
    for (let s = k + (ctx === 'named' ? 1 : 0); s <= end - 2; s++) {
      const len = end - s;
      if (len > maxNameLength(toks[s])) continue;
      // an unlisted surname is still a surname before `Văn`/`Thị` in a three- or four-word run
      if (!SURNAMES.has(toks[s].key) && !(len >= 3 && VAN_THI.has(toks[s + 1].key))) continue;
      if (this.match(HISTORICAL, s) === len || this.match(PLACES, s) >= len) continue;
      const middle = MIDDLE_NAMES.has(toks[s + 1].key);
      // after `huyện`, `xã`… two words are most often the place itself (`huyện Cao Phong`)
      if (s === k && len === 2 && ctx === 'admin') continue;
      let score = len === 3 ? 2 : len === 4 ? 1 : 0;
      if (middle && len >= 3) score += 2;
      if (s === k) score += ctx === 'admin' ? 1 : 3;
      if (s > k && this.match(PLACES, k) === s - k) score += 3;
      if (!best || score > best.score) best = { s, score };
    }
    if (best) return { placeEnd: best.s, name: { s: best.s, e: end } };
    // a foreign name (`Đại sứ Hoa Kỳ Marc Knapper`, `Chủ tịch FIFA Gianni Infantino`): plain Latin
    // letters, and a word no Vietnamese syllable is; not where a place or a firm's name is expected
    // (a country may come first: `Tổng thống Pháp Emmanuel Macron`)
    // (a hyphenated name, `Oh Se-hoon`, is read in parts by the tokens: no guess then)
    const hyphenated = toks[end]?.glued && /^[-‐]$/.test(toks[end].text);
    if (ctx === 'plain' && !hyphenated) {
      for (let s = k; s <= end - 2 && s <= k + 2; s++) {
        if (end - s <= 3 && this.foreignName(s, end)) return { placeEnd: s, name: { s, e: end } };
      }
    }
    if (directlyAfterOffice && ctx === 'plain' && n >= 2 && this.match(HISTORICAL, k) === n) return { placeEnd: end };
    return { placeEnd: end };
  }

  // ---------------------------------------------------------------- organisations

  organizations(): Organization[] {
    const toks = this.toks;
    const found = new Map<string, Organization>();
    // end of the office title read last: a body inside one is not an organisation of its own
    // (`Đại biểu Quốc hội tỉnh`, `Tỉnh ủy viên`)
    let headEnd = 0;
    // the first token not yet inside an organisation read
    let next = 0;
    const starts = this.scans.organizations;
    for (let c = 0, i = starts[0]; i !== -1; i = starts[++c]) {
      if (i < next) continue;
      const head = this.match(TITLE_HEADS, i);
      if (i < headEnd && head === 0) continue;
      if (head) headEnd = Math.max(headEnd, i + head);
      if (this.excluded[i] === 1 || (this.facts.flags[i] & (FACT_CAP | FACT_ABBR)) === 0) continue;
      const t = toks[i];
      const b = this.match(BODIES, i);
      const o = this.match(ORG_NOUNS, i);
      if (!b && !o) continue;
      if (b && head >= b) continue;
      const body = this.parseBody(i, false, true);
      // strip a trailing connector the body reader never ends on, then check the shape
      let e = body.e;
      if (e <= i) continue;
      const len = e - i;
      const generic = this.match(GENERIC_BODIES, i) === len;
      const bare = o && !b && len <= o; // `Ban`, `Hội` (as in `Hội nghị`) alone
      if (generic || bare) continue;
      const start = t.start;
      const end = toks[e - 1].end;
      const key = this.keyOf({ s: i, e });
      let org = found.get(key);
      if (!org) found.set(key, (org = { name: this.spanText({ s: i, e }), mentions: [] }));
      org.mentions.push({ start, end, text: this.text.slice(start, end) });
      next = e;
    }
    return [...found.values()];
  }

  // ---------------------------------------------------------------- helpers

  private keyOf(span: Span): string {
    return keyOfTokens(this.toks, span.s, span.e);
  }

  /** Text of a span with any run of whitespace written as one space. */
  private spanText(span: Span): string {
    return this.text.slice(this.toks[span.s].start, this.toks[span.e - 1].end).replace(/\s+/g, ' ');
  }

  private isHistorical(key: string): boolean {
    return HISTORICAL.hasKeys(key.split(' '));
  }
}

/**
 * Word keys, told at a token of the view from its key id in the facts where the key has one
 * (a surname, a phrase key): the token is read only when its key has none and some key of the
 * set has none either.
 */
class WordKeySet {
  private readonly keys: Set<string>;
  private readonly ids = new Set<number>();
  /** Some key of the set has no id. */
  private readonly unlisted: boolean;

  constructor(keys: Iterable<string>) {
    this.keys = new Set(keys);
    let unlisted = false;
    for (const key of this.keys) {
      const id = phraseKeyId(key);
      if (id) this.ids.add(id);
      else unlisted = true;
    }
    this.unlisted = unlisted;
  }

  /** Whether token i's key is in the set. */
  hasAt(toks: readonly Tok[], facts: ViewFacts, i: number): boolean {
    const id = facts.keys[i];
    // a key with an id is in the set exactly when its id is; one without only among the unlisted
    if (id !== 0) return this.ids.has(id);
    return this.unlisted && this.keys.has(toks[i].key);
  }
}

/** Key of the tokens [s, e): their keys joined by spaces (no temporary array). */
function keyOfTokens(toks: readonly Tok[], s: number, e: number): string {
  if (e <= s) return '';
  let key = toks[s].key;
  for (let k = s + 1; k < e; k++) key += ' ' + toks[k].key;
  return key;
}

/** Words before an office that make the office a complement, not the subject named next. */
const NOT_APPOSITIVE_AFTER = new PhraseSet(['của', 'cho', 'với', 'tặng', 'và', 'hoặc', 'như', 'các', 'những']);
/** Words between a name and its office: `ông A, hiện là Chủ tịch UBND xã`. */
const FILLERS = new PhraseSet(['hiện là', 'là', 'nay là', 'hiện đang là', 'đương kim']);
/** Words before an office that make it plural or generic (`các Phó Chủ tịch UBND tỉnh`): not one person. */
const PLURALS = new PhraseSet(['các', 'những', 'mỗi', 'từng', 'nhiều', 'hai', 'ba', 'là']);

/** Bodies and organisation nouns that are also everyday words: bodies only when capitalised. */
const CAPITAL_ONLY = new Set(
  ['báo', 'trường', 'viện', 'khoa', 'đài', 'hội', 'ban', 'bộ', 'sở', 'phòng', 'vụ', 'cục', 'tổ', 'đoàn', 'đội', 'quỹ', 'công an']
    .map(phraseKey),
);

const Y_NAME = phraseKey('Y');
// names start with surnames: their keys get ids in the view's facts, so a token's key is told a
// surname's (or `Y`) by its id, without reading the token
listKeys([...SURNAMES, Y_NAME]);
const SURNAME_IDS = new Set([...SURNAMES].map(phraseKeyId));
const Y_NAME_ID = phraseKeyId(Y_NAME);
const VAN_THI = new Set(['Văn', 'Thị'].map(phraseKey));
/** Names have two to four syllables; Ê Đê names opening with `Y` (`Y Thanh Hà Niê Kđăm`) up to five. */
function maxNameLength(first: Tok): number {
  return first.key === Y_NAME ? 5 : 4;
}

/** Offices that need a body to be a title (`Trưởng Ban …`, `Ủy viên Ban Thường vụ`). */
const NEEDS_BODY = new Set(['trưởng', 'ủy viên', 'thường trực', 'ủy viên dự khuyết', 'tổ trưởng', 'phó ban', 'phó phòng'].map(phraseKey));
/** Offices that end in an organisation noun, so a field may follow: `Trưởng ban Dân vận`. */
// a minister's field follows the office without `Bộ` (`Bộ trưởng Y tế`, `Thứ trưởng Tài chính`)
/** Posts abroad, followed by the country they serve in: `Đại sứ Việt Nam tại Nhật Bản`. */
const ABROAD_HEADS = new Set(['đại sứ', 'tổng lãnh sự', 'trưởng đại diện', 'tham tán', 'tùy viên'].map(phraseKey));
const ORG_HEADS = new Set(['trưởng ban', 'phó ban', 'trưởng phòng', 'phó phòng', 'trưởng khoa', 'bộ trưởng', 'thứ trưởng', 'tham tán', 'tùy viên'].map(phraseKey));

/** Sets a title in the list, keeping first-appearance order: a shorter form of a known title adds nothing. */
function addTitle(list: { key: string; text: string; weak: boolean }[], key: string, text: string, weak: boolean) {
  for (const t of list) {
    if (t.key === key || t.key.startsWith(key + ' ')) return;
  }
  const longer = list.findIndex((t) => key.startsWith(t.key + ' '));
  if (longer >= 0) {
    list[longer] = { key, text, weak };
    return;
  }
  list.push({ key, text, weak });
}
