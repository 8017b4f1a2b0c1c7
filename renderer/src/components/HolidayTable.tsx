import { useCallback, useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import dayjs from 'dayjs';
import type { z } from 'zod';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import {
  HOLIDAY_KINDS,
  HOLIDAY_YEAR_MAX,
  HOLIDAY_YEAR_MIN,
  HolidayEntrySchema,
  type HolidayKind,
  type HolidayYearView,
  type ResolvedHoliday,
} from '../../../core/domain/holidays';
import { formatDateVi } from '../../../core/domain/dates';
import { WEEKDAY_NAMES, requireDayNumber, weekdayOf } from '../../../core/domain/dayNumber';
import { HOLIDAY_KIND_LABELS } from '../../../core/domain/glossary';
import { ApiError, call, request } from '../api';

type EntryInput = z.input<typeof HolidayEntrySchema>;
type EntryOutput = z.output<typeof HolidayEntrySchema>;

const KIND_COLORS: Record<HolidayKind, string> = {
  law: 'red',
  compensatory: 'orange',
  'swap-off': 'gold',
  'swap-work': 'blue',
  custom: 'purple',
};

const EMPTY_ENTRY: EntryInput = { date: '', name: '', kind: 'law' };

const dayText = (iso: string) =>
  `${WEEKDAY_NAMES[weekdayOf(requireDayNumber(iso))]}, ${formatDateVi(iso)}`;

/**
 * The unit's days off of one year: the public holidays the app computes (Bộ luật Lao động 2019
 * Điều 112, nghỉ bù Điều 111.3) with the user's amendments after the Government's yearly
 * announcement. Deadlines in working days (R10, R20, R22) count against this table.
 */
export function HolidayTable() {
  const { message } = App.useApp();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [view, setView] = useState<HolidayYearView>();
  const [busy, setBusy] = useState(false);
  const { control, handleSubmit, reset, formState } = useForm<EntryInput, unknown, EntryOutput>({
    resolver: zodResolver(HolidayEntrySchema),
    defaultValues: EMPTY_ENTRY,
  });

  /**
   * Changes made since a year's table was asked for: its answer, arriving after one of them on a
   * slow machine, would put back the table as it was before the change.
   */
  const changes = useRef(0);

  const run = useCallback(
    async (work: () => Promise<HolidayYearView>, done?: string) => {
      changes.current += 1;
      setBusy(true);
      try {
        setView(await work());
        if (done) message.success(done);
        return true;
      } catch (error) {
        message.error(error instanceof ApiError ? error.message : String(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [message],
  );

  useEffect(() => {
    // A year typed quickly (2, 20, 202, 2026) must not show an older answer that arrives late.
    let current = true;
    const asked = changes.current;
    void call('holidays:get', { year }).then((result) => {
      if (!current || changes.current !== asked) return;
      if (result.ok) setView(result.data);
      else message.error(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [message, year]);

  // Made when pressed (Enter or the button), not at render: it runs a change.
  const add = () =>
    handleSubmit(async (entry) => {
      const added = await run(
        () => request('holidays:add', { year, entry }),
        `Đã thêm ngày ${formatDateVi(entry.date)}.`,
      );
      if (added) reset(EMPTY_ENTRY);
    })();

  return (
    // The section sits inside the unit form: Enter in its fields must not submit that form.
    <div
      data-testid="holiday-table"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement)
          event.preventDefault();
      }}
    >
      <Typography.Paragraph type="secondary">
        Dùng để tính các thời hạn theo ngày làm việc, ví dụ quyết định công nhận kết quả bầu Ban
        Thanh tra nhân dân chậm nhất 5 ngày làm việc sau hội nghị. Ứng dụng tự tính các ngày nghỉ
        lễ, tết theo Điều 112 Bộ luật Lao động 2019 (Tết Âm lịch và Giỗ Tổ Hùng Vương theo âm lịch)
        và ngày nghỉ bù khi ngày lễ trùng thứ Bảy, Chủ nhật. Hằng năm Thủ tướng quyết định cụ thể
        các ngày nghỉ Tết Âm lịch, Quốc khánh và việc hoán đổi ngày làm việc: hãy sửa bảng theo
        thông báo đó.
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>Năm</Typography.Text>
        <InputNumber
          aria-label="Năm của bảng ngày nghỉ"
          min={HOLIDAY_YEAR_MIN}
          max={HOLIDAY_YEAR_MAX}
          value={year}
          onChange={(value) => {
            if (value && value >= HOLIDAY_YEAR_MIN && value <= HOLIDAY_YEAR_MAX) setYear(value);
          }}
        />
        {view?.customised ? (
          <Tag color="processing">Đã sửa theo thông báo của năm</Tag>
        ) : (
          <Tag>Theo quy định</Tag>
        )}
        <Popconfirm
          title={`Khôi phục mặc định năm ${year}?`}
          description="Bỏ mọi ngày đã thêm, đã bỏ của năm này và dùng lại các ngày nghỉ theo quy định."
          okText="Khôi phục"
          cancelText="Huỷ"
          onConfirm={() =>
            run(
              () => request('holidays:reset', { year }),
              `Đã khôi phục ngày nghỉ mặc định năm ${year}.`,
            )
          }
          disabled={!view?.customised}
        >
          <Button icon={<UndoOutlined />} disabled={!view?.customised || busy}>
            Khôi phục mặc định
          </Button>
        </Popconfirm>
      </Space>
      <Table<ResolvedHoliday>
        size="small"
        rowKey={(h) => `${h.date}-${h.kind}-${h.name}`}
        loading={busy && !view}
        pagination={false}
        dataSource={view?.days ?? []}
        locale={{ emptyText: 'Không có ngày nghỉ lễ nào trong năm này.' }}
        columns={[
          { title: 'Ngày', dataIndex: 'date', width: 170, render: (d: string) => dayText(d) },
          { title: 'Tên ngày nghỉ', dataIndex: 'name' },
          {
            title: 'Loại',
            dataIndex: 'kind',
            width: 220,
            render: (kind: HolidayKind, h) => (
              <Space size={4} wrap>
                <Tag color={KIND_COLORS[kind]}>{HOLIDAY_KIND_LABELS[kind]}</Tag>
                {h.origin === 'user' && <Tag>Đơn vị sửa</Tag>}
              </Space>
            ),
          },
          {
            title: '',
            width: 48,
            render: (_: unknown, h) => (
              <Popconfirm
                title={`Bỏ ngày ${formatDateVi(h.date)} khỏi bảng?`}
                description={
                  h.origin === 'default'
                    ? 'Ngày này tính theo quy định; có thể khôi phục lại sau.'
                    : undefined
                }
                okText="Bỏ"
                cancelText="Huỷ"
                onConfirm={() =>
                  run(
                    () => request('holidays:remove', { year, date: h.date }),
                    `Đã bỏ ngày ${formatDateVi(h.date)}.`,
                  )
                }
              >
                <Button
                  size="small"
                  type="text"
                  aria-label={`Bỏ ngày ${formatDateVi(h.date)}`}
                  icon={<DeleteOutlined />}
                />
              </Popconfirm>
            ),
          },
        ]}
      />
      {view && view.removedDefaults.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title="Ngày nghỉ theo quy định đã bỏ trong năm này"
          description={
            <Space direction="vertical" size={2}>
              {view.removedDefaults.map((h) => (
                <Space key={h.date} size={8}>
                  <span>
                    {dayText(h.date)} — {h.name}
                  </span>
                  <Button
                    size="small"
                    type="link"
                    onClick={() =>
                      void run(
                        () => request('holidays:reset', { year, date: h.date }),
                        `Đã khôi phục ngày ${formatDateVi(h.date)}.`,
                      )
                    }
                  >
                    Khôi phục
                  </Button>
                </Space>
              ))}
            </Space>
          }
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Thêm ngày
      </Typography.Title>
      <Space wrap align="start">
        <Controller
          name="date"
          control={control}
          render={({ field, fieldState }) => (
            <Space direction="vertical" size={0}>
              <DatePicker
                aria-label="Ngày nghỉ cần thêm"
                format="DD/MM/YYYY"
                placeholder="dd/mm/yyyy"
                status={fieldState.error ? 'error' : undefined}
                value={field.value ? dayjs(field.value) : null}
                defaultPickerValue={dayjs(`${year}-01-01`)}
                onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : '')}
              />
              {fieldState.error && <Typography.Text type="danger">Chọn ngày.</Typography.Text>}
            </Space>
          )}
        />
        <Controller
          name="name"
          control={control}
          render={({ field, fieldState }) => (
            <Space direction="vertical" size={0}>
              <Input
                {...field}
                aria-label="Tên ngày nghỉ cần thêm"
                placeholder="Ví dụ: Nghỉ hoán đổi Tết Dương lịch"
                onPressEnter={() => void add()}
                status={fieldState.error ? 'error' : undefined}
                style={{ width: 320 }}
              />
              {fieldState.error && (
                <Typography.Text type="danger">{fieldState.error.message}</Typography.Text>
              )}
            </Space>
          )}
        />
        <Controller
          name="kind"
          control={control}
          render={({ field }) => (
            <Select
              aria-label="Loại ngày"
              value={field.value}
              onChange={field.onChange}
              style={{ width: 200 }}
              options={HOLIDAY_KINDS.map((kind) => ({
                value: kind,
                label: HOLIDAY_KIND_LABELS[kind],
              }))}
            />
          )}
        />
        <Button
          icon={<PlusOutlined />}
          loading={formState.isSubmitting}
          disabled={busy}
          onClick={() => void add()}
        >
          Thêm ngày
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        Hoán đổi ngày làm việc: thêm hai dòng — ngày thường được nghỉ (“Nghỉ hoán đổi”) và thứ Bảy
        hoặc Chủ nhật đi làm thay (“Làm bù”). Một ngày Tết Chính phủ quyết định khác mặc định: bỏ
        ngày mặc định và thêm ngày mới loại “Nghỉ lễ, tết” — ngày nghỉ bù được tính lại theo đó.
      </Typography.Paragraph>
    </div>
  );
}
