import { Table, Tag, Typography } from 'antd';
import type { CandidateResult, RoundTally } from '../../../../core/domain/election';
import type { BallotCandidate } from '../../../../core/domain/electionBallot';
import { describeBase, formatShare } from '../../../../core/domain/electionTally';

/**
 * One round's result, ranked (R16): votes, the percentage to two decimals with its base printed
 * above ("so với số người có mặt tại hội nghị (150)"), whether the votes pass the threshold,
 * and who is elected; candidates tied at the last seat are marked, none of them elected (R17).
 */
export function ResultsTable({
  tally,
  candidates,
}: {
  tally: Pick<RoundTally, 'results' | 'base' | 'votesNeeded' | 'tiedAtLastSeat'>;
  candidates: readonly BallotCandidate[];
}) {
  const byId = new Map(candidates.map((c) => [c.personId, c]));
  const tied = new Set(tally.tiedAtLastSeat);
  return (
    <>
      <Typography.Paragraph style={{ margin: '8px 0' }} data-testid="results-base">
        Tỷ lệ tính so với <b>{describeBase(tally.base)}</b>; trúng cử khi có ít nhất{' '}
        <b>{tally.votesNeeded} phiếu</b>.
      </Typography.Paragraph>
      <Table<CandidateResult>
        size="middle"
        pagination={false}
        rowKey="personId"
        data-testid="results-table"
        dataSource={tally.results}
        onRow={(r) => ({ style: r.elected ? { background: '#f6ffed' } : undefined })}
        columns={[
          { title: 'Xếp thứ', dataIndex: 'rank', width: 72, align: 'center' },
          { title: 'Số trên phiếu', dataIndex: 'ballotNumber', width: 80, align: 'center' },
          {
            title: 'Họ và tên',
            render: (_, r) => {
              const c = byId.get(r.personId);
              return (
                <>
                  <b>{c?.fullName ?? r.personId}</b>
                  <br />
                  <small style={{ color: 'rgba(0,0,0,0.45)' }}>
                    {[c?.position, c?.department].filter(Boolean).join(', ')}
                  </small>
                </>
              );
            },
          },
          {
            title: 'Số phiếu bầu',
            dataIndex: 'votes',
            width: 100,
            align: 'right',
            render: (votes: number) => <b data-testid="result-votes">{votes}</b>,
          },
          {
            title: 'Tỷ lệ',
            width: 100,
            align: 'right',
            render: (_, r) => <span data-testid="result-share">{formatShare(r.share)}</span>,
          },
          {
            title: 'Kết quả',
            width: 200,
            render: (_, r) =>
              r.elected ? (
                <Tag color="green" data-testid="result-elected">
                  Trúng cử
                </Tag>
              ) : tied.has(r.personId) ? (
                <Tag color="orange">Bằng phiếu ở vị trí cuối</Tag>
              ) : r.aboveThreshold ? (
                <Tag>Quá nửa, ngoài số lượng cần bầu</Tag>
              ) : (
                <Tag color="default">Không đủ quá nửa</Tag>
              ),
          },
        ]}
      />
    </>
  );
}
