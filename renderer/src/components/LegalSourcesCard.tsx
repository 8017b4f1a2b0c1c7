import { Card, List, Table, Tag, Tooltip, Typography } from 'antd';
import type { Basis } from '../../../core/rules/ruleSets';
import {
  BASIS_EXPLANATIONS,
  BASIS_LABELS,
  ruleSetOverview,
  type RuleRow,
  type SourceRow,
} from '../../../core/rules/ruleSetOverview';
import { useWorkspace } from '../state/WorkspaceContext';
import { routeHref } from '../state/useRoute';

const BASIS_COLORS: Record<Basis, string> = {
  LAW: 'green',
  PRACTICE: 'blue',
  ANALOGY: 'orange',
  UNCONFIRMED: 'red',
};

function BasisTag({ basis }: { basis: Basis }) {
  return (
    <Tooltip title={BASIS_EXPLANATIONS[basis]}>
      <Tag color={BASIS_COLORS[basis]}>{BASIS_LABELS[basis]}</Tag>
    </Tooltip>
  );
}

/** "Ban hành 27/06/2025 · hiệu lực từ 01/07/2025"; "chưa kiểm chứng ngày" when neither is known. */
function sourceDates(source: SourceRow): string {
  const parts = [
    ...(source.issuedOn ? [`ban hành ${source.issuedOn}`] : []),
    ...(source.effectiveFrom ? [`hiệu lực từ ${source.effectiveFrom}`] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : 'chưa kiểm chứng ngày ban hành, ngày hiệu lực';
}

/**
 * "Giới thiệu — Căn cứ pháp lý" (issue 5 item 7): the texts the unit's rule set rests on, with
 * their dates and what each governs, and every legal number the app applies with its article and
 * how sure the research is of it — so a user can check a figure against the law before relying on
 * it. Shown on the help's first page; the rule set is chosen in "Thông tin đơn vị".
 */
export function LegalSourcesCard() {
  const { rules } = useWorkspace();
  const overview = ruleSetOverview(rules);
  return (
    <Card
      className="help-page"
      data-testid="legal-sources"
      title="Giới thiệu — Căn cứ pháp lý"
      style={{ marginTop: 16 }}
    >
      <Typography.Paragraph>
        Ứng dụng áp dụng bộ quy tắc <strong>{overview.label}</strong> cho đơn vị này.{' '}
        {overview.description} Đổi bộ quy tắc ở mục{' '}
        <a href={routeHref({ name: 'unit' })}>Thông tin đơn vị</a>. Mọi con số dưới đây được dùng để
        kiểm tra và ghi vào văn bản; mỗi con số ghi rõ điều khoản và mức độ chắc chắn.
      </Typography.Paragraph>

      <Typography.Title level={5}>Văn bản làm căn cứ</Typography.Title>
      <List<SourceRow>
        size="small"
        dataSource={overview.sources}
        rowKey={(s) => s.number}
        renderItem={(source) => (
          <List.Item data-testid="legal-source">
            <List.Item.Meta
              title={
                <span>
                  {source.number} — {source.title}{' '}
                  <Typography.Text type="secondary">({sourceDates(source)})</Typography.Text>
                </span>
              }
              description={source.note}
            />
          </List.Item>
        )}
      />

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Các con số theo quy định
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        Mức độ:{' '}
        {(Object.keys(BASIS_LABELS) as Basis[]).map((basis) => (
          <span key={basis}>
            <BasisTag basis={basis} /> {BASIS_EXPLANATIONS[basis]}{' '}
          </span>
        ))}
      </Typography.Paragraph>
      <Table<RuleRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={overview.values}
        data-testid="legal-values"
        columns={[
          { title: 'Nội dung', dataIndex: 'label', width: '28%' },
          { title: 'Quy định', dataIndex: 'value', width: '30%' },
          { title: 'Căn cứ', dataIndex: 'source' },
          { title: 'Áp dụng từ', dataIndex: 'effectiveFrom', width: 100 },
          {
            title: 'Mức độ',
            dataIndex: 'basis',
            width: 120,
            render: (basis: Basis) => <BasisTag basis={basis} />,
          },
        ]}
      />
    </Card>
  );
}
