import { DataTable, DateField, List, SearchInput, SelectInput, SimpleList } from 'react-admin';
import { useSmallScreen } from '../components/use-small-screen';
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
  const small = useSmallScreen();
  return (
    <List<AccountRecord> title="Accounts" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
      {small ? (
        <SimpleList<AccountRecord>
          rowClick="show"
          primaryText={(a) => a.displayName}
          secondaryText={(a) => `@${a.handle} · ${nameOf(ROLES, a.role)}${a.email ? ` · ${a.email}` : ''}`}
          tertiaryText={(a) => <StatusChip value={a.status} />}
        />
      ) : (
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
      )}
    </List>
  );
}
