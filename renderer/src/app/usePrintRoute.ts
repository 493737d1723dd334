/**
 * Whether the address is a print route (`#/io/…`, see features/insertion-orders/io-routes.ts):
 * then the app shows the insertion order alone, outside its shell. Follows the address.
 */
import { useEffect, useMemo, useState } from 'react';
import { parseIoRoute, type IoRoute } from '@renderer/features/insertion-orders/io-routes.ts';

export function usePrintRoute(): IoRoute | null {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  // One route object per address, so what depends on it reloads only when the address changes.
  return useMemo(() => parseIoRoute(hash), [hash]);
}
