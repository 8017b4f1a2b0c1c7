/**
 * Who signs the conference's own documents by default (documentHeaderFor): the minutes (D14) the
 * secretary on the left and the chair on the right (Mẫu 1.9, R27), the resolution (D15) the chair
 * for the conference, the covenant (D18) both parties — whatever header preset is chosen, taken
 * from the presidium as approved, and not stored while the user leaves them as they are.
 */
import { describe, expect, it } from 'vitest';
import {
  allPresetDefaults,
  documentHeaderFor,
  documentSettingToStore,
} from '../../../../core/documents/documentHeaderFor';
import {
  conferenceDayContext,
  head,
  people,
  secretary,
  unionChair,
  unit,
} from './conferenceDayContext.fixture';

const ctx = conferenceDayContext();
const sources = { unit, people, conference: ctx.conference };

describe('default signers of D14, D15 and D18', () => {
  it('D14: THƯ KÝ then CHỦ TỌA under every preset, from the presidium', () => {
    for (const defaults of Object.values(allPresetDefaults(sources, 'D14'))) {
      expect(defaults.signatures).toEqual([
        { authority: '', title: 'THƯ KÝ', name: secretary.fullName },
        { authority: '', title: 'CHỦ TỌA', name: head.fullName },
      ]);
    }
  });

  it('D14: the chair follows the presidium; without one, the names are written in', () => {
    const swapped = {
      ...sources,
      conference: {
        ...ctx.conference,
        presidium: { presidiumIds: [unionChair.id, head.id], secretaryIds: [] },
      },
    };
    expect(allPresetDefaults(swapped, 'D14').unit.signatures.map((s) => s.name)).toEqual([
      '',
      unionChair.fullName,
    ]);
    expect(allPresetDefaults({ unit, people }, 'D14').unit.signatures.map((s) => s.name)).toEqual([
      '',
      '',
    ]);
  });

  it('D15: TM. HỘI NGHỊ / CHỦ TỌA; D18: the union chair and the head even as a unit document', () => {
    expect(documentHeaderFor(ctx, 'D15').signatures).toEqual([
      { authority: 'TM. HỘI NGHỊ', title: 'CHỦ TỌA', name: head.fullName },
    ]);
    expect(allPresetDefaults(sources, 'D18').unit.signatures.map((s) => s.name)).toEqual([
      unionChair.fullName,
      head.fullName,
    ]);
  });

  it('stores nothing when the user saves the defaults, so they keep following the presidium', () => {
    const defaults = allPresetDefaults(sources, 'D14').unit;
    expect(
      documentSettingToStore(sources, 'D14', { preset: 'unit', signatures: defaults.signatures }),
    ).toBeUndefined();
  });
});
