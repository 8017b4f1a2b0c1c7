import { useState } from 'react';
import { Alert, Modal, Radio, Space, Typography } from 'antd';
import type { ProceedingsView } from '../../../../core/conferenceDayContract';
import type { RuleSet } from '../../../../core/rules/ruleSets';
import { FloorVoteForm, type RecordedVote } from './FloorVoteForm';

/**
 * Adopting the resolution (Luật 10/2022/QH15 Điều 51.4.i): it takes the conference's vote on the
 * whole text, passed by R2 while the quorum held. The officer picks that vote among those recorded
 * — or records it here, without leaving the resolution.
 */
export function AdoptResolutionModal({
  open,
  conferenceId,
  view,
  rules,
  busy,
  onVoteRecorded,
  onAdopt,
  onClose,
}: {
  open: boolean;
  conferenceId: string;
  view: ProceedingsView;
  rules: RuleSet;
  busy: boolean;
  onVoteRecorded: (recorded: RecordedVote) => void;
  onAdopt: (voteId: string) => void;
  onClose: () => void;
}) {
  const votes = view.proceedings.votes.filter((v) => v.subject === 'resolution');
  const passing = votes.filter((v) => view.outcomes[v.id]?.passes);
  const [picked, setPicked] = useState<string | undefined>(passing.at(-1)?.id);
  const chosen = picked ?? passing.at(-1)?.id;

  return (
    <Modal
      open={open}
      title="Thông qua nghị quyết"
      okText="Thông qua và khoá nghị quyết"
      cancelText="Đóng"
      okButtonProps={{ disabled: !chosen, loading: busy, 'data-testid': 'adopt-confirm' }}
      onOk={() => chosen && onAdopt(chosen)}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Paragraph style={{ margin: 0 }}>
          Nghị quyết được thông qua bằng biểu quyết toàn văn tại hội nghị, khi có quá một nửa số
          người có mặt đồng ý và hội nghị đủ số người tham dự tối thiểu. Sau khi thông qua, nghị
          quyết được khoá: mọi thay đổi phải ghi lý do.
        </Typography.Paragraph>
        {votes.length > 0 && (
          <Radio.Group value={chosen} onChange={(e) => setPicked(String(e.target.value))}>
            <Space orientation="vertical">
              {votes.map((v) => {
                const outcome = view.outcomes[v.id];
                return (
                  <Radio key={v.id} value={v.id} disabled={!outcome?.passes}>
                    {v.title}: {outcome?.reason ?? outcome?.sentence}
                  </Radio>
                );
              })}
            </Space>
          </Radio.Group>
        )}
        {passing.length === 0 && (
          <>
            <Alert
              type="info"
              showIcon
              title="Chưa có lần biểu quyết thông qua toàn văn nghị quyết"
              description="Ghi kết quả biểu quyết ngay dưới đây (đã chọn sẵn “Toàn văn nghị quyết”)."
            />
            <FloorVoteForm
              conferenceId={conferenceId}
              quorum={view.quorum}
              rules={rules}
              agendaItemId={view.liveAgenda.items.find((i) => i.kind === 'resolution')?.id}
              defaultSubject="resolution"
              onRecorded={(recorded) => {
                setPicked(recorded.vote.id);
                onVoteRecorded(recorded);
              }}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
