/**
 * Pairing the rows of the file with the people already in the app, so that an import updates
 * people rather than adding them again. A staff list carries no id of the app's (its STT is often
 * just the row's order), so people are matched by name, birth date and department, cautiously: a
 * guess that pairs two namesakes wrongly would overwrite one person's record with another's.
 */
import type { Person } from '../person';
import { foldForSearch } from '../vietnamese';
import type { ImportRow } from './importedPerson';

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

interface MatchKeys {
  name: string;
  nameDepartment: string;
  nameBirth: string | null;
}

function matchKeys(person: {
  fullName: string;
  department: string;
  birthDate?: string;
}): MatchKeys {
  const name = foldForSearch(person.fullName);
  return {
    name,
    nameDepartment: `${name}|${foldForSearch(person.department)}`,
    nameBirth: person.birthDate ? `${name}|${person.birthDate}` : null,
  };
}

/**
 * Pairs file rows with people: name + birth date first; then name + department, then name
 * alone, each only where the key is unique on both sides (two "Nguyễn Văn An" are never guessed
 * at). Two different birth dates mean two different people, whatever the other keys say. Active
 * people are tried before those who left, so a returning namesake cannot steal a current record.
 */
export function matchRows(rows: ImportRow[], existing: Person[]): Map<ImportRow, Person> {
  const matched = new Map<ImportRow, Person>();
  if (existing.length === 0) return matched;
  // Folding is the expensive part of a 2,400-row diff: once per row and person, not per tier.
  const rowKeys = new Map(rows.map((row) => [row, matchKeys(row.person)]));
  const personKeys = new Map(existing.map((person) => [person, matchKeys(person)]));
  const keysOfRow = (row: ImportRow): MatchKeys => rowKeys.get(row) ?? matchKeys(row.person);
  const keysOfPerson = (person: Person): MatchKeys => personKeys.get(person) ?? matchKeys(person);
  const used = new Set<Person>();
  const pools = [existing.filter((p) => p.active), existing.filter((p) => !p.active)];

  for (const pool of pools) {
    if (pool.length === 0) continue;
    const byNameAndBirth = new Map<string, Person[]>();
    for (const person of pool) {
      const key = keysOfPerson(person).nameBirth;
      if (key) byNameAndBirth.set(key, [...(byNameAndBirth.get(key) ?? []), person]);
    }
    for (const row of rows) {
      const key = keysOfRow(row).nameBirth;
      if (matched.has(row) || !key) continue;
      const person = byNameAndBirth.get(key)?.find((candidate) => !used.has(candidate));
      if (person) {
        matched.set(row, person);
        used.add(person);
      }
    }

    const uniqueTier = (tier: 'nameDepartment' | 'name'): void => {
      const openRows = rows.filter((row) => !matched.has(row));
      const openPeople = pool.filter((person) => !used.has(person));
      const rowCounts = countBy(openRows, (row) => keysOfRow(row)[tier]);
      const peopleCounts = countBy(openPeople, (person) => keysOfPerson(person)[tier]);
      const peopleByKey = new Map(openPeople.map((p) => [keysOfPerson(p)[tier], p]));
      for (const row of openRows) {
        const key = keysOfRow(row)[tier];
        if (rowCounts.get(key) !== 1 || peopleCounts.get(key) !== 1) continue;
        const person = peopleByKey.get(key);
        if (!person) continue;
        if (row.person.birthDate && person.birthDate && row.person.birthDate !== person.birthDate) {
          continue;
        }
        matched.set(row, person);
        used.add(person);
      }
    };
    uniqueTier('nameDepartment');
    uniqueTier('name');
  }
  return matched;
}
