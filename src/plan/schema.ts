/**
 * The plan of a CTG as typed data: zod schemas, with the TypeScript types inferred from them.
 *
 * Shapes only. Checks that span several parts of the plan (unique codes, references between
 * indicators, lists, periods and rules) live in `checkPlan.ts`, so that every error is reported
 * with its path, not only the first.
 */
import * as z from './zod';
import type { SchemaRule } from './schemaRules';
import { respondentKinds } from './respondentKinds';
import { parseSelector } from './selection';

export { respondentKinds };

/**
 * A check of our own names itself as zod's message; parsePlan turns that name into the issue's
 * `params.rule`, worded at the edge (src/i18n/planSchemaRules).
 */
const rule = (name: SchemaRule): string => name;

/** A stable code: lower-case letters, digits, dots, underscores and dashes. Never reused. */
export const codeSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, rule('code')));

const nonEmpty = z.string().check(z.trim(), z.minLength(1, rule('non_empty')));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, rule('iso_date')));

/** A reporting period (a civil year for the P2A convention, but any span works). */
export const periodSchema = z.object({
  id: codeSchema,
  label: nonEmpty,
  start: isoDate,
  end: isoDate,
});

export const respondentKindSchema = z.enum(respondentKinds);

/**
 * An attribute of a respondent: a competence it holds, a programme perimeter it is in… An
 * indicator's reporters can pick the respondents holding one (`commune[competence_petite_enfance]`).
 */
const attributesSchema = z._default(z.array(codeSchema), []);

/**
 * A signatory or partner of the convention. Communes are parties through the territory. Partners
 * (employers and managers of the facilities of Annexe 2) receive workbooks without having signed.
 */
export const partySchema = z.object({
  code: codeSchema,
  kind: respondentKindSchema,
  name: nonEmpty,
  representedBy: z._default(z.array(nonEmpty), []),
  /** Signatories are expected to answer; other parties count once they answer. */
  signatory: z._default(z.boolean(), true),
  attributes: attributesSchema,
});

export const communeSchema = z.object({
  /** INSEE code (5 characters, « 2A »/« 2B » in Corsica). */
  insee: z.string().check(z.regex(/^(\d{5}|2[AB]\d{3})$/, rule('insee'))),
  name: nonEmpty,
  signatory: z.boolean(),
  territory: z.optional(codeSchema),
  attributes: attributesSchema,
});

/** A territory or « bassin de vie » the plan names (fiche 4.1: Digne, Seyne, Château-Arnoux). */
export const territorySchema = z.object({
  code: codeSchema,
  name: nonEmpty,
});

/** A facility or service supported by the local authority (convention, Annexe 2). */
export const facilitySchema = z.object({
  name: nonEmpty,
  type: nonEmpty,
  nature: nonEmpty,
  address: z._default(z.string(), ''),
  postcode: z.string().check(z.regex(/^\d{5}$/, rule('postcode'))),
  /** INSEE code of the commune. */
  commune: z.string().check(z.regex(/^(\d{5}|2[AB]\d{3})$/, rule('insee'))),
  /** The respondent that runs it, when the text names one (a party's code or a commune's INSEE code). */
  manager: z.optional(z.string()),
  /**
   * Who answers for it in the yearly follow-up of Annexe 2 (a party's code or a commune's INSEE
   * code), when not the rule of plan/facilityHolder.ts (its manager, else the signatory commune
   * where it stands, else the EPCI).
   */
  holder: z.optional(z.string()),
});

export const territoryDataSchema = z.object({
  communes: z.array(communeSchema).check(z.minLength(1, rule('communes_min'))),
  territories: z._default(z.array(territorySchema), []),
  facilities: z._default(z.array(facilitySchema), []),
  /** Where commune identities come from (reference and version). */
  source: nonEmpty,
});

/** `epci`, `commune[competence_petite_enfance]`, `04070` or `ifac` (see selection.ts). */
export const reporterSelectorSchema = z.string().check(
  z.trim(),
  z.refine((text: string) => parseSelector(text) !== undefined, rule('reporter')),
);

export const indicatorTypes = [
  'integer',
  'decimal',
  'amount',
  'percentage',
  'yesNo',
  'date',
  'text',
  'choice',
  'deliverable',
] as const;
export const indicatorTypeSchema = z.enum(indicatorTypes);

/**
 * How the territory figure comes from the respondents' figures — a declaration the plan check
 * enforces (checkFormation.ts) and every figure repeats (« somme des 10 communes »):
 * - `sum`: each respondent reports its own part and the parts add up (each commune's meetings);
 *   one kind of respondent only, or the same thing reported twice would be counted twice;
 * - `distinctSum`: several kinds of respondents whose contributions are distinct by construction;
 *   `split` says how (who counts what), for the plan's reader and the respondents;
 * - `authority`: one source is authoritative (the Caf's count); the others' figures are detail,
 *   never added;
 * - `max`, `latest`: the largest answer, the most recent one;
 * - `listed`: answers are listed, never combined (text, choices);
 * - `sameAs`: asked once under another indicator (`indicator`), shown here too.
 * `shares` (on the additive kinds, for an amount broken down): each member's share of the total
 * is computed as a ratio of sums — never an unweighted mean of respondents' percentages.
 */
export const formationKinds = ['sum', 'distinctSum', 'authority', 'max', 'latest', 'listed', 'sameAs'] as const;
export type FormationKind = (typeof formationKinds)[number];
const shares = z._default(z.boolean(), false);
export const formationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sum'), shares }),
  z.object({ kind: z.literal('distinctSum'), split: nonEmpty, shares }),
  z.object({ kind: z.literal('authority'), source: respondentKindSchema, shares }),
  z.object({ kind: z.literal('max') }),
  z.object({ kind: z.literal('latest') }),
  z.object({ kind: z.literal('listed') }),
  z.object({ kind: z.literal('sameAs'), indicator: codeSchema }),
], {
  error: rule('formation_kind'),
});

const ficheNumber = z.string().check(z.regex(/^\d+(\.\d+)?$/, rule('fiche_number')));

/**
 * Where in the convention something comes from: the fiche, the numbered action whose part of the
 * text holds it (absent for what the fiche says after all its actions, such as 4.1's « Critères
 * d'évaluation »), and the heading of that part as the text words it (« Les indicateurs »).
 */
export const clauseSchema = z.object({
  fiche: ficheNumber,
  action: z.optional(z.number().check(z.int(), z.minimum(1))),
  part: nonEmpty,
});

/** A rule's clause also quotes the passage it enforces, verbatim. */
export const ruleClauseSchema = z.extend(clauseSchema, { quote: nonEmpty });

export const boundsSchema = z.object({ min: z.optional(z.number()), max: z.optional(z.number()) });

export const indicatorSchema = z.object({
  code: codeSchema,
  /** The measure, worded as a person reads it in the collection sheet. */
  label: nonEmpty,
  /** The convention's own line this indicator comes from, verbatim. */
  source: nonEmpty,
  /** Where that line stands in the convention. */
  clause: z.optional(clauseSchema),
  type: indicatorTypeSchema,
  unit: z.optional(z.string()),
  /** For type `choice`: the id of a choice list. */
  list: z.optional(codeSchema),
  /** Breakdown dimensions: ids of choice lists (`territoire`, `type_accueil`, `statut_vae`…). */
  breakdown: z._default(z.array(codeSchema), []),
  /** Who is asked (see selection.ts): kinds, kinds holding an attribute, or named respondents. */
  reporters: z.array(reporterSelectorSchema).check(z.minLength(1, rule('reporters_min'))),
  /** Period ids where this indicator is to be filled in. */
  periods: z.array(codeSchema).check(z.minLength(1, rule('periods_min'))),
  required: z._default(z.boolean(), false),
  bounds: z.optional(boundsSchema),
  /** How the territory figure is formed from the respondents' figures. */
  formation: formationSchema,
  /** « … et son évolution »: the consolidation shows the change from one period to the next. */
  trackEvolution: z._default(z.boolean(), false),
  /**
   * Plausibility: a change from one period to the next beyond this factor is worth a warning
   * (the validation's default, ×3, applies when absent).
   */
  changeFactor: z.optional(z.number().check(z.gt(1, rule('change_factor')))),
  /** Targets per period id, in the indicator's unit (fractions for percentages). */
  targets: z.optional(z.record(z.string(), z.number())),
  note: z.optional(z.string()),
});

/**
 * A dated step as the convention words it (« printemps 2024 », « courant 2024 », « au plus tard le
 * 31 mars 2023 »): the wording kept verbatim, and the ISO date by which it is due — the last day the
 * wording allows (« printemps 2024 » → 2024-06-20, « courant 2024 » → 2024-12-31), so that an écart
 * is never raised before the convention's own deadline.
 */
export const milestoneSchema = z.object({
  wording: nonEmpty,
  due: isoDate,
});

export const actionSchema = z.object({
  number: z.number().check(z.int(), z.minimum(1)),
  code: codeSchema,
  title: nonEmpty,
  description: z._default(z.array(nonEmpty), []),
  /** When the action starts, as the convention words it (« dès 2023 », « printemps 2024 »). */
  start: z._default(z.string(), ''),
  /** The first period concerned, when the wording pins one down. */
  startPeriod: z.optional(codeSchema),
  /**
   * Who steers the action and reports on it year by year (reporter selectors, as indicators have):
   * `caf`, `epci`, both, a commune's INSEE code… Empty: the action is not followed in the workbooks.
   */
  pilots: z._default(z.array(reporterSelectorSchema), []),
  /** Its dated steps, as the convention words them. */
  milestones: z._default(z.array(milestoneSchema), []),
  indicators: z._default(z.array(indicatorSchema), []),
});

export const ficheStatuses = ['active', 'announced'] as const;

export const ficheSchema = z.object({
  /** « 3.2 » */
  number: ficheNumber,
  theme: z.object({ number: z.number().check(z.int(), z.minimum(1)), label: nonEmpty }),
  title: nonEmpty,
  /** A few words a person recognises in a sheet tab (« Accueil 0-3 ans »); sheet names have 31 characters. */
  shortTitle: z.optional(z.string().check(z.maxLength(20, rule('short_title')))),
  /** « Contexte (les constats…) » */
  context: z._default(z.array(nonEmpty), []),
  objectives: z._default(z.array(nonEmpty), []),
  targetPublic: z._default(z.string(), ''),
  /** `announced`: named by the convention, its content awaits an amendment (theme 5). */
  status: z._default(z.enum(ficheStatuses), 'active'),
  /** Dated steps of the fiche as a whole (theme 5's amendment « au plus tard le 31 mars 2023 »). */
  milestones: z._default(z.array(milestoneSchema), []),
  actions: z._default(z.array(actionSchema), []),
  /** Evaluation criteria the convention lists for the fiche as a whole, after all its actions. */
  indicators: z._default(z.array(indicatorSchema), []),
});

export const choiceListSchema = z.object({
  id: codeSchema,
  label: nonEmpty,
  options: z.array(z.object({ code: codeSchema, label: nonEmpty })).check(z.minLength(1, rule('options_min'))),
});

export const missingPolicies = ['skipIfAnyMissing', 'skipIfAllMissing', 'missingAsZero'] as const;
export const ruleOperators = ['==', '!=', '<', '<=', '>', '>=', 'pair'] as const;

export const ruleSchema = z.object({
  id: codeSchema,
  /** Expression over indicators, written `#{code}` (see src/rules). */
  left: nonEmpty,
  /** `pair` is « paire obligatoire »: when one side is filled, the other must be too. */
  operator: z.enum(ruleOperators),
  right: nonEmpty,
  /** Optional condition: the rule applies only where it holds (e.g. a deliverable marked « oui »). */
  when: z.optional(z.string()),
  missing: z.object({
    left: z.enum(missingPolicies),
    right: z.enum(missingPolicies),
  }),
  severity: z.enum(['error', 'warning']),
  message: nonEmpty,
  fix: nonEmpty,
  /** `member`: once per breakdown member; `total`: on the totals of the indicators. */
  scope: z.enum(['member', 'total']),
  /** The passage of the convention the rule enforces. */
  clause: z.optional(ruleClauseSchema),
});

export const planSchema = z.object({
  id: codeSchema,
  title: nonEmpty,
  version: z.string().check(z.regex(/^\d+\.\d+(\.\d+)?$/, rule('version'))),
  signedOn: isoDate,
  periods: z.array(periodSchema).check(z.minLength(1, rule('periods_min'))),
  parties: z.array(partySchema).check(z.minLength(1, rule('parties_min'))),
  territory: territoryDataSchema,
  fiches: z.array(ficheSchema).check(z.minLength(1, rule('fiches_min'))),
  lists: z._default(z.array(choiceListSchema), []),
  rules: z._default(z.array(ruleSchema), []),
});

export type Period = z.infer<typeof periodSchema>;
export type { RespondentKind } from './respondentKinds';
export type Party = z.infer<typeof partySchema>;
export type Commune = z.infer<typeof communeSchema>;
export type Territory = z.infer<typeof territorySchema>;
export type Facility = z.infer<typeof facilitySchema>;
export type TerritoryData = z.infer<typeof territoryDataSchema>;
export type IndicatorType = z.infer<typeof indicatorTypeSchema>;
export type Formation = z.infer<typeof formationSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type RuleClause = z.infer<typeof ruleClauseSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Fiche = z.infer<typeof ficheSchema>;
export type ChoiceList = z.infer<typeof choiceListSchema>;
export type MissingPolicy = (typeof missingPolicies)[number];
export type RuleOperator = (typeof ruleOperators)[number];
export type Rule = z.infer<typeof ruleSchema>;
export type Plan = z.infer<typeof planSchema>;
/** What a plan author writes: defaults may be left out. */
export type PlanInput = z.input<typeof planSchema>;
