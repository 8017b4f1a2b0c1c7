import { describe, expect, it } from 'vitest';
import { previewNotice } from '../../../renderer/src/components/previewNotice';

describe('previewNotice: what the preview says it left out, in the right unit', () => {
  it('counts a list’s rows (D4) with Vietnamese digit grouping', () => {
    expect(previewNotice('D4', { shown: 100, total: 2400, unit: 'rows' })).toEqual({
      message: 'Xem trước 100 trên 2.400 dòng — tệp xuất ra có đủ danh sách.',
      description:
        'Bản xem trước chỉ để kiểm tra cách trình bày; tổng số và số người có mặt ở cuối văn bản được tính trên cả danh sách.',
    });
  });

  it('counts ballots as "phiếu" for D12', () => {
    const notice = previewNotice('D12', { shown: 4, total: 150, unit: 'ballots' });
    expect(notice.message).toBe('Xem trước 4 trên 150 phiếu — tệp xuất ra có đủ 150 phiếu.');
    expect(notice.description).toMatch(/mẫu phiếu/);
  });

  it('counts the annex rows of D13 and says the minutes’ figures cover every ballot', () => {
    const notice = previewNotice('D13', { shown: 100, total: 3000, unit: 'rows' });
    expect(notice.message).toBe('Xem trước 100 trên 3.000 dòng — tệp xuất ra có đủ danh sách.');
    expect(notice.description).toMatch(/tính trên tất cả các phiếu đã kiểm/);
  });
});
