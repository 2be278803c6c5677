import { useEffect, useState } from 'preact/hooks';
import { watchCounters, type Counters } from '../../policy/counters';
import { watchPolicyState, type PolicyState } from '../../policy/storage';

/** The live policy state (managed + user + pause); undefined until first read. */
export function usePolicyState(): PolicyState | undefined {
  const [state, setState] = useState<PolicyState>();
  useEffect(() => {
    const lifetime = new AbortController();
    watchPolicyState(setState, lifetime.signal);
    return () => lifetime.abort();
  }, []);
  return state;
}

/** The live counters: 'loading' until read, undefined when nothing was counted yet. */
export function useCounters(): Counters | undefined | 'loading' {
  const [counters, setCounters] = useState<Counters | undefined | 'loading'>('loading');
  useEffect(() => {
    const lifetime = new AbortController();
    watchCounters(setCounters, lifetime.signal);
    return () => lifetime.abort();
  }, []);
  return counters;
}
