/** The consolidation workbook (pure): WorkbookSpec of the « Synthèse », fiche tabs, « Données », « Anomalies », « Historique », « Relances ». */
export { buildConsolidationWorkbook, type ReportOptions } from './consolidationWorkbook';
export { dataTableName, dataRowOf } from './dataSheet';
export { findingsTableName } from './findingsSheet';
export { historyTableName } from './historySheet';
export { outstandingTableName } from './outstandingSheet';
export { ficheHeaderRow, anchorKey } from './ficheSheet';
export { reportStyles } from './styles';
