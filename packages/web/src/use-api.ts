// Loading data for a screen: the result, the error in words, and a way to load again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './api';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
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
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (ticket !== current.current) return;
        setError(errorMessage(failure));
        setLoading(false);
      },
    );
  }, [run, tick]);
  return { data, error, loading, reload: () => setTick((n) => n + 1) };
}
