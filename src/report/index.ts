/** The consolidation workbook (pure): WorkbookSpec of the « Synthèse », fiche tabs, « Données », « Anomalies », « Historique », « Relances ». */
export { buildConsolidationWorkbook } from './consolidationWorkbook';
export { dataTableName } from './dataSheet';
