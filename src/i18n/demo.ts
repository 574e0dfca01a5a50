/**
 * The demo's words (`ctg demo`, src/demo): what each planted anomaly is, as the summary lists
 * them, and the text a simulated respondent types in a free-text answer.
 */

/** By `AnomalyKind` (src/demo/anomalies.ts, which i18n may not import: test/demo checks every kind is here). */
export const anomalyDescriptions: Record<string, string> = {
  text_in_number: 'du texte à la place d’un nombre',
  negative_count: 'un nombre négatif',
  decimal_in_whole: 'une décimale dans un nombre entier',
  percentage_over_100: 'un pourcentage au-delà de 100 %',
  rule_violation: 'plus de projets soutenus que de projets recensés',
  implausible_jump: 'une valeur multipliée par 10 d’une année sur l’autre',
  value_in_locked_cell: 'une valeur saisie dans une case non demandée',
  french_typing: 'un nombre tapé en texte avec espace insécable (« 1 234 »)',
};

/** A respondent's answer to a free-text indicator (simulated data, in the respondents' language). */
export const simulatedTextAnswer = 'Questionnaires exploités ; synthèse présentée en comité technique.';
