/**
 * D10 end to end (Tờ trình on the seats and the candidates): core prepares, the template lays out,
 * packDocx packs; the XML is checked against NĐ 30/2020 Phụ lục I (R23–R28) with the union header,
 * then LibreOffice converts it and the PDF text keeps every diacritic. Also: the registry offers
 * the election documents only to a conference that holds an election (appliesTo).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { electionSubmissionJob } from '../../../core/documents/electionSubmissionJob';
import { ElectionSchema } from '../../../core/domain/election';
import { packDocx } from '../../../electron/node/packDocx';
import { buildElectionSubmissionDocument } from '../../../templates/documents/electionSubmission';
import { DOCUMENTS, availableDocuments } from '../../../templates/documents/registry';
import {
  fontProblems,
  isBold,
  isItalic,
  paragraphWithText,
  runSizePt,
  runWithText,
  tables,
  textOf,
} from '../../support/docx';
import { convertedPdfs, expectA4, hasLibreOffice, flatPdfText } from '../../support/libreoffice';
import {
  electionContext,
  electionInput,
  lockedElection,
  setupContext,
} from '../core/documents/electionContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { expectRuledTable } from '../../support/expectRuledTable';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const ctx = { ...setupContext(), numbers: { D10: 'Số: 01/TTr-CĐCS' } };
const job = electionSubmissionJob(ctx);

const ELECTION_IDS = ['D10', 'D11', 'D12', 'D13', 'D16', 'D17'] as const;

describe('the registry offers the election documents only where they apply', () => {
  const ids = (c: Parameters<typeof availableDocuments>[0]) =>
    availableDocuments(c).map((d) => d.id as string);
  const election = (c: Parameters<typeof availableDocuments>[0]) =>
    ids(c).filter((id) => (ELECTION_IDS as readonly string[]).includes(id));

  it('lists every document without a context, in D-number order (D5 before D10)', () => {
    const all = ids(undefined);
    expect(all).toEqual(expect.arrayContaining(['D1', 'D5', ...ELECTION_IDS]));
    expect(all.indexOf('D5')).toBeLessThan(all.indexOf('D10'));
    expect(all.indexOf('D13')).toBeLessThan(all.indexOf('D16'));
  });

  it('offers none of them without an election or when it is waived', () => {
    expect(election(electionContext(undefined))).toEqual([]);
    expect(ids(electionContext(undefined))).toEqual(
      expect.arrayContaining(['D1', 'D2', 'D3', 'D4', 'D5']),
    );
    const waived = ElectionSchema.parse(
      electionInput({ waiver: { reason: 'upperUnionDecision', decisionRef: 'Số 12/QĐ-CĐB' } }),
    );
    expect(election(electionContext(waived))).toEqual([]);
  });

  it('offers D10–D12 from the setup, and D13, D16, D17 once a round is locked', () => {
    expect(election(setupContext())).toEqual(['D10', 'D11', 'D12']);
    const counting = lockedElection();
    const round = counting.rounds[0];
    if (round) delete round.locked;
    expect(election(electionContext(counting))).toEqual(['D10', 'D11', 'D12']);
    expect(election(electionContext(lockedElection()))).toEqual([...ELECTION_IDS]);
  });
});

describe('D10 document.xml (NĐ 30/2020 Phụ lục I)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildElectionSubmissionDocument(job)));
  });

  it('is registered as D10 and builds the same document from the context', async () => {
    const entry = DOCUMENTS.D10;
    expect(entry).toMatchObject({ id: 'D10', fileStem: 'D10-to-trinh-bau-ban-thanh-tra-nhan-dan' });
    const viaRegistry = await packedDocumentXml(entry!.build(ctx));
    expect(textOf(viaRegistry)).toBe(textOf(xml));
  });

  it('is A4 portrait with the NĐ 30 margins in Times New Roman (R23)', () => {
    expectA4Page(xml);
    expect(fontProblems(styles, [xml])).toEqual([]);
  });

  it('has the union header, the issued number and the italic date line (R24, R25, R29)', () => {
    const parent = runWithText(xml, 'CÔNG ĐOÀN BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(isBold(parent)).toBe(false);
    expect(runSizePt(parent)).toBe(13);
    expect(isBold(runWithText(xml, 'CÔNG ĐOÀN VỤ KHOA HỌC VÀ CÔNG NGHỆ'))).toBe(true);
    expect(isBold(runWithText(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(runSizePt(runWithText(xml, 'Số: 01/TTr-CĐCS'))).toBe(13);
    const date = runWithText(xml, 'Hà Nội, ngày 10 tháng 01 năm 2026');
    expect(isItalic(date)).toBe(true);
    expect(runSizePt(date)).toBe(14);
  });

  it('has the bold type name and summary, the centred addressee and bold section headings (R26)', () => {
    const title = runWithText(xml, 'TỜ TRÌNH');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
    expect(isBold(runWithText(xml, job.summary[0] ?? ''))).toBe(true);
    expect(
      paragraphWithText(
        xml,
        'Kính gửi: Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026.',
      ),
    ).toContain('<w:jc w:val="center"/>');
    expect(isBold(runWithText(xml, '1. Số lượng thành viên'))).toBe(true);
    expect(isBold(runWithText(xml, '3. Danh sách người được giới thiệu'))).toBe(true);
  });

  it('lays the candidates out in six columns of explicit widths, the header row repeated', () => {
    const table = expectRuledTable(xml, 'Đồng ý ứng cử', 6);
    expect(textOf(table)).toContain('1Bùi Đình AnChuyên viênPhòng Quản lý khoa họcĐủĐã đồng ý');
  });

  it('has the union chair’s signature and the recipients (R27, R28)', () => {
    const signature = tables(xml).find((t) => t.includes('TM. BAN CHẤP HÀNH')) ?? '';
    expect(isBold(runWithText(signature, 'Hồ Thanh Hiếu'))).toBe(true);
    expect(isItalic(runWithText(signature, 'Nơi nhận:'))).toBe(true);
    expect(textOf(signature)).toContain('- Lưu: VT, CĐCS.');
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D10 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps the diacritics, the seats and the candidates on A4', async () => {
    const pdf = await converted.convert(
      await packDocx(buildElectionSubmissionDocument(job)),
      'd10',
    );
    await expectA4(pdf.pdfPath);
    const text = await flatPdfText(pdf.pdfPath);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 01/TTr-CĐCS',
      'Hà Nội, ngày 10 tháng 01 năm 2026',
      'TỜ TRÌNH',
      'gồm 05 (năm) thành viên',
      'Bùi Đình An',
      'Trịnh Thanh Việt',
      'Phòng Kế hoạch - Tài chính',
      'không phải là thủ trưởng, cấp phó của thủ trưởng, kế toán trưởng',
      'TM. BAN CHẤP HÀNH',
      'Hồ Thanh Hiếu',
    ]) {
      expect(text).toContain(s);
    }
  }, 120_000);
});
