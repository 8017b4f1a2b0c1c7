/**
 * The paper stack of the sample's Ban TTND election (scripts/buildSample.ts): one entry per ballot
 * as the counting board reads it, generated from a seed so every `npm run sample` types the same
 * ballots. Strike-out ballots (the default style, domain-research §3.7): `marks` are the numbers of
 * the names struck through. Most voters strike just enough names to keep as many as there are
 * seats; some keep fewer (an under-vote, still valid — R15); a few ballots are invalid, each for a
 * reason a counting board meets: one name too few struck (more kept than seats), every name struck,
 * no union stamp, a name written in, a private mark.
 */
import type { BallotEntry, InvalidReason } from '../../core/domain/election';

/** mulberry32: a small, well-known 32-bit generator — enough to make a stack look hand-filled. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface StackOptions {
  seed: number;
  ballots: number;
  seats: number;
  /**
   * How likely each name is to be struck, by ballot number (1-based, in ballot order): a larger
   * weight is struck more often. Its length is the number of names on the ballot.
   */
  strikeWeights: readonly number[];
}

type Entry = Pick<BallotEntry, 'serial' | 'marks' | 'invalidReason'>;

/** `count` distinct ballot numbers drawn without replacement, each with its weight. */
function strikeNames(random: () => number, weights: readonly number[], count: number): number[] {
  const left = weights.map((weight, i) => ({ no: i + 1, weight }));
  const struck: number[] = [];
  while (struck.length < count && left.length > 0) {
    const total = left.reduce((sum, c) => sum + c.weight, 0);
    let r = random() * total;
    const at = left.findIndex((c) => (r -= c.weight) < 0);
    const [picked] = left.splice(at < 0 ? left.length - 1 : at, 1);
    if (picked) struck.push(picked.no);
  }
  return struck.sort((a, b) => a - b);
}

/** Reasons seen on the paper, one ballot each (overVote and allStruck follow from the marks). */
const PAPER_REASONS: readonly InvalidReason[] = ['noStamp', 'addedNames', 'marked'];

export function sampleBallotStack(options: StackOptions): Entry[] {
  const { seed, ballots, seats, strikeWeights } = options;
  const random = seededRandom(seed);
  const names = strikeWeights.length;
  const fewestStruck = names - seats;
  // Which serials carry an invalid ballot: five distinct ones, spread through the stack.
  const invalid = new Map<number, InvalidReason | 'overVote' | 'allStruck'>();
  for (const reason of ['overVote', 'allStruck', ...PAPER_REASONS] as const) {
    let serial = 1 + Math.floor(random() * ballots);
    while (invalid.has(serial)) serial = (serial % ballots) + 1;
    invalid.set(serial, reason);
  }
  const stack: Entry[] = [];
  for (let serial = 1; serial <= ballots; serial += 1) {
    const kind = invalid.get(serial);
    if (kind === 'overVote') {
      stack.push({ serial, marks: strikeNames(random, strikeWeights, fewestStruck - 1) });
      continue;
    }
    if (kind === 'allStruck') {
      stack.push({ serial, marks: strikeWeights.map((_, i) => i + 1) });
      continue;
    }
    // 80 % keep exactly as many names as seats; the rest keep one or two fewer (under-votes).
    const r = random();
    const extra = r < 0.8 ? 0 : r < 0.95 ? 1 : 2;
    const marks = strikeNames(random, strikeWeights, fewestStruck + extra);
    stack.push(kind ? { serial, marks, invalidReason: kind } : { serial, marks });
  }
  return stack;
}
