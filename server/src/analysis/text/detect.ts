// Is this text Vietnamese prose? Used to pick up plain `.txt` files (auto-detection) without
// taking over English notes or logs.

// Letters only Vietnamese uses among Latin scripts: đ, ă, ơ, ư, ĩ, ũ and the vowels with a dot below,
// a hook above or stacked marks (U+1EA0–U+1EF9). French or Portuguese share à, é, ô, ã but none of these.
const VIETNAMESE_LETTER = /[đĐăĂơƠưƯĩĨũŨ\u1EA0-\u1EF9]/gu;
const LETTER = /\p{L}/gu;

export interface LanguageGuess {
  vietnamese: boolean;
  /** Share of letters that are Vietnamese-specific (0..1). */
  score: number;
}

/** Looks at the first 20,000 characters: Vietnamese prose has about 10% such letters, other languages none. */
export function detectVietnamese(text: string): LanguageGuess {
  const sample = text.slice(0, 20000).normalize('NFC');
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters < 20) return { vietnamese: false, score: 0 };
  const vi = sample.match(VIETNAMESE_LETTER)?.length ?? 0;
  const score = vi / letters;
  return { vietnamese: score >= 0.03, score };
}
