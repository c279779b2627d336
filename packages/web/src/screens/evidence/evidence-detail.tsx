// Placeholder until this screen is written.
export function EvidenceDetail() {
  return null;
}
