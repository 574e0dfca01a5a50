/**
 * Recognising our own outputs from their document properties: only a previous output of the same
 * kind may be replaced (--force); a return, a workbook of someone else or anything unreadable never.
 */
import ExcelJS from 'exceljs';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { ownOutputKind, ownOutputKindOfCore } from '../../src/xlsx/ownOutput';

const core = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y">${inner}</cp:coreProperties>`;

describe('ownOutputKindOfCore', () => {
  it.each([
    ['our consolidation (French)', '<dc:creator>CTG Indicateurs</dc:creator><dc:title>Consolidation des indicateurs — CTG P2A</dc:title>', 'consolidation'],
    ['our consolidation (English)', '<dc:creator>CTG Indicateurs</dc:creator><dc:title>Consolidated indicators — CTG P2A</dc:title>', 'consolidation'],
    ['our collection workbook (blank, or a return)', '<dc:creator>CTG Indicateurs</dc:creator><dc:title>Recueil des indicateurs CTG — Digne-les-Bains</dc:title>', 'collection'],
    ['a collection title by someone else', '<dc:creator>Marie</dc:creator><dc:title>Recueil des indicateurs CTG — Digne-les-Bains</dc:title>', null],
    ['a consolidation title by someone else', '<dc:creator>Jean</dc:creator><dc:title>Consolidation des indicateurs — CTG P2A</dc:title>', null],
    ['our annotated copy of a return saved by openpyxl', '<dc:creator>openpyxl</dc:creator><cp:keywords>ctg-copie-annotee</cp:keywords>', 'annotated'],
    ['a keyword that only contains ours', '<dc:creator>CTG Indicateurs</dc:creator><cp:keywords>pas-ctg-copie-annotee-du-tout</cp:keywords>', null],
    ['no properties at all', '', null],
  ])('%s', (_case, inner, expected) => {
    expect(ownOutputKindOfCore(core(inner))).toBe(expected);
  });
});

describe('ownOutputKind', () => {
  it.each([
    ['a PDF', new TextEncoder().encode('%PDF-1.4')],
    ['nothing', new Uint8Array(0)],
  ])('is null for %s, without throwing', async (_case, bytes) => {
    expect(await ownOutputKind(bytes, nodeInflate)).toBeNull();
  });

  it('reads the properties ExcelJS writes', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'CTG Indicateurs';
    workbook.title = 'Consolidation des indicateurs — CTG P2A';
    workbook.addWorksheet('Synthèse');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await ownOutputKind(bytes, nodeInflate)).toBe('consolidation');
    workbook.title = 'Budget 2024';
    expect(await ownOutputKind(new Uint8Array(await workbook.xlsx.writeBuffer()), nodeInflate)).toBeNull();
  });
});
