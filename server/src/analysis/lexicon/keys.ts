// Lexicon keys: the form every word is looked up by. Shared by the asset builder (bundled at
// build time) and the loader, so both sides normalise identically.
import { composeSyllable, parseSyllable, type ParsedSyllable } from '../text/syllable';

/**
 * The lexicon key of one syllable: its canonical key (lower case, tone in the traditional
 * place, so hòa/hoà agree) with the sole vowel `y` after a consonant folded to `i`
 * (lý/lí, kỳ/kì, quý/quí are one word written two ways). Undefined when the word is not a
 * well-formed syllable apart from tone placement.
 */
export function lexKeyOf(p: ParsedSyllable): string | undefined {
  if (p.problems.some((x) => x !== 'tone-position')) return undefined;
  const s = p.syllable;
  if (s.onset && !s.glide && s.nucleus === 'y' && !s.coda) return composeSyllable({ ...s, nucleus: 'i' }, 'traditional');
  return composeSyllable(s, 'traditional');
}

const cache = new Map<string, string | null>();

export function lexKey(word: string): string | undefined {
  let k = cache.get(word);
  if (k === undefined) {
    const p = parseSyllable(word);
    k = (p && lexKeyOf(p)) ?? null;
    if (cache.size > 100_000) cache.clear();
    cache.set(word, k);
  }
  return k ?? undefined;
}
