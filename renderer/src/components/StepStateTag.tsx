import { Tag } from 'antd';
import type { StepState } from '../../../core/domain/conferenceSteps';

const LOOK: Record<StepState, { color: string; label: string }> = {
  notStarted: { color: 'default', label: 'Chưa bắt đầu' },
  inProgress: { color: 'processing', label: 'Đang làm' },
  done: { color: 'success', label: 'Xong' },
  needsAttention: { color: 'warning', label: 'Cần xem lại' },
  notApplicable: { color: 'default', label: 'Không áp dụng' },
  notAvailable: { color: 'purple', label: 'Phiên bản sau' },
};

export function StepStateTag({ state }: { state: StepState }) {
  const look = LOOK[state];
  return <Tag color={look.color}>{look.label}</Tag>;
}
