import { useMemo } from 'react';
import { Card, Select, Space, Typography } from 'antd';
import type { Presidium } from '../../../../core/domain/agenda';
import type { Person } from '../../../../core/domain/person';
import { foldForSearch, sortByVietnameseName } from '../../../../core/domain/vietnamese';

/** The presidium and the secretaries of the conference, chosen from the active staff. */
export function PresidiumCard({
  people,
  presidium,
  onChange,
}: {
  people: readonly Person[];
  presidium: Presidium;
  onChange: (presidium: Presidium) => void;
}) {
  const personOptions = useMemo(
    () =>
      sortByVietnameseName(people.filter((p) => p.active)).map((p) => ({
        value: p.id,
        label: `${p.fullName}${p.position ? ` — ${p.position}` : ''}`,
        search: foldForSearch(`${p.fullName} ${p.department} ${p.rosterNo}`),
      })),
    [people],
  );
  const showSearch = {
    filterOption: (input: string, option?: { search: string }) =>
      (option?.search ?? '').includes(foldForSearch(input)),
  };

  return (
    <Card size="small" title="Đoàn Chủ tịch và thư ký hội nghị" style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <div>
          <Typography.Text type="secondary">Đoàn Chủ tịch</Typography.Text>
          <Select
            mode="multiple"
            aria-label="Đoàn Chủ tịch"
            style={{ width: '100%' }}
            placeholder="Chọn các thành viên đoàn chủ tịch"
            options={personOptions}
            value={presidium.presidiumIds}
            showSearch={showSearch}
            onChange={(presidiumIds: string[]) => onChange({ ...presidium, presidiumIds })}
            data-testid="agenda-presidium"
          />
        </div>
        <div>
          <Typography.Text type="secondary">Thư ký (1–2 người)</Typography.Text>
          <Select
            mode="multiple"
            maxCount={2}
            aria-label="Thư ký hội nghị"
            style={{ width: '100%' }}
            placeholder="Chọn thư ký hội nghị"
            options={personOptions}
            value={presidium.secretaryIds}
            showSearch={showSearch}
            onChange={(secretaryIds: string[]) => onChange({ ...presidium, secretaryIds })}
            data-testid="agenda-secretaries"
          />
        </div>
      </Space>
    </Card>
  );
}
