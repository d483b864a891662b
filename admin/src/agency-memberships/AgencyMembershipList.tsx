import { DataTable, DateField, List, SelectInput, SimpleList } from 'react-admin';
import { useSmallScreen } from '../components/use-small-screen';
import { MEMBERSHIP_STATES, nameOf } from '../choices';
import { StatusChip } from '../components/StatusChip';
import type { AgencyMembershipRecord } from '../types';
import { EndMembershipButton } from './EndMembershipButton';

const Column = DataTable.Col<AgencyMembershipRecord>;

const filters = [<SelectInput key="state" source="state" label="State" choices={MEMBERSHIP_STATES} alwaysOn emptyText="Any state" />];

/** Agencies' memberships and invitations: which agency manages which creator, for what share; end one. */
export function AgencyMembershipList() {
  const small = useSmallScreen();
  return (
    <List<AgencyMembershipRecord> title="Agency memberships" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
      {small ? (
        <SimpleList<AgencyMembershipRecord>
          primaryText={(m) => `${m.agency.name} → ${m.creator.displayName}`}
          secondaryText={(m) => `@${m.creator.handle} · ${m.shareBps / 100}% · ${nameOf(MEMBERSHIP_STATES, m.state)}`}
        />
      ) : (
        <DataTable<AgencyMembershipRecord> rowClick={false} bulkActionButtons={false}>
          <Column label="Agency" disableSort source="agency.name" render={(m) => m.agency.name} />
          <Column label="Creator" disableSort source="creator.displayName" render={(m) => `${m.creator.displayName} (@${m.creator.handle})`} />
          <Column label="Share" disableSort source="shareBps" render={(m) => `${m.shareBps / 100}%`} />
          <Column label="State" source="state" render={(m) => <StatusChip value={m.state} />} />
          <Column label="Invited" source="invitedAt">
            <DateField source="invitedAt" showTime />
          </Column>
          <Column label="Ended" disableSort source="endedAt">
            <DateField source="endedAt" showTime />
          </Column>
          <Column label="Actions" disableSort>
            <EndMembershipButton />
          </Column>
        </DataTable>
      )}
    </List>
  );
}
