/**
 * Which return is this? From its `_ctg` sheet when there is one (plan, version, respondent, the
 * map of the cells to fill); otherwise from sheet names, indicator codes and the file name, with
 * a warning. Another plan, an older template or a respondent other than the file name's is
 * reported, never guessed away.
 */
import { respondentsOf, type Respondent } from '../collect/respondents';
import { ficheSheetName } from '../collect/sheetName';
import { templateKey, templateOf } from '../collect/templates';
import { isCollected } from '../plan/asked';
import { isAsked } from '../plan/selection';
import type { Grid } from '../workbook/grid';
import type { ExpectedCell, NotCarriedReason } from './expectedCell';
import { baseName, parseReturnFileName, planSlug } from './fileName';
import { finding, type Finding } from './findings';
import { judgeInstant, planEpoch } from './instant';
import { readManifest, type Manifest } from './manifest';
import { isIgnoredSheet, manifestSheetName, readmeSheetName, rowKey } from '../collect/layout';
import type { PlanIndex } from './planIndex';
import type { IdentityDisagreement, ReturnIdentity } from './submission';
import { normaliseHeader } from '../workbook/normaliseHeader';
import { disagreements, readmeRespondentCode } from './witnesses';

export type { ExpectedCell } from './expectedCell';

export type Recognised = {
  identity: ReturnIdentity;
  expected: readonly ExpectedCell[];
  findings: Finding[];
  /** Nothing more can be checked against this plan (another plan, or not a return at all). */
  stop: boolean;
};

/** `now`: the run's instant (ISO), so that a `generated_at` in the future is caught. */
export type RecogniseOptions = { now?: string };

export function recognise(grids: readonly Grid[], index: PlanIndex, fileName: string, options: RecogniseOptions = {}): Recognised {
  const read = readManifest(grids);
  if (read.kind === 'ok') return fromManifest(read.manifest, grids, index, fileName, options);
  const findings = [read.kind === 'absent' ? finding('manifest_missing') : finding('manifest_invalid', { params: { reason: read.reason } })];
  return fallback(grids, index, fileName, findings);
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number(n) || 0);
  const pb = b.split('.').map((n) => Number(n) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * The respondent code a file name gives, when it follows the collection naming: the plan's slug
 * first, or a code the plan knows. « retour_controle.xlsx » names nobody.
 */
function fileNameRespondent(fileName: string, index: PlanIndex): string | undefined {
  const parts = parseReturnFileName(fileName);
  if (parts === undefined) return undefined;
  const ours = parts.plan.toUpperCase() === planSlug(index.plan.id);
  return ours || respondentsOf(index.plan).some((r) => r.code === parts.respondent) ? parts.respondent : undefined;
}

/**
 * The `generated_at` we wrote decides which of a respondent's returns is newest: one we cannot
 * check (not an ISO instant, in the future, before the plan existed) is reported and not used.
 * A warning, not an error: the values themselves may be sound, and the consolidation simply
 * orders the file by its own date and import order instead (src/consolidate/recency.ts); an
 * error would also drop them under « écarter les retours avec erreurs ».
 */
function generatedAtFinding(manifest: Manifest, index: PlanIndex, options: RecogniseOptions): Finding[] {
  const epoch = planEpoch(index.plan);
  const judged = judgeInstant(manifest.generatedAt, { ...(options.now !== undefined ? { now: options.now } : {}), notBefore: epoch });
  if (judged.kind !== 'untrusted') return [];
  return [finding('generated_at_untrusted', { sheet: manifestSheetName, value: judged.text, params: { reason: judged.reason, text: judged.text, now: options.now ?? null, epoch } })];
}

function fromManifest(manifest: Manifest, grids: readonly Grid[], index: PlanIndex, fileName: string, options: RecogniseOptions): Recognised {
  const { plan } = index;
  const findings: Finding[] = generatedAtFinding(manifest, index, options);
  const everyone = respondentsOf(plan);
  const known = everyone.find((r) => r.code === manifest.respondentCode);
  const named = fileNameRespondent(fileName, index);
  const disputed = disagreements(manifest.respondentCode, { fileName: named, readme: readmeRespondentCode(grids), manifestName: manifest.respondentName }, everyone);
  const identity: ReturnIdentity = {
    source: 'manifest',
    planId: manifest.planId,
    planVersion: manifest.planVersion || null,
    respondent:
      manifest.respondentCode === ''
        ? null
        : { code: manifest.respondentCode, name: known?.name ?? manifest.respondentName, kind: known?.kind ?? null },
    periods: manifest.periods,
    generatedAt: manifest.generatedAt || null,
    ...(disputed.length > 0 ? { disagreements: disputed } : {}),
  };
  if (manifest.planId !== plan.id) {
    findings.push(finding('plan_mismatch', { value: manifest.planId, params: { found: manifest.planId, expected: plan.id } }));
    return { identity, expected: [], findings, stop: true };
  }
  if (manifest.planVersion !== plan.version) {
    findings.push(
      finding('template_version', {
        value: manifest.planVersion,
        params: { found: manifest.planVersion, expected: plan.version, older: compareVersions(manifest.planVersion, plan.version) < 0 },
      }),
    );
  }
  if (known === undefined) {
    findings.push(finding('respondent_unknown', { value: manifest.respondentCode, params: { code: manifest.respondentCode, name: manifest.respondentName } }));
  }
  findings.push(...mismatchFindings('manifest', { code: manifest.respondentCode, name: known?.name ?? manifest.respondentName }, disputed, fileName));
  const fromMap = manifest.cells.map((c): ExpectedCell => {
    const info = index.indicators.get(c.code);
    const knownCell =
      info !== undefined && info.members.includes(c.member) && (c.role === 'comment' || (index.periods.has(c.period) && info.indicator.periods.includes(c.period)));
    // Issue 11, point 7: returns of an earlier version are carried by code where the indicator is
    // unchanged — but never to a respondent the plan no longer asks (fiche 3.2 action 1 now goes to
    // the holders of the early-childhood competence), nor under an indicator only shown from another
    // (asked once, in fiche 2.2): consolidating them would count a figure twice, dropping them
    // silently would lose it; each such cell is reported.
    const notCarried: NotCarriedReason | undefined =
      !knownCell || known === undefined || info === undefined
        ? undefined
        : !isCollected(info.indicator)
          ? 'shown_elsewhere'
          : !isAsked(info.indicator.reporters, known)
            ? 'no_longer_asked'
            : undefined;
    return notCarried === undefined ? { ...c, known: knownCell } : { ...c, known: false, notCarried };
  });
  // Same plan version, known respondent: the plan says what the workbook holds; the map must agree.
  if (manifest.planVersion === plan.version && known !== undefined) {
    const periods = manifest.periods.filter((p) => index.periods.has(p));
    const generated = templateCells(index, known, periods.length > 0 ? periods : plan.periods.map((p) => p.id), true);
    const keyOf = (c: ExpectedCell) => [c.sheet, c.cell, c.code, c.period, c.member, c.role].join('\u0000');
    const mapKeys = new Set(fromMap.map(keyOf));
    if (generated.length !== fromMap.length || !generated.every((c) => mapKeys.has(keyOf(c)))) {
      findings.push(finding('manifest_invalid', { params: { reason: 'cell_map_altered' } }));
    }
    return { identity, expected: generated, findings, stop: false };
  }
  return { identity, expected: fromMap, findings, stop: false };
}

/**
 * The values are attributed to `claimed` (read from `from`), but witnesses name another
 * respondent: an error, and the consolidation sets the file apart until the adviser confirms it.
 * One finding per other respondent named, listing its witnesses (`by`: `file_name,readme`), so
 * that a re-labelled workbook gives one message, not three.
 */
function mismatchFindings(from: 'manifest' | 'file_name', claimed: { code: string; name: string }, disputed: readonly IdentityDisagreement[], fileName: string): Finding[] {
  const others = [...new Set(disputed.map((d) => d.code))];
  return others.map((code) => {
    const mine = disputed.filter((d) => d.code === code);
    const by = mine.map((d) => d.by);
    return finding('respondent_mismatch', {
      sheet: by.includes('file_name') ? null : by.includes('readme') ? readmeSheetName : manifestSheetName,
      value: by.includes('file_name') ? baseName(fileName) : null,
      params: { from, by: by.join(','), inFile: claimed.code, inFileName: claimed.name, inName: code, inNameName: mine[0]!.name },
    });
  });
}

/** The cells the collection workbook of this respondent has, as the generator lays them out. */
function templateCells(index: PlanIndex, respondent: Respondent, periods: string[], withAddresses: boolean): readonly ExpectedCell[] {
  // Which cells a template holds depends on the periods and on what selects the respondent
  // (collect/templates.ts): laid out once per key, converted once per key and run.
  const key = `${templateKey(index.plan, respondent, periods)}|${withAddresses}`;
  const cached = index.templates.get(key);
  if (cached !== undefined) return cached;
  const cells = templateOf(index.plan, respondent, periods).inputs.map(
    (c): ExpectedCell => ({
      sheet: c.sheet,
      cell: withAddresses ? c.cell : null,
      code: c.code,
      period: c.period,
      member: c.member,
      role: c.type === 'comment' ? 'comment' : 'value',
      known: true,
    }),
  );
  index.templates.set(key, cells);
  return cells;
}

/** Every string of every sheet (but the ignored ones), trimmed. */
function sheetTexts(grids: readonly Grid[]): Set<string> {
  const texts = new Set<string>();
  for (const grid of grids) {
    if (isIgnoredSheet(grid.name)) continue;
    for (const row of grid.rows) for (const value of row ?? []) if (typeof value === 'string') texts.add(value.trim());
  }
  return texts;
}

function fallback(grids: readonly Grid[], index: PlanIndex, fileName: string, findings: Finding[]): Recognised {
  const { plan } = index;
  const texts = sheetTexts(grids);
  const normalisedTexts = new Set([...texts].map(normaliseHeader));
  const foundCodes = [...index.indicators.entries()]
    .filter(([code, info]) => texts.has(code) || info.members.some((m) => m !== '' && texts.has(rowKey(code, m))))
    .map(([code]) => code);
  const periods = plan.periods.filter((p) => normalisedTexts.has(normaliseHeader(p.label))).map((p) => p.id);
  const periodIds = periods.length > 0 ? periods : plan.periods.map((p) => p.id);
  const named = fileNameRespondent(fileName, index);
  const respondent: Respondent | undefined = named !== undefined ? respondentsOf(plan).find((r) => r.code === named) : undefined;
  const identity: ReturnIdentity = {
    source: 'fallback',
    planId: foundCodes.length > 0 ? plan.id : null,
    planVersion: null,
    respondent: respondent !== undefined ? { code: respondent.code, name: respondent.name, kind: respondent.kind } : null,
    periods: periodIds,
    generatedAt: null,
  };
  const disputed = respondent !== undefined ? disagreements(respondent.code, { readme: readmeRespondentCode(grids) }, respondentsOf(plan)) : [];
  if (disputed.length > 0) identity.disagreements = disputed;
  if (foundCodes.length === 0) {
    findings.push(finding('not_a_return', { params: { plan: plan.id } }));
    return { identity, expected: [], findings, stop: true };
  }
  if (respondent === undefined) {
    findings.push(finding('respondent_unidentified', { value: baseName(fileName), params: { code: named ?? '' } }));
  }
  if (respondent !== undefined) {
    findings.push(...mismatchFindings('file_name', respondent, disputed, fileName));
  }
  const expected =
    respondent !== undefined ? templateCells(index, respondent, periodIds, false) : expectedFromCodes(index, foundCodes, periodIds);
  return { identity, expected, findings, stop: false };
}

/** Without a respondent: the indicators whose codes the sheets show, for the periods they show. */
function expectedFromCodes(index: PlanIndex, codes: string[], periodIds: string[]): ExpectedCell[] {
  const sheetOf = new Map(index.plan.fiches.map((f) => [f.number, ficheSheetName(f)]));
  return codes.flatMap((code) => {
    const info = index.indicators.get(code)!;
    const sheet = sheetOf.get(info.fiche) ?? '';
    return info.members.flatMap((member) => [
      ...periodIds
        .filter((p) => info.indicator.periods.includes(p))
        .map((period): ExpectedCell => ({ sheet, cell: null, code, period, member, role: 'value', known: true })),
      { sheet, cell: null, code, period: '', member, role: 'comment' as const, known: true },
    ]);
  });
}
