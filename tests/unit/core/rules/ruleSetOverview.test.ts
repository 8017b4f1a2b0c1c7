import { describe, expect, it } from 'vitest';
import { BASIS_LABELS, ruleSetOverview } from '../../../../core/rules/ruleSetOverview';
import { RULE_SET_IDS, ruleSet, type RuleValue } from '../../../../core/rules/ruleSets';

describe('ruleSetOverview: the rule set as "Căn cứ pháp lý" shows it (issue 5 item 7)', () => {
  it('names the Law as amended in 2024 and 2025, the decree and the 2025 letter, with their dates', () => {
    const { sources } = ruleSetOverview(ruleSet('law-10-2022'));
    expect(sources.map((s) => s.number)).toEqual([
      'Luật 10/2022/QH15',
      'Luật 47/2024/QH15',
      'Luật 97/2025/QH15',
      'Nghị định 59/2023/NĐ-CP',
      'Công văn 8378/BNV-CTTN&BĐG',
    ]);
    expect(sources[0]).toMatchObject({ issuedOn: '10/11/2022', effectiveFrom: '01/07/2023' });
    expect(sources[2]).toMatchObject({ issuedOn: '27/06/2025', effectiveFrom: '01/07/2025' });
    expect(sources[4]).toMatchObject({ issuedOn: '23/09/2025', effectiveFrom: null });
    // A date the research did not verify is left out, never invented.
    expect(sources[1]).toMatchObject({ issuedOn: null, effectiveFrom: null });
    for (const s of sources) expect(s.note).not.toBe('');
  });

  it('lists every legal number of each rule set with its value, article, date and basis', () => {
    for (const id of RULE_SET_IDS) {
      const rules = ruleSet(id);
      const { values } = ruleSetOverview(rules);
      const ruleKeys = Object.entries(rules)
        .filter(([, v]) => typeof v === 'object' && v !== null && 'basis' in v)
        .map(([k]) => k);
      expect(values.map((v) => v.key).sort()).toEqual(ruleKeys.sort());
      for (const row of values) {
        const rule = rules[row.key] as RuleValue<unknown>;
        expect(row.source).toBe(rule.source);
        expect(row.basisLabel).toBe(BASIS_LABELS[rule.basis]);
        expect(row.effectiveFrom).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(row.value).not.toBe('');
      }
    }
  });

  it('says the numbers in words: quorum, pass, seats, excluded roles, deputies, recognition', () => {
    const byKey = (id: (typeof RULE_SET_IDS)[number]) =>
      Object.fromEntries(ruleSetOverview(ruleSet(id)).values.map((v) => [v.key, v]));
    const law = byKey('law-10-2022');
    expect(law.quorum?.value).toBe('ít nhất 2/3 số người được triệu tập');
    expect(law.passFraction?.value).toBe('trên 1/2 số người có mặt tán thành');
    expect(law.boardSeats?.value).toBe('từ 3 đến 9 người');
    expect(law.boardExcludedRoles?.value).toBe(
      'Thủ trưởng, Cấp phó của thủ trưởng, Kế toán trưởng',
    );
    expect(law.boardDeputies?.value).toBe('không quá 2 khi Ban có từ 9 thành viên');
    expect(law.recognitionWorkingDays?.value).toBe(
      'trong 5 ngày làm việc sau ngày kết thúc hội nghị',
    );
    expect(law.countingBoard).toMatchObject({ basis: 'ANALOGY', basisLabel: 'Tương tự' });
    expect(law.quorum).toMatchObject({
      basisLabel: 'Luật',
      source: 'Luật 10/2022/QH15, Điều 51.2.c',
    });
    // The education preset: an odd number of members and one deputy below 9, from its guidance.
    const education = byKey('education-11-hd-cdn');
    expect(education.boardSeats).toMatchObject({
      value: 'từ 3 đến 9 người, số lẻ',
      basisLabel: 'Thực tiễn',
      effectiveFrom: '20/02/2025',
    });
    expect(education.boardDeputies?.value).toBe(
      'không quá 2 khi Ban có từ 9 thành viên; không quá 1 khi dưới 9',
    );
  });

  it('labels the four bases in Vietnamese', () => {
    expect(BASIS_LABELS).toEqual({
      LAW: 'Luật',
      PRACTICE: 'Thực tiễn',
      ANALOGY: 'Tương tự',
      UNCONFIRMED: 'Chưa xác nhận',
    });
  });
});
