// Intake of a file, a folder or a provider production from a path: hash while storing, then record the
// item and its acquisition in one transaction. Re-running an interrupted intake completes it without duplicates.
import type { Actor } from '../actor';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { knownFileTimes, type EvidenceKind } from '../evidence-item';
import { ingestFolder } from './ingest-folder';
import {
  precheck,
  putBlob,
  queueProcessing,
  recordTopItem,
  type IngestProgress,
  type IngestProps,
  type IngestResult,
  type Plan,
} from './intake-records';

export { manifestHash } from './ingest-folder';
export type { AcquisitionInput, IngestProgress, IngestProps, IngestResult } from './intake-records';

export async function ingestPath(
  deps: Deps,
  actor: Actor,
  caseId: string,
  props: IngestProps,
  onProgress: (progress: IngestProgress) => void = () => {},
): Promise<IngestResult> {
  const authorizationId = await precheck(deps, actor, caseId, props);
  const plan: Plan = { deps, actor, caseId, props, authorizationId, startedAt: deps.clock.now().toISOString() };
  const source = await deps.files.stat(props.path).catch(() => {
    throw new TamgaError('INGEST_SOURCE_INVALID', `Cannot read ${props.path}`);
  });
  const name = props.recordAs?.name ?? props.path.split(/[\\/]/).filter(Boolean).pop() ?? props.path;
  const recordedPath = props.recordAs?.originalPath ?? props.path;
  const kind: EvidenceKind = props.production ? 'production' : 'file';
  const times = props.recordAs ? knownFileTimes(props.recordAs.times) : source.times;

  if (source.kind === 'file') {
    const existing = await deps.store.transaction((tx) => tx.evidence.byPath(caseId, null, recordedPath));
    if (existing?.status === 'complete') return { root: existing, files: [existing], alreadyPresent: 1 };
    const digests = await putBlob(
      (path, onBytes) => deps.blobs.putFile(path, onBytes),
      props.path,
      (bytes) => onProgress({ path: props.path, bytesDone: bytes, bytesTotal: source.size, filesDone: 0, filesTotal: 1 }),
    );
    const item = await recordTopItem(plan, { kind, path: recordedPath, name }, digests, times, 'complete');
    await queueProcessing(deps, item);
    onProgress({ path: props.path, bytesDone: source.size, bytesTotal: source.size, filesDone: 1, filesTotal: 1 });
    return { root: item, files: [item], alreadyPresent: 0 };
  }
  if (source.kind !== 'directory') throw new TamgaError('INGEST_SOURCE_INVALID', `${props.path} is neither a file nor a folder`);
  return ingestFolder(plan, name, times, kind === 'production' ? 'production' : 'folder', onProgress);
}
