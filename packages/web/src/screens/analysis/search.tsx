// Placeholder until this screen is written.
export function Search() {
  return null;
}
