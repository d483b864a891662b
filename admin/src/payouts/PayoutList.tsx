import { DataTable, DateField, List, SelectInput, SimpleList } from 'react-admin';
import { PAYOUT_STATUSES, nameOf } from '../choices';
import { StatusChip } from '../components/StatusChip';
import { useSmallScreen } from '../components/use-small-screen';
import type { PayoutRecord } from '../types';
import { ApprovePayoutButton } from './ApprovePayoutButton';
import { formatMoney } from './money';
import { RejectPayoutButton } from './RejectPayoutButton';

const Column = DataTable.Col<PayoutRecord>;

const filters = [<SelectInput key="status" source="status" label="Status" choices={PAYOUT_STATUSES} alwaysOn emptyText="Any status" />];

/** Creators' payout requests, those waiting for review first by default; approve or reject them. */
export function PayoutList() {
  const small = useSmallScreen();
  return (
    <List<PayoutRecord>
      title="Payouts"
      filters={filters}
      filterDefaultValues={{ status: 'REQUESTED' }}
      sort={{ field: 'createdAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
    >
      {small ? (
        <SimpleList<PayoutRecord>
          primaryText={(p) => `${p.owner.displayName} · ${formatMoney(p.amount)}`}
          secondaryText={(p) => `${p.tokens} tokens · ${nameOf(PAYOUT_STATUSES, p.status)}`}
          linkType="show"
        />
      ) : (
        <DataTable<PayoutRecord> rowClick="show" bulkActionButtons={false}>
          <Column label="Requested" source="createdAt">
            <DateField source="createdAt" showTime />
          </Column>
          <Column label="Owner" disableSort source="owner.displayName" render={(p) => `${p.owner.displayName} (@${p.owner.handle})`} />
          <Column label="Amount" source="tokens" render={(p) => `${formatMoney(p.amount)} (${p.tokens} tokens)`} />
          <Column label="Status" source="status" render={(p) => <StatusChip value={p.status} label={nameOf(PAYOUT_STATUSES, p.status)} />} />
          <Column label="Actions" disableSort>
            <ApprovePayoutButton />
            <RejectPayoutButton />
          </Column>
        </DataTable>
      )}
    </List>
  );
}
