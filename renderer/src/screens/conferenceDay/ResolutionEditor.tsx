import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Col, Row, Space, Spin, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProceedingsView, ResolutionView } from '../../../../core/conferenceDayContract';
import type { Conference } from '../../../../core/domain/conference';
import { RESOLUTION_SECTION_LABELS } from '../../../../core/domain/glossary';
import { newId } from '../../../../core/domain/ids';
import { resolutionTextContext } from '../../../../core/domain/printedResolution';
import type { Opinion } from '../../../../core/domain/proceedings';
import {
  RESOLUTION_SECTIONS,
  type ResolutionItem,
  type ResolutionSection,
  type ResolutionStage,
} from '../../../../core/domain/resolution';
import {
  itemReference,
  resolutionText,
  sectionHeading,
} from '../../../../core/domain/resolutionText';
import { ApiError, request } from '../../api';
import { SaveIndicator } from '../../components/SaveIndicator';
import { AdoptResolutionModal } from '../../components/conferenceDay/AdoptResolutionModal';
import { ReasonModal } from '../../components/conferenceDay/ReasonModal';
import { ResolutionHistory } from '../../components/conferenceDay/ResolutionHistory';
import { ResolutionItemEditor } from '../../components/conferenceDay/ResolutionItemEditor';
import { ResolutionOpinionsCard } from '../../components/conferenceDay/ResolutionOpinionsCard';
import { ResolutionSettingsCard } from '../../components/conferenceDay/ResolutionSettingsCard';
import { ResolutionStageBar } from '../../components/conferenceDay/ResolutionStageBar';
import { recoverEdits } from '../../state/journalSync';
import { writesSettled } from '../../state/pendingWrites';
import { useJournaledSave } from '../../state/useJournaledSave';
import { routeHref } from '../../state/useRoute';
import { useWorkspace } from '../../state/WorkspaceContext';

/** What "Thêm" adds in each part. */
const ADD_LABELS: Record<ResolutionSection, string> = {
  assessment: 'Thêm kết quả năm trước',
  targets: 'Thêm chỉ tiêu',
  tasks: 'Thêm nhiệm vụ, giải pháp',
  decisions: 'Thêm quyết định',
  internalRules: 'Thêm quy chế',
  emulation: 'Thêm nội dung thi đua',
  implementation: 'Thêm việc tổ chức thực hiện',
};

function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Không kết nối được tới ứng dụng.';
  const more = error.payload.issues.slice(1, 3);
  return more.length > 0 ? `${error.payload.message} ${more.join(' ')}` : error.payload.message;
}

function blankItem(
  section: ResolutionSection,
  fields: Partial<ResolutionItem> = {},
): ResolutionItem {
  return { id: newId(), section, text: '', textEdited: false, fromElection: false, ...fields };
}

const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

type OpenModal = 'adopt' | 'reopen' | 'amend' | null;

/**
 * The "Nghị quyết" tab (issue 6 §4): the resolution as structured items by part — last year's
 * results, targets, tasks with owner and deadline, the decisions (the Ban TTND result from the
 * locked count), internal rules, emulation, implementation — each with its generated sentence,
 * numbered the way D15 prints it. Drafts are saved as typed (and journaled); stages keep versions;
 * adoption takes the passing vote and locks it; a change after that needs a reason.
 */
export function ResolutionEditor({
  conference,
  onChange,
}: {
  conference: Conference;
  onChange: (conference: Conference) => void;
}) {
  const { message } = App.useApp();
  const { workspace, rules } = useWorkspace();
  const [view, setView] = useState<ResolutionView | undefined>();
  const [day, setDay] = useState<ProceedingsView | undefined>();
  const [items, setItems] = useState<ResolutionItem[]>([]);
  const itemsRef = useRef<ResolutionItem[]>([]);
  const [amending, setAmending] = useState(false);
  const [modal, setModal] = useState<OpenModal>(null);
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<string | undefined>();
  /** Opinions to link once the item made from them is saved. */
  const pendingLinks = useRef(new Map<string, Opinion>());

  const replaceItems = (next: ResolutionItem[]) => {
    itemsRef.current = next;
    setItems(next);
  };

  const loadDay = useCallback(async () => {
    setDay(await request('proceedings:get', { conferenceId: conference.id }));
  }, [conference.id]);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      await writesSettled();
      await recoverEdits(conference.id);
      const [resolution, proceedings] = await Promise.all([
        request('resolution:get', { conferenceId: conference.id }),
        request('proceedings:get', { conferenceId: conference.id }),
      ]);
      if (!alive) return;
      setView(resolution);
      setDay(proceedings);
      itemsRef.current = resolution.resolution.items;
      setItems(resolution.resolution.items);
    };
    load().catch((error: unknown) => alive && setLoadError(errorText(error)));
    return () => {
      alive = false;
    };
  }, [conference.id]);

  const linkOpinion = useCallback(
    async (opinion: Opinion, itemId: string | undefined) => {
      try {
        await request('proceedings:saveOpinion', {
          conferenceId: conference.id,
          opinion: { ...opinion, takenIntoResolution: true, resolutionItemId: itemId },
        });
        await loadDay();
      } catch (error) {
        message.error(errorText(error));
      }
    },
    [conference.id, loadDay, message],
  );

  const save = useJournaledSave({
    conferenceId: conference.id,
    journalKey: 'resolution',
    label: 'Dự thảo nghị quyết',
    channel: 'resolution:saveItems',
    onSaved: (saved, input) => {
      setView(saved);
      // Nothing typed since: take the service's items (the Ban TTND result joined in).
      if (input.items === itemsRef.current) replaceItems(saved.resolution.items);
      for (const [itemId, opinion] of pendingLinks.current) {
        if (!saved.resolution.items.some((i) => i.id === itemId)) continue;
        pendingLinks.current.delete(itemId);
        void linkOpinion(opinion, itemId);
      }
    },
  });

  const context = useMemo(
    () => resolutionTextContext(conference, workspace.people, rules),
    [conference, workspace.people, rules],
  );
  const departments = useMemo(
    () =>
      [...new Set(workspace.people.map((p) => p.department.trim()).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b, 'vi'),
      ),
    [workspace.people],
  );
  const previous = workspace.conferences.find((c) => c.year === conference.year - 1);

  if (loadError) return <Alert type="error" showIcon title={loadError} />;
  if (!view || !day) return <Spin />;

  const locked = view.locked;
  const editable = !locked || amending;
  const sections = editable ? resolutionText(items, context) : view.sections;
  const printedById = new Map(sections.flatMap((s) => s.items.map((i) => [i.id, i.text])));
  const serverOptions = view.sections.flatMap((s) =>
    s.items.map((i) => ({ id: i.id, label: `${s.label}${i.label.slice(0, -1)} ${clip(i.text)}` })),
  );

  const update = (next: ResolutionItem[]) => {
    replaceItems(next);
    if (!locked) save.schedule({ conferenceId: conference.id, items: next });
  };
  const changeItem = (item: ResolutionItem) =>
    update(itemsRef.current.map((i) => (i.id === item.id ? item : i)));
  const removeItem = (id: string) => update(itemsRef.current.filter((i) => i.id !== id));
  const addItem = (item: ResolutionItem) => {
    // After the last item of its part, so the numbering reads in order.
    const list = itemsRef.current;
    const last = list.map((i) => i.section).lastIndexOf(item.section);
    update(
      last < 0 ? [...list, item] : [...list.slice(0, last + 1), item, ...list.slice(last + 1)],
    );
  };
  const moveItem = (id: string, by: -1 | 1) => {
    const list = [...itemsRef.current];
    const at = list.findIndex((i) => i.id === id);
    const section = list[at]?.section;
    let to = at + by;
    while (to >= 0 && to < list.length && list[to]?.section !== section) to += by;
    const moving = list[at];
    const other = list[to];
    if (!moving || !other) return;
    list[at] = other;
    list[to] = moving;
    update(list);
  };

  const takePreviousTargets = async () => {
    if (!previous) return;
    try {
      const before = await request('conference:get', { id: previous.id });
      const targets = before.resolution.items.filter((i) => i.section === 'targets');
      if (targets.length === 0) {
        message.info(`Nghị quyết năm ${previous.year} chưa có chỉ tiêu nào trong ứng dụng.`);
        return;
      }
      const added = targets.map((t) =>
        blankItem('assessment', {
          indicator: t.indicator,
          target: t.target,
          unitOfMeasure: t.unitOfMeasure,
        }),
      );
      const list = itemsRef.current;
      const last = list.map((i) => i.section).lastIndexOf('assessment');
      update(
        last < 0
          ? [...added, ...list]
          : [...list.slice(0, last + 1), ...added, ...list.slice(last + 1)],
      );
      message.success(
        `Đã lấy ${added.length} chỉ tiêu năm ${previous.year}: hãy ghi kết quả thực hiện.`,
      );
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const createFromOpinion = (opinion: Opinion) => {
    const item = blankItem('tasks', { indicator: opinion.content.trim().slice(0, 300) });
    pendingLinks.current.set(item.id, opinion);
    addItem(item);
  };

  /** Stage changes, adoption, amendments: after any draft still being typed has been saved. */
  const act = async (op: () => Promise<ResolutionView>, done: string) => {
    setBusy(true);
    try {
      await writesSettled();
      const next = await op();
      setView(next);
      replaceItems(next.resolution.items);
      setModal(null);
      setAmending(false);
      message.success(done);
      void request('conference:get', { id: conference.id }).then(onChange, () => undefined);
      return true;
    } catch (error) {
      message.error(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const setStage = (stage: ResolutionStage, extra: { voteId?: string; reason?: string } = {}) =>
    act(
      () => request('resolution:setStage', { conferenceId: conference.id, stage, ...extra }),
      stage === 'adopted' ? 'Nghị quyết đã được thông qua và khoá.' : 'Đã chuyển giai đoạn.',
    );

  const linkedCount = (id: string) =>
    day.proceedings.opinions.filter((o) => o.resolutionItemId === id).length;

  return (
    <Space
      orientation="vertical"
      size={12}
      style={{ width: '100%' }}
      data-testid="resolution-editor"
    >
      <Card
        size="small"
        extra={<a href={routeHref({ name: 'help', chapter: '07-ngay-hoi-nghi' })}>Hướng dẫn</a>}
        title="Nghị quyết hội nghị (D15)"
      >
        <ResolutionStageBar
          resolution={view.resolution}
          busy={busy}
          amending={amending}
          onStage={(stage) => void setStage(stage)}
          onAdopt={() => {
            void loadDay();
            setModal('adopt');
          }}
          onAmend={() => setAmending(true)}
          onReopen={() => setModal('reopen')}
        />
      </Card>
      {view.adoptedBy && (
        <Alert
          type="success"
          showIcon
          data-testid="resolution-adopted"
          title={`${view.adoptedBy.vote.title}: ${view.adoptedBy.outcome.sentence}`}
          description={view.lockedMessage}
        />
      )}
      {amending && (
        <Alert
          type="warning"
          showIcon
          title="Đang sửa nghị quyết đã thông qua"
          description="Các thay đổi chỉ được lưu khi bấm “Lưu sửa đổi” và ghi lý do; bản đã thông qua được giữ lại."
          action={
            <Space>
              <Button type="primary" onClick={() => setModal('amend')} data-testid="amend-save">
                Lưu sửa đổi…
              </Button>
              <Button
                onClick={() => {
                  setAmending(false);
                  replaceItems(view.resolution.items);
                }}
              >
                Huỷ
              </Button>
            </Space>
          }
        />
      )}
      {!view.electionComplete && conference.election && !conference.election.waiver && (
        <Alert
          type="info"
          showIcon
          title="Kết quả bầu Ban Thanh tra nhân dân sẽ tự vào phần Quyết định khi kiểm phiếu xong và đã khoá."
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {!locked && (
              <Space>
                <SaveIndicator state={save.state} testId="resolution-save-state" />
                {save.state.status === 'error' && save.state.message && (
                  <Typography.Text type="danger">{save.state.message}</Typography.Text>
                )}
              </Space>
            )}
            {RESOLUTION_SECTIONS.map((section) => {
              const inSection = items.filter((i) => i.section === section);
              const printed = sections.find((s) => s.section === section);
              return (
                <Card
                  key={section}
                  size="small"
                  data-testid={`resolution-section-${section}`}
                  title={`${printed?.label ?? '—'} ${sectionHeading(section, conference.year)}`}
                  extra={
                    <Typography.Text type="secondary">
                      {RESOLUTION_SECTION_LABELS[section]}
                    </Typography.Text>
                  }
                >
                  {!editable ? (
                    printed ? (
                      <ol style={{ margin: 0, paddingLeft: 20 }}>
                        {printed.items.map((i) => (
                          <li key={i.id}>{i.text}</li>
                        ))}
                      </ol>
                    ) : (
                      <Typography.Text type="secondary">Không có nội dung.</Typography.Text>
                    )
                  ) : (
                    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                      {inSection.map((item, index) => (
                        <ResolutionItemEditor
                          key={item.id}
                          item={item}
                          position={index + 1}
                          number={itemReference(sections, item.id)}
                          printedText={printedById.get(item.id) ?? ''}
                          people={workspace.people}
                          departments={departments}
                          linkedOpinions={linkedCount(item.id)}
                          onChange={changeItem}
                          onRemove={() => removeItem(item.id)}
                          onMove={(by) => moveItem(item.id, by)}
                        />
                      ))}
                      <Space wrap>
                        <Button
                          icon={<PlusOutlined />}
                          onClick={() => addItem(blankItem(section))}
                          data-testid={`add-${section}`}
                        >
                          {ADD_LABELS[section]}
                        </Button>
                        {section === 'assessment' && previous && (
                          <Button
                            icon={<DownloadOutlined />}
                            onClick={() => void takePreviousTargets()}
                          >
                            Lấy chỉ tiêu của nghị quyết năm {previous.year}
                          </Button>
                        )}
                      </Space>
                    </Space>
                  )}
                </Card>
              );
            })}
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card size="small" title="Nội dung như in trong nghị quyết (D15)">
              <div data-testid="resolution-preview" style={{ maxHeight: 480, overflowY: 'auto' }}>
                {sections.length === 0 ? (
                  <Typography.Text type="secondary">Chưa có nội dung.</Typography.Text>
                ) : (
                  sections.map((s) => (
                    <div key={s.section} style={{ marginBottom: 8 }}>
                      <b>
                        {s.label} {s.heading.toLocaleUpperCase('vi')}
                      </b>
                      {s.items.map((i) => (
                        <p key={i.id} style={{ margin: '2px 0 2px 12px' }}>
                          {i.label} {i.text}
                        </p>
                      ))}
                    </div>
                  ))
                )}
              </div>
            </Card>
            <ResolutionOpinionsCard
              opinions={day.proceedings.opinions}
              people={workspace.people}
              options={serverOptions}
              disabled={locked}
              onLink={(o, id) => void linkOpinion(o, id)}
              onCreateItem={createFromOpinion}
            />
            <ResolutionSettingsCard
              conferenceId={conference.id}
              resolution={view.resolution}
              people={workspace.people}
              unit={workspace.unit}
              onView={setView}
            />
            <Card size="small" title="Các bản và nhật ký sửa đổi">
              <ResolutionHistory resolution={view.resolution} />
            </Card>
          </Space>
        </Col>
      </Row>
      <AdoptResolutionModal
        open={modal === 'adopt'}
        conferenceId={conference.id}
        view={day}
        rules={rules}
        busy={busy}
        onVoteRecorded={() => void loadDay()}
        onAdopt={(voteId) => void setStage('adopted', { voteId })}
        onClose={() => setModal(null)}
      />
      <ReasonModal
        open={modal === 'reopen'}
        title="Mở lại nghị quyết đã thông qua"
        description="Nghị quyết trở về “Dự thảo trình hội nghị” để sửa; bản đã thông qua được giữ lại và lý do được ghi vào nhật ký sửa đổi."
        okText="Mở lại"
        busy={busy}
        onOk={(reason) => void setStage('revised', { reason })}
        onCancel={() => setModal(null)}
      />
      <ReasonModal
        open={modal === 'amend'}
        title="Lưu sửa đổi nghị quyết đã thông qua"
        description="Nghị quyết vẫn ở trạng thái đã thông qua; bản trước khi sửa được giữ lại, lý do và nội dung thay đổi được ghi vào nhật ký."
        okText="Lưu sửa đổi"
        busy={busy}
        onOk={(reason) =>
          void act(
            () =>
              request('resolution:amend', {
                conferenceId: conference.id,
                items: itemsRef.current,
                reason,
              }),
            'Đã lưu sửa đổi và ghi vào nhật ký.',
          )
        }
        onCancel={() => setModal(null)}
      />
    </Space>
  );
}
