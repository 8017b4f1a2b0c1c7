import { Button, Space, Steps, Tag } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { RESOLUTION_STAGE_LABELS } from '../../../../core/domain/glossary';
import { adoptionDate } from '../../../../core/domain/resolutionStage';
import {
  RESOLUTION_STAGES,
  type Resolution,
  type ResolutionStage,
} from '../../../../core/domain/resolution';

/** What each stage hands on to (Luật 10/2022/QH15 Điều 53–54: drafts go to the staff first). */
const NEXT: Partial<Record<ResolutionStage, { stage: ResolutionStage; label: string }>> = {
  draft: { stage: 'forOpinion', label: 'Gửi dự thảo lấy ý kiến' },
  forOpinion: { stage: 'revised', label: 'Chỉnh lý, trình hội nghị' },
};

/**
 * Draft → draft for opinion → revised at the conference → adopted. Each move keeps the text left
 * behind as a version; adoption needs the vote that passed it; once adopted the resolution is
 * locked — changed only with a logged reason, or reopened with one.
 */
export function ResolutionStageBar({
  resolution,
  busy,
  amending,
  onStage,
  onAdopt,
  onAmend,
  onReopen,
}: {
  resolution: Resolution;
  busy: boolean;
  amending: boolean;
  onStage: (stage: ResolutionStage) => void;
  onAdopt: () => void;
  onAmend: () => void;
  onReopen: () => void;
}) {
  const { stage } = resolution;
  const next = NEXT[stage];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={8}>
      <Steps
        size="small"
        current={RESOLUTION_STAGES.indexOf(stage)}
        data-testid="resolution-stage"
        items={RESOLUTION_STAGES.map((s) => ({
          title: RESOLUTION_STAGE_LABELS[s],
          description:
            s === 'adopted' && stage === 'adopted' ? `ngày ${adoptionDate(resolution)}` : undefined,
        }))}
      />
      <Space wrap>
        {next && (
          <Button disabled={busy} onClick={() => onStage(next.stage)} data-testid="stage-next">
            {next.label}
          </Button>
        )}
        {stage !== 'adopted' && (
          <Button type="primary" disabled={busy} onClick={onAdopt} data-testid="adopt-resolution">
            Thông qua nghị quyết…
          </Button>
        )}
        {stage === 'adopted' && (
          <>
            <Tag icon={<LockOutlined />} color="green">
              Đã thông qua, đã khoá
            </Tag>
            {!amending && (
              <Button disabled={busy} onClick={onAmend} data-testid="amend-resolution">
                Sửa đổi sau khi thông qua…
              </Button>
            )}
            <Button disabled={busy} onClick={onReopen} data-testid="reopen-resolution">
              Mở lại nghị quyết…
            </Button>
          </>
        )}
      </Space>
    </Space>
  );
}
