import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import type { ProceedingsView } from '../../../../core/conferenceDayContract';
import type { Conference } from '../../../../core/domain/conference';
import { OpinionList } from '../../components/conferenceDay/OpinionList';
import type { ResolutionOption } from '../../components/conferenceDay/OpinionEditor';
import { SummaryEditor } from '../../components/conferenceDay/SummaryEditor';
import { useWorkspace } from '../../state/WorkspaceContext';

/**
 * "Ghi biên bản": the whole record of the day in one place, to complete and tidy after (or while)
 * it happens — each agenda item's summary with its real times, and every opinion with its answer,
 * filed under the item it was said in. What is typed here is what D14 prints.
 */
export function MinutesPanel({
  conference,
  view,
  resolutionOptions,
}: {
  conference: Conference;
  view: ProceedingsView;
  resolutionOptions: readonly ResolutionOption[];
}) {
  const { workspace } = useWorkspace();
  const live = view.liveAgenda;
  const discussion = conference.agenda.find((i) => i.kind === 'discussion');
  const agendaOptions = live.items.map((i) => ({ value: i.id, label: `${i.number}. ${i.title}` }));

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {live.items.map((item) => (
            <Card
              key={item.id}
              size="small"
              data-testid="minutes-item"
              title={
                <span>
                  {item.number}. {item.title}{' '}
                  <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
                    {item.actualStart
                      ? `${item.actualStart}–${item.actualEnd ?? '…'}`
                      : `dự kiến ${item.plannedStart ?? '—'}`}
                  </Typography.Text>
                  {item.status === 'current' && (
                    <Tag color="processing" style={{ marginLeft: 8 }}>
                      Đang diễn ra
                    </Tag>
                  )}
                </span>
              }
            >
              <SummaryEditor
                conferenceId={conference.id}
                itemId={item.id}
                itemTitle={item.title}
                initial={view.proceedings.items[item.id]?.summary ?? ''}
                rows={2}
              />
            </Card>
          ))}
        </Space>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title={`Ý kiến thảo luận và trả lời (${view.proceedings.opinions.length})`}
          data-testid="minutes-opinions"
        >
          <OpinionList
            conferenceId={conference.id}
            initial={view.proceedings.opinions}
            agendaItemId={live.currentId ?? discussion?.id}
            people={workspace.people}
            resolutionOptions={resolutionOptions}
            agendaOptions={agendaOptions}
          />
        </Card>
      </Col>
    </Row>
  );
}
