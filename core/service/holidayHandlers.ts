import {
  HolidayTableSchema,
  addHoliday,
  holidayYearView,
  removeHoliday,
  restoreDefaults,
  type HolidayTable,
} from '../domain/holidays';
import { normalizeDeep } from './normalizeDeep';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type HolidayChannels = 'holidays:get' | 'holidays:add' | 'holidays:remove' | 'holidays:reset';

/**
 * The unit's table of days off, a year at a time: the rule's days plus what the user amended after
 * the Government's yearly announcement (Bộ luật Lao động 2019 Điều 112.3). Every answer is the
 * year as the screen shows it.
 */
export function holidayHandlers(ctx: ServiceContext): Pick<Handlers, HolidayChannels> {
  const { state, updateMain } = ctx;

  const change = (year: number, edit: (table: HolidayTable) => HolidayTable) => {
    const holidays = HolidayTableSchema.parse(edit(state.getMain().holidays));
    updateMain((doc) => ({ ...doc, holidays }));
    return holidayYearView(year, holidays);
  };

  return {
    'holidays:get': ({ year }) => holidayYearView(year, state.getMain().holidays),
    'holidays:add': ({ year, entry }) =>
      change(year, (table) => addHoliday(table, year, normalizeDeep(entry))),
    'holidays:remove': ({ year, date }) =>
      change(year, (table) => removeHoliday(table, year, date)),
    'holidays:reset': ({ year, date }) =>
      change(year, (table) => restoreDefaults(table, year, date)),
  };
}
