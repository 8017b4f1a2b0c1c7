import { describeBase, formatShare } from '../../../../core/domain/electionTally';
import { useElectionView } from '../../state/useElectionView';
import { useProjectorWindow } from '../../state/useProjectorWindow';

/** The hall sees a change within this long of the count being locked. */
const REFRESH_MS = 3000;

const PAGE = {
  position: 'fixed',
  inset: 0,
  zIndex: 2000,
  overflow: 'auto',
  background: '#000',
  color: '#fff',
  padding: '3vh 4vw',
  fontFamily: 'inherit',
  boxSizing: 'border-box',
} as const;
const CELL = { padding: '0.8vh 1vw', borderBottom: '2px solid #444', textAlign: 'left' } as const;
const NUMBER = { ...CELL, textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The result for the hall's projector (issue 5 item 5): large type, high contrast, no controls.
 * Only a locked count is shown — figures still being entered would be argued over from the floor.
 * In browser mode it runs in a window of its own (#/projector/<id>) and follows the count by
 * itself; in the desktop app, which denies new windows (electron/main), it is a full-screen layer
 * over the app, closed with Esc.
 */
export function ElectionProjectorView({
  conferenceId,
  onClose,
}: {
  conferenceId: string;
  /** Set when shown as a layer over the app: Esc (or a click) closes it. */
  onClose?: () => void;
}) {
  const { view } = useElectionView(conferenceId, { refreshMs: REFRESH_MS });
  const title = useProjectorWindow(conferenceId, onClose);

  const locked = view?.rounds.filter((r) => r.round.locked);
  const shown = locked?.at(-1);
  const counting = view?.rounds.at(-1);

  return (
    <div style={PAGE} data-testid="projector" onDoubleClick={onClose}>
      <div style={{ textAlign: 'center', fontSize: '3.2vh', color: '#ddd' }}>{title}</div>
      <h1
        style={{
          textAlign: 'center',
          color: '#ffd666',
          fontSize: '4.4vh',
          margin: '0.5vh 0 1.5vh',
          textTransform: 'uppercase',
        }}
      >
        Kết quả bầu Ban Thanh tra nhân dân {view?.termLabel ?? ''}
      </h1>
      {!shown ? (
        <div style={{ textAlign: 'center', fontSize: '5vh', marginTop: '20vh' }}>
          {counting
            ? `Ban kiểm phiếu đang kiểm phiếu lần bầu thứ ${counting.round.number}…`
            : 'Chưa bắt đầu bầu.'}
        </div>
      ) : (
        <>
          <div style={{ textAlign: 'center', fontSize: '3vh', marginBottom: '1.5vh' }}>
            Lần bầu thứ {shown.tally.round} — bầu {shown.tally.seats} trong {shown.tally.candidates}{' '}
            người · Có mặt {shown.tally.present} · Phát ra {shown.tally.issued} · Thu vào{' '}
            {shown.tally.collected} · Hợp lệ {shown.tally.valid} · Không hợp lệ{' '}
            {shown.tally.invalid}
          </div>
          <table
            style={{ width: '100%', borderCollapse: 'collapse', fontSize: '3.8vh' }}
            data-testid="projector-table"
          >
            <thead>
              <tr style={{ color: '#ffd666' }}>
                <th style={CELL}>TT</th>
                <th style={CELL}>Họ và tên</th>
                <th style={NUMBER}>Số phiếu</th>
                <th style={NUMBER}>Tỷ lệ</th>
                <th style={CELL} />
              </tr>
            </thead>
            <tbody>
              {shown.tally.results.map((r) => {
                const name =
                  shown.ballotCandidates.find((c) => c.personId === r.personId)?.fullName ?? '';
                return (
                  <tr
                    key={r.personId}
                    style={{
                      color: r.elected ? '#fff' : '#aaa',
                      fontWeight: r.elected ? 700 : 400,
                    }}
                  >
                    <td style={CELL}>{r.rank}</td>
                    <td style={CELL}>{name}</td>
                    <td style={NUMBER}>{r.votes}</td>
                    <td style={NUMBER}>{formatShare(r.share)}</td>
                    <td style={{ ...CELL, color: '#95de64' }}>{r.elected ? 'TRÚNG CỬ' : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div style={{ marginTop: '2vh', fontSize: '3vh', color: '#ddd' }}>
            Tỷ lệ so với {describeBase(shown.tally.base)}; trúng cử khi có ít nhất{' '}
            {shown.tally.votesNeeded} phiếu.
          </div>
          {view?.outcome.status === 'needsDecision' && (
            <div style={{ marginTop: '2vh', fontSize: '3.4vh', color: '#ffd666' }}>
              {view.outcome.message}
            </div>
          )}
        </>
      )}
    </div>
  );
}
