/**
 * `npm run bench`: medians of several runs and their ratio to each goal. Results are recorded by hand
 * in docs/performance.md with the machine described; nothing here asserts a time.
 */
import os from 'node:os';
import { benchRosterImport } from './rosterImport.bench';
import { benchDocuments } from './documents.bench';
import { benchElectionDocuments } from './electionDocuments.bench';
import { benchMinutesDocument } from './minutesDocument.bench';
import { benchBallotEntry, benchElectionTally } from './electionTally.bench';
import { benchCheckIn, benchColdStart, withBrowser } from './browser.bench';
import { benchPreview } from './preview.bench';
import { benchSecretaryPage } from './secretaryPage.bench';
import { benchTypingDurability } from './typingDurability.bench';
import {
  benchCreateNextYear,
  benchFollowUpFilter,
  benchReviewReportDocument,
} from './followUp.bench';

console.log(
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
);
await benchRosterImport();
await benchDocuments();
await benchElectionDocuments();
await benchMinutesDocument();
benchElectionTally();
await benchBallotEntry();
await benchTypingDurability();
await benchReviewReportDocument();
await benchCreateNextYear();
await withBrowser(async (browser) => {
  await benchCheckIn(browser);
  await benchColdStart(browser);
  await benchPreview(browser);
  await benchSecretaryPage(browser);
  await benchFollowUpFilter(browser);
});
