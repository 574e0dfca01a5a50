/**
 * The look of the consolidation workbook, in the family of the collection workbooks: the same
 * navy headers, blue computed totals and grey « — » where nothing applies; respondents' values
 * in plain cells, flagged values in the colours of the annotated returns (red error, orange
 * warning); completeness in traffic-light colours.
 */
import { collectionStyles, numberFormats } from '../collect/styles';
import type { CompletenessStatus } from '../consolidate/types';
import type { IndicatorType } from '../plan/schema';
import type { Severity } from '../returns/findings';
import type { Style } from '../workbook/spec';

const navy = 'FF1F3864';
export const severityFills: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

export const detailStyleOf = (type: IndicatorType, flag: Severity | null = null) => `detail.${type}${flag === 'error' || flag === 'warning' ? `.${flag}` : ''}`;
export const dataStyleOf = (type: IndicatorType) => `data.${type}`;
export const statusStyleOf = (status: CompletenessStatus | 'none') => `status.${status}`;
/** A territory figure that includes a value the checks flagged: the total's look, in the warning colour. */
export const flaggedStyle = (style: string) => `${style}.flagged`;

/** Numbers of a yes/no indicator once aggregated: a count of « oui » (sum), a share (mean). */
export const yesCountFormat = '#,##0';

const detailBase: Style = { border: 'thin', alignment: { horizontal: 'right', vertical: 'middle' } };

function perType(prefix: string, base: Style, extra: Style = {}): Record<string, Style> {
  const styles: Record<string, Style> = {};
  for (const [type, numberFormat] of Object.entries(numberFormats)) {
    const alignment = type === 'text' || type === 'choice' ? { ...base.alignment, horizontal: 'left' as const, wrap: true } : base.alignment;
    styles[`${prefix}.${type}`] = { ...base, ...extra, ...(alignment !== undefined ? { alignment } : {}), ...(numberFormat !== undefined ? { numberFormat } : {}) };
  }
  return styles;
}

function suffixed(styles: Record<string, Style>, suffix: string): Record<string, Style> {
  return Object.fromEntries(Object.entries(styles).map(([name, style]) => [`${name}.${suffix}`, style]));
}

const statusColours: Record<CompletenessStatus | 'none', { fill: string; font: string }> = {
  answered: { fill: 'FFC6EFCE', font: 'FF006100' },
  partial: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  missing: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  excluded: { fill: 'FFE4DFEC', font: 'FF5B2C6F' },
  not_due: { fill: 'FFF2F2F2', font: 'FF595959' },
  none: { fill: 'FFF2F2F2', font: 'FFA6A6A6' },
};

const baseStyles: Record<string, Style> = {
  ...collectionStyles,
  section: { font: { bold: true, size: 12, colour: 'FFFFFFFF' }, fill: 'FF2F5597', alignment: { vertical: 'middle' } },
  block: { font: { bold: true, colour: navy }, fill: 'FFEDF2F9', alignment: { vertical: 'middle', wrap: false } },
  respondent: { border: 'thin', alignment: { vertical: 'middle' } },
  small: { font: { size: 9, colour: 'FF595959' }, border: 'thin', alignment: { vertical: 'middle' } },
  count: { font: { italic: true, size: 9, colour: 'FF595959' }, alignment: { horizontal: 'right' } },
  countLabel: { font: { italic: true, size: 9, colour: 'FF595959' }, alignment: { horizontal: 'left', indent: 2 } },
  'detail.empty': { border: 'thin' },
  'detail.missing': { border: 'thin', fill: 'FFF2F2F2', font: { colour: 'FFA6A6A6' }, alignment: { horizontal: 'center' } },
  'detail.nc': { border: 'thin', font: { italic: true, colour: 'FF595959' }, alignment: { horizontal: 'center' } },
  'detail.invalid': { border: 'thin', fill: severityFills.error, font: { italic: true, colour: 'FF9C0006' }, alignment: { horizontal: 'center' } },
  ...perType('detail', detailBase),
  ...suffixed(perType('detail', detailBase, { fill: severityFills.error }), 'error'),
  ...suffixed(perType('detail', detailBase, { fill: severityFills.warning }), 'warning'),
  ...perType('data', {}),
  'data.datetime': { numberFormat: 'dd/mm/yyyy hh:mm' },
  'total.yesCount': { ...collectionStyles['total.integer'], numberFormat: yesCountFormat },
  'total.yesShare': { ...collectionStyles['total.percentage'] },
  'total.text': { ...collectionStyles['total.text'], font: { italic: true }, alignment: { horizontal: 'left', vertical: 'middle' } },
  evolutionLabel: { border: 'thin', font: { italic: true, colour: 'FF595959' }, alignment: { vertical: 'middle', indent: 3 } },
  evolution: { border: 'thin', font: { italic: true }, numberFormat: '+#,##0.##;-#,##0.##;0', alignment: { horizontal: 'right' } },
  evolutionPercent: { border: 'thin', font: { italic: true }, numberFormat: '+0.0%;-0.0%;0.0%', alignment: { horizontal: 'right' } },
  up: { font: { colour: 'FF006100' } },
  down: { font: { colour: 'FF9C0006' } },
  target: { border: 'thin', numberFormat: '#,##0.##', alignment: { horizontal: 'right' } },
  targetStatus: { border: 'thin', alignment: { horizontal: 'center' } },
  achieved: { fill: 'FFC6EFCE', font: { colour: 'FF006100' } },
  notYet: { fill: 'FFFFEB9C', font: { colour: 'FF9C5700' } },
  ...Object.fromEntries(
    Object.entries(statusColours).map(([status, c]) => [statusStyleOf(status as CompletenessStatus), { fill: c.fill, font: { colour: c.font }, border: 'thin', alignment: { horizontal: 'center', vertical: 'middle' } } satisfies Style]),
  ),
  ...Object.fromEntries(Object.entries(severityFills).map(([severity, fill]) => [`severity.${severity}`, { fill } satisfies Style])),
  figure: { font: { bold: true, size: 12, colour: navy }, alignment: { horizontal: 'right', vertical: 'middle' } },
  figureLabel: { alignment: { vertical: 'middle' } },
  integer: { numberFormat: '#,##0', border: 'thin', alignment: { horizontal: 'right' } },
  message: { alignment: { wrap: true, vertical: 'top' } },
  remark: { font: { size: 9, colour: 'FF9C5700' }, alignment: { wrap: true, vertical: 'top' } },
  'severity.apart': { fill: 'FFF2F2F2', font: { colour: 'FF595959' } },
  // « Suivi de l'Annexe 2 » (facilityFollowUpSheet.ts): a facility's row by what changed since the signature.
  'facility.none': { border: 'thin', font: { colour: 'FF808080' }, alignment: { vertical: 'top', wrap: true } },
  'facility.changed': { border: 'thin', fill: 'FFFFEB9C', alignment: { vertical: 'top', wrap: true } },
  'facility.closed': { border: 'thin', fill: 'FFFFC7CE', alignment: { vertical: 'top', wrap: true } },
  'facility.added': { border: 'thin', fill: 'FFC6EFCE', alignment: { vertical: 'top', wrap: true } },

  /** #N/A kept for the charts' gaps, in the colour of the total cells' fill. */
  hiddenNa: { font: { colour: collectionStyles['total.integer']!.fill! } },
  'total.yesNo': { ...collectionStyles['total.yesNo'], alignment: { horizontal: 'center', vertical: 'middle' } },
};

/** Every territory style (`total.*`) also in its flagged look. */
export const reportStyles: Record<string, Style> = {
  ...baseStyles,
  ...Object.fromEntries(
    Object.entries(baseStyles)
      .filter(([name]) => name.startsWith('total.'))
      .map(([name, style]) => [flaggedStyle(name), { ...style, fill: severityFills.warning, font: { ...style.font, bold: true, colour: 'FF9C5700' } } satisfies Style]),
  ),
};
