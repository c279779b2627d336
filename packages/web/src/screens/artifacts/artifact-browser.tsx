// Placeholder until this screen is written.
export function ArtifactBrowser() {
  return null;
}
