import { useEffect, useState } from 'react';
import { Alert, Card, Spin } from 'antd';
import Markdown from 'react-markdown';
import { LegalSourcesCard } from '../components/LegalSourcesCard';

/**
 * The Vietnamese user guide (docs/huong-dan), shipped with the app and read offline. Links between
 * chapters stay inside the app; images resolve next to the chapter. Its first page ends with the
 * legal sources of the unit's rule set (LegalSourcesCard), the app's "Giới thiệu".
 */
export function HelpScreen({ chapter }: { chapter: string }) {
  const [text, setText] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  const safeChapter = chapter.replace(/[^\w-]/g, '');

  // The parent keys this component by chapter, so a new chapter starts from a fresh state.
  useEffect(() => {
    fetch(`huong-dan/${safeChapter}.md`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then(setText)
      .catch(() => setFailed(true));
  }, [safeChapter]);

  if (failed)
    return <Alert type="warning" showIcon message="Không mở được chương hướng dẫn này." />;
  if (text === undefined) return <Spin />;
  return (
    <>
      <Card className="help-page">
        <Markdown
          urlTransform={(url) => url}
          components={{
            a: ({ href, children }) => {
              const local =
                href && /^[\w-]+\.md$/.test(href) ? `#/help/${href.slice(0, -3)}` : href;
              return <a href={local}>{children}</a>;
            },
            img: ({ src, alt }) => (
              <img
                src={typeof src === 'string' ? `huong-dan/${src}` : undefined}
                alt={alt ?? ''}
                style={{ maxWidth: '100%', border: '1px solid #ddd' }}
              />
            ),
          }}
        >
          {text}
        </Markdown>
      </Card>
      {/* The guide's first page is also the app's "about": the law it applies, with dates. */}
      {safeChapter === 'README' && <LegalSourcesCard />}
    </>
  );
}
