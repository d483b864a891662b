import CloseIcon from '@mui/icons-material/Close';
import { useDataProvider, useRecordContext } from 'react-admin';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { PayoutRecord } from '../types';

/** Rejects a requested payout with a reason the owner sees; the tokens go back to their earnings. */
export function RejectPayoutButton() {
  const payout = useRecordContext<PayoutRecord>();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  if (!payout || payout.status !== 'REQUESTED') return null;
  return (
    <ActionDialogButton
      label="Reject"
      icon={<CloseIcon />}
      color="error"
      title={`Reject ${payout.owner.displayName}’s payout?`}
      description={
        <>
          The {payout.tokens} tokens go back to <strong>{payout.owner.displayName}</strong>’s earnings, and they see the reason.
        </>
      }
      confirmLabel="Reject payout"
      onConfirm={async ({ text }) => {
        await dataProvider.rejectPayout(payout.id, text.slice(0, 500));
        return 'The payout was rejected';
      }}
    />
  );
}
