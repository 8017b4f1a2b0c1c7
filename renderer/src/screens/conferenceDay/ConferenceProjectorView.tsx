import { useProceedingsView } from '../../state/useProceedingsView';
import { useProjectorWindow } from '../../state/useProjectorWindow';

/** The hall sees a new item or a vote result within this long. */
const REFRESH_MS = 2000;

const PAGE = {
  position: 'fixed',
  inset: 0,
  zIndex: 2000,
  overflow: 'hidden',
  background: '#000',
  color: '#fff',
  padding: '3vh 4vw',
  boxSizing: 'border-box',
  display: 'flex',
  flexDirection: 'column',
  gap: '2.5vh',
} as const;

const VERDICT = {
  passes: { text: 'THÔNG QUA', color: '#95de64' },
  fails: { text: 'KHÔNG THÔNG QUA', color: '#ff7875' },
  noQuorum: { text: 'KHÔNG CÓ GIÁ TRỊ', color: '#ff7875' },
  invalid: { text: 'ĐANG KIỂM TRA SỐ LIỆU', color: '#ffd666' },
} as const;

const integer = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * The conference day for the hall's projector or second screen (issue 6 §1): the item running and
 * the next, the quorum from check-in and the latest vote's result — large type, high contrast, no
 * controls. In browser mode it is a window of its own (#/day-projector/<id>) that follows the
 * service by itself; the desktop app denies new windows (electron/main), so there it is a
 * full-screen layer over the app, closed with Esc or a double click.
 */
export function ConferenceProjectorView({
  conferenceId,
  onClose,
}: {
  conferenceId: string;
  onClose?: () => void;
}) {
  const { view } = useProceedingsView(conferenceId, { refreshMs: REFRESH_MS, recover: false });
  const title = useProjectorWindow(conferenceId, onClose);

  const live = view?.liveAgenda;
  const current = live?.items.find((i) => i.id === live.currentId);
  const next = live?.items.find((i) => i.id === live.nextId);
  const votes = view?.proceedings.votes ?? [];
  const latest = votes.reduce<(typeof votes)[number] | undefined>(
    (last, v) => (!last || v.at >= last.at ? v : last),
    undefined,
  );
  const outcome = latest ? view?.outcomes[latest.id] : undefined;
  const quorum = view?.quorum;

  return (
    <div style={PAGE} data-testid="day-projector" onDoubleClick={onClose}>
      <div style={{ textAlign: 'center', fontSize: '3vh', color: '#bbb' }}>{title}</div>
      <div style={{ textAlign: 'center' }} data-testid="projector-current">
        {current ? (
          <>
            <div style={{ fontSize: '3.2vh', color: '#ffd666' }}>
              Mục {current.number}/{live?.items.length}
            </div>
            <div style={{ fontSize: '7vh', fontWeight: 700, lineHeight: 1.15 }}>
              {current.title}
            </div>
          </>
        ) : (
          <div style={{ fontSize: '6vh', fontWeight: 700 }}>
            {view?.proceedings.closedAt
              ? `Hội nghị đã bế mạc lúc ${view.proceedings.closedAt}`
              : title}
          </div>
        )}
        {next && (
          <div style={{ fontSize: '3.2vh', color: '#bbb', marginTop: '1vh' }}>
            Tiếp theo: {next.title}
          </div>
        )}
      </div>
      {quorum && (
        <div
          data-testid="projector-quorum"
          style={{
            textAlign: 'center',
            fontSize: '4vh',
            color: quorum.reached ? '#95de64' : '#ff7875',
          }}
        >
          Có mặt {integer.format(quorum.present)}/{integer.format(quorum.base)} người (
          {percent.format(quorum.percent)}%) —{' '}
          {quorum.reached
            ? 'đủ số người tham dự tối thiểu'
            : `chưa đủ, cần ít nhất ${integer.format(quorum.needed)}`}
        </div>
      )}
      {latest && outcome && (
        <div
          data-testid="projector-vote"
          style={{
            border: '2px solid #444',
            borderRadius: 12,
            padding: '2vh 3vw',
            marginTop: 'auto',
          }}
        >
          <div style={{ fontSize: '3.4vh', color: '#ddd' }}>Kết quả biểu quyết: {latest.title}</div>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-around',
              fontSize: '5vh',
              margin: '1.5vh 0',
              fontVariantNumeric: 'tabular-nums',
            }}
          >
            <span>Có mặt {latest.present}</span>
            <span>Đồng ý {latest.votesFor}</span>
            <span>Không đồng ý {latest.votesAgainst}</span>
            <span>Khác {latest.votesOther}</span>
          </div>
          <div
            style={{
              textAlign: 'center',
              fontSize: '6vh',
              fontWeight: 800,
              color: VERDICT[outcome.status].color,
            }}
          >
            {VERDICT[outcome.status].text}
          </div>
          <div style={{ textAlign: 'center', fontSize: '3vh', color: '#ddd' }}>
            {outcome.reason ?? outcome.sentence}
          </div>
        </div>
      )}
    </div>
  );
}
