import { afterEach, describe, expect, it } from 'vitest';
import { vietnamClock, vietnamDate, vietnamInstant } from '../../../../core/domain/vietnamTime';

const machineZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = machineZone;
});

describe('dates and clock times are Vietnam’s, whatever zone the computer is set to', () => {
  it.each(['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'Asia/Tokyo'])(
    'on a machine set to %s, 01:00 UTC is 08:00 in Vietnam and 18:30 UTC is the next day',
    (zone) => {
      process.env.TZ = zone;
      expect(vietnamClock('2026-01-15T01:00:00.000Z')).toBe('08:00');
      expect(vietnamDate('2026-01-15T01:00:00.000Z')).toBe('2026-01-15');
      expect(vietnamClock(new Date('2026-01-15T18:30:00Z'))).toBe('01:30');
      expect(vietnamDate(new Date('2026-01-15T18:30:00Z'))).toBe('2026-01-16');
      expect(vietnamInstant('2026-01-15', '08:00')).toBe('2026-01-15T01:00:00.000Z');
    },
  );
});
