/**
 * Issue 11, point 7: « Returns already sent stay usable ». Communes were filling workbooks generated
 * from plan 1.0.0 (test/fixtures/plan-1.0.0/, written by main before the plan was remodelled). Under
 * the current plan they are still validated and consolidated: values are carried by indicator code
 * where the indicator is unchanged and still asked of that respondent, and every value that cannot
 * be carried is reported at its cell — never silently dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidateFiles } from '../../src/app/consolidate';
import { validateReturn } from '../../src/app/validate';
import { defaultPlan } from '../../src/plan';
import { readManifest } from '../../src/returns/manifest';
import type { ReturnResult } from '../../src/returns/result';
import { readGrids } from '../../src/xlsx';
import { readWithin } from '../support/readWithin';

const folder = join(__dirname, '../fixtures/plan-1.0.0/returns');
const names = readdirSync(folder).filter((n) => n.endsWith('.xlsx')).sort();
const plan = defaultPlan();
const now = '2026-12-05T10:00:00.000Z';

type Checked = { name: string; result: ReturnResult; filled: Array<{ sheet: string; cell: string; code: string; period: string; member: string; role: string }> };

const checked = new Map<string, Checked>();

beforeAll(async () => {
  for (const name of names) {
    const bytes = new Uint8Array(readFileSync(join(folder, name)));
    const result = await validateReturn(plan, { fileName: name, bytes }, { readGrids: readWithin }, { now, asOf: '2026-02-01' });
    // What the commune filled in, by the template it was given: the 1.0.0 `_ctg` cell map.
    const grids = await readGrids(bytes);
    const manifest = readManifest(grids);
    if (manifest.kind !== 'ok') throw new Error(`${name}: no _ctg`);
    const filled = manifest.manifest.cells.filter((c) => {
      const grid = grids.find((g) => g.name === c.sheet);
      const match = /^([A-Z]+)(\d+)$/.exec(c.cell)!;
      const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const value = grid?.rows[Number(match[2]) - 1]?.[column];
      return value !== null && value !== undefined && value !== '';
    });
    checked.set(name, { name, result, filled });
  }
});

const fileOf = (code: string) => names.find((n) => n.includes(`_${code}_`))!;

describe('returns of plan 1.0.0 under the current plan', () => {
  it('the fixtures are of version 1.0.0 and the current plan is newer', () => {
    expect(plan.version).not.toBe('1.0.0');
    for (const { result } of checked.values()) {
      expect(result.status).not.toBe('refused');
      expect(result.findings.filter((f) => f.code === 'template_version').map((f) => f.params.found)).toEqual(['1.0.0']);
    }
  });

  it.each(names)('%s: every filled cell is carried (an entry with its value) or reported at its cell — none silently dropped', (name) => {
    const { result, filled } = checked.get(name)!;
    const entries = new Map(result.submission!.entries.map((e) => [`${e.where?.sheet}!${e.where?.cell}`, e]));
    const comments = new Set(result.submission!.comments.map((c) => `${c.where.sheet}!${c.where.cell}`));
    const reported = new Set(result.findings.filter((f) => f.cell !== null).map((f) => `${f.sheet}!${f.cell}`));
    expect(filled.length).toBeGreaterThan(10);
    const lost = filled.filter((c) => {
      const at = `${c.sheet}!${c.cell}`;
      const entry = entries.get(at);
      const carried = c.role === 'comment' ? comments.has(at) : entry !== undefined && entry.state !== 'empty' && entry.code === c.code;
      return !carried && !reported.has(at);
    });
    expect(lost).toEqual([]);
  });

  it.each([
    // « hors communes de Château-Arnoux-Saint-Auban, Les Mées et Peyruis »: Château-Arnoux keeps the
    // competence, so its fiche 3.2 action 1 figures are carried…
    ['04049', '3.2.a1.projets', 'carried'],
    ['04049', '3.1.a1.jours_arret_travail', 'carried'],
    // … Malijai's are not (the EPCI holds them now), and each is said at its cell.
    ['04108', '3.2.a1.projets', 'value_not_carried'],
    // Asked once, in fiche 2.2, shown in 2.1: the Caf's 2.1 cells are not counted a second time.
    ['caf04', '2.1.a1.accompagnements_sociaux', 'value_not_carried'],
    ['caf04', '2.2.a2.accompagnements_sociaux', 'carried'],
    // « impayés ou mal logement »: the old breakdown summed two overlapping counts; it has no code now.
    ['caf04', '6.1.allocataires_impayes_mal_logement', 'code_unknown'],
    // Cost sharing in percentages became amounts per funder: the old shares are reported, never read as €.
    ['200067437', '3.2.a1.repartition_cout', 'code_unknown'],
  ] as const)('%s, %s: %s', (respondent, code, expected) => {
    const { result, filled } = checked.get(fileOf(respondent))!;
    const cells = filled.filter((c) => c.code === code && c.role === 'value');
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      const entry = result.submission!.entries.find((e) => e.where?.sheet === c.sheet && e.where.cell === c.cell);
      const findings = result.findings.filter((f) => f.sheet === c.sheet && f.cell === c.cell).map((f) => f.code);
      if (expected === 'carried') expect(entry).toMatchObject({ code, period: c.period, member: c.member });
      else {
        expect(entry).toBeUndefined();
        expect(findings).toContain(expected);
      }
    }
  });

  it('consolidated: carried values reach the territory figures, values not carried never do', async () => {
    const files = names.map((name) => ({ fileName: name, fileDate: null, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
    const run = await consolidateFiles(plan, files, { readGrids: readWithin, render: async () => new Uint8Array(), write: async () => 'memory' }, { now, validate: { now, asOf: '2026-02-01' } });
    const { consolidation } = run;
    const cellOf = (code: string, period: string, member: string) => consolidation.indicators.find((i) => i.code === code)!.cells.find((c) => c.period === period && c.member === member)!;
    // Château-Arnoux's 2024 projects (carried) are among the values of the territory figure; Malijai's are not.
    const projects = cellOf('3.2.a1.projets', '2024', 'eaje');
    expect(projects.values.map((v) => v.respondent)).toContain('04049');
    expect(projects.values.map((v) => v.respondent)).not.toContain('04108');
    const chateau = checked.get(fileOf('04049'))!.result.submission!.entries.find((e) => e.code === '3.2.a1.projets' && e.period === '2024' && e.member === 'eaje')!;
    expect(projects.values.find((v) => v.respondent === '04049')?.value).toBe(chateau.value);
  });
});
