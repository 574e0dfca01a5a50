/**
 * The Node side of the use cases' .xlsx ports: returns read through the guards with Node's zlib,
 * workbooks rendered with ExcelJS (plus charts for the consolidation, zipped with Node's zlib) and
 * written atomically.
 * Loaded lazily by the commands, so `ctg plan` never pays for ExcelJS.
 */
import type { CampaignReader } from '../app/campaign';
import type { ReturnReader } from '../app/returnSource';
import { fileSink, type WorkbookSink, type WrittenFile } from '../app/workbookSink';
import { renderWorkbook } from '../xlsx/charts';
import { nodeDeflate } from '../xlsx/deflateNode';
import { readConsolidationGrids } from '../xlsx/consolidationGrids';
import { nodeInflate } from '../xlsx/inflateNode';
import { ownOutputKind } from '../xlsx/ownOutput';
import { readGrids } from '../xlsx/readGrids';
import { renderSpec } from '../xlsx/renderSpec';
import { folderWriter, writeAtomically } from './files';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { defaultReadCaps } from './inputs';

export const nodeReturnReader: ReturnReader = {
  readGrids: (bytes, reach) => readGrids(bytes, { inflate: nodeInflate, reach }),
  maxBytes: defaultReadCaps.maxBytes,
};

/** Collection workbooks, each under its own name in `dir` (no charts in those). */
/** A consolidation of ours given among the inputs (its document properties say so), read through the guards. */
export const nodeCampaignReader: CampaignReader = {
  isConsolidation: async (bytes) => (await ownOutputKind(bytes, nodeInflate)) === 'consolidation',
  readGrids: (bytes) => readConsolidationGrids(bytes, nodeInflate),
};

export function folderSink(dir: string, fs: FileSystem = nodeFileSystem): WorkbookSink<WrittenFile> {
  return fileSink(renderSpec, folderWriter(dir, fs));
}

/** The consolidation workbook, with its native charts, at `target` whatever its default name. */
export function consolidationSink(target: string, fs: FileSystem = nodeFileSystem): WorkbookSink<WrittenFile> {
  return fileSink((spec) => renderWorkbook(spec, nodeDeflate), async (_name, bytes) => {
    await writeAtomically(target, bytes, fs);
    return target;
  });
}
