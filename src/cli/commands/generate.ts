/**
 * `ctg generate [--plan FILE] [--respondents all|signataires|partenaires|CODES] [--period YEARS]
 *   [--deadline DATE] [--contact TEXT] [--password TEXT] --out DIR [--force] [--json]`. A file already
 * at a workbook's name is never replaced silently: it may be a return already filled in. With
 * --force, collection workbooks of ours are replaced; any other file, never.
 */
import { join } from 'node:path';
import { collectionFileName } from '../../app/fileNames';
import { generateCollection } from '../../app/generate';
import { selectRespondents, type RespondentSelection } from '../../collect';
import type { Plan } from '../../plan';
import { parseArgs } from '../args';
import { ensureWritableFolder, folderWriter } from '../files';
import { nodeFileSystem, type FileSystem } from '../fileSystem';
import { inspectTarget, judgeTarget } from '../outputTarget';
import type { ExitCode, Output } from '../output';
import { terminalProgress } from '../progress';
import { resolvePlan } from '../resolvePlan';

export const generateUsage =
  'ctg generate [--plan FICHIER] [--respondents all|signataires|partenaires|CODES] [--period ANNÉES] [--deadline JJ/MM/AAAA] [--contact TEXTE] [--password MOT] --out DOSSIER [--json]';

/**
 * « all », « signataires », or a list of codes: INSEE codes, party codes (« ifac »), « caf » and
 * « epci » for the party of that kind (nobody has to remember a SIREN), « partenaires » for every
 * partner — « partenaires,epci » is a list like any other.
 */
export function parseSelection(text: string | undefined, plan: Plan): RespondentSelection {
  if (text === undefined || text === 'all' || text === 'tous') return { kind: 'all' };
  if (text === 'signataires' || text === 'signatories') return { kind: 'signatories' };
  const codes = text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .flatMap((code) => {
      if (code === 'partenaires' || code === 'partners') return plan.parties.filter((p) => p.kind === 'partner').map((p) => p.code);
      if (code === 'caf' || code === 'epci') return [plan.parties.find((p) => p.kind === code)?.code ?? code];
      return [code];
    });
  return { kind: 'codes', codes };
}

/** What `--respondents` accepts, with the partners of the plan in use by their codes. */
export function unknownRespondentsMessage(unknown: readonly string[], plan: Plan): string {
  const partners = plan.parties.filter((p) => p.kind === 'partner').map((p) => `« ${p.code} » (${p.name})`);
  return (
    `Répondant(s) inconnu(s) : ${unknown.join(', ')}. Donnez des codes INSEE de communes du territoire, « caf », « epci », ` +
    (partners.length > 0 ? `des codes de partenaires — ${partners.join(', ')} — ou « partenaires » pour tous, ` : '') +
    '« signataires » ou « all ».'
  );
}

/** For `--help`: the codes `--respondents` takes, the embedded plan's partners included. */
export function respondentsHelp(plan: Plan): string {
  const partners = plan.parties.filter((p) => p.kind === 'partner').map((p) => `${p.code} (${p.name})`);
  return [
    'Répondants (--respondents) : all | signataires | une liste séparée par des virgules de codes INSEE,',
    '  « caf », « epci », « partenaires » (tous les partenaires) ou codes de partenaires :',
    `  ${partners.join(', ')}.`,
  ].join('\n');
}

/** « 2024 », « 2023,2025 » or « 2023-2025 » → period ids; undefined with the reason when unknown. */
export function parsePeriods(text: string, plan: Plan): { ok: true; periods: string[] } | { ok: false; unknown: string[] } {
  const known = plan.periods.map((p) => p.id);
  const wanted = text.split(',').flatMap((part) => {
    const range = /^(\d{4})-(\d{4})$/.exec(part.trim());
    if (!range) return [part.trim()];
    return known.filter((id) => id >= (range[1] as string) && id <= (range[2] as string));
  });
  const unknown = wanted.filter((id) => !known.includes(id));
  return unknown.length > 0 || wanted.length === 0 ? { ok: false, unknown: unknown.length > 0 ? unknown : [text] } : { ok: true, periods: wanted };
}

/** « 30/06/2025 » or « 2025-06-30 » → ISO date, checked to be a real day. */
export function parseDeadline(text: string): string | undefined {
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const iso = french ? `${french[3]}-${french[2]}-${french[1]}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

export async function generateCommand(argv: readonly string[], output: Output, fs: FileSystem = nodeFileSystem): Promise<ExitCode> {
  const args = parseArgs(argv, {
    plan: { kind: 'value', placeholder: 'FICHIER' },
    respondents: { kind: 'value', placeholder: 'all|signataires|partenaires|CODES' },
    period: { kind: 'value', placeholder: 'ANNÉES' },
    deadline: { kind: 'value', placeholder: 'JJ/MM/AAAA' },
    contact: { kind: 'value', placeholder: 'TEXTE' },
    password: { kind: 'value', placeholder: 'MOT' },
    out: { kind: 'value', placeholder: 'DOSSIER' },
    json: { kind: 'flag' },
    force: { kind: 'flag' },
  });
  const outDir = args.values.get('out');
  if (outDir === undefined) {
    output.err(`Indiquez le dossier où écrire les classeurs : --out DOSSIER.\nUsage : ${generateUsage}`);
    return 2;
  }
  const choice = await resolvePlan(args.values.get('plan'), output, fs);
  if (!choice.ok) return 2;
  const plan = choice.plan;
  const selection = selectRespondents(plan, parseSelection(args.values.get('respondents'), plan));
  if (!selection.ok) {
    output.err(unknownRespondentsMessage(selection.unknown, plan));
    return 2;
  }
  let periods: string[] | undefined;
  const periodText = args.values.get('period');
  if (periodText !== undefined) {
    const parsed = parsePeriods(periodText, plan);
    if (!parsed.ok) {
      output.err(`Période(s) inconnue(s) : ${parsed.unknown.join(', ')}. Périodes du plan : ${plan.periods.map((p) => p.id).join(', ')}.`);
      return 2;
    }
    periods = parsed.periods;
  }
  const deadlineText = args.values.get('deadline');
  const deadline = deadlineText !== undefined ? parseDeadline(deadlineText) : undefined;
  if (deadlineText !== undefined && deadline === undefined) {
    output.err(`Date limite illisible : « ${deadlineText} ». Écrivez-la JJ/MM/AAAA, par exemple 30/06/2025.`);
    return 2;
  }
  const folder = await ensureWritableFolder(outDir, fs);
  if (!folder.ok) {
    output.err(`Impossible d’écrire dans le dossier « ${outDir} » (${folder.reason}). Choisissez un dossier accessible en écriture.`);
    return 2;
  }
  // Every name checked before the first workbook is written: all the problems at once, or none written.
  const taken: string[] = [];
  for (const respondent of selection.respondents) {
    const path = join(outDir, collectionFileName(plan, respondent));
    const verdict = judgeTarget(path, await inspectTarget(fs, path), 'collection', new Map(), args.flags.has('force'));
    if (!verdict.ok) taken.push(verdict.message);
  }
  if (taken.length > 0) {
    for (const message of taken) output.err(message);
    return 2;
  }
  const { renderSpec } = await import('../../xlsx/renderSpec');
  const contact = args.values.get('contact');
  const password = args.values.get('password');
  const files = await generateCollection(
    plan,
    selection.respondents,
    {
      now: new Date().toISOString(),
      ...(periods !== undefined ? { periods } : {}),
      ...(deadline !== undefined ? { deadline } : {}),
      ...(contact !== undefined ? { contact } : {}),
      ...(password !== undefined ? { password } : {}),
    },
    { render: renderSpec, write: folderWriter(outDir, fs), progress: terminalProgress('Génération', output) },
  );
  if (args.flags.has('json')) {
    output.out(JSON.stringify(files, null, 2));
    return 0;
  }
  output.out(`${files.length} ${files.length > 1 ? 'classeurs de recueil écrits' : 'classeur de recueil écrit'} dans ${outDir} :`);
  for (const f of files) output.out(`  ${f.file}  (${f.sheets} onglets, ${f.inputCells} cellules à remplir)`);
  return 0;
}
