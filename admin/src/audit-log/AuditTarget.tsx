import type { MouseEvent } from 'react';
import { Link, useCreatePath } from 'react-admin';
import type { AuditEntryRecord } from '../types';

const RESOURCES: Record<string, { resource: string; label: string }> = {
  CALL: { resource: 'LiveCall', label: 'Call' },
  ACCOUNT: { resource: 'Account', label: 'Account' },
  REPORT: { resource: 'Report', label: 'Report' },
  PAYOUT: { resource: 'Payout', label: 'Payout' },
};

/** What an audit entry was about, linking to it. */
export function AuditTarget({ entry }: { entry: AuditEntryRecord }) {
  const createPath = useCreatePath();
  const target = RESOURCES[entry.targetType];
  if (!target) return <span>{`${entry.targetType} ${entry.targetId}`}</span>;
  return (
    <Link to={createPath({ resource: target.resource, type: 'show', id: entry.targetId })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {target.label} {entry.targetId.slice(0, 8)}
    </Link>
  );
}
