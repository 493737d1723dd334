/** Matches a request against the shared route list (`shared/api/routes.ts`). */
import { ROUTES, type Route } from '../../../shared/api/routes.ts';

export interface Match {
  route: Route;
  /** The `{id}` of the path, decoded. */
  id?: string;
}

export type RouteLookup = { found: Match } | { allowed: string[] } | null;

function matchPath(template: string, path: string): { id?: string } | null {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  let id: string | undefined;
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '{id}') {
      if (!got[i]) return null;
      try {
        id = decodeURIComponent(got[i]!);
      } catch {
        return null;
      }
    } else if (want[i] !== got[i]) return null;
  }
  return id === undefined ? {} : { id };
}

/** The route for this method and path; or the methods the path allows (405); or null (404). */
export function findRoute(method: string, path: string, routes: readonly Route[] = ROUTES): RouteLookup {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.method === method) return { found: { route, ...params } };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { allowed } : null;
}
