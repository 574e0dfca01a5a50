/**
 * The bilan's document model on a small plan whose figures are known: the sections the COPIL reads,
 * the territory figures and their evolution as the consolidation computed them from the values typed,
 * the follow-up (actions, écarts, Annexe 2, governance) as given — « Aucune information reçue » when
 * nothing was — and the evaluation's series from the first period to the last.
 */
import { consolidate, type Consolidation } from '../../../src/consolidate';
import { emptyFollowUp, type FollowUp } from '../../../src/consolidate/followUp';
import { buildBilan, type BilanDocument, type Block, type Table } from '../../../src/report/bilan';
import { now, returnOf, smallPlan } from '../../consolidate/fixtures';

const plan = smallPlan();
// Aiglun and the EPCI answer every year; Bévons stops after 2024; the Caf answers 2024 only.
const consolidation: Consolidation = consolidate(
  plan,
  [
    returnOf(plan, '04001', { 't.sum|2023|': 2, 't.sum|2024|': 4, 't.sum|2025|': 8, 't.places|2023|eaje': 1, 't.places|2024|eaje': 3 }),
    returnOf(plan, '04002', { 't.sum|2023|': 3, 't.sum|2024|': 6, 't.places|2024|mam': 2 }),
    returnOf(plan, 'epci1', { 't.sum|2023|': 5, 't.sum|2024|': 5, 't.sum|2025|': 13 }),
    returnOf(plan, 'caf', { 't.caf|2024|': 40 }),
  ],
  { now },
);

const followUp: FollowUp = {
  actions: [
    { fiche: '1.1', action: '1.1.a1', period: '2024', respondent: 'epci1', state: 'en_cours', account: 'Deux ateliers tenus à Aiglun.', difficulties: 'Recrutement difficile.' },
    { fiche: '1.1', action: '1.1.a1', period: '2025', respondent: 'epci1', state: 'realisee', account: '', difficulties: '' },
  ],
  gaps: [
    { kind: 'actionNotStarted', fiche: '2.1', action: '2.1.a1', period: '2024', startedBy: 'dès 2024' },
    { kind: 'respondentSilent', respondent: '04002', period: '2025' },
  ],
  facilities: [
    { facility: 0, name: 'Crèche Les Lutins', commune: '04001', period: '2024', respondent: 'epci1', status: 'ferme', supported: false, supportedBy: '', change: 'Fermée en juin.' },
    { facility: null, name: 'MAM Les Petits Pas', commune: '04002', period: '2024', respondent: '04002', status: 'ouvert', supported: true, supportedBy: 'Caf', change: '' },
  ],
  governance: [{ body: 'copil', period: '2024', date: '2024-03-15', present: ['caf', 'epci1', '04001', 'sdjes'], respondent: 'caf' }],
};

const annual = (given: FollowUp, period = '2024') => buildBilan({ plan, consolidation, followUp: given, lang: 'fr', preparedOn: '2026-02-03T09:00:00.000Z' }, { kind: 'annual', period });
const evaluation = (given: FollowUp) => buildBilan({ plan, consolidation, followUp: given, lang: 'fr', preparedOn: '2026-02-03T09:00:00.000Z' }, { kind: 'evaluation' });

const headings = (doc: BilanDocument, level?: number) => doc.blocks.flatMap((b) => (b.kind === 'heading' && (level === undefined || b.level === level) ? [b.text] : []));
/** The blocks from a heading to the next heading of the same or a higher level. */
function section(doc: BilanDocument, title: string): Block[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === title);
  if (start < 0) throw new Error(`no section « ${title} » in ${headings(doc).join(' | ')}`);
  const level = (doc.blocks[start] as { level: number }).level;
  const end = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= level);
  return doc.blocks.slice(start + 1, end < 0 ? undefined : end);
}
const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'bullets' ? b.items : b.kind === 'table' ? b.rows.flat() : []));
const tableIn = (blocks: Block[]) => blocks.find((b): b is Table => b.kind === 'table')!;
const rowOf = (t: Table, first: string) => t.rows.find((r) => r[0] === first);

describe('the yearly bilan: its outline', () => {
  const doc = annual(followUp);
  it.each([
    ['En bref', 1],
    ['Fiche 1.1 — Fiche de test', 1],
    ['Fiche 2.1 — Fiche de la Caf', 1],
    ['Action 1 — Action de test', 3],
    ['Action 1 — Action de la Caf', 3],
    ['Annexe 2 : équipements et services soutenus', 1],
    ['Gouvernance', 1],
    ['Annexe : qui n’a pas répondu', 1],
  ])('has the heading « %s » at level %i', (title, level) => {
    expect(headings(doc, level)).toContain(title);
  });

  it('gives every fiche its objectives, actions, indicators, écarts and charts, in that order', () => {
    const fiche = section(doc, 'Fiche 1.1 — Fiche de test');
    expect(fiche.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []))).toEqual(['Objectifs', 'Actions', 'Indicateurs', 'Écarts à examiner', 'Chiffres clés']);
  });

  it('columns of every table add up to the text width', () => {
    for (const b of [...doc.blocks, ...evaluation(followUp).blocks]) if (b.kind === 'table') expect(b.columns.reduce((n, c) => n + c.width, 0)).toBeCloseTo(1, 6);
  });
});

describe('the yearly bilan: the territory figures of 2024', () => {
  const table = tableIn(section(annual(emptyFollowUp()), 'Indicateurs'));
  it.each([
    // 4 + 6 (communes) + 5 (EPCI); 2023: 2 + 3 + 5 = 10, the same three respondents.
    ['Libellé t.sum', '15', '+5 (+50\u202f%) depuis Année 2023'],
    // EAJE 3 (Aiglun) + MAM 2 (Bévons); 2023: Aiglun's EAJE only → on Aiglun alone, +2 (+200 %).
    ['Libellé t.places', '5', '+2 (+200\u202f%) depuis Année 2023\nsur les 1 répondant présent les deux années'],
    ['Libellé t.max', 'aucune réponse', '—'],
    ['Libellé t.late', 'non demandé', '—'],
  ])('%s: %s, %s', (label, value, evolution) => {
    const row = rowOf(table, label);
    expect(row?.slice(1, 3)).toEqual([value, evolution]);
  });

  it('says how each figure is formed, from whom', () => {
    expect(rowOf(table, 'Libellé t.sum')?.[3]).toBe('somme des contributions distinctes de l’EPCI et de 2 communes');
  });

  it('draws the key indicator (its evolution followed) with a point per year up to 2024, none for a year without figure', () => {
    const charts = section(annual(emptyFollowUp()), 'Chiffres clés').filter((b) => b.kind === 'chart');
    expect(charts.map((c) => c.caption)).toEqual(['Libellé t.sum', 'Libellé t.places']);
    expect(charts[0]!.svg.match(/<circle/g)).toHaveLength(2);
  });
});

describe('the follow-up, as given or absent', () => {
  it.each([
    ['Action 1 — Action de test', ['en cours (selon Agglo de test)', 'Réalisé : Deux ateliers tenus à Aiglun.', 'Difficultés : Recrutement difficile.']],
    ['Écarts à examiner', ['Aucun écart relevé.']],
    ['Gouvernance', ['Comité de pilotage', '15/03/2024', 'Caf de test, Agglo de test, Aiglun, SDJES']],
  ])('with reports, « %s » says %j', (title, expected) => {
    expect(texts(section(annual(followUp), title))).toEqual(expect.arrayContaining(expected));
  });

  it('puts each écart of the year in « En bref » and under its fiche', () => {
    const sentence = 'Fiche 2.1, action 1 « Action de la Caf » : non engagée en Année 2024, alors que son démarrage était prévu dès 2024.';
    expect(texts(section(annual(followUp), 'En bref'))).toContain(sentence);
    expect(texts(section(annual(followUp), 'Fiche 2.1 — Fiche de la Caf'))).toContain(sentence);
    expect(texts(section(annual(followUp, '2025'), 'En bref'))).toContain('Bévons n’a rien renvoyé pour Année 2025.');
  });

  it('lists Annexe 2 changes: a closure, an addition', () => {
    const t = tableIn(section(annual(followUp), 'Annexe 2 : équipements et services soutenus'));
    expect(t.rows).toEqual([
      ['Crèche Les Lutins', 'Aiglun', 'fermé', 'plus soutenu', 'Fermée en juin.'],
      ['MAM Les Petits Pas', 'Bévons', 'ouvert', 'soutenu par Caf', 'ajouté par le répondant'],
    ]);
  });

  it.each(['Action 1 — Action de test', 'Action 1 — Action de la Caf', 'Annexe 2 : équipements et services soutenus', 'Gouvernance'])(
    'without any follow-up, « %s » says « Aucune information reçue. »',
    (title) => {
      expect(texts(section(annual(emptyFollowUp()), title))).toContain('Aucune information reçue.');
    },
  );
});

describe('who has not answered', () => {
  it.each([
    // The Caf's one cell was filled in 2024, none in 2025. A commune is asked 9 cells of fiche 1.1
    // in 2025 (t.sum, t.places ×2, t.part ×2, t.max, t.charte, t.texte, t.late), 8 in 2024 (no
    // t.late): Bévons filled none in 2025, two in 2024.
    // The Caf is also asked the governance (the plan derives it: 5 comités × date and 5 presences,
    // 30 cells a year), which the test returns leave empty: named « Gouvernance », not « 0 ».
    ['2024', 'Caf de test', ['Caf de test', 'Année 2024', 'sans réponse', 'Gouvernance', '30']],
    ['2025', 'Caf de test', ['Caf de test', 'Année 2025', 'sans réponse', '2.1, Gouvernance', '31']],
    ['2025', 'Bévons', ['Bévons', 'Année 2025', 'sans réponse', '1.1', '9']],
    ['2024', 'Bévons', ['Bévons', 'Année 2024', 'partiel', '1.1', '6']],
  ])('in %s, %s: %j', (period, name, expected) => {
    const t = tableIn(section(annual(emptyFollowUp(), period), 'Annexe : qui n’a pas répondu'));
    expect(rowOf(t, name)).toEqual(expected);
  });
});

describe('the evaluation: each series from the first period to the last', () => {
  const doc = evaluation(followUp);
  it.each([
    // 10 → 15 → 21 (8 + 13): +11 over the convention; Bévons missing in 2025, so the scope changed.
    ['Libellé t.sum', ['10', '15', '21'], '+11 (+110\u202f%) de 2023 à 2025\nrépondants différents d’une année à l’autre : à lire avec prudence'],
    ['Libellé t.caf', ['aucune réponse', '40', 'aucune réponse'], '—'],
    ['Libellé t.late', ['non demandé', 'non demandé', 'aucune réponse'], '—'],
  ])('%s: %j, %s', (label, series, change) => {
    const tables = doc.blocks.filter((b): b is Table => b.kind === 'table' && b.columns[0]!.header === 'Indicateur');
    expect(tables.map((t) => rowOf(t, label)).find((r) => r !== undefined)).toEqual([label, ...series, change]);
  });

  it('follows each action period by period', () => {
    const t = tableIn(section(doc, 'Fiche 1.1 — Fiche de test'));
    expect(rowOf(t, 'Action 1 — Action de test')).toEqual(['Action 1 — Action de test', '—', 'en cours', 'réalisée']);
  });

  it('counts the comités held each year', () => {
    const t = tableIn(section(doc, 'Gouvernance'));
    expect(t.rows.map((r) => r.slice(1))).toEqual([['0', '0'], ['1', '0'], ['0', '0']]);
  });
});
