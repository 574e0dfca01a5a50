/**
 * Real files for the file-effects tests, made with the project's own code: collection workbooks
 * filled in as a commune would (test/returns/support), hostile files built byte by byte
 * (test/xlsx/zip), and a download recorder standing in for the browser.
 */
import { deflateRawSync } from 'node:zlib';
import { fileEffects, type FileEffectsOptions } from '../../../src/taskpane/effects/fileEffects';
import { memoryStorage } from '../../../src/taskpane/effects/localPreferences';
import type { PaneEffects, PickedFile } from '../../../src/taskpane/effects/types';
import { alter, filledReturn, inputOf } from '../../returns/support';
import { buildZip, minimalXlsxParts } from '../../xlsx/zip';

export const MB = 1024 * 1024;
export const now = '2026-11-29T10:00:00.000Z';

export type Downloaded = { name: string; bytes: Uint8Array; mime: string };

/** The effects under test, with downloads recorded instead of handed to a browser. */
export function recordingEffects(options: FileEffectsOptions = {}): { effects: PaneEffects; downloads: Downloaded[]; download: jest.Mock } {
  const downloads: Downloaded[] = [];
  const download = jest.fn((name: string, bytes: Uint8Array, mime: string) => void downloads.push({ name, bytes, mime }));
  const effects = fileEffects({ download, now: () => now, storage: memoryStorage(), ...options });
  return { effects, downloads, download };
}

/** A file as the browser hands it over; `arrayBuffer` is a spy, to see whether it was read. */
export function picked(name: string, bytes: Uint8Array, lastModified?: number): PickedFile & { arrayBuffer: jest.Mock } {
  return {
    name,
    size: bytes.length,
    ...(lastModified !== undefined ? { lastModified } : {}),
    arrayBuffer: jest.fn(async () => bytes.slice().buffer),
  };
}

/** A file said to be `size` bytes, that must never be read (reading it fails the test). */
export function hugeFile(name: string, size: number): PickedFile & { arrayBuffer: jest.Mock } {
  return { name, size, lastModified: Date.UTC(2026, 0, 5), arrayBuffer: jest.fn(async () => Promise.reject(new Error('a file above the cap was read'))) };
}

/** Random bytes named like a workbook. */
export function randomBytes(size: number, seed = 7): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A zip bomb: its worksheet entry declares 3.9 GB inflated, from ~1 KB of deflated zeros. */
export function zipBomb(): Uint8Array {
  const zeros = new Uint8Array(MB);
  return buildZip([
    ...minimalXlsxParts().filter((p) => p.name !== 'xl/worksheets/sheet1.xml'),
    { name: 'xl/worksheets/sheet1.xml', compressed: deflateRawSync(zeros), data: zeros, declaredSize: 0xf0000000 },
  ]);
}

/** The EPCI's anomaly: a negative count where a number of meetings is asked. */
export const anomaly = { code: '3.2.a1.reunions_collectives', period: '2024', value: -4, finding: 'negative_count' } as const;

/**
 * The files an adviser picks, in this order: Digne's clean return, the EPCI's return with one
 * planted anomaly, random bytes, a zip bomb, and a file above the size cap (never to be read).
 */
export async function pickedReturns() {
  const clean = await filledReturn('04070');
  const flawed = await filledReturn('epci');
  const flawedBytes = await alter(flawed, (_workbook, at) => void (at(anomaly.code, anomaly.period).value = anomaly.value));
  const files = [
    picked(clean.fileName, clean.bytes, Date.UTC(2026, 0, 12, 9, 30)),
    picked(flawed.fileName, flawedBytes, Date.UTC(2026, 0, 20, 16, 5)),
    picked('retour-abime.xlsx', randomBytes(4096)),
    picked('bombe.xlsx', zipBomb()),
    hugeFile('enorme.xlsx', 21 * MB),
  ];
  return { clean, flawed, anomalyCell: inputOf(flawed, anomaly.code, anomaly.period), files };
}
