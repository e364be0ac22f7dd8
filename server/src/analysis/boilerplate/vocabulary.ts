// Word lists the line classifier scores with. They describe the SHAPE of web furniture (the
// vocabulary navigation, comment, counter and contact widgets are built from), not phrases from
// any one site: a header is recognised when most of its syllables come from this vocabulary.
// All entries are lower-case NFC; both tone placements are listed where they differ (khóa/khoá).

/** Vietnamese function words: prose has many (20–35% of syllables), names and widgets almost none. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'của và các những được trong với cho là có đã này để tại từ về theo khi thì mà cũng đến một không như ' +
    'nhiều đang sẽ vào ra lên do bị nhằm nên nhưng hơn rất đều cùng qua trên dưới sau trước giữa nếu vì hay ' +
    'hoặc còn vẫn lại chỉ tới bằng việc sự gì nào đó ấy thế nhau mới đây cả rằng chưa luôn ngày năm người'
  ).split(' '),
);

/** What a furniture word is about: it decides the kind of block a header opens. */
export type FurnitureClass = 'news' | 'comment' | 'counter' | 'ad' | 'filler';

// Multi-syllable furniture words first (matched greedily before single syllables).
const COMPOUNDS: ReadonlyArray<[string, FurnitureClass]> = [
  ['liên quan', 'news'], ['nổi bật', 'news'], ['chuyên mục', 'news'], ['chủ đề', 'news'], ['tiêu điểm', 'news'],
  ['đáng chú ý', 'news'], ['quan tâm', 'news'], ['có thể', 'filler'], ['mới nhất', 'news'], ['nhiều nhất', 'news'],
  ['cập nhật', 'news'], ['trang chủ', 'news'], ['bài viết', 'news'], ['tin tức', 'news'], ['tin bài', 'news'],
  ['xem tiếp', 'news'], ['đọc tiếp', 'news'], ['tiếp theo', 'news'], ['quay lại', 'news'], ['trở về', 'news'],
  ['trở lại', 'news'], ['đầu trang', 'news'], ['về đầu', 'news'], ['lên đầu', 'news'], ['in trang', 'comment'], ['đã đưa', 'news'], ['đã đăng', 'news'], ['tin ảnh', 'news'], ['cũ hơn', 'news'], ['mới hơn', 'news'],
  ['tin trước', 'news'], ['tin sau', 'news'], ['bài trước', 'news'], ['bài sau', 'news'], ['đọc thêm', 'news'],
  ['cỡ chữ', 'comment'], ['xem tất cả', 'news'], ['liên kết', 'news'], ['phông chữ', 'comment'], ['bình chọn', 'comment'],
  ['bình luận', 'comment'], ['ý kiến', 'comment'], ['bạn đọc', 'comment'], ['chia sẻ', 'comment'], ['phản hồi', 'comment'],
  ['trả lời', 'comment'], ['bản in', 'comment'], ['in bài', 'comment'], ['gửi bài', 'comment'], ['lưu bài', 'comment'],
  ['đăng nhập', 'comment'], ['đăng ký', 'comment'], ['theo dõi', 'comment'], ['họ tên', 'comment'], ['họ và tên', 'comment'],
  ['nội dung', 'filler'], ['trong nước', 'filler'], ['quốc tế', 'filler'], ['thế giới', 'filler'], ['sự kiện', 'filler'],
  ['thời sự', 'filler'], ['trong ngày', 'filler'], ['trong tuần', 'filler'], ['mã xác nhận', 'comment'], ['từ khóa', 'news'], ['từ khoá', 'news'], ['tìm kiếm', 'news'],
  ['truy cập', 'counter'], ['lượt xem', 'counter'], ['lượt đọc', 'counter'], ['trực tuyến', 'counter'], ['đang xem', 'counter'],
  ['hôm nay', 'counter'], ['hôm qua', 'counter'], ['tuần này', 'counter'], ['tuần trước', 'counter'], ['tháng này', 'counter'],
  ['tháng trước', 'counter'], ['năm nay', 'counter'], ['tất cả', 'counter'], ['tổng số', 'counter'], ['lượt truy cập', 'counter'],
  ['quảng cáo', 'ad'], ['liên hệ', 'ad'], ['hỗ trợ', 'ad'], ['đường dây nóng', 'ad'], ['điện thoại', 'ad'],
  ['địa chỉ', 'ad'], ['bản quyền', 'ad'], ['giấy phép', 'ad'], ['tổng biên tập', 'ad'], ['thiết kế', 'ad'],
  ['đăng tin', 'ad'], ['tòa soạn', 'ad'], ['toà soạn', 'ad'], ['ghi rõ', 'ad'], ['nguồn', 'ad'],
  ['sao chép', 'comment'], ['lấy link', 'comment'], ['copy link', 'comment'], ['bài gốc', 'comment'], ['lượt thích', 'comment'],
  ['đồng ý', 'comment'], ['chấp nhận', 'comment'], ['bản tin', 'news'],
  // a footer's `Cơ quan chủ quản: …` (the body that owns the paper); `cơ quan` alone only pads
  ['chủ quản', 'ad'], ['cơ quan', 'filler'],
  // the words a comment box pads its prompt with (`Hãy là người bình luận đầu tiên`, `Chưa có bình luận nào`)
  ['hãy', 'filler'], ['là', 'filler'], ['người', 'filler'], ['đầu tiên', 'filler'], ['chưa có', 'filler'], ['nào', 'filler'],
  ['vui lòng', 'filler'],
  // a Q&A column's lists and buttons (`Câu hỏi liên quan`, `Gửi câu hỏi`): `câu hỏi` only pads them
  ['câu hỏi', 'filler'],
];

const SINGLES: ReadonlyArray<[string, FurnitureClass]> = [
  ['tin', 'news'], ['bài', 'news'], ['xem', 'news'], ['đọc', 'news'], ['thêm', 'news'], ['khác', 'news'], ['nóng', 'news'],
  ['mới', 'news'], ['nhiều', 'news'], ['nhất', 'news'], ['video', 'news'], ['clip', 'news'], ['ảnh', 'news'], ['tags', 'news'],
  ['tag', 'news'], ['hot', 'news'], ['top', 'news'], ['cùng', 'filler'], ['các', 'filler'], ['những', 'filler'], ['của', 'filler'],
  ['bạn', 'filler'], ['hay', 'filler'], ['gửi', 'comment'], ['in', 'comment'], ['online', 'counter'], ['email', 'comment'],
  ['e-mail', 'comment'], ['name', 'comment'], ['comment', 'comment'], ['comments', 'comment'], ['share', 'comment'],
  ['print', 'comment'], ['reply', 'comment'], ['submit', 'comment'], ['send', 'comment'], ['like', 'comment'],
  ['tweet', 'comment'], ['facebook', 'comment'], ['zalo', 'comment'], ['twitter', 'comment'], ['leave', 'comment'],
  ['your', 'filler'], ['a', 'filler'], ['the', 'filler'], ['website', 'ad'], ['hotline', 'ad'], ['fax', 'ad'],
  ['related', 'news'], ['news', 'news'], ['more', 'news'], ['read', 'news'], ['posts', 'news'], ['post', 'news'],
  ['podcast', 'news'], ['infographic', 'news'], ['emagazine', 'news'], ['longform', 'news'], ['multimedia', 'news'],
  ['google', 'comment'], ['font', 'comment'], ['instagram', 'comment'], ['youtube', 'comment'], ['tiktok', 'comment'],
  ['visitors', 'counter'], ['today', 'counter'], ['yesterday', 'counter'], ['total', 'counter'], ['copyright', 'ad'],
  ['thích', 'comment'], ['link', 'comment'], ['copy', 'comment'], ['lưu', 'comment'], ['accept', 'comment'], ['cookie', 'comment'],
  ['cookies', 'comment'], ['subscribe', 'comment'], ['nhập', 'comment'], ['menu', 'news'], ['newsletter', 'news'], ['advertisement', 'ad'], ['sponsored', 'ad'],
];

/** Furniture words by syllable count, for greedy longest-first matching. */
export const FURNITURE: ReadonlyMap<string, FurnitureClass> = new Map([...COMPOUNDS, ...SINGLES]);
export const FURNITURE_MAX_SYLLABLES = 3;

/** Classes that can carry a header on their own (filler words only pad one). */
export const ANCHOR_CLASSES: ReadonlySet<FurnitureClass> = new Set(['news', 'comment', 'counter', 'ad']);

/**
 * Known list and widget headers. A PRIOR only: a line equal to one of these (ignoring case and a
 * final colon) is a header even when it is too short for the shape score to be sure.
 */
export const KNOWN_HEADERS: readonly string[] = [
  'tin nổi bật', 'tin cùng chuyên mục', 'tin nóng', 'xem nhiều nhất', 'các tin khác', 'tin liên quan', 'xem thêm',
  'bài viết liên quan', 'gửi bình luận', 'ý kiến bạn đọc', 'chia sẻ', 'in bài', 'leave your comment', 'tin khác',
  'tin mới', 'tin mới nhất', 'đọc nhiều', 'đọc nhiều nhất', 'bình luận', 'tiêu điểm', 'có thể bạn quan tâm',
];

/** Words that may label a date or time (`Đăng lúc`, `Cập nhật ngày`, `Thứ Hai`, `GMT`). */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  (
    'đăng lúc ngày giờ cập nhật thứ hai ba tư năm sáu bảy chủ nhật tháng sáng chiều tối trưa gmt ict utc am pm ' +
    'published updated posted date time lúc vào hồi đăng tải bởi by on at'
  ).split(' '),
);

/** Words an audio/video player widget shows next to its time codes. */
export const PLAYER_WORDS: ReadonlySet<string> = new Set(
  'nghe đọc bài báo viết phát dừng tạm tốc độ giọng nam nữ miền bắc trung audio play pause mute volume x'.split(' '),
);

/** Labels that open a source line (`Nguồn: …`). */
export const SOURCE_LABELS: ReadonlySet<string> = new Set(['nguồn', 'source', 'nguồn tin', 'nguồn bài']);

/** Credit prefixes of a byline (`Tin, ảnh: …`, `Bài và ảnh: …`). */
export const CREDIT_WORDS: ReadonlySet<string> = new Set(['tin', 'bài', 'ảnh', 'và', 'video', 'clip', 'thực', 'hiện', 'nhóm', 'pv', 'phóng', 'viên', 'tác', 'giả', 'ctv', 'theo']);

/**
 * Words of the section names a news site files its articles under (`Thời sự`, `An ninh trật tự`,
 * `Khoa học - Công nghệ`, `Bất động sản`). A short line made only of them, standing before the
 * title, is the site's navigation.
 */
export const SECTION_WORDS: ReadonlySet<string> = new Set(
  (
    'thời sự chính trị kinh tế xã hội văn hóa văn hoá giáo dục y tế sức khỏe sức khoẻ thể thao giải trí pháp luật ' +
    'an ninh trật tự quốc phòng quân sự thế giới quốc tế du lịch công nghệ khoa học đời sống bất động sản kinh doanh ' +
    'tài chính chứng khoán ngân hàng doanh nghiệp xe ô tô máy nhà đất môi trường nông nghiệp nông thôn tin tức sự kiện ' +
    'trong nước địa phương phóng sự điều tra bạn đọc gia đình giới trẻ việc làm tuyển sinh du học âm nhạc điện ảnh ' +
    'sân khấu văn học nghệ thuật ẩm thực thời trang làm đẹp số hóa số hoá kỹ thuật số hóa xây dựng đảng đoàn thể ' +
    'mặt trận hoạt động lãnh đạo tư vấn tiêu dùng thị trường quốc hội dân vận nội chính biển đảo biên giới ' +
    'xuất bản truyền hình phát thanh góc nhìn bình luận ý kiến diễn đàn chuyển đổi số hội nhập cải cách hành chính ' +
    'tin trong nước ngoài việt nam ' +
    // a sports site's sections: `Kết quả | Lịch thi đấu | Bảng xếp hạng | Chuyển nhượng`
    'kết quả lịch thi đấu bảng xếp hạng chuyển nhượng bóng đá quần vợt trực tiếp'
  ).split(' '),
);
