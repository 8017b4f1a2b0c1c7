/**
 * The "server" the durability tests kill: a real service on a data dir, making acknowledged edits
 * one after another and printing `ack <n>` as each call answers (stdout on a pipe is written
 * synchronously, so a line printed is a line the parent gets, even after SIGKILL).
 * Usage: typingChild <dataDir> <conferenceId> <itemId> <first edit> <edits> [flush every N]
 */
import { startService } from '../../../support/service';
import { typingEdit } from '../../../support/typingSoak';

const [dataDir, conferenceId, itemId, first, count, flushEvery] = process.argv.slice(2);
if (!dataDir || !conferenceId || !itemId) throw new Error('usage: typingChild dir conf item n k');
const app = startService(dataDir);
const from = Number(first);
const every = Number(flushEvery ?? 0);
for (let n = from; n < from + Number(count); n += 1) {
  const edit = typingEdit(n);
  if (edit.kind === 'summary') {
    await app.call('proceedings:saveSummary', { conferenceId, itemId, summary: edit.summary });
  } else if (edit.kind === 'opinion') {
    await app.call('proceedings:saveOpinion', {
      conferenceId,
      opinion: { speaker: { name: 'Đại biểu phòng Tổ chức' }, content: edit.content },
    });
  } else {
    await app.call('election:recordBallot', {
      conferenceId,
      round: 1,
      team: 'A',
      entry: { serial: edit.serial, marks: edit.marks },
    });
  }
  process.stdout.write(`ack ${n}\n`);
  // Now and then the whole file is written and the journal emptied, as the timer does.
  if (every > 0 && n % every === every - 1) await app.storage.flush();
}
await app.storage.flush();
