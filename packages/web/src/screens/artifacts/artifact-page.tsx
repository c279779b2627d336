// Placeholder until this screen is written.
export function ArtifactPage() {
  return null;
}
