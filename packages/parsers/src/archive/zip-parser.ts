// The generic ZIP parser: lists every member as a `file_entry` artefact and emits each extractable file as a
// child item, refusing bombs, recording traversal paths, symlinks and encrypted members without following them.
import { DETECT, type Parser } from '@tamga/core';
import { isZipHead, looksSpecialised } from './zip-detect';
import { extractMembers, openArchive } from './zip-members';

export const zipParser: Parser = {
  id: 'archive.zip',
  // 2: a member marked as a folder or a link that holds bytes is extracted as a file, with a warning.
  version: '2',
  description: 'ZIP archive: member listing and extraction of every member as a child item',
  detect(probe) {
    if (isZipHead(probe.head)) return looksSpecialised(probe.head, probe.name) ? DETECT.LIKELY : DETECT.CERTAIN;
    return /\.zip$/i.test(probe.name) ? DETECT.NAME_ONLY : DETECT.NO;
  },
  async parse(input, out, tools) {
    const opened = await openArchive(input, out, tools);
    try {
      await extractMembers(opened, input, out, tools);
    } finally {
      opened.archive.close();
    }
  },
};
