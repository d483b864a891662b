import { Typography } from '@mui/material';
import { DataTable, DateField, Pagination, RecordField, ReferenceManyField, Show, SimpleShowLayout, useRecordContext } from 'react-admin';
import { FactGrid } from '../components/FactGrid';
import { StatusChip } from '../components/StatusChip';
import { EndMembershipButton } from '../agency-memberships/EndMembershipButton';
import type { AgencyMembershipRecord, AgencyRecord } from '../types';

const Column = DataTable.Col<AgencyMembershipRecord>;

function AgencyTitle() {
  const agency = useRecordContext<AgencyRecord>();
  return <span>{agency ? `Agency ${agency.name}` : 'Agency'}</span>;
}

/** An agency, its owner, and every membership and invitation it has had, each current one with End. */
export function AgencyShow() {
  return (
    <Show<AgencyRecord> title={<AgencyTitle />}>
      <SimpleShowLayout>
        <FactGrid>
          <RecordField<AgencyRecord> label="Name" source="name" />
          <RecordField<AgencyRecord> label="Owner" render={(a) => `${a.owner.displayName} (@${a.owner.handle})`} />
          <RecordField<AgencyRecord> label="Created">
            <DateField source="createdAt" showTime />
          </RecordField>
        </FactGrid>
        <Typography variant="h6" component="h2">
          Memberships
        </Typography>
        <ReferenceManyField<AgencyRecord, AgencyMembershipRecord>
          reference="AgencyMembership"
          target="agencyId"
          sort={{ field: 'invitedAt', order: 'DESC' }}
          perPage={25}
          pagination={<Pagination />}
          empty={<Typography color="text.secondary">No memberships or invitations.</Typography>}
        >
          <DataTable<AgencyMembershipRecord> rowClick={false} bulkActionButtons={false}>
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
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
