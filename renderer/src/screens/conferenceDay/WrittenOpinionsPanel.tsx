import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Input,
  InputNumber,
  Popconfirm,
  Space,
  Table,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ProceedingsView } from '../../../../core/conferenceDayContract';
import type { Conference } from '../../../../core/domain/conference';
import { writtenOpinionOutcome, writtenOpinionProblems } from '../../../../core/domain/floorVote';
import { newId } from '../../../../core/domain/ids';
import type { WrittenOpinionRoute } from '../../../../core/domain/proceedings';
import { ApiError, request } from '../../api';
import { QuorumPanel } from '../../components/QuorumPanel';
import { useWorkspace } from '../../state/WorkspaceContext';
import { WrittenOpinionDocuments } from './WrittenOpinionDocuments';

type RouteItem = WrittenOpinionRoute['items'][number];

const COUNT_LABELS = {
  votesFor: 'Đồng ý',
  votesAgainst: 'Không đồng ý',
  votesOther: 'Ý kiến khác',
} as const;

const EMPTY_ROUTE: WrittenOpinionRoute = {
  returnTo: '',
  formsIssued: 0,
  formsReturned: 0,
  items: [],
};

/**
 * Luật 10/2022/QH15 Điều 50.2: when a second convocation still lacks the quorum, the union and the
 * head take the staff's opinions in writing (phiếu lấy ý kiến) on the items the conference would
 * have decided. Each item passes with votes for from strictly more than half of ALL staff — the
 * same arithmetic as R2, on the number of staff (writtenOpinionOutcome), shown as it is typed.
 * Once saved, the form to hand out (D9PYK) and the record of its result (D9KQ) are offered here.
 */
export function WrittenOpinionsPanel({
  conference,
  view,
  onView,
}: {
  conference: Conference;
  view: ProceedingsView;
  onView: (view: ProceedingsView) => void;
}) {
  const { message } = App.useApp();
  const { rules } = useWorkspace();
  const stored = view.proceedings.writtenOpinions;
  const [route, setRoute] = useState<WrittenOpinionRoute>(stored ?? EMPTY_ROUTE);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>();
  const staff = view.staffCount;
  const problems = writtenOpinionProblems(route, staff);

  const setItem = (id: string, change: Partial<RouteItem>) =>
    setRoute((r) => ({
      ...r,
      items: r.items.map((i) => (i.id === id ? { ...i, ...change } : i)),
    }));
  const addItem = (title: string) =>
    setRoute((r) => ({
      ...r,
      items: [...r.items, { id: newId(), title, votesFor: 0, votesAgainst: 0, votesOther: 0 }],
    }));

  const save = async (next: WrittenOpinionRoute | null) => {
    setBusy(true);
    setRefusal(undefined);
    try {
      const saved = await request('proceedings:saveWrittenOpinions', {
        conferenceId: conference.id,
        route: next,
      });
      onView(saved);
      setRoute(saved.proceedings.writtenOpinions ?? EMPTY_ROUTE);
      message.success(next ? 'Đã lưu kết quả lấy ý kiến bằng văn bản.' : 'Đã bỏ hình thức này.');
    } catch (error) {
      setRefusal(error instanceof ApiError ? error.payload.message : 'Chưa lưu được.');
    } finally {
      setBusy(false);
    }
  };

  const date = (value: string | undefined) => (value ? dayjs(value) : null);
  const dateField = (
    field: 'firstAttemptDate' | 'secondConvocationDate' | 'issuedOn' | 'returnBy' | 'countedOn',
    label: string,
    ariaLabel: string,
  ) => (
    <label>
      {label}{' '}
      <DatePicker
        aria-label={ariaLabel}
        format="DD/MM/YYYY"
        placeholder="dd/mm/yyyy"
        value={date(route[field])}
        onChange={(d) =>
          setRoute((r) => ({ ...r, [field]: d ? d.format('YYYY-MM-DD') : undefined }))
        }
      />
    </label>
  );
  const unsaved = JSON.stringify(route) !== JSON.stringify(stored ?? EMPTY_ROUTE);

  return (
    <Space
      orientation="vertical"
      size={16}
      style={{ width: '100%' }}
      data-testid="written-opinions"
    >
      <Alert
        type="info"
        showIcon
        title="Khi triệu tập lần hai vẫn không đủ số người tham dự tối thiểu (Luật 10/2022/QH15, Điều 50.2)"
        description={`Ban Chấp hành Công đoàn và thủ trưởng lấy ý kiến toàn thể người lao động bằng phiếu về các nội dung lẽ ra trình hội nghị. Mỗi nội dung được thông qua khi có quá một nửa tổng số người lao động (${staff} người) đồng ý.`}
      />
      <QuorumPanel quorum={view.quorum} rules={rules} compact />
      <Card size="small" title="Các lần triệu tập và phiếu lấy ý kiến">
        <Space wrap size={16}>
          {dateField(
            'firstAttemptDate',
            'Lần triệu tập thứ nhất (không đủ người):',
            'Ngày triệu tập lần thứ nhất',
          )}
          {dateField(
            'secondConvocationDate',
            'Lần triệu tập thứ hai (vẫn không đủ):',
            'Ngày triệu tập lần thứ hai',
          )}
        </Space>
        {/* Printed on the form (D9PYK) and the record of its result (D9KQ); blank until set. */}
        <Space wrap size={16} style={{ marginTop: 12 }}>
          {dateField('issuedOn', 'Ngày phát phiếu:', 'Ngày phát phiếu')}
          {dateField('returnBy', 'Hạn nộp phiếu:', 'Hạn nộp phiếu')}
          <label>
            Nơi nộp phiếu:{' '}
            <Input
              aria-label="Nơi nộp phiếu"
              style={{ width: 260 }}
              maxLength={300}
              placeholder="Văn phòng Công đoàn, phòng …"
              value={route.returnTo}
              onChange={(e) => setRoute((r) => ({ ...r, returnTo: e.target.value }))}
            />
          </label>
          {dateField('countedOn', 'Ngày tổng hợp kết quả:', 'Ngày tổng hợp kết quả')}
        </Space>
        <Space wrap size={16} style={{ marginTop: 12 }}>
          <label>
            Số phiếu phát ra:{' '}
            <InputNumber
              aria-label="Số phiếu lấy ý kiến phát ra"
              min={0}
              precision={0}
              value={route.formsIssued}
              onChange={(v) => setRoute((r) => ({ ...r, formsIssued: v ?? 0 }))}
            />
          </label>
          <label>
            Số phiếu thu về:{' '}
            <InputNumber
              aria-label="Số phiếu lấy ý kiến thu về"
              min={0}
              precision={0}
              value={route.formsReturned}
              onChange={(v) => setRoute((r) => ({ ...r, formsReturned: v ?? 0 }))}
            />
          </label>
          <Typography.Text type="secondary">Tổng số người lao động: {staff}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" title="Nội dung lấy ý kiến và kết quả">
        <Table<RouteItem>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={route.items}
          locale={{ emptyText: 'Chưa có nội dung nào.' }}
          columns={[
            {
              title: 'Nội dung',
              render: (_, item, index) => (
                <Input
                  aria-label={`Nội dung lấy ý kiến ${index + 1}`}
                  value={item.title}
                  maxLength={500}
                  onChange={(e) => setItem(item.id, { title: e.target.value })}
                />
              ),
            },
            ...(['votesFor', 'votesAgainst', 'votesOther'] as const).map((field) => ({
              title: COUNT_LABELS[field],
              width: 110,
              render: (_: unknown, item: RouteItem, index: number) => (
                <InputNumber
                  aria-label={`${COUNT_LABELS[field]} ${index + 1}`}
                  min={0}
                  precision={0}
                  value={item[field]}
                  onChange={(v) => setItem(item.id, { [field]: v ?? 0 })}
                />
              ),
            })),
            {
              title: 'Kết quả',
              render: (_, item) => {
                const outcome = writtenOpinionOutcome(item, route, staff, rules);
                return (
                  <Typography.Text
                    type={outcome.passes ? 'success' : 'danger'}
                    data-testid="written-outcome"
                  >
                    {outcome.sentence}
                  </Typography.Text>
                );
              },
            },
            {
              title: '',
              width: 48,
              render: (_, item) => (
                <Button
                  type="text"
                  danger
                  aria-label="Xoá nội dung"
                  icon={<DeleteOutlined />}
                  onClick={() =>
                    setRoute((r) => ({ ...r, items: r.items.filter((i) => i.id !== item.id) }))
                  }
                />
              ),
            },
          ]}
        />
        <Space wrap style={{ marginTop: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => addItem('Dự thảo nghị quyết hội nghị')}>
            Dự thảo nghị quyết
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => addItem('')}>
            Nội dung khác
          </Button>
        </Space>
      </Card>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="Số liệu chưa khớp"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {refusal && <Alert type="error" showIcon title={refusal} />}
      <Space>
        <Button
          type="primary"
          loading={busy}
          disabled={problems.length > 0}
          onClick={() => void save(route)}
          data-testid="save-written-opinions"
        >
          Lưu kết quả lấy ý kiến
        </Button>
        {stored && (
          <Popconfirm
            title="Bỏ hình thức lấy ý kiến bằng văn bản?"
            description="Các số liệu đã nhập ở đây sẽ bị xoá."
            okText="Bỏ"
            cancelText="Không"
            onConfirm={() => void save(null)}
          >
            <Button danger disabled={busy}>
              Bỏ hình thức này
            </Button>
          </Popconfirm>
        )}
      </Space>
      {stored && (
        <WrittenOpinionDocuments
          conferenceId={conference.id}
          savedRoute={stored}
          unsaved={unsaved}
        />
      )}
    </Space>
  );
}
