/**
 * Annexe 5's « évaluation de la démarche elle-même (gouvernance, dynamiques partenariales…) »: per
 * year, the comités de pilotage and comités techniques held (annexe 4), their date and the partners
 * present. Article 6: « Le comité de pilotage sera copiloté par la Caf et la Communauté
 * d'Agglomération », so the co-pilots (the plan's Caf and EPCI) are asked.
 *
 * Derived as a fiche of its own (« Gouvernance ») of ordinary indicators, broken down by a list of
 * meeting slots: the collection workbook then shows a small table per year (one row per slot and
 * item, one column per year), with the date checked inside the year and yes/no lists — by the same
 * writer, reader and validation as every other input. The slots (two COPIL, three COTECH) are what
 * the convention's two levels of work meet in a year; an unused slot is left empty.
 */
import { followUpWords as words } from '../i18n/followUpWords';
import type { ChoiceList, Fiche, Indicator, Plan } from './schema';

/**
 * Not a fiche of the convention: a number no fiche has (fiche numbers start at 1). Its theme is the
 * first, « la coordination territoriale », whose fiche 1.1 is where the convention's steering sits.
 */
export const governanceFicheNumber = '0';
export const meetingSlotList = 'comite_gouvernance';
export const meetingSlots = ['copil1', 'copil2', 'cotech1', 'cotech2', 'cotech3'] as const;
export type MeetingSlot = (typeof meetingSlots)[number];
/** Who may attend (article 6, annexe 4): the co-pilots, the communes, the Département, the SDJES. */
export const governancePartners = ['caf', 'epci', 'communes', 'departement', 'sdjes'] as const;
export type GovernancePartner = (typeof governancePartners)[number];

// Short codes: a code is printed whole beside its label, in a column fitted to the codes.
export const governanceDateCode = 'gouv.date';
export const presenceCode = (partner: GovernancePartner): string => `gouv.${partner}`;

export function isGovernanceCode(code: string): boolean {
  return code.startsWith('gouv.');
}

export function isGovernanceFiche(fiche: Pick<Fiche, 'number'>): boolean {
  return fiche.number === governanceFicheNumber;
}

export function meetingSlotChoiceList(): ChoiceList {
  return { id: meetingSlotList, label: words.governance.meetingList.label, options: meetingSlots.map((code) => ({ code, label: words.meetings[code] })) };
}

function governanceIndicators(plan: Plan): Indicator[] {
  const common = {
    reporters: ['caf', 'epci'],
    periods: plan.periods.map((p) => p.id),
    breakdown: [meetingSlotList],
    formation: { kind: 'listed' as const },
    trackEvolution: false,
    required: false,
  };
  return [
    { ...common, code: governanceDateCode, label: words.governance.date.label, source: words.governance.date.source, type: 'date', note: words.governance.date.note },
    ...governancePartners.map(
      (partner): Indicator => ({
        ...common,
        code: presenceCode(partner),
        label: words.governance.present.label(words.partners[partner]),
        source: words.governance.present.source,
        type: 'yesNo',
        note: words.governance.present.note,
      }),
    ),
  ];
}

/** The plan with the governance fiche appended, when it has both co-pilots and no such fiche yet. */
export function withGovernance(plan: Plan): Plan {
  const coPilots = plan.parties.some((p) => p.kind === 'caf') && plan.parties.some((p) => p.kind === 'epci');
  if (!coPilots || plan.fiches.some(isGovernanceFiche)) return plan;
  const fiche: Fiche = {
    number: governanceFicheNumber,
    theme: { number: 1, label: words.governance.fiche.theme },
    title: words.governance.fiche.title,
    shortTitle: words.governance.fiche.shortTitle,
    context: [],
    objectives: [...words.governance.objectives],
    targetPublic: '',
    status: 'active',
    milestones: [],
    actions: [],
    indicators: governanceIndicators(plan),
  };
  const lists = plan.lists.some((l) => l.id === meetingSlotList) ? plan.lists : [...plan.lists, meetingSlotChoiceList()];
  return { ...plan, fiches: [...plan.fiches, fiche], lists };
}
