// Placeholder until this screen is written.
export function EvidenceList() {
  return null;
}
