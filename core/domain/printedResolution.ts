/**
 * The resolution exactly as the screen, D15 and the documents that quote it (D14, D19, D20) print
 * it: before adoption, the Ban TTND result joined from a complete election and every unedited
 * sentence regenerated from its fields; once adopted (Luật 10/2022/QH15 Điều 51.4.i), the stored
 * text as adopted or amended — a later change to the election or the roster never rewrites it.
 */
import type { Conference } from './conference';
import type { Person } from './person';
import type { ResolutionItem } from './resolution';
import { electionDecisionFacts, syncElectionItem } from './resolutionElection';
import {
  resolutionText,
  withGeneratedText,
  type NumberedSection,
  type ResolutionTextContext,
} from './resolutionText';
import type { RuleSet } from '../rules/ruleSets';

export interface PrintedResolution {
  /** The items with their text as printed (what a save stores). */
  items: ResolutionItem[];
  /** Numbered I., II. … / 1., 2. … */
  sections: NumberedSection[];
  context: ResolutionTextContext;
}

export function resolutionTextContext(
  conference: Pick<Conference, 'year' | 'election'>,
  people: readonly Person[],
  rules: RuleSet,
): ResolutionTextContext {
  return {
    year: conference.year,
    people,
    election: electionDecisionFacts(conference, people, rules),
  };
}

export function printedResolution(
  conference: Pick<Conference, 'year' | 'election' | 'resolution'>,
  people: readonly Person[],
  rules: RuleSet,
): PrintedResolution {
  const context = resolutionTextContext(conference, people, rules);
  const { resolution } = conference;
  if (resolution.stage === 'adopted') {
    return {
      items: resolution.items,
      sections: resolutionText(
        resolution.items.map((i) => ({ ...i, textEdited: true })),
        context,
      ),
      context,
    };
  }
  const items = withGeneratedText(syncElectionItem(resolution.items, context.election), context);
  return { items, sections: resolutionText(items, context), context };
}
