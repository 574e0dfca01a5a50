/**
 * The bilan as a document model: what the COPIL reads, in order, with no knowledge of Word. The
 * docx adapter (src/docx) lays it out; tests read it directly. Headings have levels so that the
 * document has an outline; tables say their column widths (fractions of the text width) because
 * Word and LibreOffice Writer lay out a table without widths differently.
 */

export type HeadingLevel = 1 | 2 | 3;

export type Heading = { kind: 'heading'; level: HeadingLevel; text: string };

/** `note`: smaller, grey (how a figure is formed, a caution); `lead`: the sentences of « En bref ». */
export type ParagraphTone = 'normal' | 'note' | 'lead';
export type Paragraph = { kind: 'paragraph'; text: string; tone: ParagraphTone };

export type Bullets = { kind: 'bullets'; items: string[] };

export type ColumnAlign = 'left' | 'right';
/** `width`: a fraction of the text width; a table's columns add up to 1. */
export type TableColumn = { header: string; width: number; align: ColumnAlign };
/** Plain text cells only: no nested tables (Writer and Word disagree on them). */
export type Table = { kind: 'table'; columns: TableColumn[]; rows: string[][] };

/** A chart drawn by our own code (./chart), as SVG; `width` and `height` in points. */
export type Chart = { kind: 'chart'; svg: string; width: number; height: number; caption: string; alt: string };

export type PageBreak = { kind: 'pageBreak' };

export type Block = Heading | Paragraph | Bullets | Table | Chart | PageBreak;

export type Cover = { overline: string; title: string; subtitle: string; lines: string[] };

/** What the document says about itself: Word's properties, and the footer's « Page 3 sur 12 ». */
export type DocumentInfo = { title: string; subject: string; creator: string; keywords: string; page: { before: string; between: string } };

export type BilanDocument = { info: DocumentInfo; cover: Cover; blocks: Block[] };

export const heading = (level: HeadingLevel, text: string): Heading => ({ kind: 'heading', level, text });
export const paragraph = (text: string, tone: ParagraphTone = 'normal'): Paragraph => ({ kind: 'paragraph', text, tone });
export const bullets = (items: string[]): Bullets => ({ kind: 'bullets', items });
export const table = (columns: TableColumn[], rows: string[][]): Table => ({ kind: 'table', columns, rows });
export const column = (header: string, width: number, align: ColumnAlign = 'left'): TableColumn => ({ header, width, align });
