// Is this text Vietnamese prose? Used to pick up plain `.txt` files (auto-detection) without
// taking over English notes or logs.

// Letters that only Vietnamese writing uses among Latin scripts: đ, and vowels with hat, breve or horn,
// or any of the five tone marks.
const VIETNAMESE_LETTER = /[đĐăĂâÂêÊôÔơƠưƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu;
const LETTER = /\p{L}/gu;

export interface LanguageGuess {
  vietnamese: boolean;
  /** Share of letters that are Vietnamese-specific (0..1). */
  score: number;
}

/** Looks at the first 20,000 characters: Vietnamese prose has about 15–30% such letters, English none. */
export function detectVietnamese(text: string): LanguageGuess {
  const sample = text.slice(0, 20000).normalize('NFC');
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters < 20) return { vietnamese: false, score: 0 };
  const vi = sample.match(VIETNAMESE_LETTER)?.length ?? 0;
  const score = vi / letters;
  return { vietnamese: score >= 0.05, score };
}
