import CallEndIcon from '@mui/icons-material/CallEnd';
import { useDataProvider, useRecordContext } from 'react-admin';
import { isLiveCall } from '../choices';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { LiveCallRecord } from '../types';

/** Ends a live call at once; shown only while the call is live. */
export function TerminateButton({ variant = 'text' }: { variant?: 'text' | 'contained' | 'outlined' }) {
  const call = useRecordContext<LiveCallRecord>();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  if (!call || !isLiveCall(call.state)) return null;
  return (
    <ActionDialogButton
      label="Terminate"
      icon={<CallEndIcon />}
      color="error"
      variant={variant}
      title="Terminate this call?"
      description={
        <>
          The call between <strong>{call.fanName}</strong> (fan) and <strong>{call.creatorName}</strong> (creator) ends now. Billing stops at this second, both
          are removed from the call, and their apps show that a moderator ended it.
        </>
      }
      confirmLabel="Terminate call"
      onConfirm={async ({ text }) => {
        const ended = await dataProvider.terminateCall(call.id, text);
        return `Call terminated: ${ended.chargedTokens} tokens charged`;
      }}
    />
  );
}
