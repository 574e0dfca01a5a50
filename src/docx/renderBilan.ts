/**
 * The bilan's document model (src/report/bilan) written as a .docx with the `docx` package: headings
 * as Word's Heading1–3 styles (the navigation pane's outline), tables with explicit column widths
 * and a fixed layout (Word and LibreOffice Writer then lay them out alike), charts as PNG images
 * (the port in ./chartPng.ts), page numbers in the footer. Nothing here chooses what to say.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { BilanDocument, Block, Chart, Cover, Table as TableBlock } from '../report/bilan';
import type { ChartToPng } from './chartPng';

/** A4 portrait, 2 cm margins, in twentieths of a point. */
const page = { width: 11906, height: 16838, margin: 1134 };
const textWidth = page.width - 2 * page.margin;
const font = 'Arial';
const colour = { heading: '1F3864', note: '595959', header: 'D9E2F3', border: 'A6A6A6' };

const headingLevel = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * How the text flows over pages. Every paragraph keeps its lines on one page (they are short); a
 * heading, and a paragraph that introduces what follows (a « lead »: « 12 écarts à examiner : », an
 * action's state; a « note »: when the action was to start), keeps with the next one — so that no
 * heading or introduction ends a page alone, and a fiche's last few lines are not left on a page of
 * their own without their heading.
 */
const keep = { together: { keepLines: true }, withNext: { keepLines: true, keepNext: true } } as const;

function lines(text: string, size?: number): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ ...keep.together, spacing: { after: 40 }, children: [new TextRun({ text: line, ...(size !== undefined ? { size } : {}) })] }));
}

function tableOf(block: TableBlock): Table {
  const widths = block.columns.map((c) => Math.floor(c.width * textWidth));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: colour.header, color: 'auto' } } : {}),
      children: text.split('\n').map(
        (line, n) =>
          new Paragraph({
            alignment: block.columns[i]!.align === 'right' && !header ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [new TextRun({ text: line, size: n === 0 ? 18 : 16, bold: header, ...(n > 0 ? { color: colour.note, italics: true } : {}) })],
          }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c.header, i, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

async function chartOf(block: Chart, png: ChartToPng): Promise<Paragraph[]> {
  const data = await png(block.svg, block.width, block.height);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
      children: [new ImageRun({ type: 'png', data, transformation: { width: block.width, height: block.height }, altText: { name: block.caption, title: block.caption, description: block.alt } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, ...keep.together, spacing: { after: 200 }, children: [new TextRun({ text: block.caption, italics: true, size: 18, color: colour.note })] }),
  ];
}

/** `newPage`: the block opens a page (a new fiche, the annexes). */
async function blockOf(block: Exclude<Block, { kind: 'pageBreak' }>, png: ChartToPng, newPage: boolean): Promise<FileChild[]> {
  const opening = newPage ? [new Paragraph({ children: [new PageBreak()] })] : [];
  switch (block.kind) {
    case 'heading':
      // The page break as the heading's own property: a break paragraph that falls at the very top of
      // a full page would leave that page blank (the evaluation's page 16 did).
      return [new Paragraph({ heading: headingLevel[block.level], ...keep.withNext, pageBreakBefore: newPage, children: [new TextRun(block.text)] })];
    case 'paragraph':
      if (block.tone === 'note') return [...opening, ...block.text.split('\n').map((t) => new Paragraph({ ...keep.withNext, children: [new TextRun({ text: t, italics: true, size: 18, color: colour.note })] }))];
      if (block.tone === 'lead') return [...opening, new Paragraph({ ...keep.withNext, spacing: { before: 80, after: 80 }, children: [new TextRun({ text: block.text, bold: true })] })];
      return [...opening, ...lines(block.text)];
    case 'bullets':
      return [...opening, ...block.items.map((item) => new Paragraph({ ...keep.together, bullet: { level: 0 }, children: [new TextRun(item)] }))];
    case 'table':
      return [...opening, tableOf(block), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'chart':
      return [...opening, ...(await chartOf(block, png))];
  }
}

/** The blocks in order, each page break given to the block that opens the new page. */
async function bodyOf(blocks: readonly Block[], png: ChartToPng): Promise<FileChild[]> {
  const body: FileChild[] = [];
  let newPage = false;
  // One chart at a time: each PNG is a few tens of kilobytes, rendered when its turn comes.
  for (const block of blocks) {
    if (block.kind === 'pageBreak') {
      newPage = true;
      continue;
    }
    body.push(...(await blockOf(block, png, newPage)));
    newPage = false;
  }
  return body;
}

function coverOf(cover: Cover): Paragraph[] {
  const big = (text: string, size: number, bold: boolean, before: number) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 120 }, children: [new TextRun({ text, size, bold, color: colour.heading })] });
  return [
    big(cover.overline, 28, false, 2400),
    big(cover.title, 40, true, 240),
    big(cover.subtitle, 36, true, 480),
    ...cover.lines.map((line, i) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: i === 0 ? 1200 : 60 }, children: [new TextRun({ text: line, size: 22, color: colour.note })] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

export async function renderBilanDocx(doc: BilanDocument, png: ChartToPng): Promise<Uint8Array> {
  const body: FileChild[] = [...coverOf(doc.cover), ...(await bodyOf(doc.blocks, png))];
  const document = new Document({
    creator: doc.info.creator,
    title: doc.info.title,
    subject: doc.info.subject,
    keywords: doc.info.keywords,
    styles: {
      default: {
        document: { run: { font, size: 20 }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { font, size: 30, bold: true, color: colour.heading }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font, size: 25, bold: true, color: colour.heading }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { font, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 16, color: colour.note, children: [doc.info.page.before, PageNumber.CURRENT, doc.info.page.between, PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
