// Abbreviations of the Vietnamese administration and press, with their expansions (for hover).
// Keys are written as in articles; lookup is exact first, then upper-cased (`Tp` → `TP`).

export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  // party, state, front
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  MTTQVN: 'Mặt trận Tổ quốc Việt Nam',
  'UB MTTQ': 'Ủy ban Mặt trận Tổ quốc',
  UB: 'Ủy ban',
  UBKT: 'Ủy ban Kiểm tra',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  BCH: 'Ban Chấp hành',
  BCHTW: 'Ban Chấp hành Trung ương',
  BTV: 'Ban Thường vụ (hoặc: biên tập viên)',
  BCT: 'Bộ Chính trị',
  BBT: 'Ban Bí thư',
  BCĐ: 'Ban Chỉ đạo',
  BQL: 'Ban Quản lý',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  TU: 'Tỉnh ủy',
  HU: 'Huyện ủy',
  ĐU: 'Đảng ủy',
  QH: 'Quốc hội',
  ĐBQH: 'đại biểu Quốc hội',
  'Đoàn ĐBQH': 'Đoàn đại biểu Quốc hội',
  CP: 'Chính phủ (hoặc: cổ phần)',
  'NQ-TW': 'Nghị quyết của Ban Chấp hành Trung ương',
  'NQ/TW': 'Nghị quyết của Ban Chấp hành Trung ương',
  'ĐA/TU': 'Đề án của Tỉnh ủy',
  'KH/TU': 'Kế hoạch của Tỉnh ủy',
  'CT/TW': 'Chỉ thị của Ban Bí thư / Bộ Chính trị',
  NQ: 'Nghị quyết',
  NĐ: 'Nghị định',
  'NĐ-CP': 'Nghị định của Chính phủ',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  KH: 'Kế hoạch',
  // offices, as small sites abbreviate them
  PCT: 'Phó Chủ tịch',
  PBT: 'Phó Bí thư',
  GĐ: 'Giám đốc',
  PGĐ: 'Phó Giám đốc',
  UVBTV: 'Ủy viên Ban Thường vụ',
  TUV: 'Tỉnh ủy viên',
  HUV: 'Huyện ủy viên',
  CVP: 'Chánh Văn phòng',
  PCVP: 'Phó Chánh Văn phòng',
  PTB: 'Phó Trưởng ban',
  // administrative units
  TP: 'thành phố',
  'TP.HCM': 'Thành phố Hồ Chí Minh',
  TPHCM: 'Thành phố Hồ Chí Minh',
  HCM: 'Hồ Chí Minh',
  TX: 'thị xã',
  TT: 'thị trấn (hoặc: Thông tư, trung tâm)',
  KP: 'khu phố',
  KCN: 'khu công nghiệp',
  KKT: 'khu kinh tế',
  // departments and services
  'VHTT': 'Văn hóa Thông tin',
  'VH-TT': 'Văn hóa - Thông tin',
  'TT&DL': 'Thể thao và Du lịch',
  'VHTTDL': 'Văn hóa, Thể thao và Du lịch',
  'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch',
  'VHTT&DL': 'Văn hóa, Thể thao và Du lịch',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'GDĐT': 'Giáo dục và Đào tạo',
  'TN&MT': 'Tài nguyên và Môi trường',
  'TNMT': 'Tài nguyên và Môi trường',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'NNPTNT': 'Nông nghiệp và Phát triển nông thôn',
  'KH&ĐT': 'Kế hoạch và Đầu tư',
  'KHĐT': 'Kế hoạch và Đầu tư',
  'KH&CN': 'Khoa học và Công nghệ',
  'KHCN': 'Khoa học và Công nghệ',
  'TT&TT': 'Thông tin và Truyền thông',
  'TTTT': 'Thông tin và Truyền thông',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
  'LĐTBXH': 'Lao động - Thương binh và Xã hội',
  'GTVT': 'Giao thông vận tải',
  'TC-KH': 'Tài chính - Kế hoạch',
  // forces
  CAND: 'Công an nhân dân',
  QĐND: 'Quân đội nhân dân',
  LLVT: 'lực lượng vũ trang',
  CA: 'Công an',
  CSGT: 'Cảnh sát giao thông',
  PCCC: 'phòng cháy, chữa cháy',
  'PCCC&CNCH': 'phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  BĐBP: 'Bộ đội Biên phòng',
  BCHQS: 'Bộ Chỉ huy Quân sự',
  'BCH QS': 'Ban Chỉ huy Quân sự',
  QK: 'Quân khu',
  // mass organisations
  LĐLĐ: 'Liên đoàn Lao động',
  HLHPN: 'Hội Liên hiệp Phụ nữ',
  HND: 'Hội Nông dân',
  CCB: 'Cựu chiến binh',
  TNCS: 'Thanh niên Cộng sản',
  'TNCS HCM': 'Thanh niên Cộng sản Hồ Chí Minh',
  ĐTN: 'Đoàn Thanh niên',
  HTX: 'hợp tác xã',
  // society and economy
  DTTS: 'dân tộc thiểu số',
  'DTTS&MN': 'dân tộc thiểu số và miền núi',
  KT: 'kinh tế',
  'KT-XH': 'kinh tế - xã hội',
  KTXH: 'kinh tế - xã hội',
  ATGT: 'an toàn giao thông',
  ANTT: 'an ninh trật tự',
  'ANCT': 'an ninh chính trị',
  'QP-AN': 'quốc phòng - an ninh',
  NTM: 'nông thôn mới',
  CCHC: 'cải cách hành chính',
  TTHC: 'thủ tục hành chính',
  BHXH: 'Bảo hiểm xã hội',
  BHYT: 'bảo hiểm y tế',
  BHTN: 'bảo hiểm thất nghiệp',
  CNTT: 'công nghệ thông tin',
  GDP: 'tổng sản phẩm quốc nội',
  GRDP: 'tổng sản phẩm trên địa bàn',
  FDI: 'đầu tư trực tiếp nước ngoài',
  ODA: 'hỗ trợ phát triển chính thức',
  DN: 'doanh nghiệp',
  DNNVV: 'doanh nghiệp nhỏ và vừa',
  TNHH: 'trách nhiệm hữu hạn',
  'Cty': 'công ty',
  // education and health
  THPT: 'trung học phổ thông',
  THCS: 'trung học cơ sở',
  TH: 'tiểu học',
  MN: 'mầm non',
  ĐH: 'đại học',
  CĐ: 'cao đẳng',
  GD: 'giáo dục',
  GS: 'giáo sư',
  PGS: 'phó giáo sư',
  TS: 'tiến sĩ',
  ThS: 'thạc sĩ',
  BS: 'bác sĩ',
  CKI: 'chuyên khoa I',
  CKII: 'chuyên khoa II',
  BV: 'bệnh viện',
  BVĐK: 'bệnh viện đa khoa',
  TTYT: 'Trung tâm Y tế',
  // press
  PV: 'phóng viên',
  CTV: 'cộng tác viên',
  TTXVN: 'Thông tấn xã Việt Nam',
  VOV: 'Đài Tiếng nói Việt Nam',
  VTV: 'Đài Truyền hình Việt Nam',
  'PT-TH': 'Phát thanh - Truyền hình',
  'PT&TH': 'Phát thanh và Truyền hình',
  // people and places
  VN: 'Việt Nam',
  CHXHCN: 'Cộng hòa xã hội chủ nghĩa',
  XHCN: 'xã hội chủ nghĩa',
  CNXH: 'chủ nghĩa xã hội',
  ĐBSCL: 'Đồng bằng sông Cửu Long',
  LHQ: 'Liên hợp quốc',
  ASEAN: 'Hiệp hội các quốc gia Đông Nam Á',
};

/** Expansion of an abbreviation as written (`UBND`, `Tp`, `TT&DL`), or undefined. */
export function expandAbbreviation(abbr: string): string | undefined {
  const nfc = abbr.normalize('NFC');
  if (Object.prototype.hasOwnProperty.call(ABBREVIATIONS, nfc)) return ABBREVIATIONS[nfc];
  const up = nfc.toUpperCase();
  if (up !== nfc && Object.prototype.hasOwnProperty.call(ABBREVIATIONS, up)) return ABBREVIATIONS[up];
  return undefined;
}

// letters, digits and the inner joiners abbreviations use: `TT&DL`, `KT-XH`, `NQ/TW`, `TP.HCM`
const ABBR_CHAR = /[\p{L}\p{M}\p{N}&\-/.]/u;

/**
 * The abbreviation covering `offset` in `text` (the longest known one among the compound
 * `TT&DL`, `NQ/TW`… and its parts), with its range and expansion.
 */
export function abbreviationAt(text: string, offset: number): { start: number; end: number; text: string; expansion: string } | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  let s = offset;
  let e = offset;
  while (s > 0 && ABBR_CHAR.test(text[s - 1])) s--;
  while (e < text.length && ABBR_CHAR.test(text[e])) e++;
  // trailing dots and joiners are punctuation, not part of the abbreviation
  while (e > s && /[.\-/&]/.test(text[e - 1])) e--;
  while (s < e && /[.\-/&]/.test(text[s])) s++;
  if (offset < s || offset > e) return undefined;
  // the longest run of parts around the offset that is a known abbreviation: `NQ/TW` in `06-NQ/TW`
  const whole = text.slice(s, e);
  const parts: [number, number][] = [];
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  for (let m = re.exec(whole); m; m = re.exec(whole)) parts.push([s + m.index, s + m.index + m[0].length]);
  for (let len = parts.length; len >= 1; len--) {
    for (let i = 0; i + len <= parts.length; i++) {
      const a = parts[i][0];
      const b = parts[i + len - 1][1];
      if (offset < a || offset > b) continue;
      const word = text.slice(a, b);
      // only words written as abbreviations: two capitals at least (`UBND`, `ThS`), or `Tp`, `Cty`
      if (!/\p{Lu}.*\p{Lu}/u.test(word.normalize('NFC')) && !/^(Tp|Cty)$/u.test(word)) continue;
      const expansion = expandAbbreviation(word);
      if (expansion) return { start: a, end: b, text: word, expansion };
    }
  }
  return undefined;
}
