import { useCallback, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Switch,
  Typography,
} from 'antd';
import type { Conference } from '../../../../core/domain/conference';
import { activeStaff } from '../../../../core/domain/conferenceRules';
import {
  ElectionSchema,
  type Election,
  type ElectionWaiver,
} from '../../../../core/domain/election';
import { electionSetupFindings, termLabel } from '../../../../core/domain/electionSetup';
import type { ElectionView } from '../../../../core/electionContract';
import { errorText, request } from '../../api';
import { BallotRulesEditor } from '../../components/election/BallotRulesEditor';
import { CandidateListEditor } from '../../components/election/CandidateListEditor';
import { CountingBoardEditor } from '../../components/election/CountingBoardEditor';
import { ElectionDueCard } from '../../components/election/ElectionDueCard';
import { ElectionFindings } from '../../components/election/ElectionFindings';
import { SaveIndicator } from '../../components/SaveIndicator';
import { saveErrorText, useSaveQueue } from '../../state/useSaveQueue';
import { useWorkspace } from '../../state/WorkspaceContext';

/** The editable part of the election (election:saveSetup); rounds and the log are the service's. */
type SetupDraft = Omit<Election, 'rounds' | 'audit' | 'replacedBoard'>;

const SAVE_DELAY_MS = 600;
/** The rule families the setup findings come from (computed here, live, as the service does). */
const SETUP_FAMILIES = new Set(['R4', 'R11', 'R12', 'R13', 'R14', 'R15', 'R16', 'R21']);

function draftOf(election: Election | null): SetupDraft {
  const e = election ?? ElectionSchema.parse({});
  return {
    waiver: e.waiver,
    kind: e.kind,
    termFromYear: e.termFromYear,
    seats: e.seats,
    seatsSpecialCase: e.seatsSpecialCase,
    candidates: e.candidates,
    allowFloorNominations: e.allowFloorNominations,
    countingBoard: e.countingBoard,
    ballotStyle: e.ballotStyle,
    validity: e.validity,
    winningBase: e.winningBase,
    ballotSerials: e.ballotSerials,
    ballotsPerSheet: e.ballotsPerSheet,
    recognition: e.recognition,
    firstMeeting: e.firstMeeting,
  };
}

/** "candidates.2.personId: …" → "Người ứng cử 3: …". */
function setupErrorText(error: unknown): string {
  return saveErrorText(error, 'setup.candidates', 'Người ứng cử');
}

/**
 * Setting up the election (R11–R16, R21): whether it is due or waived, seats, candidates with
 * their consent, the counting board and witnesses, the ballot and its rules. Every edit is kept
 * locally and saved 600 ms after the last one through the page's save queue, so nothing typed is
 * lost; the findings beside the form update as you type.
 */
export function ElectionSetupForm({
  conference,
  view,
  onView,
}: {
  conference: Conference;
  view: ElectionView;
  onView: (view: ElectionView) => void;
}) {
  const { message } = App.useApp();
  const { workspace, rules, peopleById } = useWorkspace();
  const people = workspace.people;
  const [draft, setDraft] = useState<SetupDraft>(() => draftOf(view.election));
  const [busy, setBusy] = useState(false);

  const send = useCallback(
    (setup: SetupDraft) =>
      request('election:saveSetup', {
        conferenceId: conference.id,
        // Waiver, recognition and first meeting travel for the shape's sake; their own channels
        // save them. Always the service's latest, never an old copy from this draft.
        setup: {
          ...setup,
          waiver: view.election?.waiver,
          recognition: view.election?.recognition ?? setup.recognition,
          firstMeeting: view.election?.firstMeeting ?? setup.firstMeeting,
        },
      }),
    [conference.id, view.election],
  );
  const save = useSaveQueue<SetupDraft, ElectionView>({
    send,
    onSaved: onView,
    errorText: setupErrorText,
    delayMs: SAVE_DELAY_MS,
  });

  const change = (patch: Partial<SetupDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    save.schedule(next);
  };

  const started = (view.election?.rounds.length ?? 0) > 0;
  const staffCount = useMemo(() => activeStaff(people).length, [people]);
  const candidateIds = useMemo(
    () => new Set(draft.candidates.map((c) => c.personId)),
    [draft.candidates],
  );
  const findings = useMemo(() => {
    const local = electionSetupFindings(
      { ...draft, rounds: [], audit: [] },
      { people, rules, staffCount, conference },
    );
    const others = view.findings.filter((f) => !SETUP_FAMILIES.has(f.id.split('.')[0] ?? ''));
    return [...local, ...others];
  }, [draft, people, rules, staffCount, conference, view.findings]);

  const runWaiver = (op: () => Promise<ElectionView>, done: string) => {
    save.flush();
    setBusy(true);
    save.run(async () => {
      try {
        const next = await op();
        setDraft((d) => ({ ...d, waiver: next.election?.waiver }));
        message.success(done);
        return next;
      } catch (error) {
        message.error(errorText(error));
        return undefined;
      } finally {
        setBusy(false);
      }
    });
  };
  const waive = (waiver: ElectionWaiver) =>
    runWaiver(
      () => request('election:waive', { conferenceId: conference.id, waiver }),
      'Đã ghi nhận: hội nghị này không bầu Ban Thanh tra nhân dân.',
    );
  const unwaive = () =>
    runWaiver(
      () => request('election:unwaive', { conferenceId: conference.id }),
      'Đã bỏ ghi nhận không bầu.',
    );

  const { min, max, oddOnly } = rules.boardSeats.value;
  const waiver = view.election?.waiver;
  const seatsOverMax = (draft.seats ?? 0) > max;

  return (
    <Row gutter={16}>
      <Col xs={24} xl={15}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <ElectionDueCard
            due={view.due}
            waiver={waiver}
            busy={busy}
            onWaive={waive}
            onUnwaive={unwaive}
          />
          {!waiver && (
            <>
              <Card
                size="small"
                title="Số lượng thành viên và nhiệm kỳ"
                extra={<SaveIndicator state={save.state} testId="election-setup-save" />}
              >
                {started && (
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title="Đã bắt đầu bầu: số lượng, danh sách người ứng cử và thể lệ đã in trên phiếu bầu nên không sửa ở đây."
                  />
                )}
                <Form layout="vertical" component="div">
                  <Row gutter={12}>
                    <Col xs={24} md={10}>
                      <Form.Item label="Hình thức">
                        <Radio.Group
                          disabled={started}
                          value={draft.kind}
                          onChange={(e) => change({ kind: e.target.value as SetupDraft['kind'] })}
                        >
                          <Space orientation="vertical">
                            <Radio value="fullTerm">Bầu Ban nhiệm kỳ mới</Radio>
                            <Radio value="byElection">
                              Bầu bổ sung thành viên còn thiếu (Điều 60.3)
                            </Radio>
                          </Space>
                        </Radio.Group>
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={7}>
                      <Form.Item
                        label="Số lượng cần bầu"
                        help={
                          <small>
                            Từ {min} đến {max}
                            {oddOnly ? ', số lẻ' : ''} — {rules.boardSeats.source}
                          </small>
                        }
                      >
                        <InputNumber
                          aria-label="Số lượng thành viên cần bầu"
                          data-testid="election-seats"
                          disabled={started}
                          min={1}
                          max={99}
                          precision={0}
                          style={{ width: '100%' }}
                          value={draft.seats ?? null}
                          onChange={(v) => change({ seats: v ?? undefined })}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={7}>
                      <Form.Item
                        label="Nhiệm kỳ từ năm"
                        help={<small>{termLabel(draft, conference, rules)}</small>}
                      >
                        <InputNumber
                          aria-label="Nhiệm kỳ từ năm"
                          min={2000}
                          max={2100}
                          precision={0}
                          placeholder={String(conference.year)}
                          style={{ width: '100%' }}
                          value={draft.termFromYear ?? null}
                          onChange={(v) => change({ termFromYear: v ?? undefined })}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                  {(seatsOverMax ||
                    draft.seatsSpecialCase.specialOrDispersed ||
                    draft.seatsSpecialCase.agreedWithHead) && (
                    <Form.Item
                      label={`Trên ${max} thành viên — trường hợp đặc thù`}
                      help={<small>Căn cứ: {rules.boardSeats.source}</small>}
                    >
                      <Space orientation="vertical" style={{ width: '100%' }}>
                        <Checkbox
                          disabled={started}
                          checked={draft.seatsSpecialCase.specialOrDispersed}
                          onChange={(e) =>
                            change({
                              seatsSpecialCase: {
                                ...draft.seatsSpecialCase,
                                specialOrDispersed: e.target.checked,
                              },
                            })
                          }
                        >
                          Đơn vị có tính chất đặc thù hoặc hoạt động phân tán
                        </Checkbox>
                        <Checkbox
                          disabled={started}
                          checked={draft.seatsSpecialCase.agreedWithHead}
                          onChange={(e) =>
                            change({
                              seatsSpecialCase: {
                                ...draft.seatsSpecialCase,
                                agreedWithHead: e.target.checked,
                              },
                            })
                          }
                        >
                          Ban Chấp hành Công đoàn đã thống nhất với thủ trưởng đơn vị
                        </Checkbox>
                        <Input
                          aria-label="Ghi chú trường hợp đặc thù"
                          placeholder="Văn bản thống nhất, lý do (ghi vào Tờ trình)"
                          disabled={started}
                          maxLength={500}
                          value={draft.seatsSpecialCase.note}
                          onChange={(e) =>
                            change({
                              seatsSpecialCase: { ...draft.seatsSpecialCase, note: e.target.value },
                            })
                          }
                        />
                      </Space>
                    </Form.Item>
                  )}
                </Form>
              </Card>

              <Card
                size="small"
                title={`Người ứng cử (${draft.candidates.length})`}
                extra={
                  <Space>
                    <Typography.Text>Cho phép giới thiệu, tự ứng cử tại hội nghị</Typography.Text>
                    <Switch
                      aria-label="Cho phép giới thiệu, tự ứng cử tại hội nghị"
                      size="small"
                      disabled={started}
                      checked={draft.allowFloorNominations}
                      onChange={(allowFloorNominations) => change({ allowFloorNominations })}
                    />
                  </Space>
                }
              >
                <CandidateListEditor
                  people={people}
                  peopleById={peopleById}
                  rules={rules}
                  candidates={draft.candidates}
                  allowFloorNominations={draft.allowFloorNominations}
                  disabled={started}
                  onChange={(candidates) => change({ candidates })}
                />
              </Card>

              <Card size="small" title="Ban kiểm phiếu và người chứng kiến">
                <CountingBoardEditor
                  people={people}
                  peopleById={peopleById}
                  candidateIds={candidateIds}
                  board={draft.countingBoard}
                  rules={rules}
                  onChange={(countingBoard) => change({ countingBoard })}
                />
              </Card>

              <Card size="small" title="Phiếu bầu, phiếu hợp lệ, tỷ lệ trúng cử">
                <BallotRulesEditor value={draft} rules={rules} locked={started} onChange={change} />
              </Card>
            </>
          )}
          {save.state.status === 'error' && (
            <Alert type="error" showIcon title="Chưa lưu được" description={save.state.message} />
          )}
        </Space>
      </Col>
      <Col xs={24} xl={9}>
        <div style={{ position: 'sticky', top: 16 }}>
          <ElectionFindings
            findings={findings}
            okText="Thiết lập bầu cử đúng các quy định đã kiểm tra."
          />
        </div>
      </Col>
    </Row>
  );
}
