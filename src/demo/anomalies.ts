/**
 * Anomalies the demo plants in simulated returns, of the kinds communes really make, so that the
 * validation has something to find — each recorded with where it was planted.
 */
import type { InputCell } from '../collect';
import { parseA1 } from '../workbook/a1';
import type { CellSpec, WorkbookSpec } from '../workbook/spec';

export type AnomalyKind =
  | 'text_in_number'
  | 'negative_count'
  | 'decimal_in_whole'
  | 'percentage_over_100'
  | 'rule_violation'
  | 'implausible_jump'
  | 'value_in_locked_cell'
  | 'french_typing';

export type PlantedAnomaly = { kind: AnomalyKind; sheet: string; cell: string; value: string | number };

/** `used` holds the cells already altered, so that two anomalies never share a cell. */
type Target = { spec: WorkbookSpec; inputs: InputCell[]; used: Set<string> };

function cellOf(spec: WorkbookSpec, sheet: string, ref: string): CellSpec | undefined {
  const at = parseA1(ref);
  return at ? spec.sheets.find((s) => s.name === sheet)?.rows[at.row]?.[at.column] : undefined;
}

function valueInput(target: Target, test: (c: InputCell) => boolean): InputCell | undefined {
  return target.inputs.find(
    (c) => c.type !== 'comment' && !target.used.has(`${c.sheet}!${c.cell}`) && test(c) && typeof cellOf(target.spec, c.sheet, c.cell)?.value === 'number',
  );
}

/** Plant one anomaly of the given kind; returns undefined when this workbook offers no place for it. */
export function plant(target: Target, kind: AnomalyKind): PlantedAnomaly | undefined {
  const set = (input: { sheet: string; cell: string }, value: string | number): PlantedAnomaly | undefined => {
    const cell = cellOf(target.spec, input.sheet, input.cell);
    if (cell === undefined) return undefined;
    cell.value = value;
    target.used.add(`${input.sheet}!${input.cell}`);
    return { kind, sheet: input.sheet, cell: input.cell, value };
  };
  switch (kind) {
    case 'text_in_number': {
      const input = valueInput(target, (c) => c.type === 'integer');
      return input && set(input, 'beaucoup');
    }
    case 'negative_count': {
      const input = valueInput(target, (c) => c.type === 'integer' && c.member === '');
      return input && set(input, -4);
    }
    case 'decimal_in_whole': {
      const input = valueInput(target, (c) => c.type === 'integer' && c.member !== '');
      return input && set(input, 2.5);
    }
    case 'percentage_over_100': {
      const input = valueInput(target, (c) => c.type === 'percentage');
      return input && set(input, 1.35);
    }
    case 'rule_violation': {
      const supported = valueInput(target, (c) => c.code === '3.2.a1.projets_soutenus');
      const counted = supported && target.inputs.find((c) => c.code === '3.2.a1.projets' && c.period === supported.period && c.member === supported.member);
      const countedValue = counted && cellOf(target.spec, counted.sheet, counted.cell)?.value;
      return supported && typeof countedValue === 'number' ? set(supported, countedValue + 3) : undefined;
    }
    case 'implausible_jump': {
      const inputs = target.inputs.filter((c) => c.type === 'integer' && c.member === '' && c.period === '2025');
      const input = inputs.find((c) => !target.used.has(`${c.sheet}!${c.cell}`) && (cellOf(target.spec, c.sheet, c.cell)?.value as number) >= 5);
      const value = input && (cellOf(target.spec, input.sheet, input.cell)?.value as number);
      return input && value !== undefined ? set(input, value * 10) : undefined;
    }
    case 'value_in_locked_cell': {
      for (const sheet of target.spec.sheets) {
        for (const [r, row] of sheet.rows.entries()) {
          const c = row?.findIndex((cell) => cell?.style === 'notApplicable') ?? -1;
          if (c >= 0) return set({ sheet: sheet.name, cell: `${String.fromCharCode(65 + c)}${r + 1}` }, 7);
        }
      }
      return undefined;
    }
    case 'french_typing': {
      const input = valueInput(target, (c) => c.type === 'integer' && c.member === '');
      return input && set(input, '1\u00a0234');
    }
  }
}
