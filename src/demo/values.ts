/**
 * Plausible figures for a respondent, by indicator type and unit: small counts for a village,
 * larger for Digne-les-Bains or the Caf; years that grow a little; shares that add up to 100 %.
 * Figures an adviser knows by heart (one working group, one coordinator) come from stated ranges.
 */
import type { InputCell } from '../collect';
import type { PreviousEntry } from '../collect';
import type { Indicator, Period } from '../plan/schema';
import { simulatedTextAnswer } from '../i18n/demo';
import { hash, type Random } from './random';

/** Typical yearly magnitude of a count, by unit, for a respondent of size 1. */
const magnitudeByUnit: Record<string, number> = {
  réunions: 6, participants: 25, rencontres: 4, accompagnements: 120, 'rendez-vous': 300, personnes: 400,
  droits: 150, jours: 60, ambassadeurs: 5, interventions: 12, VAE: 3, projets: 2, places: 6, réponses: 4,
  enfants: 20, familles: 14, référents: 2, actions: 3, communications: 8, allocataires: 90, questionnaires: 60,
  'types de structures': 5,
};

/** A yearly figure's range for one cell (one member of a breakdown), whatever the respondent's size. */
type StatedRange = { min: number; max: number };

/**
 * Stated ranges, per indicator, for figures that do not grow with the respondent: there is one
 * working group and one coordination team on the territory. A breakdown's range is per member,
 * chosen so that the members add up to a believable total.
 */
const statedRanges: Record<string, StatedRange> = {
  '1.1.reunions_groupe_travail': { min: 3, max: 10 },
  // A working group of 5 to 30 people.
  '1.1.participants_groupe_travail': { min: 5, max: 30 },
  // « Chargé de coopération CTG » over its 6 themes: at most 6 × 0,3 = 1,8 ETP in all (≤ 2).
  '1.1.etp_charge_cooperation': { min: 0.05, max: 0.3 },
  // Coordination over the 3 territories: at most 3 × 0,6 = 1,8 ETP in all (≤ 2).
  '1.1.etp_coordination': { min: 0.1, max: 0.6 },
  '3.1.a2.rencontres_irts_of': { min: 2, max: 8 },
  '3.1.a2.participants_forum': { min: 40, max: 200 },
  '3.1.a2.ambassadeurs': { min: 3, max: 12 },
  '3.1.a2.interventions_ambassadeurs': { min: 6, max: 30 },
  '3.1.a3.rencontres_of': { min: 2, max: 8 },
  '3.2.a1.reunions_collectives': { min: 2, max: 8 },
  '3.2.a2.reponses_aap': { min: 1, max: 6 },
  // Per territory (3 members): a few meetings, one to three local contacts.
  '4.1.reunions': { min: 2, max: 10 },
  '4.1.referents_proximite': { min: 1, max: 3 },
  '4.1.actions_collectives': { min: 1, max: 5 },
  '4.1.communications': { min: 3, max: 12 },
  '6.1.reunions_partenariales': { min: 2, max: 12 },
  // A project's cost, per payer (families, Caf, EPCI, communes, département, others).
  '3.2.a1.cout_financier': { min: 1_000, max: 30_000 },
  '3.2.a2.cout_financier': { min: 500, max: 10_000 },
};

/**
 * A figure inside its stated range: each cell keeps its own level from year to year (growing a
 * little), so that no two years differ by the ×3 the validation warns about.
 */
function withinRange(range: StatedRange, input: InputCell, growth: number, random: Random): number {
  const level = (hash(`${input.code}/${input.member}`) % 1000) / 1000;
  const drawn = range.min + (range.max - range.min) * (0.25 + 0.5 * level) * growth * (0.9 + 0.2 * random.next());
  return Math.min(range.max, Math.max(range.min, drawn));
}

export type SimulatedValue = string | number | boolean;

export function simulateValue(indicator: Indicator, input: InputCell, period: Period, size: number, random: Random): SimulatedValue | undefined {
  const yearIndex = Number(period.id) - 2022;
  const growth = 1 + 0.08 * yearIndex;
  const stated = statedRanges[indicator.code];
  if (stated !== undefined && (indicator.type === 'integer' || indicator.type === 'decimal' || indicator.type === 'amount')) {
    const value = withinRange(stated, input, growth, random);
    return indicator.type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
  }
  switch (indicator.type) {
    case 'integer': {
      const base = (magnitudeByUnit[indicator.unit ?? ''] ?? 5) * size * growth;
      return Math.max(0, Math.round(base * (0.6 + 0.8 * random.next())));
    }
    case 'decimal':
      return Math.round(size * (0.5 + random.next()) * 10) / 10;
    case 'amount':
      // Within ±20 % of a yearly growth, so that two years never differ by the ×3 validation warns about.
      return Math.round(150 * growth * (0.8 + 0.4 * random.next()) * 100) / 100;
    case 'percentage':
      return undefined; // shares are drawn together, see simulateShares
    case 'yesNo':
    case 'deliverable':
      return yearIndex >= 2 ? 'Oui' : 'Non';
    case 'date':
      return `${period.id}-0${random.int(3, 9)}-1${random.int(0, 9)}`;
    case 'text':
      return simulatedTextAnswer;
    case 'choice':
      return undefined;
  }
}

/** Members of a percentage breakdown (families / partners) share 100 %. */
export function simulateShares(inputs: InputCell[], random: Random): PreviousEntry[] {
  const first = 0.2 + Math.round(random.next() * 30) / 100;
  return inputs.map((input, i) => ({
    code: input.code,
    period: input.period,
    member: input.member,
    kind: 'value' as const,
    value: i === 0 ? first : Math.round((1 - first) * 100) / 100,
  }));
}
