import type { BallotStyle, InvalidReason, Team } from '../../../../core/domain/election';

/** Each counting team keeps its colour on every screen (switch, entry box, comparison). */
export const TEAM_COLORS: Record<Team, string> = { A: '#1677ff', B: '#d46b08' };

/**
 * The reasons the operator chooses with one key after the invalid-ballot key: the ones only the
 * paper shows (R15). Over-votes and all-struck ballots are recognised from the numbers typed.
 */
export const PAPER_INVALID_REASONS = [
  'noStamp',
  'notIssued',
  'addedNames',
  'marked',
  'other',
] as const satisfies readonly InvalidReason[];

/** The key that marks the ballot in hand invalid (then a reason key 1–5); shown on screen. */
export const INVALID_KEY = 'K';

/** What the numbers typed stand for on this ballot style. */
export function marksVerb(style: BallotStyle): string {
  return style === 'strikeOut' ? 'gạch' : 'đồng ý';
}
