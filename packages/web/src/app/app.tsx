// The shell: the session decides between sign-in and the app; the path decides the screen.
import { Suspense, useState } from 'react';
import { SessionProvider, useSession } from '../session';
import { UtcContext } from '../format';
import { Loading } from '../ui';
import { SignIn } from '../screens/sign-in/sign-in';
import { ChangePassword } from '../screens/sign-in/change-password';
import { Layout } from './layout';
import { useLocation } from '../router';
import { resolveRoute } from './routes';
import { CaseByReference, isCaseReference } from '../screens/cases/case-reference';

function Screens() {
  const session = useSession();
  const { path } = useLocation();
  if (session.loading) return <Loading />;
  if (!session.user) return <SignIn />;
  if (session.user.mustChangePassword) return <ChangePassword forced />;
  // An auditor has no cases: their home is the ledger.
  const { Screen, params } = resolveRoute(path === '/' && session.user.role === 'auditor' ? '/ledger' : path);
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        {isCaseReference(params.caseId) ? <CaseByReference reference={params.caseId} /> : <Screen {...params} />}
      </Suspense>
    </Layout>
  );
}

export function App() {
  const [utc, setUtc] = useState(() => localStorage.getItem('tamga.utc') === '1');
  const toggle = (next: boolean) => {
    localStorage.setItem('tamga.utc', next ? '1' : '0');
    setUtc(next);
  };
  return (
    <UtcContext.Provider value={{ utc, setUtc: toggle }}>
      <SessionProvider>
        <Screens />
      </SessionProvider>
    </UtcContext.Provider>
  );
}
