import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { conferenceFileJsonSchema } from '../../../../core/domain/conferenceFileJsonSchema';
import { repoRoot } from '../../../support/paths';
import { startService, type TestApp } from '../../../support/service';

async function seededConference(app: TestApp) {
  await app.call('unit:save', {
    name: 'Vụ Khoa học',
    unionName: 'Công đoàn Vụ Khoa học',
    placeName: 'Hà Nội',
  });
  const an = await app.call('people:save', {
    fullName: 'Nguyễn Văn An',
    birthDate: '1980-05-01',
    roles: ['head'],
  });
  const binh = await app.call('people:save', {
    fullName: 'Trần Thị Bình',
    birthDate: '1985-02-03',
  });
  const conference = await app.call('conference:create', {
    year: 2026,
    date: '2026-01-15',
    venue: 'Hội trường',
  });
  await app.call('attendance:mark', {
    conferenceId: conference.id,
    personId: an.id,
    status: 'present',
  });
  await app.call('attendance:mark', {
    conferenceId: conference.id,
    personId: binh.id,
    status: 'absent',
    reason: 'Ốm',
  });
  return { conference, an, binh };
}

describe('conference file (*.hoinghi.json)', () => {
  it('round-trips into an empty workspace: unit, roster and conference with its attendance', async () => {
    const source = startService();
    const { conference } = await seededConference(source);
    const exported = await source.call('conference:exportFile', { id: conference.id });
    expect(exported.fileName).toBe('hoi-nghi-2026.hoinghi.json');

    const target = startService();
    const opened = await target.call('conference:importFile', {
      fileName: exported.fileName,
      text: exported.text,
    });
    expect(opened).toMatchObject({
      adoptedUnit: true,
      addedPeople: 2,
      title: 'Hội nghị CBCCVC năm 2026',
    });
    const workspace = await target.call('workspace:load', {});
    expect(workspace.unit.name).toBe('Vụ Khoa học');
    const original = await source.call('conference:get', { id: conference.id });
    const again = await target.call('conference:get', { id: opened.conference.id });
    expect(again.attendance).toEqual(original.attendance);
    expect(again.venue).toBe('Hội trường');
  });

  it('opens into a unit with its own roster by matching people, never duplicating them', async () => {
    const source = startService();
    const { conference } = await seededConference(source);
    const { text } = await source.call('conference:exportFile', { id: conference.id });

    const target = startService();
    await target.call('unit:save', { name: 'Đơn vị khác' });
    const an = await target.call('people:save', {
      fullName: 'Nguyễn Văn An',
      birthDate: '1980-05-01',
    });
    const opened = await target.call('conference:importFile', { fileName: 'x.hoinghi.json', text });
    expect(opened.adoptedUnit).toBe(false);
    expect(opened.addedPeople).toBe(1);
    const { people, unit } = await target.call('workspace:load', {});
    expect(unit.name).toBe('Đơn vị khác');
    expect(people).toHaveLength(2);
    const binh = people.find((p) => p.fullName === 'Trần Thị Bình');
    expect(binh?.active).toBe(false);
    expect(Object.keys(opened.conference.attendance).sort()).toEqual([an.id, binh?.id].sort());
  });

  it('refuses bad files with a clear Vietnamese message and changes nothing', async () => {
    const app = startService();
    const cases: [string, RegExp][] = [
      ['{not json', /không phải JSON hợp lệ/],
      ['{"format":"other"}', /không phải tệp hội nghị của ứng dụng/],
      [
        JSON.stringify({
          format: 'hoi-nghi-cbccvc/conference',
          schemaVersion: 1,
          unit: {},
          people: [],
          conference: { year: 'x' },
        }),
        /không hợp lệ/,
      ],
      [
        JSON.stringify({ format: 'hoi-nghi-cbccvc/conference', schemaVersion: 9 }),
        /phiên bản mới hơn/,
      ],
    ];
    for (const [text, message] of cases) {
      const result = await dispatch(app.handlers, 'conference:importFile', {
        fileName: 'x.hoinghi.json',
        text,
      });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(message);
    }
    const invalid = await dispatch(app.handlers, 'conference:importFile', {
      fileName: 'x.hoinghi.json',
      text: JSON.stringify({
        format: 'hoi-nghi-cbccvc/conference',
        schemaVersion: 1,
        exportedAt: '',
        appVersion: '',
        unit: {},
        people: [],
        conference: { year: 'x' },
      }),
    });
    expect(!invalid.ok && invalid.error.issues.some((i) => i.startsWith('conference.'))).toBe(true);
    expect((await app.call('workspace:load', {})).conferences).toEqual([]);
  });

  it('refuses a second regular conference for the same year', async () => {
    const app = startService();
    const { conference } = await seededConference(app);
    const { text } = await app.call('conference:exportFile', { id: conference.id });
    const result = await dispatch(app.handlers, 'conference:importFile', {
      fileName: 'x.hoinghi.json',
      text,
    });
    expect(!result.ok && result.error.code).toBe('CONFLICT');
  });

  it('publishes the JSON Schema generated from the zod schema (npm run schema)', () => {
    const published = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'docs', 'schema', 'hoinghi.schema.json'), 'utf8'),
    );
    expect(published).toEqual(conferenceFileJsonSchema());
    expect(published.properties.conference.properties.year.type).toBe('integer');
  });
});
