import { useMemo, useState } from 'react';
import { App, Button, Select, Space, Typography } from 'antd';
import type { Conference } from '../../../core/domain/conference';
import type { Person } from '../../../core/domain/person';
import { foldForSearch, sortByVietnameseName } from '../../../core/domain/vietnamese';
import { request, ApiError } from '../api';

/** Delegates of a delegates' conference, picked from the roster; whole departments in one click. */
export function DelegatePicker({
  conference,
  people,
  onChange,
}: {
  conference: Conference;
  people: readonly Person[];
  onChange: (c: Conference) => void;
}) {
  const { message } = App.useApp();
  const [department, setDepartment] = useState<string | undefined>();
  const active = useMemo(() => sortByVietnameseName(people.filter((p) => p.active)), [people]);
  const departments = useMemo(
    () =>
      [...new Set(active.map((p) => p.department).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b, 'vi'),
      ),
    [active],
  );
  const options = useMemo(
    () =>
      active.map((p) => ({
        value: p.id,
        label: `${p.fullName} — ${p.department}`,
        search: foldForSearch(`${p.fullName} ${p.department} ${p.rosterNo}`),
      })),
    [active],
  );

  const save = async (personIds: string[]) => {
    try {
      onChange(await request('conference:setDelegates', { id: conference.id, personIds }));
    } catch (error) {
      message.error(error instanceof ApiError ? error.message : String(error));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        Đã chọn <b>{conference.delegateIds.length}</b> đại biểu.
      </Typography.Text>
      <Select
        mode="multiple"
        aria-label="Đại biểu"
        style={{ width: '100%' }}
        value={conference.delegateIds}
        options={options}
        maxTagCount={30}
        showSearch={{
          filterOption: (input, option) => (option?.search ?? '').includes(foldForSearch(input)),
        }}
        placeholder="Gõ tên để thêm đại biểu"
        onChange={(ids: string[]) => void save(ids)}
      />
      <Space.Compact>
        <Select
          allowClear
          placeholder="Chọn phòng, ban"
          style={{ width: 280 }}
          value={department}
          onChange={setDepartment}
          options={departments.map((d) => ({ value: d, label: d }))}
        />
        <Button
          disabled={!department}
          onClick={() =>
            void save([
              ...conference.delegateIds,
              ...active.filter((p) => p.department === department).map((p) => p.id),
            ])
          }
        >
          Thêm cả phòng
        </Button>
      </Space.Compact>
    </Space>
  );
}
