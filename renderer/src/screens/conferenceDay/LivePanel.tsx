import { useEffect, useMemo } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Space, Typography } from 'antd';
import type { ProceedingsView } from '../../../../core/conferenceDayContract';
import type { Conference } from '../../../../core/domain/conference';
import { chairScriptSection } from '../../../../core/documents/chairScriptJob';
import { wordingFor } from '../../../../core/documents/documentWording';
import { resolvePresenter } from '../../../../core/documents/programmeJob';
import { QuorumPanel } from '../../components/QuorumPanel';
import { ChairScriptLines } from '../../components/conferenceDay/ChairScriptLines';
import { CurrentItemCard } from '../../components/conferenceDay/CurrentItemCard';
import { FloorVoteForm, type RecordedVote } from '../../components/conferenceDay/FloorVoteForm';
import { LiveAgendaList } from '../../components/conferenceDay/LiveAgendaList';
import { OpinionList } from '../../components/conferenceDay/OpinionList';
import type { ResolutionOption } from '../../components/conferenceDay/OpinionEditor';
import { SummaryEditor } from '../../components/conferenceDay/SummaryEditor';
import { presetForKind } from '../../components/conferenceDay/dayFormat';
import { useWorkspace } from '../../state/WorkspaceContext';

/**
 * "Điều hành": one screen for the chair and the secretary while the conference runs — the item
 * running with its time, what the chair reads for it (the script with today's figures), the
 * secretary's summary of it (and the opinions during the discussion), the quorum, the vote form
 * for the vote this item calls, and the whole programme with its real times.
 */
export function LivePanel({
  conference,
  view,
  busy,
  resolutionOptions,
  onMove,
  onVoteRecorded,
  onShowWritten,
}: {
  conference: Conference;
  view: ProceedingsView;
  busy: boolean;
  resolutionOptions: readonly ResolutionOption[];
  onMove: (itemId: string | null) => void;
  onVoteRecorded: (recorded: RecordedVote) => void;
  onShowWritten: () => void;
}) {
  const { workspace, rules } = useWorkspace();
  const live = view.liveAgenda;
  const currentIndex = conference.agenda.findIndex((i) => i.id === live.currentId);
  const current = conference.agenda[currentIndex];
  const discussion = conference.agenda.find((i) => i.kind === 'discussion');

  // What the chair reads for the running item, as D5 prints it with the figures of now.
  const scriptSection = useMemo(
    () =>
      current &&
      chairScriptSection(
        {
          unit: workspace.unit,
          people: workspace.people,
          conference,
          rules,
          inspectionBoard: workspace.inspectionBoard,
          today: conference.date ?? `${conference.year}-01-01`,
          wording: workspace.wording,
        },
        wordingFor('script', workspace.wording),
        current.id,
      ),
    [workspace, conference, rules, current],
  );
  const presenter = current
    ? resolvePresenter(current.presenter, {
        people: workspace.people,
        unit: workspace.unit,
        conference,
      })?.name
    : undefined;

  // Alt+→ next item, Alt+← back: the chair moves on without looking for the mouse.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || busy) return;
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      e.preventDefault();
      if (e.key === 'ArrowRight') {
        if (live.nextId) onMove(live.nextId);
        else if (live.currentId) onMove(null);
        return;
      }
      const at = live.items.findIndex((i) => i.id === live.currentId);
      const previous = at > 0 ? live.items[at - 1] : undefined;
      if (previous) onMove(previous.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, live, onMove]);

  if (conference.agenda.length === 0) {
    return (
      <Empty description="Hội nghị chưa có chương trình: hãy lập chương trình ở thẻ “Chương trình” trước." />
    );
  }

  const itemVotes = view.proceedings.votes.filter((v) => v.agendaItemId === live.currentId);
  const showOpinions =
    current !== undefined && (current.kind === 'discussion' || current.kind === 'answers');
  const opinionItemId =
    current?.kind === 'discussion' ? current.id : (discussion?.id ?? current?.id);
  const opinions = view.proceedings.opinions.filter(
    (o) =>
      o.agendaItemId === opinionItemId || (!o.agendaItemId && opinionItemId === discussion?.id),
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card size="small">
            <CurrentItemCard
              live={live}
              presenter={presenter}
              closedAt={view.proceedings.closedAt}
              busy={busy}
              onMove={onMove}
            />
          </Card>
          {current && (
            <Card size="small" title="Lời dẫn của chủ tọa (theo kịch bản, số liệu lúc này)">
              <ChairScriptLines section={scriptSection} />
              {itemVotes.length > 0 && (
                <div style={{ marginTop: 8 }} data-testid="item-votes">
                  {itemVotes.map((v) => (
                    <div key={v.id}>
                      <b>{v.title}:</b> {view.outcomes[v.id]?.sentence}
                    </div>
                  ))}
                </div>
              )}
            </Card>
          )}
          {current && (
            <Card
              size="small"
              title={`Biên bản — tóm tắt mục ${currentIndex + 1}: ${live.items[currentIndex]?.title ?? ''}`}
            >
              <SummaryEditor
                key={current.id}
                conferenceId={conference.id}
                itemId={current.id}
                itemTitle={live.items[currentIndex]?.title ?? ''}
                initial={view.proceedings.items[current.id]?.summary ?? ''}
              />
            </Card>
          )}
          {showOpinions && (
            <Card
              size="small"
              title="Ý kiến thảo luận và trả lời (Điều 51.4.c–d)"
              data-testid="live-opinions"
            >
              <OpinionList
                key={opinionItemId}
                conferenceId={conference.id}
                initial={opinions}
                agendaItemId={opinionItemId}
                people={workspace.people}
                resolutionOptions={resolutionOptions}
              />
            </Card>
          )}
          <Card size="small" title="Chương trình: giờ dự kiến và thực tế">
            <LiveAgendaList view={live} busy={busy} onMoveTo={onMove} />
          </Card>
        </Space>
      </Col>
      <Col xs={24} xl={9}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <QuorumPanel quorum={view.quorum} rules={rules} compact />
          {!view.quorum.reached && (
            <Alert
              type="warning"
              showIcon
              title="Chưa đủ số người tham dự tối thiểu"
              description="Hội nghị chỉ được tiến hành khi đủ số người (Luật 10/2022/QH15, Điều 51.2.c). Triệu tập lần hai mà vẫn không đủ thì lấy ý kiến bằng văn bản (Điều 50.2)."
              action={
                <Button size="small" onClick={onShowWritten}>
                  Lấy ý kiến bằng văn bản
                </Button>
              }
            />
          )}
          <Card size="small" title="Biểu quyết">
            <FloorVoteForm
              key={live.currentId ?? 'none'}
              compact
              conferenceId={conference.id}
              quorum={view.quorum}
              rules={rules}
              agendaItemId={live.currentId ?? undefined}
              defaultSubject={presetForKind(current?.kind)}
              onRecorded={onVoteRecorded}
            />
          </Card>
          <Typography.Text type="secondary">
            Phím tắt: Alt+→ sang mục tiếp theo, Alt+← quay lại mục trước, Ctrl+; chèn giờ vào tóm
            tắt, Ctrl+Enter thêm ý kiến, Enter ghi kết quả biểu quyết.
          </Typography.Text>
        </Space>
      </Col>
    </Row>
  );
}
