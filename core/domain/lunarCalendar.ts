/**
 * The Vietnamese lunisolar calendar (âm lịch), after the algorithm Hồ Ngọc Đức published ("Thuật
 * toán tính âm lịch", 2004–2006): new moons and the sun's longitude from the simplified series of
 * J. Meeus, "Astronomical Algorithms" (1998), evaluated at Hà Nội time (UTC+7). The time zone is the
 * whole difference from the Chinese calendar (UTC+8): a new moon just after 23:00 Beijing time falls
 * on the previous day in Hà Nội, which moved Tết in 1985 and 2007 and the month lengths in others.
 *
 * Written here rather than taken from npm: the Vietnamese converters there are single-release
 * packages, one of them obfuscated (docs/decisions.md). Valid for 1900–2199, the span the algorithm
 * was checked on; the app needs a few decades around today.
 */

/** Hà Nội: the lunar calendar of Vietnam is computed at UTC+7 (Quyết định 121/1967/CP). */
const TIME_ZONE_HOURS = 7;
export const LUNAR_YEAR_MIN = 1900;
export const LUNAR_YEAR_MAX = 2199;

const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (k = 0 in the series below). */
const NEW_MOON_EPOCH = 2415021.076998695;
const RAD = Math.PI / 180;

export interface LunarDate {
  day: number;
  month: number;
  /** The solar year in which the lunar year starts (Tết). */
  year: number;
  /** True inside a leap month (tháng nhuận), which repeats the number of the month before it. */
  leap: boolean;
}

export interface SolarDate {
  day: number;
  month: number;
  year: number;
}

/** Julian day number of a Gregorian date (Fliegel–Van Flandern). */
export function julianDayNumber({ day, month, year }: SolarDate): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** The Gregorian date of a Julian day number. */
export function fromJulianDayNumber(jdn: number): SolarDate {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/**
 * The local day (Julian day number at UTC+7) of the k-th new moon after 1900-01-01 (Meeus ch. 49,
 * the short series: mean phase, the largest periodic terms, ΔT).
 */
function newMoonDay(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitudeArg) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitudeArg + sunAnomaly) -
    0.0004 * Math.sin(2 * latitudeArg - sunAnomaly) -
    0.0006 * Math.sin(2 * latitudeArg + moonAnomaly) +
    0.001 * Math.sin(2 * latitudeArg - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return Math.floor(jd + correction - deltaT + 0.5 + TIME_ZONE_HOURS / 24);
}

/**
 * Which twelfth of the ecliptic (0 = from the March equinox, 30° each) the sun is in at the start
 * of a local day (Meeus ch. 25, low precision). Month 11 is the one holding the winter solstice
 * (section 9), and a month with no new section is the leap month.
 */
function sunSection(jdn: number): number {
  const t = (jdn - 0.5 - TIME_ZONE_HOURS / 24 - 2451545.0) / 36525;
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  let longitude = (meanLongitude + centre) * RAD;
  longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
  return Math.floor((longitude / Math.PI) * 6);
}

/** The first day of lunar month 11 (the month of the winter solstice) of a solar year. */
function month11Start(year: number): number {
  const k = Math.floor((julianDayNumber({ day: 31, month: 12, year }) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return sunSection(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** Months after month 11 at which the leap month of a 13-month year sits (its first month with no new solar term). */
function leapMonthOffset(month11: number): number {
  const k = Math.floor((month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let section = sunSection(newMoonDay(k + i));
  let previous: number;
  do {
    previous = section;
    i += 1;
    section = sunSection(newMoonDay(k + i));
  } while (section !== previous && i < 14);
  return i - 1;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_YEAR_MIN || year > LUNAR_YEAR_MAX) {
    throw new RangeError(
      `Chỉ tính được âm lịch cho các năm ${LUNAR_YEAR_MIN}–${LUNAR_YEAR_MAX} (năm đã cho: ${year}).`,
    );
  }
}

/** The lunar date of a solar (Gregorian) date. */
export function solarToLunar(date: SolarDate): LunarDate {
  checkYear(date.year);
  const jdn = julianDayNumber(date);
  // The mean lunation only estimates which new moon came last: step back until it is not after the
  // day. (The published code stops after one step and gives "day 0" on a few dates, e.g. in 2054.)
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > jdn) {
    k -= 1;
    monthStart = newMoonDay(k);
  }
  let a11 = month11Start(date.year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = date.year;
    a11 = month11Start(date.year - 1);
  } else {
    lunarYear = date.year + 1;
    b11 = month11Start(date.year + 1);
  }
  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/**
 * The solar date of a lunar date. A `leap` date in a year whose leap month is another one, or a
 * day 30 in a 29-day month, does not exist: RangeError.
 */
export function lunarToSolar(date: LunarDate): SolarDate {
  checkYear(date.year);
  const { day, month, year, leap } = date;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) {
    throw new RangeError(`Ngày âm lịch không hợp lệ: ${day}/${month}/${year}.`);
  }
  const [a11, b11] =
    month < 11
      ? [month11Start(year - 1), month11Start(year)]
      : [month11Start(year), month11Start(year + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) {
      throw new RangeError(`Năm âm lịch ${year} không có tháng ${month} nhuận.`);
    }
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new RangeError(`Năm âm lịch ${year} không có tháng nhuận.`);
  }
  const monthStart = newMoonDay(k + offset);
  const monthLength = newMoonDay(k + offset + 1) - monthStart;
  if (day > monthLength) {
    throw new RangeError(`Tháng ${month} âm lịch năm ${year} chỉ có ${monthLength} ngày.`);
  }
  return fromJulianDayNumber(monthStart + day - 1);
}
