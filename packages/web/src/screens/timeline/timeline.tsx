// Placeholder until this screen is written.
export function Timeline() {
  return null;
}
