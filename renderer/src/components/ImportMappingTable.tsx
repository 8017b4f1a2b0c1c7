import { useMemo } from 'react';
import { Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  ROSTER_FIELD_LABELS,
  type ColumnMapping,
  type Grid,
  type RosterField,
} from '../../../core/domain/rosterImport';

const SKIP = 'skip';
type Choice = RosterField | typeof SKIP;

const FIELDS = Object.keys(ROSTER_FIELD_LABELS) as RosterField[];
const SAMPLE_COUNT = 3;
/** Enough rows to find three values in a sparse column without scanning a 2,400-row sheet. */
const SAMPLE_SCAN_ROWS = 60;

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

interface ColumnRow {
  index: number;
  header: string;
  samples: string[];
}

export interface ImportMappingTableProps {
  grid: Grid;
  /** 0-based index of the header row in the grid. */
  headerRow: number;
  columnCount: number;
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}

/** One line per column of the file: its header, a few values, and which field it fills. */
export function ImportMappingTable({
  grid,
  headerRow,
  columnCount,
  mapping,
  onChange,
}: ImportMappingTableProps) {
  const rows = useMemo<ColumnRow[]>(() => {
    const header = grid[headerRow] ?? [];
    const below = grid.slice(headerRow + 1, headerRow + 1 + SAMPLE_SCAN_ROWS);
    const result: ColumnRow[] = [];
    for (let index = 0; index < columnCount; index++) {
      const samples: string[] = [];
      for (const line of below) {
        const value = (line[index] ?? '').trim();
        if (value && !samples.includes(value)) samples.push(value);
        if (samples.length === SAMPLE_COUNT) break;
      }
      const title = (header[index] ?? '').trim();
      // Empty columns (borders, spacing in the sheet) would only lengthen the list.
      if (!title && samples.length === 0 && !mapping[index]) continue;
      result.push({ index, header: title, samples });
    }
    return result;
  }, [grid, headerRow, columnCount, mapping]);

  // Which column each field is already chosen for, to say so next to the option.
  const usedBy = useMemo(() => {
    const used = new Map<RosterField, number[]>();
    for (const [key, field] of Object.entries(mapping)) {
      if (field) used.set(field, [...(used.get(field) ?? []), Number(key)]);
    }
    return used;
  }, [mapping]);

  const choose = (index: number, choice: Choice) =>
    onChange({ ...mapping, [index]: choice === SKIP ? null : choice });

  const columns: ColumnsType<ColumnRow> = [
    {
      title: 'Cột',
      dataIndex: 'index',
      width: 56,
      render: (index: number) => <Typography.Text strong>{columnLetter(index)}</Typography.Text>,
    },
    {
      title: 'Tiêu đề trong tệp',
      dataIndex: 'header',
      width: 220,
      ellipsis: true,
      render: (header: string) =>
        header || <Typography.Text type="secondary">(không có tiêu đề)</Typography.Text>,
    },
    {
      title: 'Giá trị đầu tiên',
      dataIndex: 'samples',
      ellipsis: true,
      render: (samples: string[]) =>
        samples.length > 0 ? (
          <span title={samples.join(' · ')}>{samples.join(' · ')}</span>
        ) : (
          <Typography.Text type="secondary">(trống)</Typography.Text>
        ),
    },
    {
      title: 'Nhập vào',
      key: 'field',
      width: 300,
      render: (_: unknown, row: ColumnRow) => {
        const value: Choice = mapping[row.index] ?? SKIP;
        return (
          <Select<Choice>
            size="small"
            aria-label={`Cột ${columnLetter(row.index)} nhập vào`}
            value={value}
            onChange={(choice) => choose(row.index, choice)}
            style={{ width: '100%' }}
            status={value !== SKIP && (usedBy.get(value)?.length ?? 0) > 1 ? 'error' : undefined}
            options={[
              { value: SKIP, label: 'Bỏ qua' },
              ...FIELDS.map((field) => {
                const elsewhere = (usedBy.get(field) ?? []).filter((c) => c !== row.index);
                return {
                  value: field,
                  label:
                    elsewhere.length > 0
                      ? `${ROSTER_FIELD_LABELS[field]} (đang chọn cho cột ${elsewhere.map(columnLetter).join(', ')})`
                      : ROSTER_FIELD_LABELS[field],
                };
              }),
            ]}
          />
        );
      },
    },
  ];

  return (
    <Table<ColumnRow>
      size="small"
      rowKey="index"
      pagination={false}
      columns={columns}
      dataSource={rows}
      scroll={{ y: 260 }}
    />
  );
}
