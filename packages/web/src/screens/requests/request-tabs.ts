// Which of the cross-case request screens a role sees, in order; the first is where the main navigation's
// "Requests" link goes (kept apart from the screens so the app's shell does not load them).
export type RequestsTab = 'deadlines' | 'statistics' | 'directory';

export function requestTabs(role: string | undefined): RequestsTab[] {
  const tabs: RequestsTab[] = [];
  if (role && role !== 'admin' && role !== 'auditor') tabs.push('deadlines');
  if (role === 'supervisor' || role === 'auditor') tabs.push('statistics');
  tabs.push('directory');
  return tabs;
}
