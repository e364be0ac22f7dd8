// Officials and organisations from invented articles in every shape the press uses, and the
// look-alikes that must not become officials (authors, advertisers, historical names, places).
import { describe, expect, it } from 'vitest';
import { ArticleText, type ArticleBlock, type Official } from '../../../server/src/analysis';
import { extractEntities } from '../../../server/src/analysis/structure/entities';

const officialsOf = (text: string, blocks: ArticleBlock[] = []) => extractEntities(new ArticleText(text), blocks).officials;
const byName = (list: Official[], name: string) => list.find((o) => o.name.normalize('NFC') === name.normalize('NFC'));
const summary = (list: Official[]) => list.map((o) => `${o.name} | ${o.titles.join(', ')}`);

describe('honorific + name + titles', () => {
  const text = [
    'Quảng Trị: Hội nghị sơ kết công tác tuyên giáo',
    '',
    'Chiều 14/6, Ban Tuyên giáo Tỉnh ủy Quảng Trị tổ chức hội nghị. Dự hội nghị có bà Lưu Thị Ngân, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Quảng Trị chỉ đạo hội nghị.',
    '',
    'Bà Lưu Thị Ngân, Bí thư Tỉnh ủy phát biểu tại hội nghị.',
    '',
    'Phát biểu chỉ đạo, bà Ngân đề nghị các cấp ủy tăng cường nắm bắt dư luận xã hội.',
  ].join('\n');
  const list = officialsOf(text);

  it('finds the person with the titles in order, without the shorter repeat', () => {
    expect(summary(list)).toEqual(['Lưu Thị Ngân | Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Quảng Trị']);
  });

  it('lists every mention with exact offsets, including `bà Ngân`', () => {
    const mentions = list[0].mentions;
    expect(mentions.map((m) => m.text)).toEqual(['Lưu Thị Ngân', 'Lưu Thị Ngân', 'Ngân']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('title + name', () => {
  const text =
    'Ngày 9/9, Chủ tịch UBND tỉnh Mạc Văn Khiêm, Phó Chủ tịch Thường trực UBND tỉnh Quách Ngọc Sơn, Giám đốc Sở Tài chính Đàm Thị Thu đồng chủ trì buổi làm việc.\n' +
    'Chủ tịch UBND tỉnh yêu cầu các sở rà soát tiến độ. Chủ tịch Khiêm nhấn mạnh việc giải ngân vốn đầu tư công.';
  const list = officialsOf(text);

  it('gives each name the title right before it', () => {
    expect(summary(list)).toEqual([
      'Mạc Văn Khiêm | Chủ tịch UBND tỉnh',
      'Quách Ngọc Sơn | Phó Chủ tịch Thường trực UBND tỉnh',
      'Đàm Thị Thu | Giám đốc Sở Tài chính',
    ]);
  });

  it('resolves the title alone and `Chủ tịch Khiêm` to the one person holding it', () => {
    expect(byName(list, 'Mạc Văn Khiêm')!.mentions.map((m) => m.text)).toEqual(['Mạc Văn Khiêm', 'Chủ tịch UBND tỉnh', 'Khiêm']);
    expect(byName(list, 'Quách Ngọc Sơn')!.mentions.map((m) => m.text)).toEqual(['Quách Ngọc Sơn']);
  });

  it('separates a province or district from the name after it', () => {
    const l = officialsOf(
      'Phó Chủ tịch UBND tỉnh Hà Giang Chu Đức Thịnh và Chủ tịch UBND huyện Mường Khương Sùng Seo Lử kiểm tra công trình.',
    );
    expect(summary(l)).toEqual([
      'Chu Đức Thịnh | Phó Chủ tịch UBND tỉnh Hà Giang',
      'Sùng Seo Lử | Chủ tịch UBND huyện Mường Khương',
    ]);
  });

  it('keeps the province after a district in the title', () => {
    const l = officialsOf('Ông Hoàng Văn Hưng, Phó Chủ tịch UBND huyện Bắc Hà, tỉnh Lào Cai cho biết. Bà Lê Thị Mơ, Chủ tịch UBND xã Tân Lập, Bí thư Đảng ủy xã nói.');
    expect(summary(l)).toEqual([
      'Hoàng Văn Hưng | Phó Chủ tịch UBND huyện Bắc Hà, tỉnh Lào Cai',
      'Lê Thị Mơ | Chủ tịch UBND xã Tân Lập, Bí thư Đảng ủy xã',
    ]);
  });

  it('joins offices written with `kiêm` and reads bodies with commas in their name', () => {
    const l = officialsOf(
      'Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện Tạ Quang Bửu và Giám đốc Sở Văn hóa, Thể thao và Du lịch Lăng Thị Hồng đến dự.',
    );
    expect(summary(l)).toEqual([
      'Tạ Quang Bửu | Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện',
      'Lăng Thị Hồng | Giám đốc Sở Văn hóa, Thể thao và Du lịch',
    ]);
  });

  it('keeps a school named after a person in the title', () => {
    const l = officialsOf('Hiệu trưởng Trường THPT Nguyễn Trãi Kha Minh Đạt cho biết năm nay có 40 học sinh giỏi.');
    expect(summary(l)).toEqual(['Kha Minh Đạt | Hiệu trưởng Trường THPT Nguyễn Trãi']);
  });
});

describe('name + dash + titles, shared titles, lists', () => {
  it('reads `A - titles; B và C - title`', () => {
    const l = officialsOf(
      'Hội nghị do các đồng chí Hà Thị Nguyệt - Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy; Giàng A Chu và Lường Văn Pọm - Phó Trưởng Ban Tổ chức Tỉnh ủy chủ trì.',
    );
    expect(summary(l)).toEqual([
      'Hà Thị Nguyệt | Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy',
      'Giàng A Chu | Phó Trưởng Ban Tổ chức Tỉnh ủy',
      'Lường Văn Pọm | Phó Trưởng Ban Tổ chức Tỉnh ủy',
    ]);
  });

  it('reads `Các đồng chí: A, titles; B, titles` with four-syllable names', () => {
    const text =
      'Các đồng chí: Âu Dương Minh Khôi, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Tôn Nữ Thanh Vy, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy đồng chủ trì.\n\n' +
      'Đồng chí Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị các địa phương chủ động nắm tình hình.';
    const l = officialsOf(text);
    expect(summary(l)).toEqual([
      'Âu Dương Minh Khôi | Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
      'Tôn Nữ Thanh Vy | Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy',
    ]);
    // the titles alone on the second paragraph point back to the first person
    expect(byName(l, 'Âu Dương Minh Khôi')!.mentions.map((m) => m.text)).toEqual([
      'Âu Dương Minh Khôi',
      'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
    ]);
  });

  it('reads a title in parentheses and a rank before the office', () => {
    const l = officialsOf(
      'Theo ông Phùng Văn Bảy (Chủ tịch UBND xã Tân Lập), năm nay xã về đích nông thôn mới. Thiếu tướng Văn Đình Khải... Thượng tá Lò Minh Tuệ, Phó Giám đốc Công an tỉnh cho biết.',
    );
    expect(summary(l)).toEqual([
      'Phùng Văn Bảy | Chủ tịch UBND xã Tân Lập',
      'Lò Minh Tuệ | Thượng tá, Phó Giám đốc Công an tỉnh',
    ]);
  });
});

describe('both tone styles, both cases, NFD and CRLF', () => {
  it('reads `Uỷ viên`, `Tỉnh uỷ`, `Phó chủ tịch`, `Khánh Hoà`', () => {
    const l = officialsOf('Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó chủ tịch UBND tỉnh Khánh Hoà Triệu Quang Lâm chủ trì cuộc họp.');
    expect(summary(l)).toEqual(['Triệu Quang Lâm | Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó chủ tịch UBND tỉnh Khánh Hoà']);
  });

  it('keeps offsets into NFD text with CRLF line breaks', () => {
    const text = 'Dòng đầu\r\nÔng Bạch Văn Tùng, Phó Giám đốc Sở Y tế cho biết.\r\nÔng Tùng nói thêm.'.normalize('NFD');
    const l = officialsOf(text);
    expect(l.map((o) => o.name.normalize('NFC'))).toEqual(['Bạch Văn Tùng']);
    expect(l[0].titles.map((t) => t.normalize('NFC'))).toEqual(['Phó Giám đốc Sở Y tế']);
    for (const m of l[0].mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(l[0].mentions.map((m) => m.text.normalize('NFC'))).toEqual(['Bạch Văn Tùng', 'Tùng']);
  });
});

describe('not officials', () => {
  it('ignores authors in byline and boilerplate blocks', () => {
    const text = 'Bài viết.\n\nNguyễn Hải Yến, Phó Giám đốc Trung tâm Văn hóa huyện\n\nTin liên quan: Chủ tịch UBND tỉnh Võ Văn Tâm thăm trường';
    const byline = text.indexOf('Nguyễn');
    const bp = text.indexOf('Tin liên quan');
    const blocks: ArticleBlock[] = [
      { kind: 'byline', name: 'Nguyễn Hải Yến', start: byline, end: text.indexOf('\n', byline) },
      { kind: 'boilerplate', name: 'Tin liên quan', start: bp, end: text.length },
    ];
    expect(officialsOf(text, blocks)).toEqual([]);
    // the same lines outside those blocks do name officials
    expect(officialsOf(text).map((o) => o.name)).toEqual(['Nguyễn Hải Yến', 'Võ Văn Tâm']);
  });

  it('ignores people named without an office', () => {
    const text = [
      'Tin, ảnh: Hoàng Yến',
      'Liên hệ quảng cáo: Mr Hưng - 0987 654 321',
      'Ông Phan Văn Hai, nông dân xã Tân Phú, cho biết vụ này lúa được mùa.',
      'Đại úy Vi Văn Lâm cùng tổ công tác có mặt từ sớm.',
      'Chị Đinh Thị Mơ và anh Lý Văn Sáng đã được hỗ trợ vốn.',
    ].join('\n');
    expect(officialsOf(text)).toEqual([]);
  });

  it('ignores historical names, places, streets and schools', () => {
    const text = [
      'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Chủ tịch Hồ Chí Minh kính yêu.',
      'Tại Lạng Sơn, Chủ tịch UBND tỉnh kiểm tra công tác phòng chống dịch.',
      'Tại Cao Phong, Bí thư Huyện ủy thăm mô hình trồng cam ở huyện Hoằng Hóa.',
      'Trường THCS Lê Quý Đôn trên đường Trần Hưng Đạo, thành phố Thái Bình.',
      'Thủ tướng Chính phủ tặng Bằng khen cho 12 tập thể. Tăng trưởng kinh tế đạt 7%.',
      'Ban Dân vận Tỉnh ủy Hà Giang và UBND tỉnh Cao Bằng ký kết chương trình phối hợp.',
      'QUYẾT TÂM XÂY DỰNG ĐẢNG BỘ TỈNH HÀ GIANG VỮNG MẠNH',
    ].join('\n');
    expect(summary(officialsOf(text))).toEqual([]);
  });
});

describe('organisations', () => {
  it('lists bodies with their mentions, longest name first', () => {
    const text =
      'Ban Dân vận Tỉnh ủy Gia Lai phối hợp với UBND tỉnh, MTTQ và Sở Giáo dục và Đào tạo tổ chức hội nghị. ' +
      'MTTQ các cấp tham gia. Ban Bí thư đã có chỉ thị về việc này. Hội nghị diễn ra trong một ngày.';
    const orgs = extractEntities(new ArticleText(text), []).organizations;
    const names = orgs.map((o) => `${o.name} ×${o.mentions.length}`);
    expect(names).toEqual(['Ban Dân vận Tỉnh ủy Gia Lai ×1', 'UBND tỉnh ×1', 'MTTQ ×2', 'Sở Giáo dục và Đào tạo ×1', 'Ban Bí thư ×1']);
    for (const o of orgs) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('more shapes', () => {
  it('reads `hiện là`, numbered bodies, hospitals, military regions and an unlisted surname before Văn', () => {
    const l = officialsOf(
      'Ông Ứng Văn Tư, hiện là Chủ tịch UBND xã Phú Lộc cho biết. Đồng chí Lưu Văn Quý - Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 389 tỉnh ' +
        'và Giám đốc Bệnh viện Đa khoa tỉnh Hầu Minh Đức dự. Thiếu tướng Tô Quang Huy, Phó Tư lệnh Quân khu 7 cũng có mặt.',
    );
    expect(summary(l)).toEqual([
      'Ứng Văn Tư | Chủ tịch UBND xã Phú Lộc',
      'Lưu Văn Quý | Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 389 tỉnh',
      'Hầu Minh Đức | Giám đốc Bệnh viện Đa khoa tỉnh',
      'Tô Quang Huy | Thiếu tướng, Phó Tư lệnh Quân khu 7',
    ]);
  });

  it('does not read a plural office as a mention of the one person holding it', () => {
    const l = officialsOf('Phó Chủ tịch UBND tỉnh Viên Thị Lan dự. Các Phó Chủ tịch UBND tỉnh cùng đến. Phó Chủ tịch UBND tỉnh đề nghị các ngành vào cuộc.');
    expect(l[0].mentions.map((m) => m.text)).toEqual(['Viên Thị Lan', 'Phó Chủ tịch UBND tỉnh']);
    const text = 'Phó Chủ tịch UBND tỉnh Viên Thị Lan dự. Các Phó Chủ tịch UBND tỉnh cùng đến. Phó Chủ tịch UBND tỉnh đề nghị các ngành vào cuộc.';
    expect(l[0].mentions[1].start).toBe(text.lastIndexOf('Phó Chủ tịch UBND tỉnh'));
  });

  it('keeps everyday words out of titles: `báo cáo`, `ban hành`', () => {
    const l = officialsOf('Bà Tòng Thị Hoa, Giám đốc Sở Tư pháp báo cáo kết quả; ông Sầm Văn Lự, Chánh Văn phòng UBND tỉnh ban hành thông báo.');
    expect(summary(l)).toEqual(['Tòng Thị Hoa | Giám đốc Sở Tư pháp', 'Sầm Văn Lự | Chánh Văn phòng UBND tỉnh']);
  });
});

describe('small-site and caption shapes', () => {
  it('reads abbreviated offices (PCT, PBT, CT) when a body follows', () => {
    const l = officialsOf('Đ/c Lò Văn Inh - PCT UBND huyện, đ/c Cầm Thị Pọm - PBT Thường trực Huyện ủy, CT HĐND huyện dự. Theo CT số 05 của Tỉnh ủy.');
    expect(summary(l)).toEqual(['Lò Văn Inh | PCT UBND huyện', 'Cầm Thị Pọm | PBT Thường trực Huyện ủy, CT HĐND huyện']);
  });

  it('skips a caption note on where the person stands', () => {
    const l = officialsOf('Ông Hà Văn Khiêm (thứ hai từ trái sang), Phó Chủ tịch UBND tỉnh trao quà cho các hộ nghèo.');
    expect(summary(l)).toEqual(['Hà Văn Khiêm | Phó Chủ tịch UBND tỉnh']);
  });

  it('reads two words after a district body as its place, not a person', () => {
    expect(officialsOf('Bí thư Huyện ủy Lương Sơn chủ trì. Chủ tịch UBND xã Mai Hịch dự.')).toEqual([]);
    expect(summary(officialsOf('Bí thư Huyện ủy Lương Sơn Đàm Quang Vinh chủ trì.'))).toEqual(['Đàm Quang Vinh | Bí thư Huyện ủy Lương Sơn']);
  });

  it('reads a place opening a dateline as a place', () => {
    const text = ['Lục Ngạn: Bí thư Huyện ủy kiểm tra vườn vải.', '(BBG) - Lâm Hà – Bí thư Huyện ủy thăm hộ nghèo.', 'Ông Lê Hữu: “Chúng tôi sẽ làm”.'].join('\n');
    expect(officialsOf(text)).toEqual([]);
    // the same shape inside a sentence is a person
    expect(summary(officialsOf('Hội nghị do Mai Hòa - Bí thư Huyện ủy chủ trì.'))).toEqual(['Mai Hòa | Bí thư Huyện ủy']);
  });

  it('does not give the giver of an award to the person named after it', () => {
    expect(officialsOf('Tặng Bằng khen của Chủ tịch UBND tỉnh, ông Võ Văn Tí, nông dân xã Hòa An, được nhận.')).toEqual([]);
    expect(summary(officialsOf('Giám đốc Sở Y tế tỉnh Quảng Nam, ông Lâm Văn Hòa, cho biết.'))).toEqual(['Lâm Văn Hòa | Giám đốc Sở Y tế tỉnh Quảng Nam']);
  });
});

describe('long body names', () => {
  it('reads lower-case words that go on naming a body, but not the verb after it', () => {
    const l = officialsOf(
      'Cục trưởng Cục Quản lý thị trường tỉnh Đàm Văn Tú cho biết. Ông Lạc Văn Bình, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh khẳng định. ' +
        'Bà Lê Thị Na, Giám đốc Sở Y tế tổ chức kiểm tra. Chi cục trưởng Chi cục Kiểm lâm Mông Văn Hải dự.',
    );
    expect(summary(l)).toEqual([
      'Đàm Văn Tú | Cục trưởng Cục Quản lý thị trường tỉnh',
      'Lạc Văn Bình | Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh',
      'Lê Thị Na | Giám đốc Sở Y tế',
      'Mông Văn Hải | Chi cục trưởng Chi cục Kiểm lâm',
    ]);
  });
});

describe('short references', () => {
  it('finds `bà Tuyết Mai` and `bà Mai` for a four-word name', () => {
    const l = officialsOf('Trưởng Ban Tổ chức Tỉnh ủy Doãn Thị Tuyết Mai dự. Bà Tuyết Mai cho biết. Bà Mai nói thêm. Bà Lan Mai, một hộ dân, cũng dự.');
    expect(l[0].mentions.map((m) => m.text)).toEqual(['Doãn Thị Tuyết Mai', 'Tuyết Mai', 'Mai']);
  });
});

describe('mentions in boilerplate and bylines', () => {
  it('counts a mention in a duplicated caption (boilerplate), never one in a byline', () => {
    const text = [
      'Ông Viên Đức Tài, Giám đốc Sở Nội vụ phát biểu.', // 0
      'Ông Viên Đức Tài, Giám đốc Sở Nội vụ phát biểu.', // duplicated caption
      'Viên Đức Tài', // byline (the same name as an author)
    ].join('\n');
    const dup = text.indexOf('\n') + 1;
    const by = text.lastIndexOf('\n') + 1;
    const blocks: ArticleBlock[] = [
      { kind: 'boilerplate', name: 'duplicate', start: dup, end: by - 1 },
      { kind: 'byline', name: 'Viên Đức Tài', start: by, end: text.length },
    ];
    const l = officialsOf(text, blocks);
    expect(summary(l)).toEqual(['Viên Đức Tài | Giám đốc Sở Nội vụ']);
    expect(l[0].mentions.map((m) => m.start)).toEqual([4, dup + 4]);
  });
});

describe('the head of a delegation to the National Assembly', () => {
  // `đoàn` is written once: `Trưởng đoàn Đại biểu Quốc hội tỉnh`, not `Trưởng đoàn Đoàn …`
  const text =
    'Dự hội nghị có đồng chí Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh; ' +
    'ông Hoàng Văn Cường, Phó Trưởng đoàn Đại biểu Quốc hội tỉnh Hà Tĩnh và bà Trần Thị Bình, Trưởng đoàn ĐBQH tỉnh Nghệ An.';
  const { officials, organizations } = extractEntities(new ArticleText(text), []);

  it('keeps the whole title', () => {
    expect(summary(officials)).toEqual([
      'Nguyễn Văn Thông | Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh',
      'Hoàng Văn Cường | Phó Trưởng đoàn Đại biểu Quốc hội tỉnh Hà Tĩnh',
      'Trần Thị Bình | Trưởng đoàn ĐBQH tỉnh Nghệ An',
    ]);
  });

  it('reads no organisation out of the middle of a title (`Quốc hội tỉnh`)', () => {
    expect(organizations.map((o) => o.name)).toEqual(['Tỉnh ủy']);
  });

  it('still lists the National Assembly where it stands on its own', () => {
    const orgs = extractEntities(new ArticleText('Quốc hội đã thông qua Luật Đất đai sửa đổi. Tỉnh ủy viên Lê Văn Dũng dự họp.'), []).organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Quốc hội']);
  });
});

describe('names of firms, banks and schools', () => {
  const orgsOf = (text: string) => extractEntities(new ArticleText(text), []).organizations.map((o) => o.name);

  it('takes the lower-case syllables that finish the name (`Ngân hàng Thế giới`, `Thủy điện Sông Đà`)', () => {
    expect(orgsOf('Dự án do Ngân hàng Thế giới tài trợ. Công ty Thủy điện Sông Đà cho biết tiến độ.')).toEqual(['Ngân hàng Thế giới', 'Công ty Thủy điện Sông Đà']);
    const text = 'Ông Lê Văn Phúc, Giám đốc Ngân hàng Chính sách xã hội huyện phát biểu.';
    expect(summary(officialsOf(text))).toEqual(['Lê Văn Phúc | Giám đốc Ngân hàng Chính sách xã hội huyện']);
  });

  it('stops before a verb that starts a word of its own, and before a field after the name', () => {
    expect(orgsOf('Công ty Minh Long cung cấp thiết bị cho dự án.')).toEqual(['Công ty Minh Long']);
    expect(orgsOf('Trường Tiểu học Kim Đồng tổ chức lễ khai giảng.')).toEqual(['Trường Tiểu học Kim Đồng']);
  });

  it('still reads a field right after the organisation noun', () => {
    expect(orgsOf('Ban Tổ chức Tỉnh ủy Nghệ An và Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh họp.')).toEqual(['Ban Tổ chức Tỉnh ủy Nghệ An', 'Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh']);
  });
});

describe('the Central Military Commission among other offices', () => {
  it('keeps the chain of titles going past `Quân ủy Trung ương`', () => {
    const text = 'Dự hội nghị có Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng.';
    expect(summary(officialsOf(text))).toEqual(['Phan Văn Giang | Đại tướng, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng']);
  });
});

describe('commanders of units and posts, and local youth unions', () => {
  it('reads `Đồn trưởng`, `Đội trưởng` with their units, numbered or at a border gate', () => {
    const text = 'Thiếu tá Lê Văn Bảy, Đồn trưởng Đồn Biên phòng Cửa khẩu Cầu Treo cho biết. Trung tá Võ Văn Minh, Đội trưởng Đội Cảnh sát giao thông số 2 phát biểu.';
    expect(summary(officialsOf(text))).toEqual([
      'Lê Văn Bảy | Thiếu tá, Đồn trưởng Đồn Biên phòng Cửa khẩu Cầu Treo',
      'Võ Văn Minh | Trung tá, Đội trưởng Đội Cảnh sát giao thông số 2',
    ]);
  });

  it('reads `Bí thư Đoàn xã`, and no body in a lower-case `đội bóng`', () => {
    expect(summary(officialsOf('Bà Hoàng Thị Lan, Bí thư Đoàn xã tham dự lễ ra quân.'))).toEqual(['Hoàng Thị Lan | Bí thư Đoàn xã']);
    expect(extractEntities(new ArticleText('Đội trưởng đội bóng cho biết cả đội đã sẵn sàng.'), []).organizations).toEqual([]);
  });
});

describe('national offices and police units', () => {
  it('reads a minister’s field written without `Bộ` (`Bộ trưởng Y tế`, `Thứ trưởng Tài chính`)', () => {
    const text = 'Bộ trưởng Y tế Đào Hồng Lan cho biết dự thảo đang được lấy ý kiến. Thứ trưởng Tài chính Nguyễn Đức Chi nói thêm về nguồn kinh phí.';
    expect(summary(officialsOf(text))).toEqual([
      'Đào Hồng Lan | Bộ trưởng Y tế',
      'Nguyễn Đức Chi | Thứ trưởng Tài chính',
    ]);
  });

  it('reads the name after a complete body name such as `Ngân hàng Nhà nước`', () => {
    const text = 'Tại buổi họp báo, Phó Thống đốc Ngân hàng Nhà nước Đào Minh Tú cho biết thị trường vàng được theo dõi sát.';
    expect(summary(officialsOf(text))).toEqual(['Đào Minh Tú | Phó Thống đốc Ngân hàng Nhà nước']);
    // a bank that takes a proper name still does: `Ngân hàng Bản Việt` is no person
    expect(summary(officialsOf('Ông Lê Văn An, Giám đốc Ngân hàng Bản Việt chi nhánh Cần Thơ, cho biết.'))[0]).toMatch(/^Lê Văn An \| Giám đốc Ngân hàng Bản Việt/);
  });

  it('keeps a police unit whole: `Cảnh sát hình sự`, `PCCC và CNCH`', () => {
    const text = 'Thượng tá Nguyễn Thanh Tùng, Phó trưởng Phòng Cảnh sát PCCC và CNCH Công an TP.HCM, cho biết. Trung tá Lê Minh Đức, Trưởng phòng Cảnh sát hình sự, nói thêm.';
    expect(summary(officialsOf(text))).toEqual([
      'Nguyễn Thanh Tùng | Thượng tá, Phó trưởng Phòng Cảnh sát PCCC và CNCH Công an TP.HCM',
      'Lê Minh Đức | Trung tá, Trưởng phòng Cảnh sát hình sự',
    ]);
  });
});

describe('posts abroad and foreign names', () => {
  it('reads `Đại sứ X tại Y` and a foreign name after it', () => {
    const text = 'Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper đã tới thăm bệnh viện. Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu dự buổi lễ.';
    expect(summary(officialsOf(text))).toEqual([
      'Marc Knapper | Đại sứ Hoa Kỳ tại Việt Nam',
      'Phạm Quang Hiệu | Đại sứ Việt Nam tại Nhật Bản',
    ]);
  });

  it('reads a foreign name after an abbreviated body, not a commune after `xã`', () => {
    expect(summary(officialsOf('Chủ tịch FIFA Gianni Infantino gửi thư chúc mừng.'))).toEqual(['Gianni Infantino | Chủ tịch FIFA']);
    // `Ea Tu` is no Vietnamese word either, but after `xã` it is the commune
    expect(summary(officialsOf('Ông Y Bhăm Êban, Chủ tịch UBND xã Ea Tu cho biết.'))).toEqual(['Y Bhăm Êban | Chủ tịch UBND xã Ea Tu']);
    // `tại` after a post at home is where something happens, not part of the title
    expect(summary(officialsOf('Phó Chủ tịch UBND tỉnh Lê Văn Hùng phát biểu tại Hà Nội.'))).toEqual(['Lê Văn Hùng | Phó Chủ tịch UBND tỉnh']);
  });
});

describe('hospital departments', () => {
  it('reads `Trưởng khoa` with its department and hospital', () => {
    const text = 'Bác sĩ Trần Văn Nam, Trưởng khoa Cấp cứu Bệnh viện Chợ Rẫy, chia sẻ kinh nghiệm. Bà Lê Thị Hạnh, Phó trưởng khoa Hồi sức tích cực, cho biết thêm.';
    expect(summary(officialsOf(text))).toEqual([
      'Trần Văn Nam | Trưởng khoa Cấp cứu Bệnh viện Chợ Rẫy',
      'Lê Thị Hạnh | Phó trưởng khoa Hồi sức tích cực',
    ]);
  });
});

describe('foreign heads of state and government', () => {
  it('reads `Tổng thống`, `Ngoại trưởng` with the country, and the foreign name after it', () => {
    const text = 'Tổng thống Pháp Emmanuel Macron và Ngoại trưởng Mỹ Antony Blinken đã gặp nhau. Thủ tướng Nhật Bản Kishida Fumio phát biểu. Cầu thủ Lionel Messi không có mặt.';
    expect(summary(officialsOf(text))).toEqual([
      'Emmanuel Macron | Tổng thống Pháp',
      'Antony Blinken | Ngoại trưởng Mỹ',
      'Kishida Fumio | Thủ tướng Nhật Bản',
    ]);
  });

  it('makes no guess in a hyphenated name the tokens split', () => {
    expect(summary(officialsOf('Thị trưởng Seoul Oh Se-hoon cũng tham dự.'))).toEqual([]);
  });
});

describe('bodies whose field is not in the list', () => {
  it('reads a field written in sentence case after an organisation noun', () => {
    expect(summary(officialsOf('Có mặt, ông Trần Quốc Tuấn, Chủ tịch Liên đoàn Bóng đá Việt Nam (VFF), đánh giá cao đội chủ nhà.'))).toEqual([
      'Trần Quốc Tuấn | Chủ tịch Liên đoàn Bóng đá Việt Nam',
    ]);
    expect(summary(officialsOf('Ông Nguyễn Văn Đính, Phó Chủ tịch Hội Môi giới Bất động sản Việt Nam, cho rằng nguồn cung khan hiếm.'))).toEqual([
      'Nguyễn Văn Đính | Phó Chủ tịch Hội Môi giới Bất động sản Việt Nam',
    ]);
  });

  it('takes no verb after a bare organisation noun for its field', () => {
    expect(summary(officialsOf('Bà Lê Thị Hoa, Chủ tịch Hội cho biết hội đã trao 200 suất quà.'))).toEqual(['Lê Thị Hoa | Chủ tịch']);
  });

  it('reads lower-case continuations joined by `và`', () => {
    expect(summary(officialsOf('Bà Hoàng Thị Mai Anh, Phó Vụ trưởng Vụ Quản lý nhà và thị trường bất động sản (Bộ Xây dựng), cho biết.'))).toEqual([
      'Hoàng Thị Mai Anh | Phó Vụ trưởng Vụ Quản lý nhà và thị trường bất động sản',
    ]);
    expect(summary(officialsOf('Ông Phạm Văn Minh, Chủ tịch Hội Nông dân tỉnh và ông Lê Văn Tám cùng dự.'))).toEqual(['Phạm Văn Minh | Chủ tịch Hội Nông dân tỉnh']);
  });

  it('reads an embassy counsellor with the country served', () => {
    expect(summary(officialsOf('Ông Lê Thái Hòa, Tham tán Thương mại Việt Nam tại Hàn Quốc, đánh giá cao.'))).toEqual([
      'Lê Thái Hòa | Tham tán Thương mại Việt Nam tại Hàn Quốc',
    ]);
  });
});

describe('associations', () => {
  it('reads `Hiệp hội` with sentence-case fields, a second one after `và`', () => {
    expect(summary(officialsOf('Ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP HCM (HoREA), kiến nghị đẩy nhanh việc cấp sổ.'))).toEqual([
      'Lê Hoàng Châu | Chủ tịch Hiệp hội Bất động sản TP HCM',
    ]);
    expect(summary(officialsOf('Ông Trương Văn Hải, Tổng thư ký Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam, cho biết.'))).toEqual([
      'Trương Văn Hải | Tổng thư ký Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam',
    ]);
  });
});
