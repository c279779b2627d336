// Placeholder until this screen is written.
export function LinkGraph() {
  return null;
}
