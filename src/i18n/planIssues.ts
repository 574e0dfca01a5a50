/** Messages for plan issues (src/plan/issues.ts): what is wrong, then how to fix it. */
import type { CrossCheckCode, CrossCheckParams, DuplicateKind, PlanIssue } from '../plan/issues';
import { formatPath } from './planPath';
import { defaultLang, type Lang } from './lang';
import type { ParseDetail } from '../rules/types';
import { parseErrorMessage } from './ruleErrors';
import { schemaIssueText } from './planSchemaRules';

type Params = CrossCheckParams;

/** A `rule_syntax` issue carries its parse error's position and detail as params (src/plan/checkPlan.ts). */
const ruleSyntax = (p: Params) => parseErrorMessage({ position: Number(p.position), detail: p as unknown as ParseDetail });

/** The `what` of a duplicate (src/plan/checkPlan.ts), in words; anything else is shown as given. */
const duplicateKind: Record<Lang, Record<DuplicateKind, string>> = {
  fr: { period: 'période', party: 'partie', commune: 'commune', territory: 'territoire', fiche: 'fiche', action: 'action', indicator: 'indicateur', list: 'liste', rule: 'règle' },
  en: { period: 'period', party: 'party', commune: 'municipality', territory: 'territory', fiche: 'fiche', action: 'action', indicator: 'indicator', list: 'list', rule: 'rule' },
};
const what = (p: Params, lang: Lang) => duplicateKind[lang][String(p.what) as DuplicateKind] ?? p.what;
type Catalogue = Record<CrossCheckCode, (p: Params) => string>;

const fr: Catalogue = {
  duplicate: (p) => `${what(p, 'fr')} « ${p.value} » en double. Chaque code doit être unique : renommez l’un des deux.`,
  unknown_period: (p) => `Période « ${p.value} » inconnue. Utilisez une période déclarée dans « periods » ou ajoutez-la.`,
  unknown_list: (p) => `Liste « ${p.value} » inconnue. Déclarez-la dans « lists » ou corrigez son identifiant.`,
  list_required: (p) => `L’indicateur « ${p.indicator} » est de type liste sans liste de choix. Indiquez l’identifiant de la liste (« list »).`,
  list_unexpected: (p) => `L’indicateur « ${p.indicator} » a une liste de choix mais n’est pas de type liste. Retirez « list » ou passez le type à « choice ».`,
  bounds_inverted: (p) => `Bornes inversées : minimum ${p.min} supérieur au maximum ${p.max}. Échangez-les.`,
  target_period: (p) => `Cible fixée pour la période « ${p.value} », où l’indicateur ne s’applique pas. Retirez la cible ou ajoutez la période à l’indicateur.`,
  unknown_territory: (p) => `Territoire « ${p.value} » inconnu. Déclarez-le dans « territory.territories ».`,
  unknown_commune: (p) => `Commune « ${p.value} » (code INSEE) absente du territoire. Corrigez le code ou ajoutez la commune.`,
  unknown_respondent: (p) => `Répondant « ${p.value} » inconnu : ce n’est ni le code d’une partie ni le code INSEE d’une commune du territoire. Corrigez le code, ou ajoutez la partie (feuille « Parties ») ou la commune.`,
  attribute_unheld: (p) => `Aucun répondant de type « ${p.kind} » ne porte l’attribut « ${p.attribute} » : l’indicateur ne serait demandé à personne à ce titre. Ajoutez l’attribut aux répondants concernés (colonne « Attributs ») ou corrigez son code.`,
  rule_syntax: (p) => `Règle illisible : ${ruleSyntax(p)} Corrigez l’expression (références aux indicateurs sous la forme #{code}).`,
  rule_unknown_indicator: (p) => `La règle cite l’indicateur « ${p.value} », absent du plan. Corrigez le code cité.`,
  rule_unknown_member: (p) => `La règle cite le membre « ${p.value} » de l’indicateur « ${p.indicator} », qui n’est pas une option de ses ventilations. Corrigez le code après « : » (par exemple #{code:membre}).`,
  rule_breakdown_mismatch: (p) => `La règle « ${p.rule} » s’applique par membre de ventilation, mais ses indicateurs ne sont pas ventilés de la même façon. Passez sa portée à « total » ou alignez les ventilations.`,
  formation_several_kinds: (p) =>
    `L’indicateur « ${p.indicator} » est demandé à plusieurs types de répondants (${p.kinds}) et son chiffre du territoire est leur somme : un même fait déclaré par deux d’entre eux (une réunion à laquelle les deux assistent, un projet que l’EPCI et sa commune recensent) serait compté deux fois. Désignez la source qui fait foi (formation « authority », avec « source ») ou, si chacun ne déclare que ce qui lui est propre, déclarez-le (formation « distinctSum », avec « split » qui dit qui compte quoi).`,
  formation_type: (p) =>
    `L’indicateur « ${p.indicator} » (type « ${p.type} ») ne peut pas être formé par « ${p.kind} » : une somme n’a de sens que pour des nombres, des montants ou des « oui », un maximum pour des valeurs ordonnées. Choisissez « listed » (réponses listées), « latest » ou « authority », ou changez le type.`,
  formation_source_not_reporter: (p) =>
    `La source qui fait foi de l’indicateur « ${p.indicator} » est « ${p.source} », qui n’est pas interrogé (répondants : ${p.kinds}). Ajoutez « ${p.source} » aux répondants ou désignez l’un d’eux comme source.`,
  formation_source_not_single: (p) =>
    `La source qui fait foi de l’indicateur « ${p.indicator} » est « ${p.source} », mais le plan en compte ${p.count} : une source qui fait foi est un répondant unique (la Caf, l’EPCI). Désignez un répondant unique, ou déclarez une somme (« sum » ou « distinctSum »).`,
  formation_shares: (p) =>
    `L’indicateur « ${p.indicator} » demande des parts calculées (« shares ») mais n’est pas un montant ou un nombre ventilé. Les parts se calculent sur des montants ventilés (par financeur, par exemple) : ajoutez la ventilation, passez le type à « amount », ou retirez « shares ».`,
  formation_unknown_indicator: (p) =>
    `L’indicateur « ${p.indicator} » reprend le chiffre de « ${p.value} », absent du plan. Corrigez le code cité (formation « sameAs », champ « indicator »).`,
  formation_same_as_chain: (p) =>
    `L’indicateur « ${p.indicator} » reprend le chiffre de « ${p.value} », qui n’est pas demandé lui-même (il se cite ou reprend un autre indicateur). Citez l’indicateur effectivement demandé aux répondants.`,
  formation_same_as_mismatch: (p) =>
    `L’indicateur « ${p.indicator} » reprend le chiffre de « ${p.value} », qui n’a pas le même type ou la même ventilation. Alignez les deux indicateurs ou citez-en un autre.`,
  formation_same_as_periods: (p) =>
    `L’indicateur « ${p.indicator} » reprend le chiffre de « ${p.value} » pour des périodes où celui-ci n’est pas demandé (${p.periods}). Ajoutez ces périodes à « ${p.value} » ou retirez-les de « ${p.indicator} ».`,
  rule_not_collected: (p) =>
    `La règle cite l’indicateur « ${p.value} », qui n’est pas demandé (il reprend le chiffre de « ${p.target} ») : elle ne s’appliquerait jamais. Citez « ${p.target} ».`,
  announced_with_content: (p) => `La fiche ${p.fiche} est annoncée (en attente d’avenant) mais porte des indicateurs. Passez son statut à « active » ou retirez-les.`,
  active_without_action: (p) => `La fiche ${p.fiche} est active sans aucune action. Ajoutez ses actions ou passez son statut à « announced ».`,
};

const en: Catalogue = {
  duplicate: (p) => `Duplicate ${what(p, 'en')} "${p.value}". Every code must be unique: rename one of them.`,
  unknown_period: (p) => `Unknown period "${p.value}". Use a period declared in "periods" or add it.`,
  unknown_list: (p) => `Unknown list "${p.value}". Declare it in "lists" or fix its id.`,
  list_required: (p) => `Indicator "${p.indicator}" is a choice without a list. Set "list".`,
  list_unexpected: (p) => `Indicator "${p.indicator}" has a list but is not a choice. Remove "list" or set type "choice".`,
  bounds_inverted: (p) => `Inverted bounds: minimum ${p.min} above maximum ${p.max}. Swap them.`,
  target_period: (p) => `Target set for period "${p.value}", where the indicator does not apply.`,
  unknown_territory: (p) => `Unknown territory "${p.value}". Declare it in "territory.territories".`,
  unknown_commune: (p) => `Commune "${p.value}" (INSEE code) is not in the territory.`,
  unknown_respondent: (p) => `Unknown respondent "${p.value}": neither a party's code nor the INSEE code of a commune of the territory. Fix the code, or add the party or the commune.`,
  attribute_unheld: (p) => `No respondent of kind "${p.kind}" holds attribute "${p.attribute}": nobody would be asked the indicator on that ground. Add the attribute to the respondents concerned ("Attributs" column) or fix its code.`,
  rule_syntax: (p) => `Unreadable rule: ${ruleSyntax(p)}`,
  rule_unknown_indicator: (p) => `The rule refers to indicator "${p.value}", which the plan does not have.`,
  rule_unknown_member: (p) => `The rule refers to member "${p.value}" of indicator "${p.indicator}", which none of its breakdowns offers.`,
  rule_breakdown_mismatch: (p) => `Rule "${p.rule}" applies per breakdown member but its indicators are broken down differently.`,
  formation_several_kinds: (p) =>
    `Indicator "${p.indicator}" is asked of several kinds of respondents (${p.kinds}) and its territory figure is their sum: the same fact reported by two of them would be counted twice. Name the authoritative source (formation "authority" with "source") or declare their contributions distinct (formation "distinctSum" with "split").`,
  formation_type: (p) => `Indicator "${p.indicator}" (type "${p.type}") cannot be formed by "${p.kind}". Use "listed", "latest" or "authority", or change the type.`,
  formation_source_not_reporter: (p) => `The authoritative source of "${p.indicator}" is "${p.source}", which is not asked (respondents: ${p.kinds}). Add it to the respondents or name one of them.`,
  formation_source_not_single: (p) => `The authoritative source of "${p.indicator}" is "${p.source}", of which the plan has ${p.count}: name a single respondent, or declare a sum.`,
  formation_shares: (p) => `Indicator "${p.indicator}" asks for computed shares but is not a broken-down amount or number. Add the breakdown, set type "amount", or remove "shares".`,
  formation_unknown_indicator: (p) => `Indicator "${p.indicator}" shows the figure of "${p.value}", which the plan does not have.`,
  formation_same_as_chain: (p) => `Indicator "${p.indicator}" shows the figure of "${p.value}", which is not asked itself. Refer to the indicator that is asked.`,
  formation_same_as_mismatch: (p) => `Indicator "${p.indicator}" shows the figure of "${p.value}", whose type or breakdown differs.`,
  formation_same_as_periods: (p) => `Indicator "${p.indicator}" shows the figure of "${p.value}" for periods where that one is not asked (${p.periods}).`,
  rule_not_collected: (p) => `The rule refers to indicator "${p.value}", which is not asked (it shows "${p.target}"): refer to "${p.target}".`,
  announced_with_content: (p) => `Fiche ${p.fiche} is announced but has indicators.`,
  active_without_action: (p) => `Fiche ${p.fiche} is active without any action.`,
};

const catalogues: Record<Lang, Catalogue> = { fr, en };

export function renderPlanIssue(issue: PlanIssue, lang: Lang = defaultLang): string {
  return issue.code === 'schema' ? `${schemaIssueText(issue.params, lang)}.` : catalogues[lang][issue.code](issue.params);
}

/** « fiches[2].actions[0].indicators[1].type : Valeur « nombre » inconnue… » */
export function describePlanIssue(issue: PlanIssue, lang: Lang = defaultLang): string {
  const where = formatPath(issue.path) || (lang === 'fr' ? '(racine)' : '(root)');
  return `${where} : ${renderPlanIssue(issue, lang)}`;
}
