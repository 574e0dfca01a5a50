/**
 * The fake Excel application and its request contexts. Like Office.js:
 * - every property set and method call is queued, and applied in order at `sync()`;
 * - a loaded property is readable only after the sync that loaded it; reading one that was neither
 *   loaded nor set throws PropertyNotLoaded;
 * - the first failing call rejects the sync; calls before it stay applied, later ones are dropped,
 *   and nothing loaded in that sync is delivered;
 * - a call from an API set above the host's version fails at sync with ApiNotFound;
 * - a request or a response above 5 MB fails (Excel on the web), nothing of that request applied;
 * - in cell edit mode every sync fails with InvalidOperationInCellEditMode;
 * - a context is only usable inside its `run`.
 * Each sync is recorded with the bytes of its request (each object path counted once, plus every
 * call's name and JSON arguments) and of its response (the JSON of what was loaded).
 */
import { compareVersions } from '../../../src/excel/features';
import { excelWebPayloadLimit, jsonBytes } from '../../../src/excel/payload';
import type { ExcelContext, WorkbookApi } from '../../../src/excel/api';
import type { ExcelHost } from '../../../src/excel/host';
import { fail, FakeOfficeError } from './errors';
import { newWorkbook, type WorkbookState } from './state';
import { FakeWorkbook } from './workbook';

export type SyncStat = { run: number; index: number; requestBytes: number; responseBytes: number; calls: number; error?: string };

export type Call = { path: string; name: string; args: unknown[]; minVersion: string; apply: () => void | Promise<void> };

export type FakeOptions = {
  version?: string;
  workbook?: WorkbookState;
  createWorkbook?: boolean;
  /** Largest request or response (Excel on the web: 5 MB); Infinity for a host without a limit. */
  payloadLimit?: number;
};

/**
 * Sizes of the request envelope, close to what Office.js sends: one JSON record per call
 * (`{"Id":12,"ActionType":4,"Name":"Values","ObjectPathId":11,"ArgumentInfo":{…}}`) and one per
 * object path the batch uses (`{"Id":11,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":10,…}`),
 * each path counted once per batch, segment by segment.
 */
const callRecordBytes = 85;
const pathRecordBytes = 130;

/** « a.b("x.y").c » → [« a », « a.b("x.y") », « a.b("x.y").c »]: a dot inside quotes does not split. */
function pathPrefixes(path: string): string[] {
  const prefixes: string[] = [];
  let inString = false;
  for (let i = 0; i < path.length; i++) {
    const char = path[i];
    if (char === '"' && path[i - 1] !== '\\') inString = !inString;
    else if (char === '.' && !inString) prefixes.push(path.slice(0, i));
  }
  prefixes.push(path);
  return prefixes;
}

export class FakeExcel {
  readonly state: WorkbookState;
  readonly syncs: SyncStat[] = [];
  readonly version: string;
  cellEditMode = false;
  /** Office.js error codes the next syncs fail with, in order (nothing applied). */
  readonly faults: string[] = [];
  /** Office.js error codes given syncs fail with (by index in `syncs`), nothing applied. */
  readonly faultsAt = new Map<number, string>();
  /** Codes of errors to raise at a given call (by the call's name), once each. */
  readonly callFaults: Array<{ name: string; code: string }> = [];
  readonly createWorkbookSupported: boolean;
  readonly payloadLimit: number;
  runs = 0;

  constructor(options: FakeOptions = {}) {
    this.state = options.workbook ?? newWorkbook();
    this.version = options.version ?? '1.18';
    this.createWorkbookSupported = options.createWorkbook ?? true;
    this.payloadLimit = options.payloadLimit ?? excelWebPayloadLimit;
  }

  private readonly supported = new Map<string, boolean>();
  /** Is an API set version available on this host (cached: called for every queued call). */
  supports(minVersion: string): boolean {
    let answer = this.supported.get(minVersion);
    if (answer === undefined) {
      answer = compareVersions(minVersion, this.version) <= 0;
      this.supported.set(minVersion, answer);
    }
    return answer;
  }

  get requirements() {
    return { isSetSupported: (name: string, minVersion?: string) => name === 'ExcelApi' && typeof minVersion === 'string' && compareVersions(minVersion, this.version) <= 0 };
  }

  /** An `ExcelHost` whose `run` hands out a fresh fake context, closed when the batch ends. */
  host(): ExcelHost {
    return {
      run: async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
        const context = this.newContext();
        try {
          return await batch(context);
        } finally {
          context.close();
        }
      },
      requirements: this.requirements,
      ...(this.createWorkbookSupported
        ? {
            createWorkbook: async (base64: string) => {
              if (this.cellEditMode) fail('InvalidOperationInCellEditMode', 'Excel est en mode édition de cellule.');
              if (base64.length > this.payloadLimit) fail('RequestPayloadSizeLimitExceeded', 'Requête trop volumineuse.');
              this.state.createdWorkbooks.push(base64);
            },
          }
        : {}),
    };
  }

  newContext(): FakeContext {
    this.runs++;
    return new FakeContext(this, this.runs);
  }

  /** Syncs of all runs so far, then forgets them. */
  takeSyncs(): SyncStat[] {
    return this.syncs.splice(0, this.syncs.length);
  }
}

export class FakeContext implements ExcelContext {
  private queue: Call[] = [];
  private paths = new Set<string>();
  private requestBytes = 0;
  private staged: Array<{ bytes: number; commit: () => void }> = [];
  private open = true;
  readonly workbook: WorkbookApi;

  constructor(
    readonly excel: FakeExcel,
    readonly run: number,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  get state(): WorkbookState {
    return this.excel.state;
  }

  close(): void {
    this.open = false;
  }

  enqueue(call: Call): void {
    if (!this.open) fail('InvalidRequestContext', 'Ce contexte de requête n’est plus valide (Excel.run est terminé).');
    let parent = '';
    for (const prefix of pathPrefixes(call.path)) {
      if (!this.paths.has(prefix)) {
        this.paths.add(prefix);
        this.requestBytes += pathRecordBytes + jsonBytes(prefix.slice(parent.length));
      }
      parent = prefix;
    }
    this.requestBytes += callRecordBytes + jsonBytes(call.name) + jsonBytes(call.args);
    this.queue.push(call);
  }

  /** Called while applying a load: the value is delivered only if the whole sync succeeds. */
  stageLoad(value: unknown, commit: () => void): void {
    this.staged.push({ bytes: jsonBytes(value ?? null) + 16, commit });
  }

  async sync(): Promise<void> {
    if (!this.open) fail('InvalidRequestContext', 'Ce contexte de requête n’est plus valide (Excel.run est terminé).');
    const calls = this.queue;
    const stat: SyncStat = { run: this.run, index: this.excel.syncs.length, requestBytes: this.requestBytes, responseBytes: 0, calls: calls.length };
    this.queue = [];
    this.paths = new Set();
    this.requestBytes = 0;
    this.staged = [];
    this.excel.syncs.push(stat);
    try {
      if (this.excel.cellEditMode) fail('InvalidOperationInCellEditMode', 'Excel est en mode édition de cellule : la requête est refusée.');
      const fault = this.excel.faultsAt.get(stat.index) ?? this.excel.faults.shift();
      if (fault !== undefined) fail(fault, `Erreur simulée : ${fault}.`);
      if (stat.requestBytes > this.excel.payloadLimit) fail('RequestPayloadSizeLimitExceeded', `Requête de ${stat.requestBytes} octets : au-delà de la limite.`);
      for (const call of calls) {
        if (!this.excel.supports(call.minVersion)) {
          fail('ApiNotFound', `${call.name} demande ExcelApi ${call.minVersion} (hôte : ${this.excel.version}).`, call.path);
        }
        const faultIndex = this.excel.callFaults.findIndex((f) => f.name === call.name);
        if (faultIndex >= 0) {
          const [fault] = this.excel.callFaults.splice(faultIndex, 1);
          fail(fault!.code, `Erreur simulée sur ${call.name}.`, call.path);
        }
        try {
          await call.apply();
        } catch (error) {
          if (error instanceof FakeOfficeError && error.debugInfo.errorLocation === undefined) error.debugInfo.errorLocation = `${call.path}.${call.name}`;
          throw error;
        }
      }
      stat.responseBytes = this.staged.reduce((n, s) => n + s.bytes, 0);
      if (stat.responseBytes > this.excel.payloadLimit) fail('ResponsePayloadSizeLimitExceeded', `Réponse de ${stat.responseBytes} octets : au-delà de la limite.`);
      for (const staged of this.staged) staged.commit();
    } catch (error) {
      stat.error = (error as { code?: string }).code ?? String(error);
      throw error;
    } finally {
      this.staged = [];
    }
  }
}
