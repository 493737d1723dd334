/**
 * Every route of the API, once. The server builds its router from this list and `openapi.ts`
 * builds the document's paths from it, so the two cannot list different routes.
 */
import { API_PREFIX, CREATE_ONLY, RESOURCE_NAMES, type ResourceName } from './contract.ts';

export const HTTP_METHODS = ['GET', 'POST', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type RouteKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'batch' | 'changes' | 'openapi';

export interface Route {
  method: HttpMethod;
  /** OpenAPI path template, e.g. `/v1/sites/{id}`. */
  path: string;
  kind: RouteKind;
  /** For the record routes: the resource the path names. */
  resource?: ResourceName;
  operationId: string;
  summary: string;
  /** Served without a bearer token. */
  public?: boolean;
}

/** `insertion-orders` → `InsertionOrders`, for operation ids. */
function pascal(resource: ResourceName): string {
  return resource
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function resourceRoutes(resource: ResourceName): Route[] {
  const collection = `${API_PREFIX}/${resource}`;
  const item = `${collection}/{id}`;
  const name = pascal(resource);
  const routes: Route[] = [
    {
      method: 'GET',
      path: collection,
      kind: 'list',
      resource,
      operationId: `list${name}`,
      summary: `A page of live ${resource}, by id`,
    },
    {
      method: 'POST',
      path: collection,
      kind: 'create',
      resource,
      operationId: `create${name}`,
      summary: `Create one of ${resource} (client-made id)`,
    },
    {
      method: 'GET',
      path: item,
      kind: 'get',
      resource,
      operationId: `get${name}`,
      summary: `One of ${resource}`,
    },
  ];
  if (CREATE_ONLY.has(resource)) return routes;
  return [
    ...routes,
    {
      method: 'PATCH',
      path: item,
      kind: 'update',
      resource,
      operationId: `update${name}`,
      summary: `Change fields of one of ${resource}`,
    },
    {
      method: 'DELETE',
      path: item,
      kind: 'delete',
      resource,
      operationId: `delete${name}`,
      summary: `Delete one of ${resource}, leaving a tombstone`,
    },
  ];
}

export const ROUTES: readonly Route[] = [
  ...RESOURCE_NAMES.flatMap(resourceRoutes),
  {
    method: 'POST',
    path: `${API_PREFIX}/batch`,
    kind: 'batch',
    operationId: 'batch',
    summary: 'Several writes, in order',
  },
  {
    method: 'GET',
    path: `${API_PREFIX}/changes`,
    kind: 'changes',
    operationId: 'changes',
    summary: 'What changed after a cursor',
  },
  {
    method: 'GET',
    path: `${API_PREFIX}/openapi.json`,
    kind: 'openapi',
    operationId: 'openapi',
    summary: 'This document',
    public: true,
  },
];
