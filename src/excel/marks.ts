/**
 * How the add-in recognises the sheets it wrote: a mark stored with the sheet — a worksheet
 * custom property (ExcelApi 1.12) or, on older hosts, a document custom property keyed by the
 * sheet's name (ExcelApi 1.7). The mark holds the fingerprint of what was written, so a sheet
 * is replaced only if it still holds exactly that.
 */
export const markKey = 'CTG';
export const markFormat = 'ctg-feuille/1';
export const documentMarkKey = (sheet: string) => `${markKey}:${sheet}`;

export type Mark =
  /** Written completely; `rows` × `columns` is the extent written (from A1). */
  | { format: typeof markFormat; state: 'written'; fingerprint: string; rows: number; columns: number }
  /** A write started and did not finish (error, closed pane): the sheet may be replaced as is. */
  | { format: typeof markFormat; state: 'writing' };

export function parseMark(text: unknown): Mark | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const value = JSON.parse(text) as Partial<Record<string, unknown>>;
    if (value.format !== markFormat) return undefined;
    if (value.state === 'writing') return { format: markFormat, state: 'writing' };
    if (value.state === 'written' && typeof value.fingerprint === 'string' && Number.isInteger(value.rows) && Number.isInteger(value.columns)) {
      return { format: markFormat, state: 'written', fingerprint: value.fingerprint, rows: value.rows as number, columns: value.columns as number };
    }
  } catch {
    // Not JSON: not our mark.
  }
  return undefined;
}

export function markText(mark: Mark): string {
  return JSON.stringify(mark);
}

/** The comment the add-in puts on the defined names it creates. */
export const nameComment = 'CTG Indicateurs';
