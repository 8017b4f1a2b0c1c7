import { useCallback, useMemo, useState } from 'react';
import dayjs from 'dayjs';
import {
  Alert,
  App,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Conference } from '../../../../core/domain/conference';
import { formatDateVi } from '../../../../core/domain/dates';
import type { Election, FirstMeeting } from '../../../../core/domain/election';
import { firstMeetingProblems } from '../../../../core/domain/firstMeetingProblems';
import { foldForSearch } from '../../../../core/domain/vietnamese';
import type { ElectionView } from '../../../../core/electionContract';
import { errorText, request } from '../../api';
import { ElectionFindings } from '../../components/election/ElectionFindings';
import { PersonSelect } from '../../components/PersonSelect';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useSaveQueue } from '../../state/useSaveQueue';
import { useWorkspace } from '../../state/WorkspaceContext';

const SAVE_DELAY_MS = 600;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Typing a name without accents finds it (đ included), as in every person picker. */
function matchesName(input: string, option?: { label: string }): boolean {
  return foldForSearch(option?.label ?? '').includes(foldForSearch(input));
}

/**
 * After the vote (R19, R20): the union executive's decision recognising the result, dated within
 * 5 working days after the conference (NĐ 59/2023 Điều 21.1 — the deadline and the check come from
 * the service, weekends and days off skipped), and the board's first meeting, which elects its head
 * and deputies among the members (Luật 10/2022 Điều 63.2.a; at most 2 deputies from 9 members, NĐ
 * 59/2023 Điều 21.3). Both feed D16 and D17.
 */
export function ElectionAfterVote({
  conference,
  election,
  view,
  onView,
}: {
  conference: Conference;
  election: Election;
  view: ElectionView;
  onView: (view: ElectionView) => void;
}) {
  const { message } = App.useApp();
  const { workspace, rules, peopleById } = useWorkspace();
  const people = workspace.people;
  const outcome = view.outcome;
  const complete = outcome.status === 'complete';
  const [meeting, setMeeting] = useState<FirstMeeting>(election.firstMeeting);
  const [timeText, setTimeText] = useState(election.firstMeeting.time ?? '');
  const [recognitionBusy, setRecognitionBusy] = useState(false);

  // The board once elected: the elected, and for a by-election the sitting members too
  // (as core/service/electionView.ts counts them).
  const memberIds = useMemo(() => {
    if (election.kind !== 'byElection') return outcome.electedIds;
    const sitting = election.replacedBoard?.memberIds ?? workspace.inspectionBoard?.memberIds ?? [];
    return [...new Set([...sitting, ...outcome.electedIds])];
  }, [election, outcome.electedIds, workspace.inspectionBoard]);
  const memberOptions = memberIds.map((id) => ({
    value: id,
    label: peopleById.get(id)?.fullName ?? id,
  }));

  const send = useCallback(
    (firstMeeting: FirstMeeting) =>
      request('election:saveFirstMeeting', { conferenceId: conference.id, firstMeeting }),
    [conference.id],
  );
  const save = useSaveQueue<FirstMeeting, ElectionView>({
    send,
    onSaved: onView,
    errorText,
    delayMs: SAVE_DELAY_MS,
  });
  const change = (patch: Partial<FirstMeeting>) => {
    const next = { ...meeting, ...patch };
    setMeeting(next);
    save.schedule(next);
  };
  const problems = useMemo(
    () =>
      firstMeetingProblems(meeting, {
        memberIds: complete ? memberIds : [],
        people,
        rules,
        ...(conference.date ? { conferenceDate: conference.date } : {}),
      }),
    [meeting, complete, memberIds, people, rules, conference.date],
  );

  const saveRecognition = async (date: string | null) => {
    setRecognitionBusy(true);
    try {
      onView(await request('election:saveRecognition', { conferenceId: conference.id, date }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setRecognitionBusy(false);
    }
  };

  const { largeFrom, maxLarge, maxSmall } = rules.boardDeputies.value;
  const deputyRule = `Từ ${largeFrom} thành viên: không quá ${maxLarge} Phó Trưởng ban${
    maxSmall !== null ? `; dưới ${largeFrom} thành viên: không quá ${maxSmall}` : ''
  } (${rules.boardDeputies.source}).`;
  const recognitionFindings = view.findings.filter((f) => f.id.startsWith('R20'));

  return (
    <Row gutter={[16, 16]} data-testid="after-vote">
      <Col xs={24} xl={15}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {!complete && (
            <Alert
              type="info"
              showIcon
              title="Chưa có kết quả bầu cuối cùng"
              description="Quyết định công nhận và cuộc họp lần thứ nhất của Ban dựa trên kết quả đã khoá (đủ số lượng hoặc hội nghị chấp nhận số ít hơn)."
            />
          )}
          <Card size="small" title="Quyết định công nhận kết quả bầu (D16)">
            <Form layout="vertical" component="div">
              <Form.Item
                label="Ngày ký quyết định"
                help={
                  <small>
                    {view.recognitionDeadline
                      ? `Hạn: ${formatDateVi(view.recognitionDeadline)} — ${rules.recognitionWorkingDays.value} ngày làm việc sau hội nghị (không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết). Căn cứ: ${rules.recognitionWorkingDays.source}.`
                      : 'Hội nghị chưa có ngày tổ chức: chưa tính được hạn.'}
                  </small>
                }
              >
                <DatePicker
                  aria-label="Ngày ký quyết định công nhận"
                  data-testid="recognition-date"
                  format="DD/MM/YYYY"
                  disabled={recognitionBusy}
                  value={election.recognition.date ? dayjs(election.recognition.date) : null}
                  onChange={(d) => void saveRecognition(d ? d.format('YYYY-MM-DD') : null)}
                />
              </Form.Item>
            </Form>
            {recognitionFindings.length === 0 && election.recognition.date && (
              <Typography.Text type="success" data-testid="recognition-ok">
                ✓ Trong hạn {rules.recognitionWorkingDays.value} ngày làm việc.
              </Typography.Text>
            )}
          </Card>
          <Card
            size="small"
            title="Họp Ban Thanh tra nhân dân lần thứ nhất (D17)"
            extra={<SaveIndicator state={save.state} testId="first-meeting-save" />}
          >
            <Typography.Paragraph type="secondary">
              Trưởng ban và Phó Trưởng ban không bầu tại hội nghị: Ban Chấp hành Công đoàn triệu tập
              Ban họp để bầu trong số thành viên (Luật 10/2022/QH15, Điều 63.2.a). {deputyRule}
            </Typography.Paragraph>
            <Form layout="vertical" component="div">
              <Row gutter={12}>
                <Col xs={12} md={8}>
                  <Form.Item label="Ngày họp">
                    <DatePicker
                      aria-label="Ngày họp"
                      format="DD/MM/YYYY"
                      style={{ width: '100%' }}
                      value={meeting.date ? dayjs(meeting.date) : null}
                      onChange={(d) => change({ date: d ? d.format('YYYY-MM-DD') : undefined })}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item label="Giờ">
                    <Input
                      aria-label="Giờ họp"
                      placeholder="14:00"
                      value={timeText}
                      status={timeText && !TIME.test(timeText) ? 'error' : undefined}
                      onChange={(e) => {
                        const text = e.target.value;
                        setTimeText(text);
                        // Saved once it is a time (hh:mm) or cleared; half-typed stays on screen.
                        if (text === '' || TIME.test(text))
                          change({ time: text === '' ? undefined : text });
                      }}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item label="Địa điểm">
                    <Input
                      aria-label="Địa điểm họp"
                      maxLength={200}
                      value={meeting.place}
                      onChange={(e) => change({ place: e.target.value })}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label="Người chủ trì (thay mặt Ban Chấp hành Công đoàn)">
                <PersonSelect
                  ariaLabel="Người chủ trì cuộc họp"
                  people={people}
                  value={meeting.convenedById}
                  onChange={(convenedById) => change({ convenedById })}
                />
              </Form.Item>
              <Form.Item label="Trưởng ban">
                <Select
                  aria-label="Trưởng ban Thanh tra nhân dân"
                  data-testid="board-head"
                  allowClear
                  showSearch={{ filterOption: matchesName }}
                  disabled={!complete}
                  options={memberOptions}
                  value={meeting.headId}
                  onChange={(headId: string | undefined) =>
                    change({
                      headId,
                      deputyIds: meeting.deputyIds.filter((id) => id !== headId),
                    })
                  }
                />
              </Form.Item>
              <Form.Item label="Phó Trưởng ban">
                <Select
                  mode="multiple"
                  aria-label="Phó Trưởng ban Thanh tra nhân dân"
                  data-testid="board-deputies"
                  showSearch={{ filterOption: matchesName }}
                  disabled={!complete}
                  options={memberOptions.filter((o) => o.value !== meeting.headId)}
                  value={meeting.deputyIds}
                  onChange={(deputyIds: string[]) => change({ deputyIds })}
                />
              </Form.Item>
              <Form.Item label="Phân công nhiệm vụ, ghi chú">
                <Input.TextArea
                  aria-label="Phân công nhiệm vụ"
                  rows={3}
                  maxLength={2000}
                  value={meeting.tasksNote}
                  onChange={(e) => change({ tasksNote: e.target.value })}
                />
              </Form.Item>
            </Form>
            {save.state.status === 'error' && (
              <Alert type="error" showIcon title="Chưa lưu được" description={save.state.message} />
            )}
          </Card>
        </Space>
      </Col>
      <Col xs={24} xl={9}>
        <ElectionFindings
          title="Kiểm tra sau bầu cử (R19, R20)"
          okText="Không có vấn đề về quyết định công nhận và cuộc họp lần thứ nhất."
          findings={[
            ...problems.map((p, i) => ({
              id: `R19.${i}`,
              severity: 'warning' as const,
              message: p,
              source: rules.boardDeputies.source,
            })),
            ...recognitionFindings,
          ]}
        />
      </Col>
    </Row>
  );
}
