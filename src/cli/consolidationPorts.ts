/**
 * The Node side of a consolidation: read returns through the guards with Node's zlib, render with
 * ExcelJS plus charts, write atomically. Shared by `ctg consolidate` and the demo. Loaded lazily
 * by its callers, so `ctg plan` never pays for ExcelJS.
 */
import type { ConsolidatePorts } from '../app/consolidate';
import { renderWorkbook } from '../xlsx/charts';
import { nodeInflate } from '../xlsx/inflateNode';
import { readGrids } from '../xlsx/readGrids';
import { writeAtomically } from './files';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import type { Output } from './output';
import { terminalProgress } from './progress';

export function nodeConsolidationPorts(target: string, progressVerb: string, output: Output, fs: FileSystem = nodeFileSystem): ConsolidatePorts {
  return {
    readGrids: (bytes, reach) => readGrids(bytes, { inflate: nodeInflate, reach }),
    render: renderWorkbook,
    write: async (bytes) => {
      await writeAtomically(target, bytes, fs);
      return target;
    },
    progress: terminalProgress(progressVerb, output),
  };
}
