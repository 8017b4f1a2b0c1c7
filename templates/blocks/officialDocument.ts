/**
 * The shell every typed official document shares (NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4): page setup
 * and styles, the two-column national header with number and place-date line, the type name and
 * summary, the content, the signature block(s) and "Nơi nhận". A document module supplies only its
 * content.
 */
import { Document, type FileChild } from 'docx';
import { nationalHeader, type NationalHeaderInput } from './nationalHeader';
import { officialSection } from './pageSetup';
import { signatureBlock, type SignatureBlockInput } from './signatureBlock';
import { documentStyles } from './styles';
import { titleBlock } from './titleBlock';

export interface OfficialDocumentInput extends NationalHeaderInput, SignatureBlockInput {
  typeName: string;
  summary: readonly string[];
  body: readonly FileChild[];
}

export function officialDocument(input: OfficialDocumentInput): Document {
  return new Document({
    title: `${input.typeName} — ${input.summary.join(' ')}`,
    creator: 'Hội nghị CBCCVC',
    styles: documentStyles(),
    sections: [
      officialSection([
        nationalHeader({
          header: input.header,
          ...(input.numberText ? { numberText: input.numberText } : {}),
          ...(input.placeDateText ? { placeDateText: input.placeDateText } : {}),
        }),
        ...titleBlock({ typeName: input.typeName, summary: input.summary }),
        ...input.body,
        ...signatureBlock({
          signatures: input.signatures,
          ...(input.recipients ? { recipients: input.recipients } : {}),
        }),
      ]),
    ],
  });
}
