// NFC text with a map back to the original offsets, so a pattern found in the normalised text
// can be reported at its exact place in the original (which may be NFD).

export interface NfcMapped {
  nfc: string;
  /** toOriginal[i] = offset in the original of NFC position i (length nfc.length + 1). */
  toOriginal: number[];
}

import { toNfc } from '../text/document';

const MARK = /\p{M}/u;

export function nfcWithMap(original: string): NfcMapped {
  if (toNfc(original) === original) {
    // already NFC (nearly every line): the map is the identity
    const toOriginal = new Array<number>(original.length + 1);
    for (let i = 0; i <= original.length; i++) toOriginal[i] = i;
    return { nfc: original, toOriginal };
  }
  let nfc = '';
  const toOriginal: number[] = [];
  let i = 0;
  while (i < original.length) {
    // a cluster: one code point and the combining marks after it (NFC only composes inside one)
    let j = i + (original.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < original.length && MARK.test(String.fromCodePoint(original.codePointAt(j)!))) j += original.codePointAt(j)! > 0xffff ? 2 : 1;
    const piece = original.slice(i, j).normalize('NFC');
    for (let k = 0; k < piece.length; k++) toOriginal.push(k === 0 ? i : j);
    nfc += piece;
    i = j;
  }
  toOriginal.push(original.length);
  return { nfc, toOriginal };
}
