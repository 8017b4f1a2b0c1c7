import { Typography } from 'antd';
import type { ScriptSection } from '../../../../core/documents/chairScriptJob';

/**
 * What the chair reads for one item, from the script (D5, chairScriptJob) with the figures as they
 * stand now — the quorum sentence with the real check-in count, the votes needed with the people
 * present. Directions in italics, steps in bold, as on the printed script.
 */
export function ChairScriptLines({ section }: { section: ScriptSection | undefined }) {
  if (!section || section.lines.length === 0) {
    return (
      <Typography.Text type="secondary">
        Kịch bản không có lời dẫn cho mục này (sửa lời dẫn ở mục “Mẫu câu văn bản”).
      </Typography.Text>
    );
  }
  return (
    <div
      data-testid="chair-script"
      style={{ fontSize: 16, lineHeight: 1.55, maxHeight: 340, overflowY: 'auto', paddingRight: 8 }}
    >
      {section.lines.map((line, i) => {
        if (line.style === 'subheading') {
          return (
            <div key={i} style={{ fontWeight: 700, marginTop: 6 }}>
              {line.text}
            </div>
          );
        }
        if (line.style === 'direction') {
          return (
            <div key={i} style={{ fontStyle: 'italic', color: '#6b7280' }}>
              {line.text}
            </div>
          );
        }
        return (
          <p key={i} style={{ margin: '0 0 6px' }}>
            {line.text}
          </p>
        );
      })}
    </div>
  );
}
