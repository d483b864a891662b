import PersonOffIcon from '@mui/icons-material/PersonOff';
import { useDataProvider, useGetIdentity, useRecordContext } from 'react-admin';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { AccountRecord } from '../types';

/** Suspends an active account (not your own): its live calls end, its sessions close, it can do nothing more. */
export function SuspendButton() {
  const account = useRecordContext<AccountRecord>();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  if (!account || account.status !== 'ACTIVE' || account.id === identity?.id) return null;
  return (
    <ActionDialogButton
      label="Suspend"
      icon={<PersonOffIcon />}
      color="error"
      title={`Suspend ${account.displayName}?`}
      description={
        <>
          <strong>{account.displayName}</strong> (@{account.handle}) is signed out everywhere at once; any live call of theirs ends (billed to this second) and
          they cannot sign in, call or chat until reinstated.
        </>
      }
      confirmLabel="Suspend account"
      onConfirm={async ({ text }) => {
        await dataProvider.suspendAccount(account.id, text);
        return `${account.displayName} is suspended`;
      }}
    />
  );
}
