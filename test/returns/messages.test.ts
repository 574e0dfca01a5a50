/**
 * Every finding code has a French message that says what is wrong and how to fix it (English
 * second), and the French report groups findings by file and sheet with counts by severity.
 */
import { formatValidationReport, renderFinding } from '../../src/i18n';
import { finding, findingCodes, findingSeverities, type FindingCode, type FindingInit, type ReturnResult } from '../../src/returns';
import { validationReport } from '../../src/returns/validationReport';

/** A realistic finding of every code (the Record type makes a new code fail to compile here). */
const samples: Record<FindingCode, FindingInit> = {
  file_refused: { params: { reason: 'macro', detail: 'Le classeur contient des macros (fichier .xlsm) : il est refusé par sécurité. Ouvrez-le dans Excel et enregistrez-le au format .xlsx.' } },
  not_a_return: { params: { plan: 'ctg-p2a-2022-2025' } },
  manifest_missing: {},
  manifest_invalid: { params: { reason: 'cell_map_altered' } },
  plan_mismatch: { value: 'ctg-autre', params: { found: 'ctg-autre', expected: 'ctg-p2a-2022-2025' } },
  template_version: { value: '0.9.0', params: { found: '0.9.0', expected: '1.0.0', older: true } },
  respondent_unknown: { params: { code: '99999', name: 'Inconnue' } },
  respondent_unidentified: { value: 'retour.xlsx', params: { code: '' } },
  respondent_mismatch: { value: 'x.xlsx', params: { from: 'manifest', by: 'file_name', inFile: '200067437', inFileName: 'Provence Alpes Agglomération', inName: '04070', inNameName: 'Digne-les-Bains' } },
  generated_at_untrusted: { sheet: '_ctg', value: '9999-12-31T00:00:00Z', params: { reason: 'future', text: '9999-12-31T00:00:00Z', now: '2026-02-01T10:00:00Z', epoch: '2021-01-01' } },
  internal_error: { params: { detail: 'boom' } },
  sheet_missing: { fiche: '6.1', params: { expected: 'FA 6.1 - Logement' } },
  sheet_renamed: { sheet: 'Logement', params: { expected: 'FA 6.1 - Logement', found: 'Logement' } },
  sheet_unexpected: { sheet: 'Calculs', value: 'Calculs', params: { cells: 3 } },
  header_missing: { sheet: 'FA 6.1 - Logement' },
  column_missing: { sheet: 'FA 6.1 - Logement', period: '2024', params: { column: 'Année 2024' } },
  column_duplicate: { sheet: 'FA 6.1 - Logement', cell: 'H5', params: { column: 'Année 2024' } },
  code_missing: { sheet: 'FA 6.1 - Logement', indicator: '6.1.reunions_partenariales', params: { code: '6.1.reunions_partenariales', expectedCell: 'F8' } },
  code_duplicate: { sheet: 'FA 6.1 - Logement', cell: 'A9', value: '6.1.reunions_partenariales', params: { first: 'A8' } },
  code_unknown: { sheet: 'FA 6.1 - Logement', cell: 'A9', value: '6.1.reunions', params: { known: false } },
  value_not_carried: { sheet: 'FA 2.1 - Accès aux droits', cell: 'E12', indicator: '2.1.a1.accompagnements_sociaux', period: '2023', value: 412, params: { reason: 'shown_elsewhere', shownFrom: '2.2.a2.accompagnements_sociaux' } },
  layout_shifted: { sheet: 'FA 6.1 - Logement', params: { count: 12 } },
  cells_beyond_template: { sheet: 'FA 6.1 - Logement', params: { cells: 3, first: 'XFD1048576', rows: 478, lastColumn: 'AI' } },
  sheet_not_read: { sheet: 'Feuil17', params: { max: 16 } },
  formula_in_input: { cell: 'F8', value: 5, params: { formula: '=2+3' } },
  formula_uncached: { cell: 'F8', params: { formula: '=E8*2' } },
  error_value: { cell: 'F8', value: '#DIV/0!', params: { error: '#DIV/0!' } },
  value_unreadable: { cell: 'F8', params: { type: 'number', raw: '12abc' } },
  not_a_number: { cell: 'F8', value: 'beaucoup', params: { text: 'beaucoup', type: 'integer' } },
  not_whole_number: { cell: 'F8', value: 2.5, params: { value: 2.5 } },
  negative_count: { cell: 'F8', value: -4, params: { value: -4 } },
  below_minimum: { cell: 'F8', value: -1, params: { value: -1, min: 0 } },
  above_maximum: { cell: 'F8', value: 80, params: { value: 80, max: 50 } },
  percentage_above_100: { cell: 'F8', value: 30, params: { value: 30 } },
  not_a_date: { cell: 'F8', value: 'bientôt', params: { text: 'bientôt' } },
  date_out_of_period: { cell: 'F8', period: '2024', params: { date: '2023-06-15', start: '2024-01-01', end: '2024-12-31' } },
  not_in_list: { cell: 'F8', value: 'Peut-être', params: { text: 'Peut-être', options: 'Oui, Non, NC' } },
  text_too_long: { cell: 'F8', params: { length: 2400, max: 2000 } },
  comment_truncated: { cell: 'G8', params: { length: 40_000, max: 32_767 } },
  number_from_text: { cell: 'F8', value: '1\u00a0234', params: { text: '1\u00a0234', read: 1234 } },
  percentage_from_text: { cell: 'F8', value: '12,5 %', params: { text: '12,5 %', read: 0.125 } },
  amount_from_text: { cell: 'F8', value: '1 200 €', params: { text: '1 200 €', read: 1200 } },
  yes_no_from_text: { cell: 'F8', value: 'X', params: { text: 'X', read: true } },
  nc_from_text: { cell: 'F8', value: 'n.c.', params: { text: 'n.c.' } },
  date_from_text: { cell: 'F8', value: '15/03/2024', params: { text: '15/03/2024', read: '2024-03-15' } },
  date_from_serial: { cell: 'F8', value: 45366, params: { serial: 45366, read: '2024-03-15' } },
  choice_from_text: { cell: 'F8', value: 'reussie', params: { text: 'reussie', read: 'Réussie' } },
  spaces_trimmed: { cell: 'F8', value: ' Bilan ', params: { text: ' Bilan ' } },
  value_in_inapplicable_period: { cell: 'D8', value: 5, params: { periods: '2023, 2024, 2025' } },
  value_outside_input: { cell: 'J8', value: 42, params: { reason: 'column' } },
  total_overwritten: { cell: 'F12', value: 99 },
  breakdown_total_mismatch: { cell: 'F12', value: 99, params: { total: 99, sum: 15 } },
  rule_failed: { cell: 'F15', params: { rule: 'r', message: 'Le nombre de projets soutenus dépasse le nombre de projets.', fix: 'Vérifiez les deux nombres.', operator: '<=', left: 9, right: 6 } },
  rule_invalid: { params: { rule: 'r' } },
  implausible_change: { cell: 'G8', period: '2025', params: { previous: 5, current: 50, previousPeriod: '2024', factor: 3, fromZero: 10, ratio: 10 } },
  required_missing: { cell: 'F8', period: '2024', params: { label: 'X' } },
  facility_sheet_missing: { params: { expected: 'Annexe 2', facilities: 16 } },
  facility_header_missing: { sheet: 'Annexe 2', params: { expected: 'Annexe 2' } },
  facility_row_missing: { sheet: 'Annexe 2', period: '2024', params: { code: 'a2-24/2024', facility: 'La Maisonnée', place: 'HLM Les Augiers' } },
  facility_row_unknown: { sheet: 'Annexe 2', cell: 'A9', value: 'a2-99/2024', params: { code: 'a2-99/2024', reason: 'not_held' } },
  facility_answer_missing: { sheet: 'Annexe 2', cell: 'F9', period: '2024', params: { facility: 'La Maisonnée', place: 'HLM Les Augiers', field: 'status' } },
  facility_not_in_list: { sheet: 'Annexe 2', cell: 'F9', period: '2024', value: 'Ferme provisoirement', params: { facility: 'La Maisonnée', place: 'HLM Les Augiers', field: 'status', options: 'Ouvert, Modifié, Fermé' } },
  facility_closed_supported: { sheet: 'Annexe 2', cell: 'G9', period: '2024', value: 'Oui', params: { facility: 'La Maisonnée', place: 'HLM Les Augiers' } },
  facility_change_missing: { sheet: 'Annexe 2', cell: 'I9', period: '2024', params: { facility: 'La Maisonnée', place: 'HLM Les Augiers' } },
  facility_name_missing: { sheet: 'Annexe 2', cell: 'B80', params: { code: 'a2-nouveau-1' } },
  facility_period_missing: { sheet: 'Annexe 2', cell: 'E80', params: { code: 'a2-nouveau-1', facility: 'Micro-crèche Les Lutins', place: 'Malijai' } },
  total_overflow: { indicator: '3.1.a1.jours_arret_travail', period: '2024', params: { answered: 2, label: 'Jours d’arrêt de travail' } },
};

const howToFix = /(Saisissez|Corrigez|Rétablissez|Vérifiez|Remplacez|Reportez|Choisissez|Demandez|Contrôlez|Renommez|Résumez|Signalez|Ouvrez|Rendez|Envoyez|Aucune correction)/i;

describe('finding messages', () => {
  it.each(findingCodes.map((code) => [code] as const))('%s: French says what and how to fix, English exists', (code) => {
    const f = finding(code, samples[code]);
    const fr = renderFinding(f);
    const en = renderFinding(f, 'en');
    expect(fr).not.toMatch(/undefined|null|NaN|\[object/);
    expect(en).not.toMatch(/undefined|NaN|\[object/);
    expect(fr).not.toBe(en);
    if (findingSeverities[code] === 'info') expect(fr).toMatch(/lu comme|lue comme|retirés|Aucune correction/);
    else expect(fr).toMatch(howToFix);
  });

  it.each([
    ['number_from_text', /« 1 234 » \(nombre saisi comme du texte\) a été lu comme 1 234\./],
    ['percentage_from_text', /« 12,5 % » a été lu comme 12,5 %\./],
    ['percentage_above_100', /3 000 % dépasse 100 %.*tapez « 30 % »/],
    ['date_out_of_period', /Le 15\/06\/2023 est en dehors de la période 2024 \(du 01\/01\/2024 au 31\/12\/2024\)/],
    ['implausible_change', /5 en 2024, 50 en 2025 \(×10\)/],
    ['rule_failed', /^Le nombre de projets soutenus dépasse le nombre de projets\. Vérifiez les deux nombres\.$/],
  ] as const)('%s reads naturally in French', (code, pattern) => {
    expect(renderFinding(finding(code, samples[code]))).toMatch(pattern);
  });
});

describe('the French report', () => {
  const result: ReturnResult = {
    file: 'CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx',
    respondent: { code: '04070', name: 'Digne-les-Bains' },
    status: 'errors',
    submission: null,
    findings: [
      finding('template_version', samples.template_version),
      finding('not_a_number', { ...samples.not_a_number, sheet: 'FA 3.2 - Accueil 0-3 ans', indicator: '3.2.a1.projets', member: 'eaje', period: '2024' }),
      finding('number_from_text', { ...samples.number_from_text, sheet: 'FA 3.2 - Accueil 0-3 ans' }),
      finding('implausible_change', { ...samples.implausible_change, sheet: 'FA 6.1 - Logement', indicator: '6.1.reunions_partenariales' }),
    ],
  };
  const refused: ReturnResult = { file: 'scan.pdf', respondent: null, status: 'refused', submission: null, findings: [finding('file_refused', samples.file_refused)] };
  const report = formatValidationReport(validationReport([result, refused]));

  it('heads each file with its respondent, status and counts', () => {
    expect(report).toContain('CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx — Digne-les-Bains (04070) : avec erreurs (1 erreur, 2 avertissements, 1 information)');
    expect(report).toContain('scan.pdf : refusé (1 erreur, 0 avertissement, 0 information)');
  });

  it('groups findings by sheet, each with its cell, indicator and period', () => {
    const lines = report.split('\n');
    const sheet = lines.indexOf('  FA 3.2 - Accueil 0-3 ans');
    expect(sheet).toBeGreaterThan(0);
    expect(lines[sheet + 1]).toMatch(/^ {4}\[erreur\] F8 · 3\.2\.a1\.projets\/eaje · 2024 : « beaucoup » n’est pas un nombre/);
    expect(lines[sheet + 2]).toMatch(/^ {4}\[information\] F8 : /);
    expect(lines).toContain('  FA 6.1 - Logement');
    expect(lines).toContain('  Classeur');
  });

  it('ends with the totals over every file', () => {
    expect(report.split('\n').pop()).toBe('2 fichiers contrôlés : 0 conforme, 0 avec avertissements, 1 avec erreurs, 1 refusé — 2 erreurs, 2 avertissements, 1 information.');
  });
});
