import type { JsonObject, Migration } from './types';

/**
 * v1 (the first development builds) stored union membership as a flag `isUnionMember` and the
 * work-year end as the text "dd/mm". v2 keeps membership in `roles` next to the other roles the
 * rules depend on, and the work-year end as numbers.
 */
export const main001UnionMemberToRole: Migration = {
  from: 1,
  description: 'Đoàn viên công đoàn chuyển thành vai trò; ngày kết thúc năm công tác thành số',
  up(doc) {
    const unit = { ...((doc.unit as JsonObject | undefined) ?? {}) };
    if (typeof unit.workYearEnd === 'string') {
      const [day, month] = unit.workYearEnd.split('/').map((part) => Number(part));
      unit.workYearEnd = { day: day || 31, month: month || 12 };
    }
    const people = Array.isArray(doc.people) ? doc.people : [];
    return {
      ...doc,
      schemaVersion: 2,
      unit,
      people: people.map((raw: unknown) => {
        const { isUnionMember, ...person } = raw as JsonObject;
        const roles = Array.isArray(person.roles) ? [...(person.roles as unknown[])] : [];
        if (isUnionMember === true && !roles.includes('unionMember')) roles.push('unionMember');
        return { ...person, roles };
      }),
    };
  },
};
