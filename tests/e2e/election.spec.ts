import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { paragraphs, readDocumentXml, tables, textOf } from '../support/docx';
import {
  createConference,
  fillUnitProfile,
  guideShot,
  importRoster,
  newDataDir,
  saveConferenceSetup,
  settle,
  startApp,
} from './appFixture';

/**
 * The election of issue 5 end to end, through the UI: roster-184, a 2026 conference, 150 present;
 * 7 candidates for 5 seats; 150 paper ballots typed by team A and by team B, who disagree on two
 * of them; both settled from the "paper"; the count locked; the result checked against what was
 * typed; D13 exported and its figures checked.
 */

const CANDIDATES = [
  'Trịnh Thanh Việt',
  'Khúc Quang Giang',
  'Phan Minh Linh',
  'Bùi Đình An',
  'Vũ Thanh Loan',
  'Đỗ Đức Sơn',
  'Nguyễn Tuấn Tú',
];
const SEATS = 5;
const BALLOTS = 150;

/**
 * What each paper ballot says, by the numbers printed before the struck names ("K1" = invalid, no
 * stamp). Mostly 6 and 7 struck; some under-votes; one all struck, two over-votes, one unstamped.
 */
function paper(serial: number): string {
  if (serial === 11) return '1 2 3 4 5 6 7';
  if (serial === 23) return '7';
  if (serial === 100) return '0';
  if (serial === 45) return 'K1';
  if (serial === 37) return '2 5';
  switch (serial % 10) {
    case 6:
      return '5 7';
    case 7:
      return '4 6';
    case 8:
      return '3 6 7';
    case 9:
      return '2 6';
    default:
      return '6 7';
  }
}

/** Team B misreads two ballots: 37 (one struck name missed) and 88 (likewise). */
function typedByB(serial: number): string {
  if (serial === 37) return '2';
  if (serial === 88) return '3 6';
  return paper(serial);
}

/** The expected count from the paper: valid ballots, invalid ones, and votes per ballot number. */
function expectedCount() {
  let valid = 0;
  let invalid = 0;
  const votes = new Array<number>(CANDIDATES.length + 1).fill(0);
  for (let s = 1; s <= BALLOTS; s += 1) {
    const text = paper(s);
    if (text.startsWith('K')) {
      invalid += 1;
      continue;
    }
    const struck = new Set(text === '0' ? [] : text.split(' ').map(Number));
    const kept = [1, 2, 3, 4, 5, 6, 7].filter((n) => !struck.has(n));
    if (kept.length === 0 || kept.length > SEATS) {
      invalid += 1;
      continue;
    }
    valid += 1;
    for (const n of kept) votes[n] = (votes[n] ?? 0) + 1;
  }
  return { valid, invalid, votes };
}

/** "86,67%": votes of the base, two decimals rounded half-up, Vietnamese decimal comma. */
function percentOfPresent(votes: number, base: number): string {
  const basisPoints = Math.floor((votes * 20000 + base) / (2 * base));
  return `${Math.floor(basisPoints / 100)},${String(basisPoints % 100).padStart(2, '0')}%`;
}

/** Types one ballot the way an operator does: numbers and Enter, or K and the reason key. */
async function typeBallot(page: Page, text: string) {
  if (text.startsWith('K')) {
    await page.keyboard.press('k');
    await page.keyboard.press(text.slice(1));
  } else {
    await page.keyboard.type(`${text}\n`);
  }
}

async function pickPerson(page: Page, label: string, name: string) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(name);
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: name, visible: true })
    .first()
    .click();
}

test('two counting teams type 150 ballots, settle their two disagreements, lock the count, and D13 prints what was typed', async ({
  page,
  context,
}) => {
  // 300 ballots typed key by key and a D13 export: a long journey on a 2-core machine.
  test.setTimeout(180_000);
  const app = await startApp(newDataDir());
  await page.goto(app.launchUrl);

  // Unit and roster.
  await fillUnitProfile(page);
  await importRoster(page, 'roster-184.xlsx', 184);
  await page.getByRole('menuitem', { name: 'Thông tin đơn vị' }).click();
  await pickPerson(page, 'Chủ tịch Công đoàn', 'Hồ Thanh Hiếu');
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByText('Đã lưu thông tin đơn vị.').first()).toBeVisible();

  // The 2026 conference.
  await createConference(page, 2026);
  await saveConferenceSetup(page);
  const conferenceId = decodeURIComponent(/#\/conference\/([^/]+)/.exec(page.url())?.[1] ?? '');
  expect(conferenceId).not.toBe('');

  // Check-in of 150 of 184 through the service (the check-in screen has its own test).
  const marked = await page.evaluate(async (id) => {
    const post = async (channel: string, body: unknown) => {
      const response = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
      return (await response.json()) as { ok: boolean; data: unknown };
    };
    const workspace = (await post('workspace:load', {})).data as {
      people: { id: string; rosterNo: number }[];
    };
    let count = 0;
    for (const person of workspace.people.filter((p) => p.rosterNo <= 150)) {
      const result = await post('attendance:mark', {
        conferenceId: id,
        personId: person.id,
        status: 'present',
      });
      if (result.ok) count += 1;
    }
    return count;
  }, conferenceId);
  expect(marked).toBe(150);
  // Open the conference again: it reads the check-ins made behind the screen.
  await page.getByRole('menuitem', { name: 'Trang đầu' }).click();
  await page.getByRole('link', { name: 'Hội nghị CBCCVC năm 2026' }).click();
  await expect(page.getByTestId('step-day')).toContainText('150/184 có mặt');

  // Setup: due, seats, candidates (the head refused with the article), board, witnesses.
  await page.getByRole('tab', { name: 'Bầu Ban TTND' }).click();
  await expect(page.getByTestId('election-due')).toContainText('Đến kỳ bầu');
  await page.getByLabel('Số lượng thành viên cần bầu').fill(String(SEATS));
  await pickPerson(page, 'Thêm người ứng cử', 'Phan Thanh Ước');
  await expect(page.getByTestId('candidate-refused')).toContainText('Điều 60.2');
  for (const name of CANDIDATES) await pickPerson(page, 'Thêm người ứng cử', name);
  await expect(page.getByTestId('candidate-row')).toHaveCount(CANDIDATES.length);
  const consents = page.getByTestId('candidate-consent');
  for (let i = 0; i < CANDIDATES.length; i += 1) await consents.nth(i).check();
  await pickPerson(page, 'Trưởng Ban kiểm phiếu', 'Ngô Minh Uyên');
  await pickPerson(page, 'Thêm thành viên Ban kiểm phiếu', 'Huỳnh Thùy Ánh');
  await pickPerson(page, 'Thêm thành viên Ban kiểm phiếu', 'Trịnh Công Bình');
  await pickPerson(page, 'Người chứng kiến 1', 'Ngô Minh Hoa');
  await page.getByRole('button', { name: 'Nhập tên tự do' }).nth(1).click();
  await page.getByLabel('Người chứng kiến 2').fill('Nguyễn Văn Khách');
  await expect(page.getByTestId('election-findings-ok')).toBeVisible();
  await expect(page.getByTestId('election-setup-save')).toContainText('Đã lưu', {
    timeout: 10_000,
  });
  await expect(page.getByTestId('save-status')).toContainText('Đã lưu', { timeout: 30_000 });
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
  await page.screenshot({ path: guideShot('11-bau-ban-thiet-lap') });

  // Start the round: 150 present from check-in, 150 ballots issued.
  await page.getByTestId('election-sections').getByText('2. Nhập phiếu').click();
  await expect(page.getByTestId('round-present')).toHaveValue('150');
  await page.getByTestId('round-submit').click();
  await expect(page.getByTestId('ballot-input')).toBeVisible();
  // The ballot numbers candidates in Vietnamese name order (given name first).
  const candidatesOnBallot = await page.getByTestId('ballot-candidate').allTextContents();
  expect(candidatesOnBallot).toHaveLength(CANDIDATES.length);
  const nameByNumber = new Map(
    candidatesOnBallot.map((text, i) => [i + 1, CANDIDATES.find((n) => text.includes(n)) ?? '']),
  );
  expect(nameByNumber.get(1)).toBe('Bùi Đình An');
  expect(nameByNumber.get(7)).toBe('Trịnh Thanh Việt');

  // Team A types every ballot as it is.
  await page.getByTestId('ballot-input').focus();
  for (let s = 1; s <= BALLOTS; s += 1) await typeBallot(page, paper(s));
  await expect(page.getByTestId('team-counts')).toContainText(`Tổ A: ${BALLOTS} phiếu`);
  await expect(page.getByTestId('ballot-serial')).toContainText(`Phiếu số ${BALLOTS + 1}`);
  const invalidRow = page.locator('[data-testid=ballot-row][data-serial="11"]');
  await expect(page.getByTestId('ballot-row').first()).toContainText('Số 150');

  // A slip, undone with Ctrl+Z, and a correction by clicking the entry.
  await page.keyboard.type('1\n');
  await expect(page.getByTestId('ballot-feedback')).toContainText('Phiếu số 151');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('ballot-feedback')).toContainText('Đã xoá phiếu số 151');
  await expect(page.getByTestId('team-counts')).toContainText(`Tổ A: ${BALLOTS} phiếu`);
  await page.locator('[data-testid=ballot-row][data-serial="150"]').click();
  await expect(page.getByTestId('ballot-serial')).toContainText('Sửa phiếu số 150');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(`${paper(150)}\n`);
  await expect(page.getByTestId('ballot-feedback')).toContainText('Phiếu số 150');

  // Team B types the same stack, misreading two ballots.
  await page.getByTestId('team-B').click();
  await expect(page.getByTestId('ballot-serial')).toContainText('Phiếu số 1');
  await page.getByTestId('ballot-input').focus();
  for (let s = 1; s <= BALLOTS; s += 1) await typeBallot(page, typedByB(s));
  await expect(page.getByTestId('team-counts')).toContainText(`Tổ B: ${BALLOTS} phiếu`);
  await page.getByTestId('team-A').click();
  // The list is virtualised: ballot 11 is drawn once scrolled to.
  await page.getByTestId('ballot-list').evaluate((list) => (list.scrollTop = list.scrollHeight));
  await expect(invalidRow).toContainText('Không hợp lệ: gạch hết tên');
  await page.getByTestId('team-B').click();
  await expect(page.getByTestId('save-status')).toContainText('Đã lưu', { timeout: 30_000 });
  await page.getByTestId('ballot-list').evaluate((list) => (list.scrollTop = 0));
  await page.getByTestId('ballot-input').fill('2 5');
  await page.mouse.move(0, 0);
  await settle(page);
  await page.screenshot({ path: guideShot('12-bau-ban-nhap-phieu') });
  await page.getByTestId('ballot-input').fill('');

  // Comparison: exactly the two misread ballots, settled from the paper.
  await page.getByTestId('election-sections').getByText('3. Đối chiếu, khoá').click();
  const disagreements = page.getByTestId('disagreement');
  await expect(disagreements).toHaveCount(2);
  await expect(disagreements.nth(0)).toContainText('Phiếu số 37: Tổ A gạch 2, 5 — tổ B gạch 2');
  await expect(disagreements.nth(1)).toContainText(
    'Phiếu số 88: Tổ A gạch 3, 6, 7 — tổ B gạch 3, 6',
  );
  await expect(page.getByTestId('lock-round')).toBeDisabled();
  await expect(page.getByTestId('lock-reasons')).toContainText('37, 88');
  await settle(page);
  await page.screenshot({ path: guideShot('13-bau-ban-doi-chieu') });
  await disagreements.nth(0).getByTestId('settle-a').click();
  await expect(disagreements.nth(0)).toHaveAttribute('data-settled', 'true');
  await disagreements.nth(1).getByTestId('settle-type').click();
  await disagreements.nth(1).getByTestId('settle-input').fill('3 6 7');
  await disagreements.nth(1).getByTestId('settle-save').click();
  await expect(disagreements.nth(1)).toHaveAttribute('data-settled', 'true');
  await expect(page.getByTestId('lock-round')).toBeEnabled();
  await page.getByTestId('lock-round').click();
  await expect(page.getByTestId('round-locked')).toBeVisible();

  // Results: what the paper says, ranked, percentages of the 150 present.
  const expected = expectedCount();
  await page.getByTestId('election-sections').getByText('4. Kết quả').click();
  await expect(page.getByTestId('election-outcome')).toContainText('Đã bầu đủ 5');
  const rows = page.getByTestId('results-table').locator('tbody tr');
  await expect(rows).toHaveCount(CANDIDATES.length);
  const shown = new Map<number, number>();
  for (let i = 0; i < CANDIDATES.length; i += 1) {
    const cells = await rows.nth(i).locator('td').allTextContents();
    shown.set(Number(cells[1]), Number(cells[3]));
  }
  for (let n = 1; n <= CANDIDATES.length; n += 1)
    expect(shown.get(n), `số ${n}`).toBe(expected.votes[n]);
  await expect(page.getByTestId('results-base')).toContainText(
    'so với số người có mặt tại hội nghị (150); trúng cử khi có ít nhất 76 phiếu',
  );
  await expect(page.getByTestId('result-elected')).toHaveCount(SEATS);
  await expect(page.locator('[data-testid=tally-check][data-ok=false]')).toHaveCount(0);
  await settle(page);
  await page.screenshot({ path: guideShot('14-bau-ban-ket-qua'), fullPage: true });

  // The projector: a window of its own in browser mode, large type, no controls.
  const popup = context.waitForEvent('page');
  await page.getByTestId('open-projector').click();
  const projector = await popup;
  await expect(projector.getByTestId('projector-table')).toBeVisible();
  await expect(projector.getByTestId('projector-table')).toContainText('TRÚNG CỬ');
  await expect(projector.getByRole('button')).toHaveCount(0);
  await projector.setViewportSize({ width: 1366, height: 768 });
  await projector.screenshot({ path: guideShot('15-bau-ban-trinh-chieu') });
  await projector.close();

  // After the vote: the recognition decision within 5 working days (R20), the board's first
  // meeting electing its head among the members (R19).
  await page.getByTestId('election-sections').getByText('5. Sau bầu cử').click();
  const recognition = page.getByLabel('Ngày ký quyết định công nhận');
  await recognition.fill('30/01/2026');
  await recognition.press('Enter');
  await expect(page.locator('[data-finding="R20.late"]')).toContainText('muộn hơn hạn 22/01/2026');
  await recognition.fill('20/01/2026');
  await recognition.press('Enter');
  await expect(page.getByTestId('recognition-ok')).toBeVisible();
  await pickPerson(page, 'Trưởng ban Thanh tra nhân dân', 'Vũ Thanh Loan');
  await expect(page.getByTestId('first-meeting-save')).toContainText('Đã lưu');

  // D13, the counting minutes: the figures typed, in word/document.xml.
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  const d13 = page.getByTestId('document-D13');
  await expect(d13).toBeVisible();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await d13.getByRole('button', { name: /Tải về/ }).click();
  // A refusal shows as a message: say what it was rather than wait for a file that never comes.
  const refusal = page.locator('.ant-message-error');
  const outcome = await Promise.race([
    download.then((file) => ({ file })),
    refusal.waitFor({ timeout: 60_000 }).then(async () => ({ error: await refusal.textContent() })),
  ]);
  if ('error' in outcome) throw new Error(`D13 không xuất được: ${outcome.error}`);
  const file = outcome.file;
  expect(file.suggestedFilename()).toMatch(/^D13-/);
  const xml = await readDocumentXml(fs.readFileSync(await file.path()));
  const lines = paragraphs(xml).map(textOf);
  // Numbered items print their label ("3.") before the sentence.
  expect(
    lines.some((l) =>
      l.endsWith(`Số phiếu phát ra: ${BALLOTS} phiếu; số phiếu thu vào: ${BALLOTS} phiếu.`),
    ),
  ).toBe(true);
  expect(
    lines.some((l) =>
      l.includes(
        `Số phiếu hợp lệ: ${expected.valid} phiếu; số phiếu không hợp lệ: ${expected.invalid} phiếu`,
      ),
    ),
  ).toBe(true);
  // The results table: each candidate's votes and share of the 150 present, as typed.
  const cellsOf = (row: string) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(textOf);
  const rowsOf = (table: string) => (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map(cellsOf);
  const results = tables(xml)
    .map(rowsOf)
    .find((t) => t[0]?.includes('Số phiếu bầu') && t[0]?.includes('Họ và tên'));
  expect(results, 'bảng số phiếu bầu trong D13').toBeDefined();
  for (let n = 1; n <= CANDIDATES.length; n += 1) {
    const name = nameByNumber.get(n) ?? '';
    const row = results?.find((cells) => cells[1] === name);
    expect(row, name).toBeDefined();
    expect(row?.[2], name).toBe(String(expected.votes[n]));
    expect(row?.[3], name).toBe(percentOfPresent(expected.votes[n] ?? 0, BALLOTS));
  }
  // The annex: every ballot as counted (a row may hold several ballots: serial, marks, result).
  const marksOf = (serial: number) => {
    for (const row of tables(xml).flatMap(rowsOf)) {
      const at = row.indexOf(String(serial));
      if (at >= 0 && at % 3 === 0) return row[at + 1];
    }
    return undefined;
  };
  expect(marksOf(37)).toBe('2, 5');
  expect(marksOf(88)).toBe('3, 6, 7');
  expect(marksOf(150)).toBe('6, 7');
  expect(lines.some((l) => l.includes('Phiếu số 37: Tổ A gạch 2, 5 — tổ B gạch 2'))).toBe(true);
  await app.stop();
});

test('two windows typing the same team: a ballot saved in one is never silently replaced from the other', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const app = await startApp(newDataDir());
  await page.goto(app.launchUrl);
  await page.getByTestId('open-sample').click();
  await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();
  const conferenceId = decodeURIComponent(/#\/conference\/([^/]+)/.exec(page.url())?.[1] ?? '');
  expect(conferenceId).not.toBe('');
  // The sample's count is locked: reopen it, as the presidium would to type a late ballot.
  const unlocked = await page.evaluate(async (id) => {
    const response = await fetch('api/election%3AunlockRound', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conferenceId: id, round: 1, reason: 'Nhập thêm phiếu' }),
      credentials: 'same-origin',
    });
    return ((await response.json()) as { ok: boolean }).ok;
  }, conferenceId);
  expect(unlocked).toBe(true);

  const openEntry = async (window: Page) => {
    await window.getByRole('tab', { name: 'Bầu Ban TTND' }).click();
    await window.getByTestId('election-sections').getByText('2. Nhập phiếu').click();
    await expect(window.getByTestId('ballot-serial')).toContainText('Phiếu số 151');
    await window.getByTestId('ballot-input').focus();
  };
  const second = await context.newPage();
  await second.goto(page.url());
  await openEntry(page);
  await openEntry(second);
  const row = (window: Page) => window.locator('[data-testid=ballot-row][data-serial="151"]');

  // The first window types ballot 151; the second, not knowing, types its own reading of it.
  await page.keyboard.type('1 2\n');
  await expect(row(page)).toContainText('Đã lưu');
  await second.keyboard.type('3\n');
  const conflict = second.getByTestId('ballot-conflict');
  await expect(conflict).toContainText(
    'Phiếu số 151 của tổ A đã được nhập ở cửa sổ khác (gạch 1, 2): phiếu vừa gõ (gạch 3) chưa được ghi.',
  );
  // The second window now shows what is saved, and corrects it knowingly.
  await expect(row(second)).toContainText('gạch 1, 2');
  await conflict.getByRole('button', { name: 'Xem phiếu số 151 (tổ A)' }).click();
  await expect(second.getByTestId('ballot-serial')).toContainText('Sửa phiếu số 151');
  await second.keyboard.press('Control+a');
  await second.keyboard.type('1 2 3\n');
  await expect(row(second)).toContainText('Đã lưu');
  await conflict.getByRole('button', { name: 'Đóng thông báo' }).click();
  await expect(conflict).toHaveCount(0);

  // The first window, still showing its own reading, cannot overwrite that correction either.
  await row(page).click();
  await expect(page.getByTestId('ballot-serial')).toContainText('Sửa phiếu số 151');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('4\n');
  await expect(page.getByTestId('ballot-conflict')).toContainText(
    'Phiếu số 151 của tổ A vừa được sửa ở cửa sổ khác (nay ghi gạch 1, 2, 3)',
  );
  await expect(row(page)).toContainText('gạch 1, 2, 3');

  const stored = await page.evaluate(async (id) => {
    const response = await fetch('api/election%3Aget', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conferenceId: id }),
      credentials: 'same-origin',
    });
    const view = (await response.json()) as {
      data: { election: { rounds: { passes: { A: { serial: number; marks: number[] }[] } }[] } };
    };
    return view.data.election.rounds[0]?.passes.A.find((e) => e.serial === 151)?.marks;
  }, conferenceId);
  expect(stored).toEqual([1, 2, 3]);
  await second.close();
  await app.stop();
});
