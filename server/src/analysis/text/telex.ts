// Telex and VNI decoding: what a word typed with the Vietnamese input method switched off turns
// into (`vieetj` → `việt`, `ddoongf` → `đồng`, `vie65t` → `việt`).
import { composeSyllable, parseSyllable, type Tone } from './syllable';

export interface Decoded {
  /** Lower-case syllable, tone in the traditional place. */
  text: string;
  /**
   * `strong` when the word uses keys only an input method explains (dd, aa, ee, oo, w, VNI
   * digits); `weak` when only a final tone letter does (`chis`), which English words also end in.
   */
  strength: 'strong' | 'weak';
}

const TELEX_TONES: Record<string, Tone> = { s: 1, f: 2, r: 3, x: 4, j: 5 };
const VOWELS = new Set('aăâeêioôơuưy');
const HAT: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };

function finish(letters: string[], tone: Tone, strength: Decoded['strength']): Decoded | undefined {
  const p = parseSyllable(letters.join(''));
  if (!p || p.toneAt !== -1) return undefined;
  const s = { ...p.syllable, tone };
  const text = composeSyllable(s, 'traditional');
  const check = parseSyllable(text);
  if (!check || check.problems.length) return undefined;
  return { text, strength };
}

/** Puts a horn on the last u/o (both letters of `uo`) or a breve on the last a; false when none. */
function horn(out: string[]): boolean {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    if (c === 'o' || c === 'u') {
      if (c === 'o' && out[i - 1] === 'u') {
        out[i - 1] = 'ư';
        out[i] = 'ơ';
      } else out[i] = c === 'o' ? 'ơ' : 'ư';
      return true;
    }
    if (c === 'a') {
      out[i] = 'ă';
      return true;
    }
  }
  return false;
}

/** Decodes a word typed in Telex; undefined when it is not a Telex spelling of a syllable. */
export function decodeTelex(word: string): Decoded | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z]{2,9}$/.test(w)) return undefined;
  const out: string[] = [];
  let tone: Tone = 0;
  let strong = false;
  let toneKeys = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const vowelSeen = out.some((c) => VOWELS.has(c));
    if (vowelSeen && ch in TELEX_TONES) {
      tone = TELEX_TONES[ch];
      toneKeys++;
      continue;
    }
    if (ch === 'd' && out.length === 1 && out[0] === 'd') {
      out[0] = 'đ';
      strong = true;
      continue;
    }
    const last = out[out.length - 1];
    if (HAT[ch] && last === ch) {
      out[out.length - 1] = HAT[ch];
      strong = true;
      continue;
    }
    if (ch === 'w') {
      if (!horn(out)) out.push('ư');
      strong = true;
      continue;
    }
    out.push(ch);
  }
  if (toneKeys > 1 || (!strong && !toneKeys)) return undefined;
  return finish(out, tone, strong ? 'strong' : 'weak');
}

const VNI_TONES: Record<string, Tone> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };

/** Decodes a word typed in VNI (digits for marks); undefined when it is not one. */
export function decodeVni(word: string): Decoded | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z][a-z0-9]{1,9}$/.test(w) || !/[1-9]/.test(w) || (w.match(/[a-z]/g) ?? []).length < 2) return undefined;
  const out: string[] = [];
  let tone: Tone = 0;
  let tones = 0;
  for (const ch of w) {
    if (ch >= 'a' && ch <= 'z') {
      out.push(ch);
      continue;
    }
    const vowelAt = (set: string) => {
      for (let i = out.length - 1; i >= 0; i--) if (set.includes(out[i])) return i;
      return -1;
    };
    if (VNI_TONES[ch] !== undefined) {
      if (vowelAt('aăâeêioôơuưy') < 0) return undefined;
      tone = VNI_TONES[ch];
      tones++;
    } else if (ch === '6') {
      const i = vowelAt('aeo');
      if (i < 0) return undefined;
      out[i] = HAT[out[i]];
    } else if (ch === '7') {
      const i = vowelAt('ou');
      if (i < 0 || !horn(out)) return undefined;
    } else if (ch === '8') {
      const i = vowelAt('a');
      if (i < 0) return undefined;
      out[i] = 'ă';
    } else if (ch === '9') {
      if (out[0] !== 'd') return undefined;
      out[0] = 'đ';
    } else return undefined;
  }
  if (tones > 1) return undefined;
  return finish(out, tone, 'strong');
}
