import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { AccountRecord } from '../types';

/** The account in the record context by name, linking to its page (and showing when it is suspended). */
export function AccountLink() {
  const account = useRecordContext<AccountRecord>();
  const createPath = useCreatePath();
  if (!account) return null;
  return (
    <Link to={createPath({ resource: 'Account', type: 'show', id: account.id })}>
      {account.displayName}
      {account.status === 'SUSPENDED' ? ' (suspended)' : ''}
    </Link>
  );
}
