/**
 * The docx test helpers read text as Word shows it: docx escapes quotes and apostrophes too
 * ("&quot;", "&apos;"), and XML allows numeric character references, so a sentence with "…" in
 * quotes must compare equal to what the job wrote.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  decodeXmlText,
  paragraphWithText,
  readDocumentXml,
  runWithText,
  textOf,
} from '../../support/docx';

describe('decodeXmlText', () => {
  it('decodes the five predefined entities and numeric references', () => {
    expect(decodeXmlText('&quot;a&quot; &apos;b&apos; &lt;c&gt; d &amp; e')).toBe(
      `"a" 'b' <c> d & e`,
    );
    expect(decodeXmlText('&#34;Tr&#237;ch&#x1EA0;&#x1ea1;&#128512;')).toBe('"TríchẠạ😀');
  });

  it('decodes in one pass and leaves what is not an entity as written', () => {
    expect(decodeXmlText('&amp;lt; &amp;quot;')).toBe('&lt; &quot;');
    expect(decodeXmlText('a & b; &nbsp; &#x110000; &unknown;')).toBe(
      'a & b; &nbsp; &#x110000; &unknown;',
    );
  });
});

describe('textOf and runWithText on a packed document', () => {
  it('read quotes, apostrophes and brackets as written', async () => {
    const sentence = 'Mục “Khác”: "Kế hoạch" của đơn vị\'s <Ban> & Công đoàn';
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun(sentence)] })] }],
    });
    const xml = await readDocumentXml(new Uint8Array(await Packer.toBuffer(doc)));
    expect(xml).toContain('&quot;');
    expect(textOf(xml)).toBe(sentence);
    expect(textOf(paragraphWithText(xml, sentence))).toBe(sentence);
    expect(textOf(runWithText(xml, sentence))).toBe(sentence);
  });
});
