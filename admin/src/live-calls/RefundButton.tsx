import UndoIcon from '@mui/icons-material/Undo';
import { useDataProvider, useRecordContext } from 'react-admin';
import { isLiveCall } from '../choices';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { LiveCallRecord } from '../types';

/**
 * Refunds an ended call to the fan, whole or in part, as transfers reversing the creator's and the
 * platform's shares. Shown once the call is over; the API refuses more than is left to refund.
 */
export function RefundButton() {
  const call = useRecordContext<LiveCallRecord>();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  // Nothing was paid for a call that never connected (or ended within its first second).
  if (!call || isLiveCall(call.state) || call.chargedTokens <= 0) return null;
  const left = call.chargedTokens - call.refundedTokens;
  return (
    <ActionDialogButton
      label={left > 0 ? 'Refund' : 'Fully refunded'}
      icon={<UndoIcon />}
      color="warning"
      disabled={left <= 0}
      title="Refund this call?"
      description={
        <>
          {call.fanName} paid <strong>{call.chargedTokens}</strong> tokens for this call
          {call.refundedTokens ? `, of which ${call.refundedTokens} were refunded already` : ''}. The refund goes back to the fan’s wallet, taken from{' '}
          {call.creatorName}’s earnings and the platform’s share in proportion.
        </>
      }
      amount={{ max: Math.max(left, 1), helperText: `Leave empty to refund all ${left} tokens left, or enter part of them.` }}
      confirmLabel="Refund"
      onConfirm={async ({ text, amount }) => {
        const transfer = await dataProvider.refundCall(call.id, amount, text);
        const refunded = transfer.legs.find((leg) => leg.accountKind === 'FAN_WALLET')?.amount ?? amount ?? left;
        return `Refunded ${refunded} tokens to ${call.fanName}`;
      }}
    />
  );
}
