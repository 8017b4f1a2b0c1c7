import { Button, DatePicker, Input, InputNumber, Space, Tag, Tooltip, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
} from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Person } from '../../../../core/domain/person';
import type { ResolutionItem, ResolutionSection } from '../../../../core/domain/resolution';
import { OwnerField } from './OwnerField';

/** What the main box holds in each part, as the officer would name it. */
const SUBJECT_LABELS: Record<ResolutionSection, string> = {
  assessment: 'Chỉ tiêu năm trước',
  targets: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ, giải pháp',
  decisions: 'Nội dung quyết định',
  internalRules: 'Tên quy chế, quy định được thông qua',
  emulation: 'Nội dung thi đua, giao ước',
  implementation: 'Việc cần làm',
};

const WITH_FIGURES: readonly ResolutionSection[] = ['assessment', 'targets', 'emulation'];
const WITH_OWNER: readonly ResolutionSection[] = [
  'targets',
  'tasks',
  'decisions',
  'emulation',
  'implementation',
];

/**
 * One item of the resolution as structured fields — what it is, the figures (target, achieved,
 * unit), who carries it out and by when — with the sentence generated from them (resolutionText.ts)
 * shown beneath. "Sửa câu chữ" lets the officer rewrite that sentence; the fields then stop
 * changing it until "Dùng câu tự động".
 */
export function ResolutionItemEditor({
  item,
  position,
  number,
  printedText,
  people,
  departments,
  linkedOpinions,
  onChange,
  onRemove,
  onMove,
}: {
  item: ResolutionItem;
  /** 1-based place in its part: names its boxes for screen readers and tests. */
  position: number;
  /** "II.3": where it is printed (empty until it prints something). */
  number: string;
  /** The sentence as printed: generated from the fields, or the officer's own words. */
  printedText: string;
  people: readonly Person[];
  departments: readonly string[];
  /** How many opinions of the discussion were taken into this item. */
  linkedOpinions: number;
  onChange: (item: ResolutionItem) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}) {
  // Stable while typing (the printed number appears only once the item prints something).
  const label = `${SUBJECT_LABELS[item.section]} ${position}`;
  const set = (change: Partial<ResolutionItem>) => onChange({ ...item, ...change });
  const num = (v: number | string | null) => (typeof v === 'number' ? v : undefined);

  return (
    <div
      data-testid="resolution-item"
      style={{ border: '1px solid #e5e7eb', borderRadius: 6, padding: 10, background: '#fff' }}
    >
      <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <Typography.Text strong style={{ minWidth: 32 }}>
          {number || '—'}
        </Typography.Text>
        {item.fromElection ? (
          <Typography.Text style={{ flex: 1 }}>
            Kết quả bầu Ban Thanh tra nhân dân — tự động lấy từ kết quả kiểm phiếu đã khoá.
          </Typography.Text>
        ) : (
          <Input
            aria-label={label}
            placeholder={SUBJECT_LABELS[item.section]}
            value={item.indicator ?? ''}
            maxLength={300}
            onChange={(e) => set({ indicator: e.target.value })}
            style={{ flex: 1 }}
          />
        )}
        {linkedOpinions > 0 && (
          <Tooltip title="Số ý kiến thảo luận được tiếp thu vào nội dung này">
            <Tag color="blue">{linkedOpinions} ý kiến</Tag>
          </Tooltip>
        )}
        <Button
          type="text"
          size="small"
          aria-label={`Đưa lên: ${label}`}
          icon={<ArrowUpOutlined />}
          onClick={() => onMove(-1)}
        />
        <Button
          type="text"
          size="small"
          aria-label={`Đưa xuống: ${label}`}
          icon={<ArrowDownOutlined />}
          onClick={() => onMove(1)}
        />
        <Button
          type="text"
          size="small"
          danger
          aria-label={`Xoá: ${label}`}
          icon={<DeleteOutlined />}
          onClick={onRemove}
        />
      </div>
      {!item.fromElection &&
        (WITH_FIGURES.includes(item.section) || WITH_OWNER.includes(item.section)) && (
          <Space wrap size={[8, 6]} style={{ marginTop: 6 }}>
            {WITH_FIGURES.includes(item.section) && (
              <>
                <InputNumber
                  aria-label={`${item.section === 'assessment' ? 'Chỉ tiêu đề ra' : 'Giá trị'}: ${label}`}
                  placeholder={item.section === 'assessment' ? 'Chỉ tiêu đề ra' : 'Giá trị'}
                  value={item.target ?? null}
                  onChange={(v) => set({ target: num(v) })}
                  style={{ width: 130 }}
                  decimalSeparator=","
                />
                {item.section === 'assessment' && (
                  <InputNumber
                    aria-label={`Thực hiện: ${label}`}
                    placeholder="Thực hiện"
                    value={item.achieved ?? null}
                    onChange={(v) => set({ achieved: num(v) })}
                    style={{ width: 130 }}
                    decimalSeparator=","
                  />
                )}
                <Input
                  aria-label={`Đơn vị tính: ${label}`}
                  placeholder="Đơn vị tính (%, người…)"
                  value={item.unitOfMeasure ?? ''}
                  maxLength={40}
                  onChange={(e) => set({ unitOfMeasure: e.target.value || undefined })}
                  style={{ width: 170 }}
                />
              </>
            )}
            {WITH_OWNER.includes(item.section) && (
              <>
                <OwnerField
                  owner={item.owner}
                  people={people}
                  departments={departments}
                  disabled={false}
                  ariaLabel={`Chủ trì: ${label}`}
                  onChange={(owner) => set({ owner })}
                />
                <DatePicker
                  aria-label={`Thời hạn: ${label}`}
                  format="DD/MM/YYYY"
                  placeholder="Thời hạn"
                  value={item.deadline ? dayjs(item.deadline) : null}
                  onChange={(d) => set({ deadline: d ? d.format('YYYY-MM-DD') : undefined })}
                />
              </>
            )}
          </Space>
        )}
      <div style={{ marginTop: 6 }}>
        {item.textEdited ? (
          <Space orientation="vertical" style={{ width: '100%' }} size={2}>
            <Input.TextArea
              aria-label={`Câu chữ: ${label}`}
              value={item.text}
              autoSize={{ minRows: 1, maxRows: 10 }}
              maxLength={5000}
              onChange={(e) => set({ text: e.target.value })}
            />
            <Button size="small" type="link" onClick={() => set({ textEdited: false })}>
              Dùng câu tự động từ các ô trên
            </Button>
          </Space>
        ) : (
          <div style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
            <Typography.Text type={printedText ? undefined : 'secondary'} data-testid="item-text">
              {printedText || 'Câu chữ sẽ được tạo khi có nội dung.'}
            </Typography.Text>
            <Button
              size="small"
              type="link"
              icon={<EditOutlined />}
              onClick={() => set({ textEdited: true, text: printedText })}
            >
              Sửa câu chữ
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
