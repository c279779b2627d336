// The line the CLI prints when part of a case is out of date, with the command that brings it up to date.

/**
 * What is out of date in a case and the command that brings it up to date: items an earlier parser version (or other
 * case settings) read, items earlier entity rules analysed. Empty when nothing is.
 */
export function outdatedNotice(summary: { outdated: number; analysisOutdated: number }, caseRef: string): string {
  const lines: string[] = [];
  if (summary.outdated > 0) {
    lines.push(`${summary.outdated} item(s) were read by another version of their parser or with other case settings`);
  }
  if (summary.analysisOutdated > 0) {
    lines.push(
      `${summary.analysisOutdated} item(s) were analysed by earlier entity rules: their entities may differ from what this Tamga finds`,
    );
  }
  if (lines.length === 0) return '';
  return `${lines.join('; ')}; tamga reprocess --case ${caseRef} --outdated brings them up to date\n`;
}
