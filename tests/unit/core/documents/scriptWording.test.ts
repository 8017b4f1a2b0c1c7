import { describe, expect, it } from 'vitest';
import { AGENDA_KINDS } from '../../../../core/domain/agendaKinds';
import {
  BLANK,
  SCRIPT_PARTS,
  SCRIPT_PLACEHOLDERS,
  SCRIPT_WORDING,
  fillWording,
  includeKey,
  wordingPlaceholders,
} from '../../../../core/documents/scriptWording';

/** The lists chairScriptJob builds for `{@…}` lines besides the wording entries themselves. */
const JOB_LISTS = ['guests', 'presidium', 'secretaries', 'programme', 'quorum'];

describe('fillWording', () => {
  it('replaces every placeholder, numbers included, as often as it occurs', () => {
    expect(
      fillWording('Có mặt: {present}/{base} người; {present} đã ký.', { present: 15, base: 20 }),
    ).toBe('Có mặt: 15/20 người; 15 đã ký.');
  });

  it('prints the blank "…" for a missing or empty value, never the raw "{name}"', () => {
    expect(fillWording('tại {venue}, ngày {dateText}', { venue: '' })).toBe(
      `tại ${BLANK}, ngày ${BLANK}`,
    );
    expect(fillWording('{unknownThing}', {})).toBe(BLANK);
  });

  it('leaves text without placeholders and include lines alone', () => {
    expect(fillWording('Xin cảm ơn.', { present: 1 })).toBe('Xin cảm ơn.');
    expect(fillWording('{@votePrompt}', { present: 1 })).toBe('{@votePrompt}');
  });

  it('keeps a value that itself looks like a placeholder as typed (one pass only)', () => {
    expect(fillWording('{venue}', { venue: 'Phòng {base}' })).toBe('Phòng {base}');
  });
});

describe('includeKey and wordingPlaceholders', () => {
  it('recognises only a whole-line include', () => {
    expect(includeKey('{@votePrompt}')).toBe('votePrompt');
    expect(includeKey('  {@guests}  ')).toBe('guests');
    expect(includeKey('Xin mời {@guests}')).toBeUndefined();
    expect(includeKey('{votePrompt}')).toBeUndefined();
  });

  it('lists placeholders in order without repeats', () => {
    expect(wordingPlaceholders('{a} và {b}, lại {a}')).toEqual(['a', 'b']);
  });
});

describe('SCRIPT_WORDING (the standard sentences as data)', () => {
  it('has lines for every agenda kind and every shared part', () => {
    for (const key of [...AGENDA_KINDS, ...SCRIPT_PARTS]) {
      expect(SCRIPT_WORDING[key].length, key).toBeGreaterThan(0);
    }
  });

  it('uses only placeholders the job fills and includes that exist', () => {
    const known = new Set(Object.keys(SCRIPT_PLACEHOLDERS));
    const includable = new Set([...JOB_LISTS, ...Object.keys(SCRIPT_WORDING)]);
    for (const [key, lines] of Object.entries(SCRIPT_WORDING)) {
      for (const line of lines) {
        const include = includeKey(line);
        if (include) expect(includable.has(include), `${key}: ${line}`).toBe(true);
        else {
          for (const p of wordingPlaceholders(line)) {
            expect(known.has(p), `${key}: {${p}}`).toBe(true);
          }
        }
      }
    }
  });

  it('has the standard show-of-hands vote prompt, then the pass rule', () => {
    expect(SCRIPT_WORDING.votePrompt).toEqual([
      'Đề nghị các đại biểu biểu quyết bằng hình thức giơ tay.',
      'Ai đồng ý xin giơ tay… Xin cảm ơn.',
      'Ai không đồng ý xin giơ tay… Xin cảm ơn.',
      'Ai có ý kiến khác xin giơ tay… Xin cảm ơn.',
      '{@passRule}',
    ]);
    expect(fillWording(SCRIPT_WORDING.passRule[0] ?? '', { passPercent: 50, votesToPass: 8 })).toBe(
      'Theo Luật, nội dung được thông qua khi có trên 50% số người dự hội nghị tán thành, tức là ít nhất 8 người.',
    );
  });

  it('asks for a vote wherever the conference decides something', () => {
    for (const kind of [
      'presidiumAndSecretary',
      'programmeApproval',
      'credentials',
      'decisions',
      'boardElection',
      'resolution',
    ] as const) {
      expect(SCRIPT_WORDING[kind], kind).toContain('{@votePrompt}');
    }
  });

  it('writes every line in NFC', () => {
    for (const lines of Object.values(SCRIPT_WORDING)) {
      for (const line of lines) expect(line).toBe(line.normalize('NFC'));
    }
  });
});
