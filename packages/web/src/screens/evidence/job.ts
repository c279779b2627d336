// A file on the upload screen: where it is on its way to becoming an exhibit, and what came of it.
export type JobStatus = 'ready' | 'hashing' | 'uploading' | 'paused' | 'recording' | 'done' | 'failed';

export interface Job {
  key: string;
  file: File;
  /** The path inside a chosen or dropped folder, or the file's name. */
  path: string;
  status: JobStatus;
  sent: number;
  sha256?: string;
  error?: string;
  result?: { id: string; exhibitNumber: string; alreadyPresent: boolean; verification: string };
}
