// tamga ingest: take files, folders or a provider's production into a case, with a progress bar and a summary.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClient } from '@tamga/api';
import type { Command } from 'commander';
import type { AppContext } from '@tamga/server';
import { SingleBar } from 'cli-progress';
import { CliError, localActor, wantsRemote } from '../connection';
import { collect, resolveCase } from '../case-ref';
import { readCredentials } from '../credentials';
import { tusUpload } from '../tus-upload';
import { printJson, printTable } from '../output';
import { plain } from '../run-action';

const MB = 1024 * 1024;

type Summary = Array<Record<string, unknown>>;

function summaryRow(item: {
  id: string;
  exhibitNumber: string;
  originalPath: string;
  kind: string;
  digests: { size: number; md5: string; sha1: string; sha256: string } | null;
  acquisition: { verification: { result: string } };
}): Record<string, unknown> {
  return {
    id: item.id,
    exhibitNumber: item.exhibitNumber,
    path: item.originalPath,
    kind: item.kind,
    size: item.digests?.size ?? null,
    md5: item.digests?.md5 ?? null,
    sha1: item.digests?.sha1 ?? null,
    sha256: item.digests?.sha256 ?? null,
    verification: item.acquisition.verification.result,
  };
}

function printSummary(json: unknown, caseId: string, summary: Summary): number {
  if (json) printJson({ caseId, items: summary });
  else printTable(summary, ['exhibitNumber', 'path', 'size', 'sha256', 'verification']);
  return summary.some((s) => s.verification === 'MISMATCH') ? 2 : 0;
}

/** Remote mode: each file goes up over tus (resumable), then the server seals it and checks our SHA-256. */
async function remoteIngest(
  server: string,
  o: Record<string, unknown>,
  paths: string[],
  acquisition: Record<string, unknown>,
  showBar: boolean,
): Promise<number> {
  const token = process.env.TAMGA_TOKEN ?? readCredentials().servers[server]?.token;
  if (!token) throw new CliError(`Not signed in to ${server}: run tamga login --server ${server}`);
  const client = createClient({ baseUrl: server, token });
  const caseId = await resolveCase(client, o.case as string);
  const { fileTimesOfStats } = await import('@tamga/core');
  const summary: Summary = [];
  for (const path of paths.map((p) => resolve(p))) {
    // Read before the upload reads the file (which may move its access time); the server sees only its copy's.
    const stats = statSync(path, { bigint: true });
    if (!stats.isFile())
      throw new CliError(
        `${path}: over the network ingest takes files; take folders in on the server with --data-dir, or archive them first`,
      );
    const bar = new SingleBar({ format: '{name} |{bar}| {percentage}% uploaded', hideCursor: true, stream: process.stderr });
    if (showBar) bar.start(Math.max(Number(stats.size), 1), 0, { name: path.split('/').pop() });
    const { uploadId, sha256 } = await tusUpload(server, token, path, (p) => showBar && bar.update(p.sent));
    if (showBar) bar.stop();
    const stated = (acquisition.sourceHashes as Array<{ algorithm: string; value: string }> | undefined) ?? [];
    const result = await client.call('completeUpload', {
      params: { caseId },
      body: {
        uploadId,
        name: path.split('/').pop() ?? path,
        fileTimes: fileTimesOfStats(stats),
        acquisition: { ...acquisition, sourceHashes: [...stated, { algorithm: 'SHA256', value: sha256 }] } as never,
        ...(o.exhibit ? { exhibitNumber: o.exhibit as string } : {}),
        ...(o.authorization ? { authorizationId: o.authorization as string } : {}),
        ...(o.production ? { production: true } : {}),
      },
    });
    summary.push(summaryRow(result.root));
  }
  return printSummary(o.json, caseId, summary);
}

function eta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest <paths...>')
    .description('take files or folders into a case: hashed (MD5, SHA-1, SHA-256) while stored, each an exhibit')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--production', "a provider's production (relies on a PRODUCTION authorisation)")
    .option('--exhibit <number>', 'exhibit number to give (one path only); default the next EXH-nnn')
    .option('--authorization <id>', 'the legal authorisation relied on (default: any that covers it)')
    .option('--location <text>', 'where the acquisition took place')
    .option('--setting <ON_SITE|LAB>', 'on site or in the lab')
    .option('--method <method>', 'PHYSICAL, LOGICAL, FILE_SYSTEM, SELECTIVE, … (default SELECTIVE)')
    .option('--device <text>', 'the source device, as described on the seizure record')
    .option('--serial <text>', 'serial number of the source device')
    .option('--tool <name@version>', 'the tool that made the image or export, e.g. "FTK Imager@4.7.1"')
    .option('--write-blocker <text>', 'write blocker used')
    .option('--source-hash <ALG:hex>', 'a digest stated by the source, checked against ours (repeatable)', collect)
    .option('--provider <name>', 'production: the provider, e.g. "Telegram FZ-LLC"')
    .option('--provider-reference <ref>', "production: the provider's reference")
    .option('--notes <text>', 'contemporaneous notes')
    .option('--no-progress', 'no progress bar')
    .action(
      plain(async (o, paths: string[]) => {
        if (o.exhibit && paths.length > 1) throw new CliError('--exhibit names one exhibit: give one path');
        const [toolName, toolVersion] = ((o.tool as string | undefined) ?? '').split('@');
        const acquisition = {
          ...(o.location ? { location: o.location as string } : {}),
          ...(o.setting ? { setting: o.setting as 'LAB' } : {}),
          ...(o.method ? { method: o.method as 'LOGICAL' } : {}),
          ...(o.device || o.serial
            ? {
                sourceDevice: {
                  ...(o.device ? { description: o.device as string } : {}),
                  ...(o.serial ? { serial: o.serial as string } : {}),
                },
              }
            : {}),
          ...(toolName ? { tool: { name: toolName, version: toolVersion ?? '' } } : {}),
          ...(o.writeBlocker ? { writeBlocker: o.writeBlocker as string } : {}),
          ...(o.sourceHash
            ? {
                sourceHashes: (o.sourceHash as string[]).map((h) => {
                  const [algorithm, value] = h.split(':');
                  return { algorithm: (algorithm ?? '').toUpperCase().replace('-', '') as 'SHA256', value: (value ?? '').toLowerCase() };
                }),
              }
            : {}),
          ...(o.notes ? { notes: o.notes as string } : {}),
          ...(o.production
            ? {
                production: {
                  provider: (o.provider as string) ?? 'unknown',
                  reference: (o.providerReference as string) ?? '',
                  channel: 'offline',
                  receivedAt: new Date().toISOString(),
                },
              }
            : {}),
        };
        const showBar = o.progress !== false && !o.json && process.stderr.isTTY;
        const server = o.as ? undefined : wantsRemote(o);
        if (server) return remoteIngest(server, o, paths, acquisition, showBar);
        const { context, actor, close } = await localActor(o);
        try {
          const { ingestPath } = await import('@tamga/core');
          const caseId = await resolveLocalCase(context, o.case as string);
          const summary: Summary = [];
          for (const path of paths.map((p) => resolve(p))) {
            const bar = new SingleBar({
              format: '{name} |{bar}| {percentage}% {done}/{total} MB {rate} MB/s ETA {eta}',
              hideCursor: true,
              stream: process.stderr,
            });
            const started = Date.now();
            let barStarted = false;
            const result = await ingestPath(
              context.deps,
              actor,
              caseId,
              {
                path,
                acquisition,
                ...(o.production ? { production: true } : {}),
                ...(o.exhibit ? { exhibitNumber: o.exhibit as string } : {}),
                ...(o.authorization ? { authorizationId: o.authorization as string } : {}),
              },
              (p) => {
                if (!showBar) return;
                const rate = p.bytesDone / MB / Math.max((Date.now() - started) / 1000, 0.001);
                const values = {
                  name: path.split('/').pop(),
                  done: (p.bytesDone / MB).toFixed(1),
                  total: (p.bytesTotal / MB).toFixed(1),
                  rate: rate.toFixed(0),
                  eta: eta((p.bytesTotal - p.bytesDone) / MB / rate),
                };
                if (!barStarted) {
                  bar.start(Math.max(p.bytesTotal, 1), p.bytesDone, values);
                  barStarted = true;
                } else bar.update(p.bytesDone, values);
              },
            );
            if (barStarted) bar.stop();
            for (const item of result.files[0]?.id === result.root.id ? [result.root] : [result.root, ...result.files]) {
              summary.push(summaryRow(item));
            }
            if (!o.json)
              process.stderr.write(
                `${path}: ${result.files.length} file(s) as ${result.root.exhibitNumber}${result.alreadyPresent ? `, ${result.alreadyPresent} already recorded` : ''}\n`,
              );
          }
          return printSummary(o.json, caseId, summary);
        } finally {
          await close();
        }
      }),
    );
}

export async function resolveLocalCase(context: AppContext, ref: string): Promise<string> {
  const found = await context.store.transaction(async (tx) => (await tx.cases.byReference(ref)) ?? (await tx.cases.byId(ref)));
  if (!found) throw new CliError(`No case ${ref}`);
  return found.id;
}
