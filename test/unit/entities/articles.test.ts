// Whole invented articles in the styles of different provincial sites: every official with all
// their titles, nobody else (authors, farmers, related-article headlines, monuments).
import { describe, expect, it } from 'vitest';
import { analyze, ArticleText } from '../../../server/src/analysis';
import { extractEntities } from '../../../server/src/analysis/structure/entities';

const people = (text: string) =>
  analyze(text).article.officials.map((o) => `${o.name} | ${o.titles.join(', ')}`);

describe('whole articles', () => {
  it('front committee report: dash lists, title + name, titles alone', () => {
    const text = [
      'Trang chủ > Thời sự > Chính trị',
      'Nam Định: Tổng kết công tác Mặt trận năm 2023',
      'Thứ Sáu, 22/12/2023 - 15:30',
      '(NĐO) - Chiều 22/12, Ủy ban MTTQ Việt Nam tỉnh Nam Định tổ chức hội nghị tổng kết công tác Mặt trận năm 2023.',
      'Dự hội nghị có đồng chí Khúc Trung Kiên - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Mạch Thế Vinh - Phó Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh. Chủ trì hội nghị có đồng chí Quản Nhật Tân - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.',
      'Các đại biểu dự hội nghị.',
      'Năm 2023, MTTQ các cấp vận động Quỹ "Vì người nghèo" được hơn 40 tỷ đồng, hỗ trợ xây mới 512 nhà đại đoàn kết.',
      'Phát biểu tại hội nghị, Bí thư Tỉnh ủy Khúc Trung Kiên ghi nhận kết quả Mặt trận các cấp đạt được. Bí thư Tỉnh ủy đề nghị Mặt trận hướng mạnh về cơ sở.',
      'Đồng chí Quản Nhật Tân cho biết, Mặt trận sẽ giám sát chính sách an sinh tại xã Hải Lý, huyện Hải Hậu.',
      'Thu Hà - Minh Đức',
    ].join('\n');
    expect(people(text)).toEqual([
      'Khúc Trung Kiên | Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh',
      'Mạch Thế Vinh | Phó Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh',
      'Quản Nhật Tân | Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh',
    ]);
    const kien = analyze(text).article.officials[0];
    expect(kien.mentions.map((m) => m.text)).toEqual(['Khúc Trung Kiên', 'Khúc Trung Kiên', 'Bí thư Tỉnh ủy']);
  });

  it('New Year visit: ranks, military bodies, `báo cáo` after a body', () => {
    const text = [
      'Lãnh đạo tỉnh thăm, chúc Tết các đơn vị lực lượng vũ trang',
      'Sáng 2/2, đoàn công tác của tỉnh do Phó Bí thư Thường trực Tỉnh ủy Tiêu Ngọc Long làm trưởng đoàn đã đến thăm Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh.',
      'Cùng đi có Phó Chủ tịch UBND tỉnh Giáp Phước Hiển; Trưởng Ban Tổ chức Tỉnh ủy Doãn Thị Tuyết Mai.',
      'Tại Bộ Chỉ huy Quân sự tỉnh, Đại tá Lã Minh Tuấn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo nhanh tình hình thực hiện nhiệm vụ.',
      'Tại Công an tỉnh, Đại tá Cù Văn Tám, Phó Giám đốc Công an tỉnh cho biết năm qua đã triệt phá 12 đường dây ma túy. Ông Tám nêu những khó khăn trong dịp Tết.',
      'Trước đó, đoàn đã dâng hương tại Tượng đài Mẹ Việt Nam anh hùng Đinh Thị Đàng ở thị xã Đức Phổ.',
      'Bài, ảnh: NGUYỄN TRANG',
    ].join('\n');
    expect(people(text)).toEqual([
      'Tiêu Ngọc Long | Phó Bí thư Thường trực Tỉnh ủy',
      'Giáp Phước Hiển | Phó Chủ tịch UBND tỉnh',
      'Doãn Thị Tuyết Mai | Trưởng Ban Tổ chức Tỉnh ủy',
      'Lã Minh Tuấn | Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh',
      'Cù Văn Tám | Đại tá, Phó Giám đốc Công an tỉnh',
    ]);
  });

  it('dialogue with farmers: Central Highlands names, farmers and a firm are not officials', () => {
    const text = [
      'Bí thư Huyện ủy Ea Kar đối thoại với nông dân',
      '(Nông thôn) Ngày 15/3, Hội Nông dân huyện Ea Kar phối hợp với UBND huyện tổ chức hội nghị đối thoại.',
      "Tham dự có ông Y Bhin Êban, Phó Chủ tịch Hội Nông dân tỉnh Đắk Lắk; ông Thái Văn Thành, Bí thư Huyện ủy Ea Kar; bà H'Lan Niê, Phó Chủ tịch UBND huyện.",
      'Tại buổi đối thoại, nông dân Hồ Văn Kiên (xã Cư Huê) phản ánh giá phân bón tăng cao. Anh Lê Văn Hòa ở thôn 2, xã Ea Ô đề nghị hỗ trợ vốn vay.',
      'Trả lời các ý kiến, ông Thành cho biết huyện sẽ chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn rà soát nhu cầu vay vốn. Chủ tịch Hội Nông dân huyện Trương Công Lực cam kết tiếp tục là cầu nối.',
      'Ông Vũ Tấn Phát, chủ trang trại cà phê ở xã Ea Păl, chia sẻ kinh nghiệm liên kết tiêu thụ.',
      'Minh Quân',
    ].join('\n');
    expect(people(text)).toEqual([
      'Y Bhin Êban | Phó Chủ tịch Hội Nông dân tỉnh Đắk Lắk',
      'Thái Văn Thành | Bí thư Huyện ủy Ea Kar',
      "H'Lan Niê | Phó Chủ tịch UBND huyện",
      'Trương Công Lực | Chủ tịch Hội Nông dân huyện',
    ]);
    const thanh = analyze(text).article.officials[1];
    // the headline names him by title alone; `ông Thành` later
    expect(thanh.mentions.map((m) => m.text)).toEqual(['Bí thư Huyện ủy Ea Kar', 'Thái Văn Thành', 'Thành']);
  });

  it('two officials sharing a given name: short references stay unresolved', () => {
    const text =
      'Ông Tống Văn Hùng, Giám đốc Sở Xây dựng và ông Lý Minh Hùng, Giám đốc Sở Giao thông vận tải kiểm tra công trình. Ông Hùng cho biết tiến độ đạt 80%.';
    const { officials } = extractEntities(new ArticleText(text), []);
    expect(officials.map((o) => `${o.name} | ${o.titles.join(', ')}`)).toEqual([
      'Tống Văn Hùng | Giám đốc Sở Xây dựng',
      'Lý Minh Hùng | Giám đốc Sở Giao thông vận tải',
    ]);
    for (const o of officials) expect(o.mentions.map((m) => m.text)).toEqual([o.name]);
  });
});
