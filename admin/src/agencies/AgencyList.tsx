import { DataTable, DateField, List, SearchInput, SimpleList } from 'react-admin';
import { useSmallScreen } from '../components/use-small-screen';
import type { AgencyRecord } from '../types';

const Column = DataTable.Col<AgencyRecord>;

const filters = [<SearchInput key="q" source="q" placeholder="Agency name" alwaysOn />];

const members = (agency: AgencyRecord) => agency.memberships.filter((m) => m.state === 'ACTIVE').length;
const invited = (agency: AgencyRecord) => agency.memberships.filter((m) => m.state === 'INVITED').length;

/** Agencies (seed 002's group owners): who owns each, how many creators it manages; open one to end a membership. */
export function AgencyList() {
  const small = useSmallScreen();
  return (
    <List<AgencyRecord> title="Agencies" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
      {small ? (
        <SimpleList<AgencyRecord>
          rowClick="show"
          primaryText={(a) => a.name}
          secondaryText={(a) => `${a.owner.displayName} (@${a.owner.handle}) · ${members(a)} members · ${invited(a)} invited`}
        />
      ) : (
        <DataTable<AgencyRecord> rowClick="show" bulkActionButtons={false}>
          <Column label="Agency" source="name" />
          <Column label="Owner" disableSort source="owner.displayName" render={(a) => `${a.owner.displayName} (@${a.owner.handle})`} />
          <Column label="Members" disableSort render={members} />
          <Column label="Invited" disableSort render={invited} />
          <Column label="Created" source="createdAt">
            <DateField source="createdAt" showTime />
          </Column>
        </DataTable>
      )}
    </List>
  );
}
