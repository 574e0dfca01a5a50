/**
 * Who else a return says it comes from. The `_ctg` sheet names the respondent, but it is only
 * text: a workbook copied from another commune and re-labelled, or a file sent under another
 * commune's name, must not slip in as someone's figures. Three parts of the file can witness
 * against it: the file name (`CTG-…_04070_Digne-les-Bains.xlsx`), the « Lisez-moi » sheet
 * (« Répondant : Digne-les-Bains (code 04070) », src/collect/readmeSheet.ts) and the
 * `respondent_name` written beside the code in `_ctg`. Each witness that names ANOTHER respondent
 * of the plan is a disagreement; a witness that names nobody (« retour.xlsx », a read-me deleted
 * or reworded) is neutral — silence is not a contradiction.
 */
import type { Respondent } from '../collect/respondents';
import { readmeSheetName } from '../collect/layout';
import type { Grid } from '../workbook/grid';
import type { IdentityDisagreement } from './submission';
import { normaliseHeader } from '../workbook/normaliseHeader';

/** « Répondant » → `Digne-les-Bains (code 04070)`: the code, when the line is as generated. */
export function readmeRespondentCode(grids: readonly Grid[]): string | undefined {
  const readme = grids.find((g) => normaliseHeader(g.name) === normaliseHeader(readmeSheetName));
  if (readme === undefined) return undefined;
  // The read-me is short (≈ 30 rows): look at its first rows only, whatever size the file claims.
  for (const row of readme.rows.slice(0, 40)) {
    if (normaliseHeader(String(row?.[0] ?? '')) !== 'repondant') continue;
    const match = /\(code\s+([^()\s]+)\)\s*$/.exec(String(row?.[1] ?? '').trim());
    return match?.[1];
  }
  return undefined;
}

const sameName = (a: string, b: string) => normaliseHeader(a) === normaliseHeader(b);

/** The respondent a name designates, when exactly one respondent of the plan bears it. */
function respondentNamed(name: string, respondents: readonly Respondent[]): Respondent | undefined {
  const matches = respondents.filter((r) => sameName(r.name, name));
  return matches.length === 1 ? matches[0] : undefined;
}

export type Witnesses = {
  /** Respondent code the file name gives (already checked to follow our naming), if any. */
  fileName?: string;
  /** Respondent code the « Lisez-moi » sheet gives, if any. */
  readme?: string;
  /** `respondent_name` of `_ctg`, if any. */
  manifestName?: string;
};

/** Every witness naming a respondent other than `claimed`; empty when all agree or stay silent. */
export function disagreements(claimed: string, witnesses: Witnesses, respondents: readonly Respondent[]): IdentityDisagreement[] {
  const byCode = new Map(respondents.map((r) => [r.code, r]));
  const out: IdentityDisagreement[] = [];
  const against = (by: IdentityDisagreement['by'], code: string | undefined) => {
    if (code === undefined || code === '' || code === claimed) return;
    out.push({ by, code, name: byCode.get(code)?.name ?? '' });
  };
  against('file_name', witnesses.fileName);
  against('readme', witnesses.readme);
  const mine = byCode.get(claimed);
  if (witnesses.manifestName !== undefined && witnesses.manifestName.trim() !== '' && (mine === undefined || !sameName(mine.name, witnesses.manifestName))) {
    against('manifest_name', respondentNamed(witnesses.manifestName, respondents)?.code);
  }
  return out;
}
