import type { Person, Role } from './person';
import type { UnitProfile } from './unit';

/**
 * The unit profile names the union chair and vice-chair; their roles follow from it so the two never
 * disagree. Both sit on the union executive (Ban Chấp hành) by office.
 */
export function syncUnionOfficerRoles(
  people: readonly Person[],
  unit: Pick<UnitProfile, 'unionChairId' | 'unionViceChairId'>,
): Person[] {
  return people.map((person) => {
    const roles = new Set<Role>(person.roles);
    roles.delete('unionChair');
    roles.delete('unionViceChair');
    if (person.id === unit.unionChairId) roles.add('unionChair').add('unionExecutive');
    if (person.id === unit.unionViceChairId) roles.add('unionViceChair').add('unionExecutive');
    const next = [...roles];
    return next.length === person.roles.length && next.every((r) => person.roles.includes(r))
      ? person
      : { ...person, roles: next };
  });
}
