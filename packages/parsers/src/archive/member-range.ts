// The bytes of a range inside one member of a ZIP item, for a reviewer going back from an artefact to the exact
// bytes it was read from (Parser.readMember): the member is inflated as far as the range's end, never kept whole.
import { DEFAULT_LIMITS, LimitExceededError, MAX_MEMBER_RANGE_BYTES, ParseError, type Locator, type MemberSource } from '@tamga/core';
import { canExtract, ZipArchive, type ZipMember } from './zip-reader';

/**
 * `locator.length` bytes from `locator.offset` of the member whose safe path is `locator.path`, the first such
 * member as the archive lists them (as the parsers take them); null when there is none, it cannot be inflated or it
 * ends before the range does.
 */
export async function readMemberRange(
  locator: Locator,
  item: MemberSource,
  pick: (members: readonly ZipMember[], path: string) => ZipMember | undefined = firstFile,
): Promise<Uint8Array | null> {
  const { path, offset, length } = locator;
  if (path === undefined || offset === undefined || length === undefined) return null;
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length <= 0 || length > MAX_MEMBER_RANGE_BYTES)
    return null;
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.open(await item.localPath());
  } catch (error) {
    if (error instanceof ParseError) return null;
    throw error;
  }
  try {
    // The listing's own limits stand: an archive that lists more entries than processing allowed was never read.
    const member = pick(await archive.members('UTC', DEFAULT_LIMITS, item.signal), path);
    if (!member || !canExtract(member) || offset + length > member.declaredSize) return null;
    const end = offset + length;
    const range = new Uint8Array(length);
    let at = 0;
    // No budget: only the range's own bytes are inflated, and the member was read whole, under the limits, before.
    const limits = { ...DEFAULT_LIMITS, maxEntryBytes: member.declaredSize };
    for await (const chunk of archive.content(member, { limits, signal: item.signal })) {
      const from = Math.max(offset - at, 0);
      const to = Math.min(end - at, chunk.length);
      if (to > from) range.set(chunk.subarray(from, to), at + from - offset);
      at += chunk.length;
      if (at >= end) return range;
    }
    return null;
  } catch (error) {
    // A damaged member, or one that inflates past what it declares: its bytes cannot be shown as they were read.
    if (error instanceof ParseError || error instanceof LimitExceededError) return null;
    throw error;
  } finally {
    archive.close();
  }
}

function firstFile(members: readonly ZipMember[], path: string): ZipMember | undefined {
  return members.find((member) => member.kind === 'file' && member.path === path);
}
