/**
 * The look of a collection workbook: one named style per role, so renderers share them and a
 * person sees at a glance what to fill (pale yellow), what is computed (grey-blue) and what does
 * not apply (hatched grey).
 */
import type { IndicatorType } from '../plan/schema';
import type { Style } from '../workbook/spec';

const navy = 'FF1F3864';
const white = 'FFFFFFFF';

/** Number formats in Excel's invariant syntax; Excel and LibreOffice show them the French way. */
export const numberFormats: Record<IndicatorType, string | undefined> = {
  integer: '#,##0',
  decimal: '#,##0.00',
  amount: '#,##0.00 "€"',
  percentage: '0.0%',
  date: 'dd/mm/yyyy',
  yesNo: undefined,
  deliverable: undefined,
  choice: undefined,
  text: '@',
};

export const inputStyleOf = (type: IndicatorType) => `input.${type}`;
export const totalStyleOf = (type: IndicatorType) => `total.${type}`;

const inputBase: Style = { fill: 'FFFFF2CC', border: 'thin', alignment: { horizontal: 'right', vertical: 'middle' } };
const totalBase: Style = { fill: 'FFDDEBF7', border: 'thin', font: { bold: true }, alignment: { horizontal: 'right', vertical: 'middle' } };

function perType(base: Style, prefix: string): Record<string, Style> {
  const styles: Record<string, Style> = {};
  for (const [type, numberFormat] of Object.entries(numberFormats)) {
    const alignment = type === 'text' ? { ...base.alignment, horizontal: 'left' as const, wrap: true } : base.alignment;
    styles[`${prefix}.${type}`] = { ...base, alignment, ...(numberFormat !== undefined ? { numberFormat } : {}) };
  }
  return styles;
}

export const collectionStyles: Record<string, Style> = {
  title: { font: { bold: true, size: 14, colour: navy } },
  subtitle: { font: { bold: true, size: 11, colour: navy } },
  text: { alignment: { vertical: 'top', wrap: true } },
  note: { font: { italic: true, colour: 'FF595959' }, alignment: { vertical: 'top', wrap: true } },
  header: { font: { bold: true, colour: white }, fill: navy, border: 'thin', alignment: { horizontal: 'center', vertical: 'middle', wrap: true } },
  action: { font: { bold: true, colour: navy }, fill: 'FFD9E1F2', alignment: { vertical: 'middle', wrap: true } },
  actionText: { font: { italic: true }, fill: 'FFF2F2F2', alignment: { vertical: 'top', wrap: true } },
  code: { font: { size: 9, colour: 'FF595959' }, border: 'thin', alignment: { vertical: 'middle' } },
  label: { border: 'thin', alignment: { vertical: 'middle', wrap: true } },
  member: { border: 'thin', alignment: { vertical: 'middle', wrap: true, indent: 2 } },
  totalLabel: { border: 'thin', font: { bold: true }, fill: 'FFDDEBF7', alignment: { vertical: 'middle', indent: 2 } },
  unit: { border: 'thin', font: { colour: 'FF595959' }, alignment: { horizontal: 'center', vertical: 'middle', wrap: true } },
  notApplicable: { fill: 'FFD9D9D9', border: 'thin', font: { colour: 'FF808080' }, alignment: { horizontal: 'center' } },
  /** The locked cells of a broken-down indicator's first row, above its members: grey like what is not to be filled. */
  blockHead: { fill: 'FFEDEDED', border: 'thin' },
  comment: { fill: 'FFFFFBEA', border: 'thin', alignment: { vertical: 'top', wrap: true } },
  link: { font: { underline: true, colour: 'FF0563C1' } },
  key: { font: { bold: true }, alignment: { vertical: 'top' } },
  ...perType(inputBase, 'input'),
  ...perType(totalBase, 'total'),
};
