import { Alert, Checkbox, Form, Radio, Space, Typography } from 'antd';
import type { Election } from '../../../../core/domain/election';
import { BALLOT_STYLE_LABELS, WINNING_BASE_LABELS } from '../../../../core/domain/glossary';
import type { RuleSet } from '../../../../core/rules/ruleSets';

type BallotRules = Pick<
  Election,
  'ballotStyle' | 'validity' | 'winningBase' | 'ballotSerials' | 'ballotsPerSheet'
>;

const VALIDITY_SOURCE = 'Luật 85/2015/QH13, Điều 74 (vận dụng); thực tiễn công đoàn';

/**
 * How the ballot is marked and counted: the style (strike-out by default), the validity rules
 * (R15, national-election model by default) and the base of the percentages (R16: the people
 * present, the Law's base; valid ballots only with a visible warning), each with its source; and
 * how the ballots (D12) are printed.
 */
export function BallotRulesEditor({
  value,
  rules,
  locked,
  onChange,
}: {
  value: BallotRules;
  rules: RuleSet;
  /** A round has started: the ballot is printed and the rules adopted (D11) are fixed. */
  locked: boolean;
  onChange: (change: Partial<BallotRules>) => void;
}) {
  const fraction = rules.boardWinFraction.value;
  return (
    <Form layout="vertical" component="div" data-testid="ballot-rules-editor">
      <Form.Item
        label="Cách đánh dấu trên phiếu bầu"
        help={
          <small>Mặc định theo thực tiễn bầu cử của công đoàn: gạch tên người không bầu.</small>
        }
      >
        <Radio.Group
          disabled={locked}
          value={value.ballotStyle}
          onChange={(e) => onChange({ ballotStyle: e.target.value as BallotRules['ballotStyle'] })}
        >
          <Space orientation="vertical">
            <Radio value="strikeOut">Gạch tên ({BALLOT_STYLE_LABELS.strikeOut})</Radio>
            <Radio value="approveColumns">Hai cột ({BALLOT_STYLE_LABELS.approveColumns})</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        label="Phiếu không hợp lệ"
        help={
          <small>Căn cứ: {VALIDITY_SOURCE}. Phiếu để lại ít tên hơn số cần bầu vẫn hợp lệ.</small>
        }
        style={{ marginTop: 24 }}
      >
        <Space orientation="vertical">
          <Checkbox
            disabled={locked}
            checked={value.validity.overVoteInvalid}
            onChange={(e) =>
              onChange({ validity: { ...value.validity, overVoteInvalid: e.target.checked } })
            }
          >
            Phiếu bầu nhiều người hơn số lượng cần bầu là phiếu không hợp lệ
          </Checkbox>
          <Checkbox
            disabled={locked}
            checked={value.validity.allStruckInvalid}
            onChange={(e) =>
              onChange({ validity: { ...value.validity, allStruckInvalid: e.target.checked } })
            }
          >
            Phiếu gạch hết tên (không bầu ai) là phiếu không hợp lệ
          </Checkbox>
          <Typography.Text type="secondary">
            Phiếu không có dấu của Công đoàn, không phải phiếu do Ban kiểm phiếu phát, ghi thêm tên
            hoặc có ký hiệu riêng luôn là phiếu không hợp lệ (chọn khi nhập phiếu).
          </Typography.Text>
        </Space>
      </Form.Item>
      <Form.Item
        label="Cơ sở tính tỷ lệ trúng cử"
        help={<small>Căn cứ: {rules.boardWinFraction.source}.</small>}
        style={{ marginTop: 24 }}
      >
        <Radio.Group
          disabled={locked}
          value={value.winningBase}
          onChange={(e) => onChange({ winningBase: e.target.value as BallotRules['winningBase'] })}
        >
          <Space orientation="vertical">
            <Radio value="present" data-testid="base-present">
              Quá {fraction.numerator}/{fraction.denominator} {WINNING_BASE_LABELS.present} (mặc
              định, theo Luật)
            </Radio>
            <Radio value="validBallots" data-testid="base-valid">
              Quá {fraction.numerator}/{fraction.denominator} {WINNING_BASE_LABELS.validBallots}
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {value.winningBase === 'validBallots' && (
        <Alert
          type="warning"
          showIcon
          data-testid="base-warning"
          style={{ marginBottom: 16 }}
          title="Tính trên số phiếu hợp lệ, không phải số người có mặt"
          description="Luật quy định quyết định của hội nghị cần quá một nửa số người có mặt. Nếu đơn vị chọn tính trên số phiếu hợp lệ, mọi tỷ lệ trên màn hình và trong văn bản đều ghi rõ cơ sở này — hãy chắc chắn hội nghị đã thông qua thể lệ như vậy."
        />
      )}
      <Form.Item label="In phiếu bầu" style={{ marginTop: 8 }}>
        <Space orientation="vertical">
          <Checkbox
            disabled={locked}
            checked={value.ballotSerials}
            onChange={(e) => onChange({ ballotSerials: e.target.checked })}
          >
            In số thứ tự trên từng phiếu (dễ đối chiếu khi hai tổ nhập phiếu)
          </Checkbox>
          <Radio.Group
            disabled={locked}
            value={value.ballotsPerSheet}
            onChange={(e) =>
              onChange({ ballotsPerSheet: e.target.value as BallotRules['ballotsPerSheet'] })
            }
          >
            <Radio value={1}>1 phiếu/trang A4</Radio>
            <Radio value={2}>2 phiếu/trang</Radio>
            <Radio value={4}>4 phiếu/trang</Radio>
          </Radio.Group>
        </Space>
      </Form.Item>
    </Form>
  );
}
