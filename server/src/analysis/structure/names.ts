// Lexicon for people's names in Vietnamese news: surnames, common middle names, honorifics, place
// names that look like names, and words after which a capitalised run names a thing, not a person.
// Everything is compared by key (case and tone style do not matter).
import { wordKey } from './keys';
import { PhraseSet } from './phrases';

const keys = (words: string) => new Set(words.split(',').map((w) => w.trim()).filter(Boolean).map(wordKey));

/**
 * Family names. Kinh surnames from the most to the less common, then surnames of the northern
 * mountain peoples (Tày, Nùng, Thái, Mông, Dao…), Khmer and Central Highlands peoples. Surnames that
 * are also honorifics or titles (Ông, Phó) are left out on purpose.
 */
export const SURNAMES = keys(`
  Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Lí,
  Đinh, Lương, Trịnh, Cao, Đoàn, Phương, Đào, Đàm, Lâm, Mai, Tạ, Tô, Trương, Chu, Châu, Lưu, Thái,
  Từ, Tôn, Vương, Quách, Kiều, Kim, La, Lại, Lã, Lục, Mạc, Mạch, Khúc, Khổng, Khương, Kha, Giang,
  Giáp, Hàn, Hầu, Hứa, Lạc, Lều, Mã, Mẫn, Nghiêm, Ninh, Bạch, Biện, Cấn, Cù, Diệp, Doãn, Dư, Đậu,
  Đồng, Đường, Khuất, Khiếu, Lăng, Lữ, Phí, Phùng, Quan, Quản, Tăng, Thân, Tiêu, Trang, Trình,
  Viên, Âu, Ân, Chế, Chiêu, Tống, Tất, Thiều, Trà, Ưng, Văng, Nhâm, Ôn, Phù, Tiết, Trầm, Vưu, Yên,
  Hà, Nông, Bế, Ma, Triệu, Lò, Lường, Cầm, Quàng, Tòng, Giàng, Sùng, Thào, Vàng, Lầu, Mùa, Sầm,
  Bàn, Lộc, Mông, Vi, Hoàng, Chẩu, Lèo, Vì, Khà, Điêu, Bì, Hoàng, Nông, Mè, Xa, Lự, Sa, Hờ,
  Thạch, Danh, Sơn, Kiên, Trịnh, Ksor, Siu, Rơ, Nay, Kpă, Niê, Êban, Mlô, Byă, Hmok, Ayun, Kpuih,
  Rah, Rcom, Y
`);

/** Common middle names: a surname followed by one of these is very likely a person. */
export const MIDDLE_NAMES = keys(`
  Văn, Thị, Hữu, Đức, Minh, Quốc, Công, Xuân, Thanh, Ngọc, Đình, Trọng, Bá, Quang, Hồng, Kim, Thế,
  Tiến, Anh, Duy, Hoàng, Mạnh, Tuấn, Thành, Trung, Việt, Đăng, Khắc, Huy, Như, Thu, Phương, Hải,
  Hoài, Thúy, Bích, Diệu, Mỹ, Tấn, Phước, Phúc, Nhật, Gia, Chí, Trí, Thái, Sỹ, Sĩ, Viết, Xuân,
  Thiện, Tường, Hùng, Vĩnh, Lệ, Kiều, Cẩm, Tú, Ánh, Thảo, Hà, Yến, Nam, Đắc, Ngọc, Vũ, Cao, Tiểu
`);

/** Words placed before a name that are not part of it. */
export const HONORIFICS = new PhraseSet([
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ', 'em', 'ngài', 'thầy',
  'đồng chí', 'đ/c', 'đ.c', 'các đồng chí', 'hai đồng chí', 'ba đồng chí', 'các ông', 'các bà',
  'mr', 'mrs', 'ms', 'miss', 'mr.', 'mrs.', 'ms.',
  'gs', 'pgs', 'ts', 'ths', 'bs', 'gs.ts', 'pgs.ts', 'gs.tskh', 'pgs. ts', 'gs. ts', 'ts.', 'ths.', 'bs.', 'bsck', 'ls',
  'giáo sư', 'phó giáo sư', 'tiến sĩ', 'thạc sĩ', 'bác sĩ', 'luật sư', 'kỹ sư', 'nhà báo', 'nhà văn', 'nghệ sĩ',
  'nghệ nhân', 'nghệ sĩ nhân dân', 'nghệ sĩ ưu tú', 'nhà giáo ưu tú', 'nhà giáo nhân dân', 'anh hùng',
  'mẹ việt nam anh hùng', 'cựu chiến binh', 'già làng',
]);

/**
 * Provinces, centrally-run cities, big cities and regions. Many of them begin with a surname
 * (Cao Bằng, Hà Tĩnh, Lâm Đồng, Thái Bình) and would otherwise read as a person.
 */
export const PLACES = new PhraseSet([
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa', 'Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn',
  'Bắc Cạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng',
  'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắc Lắc', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
  'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hồ Chí Minh',
  'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An',
  'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
  'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên',
  'Thanh Hóa', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang',
  'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Việt Nam', 'Sài Gòn', 'Thủ Đức', 'Đà Lạt', 'Buôn Ma Thuột',
  'Nha Trang', 'Biên Hòa', 'Hạ Long', 'Pleiku', 'Quy Nhơn', 'Phan Thiết', 'Mỹ Tho', 'Long Xuyên', 'Rạch Giá',
  'Cam Ranh', 'Tây Nguyên', 'Tây Bắc', 'Đông Bắc', 'Nam Bộ', 'Bắc Bộ', 'Trung Bộ', 'Đông Nam Bộ', 'Tây Nam Bộ',
  'Nam Trung Bộ', 'Bắc Trung Bộ', 'Trường Sa', 'Hoàng Sa', 'Côn Đảo', 'Phú Quốc', 'Lý Sơn', 'Mê Kông', 'Mekong',
  'Lào', 'Campuchia', 'Trung Quốc', 'Hoa Kỳ', 'Nhật Bản', 'Hàn Quốc', 'Thái Lan',
  // countries whose names are no given name (`Đức`, `Nga`, `Mỹ`, `Anh` are: they stay out)
  'Ấn Độ', 'Australia', 'Singapore', 'Indonesia', 'Malaysia', 'Philippines', 'Myanmar', 'Brunei', 'Đông Timor',
  'Canada', 'Italy', 'Italia', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Thụy Điển', 'Thụy Sĩ', 'New Zealand',
  'Cuba', 'Israel', 'Liên bang Nga', 'Triều Tiên', 'Đài Loan', 'Ai Cập', 'Thổ Nhĩ Kỳ', 'Ukraine', 'Brazil',
]);

/** Historical leaders whom articles name in set phrases (`tư tưởng Hồ Chí Minh`); never current officials. */
export const HISTORICAL = new PhraseSet([
  'Hồ Chí Minh', 'Nguyễn Ái Quốc', 'Nguyễn Tất Thành', 'Tôn Đức Thắng', 'Võ Nguyên Giáp', 'Trần Hưng Đạo',
  'Lê Lợi', 'Quang Trung', 'Nguyễn Huệ', 'Lý Thường Kiệt', 'Hai Bà Trưng', 'Bà Triệu', 'Trần Phú',
  'Lê Hồng Phong', 'Nguyễn Văn Cừ', 'Hà Huy Tập', 'Lê Duẩn', 'Trường Chinh', 'Phạm Văn Đồng', 'Nguyễn Du',
  'Võ Thị Sáu', 'Nguyễn Văn Trỗi', 'Nguyễn Trãi', 'Nguyễn Thị Minh Khai', 'Nguyễn Đình Chiểu', 'Lê Quý Đôn',
]);

/**
 * Words after which a capitalised run names a place, street, school, prize or idea, not a person:
 * `huyện Hoằng Hóa`, `đường Lê Duẩn`, `trường THPT Trần Phú`, `tư tưởng Hồ Chí Minh`.
 */
export const NOT_PERSON_BEFORE = new PhraseSet([
  'tại', 'ở', 'về', 'đến', 'tới', 'từ', 'thuộc', 'qua', 'sang', 'ra',
  'tỉnh', 'huyện', 'xã', 'thành phố', 'tp', 'tp.', 'quận', 'phường', 'thị xã', 'thị trấn', 'thôn', 'ấp',
  'bản', 'buôn', 'làng', 'xóm', 'khóm', 'khu phố', 'tổ dân phố', 'khu', 'vùng', 'miền', 'đảo', 'núi', 'sông',
  'đường', 'phố', 'ngõ', 'hẻm', 'cầu', 'chợ', 'bến', 'đèo', 'hồ', 'công viên', 'quảng trường', 'nhà văn hóa',
  'trường', 'thpt', 'thcs', 'tiểu học', 'mầm non', 'đại học', 'học viện', 'bệnh viện', 'trung tâm',
  'lăng', 'đền', 'chùa', 'nhà thờ', 'bảo tàng', 'di tích', 'tượng đài', 'khu di tích', 'quê hương',
  'tư tưởng', 'phong cách', 'đạo đức', 'di chúc', 'lời dạy', 'giải', 'giải thưởng', 'quỹ', 'tàu', 'chiến dịch',
  'công ty', 'tập đoàn', 'doanh nghiệp', 'hợp tác xã', 'htx', 'cửa hàng', 'khách sạn', 'nhà hàng',
  'tỉnh ủy', 'huyện ủy', 'thành ủy', 'ubnd', 'hđnd', 'tuyến', 'dự án', 'cụm', 'nhãn hiệu', 'thương hiệu',
]);
