import { DataTable, DateField, List, TextInput } from 'react-admin';
import { humanise } from '../choices';
import type { TransferRecord } from '../types';
import { TransferLegs } from './TransferLegs';
import { TransferReference } from './TransferReference';

const Column = DataTable.Col<TransferRecord>;

const filters = [<TextInput key="reference" source="reference" label="Reference (e.g. call:<id>)" alwaysOn />];

/** The ledger, newest first: every token movement, read-only. */
export function TransferList() {
  return (
    <List<TransferRecord> title="Transfers" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
      <DataTable<TransferRecord> bulkActionButtons={false} rowClick={false}>
        <Column label="When" source="createdAt">
          <DateField source="createdAt" showTime />
        </Column>
        <Column label="Kind" source="kind" render={(t) => humanise(t.kind)} />
        <Column label="About" disableSort render={(t) => <TransferReference reference={t.reference} />} />
        <Column label="Movements" disableSort render={(t) => <TransferLegs legs={t.legs} />} />
        <Column label="Memo" disableSort source="memo" />
      </DataTable>
    </List>
  );
}
