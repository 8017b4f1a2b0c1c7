/**
 * After the conference (issue 7): the follow-up list of 1,000 items filtered as the user types,
 * D21 (Báo cáo kiểm tra, đánh giá thực hiện nghị quyết) over a review of 300 items, and "Tạo hội
 * nghị năm sau" for a unit of 2,400. Goals: < 50 ms, < 500 ms, < 1 s.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { FollowUpItemInput } from '../core/followUpContract';
import { ConferenceFileSchema } from '../core/domain/conferenceFile';
import {
  FOLLOW_UP_STATUSES,
  FollowUpItemSchema,
  type FollowUp,
  type FollowUpItem,
} from '../core/domain/followUp';
import { takeReview } from '../core/domain/followUpReview';
import type { Person } from '../core/domain/person';
import { RESOLUTION_SECTIONS, type Owner } from '../core/domain/resolution';
import type { DocumentContext } from '../core/documents/documentContext';
import { reviewReportJob } from '../core/documents/reviewReportJob';
import { documentBuilder } from '../electron/node/documentBuilder';
import { repoRoot, tempDir } from '../tests/support/paths';
import { importRosterFixture, openSample, startService } from '../tests/support/service';
import { benchDataDir, startHost } from './benchSetup';
import { context2400 } from './documents.bench';
import { report } from './stats';

const LIST_ITEMS = 1000;
const REVIEW_ITEMS = 300;

// Worded like a resolution's tasks, so the accent-free words typed find some items and not others.
const TASKS = [
  'Tổ chức tập huấn kỹ năng số',
  'Rà soát, sửa đổi quy chế chi tiêu nội bộ',
  'Kiểm tra việc chi phúc lợi',
  'Mua sắm trang thiết bị làm việc',
  'Sửa chữa, cải tạo trụ sở',
  'Hoàn thiện hồ sơ thi đua, khen thưởng',
  'Đẩy mạnh chuyển đổi số hồ sơ công việc',
  'Tổ chức hội thao chào mừng ngày thành lập',
  'Thăm hỏi, hỗ trợ đoàn viên có hoàn cảnh khó khăn',
  'Công khai tài chính công đoàn',
  'Bồi dưỡng nghiệp vụ cho cán bộ trẻ',
  'Xây dựng đề án vị trí việc làm',
];
const PLACES = [
  'Văn phòng',
  'Phòng Tài chính',
  'Phòng Tổ chức cán bộ',
  'Phòng Kế hoạch',
  'Trung tâm Dữ liệu',
  'Phòng Hợp tác quốc tế',
  'Phòng Thanh tra',
];
const SECTIONS = RESOLUTION_SECTIONS.filter((s) => s !== 'assessment');

function taskTitle(i: number): string {
  return `${TASKS[i % TASKS.length] ?? ''} tại ${PLACES[(i * 5) % PLACES.length] ?? ''} (đợt ${1 + (i % 4)})`;
}

function taskOwner(i: number, people: readonly Person[]): Owner {
  const kinds = ['head', 'union', 'board', 'department', 'person'] as const;
  const kind = kinds[i % kinds.length] ?? 'head';
  if (kind === 'department') return { kind, department: PLACES[i % PLACES.length] ?? '' };
  if (kind === 'person') return { kind, personId: people[(i * 13) % people.length]?.id ?? '' };
  return { kind };
}

/** Spread over 2026, so that some are past their deadline on any day the page is opened. */
function taskDeadline(i: number): string {
  const month = String(2 + (i % 11)).padStart(2, '0');
  const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
  return `2026-${month}-${day}`;
}

/**
 * The shipped sample opened in a new data dir and hand-added items up to 1,000, as "Thêm việc"
 * adds them (the service's `followUp:addItem`); flushed to disk for the host.
 */
export async function seedFollowUp1000(): Promise<{
  dataDir: string;
  conferenceId: string;
  total: number;
}> {
  const app = startService(benchDataDir());
  const { id: conferenceId } = await openSample(app);
  const { people } = await app.call('workspace:load', {});
  let { items } = await app.call('followUp:get', { conferenceId });
  for (let i = items.length; i < LIST_ITEMS; i += 1) {
    const section = i % 6 === 0 ? undefined : SECTIONS[i % SECTIONS.length];
    const item: FollowUpItemInput = {
      title: taskTitle(i),
      owner: taskOwner(i, people),
      deadline: taskDeadline(i),
      ...(section ? { section } : {}),
      ...(i % 9 === 0 ? { indicator: 'Tỷ lệ hoàn thành', target: 100, unitOfMeasure: '%' } : {}),
    };
    ({ items } = await app.call('followUp:addItem', { conferenceId, item }));
  }
  await app.storage.flush();
  return { dataDir: app.dataDir, conferenceId, total: items.length };
}

/**
 * Filter keystroke → updated list on screen, in the real page (production build, browser mode),
 * timed as check-in is (browser.bench.ts): the key event to the frame after the list card first
 * changes. Each word is typed from an empty box, one timed keystroke per letter; a letter that
 * leaves the list as it was changes nothing on screen and is not a sample.
 */
export async function benchFollowUpFilter(browser: Browser) {
  const { dataDir, conferenceId, total } = await seedFollowUp1000();
  const host = await startHost(dataDir);
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  await page.goto(host.url);
  await page.evaluate((id) => (window.location.hash = `#/conference/${id}/followUp`), conferenceId);
  const search = page.getByLabel('Tìm việc');
  await search.waitFor();
  const fullList = page.getByText(`Danh sách việc theo dõi (${total}/${total})`);
  await fullList.waitFor();
  // The card holds the count in its title, the table and its pager: all change in one commit.
  const card = '.ant-card:has([data-testid="follow-up-table"])';

  /** ms from the keydown to the frame after the first change; null when nothing changed. */
  const timeKey = async (key: string): Promise<number | null> => {
    await page.evaluate((sel) => {
      const w = window as unknown as { __t0?: number; __done?: Promise<number | null> };
      const target = document.querySelector(sel);
      if (!target) throw new Error(`no ${sel}`);
      w.__t0 = undefined;
      w.__done = new Promise<number | null>((resolve) => {
        const observer = new MutationObserver(() => {
          const t0 = w.__t0;
          if (t0 === undefined) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 1000);
        observer.observe(target, { childList: true, subtree: true, characterData: true });
      });
      document.addEventListener('keydown', () => (w.__t0 = performance.now()), {
        capture: true,
        once: true,
      });
    }, card);
    await search.press(key);
    return page.evaluate(() => (window as unknown as { __done: Promise<number | null> }).__done);
  };

  const samples: number[] = [];
  let unchanged = 0;
  for (const word of ['huan', 'phuc', 'chuyen', 'khen', 'thao', 'tru']) {
    await search.fill('');
    await fullList.waitFor();
    for (const letter of word) {
      const ms = await timeKey(letter);
      if (ms === null) unchanged += 1;
      else samples.push(ms);
    }
  }
  await page.close();
  await host.stop();
  if (unchanged > 0) console.log(`  (${unchanged} keystrokes left the list unchanged: not timed)`);
  return report(`Follow-up: keystroke → filtered list (${total} items)`, samples, 50);
}

/** The shipped sample's conference: D21 cites its adopted resolution (the number and the date). */
function sampleConference() {
  const file = path.join(repoRoot, 'docs/samples/mau-2026.hoinghi.json');
  return ConferenceFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).conference;
}

/**
 * Half a year after the sample conference, for 2,400 people: its follow-up (the clocks and the
 * adopted resolution's items) grown with hand-added items to 300 worked on in every way — done on
 * time and late with evidence, in progress with problems and next steps, not done with a reason,
 * not started and overdue, targets with the value achieved — and review 1 frozen on 15/07/2026.
 */
export async function reviewContext300(): Promise<DocumentContext> {
  const base = await context2400();
  const sample = sampleConference();
  const at = '2026-07-15T09:00:00';
  const sampleItems = sample.followUp.items;
  const counted = sampleItems.filter(
    (i) => i.clock !== 'firstReview' && i.clock !== 'secondReview',
  );
  const added: FollowUpItem[] = Array.from({ length: REVIEW_ITEMS - counted.length }, (_, i) => {
    const status = FOLLOW_UP_STATUSES[i % FOLLOW_UP_STATUSES.length] ?? 'notStarted';
    const deadline = taskDeadline(i);
    const target = i % 5 === 0;
    return FollowUpItemSchema.parse({
      id: `bench-${i + 1}`,
      origin: 'manual',
      section: SECTIONS[i % SECTIONS.length],
      title: taskTitle(i),
      owner: taskOwner(i, base.people),
      deadline,
      status,
      ...(target
        ? {
            indicator: 'Tỷ lệ hoàn thành',
            target: 100,
            unitOfMeasure: '%',
            achieved: 60 + (i % 45),
          }
        : {}),
      ...(status === 'done'
        ? {
            completedOn:
              i % 3 === 0 ? '2026-07-10' : deadline < '2026-07-10' ? deadline : '2026-07-01',
            evidence: [
              {
                kind: 'document',
                id: `ev-${i}`,
                documentNumber: `${100 + i}/QĐ-VKHCN`,
                documentDate: '2026-06-25',
                note: '',
                addedAt: at,
              },
            ],
          }
        : {}),
      ...(status === 'inProgress'
        ? {
            issues: 'Chưa bố trí được kinh phí và nhân lực thực hiện trong 6 tháng đầu năm',
            nextSteps: 'Trình Thủ trưởng đơn vị bố trí kinh phí, hoàn thành trong quý IV',
          }
        : {}),
      ...(status === 'notDone' ? { notDoneReason: 'Chưa được cấp có thẩm quyền phê duyệt' } : {}),
      notes: [{ id: `n-${i}`, on: '2026-05-20', text: 'Đã giao phòng chủ trì triển khai', at }],
      createdAt: at,
      updatedAt: at,
    });
  });
  const worked: FollowUp = {
    ...sample.followUp,
    reviews: [],
    items: [...sampleItems, ...added],
  };
  const followUp = takeReview(worked, { number: 1, asOf: '2026-07-15', at, people: base.people });
  const review = followUp.reviews[0];
  if (review?.items.length !== REVIEW_ITEMS) throw new Error('the review does not hold 300 items');
  const reviews = [{ ...review, summary: 'Các nội dung cơ bản được triển khai đúng tiến độ.' }];
  return {
    ...base,
    conference: {
      ...base.conference,
      proceedings: sample.proceedings,
      resolution: sample.resolution,
      followUp: { ...followUp, reviews },
    },
    today: '2026-07-20',
  };
}

/** D21 over a review of 300 items: the job alone, and build + pack as the Văn bản tab does. */
export async function benchReviewReportDocument(runs = 10) {
  const ctx = await reviewContext300();
  const job: number[] = [];
  const built: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let started = performance.now();
    const data = reviewReportJob(ctx);
    job.push(performance.now() - started);
    if (data.itemRows.length !== REVIEW_ITEMS) throw new Error('D21 lost items');
    started = performance.now();
    const [file] = await documentBuilder.build(ctx, ['D21']);
    built.push(performance.now() - started);
    if (!file) throw new Error('D21 was not built');
  }
  return [
    report('D21 job: review of 300 items (2,400 people)', job, 500),
    report('D21 build + pack (same review)', built, 500),
  ];
}

/**
 * roster-2400, then the sample conference (adopted resolution, follow-up, review 1) opened into it
 * — its own people are merged into the roster as "Mở tệp hội nghị" does — with everyone on the
 * roster checked in (the conference file as large as a unit of this size writes) and hand-added
 * items up to 300 in its follow-up.
 */
export async function seedNextYear2400(): Promise<{ dataDir: string; conferenceId: string }> {
  const app = startService(benchDataDir());
  await importRosterFixture(app, 'roster-2400.xlsx');
  const { id: conferenceId } = await openSample(app);
  const { people } = await app.call('workspace:load', {});
  for (const p of people)
    await app.call('attendance:mark', { conferenceId, personId: p.id, status: 'present' });
  let { items } = await app.call('followUp:get', { conferenceId });
  for (let i = items.length; i < REVIEW_ITEMS; i += 1) {
    const item = { title: taskTitle(i), owner: taskOwner(i, people), deadline: taskDeadline(i) };
    ({ items } = await app.call('followUp:addItem', { conferenceId, item }));
  }
  await app.storage.flush();
  return { dataDir: app.dataDir, conferenceId };
}

/**
 * "Tạo hội nghị năm sau" for 2,400 people: `followUp:createNextYear` through the service, with
 * the new and the updated conference files written to disk (flush). A conference starts next
 * year's once, so each run opens a fresh copy of the data dir, loaded as the open app has it.
 */
export async function benchCreateNextYear(runs = 9) {
  const seed = await seedNextYear2400();
  const samples: number[] = [];
  let carried = 0;
  let people = 0;
  for (let i = 0; i < runs; i += 1) {
    const dataDir = tempDir('hoinghi-bench-');
    fs.cpSync(seed.dataDir, dataDir, { recursive: true });
    const app = startService(dataDir);
    people = (await app.call('workspace:load', {})).people.length;
    await app.call('followUp:get', { conferenceId: seed.conferenceId });
    const started = performance.now();
    const created = await app.call('followUp:createNextYear', { conferenceId: seed.conferenceId });
    await app.storage.flush();
    samples.push(performance.now() - started);
    carried = created.carried;
  }
  return report(
    `Tạo hội nghị năm sau (${people} on roster, ${carried} items carried), incl. flush`,
    samples,
    1000,
  );
}
