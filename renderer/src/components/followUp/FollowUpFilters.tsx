import { useMemo } from 'react';
import { Input, Select, Space, Switch } from 'antd';
import { FOLLOW_UP_STATUSES, type FollowUpGroup } from '../../../../core/domain/followUp';
import {
  FOLLOW_UP_SORTS,
  ownerOptions,
  type FollowUpFilter,
  type FollowUpSort,
} from '../../../../core/domain/followUpFilter';
import { FOLLOW_UP_GROUP_LABELS, FOLLOW_UP_STATUS_LABELS } from '../../../../core/domain/glossary';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';

const SORT_LABELS: Record<FollowUpSort, string> = {
  order: 'Theo thứ tự nghị quyết',
  deadline: 'Theo thời hạn',
  status: 'Theo tình trạng',
  owner: 'Theo người phụ trách',
  title: 'Theo nội dung (A–Z)',
};

/** Owner, status, part, overdue and an accent-insensitive search; the list and the .xlsx share it. */
export function FollowUpFilters({
  items,
  filter,
  onFilter,
  sort,
  onSort,
}: {
  items: FollowUpViewOutput['items'];
  filter: FollowUpFilter;
  onFilter: (next: FollowUpFilter) => void;
  sort: FollowUpSort;
  onSort: (next: FollowUpSort) => void;
}) {
  const owners = useMemo(() => ownerOptions(items), [items]);
  const groups = useMemo(() => [...new Set(items.map((i) => i.state.group))], [items]);
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        placeholder="Tìm (gõ không dấu cũng được)"
        aria-label="Tìm việc"
        style={{ width: 260 }}
        value={filter.search ?? ''}
        onChange={(e) => onFilter({ ...filter, search: e.target.value || undefined })}
      />
      <Select
        allowClear
        placeholder="Người / đơn vị phụ trách"
        aria-label="Lọc theo người phụ trách"
        style={{ width: 220 }}
        value={filter.owner}
        onChange={(owner: string | undefined) => onFilter({ ...filter, owner })}
        options={owners.map((o) => ({ value: o.key, label: o.label }))}
      />
      <Select
        mode="multiple"
        allowClear
        placeholder="Tình trạng"
        aria-label="Lọc theo tình trạng"
        style={{ minWidth: 180 }}
        value={filter.statuses ?? []}
        onChange={(statuses) => onFilter({ ...filter, statuses })}
        options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: FOLLOW_UP_STATUS_LABELS[s] }))}
      />
      <Select
        mode="multiple"
        allowClear
        placeholder="Phần của nghị quyết"
        aria-label="Lọc theo phần của nghị quyết"
        style={{ minWidth: 200 }}
        value={filter.groups ?? []}
        onChange={(next: FollowUpGroup[]) => onFilter({ ...filter, groups: next })}
        options={groups.map((g) => ({ value: g, label: FOLLOW_UP_GROUP_LABELS[g] }))}
      />
      <Space>
        <Switch
          aria-label="Chỉ việc quá hạn"
          data-testid="filter-overdue"
          checked={filter.overdue ?? false}
          onChange={(overdue) => onFilter({ ...filter, overdue: overdue || undefined })}
        />
        <span>Chỉ việc quá hạn</span>
      </Space>
      <Select
        aria-label="Sắp xếp"
        style={{ width: 200 }}
        value={sort}
        onChange={onSort}
        options={FOLLOW_UP_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))}
      />
    </Space>
  );
}
