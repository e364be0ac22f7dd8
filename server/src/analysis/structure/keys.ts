// Comparison keys for Vietnamese words: lower-case, with the tone mark taken off the vowel and
// written as a digit after the syllable. Where a writer puts the tone (old `hoà`, `uỷ` or new
// `hòa`, `ủy`) never changes the word, so both styles, NFC or NFD, share one key.
import { tokenize, type TokenKind } from '../text/document';

// combining tone marks (NFD): huyền, sắc, hỏi, ngã, nặng
const TONE_DIGIT: Record<string, string> = { '\u0300': '2', '\u0301': '1', '\u0309': '3', '\u0303': '4', '\u0323': '5' };

const cache = new Map<string, string>();

/** Key of one word: `Hoà`, `hòa`, `HÒA` → `hoa2`; `Ủy`, `uỷ` → `uy3`. */
export function wordKey(word: string): string {
  let key = cache.get(word);
  if (key !== undefined) return key;
  let base = '';
  let tone = '';
  for (const ch of word.normalize('NFD').toLowerCase()) {
    const t = TONE_DIGIT[ch];
    if (t) tone = t;
    else base += ch;
  }
  key = base.normalize('NFC') + tone;
  if (cache.size < 50_000) cache.set(word, key);
  return key;
}

/** Key of a phrase: word keys joined by single spaces (punctuation kept as its own token). */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => (t.kind === 'word' ? wordKey(t.text) : t.nfc.toLowerCase()))
    .join(' ');
}

/** Token key as used by PhraseSet: words by wordKey, anything else lower-cased NFC. */
export function tokenKey(t: { readonly kind: TokenKind; readonly text: string; readonly nfc: string }): string {
  return t.kind === 'word' ? wordKey(t.text) : t.nfc.toLowerCase();
}

// a syllable whose only vowel is `y` after a consonant (or qu) is also written with `i` (kỹ/kĩ, lý/lí, quý/quí)
const LONE_Y = /^(b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y(\d?)$/;

/** Key of one syllable for dictionary lookup: tone style, case and i/y spelling do not matter. */
export function syllableDefKey(word: string): string {
  const k = wordKey(word);
  return LONE_Y.test(k) ? k.replace(LONE_Y, '$1i$2') : k;
}

/** Key of a dictionary word of one or more syllables (`hòa bình`, `Hoà Bình`, `hoà  bình` agree). */
export function defKey(word: string): string {
  return word.trim().split(/\s+/).map(syllableDefKey).join(' ');
}
