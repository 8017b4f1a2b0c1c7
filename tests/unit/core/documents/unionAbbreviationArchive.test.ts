/**
 * "Lưu: VT, CĐCS" names the union's office by the union's abbreviation: the default wording of the
 * archive line holds the `{unionAbbreviation}` placeholder, filled from the unit profile (the
 * abbreviation that also ends the union's document symbols, NĐ 30/2020/NĐ-CP Phụ lục I, mục
 * II.3.b), "CĐCS" while it is cleared; an archive line the unit typed itself prints as typed.
 */
import { describe, expect, it } from 'vitest';
import { convocationJob } from '../../../../core/documents/convocationJob';
import type { DocumentContext } from '../../../../core/documents/documentContext';
import type { WordingOverrides } from '../../../../core/documents/documentWording';
import { electionRulesJob } from '../../../../core/documents/electionRulesJob';
import { electionSubmissionJob } from '../../../../core/documents/electionSubmissionJob';
import { planJob } from '../../../../core/documents/planJob';
import { recognitionDecisionJob } from '../../../../core/documents/recognitionDecisionJob';
import { resolutionRolloutJob } from '../../../../core/documents/resolutionRolloutJob';
import { resultReportJob } from '../../../../core/documents/resultReportJob';
import { conferenceMinutesJob } from '../../../../core/documents/conferenceMinutesJob';
import { conferenceDayContext } from './conferenceDayContext.fixture';
import { context } from './documentContext.fixture';
import { electionContext, lockedElection } from './electionContext.fixture';

/** The archive line of each document that files a copy with the union, by document id. */
function archives(edit: (ctx: DocumentContext) => DocumentContext): Record<string, string[]> {
  const plain = edit(context());
  const election = edit(electionContext(lockedElection()));
  const day = edit(conferenceDayContext());
  return {
    D1: [planJob(plain).recipients.archive],
    D3: convocationJob(plain).sets.map((s) => s.recipients.archive),
    D10: [electionSubmissionJob(election).recipients?.archive ?? ''],
    D11: [electionRulesJob(election).recipients?.archive ?? ''],
    D16: [recognitionDecisionJob(election).recipients?.archive ?? ''],
    D19: [resultReportJob(day).recipients?.archive ?? ''],
    D20KH: [resolutionRolloutJob(day).recipients?.archive ?? ''],
  };
}

const withUnion =
  (unionAbbreviation: string, wording?: WordingOverrides) =>
  (ctx: DocumentContext): DocumentContext => ({
    ...ctx,
    unit: { ...ctx.unit, unionAbbreviation },
    ...(wording ? { wording } : {}),
  });

describe('the archive line follows the union’s abbreviation', () => {
  it('prints the abbreviation set in the unit profile', () => {
    for (const [id, lines] of Object.entries(archives(withUnion('CĐVKHCN')))) {
      expect(lines.length, id).toBeGreaterThan(0);
      for (const line of lines) expect(line, id).toBe('VT, CĐVKHCN');
    }
  });

  it('prints "CĐCS" by default and while the abbreviation is cleared', () => {
    for (const edit of [(ctx: DocumentContext) => ctx, withUnion('')]) {
      for (const [id, lines] of Object.entries(archives(edit))) {
        for (const line of lines) expect(line, id).toBe('VT, CĐCS');
      }
    }
  });

  it('keeps an archive line the unit typed itself, and fills the placeholder where it uses it', () => {
    const wording: WordingOverrides = {
      plan: { archive: 'VT, CĐCS, Hồ sơ hội nghị' },
      convocation: { archive: 'VT' },
      election: { archive: 'VT, BCH {unionAbbreviation}' },
      outcome: { reportArchive: 'VT, Văn phòng', minutesArchive: 'VT, {unionAbbreviation}' },
    };
    const lines = archives(withUnion('CĐVKHCN', wording));
    expect(lines.D1).toEqual(['VT, CĐCS, Hồ sơ hội nghị']);
    expect(lines.D3).toEqual(['VT', 'VT']);
    expect(lines.D10).toEqual(['VT, BCH CĐVKHCN']);
    expect(lines.D19).toEqual(['VT, Văn phòng']);
    expect(lines.D20KH).toEqual(['VT, CĐVKHCN']);
    const minutes = conferenceMinutesJob(withUnion('CĐVKHCN', wording)(conferenceDayContext()));
    expect(minutes.recipients?.archive).toBe('VT, CĐVKHCN');
  });
});
