// The files chosen for upload and their way to the server: each goes over tus (resuming an earlier upload of
// the same file), is paused or resumed on request, and is then recorded as an exhibit with its acquisition.
import { useEffect, useRef, useState } from 'react';
import { Upload as TusUpload } from 'tus-js-client';
import { ApiError, type RouteInput, type Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { useSession } from '../../session';
import { csrfToken } from './csrf-token';
import { sentFileTimes } from './sent-file-times';
import { type Job } from './job';
import { HASH_LIMIT, sha256Hex } from './sha256-hex';
import { tusError } from './tus-error';

const UPLOADS = '/api/uploads';
const CHUNK = 8 * 1024 * 1024;

/** Thrown into a file's upload when the user pauses it, so the queue moves on to the next file. */
class Paused extends Error {}

type Acquisition = NonNullable<RouteInput<Routes['completeUpload']>['body']['acquisition']>;

/** What is recorded with each file besides its bytes: the acquisition the examiner states, and the exhibit number,
 * authorization and production flag chosen on the form. */
interface Recording {
  acquisition: () => Acquisition;
  exhibitNumber: string;
  authorizationId: string;
  production: boolean;
}

export function useUploads(caseId: string, { acquisition, exhibitNumber, authorizationId, production }: Recording) {
  const { user } = useSession();
  const [jobs, setJobs] = useState<Job[]>([]);
  const uploads = useRef(new Map<string, TusUpload>());
  const pauses = useRef(new Map<string, () => void>());
  const token = useRef<string | null>(null);

  const update = (key: string, change: Partial<Job>) => setJobs((all) => all.map((j) => (j.key === key ? { ...j, ...change } : j)));

  const active = jobs.some((j) => j.status === 'hashing' || j.status === 'uploading' || j.status === 'recording');
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
  // Leaving the screen pauses what is on its way; coming back with the same files resumes it.
  useEffect(() => {
    const map = uploads.current;
    return () => {
      for (const upload of map.values()) void upload.abort();
    };
  }, []);

  function add(found: Array<{ file: File; path: string }>) {
    setJobs((all) => {
      const known = new Set(all.map((j) => j.key));
      const next = [...all];
      for (const { file, path } of found) {
        const key = `${path}|${file.size}|${file.lastModified}`;
        if (known.has(key)) continue;
        known.add(key);
        next.push({ key, file, path, status: 'ready', sent: 0 });
      }
      return next;
    });
  }

  /** Sends one file over tus (resuming an earlier upload of the same file) and records it as an exhibit. */
  async function run(job: Job, single: boolean): Promise<void> {
    try {
      let sha256 = job.sha256;
      if (!sha256 && job.file.size <= HASH_LIMIT) {
        update(job.key, { status: 'hashing', error: undefined });
        sha256 = await sha256Hex(job.file);
      }
      update(job.key, { status: 'uploading', sha256, error: undefined });
      token.current ??= await csrfToken();
      const uploadId = await new Promise<string>((resolve, reject) => {
        const upload = new TusUpload(job.file, {
          endpoint: UPLOADS,
          chunkSize: CHUNK,
          retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
          headers: { 'x-csrf-token': token.current ?? '' },
          metadata: { filename: job.path, filetype: job.file.type || 'application/octet-stream' },
          // The path inside the folder tells apart files of the same name and size; the user, whose upload it is.
          fingerprint: async () => ['tamga', user?.id ?? '', job.path, job.file.size, job.file.lastModified].join('|'),
          removeFingerprintOnSuccess: true,
          onShouldRetry: (err) => {
            const status = err.originalResponse?.getStatus() ?? 0;
            return status === 0 || status === 409 || status === 423 || status >= 500;
          },
          onProgress: (sent) => update(job.key, { sent }),
          onSuccess: () => resolve((upload.url ?? '').split('/').pop() ?? ''),
          onError: (err) => reject(new Error(tusError(err))),
        });
        uploads.current.set(job.key, upload);
        pauses.current.set(job.key, () => reject(new Paused()));
        upload.findPreviousUploads().then(
          (previous) => {
            if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
            upload.start();
          },
          () => upload.start(),
        );
      });
      uploads.current.delete(job.key);
      pauses.current.delete(job.key);
      update(job.key, { status: 'recording', sent: job.file.size });
      const result = await api.call('completeUpload', {
        params: { caseId },
        body: {
          uploadId,
          name: job.path.slice(0, 1000),
          fileTimes: sentFileTimes(job.file),
          acquisition: { ...acquisition(), ...(sha256 ? { sourceHashes: [{ algorithm: 'SHA256' as const, value: sha256 }] } : {}) },
          ...(single && exhibitNumber.trim() ? { exhibitNumber: exhibitNumber.trim() } : {}),
          ...(authorizationId ? { authorizationId } : {}),
          ...(production ? { production: true } : {}),
        },
      });
      update(job.key, {
        status: 'done',
        result: {
          id: result.root.id,
          exhibitNumber: result.root.exhibitNumber,
          alreadyPresent: result.alreadyPresent > 0,
          verification: result.root.acquisition.verification.result,
        },
      });
    } catch (failure) {
      uploads.current.delete(job.key);
      pauses.current.delete(job.key);
      if (failure instanceof Paused) return;
      // A pause aborts the upload without an error; anything else is shown on the file's line.
      setJobs((all) =>
        all.map((j) =>
          j.key === job.key && j.status !== 'paused'
            ? {
                ...j,
                status: 'failed',
                error: failure instanceof ApiError ? errorMessage(failure) : (failure as Error).message || errorMessage(failure),
              }
            : j,
        ),
      );
      if (failure instanceof ApiError && (failure.code === 'CSRF_REJECTED' || failure.code === 'SESSION_EXPIRED')) token.current = null;
    }
  }

  function pause(job: Job) {
    update(job.key, { status: 'paused' });
    void uploads.current.get(job.key)?.abort();
    pauses.current.get(job.key)?.();
  }

  /** Starts the file again: tus asks the server how far it got and sends only the rest. */
  function resume(job: Job) {
    void run(job, jobs.length === 1);
  }

  return { jobs, setJobs, add, run, pause, resume };
}
