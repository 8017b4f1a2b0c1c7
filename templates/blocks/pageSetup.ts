/**
 * Page of an administrative document (NĐ 30/2020/NĐ-CP Phụ lục I, mục I — R23): A4 portrait; margins
 * top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; page numbers in Arabic figures, 13–14 pt,
 * centred in the top margin, not shown on the first page.
 */
import {
  AlignmentType,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { FONT, TEXT_COLOR, halfPoints } from './styles';

/** A4 as portrait dimensions; landscape is set by orientation only (docx #587 — lesson 9). */
export const A4_PORTRAIT = { width: 11906, height: 16838 } as const;

/**
 * Millimetres to twips, never below the millimetres asked for: convertMillimetersToTwip floors
 * (20 mm → 1133 twips = 19.99 mm, a hair under the NĐ 30 minimum), so one twip is added back when
 * it lost some.
 */
export function mmToTwip(mm: number): number {
  const floored = convertMillimetersToTwip(mm);
  return (floored * 25.4) / 1440 < mm ? floored + 1 : floored;
}

/** The lower bounds of each NĐ 30 range: they leave the most room for a long table. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const MARGINS_TWIPS = {
  top: mmToTwip(MARGINS_MM.top),
  bottom: mmToTwip(MARGINS_MM.bottom),
  left: mmToTwip(MARGINS_MM.left),
  right: mmToTwip(MARGINS_MM.right),
  /** The page number sits 10 mm from the top edge, inside the 20 mm top margin. */
  header: mmToTwip(10),
  footer: mmToTwip(10),
} as const;

/** Width between the margins: every table is laid out to exactly this (LibreOffice — lesson 9). */
export const CONTENT_WIDTH_TWIPS = A4_PORTRAIT.width - MARGINS_TWIPS.left - MARGINS_TWIPS.right;

/** 13 pt, the NĐ 30 range is 13–14. */
const PAGE_NUMBER_PT = 13;

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: FONT,
            size: halfPoints(PAGE_NUMBER_PT),
            color: TEXT_COLOR,
          }),
        ],
      }),
    ],
  });
}

/**
 * One section with the official page. The first page gets its own, empty header (titlePage) so
 * the number shows from page 2 on.
 */
export function officialSection(children: readonly FileChild[]): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { ...A4_PORTRAIT, orientation: PageOrientation.PORTRAIT },
        margin: MARGINS_TWIPS,
      },
    },
    headers: {
      default: pageNumberHeader(),
      first: new Header({ children: [new Paragraph({ children: [] })] }),
    },
    children,
  };
}
