/**
 * Each cell kind's writing: the value of a plan field → what its cell shows. Reading is the
 * sheet reader's (`SheetReader.read`), which reports the cells it cannot understand.
 */
import type { CellValue } from '../../workbook/grid';
import { writeBoolean, writeClause, writeCodes, writeLines, writeMilestones, writeTargets, type ClauseCell } from './cells';
import type { CellKind } from './columns';

const textOrNull = (value: unknown): CellValue => (typeof value === 'string' && value !== '' ? value : null);
const numberOrNull = (value: unknown): CellValue => (typeof value === 'number' ? value : null);
const list = (value: unknown): readonly string[] => (Array.isArray(value) ? value.map(String) : []);

export function writeCell(kind: CellKind, value: unknown): CellValue {
  switch (kind) {
    case 'text':
    case 'code5':
    case 'respondent':
    case 'date':
    case 'enum':
      return textOrNull(value);
    case 'integer':
    case 'number':
      return numberOrNull(value);
    case 'lines':
      return writeLines(list(value));
    case 'codes':
    case 'selectors':
      return writeCodes(list(value));
    case 'boolean':
      return typeof value === 'boolean' ? writeBoolean(value) : null;
    case 'flag':
      return value === true ? writeBoolean(true) : null;
    case 'targets':
      return writeTargets(value as Readonly<Record<string, number>> | undefined);
    case 'milestones':
      return writeMilestones(value as ReadonlyArray<{ due: string; wording: string }> | undefined);
    case 'clause':
      return writeClause(value as ClauseCell | undefined);
  }
}
