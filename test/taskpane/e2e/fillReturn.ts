/**
 * What a commune does with the workbook the pane downloaded: opens it (here with ExcelJS, as a
 * stand-in for Excel or LibreOffice) and types figures into the input cells. The figures are the
 * demo's seeded, plausible values (src/demo), planted anomalies included, written into
 * the very cells of the downloaded file.
 */
import ExcelJS from 'exceljs';
import { simulateReturn, type AnomalyKind, type PlantedAnomaly } from '../../../src/demo';
import { buildCollectionWorkbook, type Respondent } from '../../../src/collect';
import type { Plan } from '../../../src/plan/schema';
import { parseA1 } from '../../../src/workbook/a1';
import type { CellValue } from '../../../src/workbook/grid';

export type Filled = { bytes: Uint8Array; planted: PlantedAnomaly[]; typed: Map<string, CellValue> };

export async function fillDownloaded(downloaded: Uint8Array, plan: Plan, respondent: Respondent, anomalies: AnomalyKind[], now: string): Promise<Filled> {
  const simulated = simulateReturn(plan, respondent, { seed: 2025, now, completeness: 'full', anomalies });
  const cells = [
    ...buildCollectionWorkbook(plan, respondent, { now }).inputs.map((input) => ({ sheet: input.sheet, cell: input.cell })),
    ...simulated.planted.map((p) => ({ sheet: p.sheet, cell: p.cell })),
  ];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(downloaded) as unknown as ArrayBuffer);
  const typed = new Map<string, CellValue>();
  for (const { sheet, cell } of cells) {
    const at = parseA1(cell);
    const value = at !== undefined ? simulated.spec.sheets.find((s) => s.name === sheet)?.rows[at.row]?.[at.column]?.value : undefined;
    const target = workbook.getWorksheet(sheet);
    if (value === undefined || value === null || target === undefined) continue;
    target.getCell(cell).value = value;
    typed.set(`${sheet}!${cell}`, value);
  }
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), planted: simulated.planted, typed };
}
