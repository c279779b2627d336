// Placeholder until this screen is written.
export function Upload() {
  return null;
}
