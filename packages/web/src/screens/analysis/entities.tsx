// Placeholder until this screen is written.
export function Entities() {
  return null;
}
