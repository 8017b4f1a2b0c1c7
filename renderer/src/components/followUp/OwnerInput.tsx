import { Input, Select, Space } from 'antd';
import { OWNER_KIND_LABELS } from '../../../../core/domain/glossary';
import type { Person } from '../../../../core/domain/person';
import type { Owner } from '../../../../core/domain/resolution';
import { PersonSelect } from '../PersonSelect';

const KINDS: Owner['kind'][] = ['head', 'union', 'board', 'department', 'person'];

/** Who carries an item out: a body, a sub-unit by name, or a person from the roster. */
export function OwnerInput({
  value,
  onChange,
  people,
}: {
  value: Owner | undefined;
  onChange: (owner: Owner | undefined) => void;
  people: readonly Person[];
}) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        allowClear
        aria-label="Người / đơn vị phụ trách"
        placeholder="Chưa phân công"
        value={value?.kind}
        onChange={(kind: Owner['kind'] | undefined) => onChange(kind ? { kind } : undefined)}
        options={KINDS.map((k) => ({ value: k, label: OWNER_KIND_LABELS[k] }))}
      />
      {value?.kind === 'department' && (
        <Input
          aria-label="Tên phòng, ban"
          placeholder="Tên phòng, ban, đơn vị trực thuộc"
          value={value.department ?? ''}
          onChange={(e) => onChange({ kind: 'department', department: e.target.value })}
        />
      )}
      {value?.kind === 'person' && (
        <PersonSelect
          people={people}
          value={value.personId}
          ariaLabel="Cán bộ phụ trách"
          onChange={(personId) =>
            onChange(personId ? { kind: 'person', personId } : { kind: 'person' })
          }
        />
      )}
    </Space>
  );
}
