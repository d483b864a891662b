import HowToRegIcon from '@mui/icons-material/HowToReg';
import { useDataProvider, useRecordContext } from 'react-admin';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { AccountRecord } from '../types';

/** Lifts the suspension of an account. */
export function ReinstateButton() {
  const account = useRecordContext<AccountRecord>();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  if (!account || account.status !== 'SUSPENDED') return null;
  return (
    <ActionDialogButton
      label="Reinstate"
      icon={<HowToRegIcon />}
      color="success"
      title={`Reinstate ${account.displayName}?`}
      description={
        <>
          <strong>{account.displayName}</strong> (@{account.handle}) can sign in and use Minutely again.
        </>
      }
      confirmLabel="Reinstate account"
      onConfirm={async ({ text }) => {
        await dataProvider.reinstateAccount(account.id, text);
        return `${account.displayName} is reinstated`;
      }}
    />
  );
}
