import type { ReactNode } from 'react';

export function EmptyState(props: { title: string; body?: string; children?: ReactNode }) {
  return (
    <div className="empty-state" role="region" aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.body && <p>{props.body}</p>}
      {props.children && <div className="empty-state__actions">{props.children}</div>}
    </div>
  );
}
