// What the ZIP parsers emit for members: one `file_entry` artefact per central-directory entry (so the listing
// survives refused extractions) and one child per extractable file, with the oddities reported as warnings.
import { ParseError, type ArtifactDraft, type ParserInput, type ParserOutput, type ParseTools } from '@tamga/core';
import { canExtract, checkDeclaredLimits, ExpansionBudget, MAX_SYMLINK_TARGET, ZipArchive, type ZipMember } from './zip-reader';

const METHOD_NAMES: Record<number, string> = {
  0: 'stored',
  8: 'deflated',
  9: 'deflate64',
  12: 'bzip2',
  14: 'lzma',
  93: 'zstd',
  95: 'xz',
  99: 'aes',
};

export interface OpenedArchive {
  archive: ZipArchive;
  members: ZipMember[];
  budget: ExpansionBudget;
}

function listingDraft(member: ZipMember, symlinkTarget: string | null, extra: Record<string, unknown>): ArtifactDraft {
  const fields: Record<string, unknown> = {
    archiveIndex: member.index,
    name: member.rawName,
    path: member.path,
    kind: member.kind,
    encrypted: member.encrypted,
    method: member.method,
    methodName: METHOD_NAMES[member.method] ?? 'unknown',
    declaredSize: member.declaredSize,
    compressedSize: member.compressedSize,
    crc32: member.crc32.toString(16).padStart(8, '0'),
    localHeaderOffset: member.localHeaderOffset,
    modifiedSource: member.modified?.source ?? null,
    ...(member.claimed ? { claimedKind: member.claimed } : {}),
  };
  if (member.neutralised) fields.pathNeutralised = true;
  if (member.unixMode !== null) fields.unixMode = member.unixMode.toString(8);
  if (member.comment) fields.comment = member.comment;
  if (symlinkTarget !== null) fields.symlinkTarget = symlinkTarget;
  Object.assign(fields, extra);
  const time = member.modified
    ? { utc: member.modified.utc, zone: member.modified.zone, derived: member.modified.derived, raw: member.modified.raw }
    : null;
  return {
    type: 'file_entry',
    key: `member:${member.index}`,
    time,
    text: member.rawName,
    fields,
    locator: { path: member.path, offset: member.localHeaderOffset },
  };
}

async function readSymlinkTarget(opened: OpenedArchive, member: ZipMember, input: ParserInput, tools: ParseTools): Promise<string | null> {
  if (!canExtract(member) || member.declaredSize > MAX_SYMLINK_TARGET) return null;
  const parts: Uint8Array[] = [];
  for await (const chunk of opened.archive.content(member, { limits: tools.limits, signal: input.signal })) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

/** Reports what will not be extracted as is, and emits the member's listing artefact (with `extra` fields). */
export async function listMember(
  opened: OpenedArchive,
  member: ZipMember,
  input: ParserInput,
  out: ParserOutput,
  tools: ParseTools,
  extra: Record<string, unknown> = {},
) {
  const name = JSON.stringify(member.rawName);
  if (member.neutralised && member.kind !== 'directory') {
    out.warn(`member ${name} has an unsafe path (absolute, drive letter or ..): stored as ${JSON.stringify(member.path)}`, {
      code: 'zip.member_path_neutralised',
      params: { member: member.rawName, path: member.path },
    });
  }
  let target: string | null = null;
  if (member.claimed) {
    out.warn(
      `member ${name} is marked as a ${member.claimed === 'symlink' ? 'symbolic link' : 'folder'} but holds ${member.declaredSize} bytes: extracted as a file`,
      {
        code: member.claimed === 'symlink' ? 'zip.symlink_with_bytes' : 'zip.folder_with_bytes',
        params: { member: member.rawName, size: member.declaredSize },
      },
    );
  }
  if (member.kind === 'symlink') {
    target = await readSymlinkTarget(opened, member, input, tools).catch(() => null);
    out.warn(
      `member ${name} is a symbolic link${target !== null ? ` to ${JSON.stringify(target)}` : ''}: recorded, not followed`,
      target !== null
        ? { code: 'zip.symlink_to', params: { member: member.rawName, target } }
        : { code: 'zip.symlink', params: { member: member.rawName } },
    );
  } else if (member.encrypted) {
    out.warn(`member ${name} is encrypted: listed, not extracted`, { code: 'zip.member_encrypted', params: { member: member.rawName } });
  } else if (member.kind === 'file' && !canExtract(member)) {
    out.warn(
      `member ${name} uses compression method ${member.method} (${METHOD_NAMES[member.method] ?? 'unknown'}), which cannot be read: listed, not extracted`,
      {
        code: 'zip.method_unsupported',
        params: { member: member.rawName, method: member.method, methodName: METHOD_NAMES[member.method] ?? 'unknown' },
      },
    );
  }
  await out.artifact(listingDraft(member, target, extra));
}

/**
 * Opens the item as a ZIP, emits the listing and checks the declared sizes against the limits. The caller
 * closes `archive`, and lists the members it deferred.
 */
export async function openArchive(
  input: ParserInput,
  out: ParserOutput,
  tools: ParseTools,
  options: { deferListing?: (members: readonly ZipMember[]) => ReadonlySet<number> } = {},
): Promise<OpenedArchive> {
  const archive = await ZipArchive.open(await input.localPath());
  try {
    const members = await archive.members(input.item.caseTimeZone, tools.limits, input.signal);
    const opened = { archive, members, budget: new ExpansionBudget(tools.limits, input.item.size) };
    // A caller that reads a member itself lists it later, with what it learnt (a hash, say).
    const deferred = options.deferListing?.(members) ?? new Set<number>();
    for (const member of members) if (!deferred.has(member.index)) await listMember(opened, member, input, out, tools);
    checkDeclaredLimits(members, opened.budget);
    return opened;
  } catch (error) {
    archive.close();
    throw error;
  }
}

/** Two members can become the same safe path (`../a` and `a`): the later one gets its index in its name. */
function uniquePath(path: string, index: number, used: Set<string>): string {
  if (!used.has(path)) return path;
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const cut = dot > slash + 1 ? dot : path.length;
  return `${path.slice(0, cut)} (member ${index})${path.slice(cut)}`;
}

/** Emits every extractable file member as a child, except those in `skip`. */
export async function extractMembers(
  opened: OpenedArchive,
  input: ParserInput,
  out: ParserOutput,
  tools: ParseTools,
  skip: ReadonlySet<number> = new Set(),
): Promise<void> {
  const used = new Set<string>();
  for (const member of opened.members) {
    input.signal.throwIfAborted();
    if (member.kind !== 'file' || !canExtract(member)) continue;
    const path = uniquePath(member.path, member.index, used);
    used.add(path);
    if (skip.has(member.index)) continue;
    const notes: Record<string, unknown> = { archiveIndex: member.index, method: METHOD_NAMES[member.method] };
    if (member.neutralised) Object.assign(notes, { rawPath: member.rawName, pathNeutralised: true });
    if (path !== member.path) {
      notes.duplicatePath = member.path;
      out.warn(`member ${JSON.stringify(member.rawName)} has the same path as an earlier member: stored as ${JSON.stringify(path)}`, {
        code: 'zip.duplicate_path',
        params: { member: member.rawName, path },
      });
    }
    if (member.modified) notes.modifiedSource = member.modified.source;
    const damaged = new Set<unknown>();
    try {
      await out.child({
        path,
        content: tracked(
          opened.archive.content(member, { limits: tools.limits, signal: input.signal, budget: opened.budget, onCrcMismatch: out.warn }),
          damaged,
        ),
        times: { modifiedAt: member.modified?.utc ?? null },
        declaredSize: member.declaredSize,
        compressedSize: member.compressedSize,
        locator: { path, offset: member.localHeaderOffset },
        notes,
      });
    } catch (error) {
      // One damaged member does not cost the others; limits, aborts and storage failures still end the item.
      if (!damaged.has(error)) throw error;
      out.warn(`${(error as Error).message}: the member was not extracted`, {
        code: 'zip.member_damaged',
        params: { member: member.rawName, error: (error as Error).message },
      });
    }
  }
}

/** Passes the content through, remembering a ParseError it raised (damaged data) so the caller can tell it apart. */
async function* tracked(content: AsyncIterable<Uint8Array>, damaged: Set<unknown>): AsyncGenerator<Uint8Array> {
  try {
    yield* content;
  } catch (error) {
    if (error instanceof ParseError) damaged.add(error);
    throw error;
  }
}
