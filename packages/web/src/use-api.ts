// Loading data for a screen: the result, the error in words, and a way to load again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './api';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  // The failure itself, put into words at render time so the words follow a change of language.
  const [failure, setFailure] = useState<unknown>(null);
  useTranslation();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const current = useRef(0);
  // The caller names what the load depends on, as with useEffect.
  const run = useCallback(load, deps);
  useEffect(() => {
    const ticket = ++current.current;
    setLoading(true);
    run().then(
      (result) => {
        if (ticket !== current.current) return;
        setData(result);
        setFailure(null);
        setLoading(false);
      },
      (caught: unknown) => {
        if (ticket !== current.current) return;
        setFailure(caught ?? new Error('failed'));
        setLoading(false);
      },
    );
  }, [run, tick]);
  return { data, error: failure ? errorMessage(failure) : null, loading, reload: () => setTick((n) => n + 1) };
}
