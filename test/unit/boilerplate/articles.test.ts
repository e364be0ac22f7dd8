// Whole invented articles in the styles of other sites: each line is marked B (boilerplate: must be
// flagged), M (metadata: either way), C (article content: must never be flagged) or R (content with
// residue: may be flagged, stays in the clean-up as the third element says).
import { describe, expect, it } from 'vitest';
import { ALL_RULES, analyze, ArticleText, DEFAULT_SETTINGS } from '../../../server/src/analysis';
import { cleanArticle } from '../../../server/src/analysis/boilerplate';

const rules = ALL_RULES.filter((r) => r.category === 'boilerplate');

type Mark = 'B' | 'M' | 'C' | 'R';
type Article = Array<[Mark, string] | ['R', string, string] | ''>;

function build(article: Article, eol = '\n') {
  const text = article.map((l) => (l === '' ? '' : l[1])).join(eol);
  const marks = article.map((l) => (l === '' ? undefined : l[0]));
  return { text, marks };
}

/** Lines (0-based) covered by a boilerplate finding other than a trailing-whitespace run. */
function flaggedLines(text: string): Set<number> {
  const doc = new ArticleText(text);
  const out = new Set<number>();
  for (const f of analyze(text, DEFAULT_SETTINGS, { rules }).findings) {
    if (f.category !== 'boilerplate') continue;
    const first = doc.lineAt(f.start);
    if (f.ruleId === 'boilerplate/whitespace' && f.start > first.start) continue;
    const last = doc.lineAt(f.end);
    for (let i = first.index; i <= last.index; i++) out.add(i);
  }
  return out;
}

function check(article: Article, eol = '\n') {
  const { text, marks } = build(article, eol);
  const flagged = flaggedLines(text);
  const lines = text.split(/\r?\n/);
  const missed = marks.flatMap((m, i) => (m === 'B' && !flagged.has(i) ? [lines[i]] : []));
  const wrong = marks.flatMap((m, i) => (m === 'C' && flagged.has(i) ? [lines[i]] : []));
  expect({ missed, wrong }).toEqual({ missed: [], wrong: [] });
  // the clean-up keeps exactly the content lines
  const cleaned = cleanArticle(text);
  const content = article.flatMap((l) => (l === '' ? [] : l[0] === 'C' ? [l[1].trim().normalize('NFC')] : l[0] === 'R' ? [l[2]!.normalize('NFC')] : []));
  expect(cleaned.split(/\r?\n/).filter((l) => l.trim())).toEqual(content);
  expect(cleanArticle(cleaned)).toBe(cleaned);
  return { text, cleaned };
}

describe('invented articles in other sites’ styles', () => {
  it('national news site: date line, caption with credit, related list, comment and share buttons', () => {
    check([
      ['M', 'Thứ Tư, 14/7/2021, 09:12 (GMT+7)'],
      ['C', 'Hà Tĩnh đón 2.000 lao động về quê'],
      ['C', 'Tỉnh bố trí 40 chuyến xe đón người lao động từ các tỉnh phía Nam về quê tránh dịch trong tuần này.'],
      ['C', 'Theo Sở Lao động, những người đăng ký về quê đều được xét nghiệm trước khi lên xe và cách ly tập trung 14 ngày khi về đến địa phương.'],
      ['C', 'Người lao động làm thủ tục lên xe tại bến. Ảnh: Đức Hùng'],
      ['C', 'Ông Trần Văn Khải, Phó giám đốc Sở, cho biết tỉnh đã chuẩn bị đủ chỗ cách ly cho người về và sẽ hỗ trợ chi phí đi lại.'],
      ['C', '“Không để ai bị bỏ lại phía sau”'],
      ['C', 'Hoàng Minh'],
      ['B', 'Tin liên quan'],
      ['B', 'Nghệ An đón công dân từ vùng dịch bằng tàu hỏa'],
      ['B', 'Hơn 500 người về quê trong đêm mưa lớn'],
      ['B', 'Ý kiến (3)'],
      ['B', 'Chia sẻ'],
    ]);
  });

  it('district portal: caps banner, breadcrumb, date and view count bar, listed headlines with dates, footer', () => {
    const { cleaned } = check([
      ['B', 'TRANG THÔNG TIN ĐIỆN TỬ HUYỆN SƠN PHONG'],
      ['B', 'Trang chủ » Tin tức - Sự kiện » Kinh tế'],
      ['C', 'Xã Thanh An ra mắt hợp tác xã dược liệu'],
      ['M', 'Ngày đăng: 05/03/2022 | Lượt xem: 1.215'],
      ['C', 'Sáng 4/3, UBND xã Thanh An tổ chức lễ ra mắt Hợp tác xã dược liệu Thanh An với 15 thành viên sáng lập.'],
      ['C', 'Hợp tác xã sẽ trồng và chế biến cà gai leo, đinh lăng trên diện tích 12 ha, tạo việc làm cho hơn 40 lao động địa phương.'],
      ['C', 'Quốc Việt - Đài TT-TH huyện'],
      ['B', 'Tin khác:'],
      ['B', '» Huyện tổ chức hội nghị sơ kết công tác quý I (04/03/2022)'],
      ['B', '» Nông dân thu hoạch quế vụ chiêm (01/03/2022)'],
      ['B', 'In trang | Gửi email | Về đầu'],
      ['B', 'Liên hệ: Số 2 đường Lê Lợi. ĐT: 0255.3861.234. Email: vanphong@sonphong.gov.vn'],
    ]);
    expect(cleaned.split('\n')[0]).toBe('Xã Thanh An ra mắt hợp tác xã dược liệu');
  });

  it('newspaper with a dateline, caps related header, tags and comments; CRLF line ends', () => {
    check(
      [
        ['C', 'Khánh thành cầu dân sinh ở vùng lũ'],
        '',
        ['C', 'QNO - Chiều 9/8, huyện Tây Giang khánh thành cây cầu treo dài 120 mét bắc qua sông A Vương, phục vụ đi lại của hơn 300 hộ dân.'],
        '',
        ['C', 'Cây cầu được xây dựng bằng nguồn vốn xã hội hóa trong 6 tháng, thay cho chiếc cầu tạm thường bị cuốn trôi mỗi mùa mưa lũ.'],
        '',
        ['C', 'Bà Bling Thị Hoa, người dân thôn Arớh, xúc động cho biết từ nay con em trong thôn không còn phải lội suối đến trường.'],
        '',
        ['C', 'A LĂNG NGƯỚC'],
        '',
        ['B', 'TIN LIÊN QUAN'],
        ['B', 'Tây Giang hỗ trợ người dân khắc phục hậu quả mưa lũ'],
        ['B', 'Tags: cầu treo, Tây Giang, mưa lũ'],
        ['B', 'Bình luận (0)'],
        ['B', 'Gửi bình luận của bạn'],
      ],
      '\r\n',
    );
  });

  it('audio player, inline video link and read-more link inside the body, author credit', () => {
    check([
      ['C', 'Giá vàng tăng mạnh phiên đầu tuần'],
      ['B', 'Nghe bài viết'],
      ['B', '0:00 / 4:12'],
      ['C', 'Sáng nay, giá vàng miếng trong nước tăng thêm 500.000 đồng mỗi lượng so với cuối tuần trước, lên mức cao nhất trong ba tháng.'],
      ['B', 'Xem thêm: Người dân xếp hàng mua vàng ngày vía Thần Tài'],
      ['C', 'Theo các chuyên gia, giá vàng thế giới tăng do đồng USD suy yếu và nhu cầu trú ẩn an toàn của nhà đầu tư tăng cao.'],
      ['C', 'Các doanh nghiệp kinh doanh vàng cho biết lượng khách mua vào tăng gấp đôi so với ngày thường, chủ yếu là nhà đầu tư nhỏ lẻ.'],
      ['C', 'Tác giả: Hải Yến'],
    ]);
  });

  it('reader comments after the byline are furniture even when they are sentences', () => {
    check([
      ['C', 'Thành phố cấm xe tải vào nội đô giờ cao điểm'],
      ['C', 'Từ ngày 1/10, xe tải trên 2,5 tấn không được đi vào các tuyến phố nội đô trong khung giờ từ 6 giờ đến 9 giờ sáng.'],
      ['C', 'Sở Giao thông vận tải cho biết quy định nhằm giảm ùn tắc và bảo đảm an toàn cho học sinh trong giờ đến trường.'],
      ['C', 'Ngọc Trâm'],
      ['B', 'Ý kiến bạn đọc'],
      ['B', 'Lê Hoàng: Quy định này rất hợp lý, mong thành phố sớm áp dụng thêm cho khung giờ chiều để giảm ùn tắc.'],
      ['B', 'Mai Anh: Các doanh nghiệp vận tải cần được thông báo sớm hơn để kịp điều chỉnh kế hoạch giao hàng của mình.'],
    ]);
  });

  it('headlines after the byline with no header are a related list', () => {
    check([
      ['C', 'Ngư dân Quảng Ngãi trúng đậm cá ngừ'],
      ['C', 'Những ngày qua, nhiều tàu cá của ngư dân huyện Bình Sơn cập cảng Sa Kỳ với hàng chục tấn cá ngừ sọc dưa sau mỗi chuyến biển.'],
      ['C', 'Giá cá ngừ hiện ở mức 35.000 đồng mỗi kg, cao hơn cùng kỳ năm trước, giúp ngư dân có thu nhập khá sau chuyến biển dài ngày.'],
      ['C', 'THANH BÌNH'],
      ['B', 'Ngư dân vươn khơi bám biển dịp cuối năm'],
      ['B', 'Cảng cá Sa Kỳ nhộn nhịp mùa cá ngừ'],
    ]);
  });

  it('keeps short real lines: captions, a subheading, a quote, a caps byline, a credit', () => {
    check([
      ['C', 'Nông dân phấn khởi vì được mùa cà phê'],
      ['C', 'Niên vụ năm nay, các hộ trồng cà phê ở huyện Cư Kuin đạt năng suất bình quân 3,5 tấn nhân mỗi ha, cao nhất từ trước tới nay.'],
      ['C', 'Thu hoạch cà phê ở xã Ea Tiêu'],
      ['C', 'Giá cao, lãi lớn'],
      ['C', 'Giá cà phê nhân xô hiện dao động quanh mức 48.000 đồng mỗi kg, tăng gần 10.000 đồng so với cùng kỳ năm ngoái.'],
      ['C', '“Chưa năm nào được như năm nay”'],
      ['C', 'Ông Y Bhơ Niê, người trồng cà phê ở buôn Ea Kmar, cho biết gia đình ông thu về hơn 200 triệu đồng sau khi trừ chi phí.'],
      ['C', 'Ảnh: Hữu Hùng'],
      ['C', 'Ảnh: Nông dân phơi cà phê trên sân nhà văn hóa buôn'],
      ['C', 'Video: Mùa thu hoạch cà phê ở Tây Nguyên'],
      ['C', 'NGUYỄN GIA'],
    ]);
  });

  it('keeps content that looks like furniture: a video title, a table, an interview, a dated list', () => {
    check([
      ['C', 'Video: Lũ quét cuốn trôi cầu tạm ở vùng cao'],
      ['C', 'Trận lũ quét đêm 5/8 đã cuốn trôi ba cây cầu tạm, khiến hàng trăm hộ dân ở hai xã vùng cao bị chia cắt hoàn toàn.'],
      ['C', 'STT | Đơn vị | Số hộ | Ghi chú'],
      ['C', '1 | Xã Khao Mang | 35 | Di dời'],
      ['C', '2 | Xã Hồ Bốn | 18 | Tạm cư'],
      ['C', 'PV: Xin ông cho biết thiệt hại ban đầu của địa phương?'],
      ['C', 'Ông Lò Văn Sáng: Chúng tôi đã di dời toàn bộ các hộ dân ở vùng nguy hiểm đến nơi an toàn trước khi lũ về.'],
      ['C', 'Các mốc thời gian chính:'],
      ['C', '- Ngày 5/8: mưa lớn kéo dài'],
      ['C', '- Ngày 6/8: nước rút, bắt đầu khắc phục'],
      ['C', 'Chính quyền địa phương đang khẩn trương làm cầu tạm mới để người dân đi lại và vận chuyển hàng cứu trợ.'],
      ['C', 'Tin vui cho bà con'],
      ['C', 'Ngày 10/8, tỉnh đã hỗ trợ khẩn cấp 500 triệu đồng cho các hộ bị thiệt hại để sửa chữa nhà cửa và ổn định cuộc sống.'],
      ['C', 'Đức Toàn - Hà Phương'],
    ]);
  });

  it('a sidebar list scraped before the article: the title is the headline right above the lead', () => {
    const { text } = check([
      ['B', 'Đọc nhiều'],
      ['B', 'Khởi công đường ven biển nối ba huyện'],
      ['B', 'Hội nghị xúc tiến đầu tư vào khu kinh tế'],
      ['C', 'Hợp tác xã muối sạch đầu tiên của tỉnh'],
      ['M', 'Thứ Sáu, 19/05/2023 15:02'],
      ['C', 'Sáng 18/5, 26 hộ làm muối ở xã Bạch Long đã góp vốn thành lập hợp tác xã sản xuất muối sạch đầu tiên của tỉnh.'],
      ['C', 'Hợp tác xã được hỗ trợ hệ thống sân phơi trải bạt và kho chứa, giúp giá muối cao gấp đôi muối truyền thống.'],
      ['C', 'Vũ Toàn'],
    ]);
    expect(analyze(text).article.title?.text).toBe('Hợp tác xã muối sạch đầu tiên của tỉnh');
  });

  it('NFD text: findings and clean-up keep exact offsets', () => {
    const lines: Article = [
      ['C', 'Lễ hội đền Hùng thu hút du khách'],
      ['C', 'Hàng nghìn người dân và du khách đã về dự lễ hội đền Hùng trong ngày chính hội với nhiều hoạt động văn hóa đặc sắc.'],
      ['R', 'Du khách dâng hương tại đền Thượng. ảnh 1', 'Du khách dâng hương tại đền Thượng.'],
      ['C', 'Ban tổ chức bố trí lực lượng hướng dẫn và bảo đảm an ninh trật tự trong suốt thời gian diễn ra lễ hội năm nay.'],
      ['B', 'Tin cùng chủ đề'],
      ['B', 'Phú Thọ chuẩn bị cho lễ hội đền Hùng năm nay'],
    ];
    const nfd = lines.map((l) => (l === '' ? l : (l.map((x, i) => (i ? x.normalize('NFD') : x)) as [Mark, string])));
    const { text, cleaned } = check(nfd);
    const found = analyze(text, DEFAULT_SETTINGS, { rules }).findings.find((f) => f.ruleId === 'boilerplate/image-residue')!;
    expect(text.slice(found.start, found.end).normalize('NFC')).toBe('ảnh 1');
    expect(cleaned).toContain('Du khách dâng hương tại đền Thượng.\n');
  });

  it('a title scraped twice and a view counter before the lead: the lead and the body after it stay content', () => {
    // the copy of the title is no lead, and a counter heads nothing: the paragraphs after it,
    // separated by a file name and a player, are the article
    check([
      ['C', 'Hà Tĩnh: Nông dân phấn khởi vì lúa hè thu được mùa'],
      ['B', 'Hà Tĩnh: Nông dân phấn khởi vì lúa hè thu được mùa'],
      ['M', 'Cập nhật: 10:25 | 15/08/2026'],
      ['B', 'Lượt đọc: 856'],
      ['C', '(HTO) - Những ngày này, nông dân huyện Can Lộc đang tất bật thu hoạch lúa hè thu. Năm nay, năng suất lúa đạt bình quân 55 tạ/ha, cao hơn cùng kỳ năm trước.'],
      ['B', 'IMG_20260815_092314.jpg'],
      ['C', 'Nông dân xã Thanh Lộc thu hoạch lúa hè thu.'],
      ['C', 'Ông Trần Văn Hùng, Chủ tịch UBND xã Thanh Lộc cho biết: "Nhờ áp dụng cơ giới hóa, bà con giảm được nhiều chi phí".'],
      ['B', '0:00 / 0:00'],
      ['C', 'Video: Nông dân Can Lộc thu hoạch lúa.'],
      ['C', 'Theo kế hoạch, huyện Can Lộc sẽ hoàn thành thu hoạch trước ngày 30/8.'],
      ['C', 'Thu Hà'],
      ['B', 'TIN LIÊN QUAN'],
      ['B', 'Can Lộc ra quân làm giao thông nông thôn'],
      ['B', 'Nông dân Hà Tĩnh lo chống hạn cho lúa hè thu'],
      ['B', 'Bình luận (0)'],
      ['B', 'Đăng nhập để bình luận'],
      ['B', 'Tags: lúa hè thu, Can Lộc, nông dân'],
      ['B', 'Hotline: 0912 345 678 - Email: toasoan@baohatinh.vn'],
    ]);
  });

  it('a two-part breadcrumb from the home page, and a video label in the body before the last paragraph and byline', () => {
    const { text } = check([
      ['B', 'Trang chủ / Kinh tế'],
      ['C', 'Đắk Lắk: Giá cà phê tăng cao, nông dân phấn khởi'],
      ['M', 'Thứ năm, 05/11/2026 - 14:30'],
      ['C', 'ĐẮK LẮK - Những ngày đầu mùa thu hoạch, giá cà phê nhân xô tại Đắk Lắk tăng lên mức 120.000 đồng/kg, cao nhất từ trước đến nay.'],
      ['B', 'Xem thêm: Giá cà phê hôm nay tăng mạnh'],
      ['C', 'Theo ông Y Bhin Niê, Phó Giám đốc Sở Nông nghiệp và Môi trường tỉnh, năm nay diện tích cà phê toàn tỉnh đạt hơn 210.000 ha.'],
      ['C', 'Nhiều hộ thu lãi lớn.'],
      ['C', 'Gia đình anh Nguyễn Văn Tâm ở xã Ea Tu cho biết, với 2 ha cà phê, năm nay gia đình thu về gần 600 triệu đồng.'],
      ['B', 'Video'],
      ['B', 'Clip: Nông dân thu hoạch cà phê.'],
      ['C', 'Tuy nhiên, ngành nông nghiệp khuyến cáo bà con không nên chặt bỏ các loại cây trồng khác để trồng cà phê.'],
      ['C', "H'Hen Niê"],
      ['B', 'Bài viết liên quan'],
      ['B', 'Giá cà phê lập đỉnh mới'],
      ['B', 'Đắk Lắk phát triển cà phê bền vững'],
      ['B', 'Gửi bình luận'],
      ['B', 'Xem nhiều nhất'],
      ['B', 'Số lượt truy cập: 12.345.678'],
      ['B', '© 2026 Báo Đắk Lắk điện tử. Giấy phép số 123/GP-BTTTT.'],
    ]);
    expect(analyze(text, DEFAULT_SETTINGS).article.title?.text).toBe('Đắk Lắk: Giá cà phê tăng cao, nông dân phấn khởi');
  });

  it('two parts joined by a slash are no breadcrumb unless the first is the home page', () => {
    check([
      ['C', 'Mùa thu hoạch cà phê ở Tây Nguyên'],
      ['C', 'Nông nghiệp / Môi trường'],
      ['C', 'Những ngày đầu mùa thu hoạch, giá cà phê nhân xô tại Đắk Lắk tăng lên mức 120.000 đồng/kg, cao nhất từ trước đến nay.'],
      ['C', 'Ngành nông nghiệp khuyến cáo bà con không nên chặt bỏ các loại cây trồng khác để trồng cà phê trong giai đoạn này.'],
    ]);
  });

  it('follow and share buttons, font-size and link widgets around a short article', () => {
    const { text } = check([
      ['B', 'Theo dõi Báo Quảng Ninh trên Google News'],
      ['B', 'A+ A- Cỡ chữ'],
      ['C', 'Hạ Long: Khánh thành cầu vượt biển nối hai bờ vịnh'],
      ['B', 'Thích 12 Chia sẻ'],
      ['C', 'Sáng 2/9, UBND TP Hạ Long tổ chức lễ khánh thành cầu vượt biển dài 1,2 km nối phường Bãi Cháy với phường Hòn Gai, tổng vốn đầu tư hơn 1.500 tỷ đồng.'],
      ['C', 'Cây cầu được kỳ vọng giảm tải cho cầu Bãi Cháy, rút ngắn thời gian di chuyển giữa hai bờ vịnh Cửa Lục từ 20 phút xuống còn 5 phút.'],
      ['C', 'Thích thú với cây cầu mới'],
      ['C', 'Phát biểu tại buổi lễ, ông Vũ Văn Diện, Chủ tịch UBND TP Hạ Long, cảm ơn người dân đã đồng thuận bàn giao mặt bằng cho dự án.'],
      ['C', 'Mạnh Trường'],
      ['B', 'Copy link'],
      ['B', 'Link bài gốc Lấy link'],
      ['B', 'Tắt quảng cáo'],
      ['B', '0 bình luận'],
      ['B', 'Mới nhất Cũ nhất'],
    ]);
    expect(analyze(text, DEFAULT_SETTINGS).article.title?.text).toBe('Hạ Long: Khánh thành cầu vượt biển nối hai bờ vịnh');
  });

  it('a cookie notice and its button before the title, a newsletter and app invitation after the article', () => {
    const { text } = check([
      ['B', 'Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên website. Bằng việc tiếp tục truy cập, bạn đồng ý với chính sách cookie của chúng tôi.'],
      ['B', 'Đồng ý'],
      ['C', 'Giá xăng giảm lần thứ ba liên tiếp'],
      ['C', 'Chiều 20/11, liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu. Theo đó, xăng E5 RON92 giảm 320 đồng/lít, xăng RON95 giảm 410 đồng/lít.'],
      ['C', 'Google cho biết sẽ ngừng sử dụng cookie của bên thứ ba trên trình duyệt Chrome từ năm sau.'],
      ['C', 'Đây là lần giảm thứ ba liên tiếp kể từ đầu tháng 11, do giá xăng dầu thế giới tiếp tục đi xuống.'],
      ['B', 'Đăng ký nhận bản tin'],
      ['B', 'Nhận tin tức mới nhất qua email mỗi ngày'],
      ['B', 'Tải ứng dụng Báo Lao Động trên App Store và Google Play'],
      ['B', 'Read more'],
      ['B', 'Share this:'],
    ]);
    expect(analyze(text, DEFAULT_SETTINGS).article.title?.text).toBe('Giá xăng giảm lần thứ ba liên tiếp');
  });

  it('a site name, then a section label and a posting time, before the title', () => {
    const { text } = check([
      ['B', 'Báo Thanh Hóa điện tử'],
      ['B', 'Thời sự'],
      ['M', 'Thứ Bảy, 12/12/2026, 09:00 (GMT+7)'],
      ['C', 'Thanh Hóa: Hơn 2.000 đoàn viên ra quân tình nguyện mùa đông'],
      ['C', '(Baothanhhoa.vn) - Sáng 12/12, Tỉnh đoàn Thanh Hóa tổ chức lễ ra quân Chiến dịch Tình nguyện mùa đông năm 2026 với sự tham gia của hơn 2.000 đoàn viên, thanh niên.'],
      ['C', 'Đoàn viên thanh niên dọn vệ sinh đường làng.'],
      ['C', 'Ảnh: Ngọc Anh'],
      ['C', 'Phát biểu tại lễ ra quân, anh Lê Văn Chiến, Bí thư Tỉnh đoàn, đề nghị mỗi đoàn viên phát huy tinh thần xung kích, tình nguyện vì cộng đồng.'],
      ['C', 'Bài và ảnh: Ngọc Anh'],
    ]);
    expect(analyze(text, DEFAULT_SETTINGS).article.title?.text).toBe('Thanh Hóa: Hơn 2.000 đoàn viên ra quân tình nguyện mùa đông');
  });

  // headers no seed uses, placed after an article that ends without a byline
  const UNSEEN_HEADERS = ['Tin bài khác', 'Các bài đã đăng', 'Tin mới cập nhật', 'Bài đọc nhiều nhất', 'Chuyên mục khác', 'Video nổi bật', 'Tin trong nước', 'Tin tức - Sự kiện', 'ĐỌC THÊM', 'Có thể bạn quan tâm', 'Gửi ý kiến của bạn', 'Về đầu trang'];
  it.each(UNSEEN_HEADERS)('finds the unseen header %j and the list under it', (header) => {
    check([
      ['C', 'Khai trương chợ đêm phố cổ'],
      ['C', 'Tối 15/6, chợ đêm phố cổ chính thức hoạt động với hơn 120 gian hàng ẩm thực và đồ lưu niệm phục vụ du khách.'],
      ['C', 'Chợ mở cửa từ 18 giờ đến 23 giờ các ngày cuối tuần, dự kiến thu hút hàng nghìn lượt khách mỗi tối.'],
      ['B', header],
      ['B', 'Phố đi bộ ven hồ đón hơn 10.000 lượt khách'],
      ['B', 'Lễ hội ẩm thực đường phố trở lại sau hai năm'],
    ]);
  });

  // what an embedded player leaves while it loads or when it cannot play
  const PLAYER_STATUS = ['Video đang được xử lý...', 'Đang tải video…', 'Loading...', 'Trình duyệt của bạn không hỗ trợ video HTML5.', 'Your browser does not support the video tag.'];
  it.each(PLAYER_STATUS)('flags the player status %j and keeps the text around it', (status) => {
    check([
      ['C', 'Khai trương chợ đêm phố cổ'],
      ['C', 'Tối 15/6, chợ đêm phố cổ chính thức hoạt động với hơn 120 gian hàng ẩm thực và đồ lưu niệm phục vụ du khách.'],
      ['B', status],
      ['C', 'Chợ mở cửa từ 18 giờ đến 23 giờ các ngày cuối tuần, dự kiến thu hút hàng nghìn lượt khách mỗi tối.'],
      ['C', 'Video đang trở thành kênh quảng bá hiệu quả nhất cho du lịch địa phương, theo Sở Văn hóa.'],
    ]);
  });

  // short lines in the body that share some words with furniture but are content
  const SUBHEADINGS = ['Những điểm mới', 'Những con số nổi bật', 'Các bài học kinh nghiệm', 'Tin vui cho người lao động', 'Chia sẻ khó khăn với ngư dân', 'Nhiều hoạt động mới'];
  it.each(SUBHEADINGS)('keeps the subheading %j', (subheading) => {
    check([
      ['C', 'Tổng kết năm học ở trường nội trú'],
      ['C', 'Sáng 25/5, trường phổ thông dân tộc nội trú huyện tổ chức lễ tổng kết năm học với sự tham dự của đông đảo phụ huynh.'],
      ['C', subheading],
      ['C', 'Năm học qua, nhà trường có 45 học sinh đạt giải trong các kỳ thi cấp tỉnh, tăng gần gấp đôi so với năm học trước.'],
      ['C', 'Tỷ lệ học sinh lên lớp đạt 99%, không có học sinh bỏ học giữa chừng dù nhiều em ở các bản xa trường.'],
      ['C', 'Mai Phương'],
    ]);
  });
});
