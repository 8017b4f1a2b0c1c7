import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Popconfirm, Segmented, Space, Spin, Typography } from 'antd';
import { DesktopOutlined } from '@ant-design/icons';
import type { Conference } from '../../../../core/domain/conference';
import { conferenceQuorum } from '../../../../core/domain/conferenceRules';
import { errorText, request } from '../../api';
import { ClockTimeEditor } from '../../components/conferenceDay/ClockTimeEditor';
import type { RecordedVote } from '../../components/conferenceDay/FloorVoteForm';
import type { ResolutionOption } from '../../components/conferenceDay/OpinionEditor';
import { delayText, minutesText } from '../../components/conferenceDay/dayFormat';
import { writesSettled } from '../../state/pendingWrites';
import { useFreshSection } from '../../state/useFreshSection';
import { useProceedingsView } from '../../state/useProceedingsView';
import { useProjector } from '../../state/useProjector';
import { navigate, routeHref } from '../../state/useRoute';
import { useWorkspace } from '../../state/WorkspaceContext';
import { ConferenceProjectorView } from './ConferenceProjectorView';
import { LivePanel } from './LivePanel';
import { MinutesPanel } from './MinutesPanel';
import { VotesPanel } from './VotesPanel';
import { WrittenOpinionsPanel } from './WrittenOpinionsPanel';

/** The user guide's chapter on the conference day (docs/huong-dan). */
const HELP_CHAPTER = '07-ngay-hoi-nghi';
const SECTIONS = ['live', 'minutes', 'votes', 'written'] as const;
type Section = (typeof SECTIONS)[number];
const SECTION_LABELS: Record<Section, string> = {
  live: 'Điều hành',
  minutes: 'Ghi biên bản',
  votes: 'Biểu quyết',
  written: 'Không đủ người: lấy ý kiến bằng văn bản',
};
/** The clock moves and check-in may go on elsewhere: the screen re-reads the service this often. */
const REFRESH_MS = 15_000;

/** "I.2 Số hoá hồ sơ lưu trữ…": a resolution item as the opinion's link names it. */
function clip(text: string): string {
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

/**
 * The "Điều hành hội nghị" tab (issue 6): running the conference item by item, the secretary's
 * record (summaries, opinions and answers), the floor votes, and the written-opinion route of
 * Điều 50.2. Each part is a section (#/conference/<id>/day/<section>) read afresh from the service
 * once the page's own writes have reached it, so an editor never starts from a stale copy.
 */
export function LiveConferenceScreen({
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
  const section: Section = SECTIONS.find((s) => s === routeSection) ?? 'live';
  const { view, error, reload, setView } = useProceedingsView(conference.id, {
    refreshMs: REFRESH_MS,
  });
  const [busy, setBusy] = useState(false);
  const { projecting, project, stopProjecting } = useProjector(
    { name: 'dayProjector', id: conference.id },
    `trinh-chieu-hoi-nghi-${conference.id}`,
  );
  const [resolutionOptions, setResolutionOptions] = useState<ResolutionOption[]>([]);
  const [adoptingVoteId, setAdoptingVoteId] = useState<string | undefined>();

  const refreshSection = useCallback(
    async (superseded: () => boolean) => {
      await reload();
      const resolution = await request('resolution:get', { conferenceId: conference.id });
      if (superseded()) return;
      setAdoptingVoteId(resolution.resolution.adoptedByVoteId);
      setResolutionOptions(
        resolution.sections.flatMap((s) =>
          s.items.map((i) => ({
            id: i.id,
            label: `${s.label}${i.label.slice(0, -1)} ${clip(i.text)}`,
          })),
        ),
      );
    },
    [reload, conference.id],
  );
  const ready = useFreshSection(section, refreshSection);

  /** The conference's summaries (overview, documents, the script's figures) follow the day. */
  const refreshConference = useCallback(async () => {
    try {
      onChange(await request('conference:get', { id: conference.id }));
    } catch {
      // The day's own view is already up to date; the summaries catch up on the next change.
    }
  }, [conference.id, onChange]);

  // Check-in in another window moves the quorum: the script's figures must follow.
  const localPresent = useMemo(
    () => conferenceQuorum(conference, workspace.people, rules).present,
    [conference, workspace.people, rules],
  );
  const servicePresent = view?.quorum.present;
  const syncedPresent = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (servicePresent === undefined || servicePresent === localPresent) return;
    // Once per new count: a roster read differently here must not loop on refreshes.
    if (syncedPresent.current === servicePresent) return;
    syncedPresent.current = servicePresent;
    void refreshConference();
  }, [servicePresent, localPresent, refreshConference]);

  const act = useCallback(
    async (op: () => Promise<void>) => {
      setBusy(true);
      try {
        // A summary still being typed reaches the service before the item changes.
        await writesSettled();
        await op();
        void refreshConference();
      } catch (err) {
        message.error(errorText(err));
      } finally {
        setBusy(false);
      }
    },
    [message, refreshConference],
  );

  const moveTo = useCallback(
    (itemId: string | null) =>
      void act(async () => {
        setView(await request('proceedings:moveTo', { conferenceId: conference.id, itemId }));
      }),
    [act, conference.id, setView],
  );
  const open = (time?: string) =>
    void act(async () => {
      setView(
        await request('proceedings:open', {
          conferenceId: conference.id,
          ...(time ? { time } : {}),
        }),
      );
      message.success('Đã ghi giờ khai mạc.');
    });
  const close = (time?: string) =>
    void act(async () => {
      setView(
        await request('proceedings:close', {
          conferenceId: conference.id,
          ...(time ? { time } : {}),
        }),
      );
      message.success('Đã ghi giờ bế mạc.');
    });
  const onVoteRecorded = useCallback(
    (_recorded: RecordedVote) => {
      void reload();
      void refreshConference();
    },
    [reload, refreshConference],
  );

  const go = (next: Section) =>
    navigate({ name: 'conference', id: conference.id, tab: 'day', section: next });

  if (error && !view) return <Alert type="error" showIcon title={error.message} />;
  if (!view) return <Spin />;

  const { proceedings, liveAgenda: live } = view;
  const body = () => {
    if (!ready) return <Spin />;
    switch (section) {
      case 'live':
        return (
          <LivePanel
            conference={conference}
            view={view}
            busy={busy}
            resolutionOptions={resolutionOptions}
            onMove={moveTo}
            onVoteRecorded={onVoteRecorded}
            onShowWritten={() => go('written')}
          />
        );
      case 'minutes':
        return (
          <MinutesPanel conference={conference} view={view} resolutionOptions={resolutionOptions} />
        );
      case 'votes':
        return (
          <VotesPanel
            conference={conference}
            view={view}
            adoptingVoteId={adoptingVoteId}
            onVoteRecorded={onVoteRecorded}
            onVoteDeleted={() => void reload()}
          />
        );
      case 'written':
        return <WrittenOpinionsPanel conference={conference} view={view} onView={setView} />;
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="conference-day">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Segmented<Section>
          value={section}
          onChange={go}
          data-testid="day-sections"
          options={SECTIONS.map((s) => ({ value: s, label: SECTION_LABELS[s] }))}
        />
        <Space wrap size={16}>
          {proceedings.openedAt ? (
            <ClockTimeEditor
              label="Khai mạc lúc"
              what="khai mạc"
              time={proceedings.openedAt}
              busy={busy}
              testId="opened-at"
              onSave={open}
            />
          ) : (
            <Button
              type="primary"
              disabled={busy}
              onClick={() => open()}
              data-testid="open-conference"
            >
              Khai mạc
            </Button>
          )}
          {live.elapsedMinutes !== null && !proceedings.closedAt && (
            <Typography.Text data-testid="day-clock">
              Đã diễn ra {minutesText(live.elapsedMinutes)}
              {live.delayMinutes !== null && (
                <>
                  {' · '}
                  <span style={{ color: live.delayMinutes > 0 ? '#cf1322' : '#389e0d' }}>
                    {delayText(live.delayMinutes)}
                  </span>
                </>
              )}
              {live.expectedEnd && ` · dự kiến kết thúc ${live.expectedEnd}`}
              {live.plannedEnd &&
                live.expectedEnd !== live.plannedEnd &&
                ` (theo chương trình ${live.plannedEnd})`}
            </Typography.Text>
          )}
          {proceedings.closedAt ? (
            <ClockTimeEditor
              label="Bế mạc lúc"
              what="bế mạc"
              time={proceedings.closedAt}
              busy={busy}
              testId="closed-at"
              onSave={close}
            />
          ) : (
            proceedings.openedAt && (
              <Popconfirm
                title="Bế mạc hội nghị?"
                description="Ghi giờ bế mạc là bây giờ và kết thúc mục đang diễn ra. Vẫn sửa được sau."
                okText="Bế mạc"
                cancelText="Chưa"
                onConfirm={() => close()}
              >
                <Button danger disabled={busy} data-testid="close-conference">
                  Bế mạc
                </Button>
              </Popconfirm>
            )
          )}
          <Button icon={<DesktopOutlined />} onClick={project} data-testid="open-day-projector">
            Màn hình trình chiếu
          </Button>
          <a href={routeHref({ name: 'help', chapter: HELP_CHAPTER })}>Hướng dẫn</a>
        </Space>
      </Space>
      {body()}
      {projecting && (
        <ConferenceProjectorView conferenceId={conference.id} onClose={stopProjecting} />
      )}
    </Space>
  );
}
