import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Modal, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { Conference } from '../../../../core/domain/conference';
import { conferenceQuorum } from '../../../../core/domain/conferenceRules';
import type { ElectionView } from '../../../../core/electionContract';
import { ApiError, errorText, request } from '../../api';
import { RoundFiguresForm, type RoundFigures } from '../../components/election/RoundFiguresForm';
import { QuorumPanel } from '../../components/QuorumPanel';
import { useElectionView } from '../../state/useElectionView';
import { useFreshSection } from '../../state/useFreshSection';
import { useProjector } from '../../state/useProjector';
import { navigate, routeHref } from '../../state/useRoute';
import { useWorkspace } from '../../state/WorkspaceContext';
import { BallotComparisonPanel } from './BallotComparisonPanel';
import { BallotEntryScreen } from './BallotEntryScreen';
import { ElectionAfterVote } from './ElectionAfterVote';
import { ElectionProjectorView } from './ElectionProjectorView';
import { ElectionResults } from './ElectionResults';
import { ElectionSetupForm } from './ElectionSetupForm';
import { TotalsEntryForm } from './TotalsEntryForm';

/** The user guide's chapter on the election (docs/huong-dan). */
const HELP_CHAPTER = '06-bau-ban-thanh-tra-nhan-dan';
const SECTIONS = ['setup', 'entry', 'compare', 'results', 'after'] as const;
type Section = (typeof SECTIONS)[number];
const SECTION_LABELS: Record<Section, string> = {
  setup: '1. Thiết lập',
  entry: '2. Nhập phiếu',
  compare: '3. Đối chiếu, khoá',
  results: '4. Kết quả',
  after: '5. Sau bầu cử',
};
const ROUND_REASONS = {
  first: 'lần đầu',
  tieBreak: 'bầu lại giữa những người bằng phiếu',
  shortfall: 'bầu tiếp cho số lượng còn thiếu',
};

/** What, when it changes, also changes the conference's summaries and the unit's board. */
function milestone(view: ElectionView): string {
  const locked = view.rounds.filter((r) => r.round.locked).length;
  return [
    view.outcome.status,
    view.rounds.length,
    locked,
    view.election?.waiver ? 'waived' : '',
    view.outcome.electedIds.join(','),
  ].join('|');
}

/**
 * The "Bầu Ban TTND" tab (issue 5): set up, start a round, enter the ballots with two teams,
 * compare and lock, see the result, record what follows. Each part is a section of its own
 * (#/conference/<id>/election/<section>), read fresh from the service — after every write the
 * page still holds has reached it — so two windows (team A, team B) never work from a stale copy.
 */
export function ElectionScreen({
  conference,
  section: routeSection,
  onChange,
}: {
  conference: Conference;
  section: string | undefined;
  onChange: (conference: Conference) => void;
}) {
  const { message } = App.useApp();
  const { workspace, rules } = useWorkspace();
  const { view, error, reload, setView } = useElectionView(conference.id);
  const section: Section = SECTIONS.find((s) => s === routeSection) ?? 'setup';
  const [busy, setBusy] = useState(false);
  const { projecting, project, stopProjecting } = useProjector(
    { name: 'projector', id: conference.id },
    `trinh-chieu-${conference.id}`,
  );
  const [editingFigures, setEditingFigures] = useState(false);
  const lastMilestone = useRef<string | undefined>(undefined);

  const quorum = useMemo(
    () => conferenceQuorum(conference, workspace.people, rules),
    [conference, workspace.people, rules],
  );
  const checkedIn = quorum.present;

  // When the election reaches a milestone (started, locked, decided, complete, waived), the
  // conference's summaries and the unit's sitting board change too: reload them.
  useEffect(() => {
    if (!view) return;
    const now = milestone(view);
    const before = lastMilestone.current;
    lastMilestone.current = now;
    if (before === undefined || before === now) return;
    void request('conference:get', { id: conference.id }).then(onChange, () => undefined);
  }, [view, conference.id, onChange]);

  const go = useCallback(
    (next: Section) => {
      navigate({ name: 'conference', id: conference.id, tab: 'election', section: next });
    },
    [conference.id],
  );

  const ready = useFreshSection(section, reload);

  const act = async (op: () => Promise<ElectionView>, done: string) => {
    setBusy(true);
    try {
      setView(await op());
      message.success(done);
      return true;
    } catch (err) {
      const issues = err instanceof ApiError ? err.payload.issues : [];
      message.error(
        issues.length > 1 ? `${errorText(err)} ${issues.slice(0, 3).join(' ')}` : errorText(err),
      );
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (error && !view) return <Alert type="error" showIcon title={error.message} />;
  if (!view) return <Spin />;

  const election = view.election;
  const waived = election?.waiver !== undefined;
  const current = view.rounds.at(-1);
  const setupErrors = view.findings.filter(
    (f) => f.severity === 'error' && !f.id.startsWith('R19') && !f.id.startsWith('R20'),
  );

  const startRound = (figures: RoundFigures) =>
    void act(
      () =>
        request('election:startRound', {
          conferenceId: conference.id,
          present: figures.present,
          ballotsIssued: figures.ballotsIssued,
          mode: figures.mode,
          ...(figures.presentNote ? { presentNote: figures.presentNote } : {}),
        }),
      'Đã bắt đầu lần bầu thứ nhất.',
    );
  const updateRound = (figures: RoundFigures) => {
    if (!current) return;
    void act(
      () =>
        request('election:updateRound', {
          conferenceId: conference.id,
          round: current.round.number,
          present: figures.present,
          presentNote: figures.presentNote,
          ballotsIssued: figures.ballotsIssued,
          mode: figures.mode,
        }),
      'Đã sửa số liệu lần bầu.',
    ).then((ok) => ok && setEditingFigures(false));
  };

  const entrySection = () => {
    if (!election) {
      return <Alert type="info" showIcon title="Hãy thiết lập bầu cử trước (mục 1)." />;
    }
    if (!current) {
      return (
        <Card size="small" title="Bắt đầu lần bầu thứ nhất" style={{ maxWidth: 960 }}>
          {setupErrors.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={`Chưa thể bắt đầu: còn ${setupErrors.length} điều phải sửa ở mục Thiết lập.`}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {setupErrors.map((f) => (
                    <li key={f.id}>{f.message}</li>
                  ))}
                </ul>
              }
              action={<Button onClick={() => go('setup')}>Mở Thiết lập</Button>}
            />
          )}
          <div style={{ marginBottom: 12 }}>
            <QuorumPanel quorum={quorum} rules={rules} compact />
          </div>
          {!quorum.reached && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="Hội nghị chưa đủ số người tham dự tối thiểu: các quyết định của hội nghị, kể cả việc bầu, chưa có giá trị."
              description={`Căn cứ: ${rules.quorum.source}. Điểm danh thêm ở thẻ “Điểm danh” trước khi phát phiếu.`}
            />
          )}
          <Typography.Paragraph>
            Số người có mặt lấy từ điểm danh ({checkedIn} người). Nếu lúc phát phiếu số người khác
            (có người về trước), sửa lại và ghi lý do.
          </Typography.Paragraph>
          <RoundFiguresForm
            checkedIn={checkedIn}
            submitLabel="Bắt đầu bầu — phát phiếu"
            busy={busy}
            onSubmit={startRound}
          />
        </Card>
      );
    }
    const { round, ballotCandidates } = current;
    return (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="round-header">
            Lần bầu thứ {round.number} ({ROUND_REASONS[round.reason]}): bầu {round.seats} trong{' '}
            {round.candidateIds.length} người · có mặt {round.present} · phát ra{' '}
            {round.ballotsIssued} phiếu
          </Typography.Text>
          {round.locked ? (
            <Tag color="green">Đã khoá</Tag>
          ) : (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditingFigures(true)}>
              Sửa số liệu
            </Button>
          )}
        </Space>
        {round.mode === 'ballots' ? (
          <BallotEntryScreen
            key={round.number}
            conferenceId={conference.id}
            election={election}
            round={round}
            candidates={ballotCandidates}
          />
        ) : (
          <TotalsEntryForm
            key={round.number}
            conferenceId={conference.id}
            election={election}
            round={round}
            candidates={ballotCandidates}
            onView={setView}
          />
        )}
        <Modal
          open={editingFigures}
          title={`Số liệu lần bầu thứ ${round.number}`}
          footer={null}
          onCancel={() => setEditingFigures(false)}
          destroyOnHidden
          width={760}
        >
          <RoundFiguresForm
            checkedIn={checkedIn}
            initial={round}
            submitLabel="Lưu số liệu"
            busy={busy}
            onSubmit={updateRound}
          />
        </Modal>
      </Space>
    );
  };

  const body = () => {
    if (!ready) return <Spin />;
    switch (section) {
      case 'setup':
        return <ElectionSetupForm conference={conference} view={view} onView={setView} />;
      case 'entry':
        return entrySection();
      case 'compare':
        return current && election ? (
          <BallotComparisonPanel
            conferenceId={conference.id}
            entry={current}
            style={election.ballotStyle}
            onView={setView}
            onReload={() => void reload()}
          />
        ) : (
          <Alert type="info" showIcon title="Chưa bắt đầu bầu." />
        );
      case 'results':
        return election ? (
          <ElectionResults
            conferenceId={conference.id}
            election={election}
            view={view}
            onView={setView}
            onProject={project}
          />
        ) : (
          <Alert type="info" showIcon title="Chưa thiết lập bầu cử." />
        );
      case 'after':
        return election ? (
          <ElectionAfterVote
            conference={conference}
            election={election}
            view={view}
            onView={setView}
          />
        ) : (
          <Alert type="info" showIcon title="Chưa thiết lập bầu cử." />
        );
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="election">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Segmented<Section>
          size="large"
          value={section}
          onChange={go}
          data-testid="election-sections"
          options={SECTIONS.map((s) => ({
            value: s,
            label: SECTION_LABELS[s],
            disabled: waived && s !== 'setup',
          }))}
        />
        <Space>
          <Typography.Text type="secondary" data-testid="election-status">
            {view.outcome.message} {!waived && view.termLabel && `(${view.termLabel})`}
          </Typography.Text>
          <a href={routeHref({ name: 'help', chapter: HELP_CHAPTER })}>Hướng dẫn</a>
        </Space>
      </Space>
      {body()}
      {projecting && (
        <ElectionProjectorView conferenceId={conference.id} onClose={stopProjecting} />
      )}
    </Space>
  );
}
