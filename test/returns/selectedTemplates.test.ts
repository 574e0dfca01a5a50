/**
 * Returns of respondents asked different indicators, validated in one run: each is checked
 * against its own workbook's cells. Two communes no longer share a template — Les Mées holds its
 * early-childhood competence and is in a PIG/OPAH perimeter, Archail neither — so a template
 * shared by kind would drop Les Mées's fiche 3.2 and 6.1 answers, or call its cell map altered.
 */
import { checkFiles } from '../support/checkFiles';
import type { ReturnResult } from '../../src/returns';
import { readGrids } from '../../src/xlsx';
import { filledReturn, plan } from './support';

const order = ['04009', '04116', '04149', 'ifac', '04070'] as const; // Archail first: its template would be cached first
let results: Map<string, ReturnResult>;

beforeAll(async () => {
  const files = await Promise.all(order.map((code) => filledReturn(code)));
  const validated = (await checkFiles(plan, files, (bytes) => readGrids(bytes))).map((c) => c.result);
  results = new Map(validated.map((r, i) => [order[i]!, r]));
}, 120_000);

const valuesOf = (code: string, prefix: string) =>
  results.get(code)!.submission!.entries.filter((e) => e.code.startsWith(prefix) && e.state === 'value').length;

it.each(order)('%s: its filled return passes, with no finding', (code) => {
  expect(results.get(code)!.findings).toEqual([]);
  expect(results.get(code)!.status).toBe('ok');
});

it.each<[string, string, boolean]>([
  ['04116', '3.2.a1.', true],
  ['04116', '6.1.reunions_partenariales', true],
  ['04149', '3.2.a1.', true],
  ['04149', '6.1.reunions_partenariales', false],
  ['04009', '3.2.a1.', false],
  ['04070', '6.1.reunions_partenariales', true],
  ['ifac', '3.1.a1.jours_arret_travail', true],
])('%s: values of %s read: %s', (code, prefix, read) => {
  expect(valuesOf(code, prefix) > 0).toBe(read);
});
