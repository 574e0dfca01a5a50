/**
 * The consolidation workbook: « Synthèse », one tab per fiche, « Données », « Anomalies »,
 * « Historique », « Relances » and « Suivi de l'Annexe 2 ». Pure: a WorkbookSpec that either renderer writes.
 */
import { ficheSheetName } from '../collect/sheetName';
import type { Consolidation } from '../consolidate/types';
import { facilityReportWords } from '../i18n/facilityReportWords';
import { defaultLang, type Lang } from '../i18n/lang';
import { reportText } from '../i18n/reportText';
import { reportWords } from '../i18n/reportWords';
import type { Plan } from '../plan/schema';
import type { WorkbookSpec } from '../workbook/spec';
import { buildDataSheet } from './dataSheet';
import { buildFacilityFollowUpSheet } from './facilityFollowUpSheet';
import type { Anchors } from './ficheLayout';
import { buildFicheSheet } from './ficheSheet';
import { buildFindingsSheet } from './findingsSheet';
import { buildHistorySheet } from './historySheet';
import { buildLedgerSheet } from './ledgerSheet';
import { indicatorLookup } from './lookup';
import { valueNotes } from './notes';
import { buildOutstandingSheet } from './outstandingSheet';
import { buildActionsSheet, buildGapsSheet, buildGovernanceSheet } from './followUpSheets';
import { followUpReportWords } from '../i18n/followUpReportWords';
import { isGovernanceFiche } from '../plan/governance';
import { reportStyles } from './styles';
import { fitColumns } from '../workbook/fitColumns';
import { buildSummarySheet } from './summarySheet';

export type ReportOptions = { lang?: Lang };

export function buildConsolidationWorkbook(plan: Plan, consolidation: Consolidation, options: ReportOptions = {}): WorkbookSpec {
  const lang = options.lang ?? defaultLang;
  const words = reportWords[lang];
  const text = reportText[lang];
  const followUpWords = followUpReportWords[lang];
  const lookup = indicatorLookup(plan);
  const notes = valueNotes(consolidation, lang);
  const anchors = new Map<string, Anchors>();
  const ficheSheets = plan.fiches
    // The governance has its own tab (« Gouvernance »), the comités one per row.
    .filter((f) => f.status === 'active' && !isGovernanceFiche(f) && consolidation.indicators.some((i) => i.fiche === f.number))
    .map((fiche) => {
      const built = buildFicheSheet({ plan, consolidation, fiche, sheetName: ficheSheetName(fiche), words, text, notes, lang });
      anchors.set(fiche.number, built.anchors);
      return built.sheet;
    });
  return {
    sheets: [
      buildSummarySheet({ plan, consolidation, anchors, words, text, lang }),
      ...ficheSheets,
      buildDataSheet(plan, consolidation, lookup, words, text),
      buildFindingsSheet(plan, consolidation, words, text, lang),
      buildHistorySheet(plan, consolidation, lookup, words, text),
      buildOutstandingSheet(plan, consolidation, words, text),
      buildActionsSheet(plan, consolidation, followUpWords),
      buildGapsSheet(plan, consolidation, followUpWords),
      buildGovernanceSheet(plan, consolidation, followUpWords),
      // Annexe 2 followed (article 5), when the plan lists facilities.
      ...(plan.territory.facilities.length > 0 ? [buildFacilityFollowUpSheet(plan, consolidation, facilityReportWords[lang])] : []),
    ]
      .map((sheet) => fitColumns(sheet, reportStyles))
      // Last, so that the visible tabs keep their places; not fitted: nobody reads it in Excel.
      .concat(buildLedgerSheet(plan, consolidation, lang)),
    styles: reportStyles,
    definedNames: [],
    properties: {
      title: text.workbookTitle(plan.title),
      subject: plan.title,
      creator: 'CTG Indicateurs',
      company: 'Caf des Alpes de Haute-Provence',
      created: consolidation.now,
    },
  };
}
