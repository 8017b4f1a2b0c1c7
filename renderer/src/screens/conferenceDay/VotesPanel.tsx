import { useState } from 'react';
import { App, Card, Col, Row } from 'antd';
import type { ProceedingsView } from '../../../../core/conferenceDayContract';
import type { Conference } from '../../../../core/domain/conference';
import type { FloorVote } from '../../../../core/domain/proceedings';
import { ApiError, request } from '../../api';
import { FloorVoteForm, type RecordedVote } from '../../components/conferenceDay/FloorVoteForm';
import { VoteList } from '../../components/conferenceDay/VoteList';
import { presetForKind } from '../../components/conferenceDay/dayFormat';
import { useWorkspace } from '../../state/WorkspaceContext';

/**
 * "Biểu quyết": every vote of the day with its figures and outcome, and the form to record one or
 * correct one. A correction keeps the time of the vote; the vote that adopted the resolution
 * cannot be changed while the resolution stands adopted (the service says so).
 */
export function VotesPanel({
  conference,
  view,
  adoptingVoteId,
  onVoteRecorded,
  onVoteDeleted,
}: {
  conference: Conference;
  view: ProceedingsView;
  adoptingVoteId: string | undefined;
  onVoteRecorded: (recorded: RecordedVote) => void;
  onVoteDeleted: () => void;
}) {
  const { message } = App.useApp();
  const { rules } = useWorkspace();
  const [editing, setEditing] = useState<FloorVote | undefined>();
  const current = conference.agenda.find((i) => i.id === view.liveAgenda.currentId);

  const remove = async (vote: FloorVote) => {
    try {
      await request('proceedings:deleteVote', { conferenceId: conference.id, id: vote.id });
      message.success(`Đã xoá: ${vote.title}.`);
      if (editing?.id === vote.id) setEditing(undefined);
      onVoteDeleted();
    } catch (error) {
      message.error(error instanceof ApiError ? error.payload.message : 'Chưa xoá được.');
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <Card
          size="small"
          title={editing ? `Sửa kết quả: ${editing.title}` : 'Ghi kết quả biểu quyết'}
        >
          <FloorVoteForm
            key={editing?.id ?? 'new'}
            conferenceId={conference.id}
            quorum={view.quorum}
            rules={rules}
            agendaItemId={view.liveAgenda.currentId ?? undefined}
            defaultSubject={presetForKind(current?.kind)}
            editing={editing}
            onRecorded={(recorded) => {
              setEditing(undefined);
              onVoteRecorded(recorded);
            }}
            onCancelEdit={() => setEditing(undefined)}
          />
        </Card>
      </Col>
      <Col xs={24} xl={16}>
        <Card size="small" title={`Các lần biểu quyết (${view.proceedings.votes.length})`}>
          <VoteList
            votes={view.proceedings.votes}
            outcomes={view.outcomes}
            adoptingVoteId={adoptingVoteId}
            onEdit={setEditing}
            onDelete={(v) => void remove(v)}
          />
        </Card>
      </Col>
    </Row>
  );
}
