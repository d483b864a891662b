import type { MouseEvent } from 'react';
import { Link, useCreatePath } from 'react-admin';

/** A transfer's reference; `call:<id>` links to the call's page. */
export function TransferReference({ reference }: { reference: string | null }) {
  const createPath = useCreatePath();
  if (!reference) return <span>—</span>;
  const call = /^call:(.+)$/.exec(reference);
  if (!call) return <span>{reference}</span>;
  return (
    <Link to={createPath({ resource: 'LiveCall', type: 'show', id: call[1] })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      Call {call[1].slice(0, 8)}
    </Link>
  );
}
