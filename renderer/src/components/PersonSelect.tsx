import { useMemo } from 'react';
import { Select } from 'antd';
import type { Person } from '../../../core/domain/person';
import { foldForSearch, sortByVietnameseName } from '../../../core/domain/vietnamese';

/** Pick someone from the roster; typing without accents finds them (đ included). */
export function PersonSelect({
  people,
  value,
  onChange,
  placeholder = 'Chọn từ danh sách cán bộ',
  ariaLabel,
}: {
  people: readonly Person[];
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  placeholder?: string;
  ariaLabel?: string;
}) {
  const options = useMemo(
    () =>
      sortByVietnameseName(people.filter((p) => p.active)).map((p) => ({
        value: p.id,
        label: `${p.fullName}${p.position ? ` — ${p.position}` : ''}${p.department ? `, ${p.department}` : ''}`,
        search: foldForSearch(`${p.fullName} ${p.department} ${p.rosterNo}`),
      })),
    [people],
  );
  return (
    <Select
      aria-label={ariaLabel}
      allowClear
      showSearch={{
        filterOption: (input, option) => (option?.search ?? '').includes(foldForSearch(input)),
      }}
      placeholder={placeholder}
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
