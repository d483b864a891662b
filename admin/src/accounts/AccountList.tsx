import { DataTable, DateField, List, SearchInput, SelectInput } from 'react-admin';
import { ACCOUNT_STATUSES, ROLES, nameOf } from '../choices';
import { StatusChip } from '../components/StatusChip';
import type { AccountRecord } from '../types';
import { ReinstateButton } from './ReinstateButton';
import { SuspendButton } from './SuspendButton';

const Column = DataTable.Col<AccountRecord>;

const filters = [
  <SearchInput key="q" source="q" placeholder="Email, handle or name" alwaysOn />,
  <SelectInput key="role" source="role" label="Role" choices={ROLES} alwaysOn emptyText="Any role" />,
  <SelectInput key="status" source="status" label="Status" choices={ACCOUNT_STATUSES} alwaysOn emptyText="Any status" />,
];

/** Every account, searchable, with suspend and reinstate on each row. */
export function AccountList() {
  return (
    <List<AccountRecord> title="Accounts" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
      <DataTable<AccountRecord> rowClick="show" bulkActionButtons={false}>
        <Column label="Name" disableSort source="displayName" />
        <Column label="Handle" source="handle" render={(a) => `@${a.handle}`} />
        <Column label="Email" disableSort source="email" />
        <Column label="Role" source="role" render={(a) => nameOf(ROLES, a.role)} />
        <Column label="Status" source="status" render={(a) => <StatusChip value={a.status} />} />
        <Column label="Joined" source="createdAt">
          <DateField source="createdAt" />
        </Column>
        <Column label="Actions" disableSort>
          <SuspendButton />
          <ReinstateButton />
        </Column>
      </DataTable>
    </List>
  );
}
