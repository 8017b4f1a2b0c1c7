import type { HeaderLine, Signature } from '../../../core/domain/documentHeader';
import type { DocumentHeaderSettings } from '../../../core/domain/documentSettings';

const PREVIEW_FONT = '"Times New Roman", Times, serif';

/**
 * A small picture of the two-column header (NĐ 30/2020 Phụ lục I: issuing bodies left with a short
 * rule, Quốc hiệu and underlined Tiêu ngữ right) and of the signature blocks, drawn from the lines
 * as the user types them. Approximate on purpose: "Xem trước" shows the real document.
 */
export function DocumentHeaderPreview({
  leftLines,
  rightLines,
  signatures,
  parts,
  symbol,
}: {
  leftLines: readonly HeaderLine[];
  rightLines: readonly [string, string];
  signatures: readonly Signature[];
  parts: DocumentHeaderSettings['parts'];
  symbol: string | undefined;
}) {
  const cell = { textAlign: 'center' as const, verticalAlign: 'top' as const, padding: 4 };
  return (
    <div
      data-testid="header-preview"
      aria-label="Xem trước tiêu đề"
      style={{
        fontFamily: PREVIEW_FONT,
        fontSize: 12,
        border: '1px solid #d9d9d9',
        background: '#fff',
        color: '#000',
        padding: 8,
        marginBottom: 8,
      }}
    >
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <tbody>
          <tr>
            <td style={{ ...cell, width: '38%' }}>
              {leftLines.map((line, i) => (
                <div key={i} style={{ fontWeight: line.bold ? 700 : 400 }}>
                  {line.text || '…'}
                </div>
              ))}
              <div style={{ borderTop: '1px solid #000', width: '40%', margin: '2px auto 0' }} />
              {symbol && <div style={{ marginTop: 6 }}>Số: …/{symbol}</div>}
            </td>
            {parts.rightLines && (
              <td style={cell}>
                <div style={{ fontWeight: 700 }}>{rightLines[0] || '…'}</div>
                <div style={{ fontWeight: 700 }}>
                  <span style={{ borderBottom: '1px solid #000' }}>{rightLines[1] || '…'}</span>
                </div>
                <div style={{ marginTop: 6, fontStyle: 'italic' }}>…, ngày … tháng … năm …</div>
              </td>
            )}
          </tr>
        </tbody>
      </table>
      {parts.signatures && (
        <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 8 }}>
          <tbody>
            <tr>
              {signatures.length < 2 && <td style={{ width: '50%' }} />}
              {signatures.map((s, i) => (
                <td key={i} style={{ ...cell, fontWeight: 700 }}>
                  {s.authority && <div>{s.authority}</div>}
                  <div>{s.title || '…'}</div>
                  <div style={{ height: 18 }} />
                  <div>{s.name || '…'}</div>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
