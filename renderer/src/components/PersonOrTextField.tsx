import { Button, Input, Tooltip } from 'antd';
import { EditOutlined, UserOutlined } from '@ant-design/icons';
import type { Person } from '../../../core/domain/person';
import { PersonSelect } from './PersonSelect';

export type PersonOrTextMode = 'person' | 'text';

/** Someone from the roster, or a free-text name; the button beside it switches between the two. */
export function PersonOrTextField({
  mode,
  onToggle,
  ariaLabel,
  placeholder,
  people,
  personId,
  text,
  onPersonChange,
  onTextChange,
}: {
  mode: PersonOrTextMode;
  onToggle: () => void;
  ariaLabel: string;
  placeholder: string;
  people: readonly Person[];
  personId: string | undefined;
  text: string;
  onPersonChange: (id: string | undefined) => void;
  onTextChange: (text: string) => void;
}) {
  const hint = mode === 'person' ? 'Nhập tên tự do' : 'Chọn từ danh sách cán bộ';
  return (
    <div style={{ display: 'flex', gap: 4 }}>
      <Tooltip title={hint}>
        <Button
          aria-label={hint}
          icon={mode === 'person' ? <EditOutlined /> : <UserOutlined />}
          onClick={onToggle}
        />
      </Tooltip>
      <div style={{ flex: 1, minWidth: 0 }}>
        {mode === 'person' ? (
          <PersonSelect
            ariaLabel={ariaLabel}
            people={people}
            value={personId}
            onChange={onPersonChange}
          />
        ) : (
          <Input
            aria-label={ariaLabel}
            placeholder={placeholder}
            value={text}
            onChange={(e) => onTextChange(e.target.value)}
          />
        )}
      </div>
    </div>
  );
}
