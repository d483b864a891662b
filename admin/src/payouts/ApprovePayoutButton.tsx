import CheckIcon from '@mui/icons-material/Check';
import { useDataProvider, useRecordContext } from 'react-admin';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { PayoutRecord } from '../types';
import { formatMoney } from './money';

/** Approves a requested payout: the payout provider's transfer is made, once per payout. */
export function ApprovePayoutButton() {
  const payout = useRecordContext<PayoutRecord>();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  if (!payout || payout.status !== 'REQUESTED') return null;
  return (
    <ActionDialogButton
      label="Approve"
      icon={<CheckIcon />}
      color="success"
      title={`Pay ${formatMoney(payout.amount)} to ${payout.owner.displayName}?`}
      description={
        <>
          {payout.tokens} tokens of <strong>{payout.owner.displayName}</strong>’s earnings are sent to their payout account
          {payout.provider === 'dev' ? ' (dev provider: nothing is really paid)' : ''}. Check their recent activity for refunds or disputes first.
        </>
      }
      textLabel="Note"
      confirmLabel="Approve payout"
      onConfirm={async ({ text }) => {
        const approved = await dataProvider.approvePayout(payout.id, text);
        return approved.status === 'PAID' ? 'The payout was paid' : 'The payout was sent to the provider';
      }}
    />
  );
}
