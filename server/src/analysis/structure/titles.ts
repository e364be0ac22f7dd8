// Lexicon of office titles and of the bodies they belong to, as the Vietnamese press writes them:
// `Phó Bí thư Thường trực Tỉnh ủy`, `Trưởng ban Dân vận Tỉnh ủy`, `Chủ tịch UBND tỉnh`,
// `Ủy viên Ban Thường vụ`, `Giám đốc Sở Giáo dục và Đào tạo`. Compared by key, so `Ủy`/`Uỷ`,
// `Hòa`/`Hoà` and `Phó chủ tịch`/`Phó Chủ tịch` all match.
import { PhraseSet } from './phrases';

/** Words before an office that qualify it: `Phó Chủ tịch`, `nguyên Bí thư`, `Quyền Giám đốc`. */
export const TITLE_PREFIXES = new PhraseSet(['phó', 'nguyên', 'quyền', 'tân', 'cựu']);

/** Offices. A title starts with one of these (after optional prefixes). */
export const TITLE_HEADS = new PhraseSet([
  'bí thư', 'tổng bí thư', 'chủ tịch', 'chủ tịch nước', 'ủy viên', 'ủy viên dự khuyết', 'thường trực',
  'trưởng', 'trưởng ban', 'phó ban', 'trưởng phòng', 'phó phòng', 'trưởng đoàn', 'trưởng khoa', 'trưởng trạm',
  'giám đốc', 'tổng giám đốc', 'chánh văn phòng', 'chánh án', 'chánh thanh tra', 'tổng thanh tra',
  'thủ tướng', 'bộ trưởng', 'thứ trưởng', 'chủ nhiệm', 'tổng thư ký', 'viện trưởng', 'hiệu trưởng', 'tư lệnh',
  'chính ủy', 'chính trị viên', 'chỉ huy trưởng', 'cục trưởng', 'tổng cục trưởng', 'chi cục trưởng',
  'vụ trưởng', 'tổng biên tập', 'thống đốc', 'đại sứ', 'tổng lãnh sự', 'kiểm toán trưởng', 'tổng kiểm toán',
  'đại biểu quốc hội', 'trưởng thôn', 'trưởng ấp', 'trưởng bản', 'trưởng khu phố', 'tổ trưởng', 'trưởng công an',
  'người phát ngôn', 'trưởng đại diện', 'tỉnh ủy viên', 'huyện ủy viên', 'thành ủy viên', 'đảng ủy viên',
  'quận ủy viên', 'thị ủy viên', 'ủy viên trung ương đảng', 'chủ tịch hội đồng quản trị', 'tổng lãnh sự', 'đại biểu hđnd',
  // the head of a province's delegation writes `đoàn` once: `Trưởng đoàn Đại biểu Quốc hội tỉnh`
  'trưởng đoàn đại biểu quốc hội', 'trưởng đoàn đbqh',
  // commanders of units and posts: `Đồn trưởng Đồn Biên phòng …`, `Đội trưởng Đội Cảnh sát …`
  'đồn trưởng', 'đội trưởng', 'trạm trưởng', 'đại đội trưởng', 'tiểu đoàn trưởng', 'trung đoàn trưởng',
  'lữ đoàn trưởng', 'sư đoàn trưởng',
  // heads of foreign states and cities: `Tổng thống Pháp Emmanuel Macron`, `Ngoại trưởng Mỹ Antony Blinken`
  'tổng thống', 'ngoại trưởng', 'thị trưởng', 'quốc vương', 'đặc phái viên',
  // diplomats of an embassy: `Tham tán Thương mại Việt Nam tại Hàn Quốc`, `Tùy viên Quốc phòng`
  'tham tán', 'tham tán công sứ', 'tùy viên',
]);

/** Military and police ranks: kept among the titles, but a rank alone does not make an official. */
export const RANKS = new PhraseSet([
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'đô đốc', 'phó đô đốc', 'chuẩn đô đốc',
]);

/** Words after an office that qualify it: `Phó Bí thư Thường trực`, `Phó Giám đốc phụ trách`. */
export const QUALIFIERS = new PhraseSet(['thường trực', 'phụ trách', 'chuyên trách', 'dự khuyết', 'kiêm nhiệm']);

/**
 * Bodies that stand on their own (party committees, people's councils and committees, the state's
 * top bodies) and abbreviations of them.
 */
export const BODIES = new PhraseSet([
  'tỉnh ủy', 'huyện ủy', 'thành ủy', 'quận ủy', 'thị ủy', 'đảng ủy', 'đảng ủy khối', 'đảng ủy quân sự',
  'quân ủy', 'quân ủy trung ương', 'đảng ủy công an trung ương', 'đảng ủy quân khu',
  'đoàn xã', 'đoàn phường', 'đoàn thị trấn', 'cửa khẩu', 'cửa khẩu quốc tế',
  'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'trung ương đoàn', 'đảng đoàn', 'ban cán sự đảng', 'chi đoàn', 'đoàn trường',
  'chi hội', 'hội lhpn', 'hội nd', 'hội ccb', 'lđlđ', 'đoàn tncs', 'ủy ban kiểm tra tỉnh ủy', 'ubkt',
  'ủy ban nhân dân', 'hội đồng nhân dân', 'ubnd', 'hđnd', 'ub', 'ub mttq', 'ủy ban mttq', 'ủy ban mặt trận tổ quốc',
  'mặt trận tổ quốc', 'mặt trận tổ quốc việt nam', 'mttq', 'mttqvn', 'mặt trận',
  'ban thường vụ', 'ban chấp hành', 'ban chấp hành trung ương', 'ban bí thư', 'bộ chính trị',
  'trung ương đảng', 'trung ương', 'quốc hội', 'chính phủ', 'nhà nước', 'đảng bộ', 'chi bộ',
  'đoàn đại biểu quốc hội', 'đoàn đbqh', 'ủy ban kiểm tra', 'ủy ban thường vụ quốc hội', 'hội đồng dân tộc',
  'công an', 'quân khu', 'bộ chỉ huy quân sự', 'bộ chỉ huy bộ đội biên phòng', 'ban chỉ huy quân sự',
  'bộ tư lệnh', 'bộ đội biên phòng', 'quân đoàn', 'sư đoàn', 'trung đoàn', 'lữ đoàn', 'tiểu đoàn', 'hải đoàn',
  'vùng cảnh sát biển', 'bộ tư lệnh vùng', 'đồn biên phòng', 'tòa án nhân dân', 'viện kiểm sát nhân dân', 'kiểm toán nhà nước',
  'liên đoàn lao động', 'đoàn thanh niên', 'đoàn tncs hồ chí minh', 'hội liên hiệp phụ nữ', 'hội nông dân',
  'hội cựu chiến binh', 'hội chữ thập đỏ', 'hội người cao tuổi', 'hội khuyến học', 'hội nhà báo',
  'ngân hàng nhà nước', 'kho bạc nhà nước', 'bảo hiểm xã hội', 'cục thuế', 'hợp tác xã', 'htx',
  'văn phòng', 'thanh tra', 'hội đồng', 'đài phát thanh và truyền hình',
  'báo', 'bệnh viện', 'công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'học viện', 'đại học', 'trường',
  'trường đại học', 'viện', 'khoa', 'trạm y tế', 'trung tâm y tế', 'chi nhánh',
]);

/** Nouns of organisations named by a field after them: `Ban Dân vận`, `Sở Y tế`, `Bộ Công Thương`. */
export const ORG_NOUNS = new PhraseSet([
  'ban', 'bộ', 'sở', 'phòng', 'cục', 'tổng cục', 'chi cục', 'vụ', 'viện', 'ủy ban', 'hội', 'hội đồng',
  'trung tâm', 'văn phòng', 'trường', 'học viện', 'khoa', 'đài', 'báo', 'quỹ', 'liên hiệp', 'liên đoàn', 'đoàn',
  'tiểu ban', 'tổ', 'bệnh viện', 'ủy ban nhân dân', 'đội',
  // associations: `Hiệp hội Bất động sản TP HCM`, `Tổng hội Y học Việt Nam`
  'hiệp hội', 'tổng hội',
]);

/**
 * Fields that name a body after an organisation noun: `Ban Dân vận`, `Sở Giáo dục và Đào tạo`,
 * `Ban Kinh tế - Ngân sách`, `Bộ Văn hóa, Thể thao và Du lịch`.
 */
export const DOMAINS = new PhraseSet([
  'dân vận', 'tuyên giáo', 'tuyên giáo và dân vận', 'tổ chức', 'kiểm tra', 'nội chính', 'kinh tế', 'ngân sách', 'pháp chế',
  'văn hóa', 'xã hội', 'dân tộc', 'tôn giáo', 'thường vụ', 'chấp hành', 'bí thư', 'chính trị', 'giáo dục',
  'đào tạo', 'y tế', 'tài chính', 'tư pháp', 'công thương', 'nội vụ', 'ngoại vụ', 'ngoại giao', 'quốc phòng',
  'công an', 'xây dựng', 'giao thông', 'vận tải', 'giao thông vận tải', 'tài nguyên', 'môi trường',
  'nông nghiệp', 'phát triển nông thôn', 'nông nghiệp và phát triển nông thôn', 'kế hoạch', 'đầu tư',
  'khoa học', 'công nghệ', 'thông tin', 'truyền thông', 'lao động', 'thương binh', 'thương binh và xã hội',
  'thể thao', 'du lịch', 'thanh tra', 'tiếp công dân', 'dân nguyện', 'đối ngoại', 'quốc tế', 'quân sự',
  'biên phòng', 'cảnh sát', 'an ninh', 'hậu cần', 'chính sách', 'tuyên truyền', 'thi đua', 'khen thưởng',
  'thi đua - khen thưởng', 'kiểm sát', 'hành chính', 'tổng hợp', 'quản lý', 'thị trường', 'thuế', 'hải quan',
  'kho bạc', 'bảo hiểm', 'ngân hàng', 'kiểm toán', 'thống kê', 'phụ nữ', 'nông dân', 'cựu chiến binh',
  'thanh niên', 'liên hiệp', 'liên hiệp phụ nữ', 'công đoàn', 'chữ thập đỏ', 'khuyến học', 'người cao tuổi',
  'doanh nghiệp', 'nhân dân', 'tổ quốc', 'lâm nghiệp', 'thủy sản', 'thủy lợi', 'công nghiệp', 'năng lượng',
  'đất đai', 'quy hoạch', 'kiến trúc', 'đô thị', 'pháp luật', 'nhà báo', 'văn hóa - xã hội', 'kinh tế - xã hội',
  'kinh tế - ngân sách', 'pháp chế', 'dân chủ', 'dân số', 'gia đình', 'trẻ em', 'văn hóa - thông tin',
  'văn hóa thông tin', 'văn hóa và thông tin', 'giáo dục - đào tạo', 'y tế - giáo dục', 'an ninh - quốc phòng',
  'quốc phòng - an ninh', 'điều tra', 'cảnh sát điều tra', 'an ninh điều tra', 'tham mưu', 'cảnh sát giao thông', 'phòng cháy chữa cháy', 'xúc tiến',
  'quản lý dự án', 'bồi thường', 'giải phóng mặt bằng', 'phát thanh', 'truyền hình', 'phát thanh - truyền hình',
  'nghiên cứu', 'lý luận', 'sự thật', 'tiếp dân', 'công tác', 'nội vụ', 'đối ngoại nhân dân', 'kinh tế trung ương',
  'thường trực', 'thường vụ quốc hội', 'kiểm tra trung ương', 'kiểm tra tỉnh ủy', 'văn phòng', 'tài chính - kế hoạch',
  'tài nguyên và môi trường', 'giáo dục và đào tạo', 'văn hóa, thể thao và du lịch', 'lao động - thương binh và xã hội',
  'khoa học và công nghệ', 'thông tin và truyền thông', 'kế hoạch và đầu tư', 'chỉ đạo', 'đa khoa',
  'y học cổ truyền', 'sản nhi', 'nhi', 'phục hồi chức năng', 'kiểm soát bệnh tật', 'dân số - kế hoạch hóa gia đình',
  'kiểm lâm', 'khu kinh tế', 'khu công nghiệp', 'các khu công nghiệp', 'phát triển', 'quỹ đất', 'bảo vệ thực vật',
  'chăn nuôi', 'thú y', 'việc làm', 'người có công', 'bảo trợ xã hội', 'an toàn thực phẩm', 'tiêu chuẩn đo lường chất lượng',
  'quản lý thị trường', 'di sản', 'di tích', 'hạ tầng', 'chuyển đổi số', 'nước sạch', 'tài nguyên nước', 'khí tượng thủy văn',
  'nội chính và phòng, chống tham nhũng', 'phòng, chống tham nhũng', 'cải cách hành chính',
  // a hospital's departments: `Trưởng khoa Cấp cứu`, `Khoa Hồi sức tích cực - Chống độc`
  'cấp cứu', 'hồi sức', 'hồi sức tích cực', 'chống độc', 'hồi sức tích cực - chống độc', 'gây mê hồi sức', 'nội',
  'ngoại', 'sản', 'tim mạch', 'ung bướu', 'truyền nhiễm', 'bệnh nhiệt đới', 'chấn thương chỉnh hình', 'nội tiết',
  'thần kinh', 'tiêu hóa', 'hô hấp', 'thận', 'mắt', 'răng hàm mặt', 'tai mũi họng', 'da liễu', 'xét nghiệm',
  'chẩn đoán hình ảnh', 'nội tổng hợp', 'ngoại tổng hợp', 'khám bệnh', 'thương mại',
]);

/** Administrative levels, followed by a place name or a number: `tỉnh Đắk Lắk`, `phường 5`. */
export const ADMIN_LEVELS = new PhraseSet([
  'tỉnh', 'huyện', 'thành phố', 'tp', 'tp.', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', 'thôn', 'ấp', 'bản',
  'buôn', 'làng', 'xóm', 'khóm', 'khu phố', 'tổ dân phố', 'đặc khu',
]);

/** Administrative levels where the place named after them is a province (in the PLACES list). */
export const PROVINCE_LEVELS = new PhraseSet(['tỉnh', 'tỉnh ủy', 'tỉnh đoàn']);

/** Bodies of a district, town or commune: two capitalised words after them are its place (`Huyện ủy Lương Sơn`). */
export const LOCAL_BODIES = new PhraseSet([
  'huyện ủy', 'thành ủy', 'quận ủy', 'thị ủy', 'đảng ủy', 'huyện đoàn', 'thành đoàn', 'chi bộ', 'chi đoàn', 'chi hội',
]);

/** Offices written as abbreviations on small sites (`PCT UBND huyện`, `PBT Thường trực Huyện ủy`); need a body. */
export const ABBREVIATED_HEADS = new PhraseSet([
  'pct', 'pbt', 'bt', 'ct', 'gđ', 'pgđ', 'uvbtv', 'ủvbtv', 'tuv', 'huv', 'tủv', 'hủv', 'cvp', 'ptb', 'pcvp', 'ubv',
]);

/** Levels that qualify a body without a place: `Ban Dân vận Trung ương`, `Hội Nông dân Việt Nam`. */
export const LEVEL_WORDS = new PhraseSet(['trung ương', 'tw', 'cấp tỉnh', 'cấp huyện', 'cấp xã', 'khu vực']);

/** Bodies whose name follows as a proper name (a school, a firm, a paper): the capitalised words
 * right after them name the body even when they look like a person (`Trường THPT Trần Phú`). */
export const NAMED_BODIES = new PhraseSet([
  'trường', 'trường đại học', 'đại học', 'học viện', 'thpt', 'thcs', 'trường thpt', 'trường thcs', 'tiểu học',
  'mầm non', 'công ty', 'tổng công ty', 'tập đoàn', 'hợp tác xã', 'htx', 'báo', 'bệnh viện', 'ngân hàng',
  'tnhh', 'cổ phần', 'công ty tnhh', 'công ty cổ phần', 'chi nhánh', 'đài', 'trách nhiệm hữu hạn', 'một thành viên',
  'mtv', 'tnhh mtv', 'đầu tư', 'xây dựng', 'thương mại', 'dịch vụ', 'tư vấn', 'phát triển',
  'cửa khẩu', 'cửa khẩu quốc tế',
]);

/** Bodies too generic to list as an organisation on their own (`Nhà nước`, `Trung ương`). */
export const GENERIC_BODIES = new PhraseSet([
  'nhà nước', 'trung ương', 'văn phòng', 'thanh tra', 'hội đồng', 'báo', 'bệnh viện', 'công ty', 'tổng công ty',
  'tập đoàn', 'trường', 'trường đại học', 'viện', 'khoa', 'chi nhánh', 'ngân hàng', 'học viện', 'đại học',
  'ban quản lý', 'ban chỉ đạo', 'mặt trận', 'đảng bộ', 'chi bộ', 'hợp tác xã', 'htx', 'ub', 'công an',
  'trạm y tế', 'trung tâm y tế', 'đài phát thanh và truyền hình',
]);

/** Bodies numbered rather than named: `Quân khu 7`, `Trung đoàn 9`, `Đồn Biên phòng 5`. */
export const NUMBERED_BODIES = new PhraseSet([
  'quân khu', 'quân đoàn', 'sư đoàn', 'trung đoàn', 'lữ đoàn', 'tiểu đoàn', 'hải đoàn', 'vùng cảnh sát biển',
  'bộ tư lệnh vùng', 'đồn biên phòng', 'tổ', 'khu', 'đội',
]);

/**
 * Lower-case words that go on naming a body after its field (`Cục Quản lý thị trường`, `Ban Quản lý
 * dự án đầu tư xây dựng`). Mostly nouns: verbs that often follow a body (`tổ chức`, `kiểm tra`) are left out.
 */
export const CONTINUATIONS = new PhraseSet([
  'thị trường', 'dự án', 'dự án đầu tư xây dựng', 'đầu tư xây dựng', 'khu công nghiệp', 'các khu công nghiệp', 'khu kinh tế',
  'quỹ đất', 'nông thôn', 'nông thôn mới', 'đô thị', 'môi trường', 'chất lượng', 'an toàn thực phẩm', 'đo lường',
  'kiểm lâm', 'thủy sản', 'thực vật', 'chăn nuôi', 'thú y', 'di tích', 'giống cây trồng', 'việc làm', 'nghề nghiệp',
  'giáo dục nghề nghiệp', 'người có công', 'tệ nạn xã hội', 'nước sạch', 'công nghệ thông tin', 'chuyển đổi số',
  'hạ tầng', 'giao thông', 'dân tộc', 'tôn giáo', 'tài nguyên', 'khoáng sản', 'biển và hải đảo', 'hải đảo', 'rừng',
  'nhà ở', 'nhà', 'bất động sản', 'thương mại', 'dịch vụ', 'xã hội', 'trẻ em',
  'gia đình', 'dân số', 'thực phẩm', 'dược', 'bệnh tật', 'chức năng', 'đầu tư', 'hành chính',
  // police units after `Cảnh sát`: `Phòng Cảnh sát hình sự`, `Cục Cảnh sát điều tra tội phạm về ma túy`
  'hình sự', 'kinh tế', 'cơ động', 'điều tra tội phạm', 'tội phạm', 'ma túy', 'về ma túy', 'đặc nhiệm',
  'truy nã', 'phòng cháy', 'chữa cháy', 'cứu nạn', 'cứu hộ', 'trật tự', 'trật tự xã hội', 'phòng cháy chữa cháy',
]);
