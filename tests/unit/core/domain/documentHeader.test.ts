import { describe, expect, it } from 'vitest';
import {
  DocumentHeaderSchema,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  defaultSignatures,
  headerFromUnit,
  unionExecutiveName,
} from '../../../../core/domain/documentHeader';
import { PersonSchema } from '../../../../core/domain/person';
import { UnitProfileSchema } from '../../../../core/domain/unit';

const unit = UnitProfileSchema.parse({
  name: 'Vụ Khoa học, Công nghệ và Môi trường',
  parentBody: 'Bộ Nông nghiệp và Môi trường',
  unionName: 'Công đoàn cơ sở Vụ Khoa học',
  upperUnion: 'Công đoàn Bộ Nông nghiệp và Môi trường',
  placeName: 'Hà Nội',
  unionChairId: 'p2',
});

const people = [
  PersonSchema.parse({
    id: 'p1',
    rosterNo: 1,
    fullName: 'Phan Thanh Ước',
    position: 'Vụ trưởng',
    roles: ['head'],
  }),
  PersonSchema.parse({
    id: 'p2',
    rosterNo: 2,
    fullName: 'Đinh Thị Ánh',
    position: 'Chuyên viên',
    roles: ['unionChair'],
  }),
];

describe('headerFromUnit (R24, R29)', () => {
  it('unit: parent body regular over the unit bold, in Vietnamese capitals (NĐ 30/2020)', () => {
    const header = headerFromUnit(unit, 'unit');
    expect(header.leftLines).toEqual([
      { text: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', bold: false },
      { text: 'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG', bold: true },
    ]);
    expect(header.rightLines).toEqual([NATIONAL_TITLE, NATIONAL_MOTTO]);
    expect(header.rightLines).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(header.verifyLocally).toBe(false);
  });

  it('union: upper union over the union, marked for local checking (QĐ 933/QĐ-TLĐ)', () => {
    const header = headerFromUnit(unit, 'union');
    expect(header.leftLines).toEqual([
      { text: 'CÔNG ĐOÀN BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', bold: false },
      { text: 'CÔNG ĐOÀN CƠ SỞ VỤ KHOA HỌC', bold: true },
    ]);
    expect(header.verifyLocally).toBe(true);
    expect(header.source).toContain('933');
  });

  it('joint: the unit and its union executive, both bold, marked for local checking', () => {
    const header = headerFromUnit(unit, 'joint');
    expect(header.leftLines).toEqual([
      { text: 'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG', bold: true },
      { text: 'BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ VỤ KHOA HỌC', bold: true },
    ]);
    expect(header.verifyLocally).toBe(true);
  });

  it('leaves out an empty parent body but keeps the issuing body line', () => {
    const bare = UnitProfileSchema.parse({ name: 'Trường Tiểu học Đông Anh' });
    expect(headerFromUnit(bare, 'unit').leftLines).toEqual([
      { text: 'TRƯỜNG TIỂU HỌC ĐÔNG ANH', bold: true },
    ]);
    expect(headerFromUnit(UnitProfileSchema.parse({}), 'union').leftLines).toEqual([
      { text: '', bold: true },
    ]);
  });

  it('writes NFC capitals from decomposed input ("đ" → "Đ")', () => {
    const decomposed = UnitProfileSchema.parse({
      name: 'Trường đại học Thủy lợi'.normalize('NFD'),
    });
    const [line] = headerFromUnit(decomposed, 'unit').leftLines;
    expect(line?.text).toBe('TRƯỜNG ĐẠI HỌC THỦY LỢI'.normalize('NFC'));
  });

  it('validates with DocumentHeaderSchema so the UI can store edited lines', () => {
    for (const preset of ['unit', 'union', 'joint'] as const) {
      const header = headerFromUnit(unit, preset);
      expect(DocumentHeaderSchema.parse(header)).toEqual(header);
    }
    const edited = {
      ...headerFromUnit(unit, 'unit'),
      leftLines: [
        { text: 'BỘ NN&MT', bold: false },
        { text: 'VỤ KHCN&MT', bold: true },
      ],
    };
    expect(DocumentHeaderSchema.parse(edited).leftLines[0]?.text).toBe('BỘ NN&MT');
    expect(() => DocumentHeaderSchema.parse({ ...edited, leftLines: [] })).toThrow();
  });
});

describe('unionExecutiveName', () => {
  it('adds "Công đoàn" only when the name lacks it', () => {
    expect(unionExecutiveName('Công đoàn cơ sở Vụ X')).toBe('BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ VỤ X');
    expect(unionExecutiveName('CĐCS Vụ X')).toBe('BAN CHẤP HÀNH CĐCS VỤ X');
    expect(unionExecutiveName('Vụ X')).toBe('BAN CHẤP HÀNH CÔNG ĐOÀN VỤ X');
  });
});

describe('defaultSignatures (R27)', () => {
  it('unit: the head in their own position; union: TM. BAN CHẤP HÀNH / CHỦ TỊCH', () => {
    expect(defaultSignatures('unit', unit, people)).toEqual([
      { authority: '', title: 'VỤ TRƯỞNG', name: 'Phan Thanh Ước' },
    ]);
    expect(defaultSignatures('union', unit, people)).toEqual([
      { authority: 'TM. BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: 'Đinh Thị Ánh' },
    ]);
  });

  it('joint: two blocks, union then head; missing people leave the name empty', () => {
    expect(defaultSignatures('joint', unit, people).map((s) => s.title)).toEqual([
      'CHỦ TỊCH',
      'VỤ TRƯỞNG',
    ]);
    const nobody = defaultSignatures('joint', UnitProfileSchema.parse({}), []);
    expect(nobody).toEqual([
      { authority: 'TM. BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: '' },
      { authority: '', title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
    ]);
  });
});
