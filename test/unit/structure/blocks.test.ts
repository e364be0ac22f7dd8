// The article outline's blocks: the real title, metadata, lead, sections, captions, byline and
// boilerplate, each with offsets into the original text.
import { describe, expect, it } from 'vitest';
import { analyze, ArticleText, DEFAULT_SETTINGS, type ArticleBlock } from '../../../server/src/analysis';
import { detectBlocks } from '../../../server/src/analysis/structure/blocks';

function blocksOf(text: string) {
  const doc = new ArticleText(text);
  return detectBlocks(doc, { settings: DEFAULT_SETTINGS, memo: new Map(), acceptedWords: new Set() });
}

const flat = (bs: readonly ArticleBlock[]): ArticleBlock[] => bs.flatMap((b) => [b, ...flat(b.children ?? [])]);
const kinds = (bs: readonly ArticleBlock[]) => bs.map((b) => (b.detail ? `${b.kind}:${b.detail}` : b.kind));

const ARTICLE = [
  'VÌ MỘT THÀNH PHỐ XANH, SẠCH, ĐẸP',
  '',
  ' date 2022-06 Ra quân trồng 5.000 cây xanh dọc bờ kè:',
  '',
  'Ra quân trồng 5.000 cây xanh dọc bờ kè',
  '',
  'Cập nhật lúc: 07:40 12/06/2022',
  '',
  'HG Online – Sáng 11/6, Thành đoàn phối hợp với UBND phường An Lạc tổ chức lễ ra quân trồng cây xanh dọc tuyến bờ kè sông Cái.',
  '',
  'Đoàn viên thanh niên trồng cây tại bờ kè',
  '',
  'Hơn 300 đoàn viên, thanh niên đã tham gia trồng cây sao đen, bằng lăng và phượng vĩ trên chiều dài gần hai cây số.',
  '',
  'Phát biểu tại buổi lễ, ông Hồ Quang Vinh, Bí thư Thành đoàn, kêu gọi mỗi đoàn viên nhận chăm sóc ít nhất một cây.',
  '',
  'Công trình dự kiến hoàn thành trong tháng 7, tạo thêm mảng xanh cho khu dân cư ven sông của thành phố.',
  '',
  'Bảo Ngọc',
  '',
  'Tin cùng chủ đề',
  '',
  'Phường An Lạc ra mắt mô hình tuyến phố văn minh',
].join('\n');

describe('detectBlocks', () => {
  it('finds the real title after a banner: the clean copy of a title the scraper repeated with a date glued to it', () => {
    const { title } = blocksOf(ARTICLE);
    expect(title?.text).toBe('Ra quân trồng 5.000 cây xanh dọc bờ kè');
    expect(ARTICLE.slice(title!.start, title!.end)).toBe(title!.text);
    expect(ARTICLE.lastIndexOf(title!.text)).toBe(title!.start);
  });

  it('strips a date glued to the only title', () => {
    const text = ' date 2021-03 Nông dân thu hoạch lúa sớm tránh lũ:\n\nNhững ngày này, nông dân các xã ven sông đang khẩn trương thu hoạch lúa hè thu trước mùa lũ.';
    const { title, blocks } = blocksOf(text);
    expect(title?.text).toBe('Nông dân thu hoạch lúa sớm tránh lũ');
    expect(kinds(blocks).slice(0, 2)).toEqual(['metadata:date', 'title']);
    expect(text.slice(blocks[0].start, blocks[0].end)).toBe(' date 2021-03 ');
  });

  it('lists the blocks in document order with their kinds', () => {
    const { blocks } = blocksOf(ARTICLE);
    expect(kinds(blocks)).toEqual([
      'banner:site banner',
      'boilerplate:duplicate',
      'title',
      'metadata:posting time',
      'metadata:dateline',
      'lead',
      'section',
      'section',
      'byline',
      'boilerplate:related-news',
    ]);
    for (let k = 1; k < blocks.length; k++) expect(blocks[k].start).toBeGreaterThanOrEqual(blocks[k - 1].start);
  });

  it('gives every block offsets into the original text', () => {
    const { blocks } = blocksOf(ARTICLE);
    const text = (b: ArticleBlock) => ARTICLE.slice(b.start, b.end);
    const by = (kind: string) => flat(blocks).filter((b) => b.kind === kind);
    const dateline = by('metadata').find((b) => b.detail === 'dateline')!;
    expect(text(dateline)).toBe('HG Online –');
    expect(dateline.name).toBe('HG Online');
    expect(text(by('metadata').find((b) => b.detail === 'posting time')!)).toBe('Cập nhật lúc: 07:40 12/06/2022');
    expect(text(by('lead')[0])).toMatch(/^Sáng 11\/6, Thành đoàn/);
    expect(by('lead')[0].name).toBe('Sáng 11/6, Thành đoàn phối hợp…');
    expect(text(by('caption')[0])).toBe('Đoàn viên thanh niên trồng cây tại bờ kè');
    expect(text(by('byline')[0])).toBe('Bảo Ngọc');
    expect(text(by('boilerplate').at(-1)!)).toBe('Tin cùng chủ đề\n\nPhường An Lạc ra mắt mô hình tuyến phố văn minh');
  });

  it('splits sections at a caption and where a new speaker turns the article, naming them by their first words', () => {
    const { blocks } = blocksOf(ARTICLE);
    const sections = blocks.filter((b) => b.kind === 'section');
    expect(sections.map((s) => s.name)).toEqual(['Hơn 300 đoàn viên, thanh niên…', 'Phát biểu tại buổi lễ, ông…']);
    expect(sections[0].children?.map((c) => c.kind)).toEqual(['caption']);
    expect(ARTICLE.slice(sections[1].start, sections[1].end)).toMatch(/^Phát biểu[\s\S]*của thành phố\.$/);
  });

  it('turns at frame openings with non-ASCII words and at a new named speaker', () => {
    const text = [
      'Huyện Đông Triều hoàn thành chỉ tiêu nông thôn mới',
      'Năm nay, huyện Đông Triều có thêm 4 xã đạt chuẩn nông thôn mới nâng cao, vượt chỉ tiêu đề ra từ đầu năm.',
      'Về nhiệm vụ năm tới, huyện tập trung xây dựng các khu dân cư kiểu mẫu và phát triển sản phẩm OCOP.',
      'Các xã được giao rà soát tiêu chí và đăng ký lộ trình cụ thể trước tháng 3.',
      'Bà Vũ Thị Hạnh, Chủ tịch UBND huyện, cho biết nguồn lực sẽ ưu tiên cho các xã còn khó khăn.',
      'Sắp tới, huyện sẽ tổ chức hội nghị biểu dương các tập thể, cá nhân tiêu biểu trong phong trào.',
    ].join('\n');
    const sections = blocksOf(text).blocks.filter((b) => b.kind === 'section');
    expect(sections.map((s) => s.name)).toEqual(['Về nhiệm vụ năm tới, huyện…', 'Bà Vũ Thị Hạnh, Chủ tịch…', 'Sắp tới, huyện sẽ tổ chức…']);
  });

  it('is what analyze() reports as the article', () => {
    const { article } = analyze(ARTICLE);
    expect(article.title?.text).toBe('Ra quân trồng 5.000 cây xanh dọc bờ kè');
    expect(article.blocks.map((b) => b.kind)).toContain('lead');
  });

  it('keeps a byline under the title and a caps byline at the end', () => {
    const text = [
      'Hội thi nấu ăn của phụ nữ xã Đông Sơn',
      'Lan Chi',
      'Sáng 8/3, Hội Liên hiệp Phụ nữ xã Đông Sơn tổ chức hội thi nấu ăn với sự tham gia của 12 đội đến từ các thôn trong xã.',
      'Các đội mang đến hội thi nhiều món ăn truyền thống được chế biến từ nông sản của địa phương.',
      'TRẦN HẢI',
    ].join('\n');
    const { blocks, title } = blocksOf(text);
    expect(title?.text).toBe('Hội thi nấu ăn của phụ nữ xã Đông Sơn');
    expect(blocks.filter((b) => b.kind === 'byline').map((b) => b.name)).toEqual(['Lan Chi', 'TRẦN HẢI']);
  });

  it('reports no title when the text starts with its lead', () => {
    const text =
      'Sáng nay, hơn 2.000 học sinh của huyện đã bước vào kỳ thi tuyển sinh lớp 10 với môn thi đầu tiên là ngữ văn, kéo dài 120 phút, trong điều kiện thời tiết thuận lợi và công tác tổ chức được chuẩn bị kỹ lưỡng từ nhiều tuần trước.';
    const { title, blocks } = blocksOf(text);
    expect(title).toBeUndefined();
    expect(blocks.map((b) => b.kind)).toEqual(['lead']);
  });

  it('handles an empty text', () => {
    expect(blocksOf('')).toEqual({ title: undefined, blocks: [] });
  });
});

describe('lists and credits in the body', () => {
  const text = [
    'Yên Thành triển khai nhiệm vụ năm 2027',
    'Sáng 12/01, UBND huyện Yên Thành tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2027 với các xã, thị trấn.',
    'Các chỉ tiêu chủ yếu năm 2027:',
    '- Thu ngân sách trên địa bàn đạt 450 tỷ đồng;',
    '1. Tỷ lệ hộ nghèo giảm 1,5%.',
    'Phát biểu tại hội nghị, Chủ tịch UBND huyện yêu cầu các xã quyết liệt triển khai các nhiệm vụ ngay từ đầu năm.',
    'Tác giả: Phòng Văn hóa và Thông tin',
  ].join('\n');
  const all = flat(blocksOf(text).blocks);

  it('reads list items and the line introducing them as text, not captions', () => {
    expect(all.filter((b) => b.kind === 'caption')).toEqual([]);
  });

  it('reads `Tác giả:` with an office as the byline', () => {
    const byline = all.find((b) => b.kind === 'byline');
    expect(byline && text.slice(byline.start, byline.end)).toBe('Tác giả: Phòng Văn hóa và Thông tin');
  });

  it('a short line after an image file name is still its caption', () => {
    const withImage = text.replace('Các chỉ tiêu chủ yếu năm 2027:', 'anh-hoi-nghi.jpg\nQuang cảnh hội nghị:');
    const captions = flat(blocksOf(withImage).blocks).filter((b) => b.kind === 'caption');
    expect(captions.map((b) => withImage.slice(b.start, b.end))).toEqual(['Quang cảnh hội nghị:']);
  });
});

describe('subheadings in capitals', () => {
  const text = [
    'Đồng bằng sông Cửu Long chủ động ứng phó xâm nhập mặn',
    'Mùa khô năm nay, xâm nhập mặn tại Đồng bằng sông Cửu Long được dự báo đến sớm và sâu hơn trung bình nhiều năm.',
    'NHIỀU KHÓ KHĂN',
    'Tại tỉnh Bến Tre, độ mặn 4‰ đã lấn sâu vào đất liền khoảng 60 km, hàng nghìn hộ dân thiếu nước sinh hoạt.',
    'Ông Trần Ngọc Tam, Chủ tịch UBND tỉnh Bến Tre cho biết, tỉnh đã đầu tư hệ thống cống ngăn mặn, trữ ngọt.',
    'CHỦ ĐỘNG GIẢI PHÁP',
    'Theo Bộ Nông nghiệp và Môi trường, toàn vùng đã nạo vét hơn 1.200 km kênh mương và lắp đặt 350 trạm bơm dã chiến.',
  ].join('\n');
  const { blocks } = blocksOf(text);

  it('open sections named by themselves, holding the paragraphs under them', () => {
    const sections = blocks.filter((b) => b.kind === 'section');
    expect(sections.map((s) => `${s.name}|${s.detail ?? ''}`)).toEqual(['NHIỀU KHÓ KHĂN|subheading', 'Ông Trần Ngọc Tam, Chủ tịch…|', 'CHỦ ĐỘNG GIẢI PHÁP|subheading']);
    const first = sections[0];
    expect(text.slice(first.start, first.end)).toContain('độ mặn 4‰');
    expect(flat(blocks).filter((b) => b.kind === 'caption')).toEqual([]);
  });
});

describe('datelines', () => {
  const lead = 'Sáng nay, Quốc hội tiếp tục phiên họp thứ mười với nhiều nội dung quan trọng về kinh tế - xã hội của đất nước.';
  it.each(['TPO', 'VOV.VN', 'Dân trí', 'HÀ NỘI (TTXVN)', '(Chinhphu.vn)'])('reads %j before the lead as its dateline', (mark) => {
    const text = ['Quốc hội họp phiên thứ mười', `${mark} - ${lead}`, 'Phiên họp dự kiến kéo dài đến hết ngày 30/11, với 15 nội dung thảo luận tại hội trường và ở tổ.'].join('\n');
    const all = flat(blocksOf(text).blocks);
    const dateline = all.find((b) => b.kind === 'metadata' && b.detail === 'dateline');
    expect(dateline && text.slice(dateline.start, dateline.end).replace(/\s*-\s*$/, '')).toBe(mark);
    expect(all.find((b) => b.kind === 'lead')?.name).toBe('Sáng nay, Quốc hội tiếp tục…');
  });
});

describe('interviews', () => {
  it("reads the reporter's questions as text, not captions", () => {
    const text = [
      'Gỡ khó cho nước sạch vùng cao',
      'Kon Tum đã đầu tư 15 công trình cấp nước sinh hoạt tập trung cho các làng đồng bào dân tộc thiểu số trong năm qua.',
      'PV: Xin ông cho biết khó khăn lớn nhất hiện nay?',
      'Ông Lê Văn Nam: Khó khăn lớn nhất là địa hình đồi núi, chi phí vận hành cao, trong khi nhiều hộ chưa có thói quen trả tiền nước.',
      'Vậy tỉnh sẽ làm gì trong thời gian tới?',
      'Tỉnh sẽ ưu tiên vốn cho các xã biên giới và hỗ trợ một phần tiền nước cho hộ nghèo trong ba năm đầu vận hành.',
    ].join('\n');
    expect(flat(blocksOf(text).blocks).filter((b) => b.kind === 'caption')).toEqual([]);
  });
});
