import { Input, Select } from 'antd';
import { OWNER_KIND_LABELS } from '../../../../core/domain/glossary';
import type { Person } from '../../../../core/domain/person';
import type { Owner } from '../../../../core/domain/resolution';
import { PersonSelect } from '../PersonSelect';

const KINDS = ['head', 'union', 'board', 'department', 'person'] as const;

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Who carries out a resolution item: the head, the union, the Ban TTND, a sub-unit or a person. */
export function OwnerField({
  owner,
  people,
  departments,
  disabled,
  ariaLabel,
  onChange,
}: {
  owner: Owner | undefined;
  people: readonly Person[];
  /** The sub-units of the roster, offered while typing. */
  departments: readonly string[];
  disabled: boolean;
  ariaLabel: string;
  onChange: (owner: Owner | undefined) => void;
}) {
  return (
    <div style={{ display: 'flex', gap: 4, minWidth: 0 }}>
      <Select
        aria-label={ariaLabel}
        allowClear
        disabled={disabled}
        placeholder="Ai chủ trì"
        value={owner?.kind}
        style={{ width: 230 }}
        popupMatchSelectWidth={false}
        options={KINDS.map((k) => ({ value: k, label: capitalise(OWNER_KIND_LABELS[k]) }))}
        onChange={(kind: Owner['kind'] | undefined) => onChange(kind ? { kind } : undefined)}
      />
      {owner?.kind === 'department' && (
        <Select
          aria-label={`${ariaLabel}: phòng, ban`}
          disabled={disabled}
          showSearch
          placeholder="Phòng, ban, đơn vị"
          value={owner.department || undefined}
          style={{ flex: 1, minWidth: 160 }}
          options={departments.map((d) => ({ value: d, label: d }))}
          onChange={(department: string) => onChange({ kind: 'department', department })}
          notFoundContent={null}
          popupRender={(menu) => (
            <>
              {menu}
              <Input
                size="small"
                placeholder="Hoặc gõ tên khác rồi Enter"
                onPressEnter={(e) =>
                  onChange({ kind: 'department', department: e.currentTarget.value.trim() })
                }
                style={{ margin: 4, width: 'calc(100% - 8px)' }}
              />
            </>
          )}
        />
      )}
      {owner?.kind === 'person' && (
        <div style={{ flex: 1, minWidth: 180 }}>
          <PersonSelect
            ariaLabel={`${ariaLabel}: người phụ trách`}
            people={people}
            value={owner.personId}
            onChange={(personId) => onChange({ kind: 'person', personId })}
          />
        </div>
      )}
    </div>
  );
}
