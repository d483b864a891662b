import LinkOffIcon from '@mui/icons-material/LinkOff';
import { useDataProvider, useRecordContext } from 'react-admin';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { AgencyMembershipRecord } from '../types';

/** Ends a current membership (or withdraws an invitation) at once: the agency can no longer act for the creator. */
export function EndMembershipButton() {
  const membership = useRecordContext<AgencyMembershipRecord>();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  if (!membership || (membership.state !== 'ACTIVE' && membership.state !== 'INVITED')) return null;
  return (
    <ActionDialogButton
      label="End"
      icon={<LinkOffIcon />}
      color="error"
      title={`End ${membership.agency.name}’s membership of ${membership.creator.displayName}?`}
      description={
        <>
          <strong>{membership.agency.name}</strong> can no longer set <strong>{membership.creator.displayName}</strong> online, reply or lock chats for them,
          and takes no share of their payments from now on. Their earnings so far stay where they are.
        </>
      }
      confirmLabel="End membership"
      onConfirm={async ({ text }) => {
        await dataProvider.endAgencyMembership(membership.id, text);
        return `The membership of ${membership.creator.displayName} ended`;
      }}
    />
  );
}
