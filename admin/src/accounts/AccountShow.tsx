import { Typography } from '@mui/material';
import { DataTable, DateField, Pagination, RecordField, ReferenceManyField, Show, TabbedShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import { ROLES, nameOf } from '../choices';
import { CallDuration } from '../components/CallDuration';
import { FactGrid } from '../components/FactGrid';
import { StatusChip } from '../components/StatusChip';
import { TransferLegs } from '../transfers/TransferLegs';
import type { AccountRecord, LiveCallRecord, TransferRecord } from '../types';
import { ReinstateButton } from './ReinstateButton';
import { SuspendButton } from './SuspendButton';

const CallColumn = DataTable.Col<LiveCallRecord>;
const TransferColumn = DataTable.Col<TransferRecord>;

function AccountTitle() {
  const account = useRecordContext<AccountRecord>();
  return <span>{account ? `${account.displayName} (@${account.handle})` : 'Account'}</span>;
}

/** An account with its calls and its ledger transfers. */
export function AccountShow() {
  return (
    <Show<AccountRecord>
      title={<AccountTitle />}
      actions={
        <TopToolbar>
          <SuspendButton />
          <ReinstateButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Account">
          <FactGrid>
            <RecordField<AccountRecord> label="Name" source="displayName" />
            <RecordField<AccountRecord> label="Handle" render={(a) => `@${a.handle}`} />
            <RecordField<AccountRecord> label="Email" source="email" />
            <RecordField<AccountRecord> label="Role" render={(a) => nameOf(ROLES, a.role)} />
            <RecordField<AccountRecord> label="Status" render={(a) => <StatusChip value={a.status} />} />
            <RecordField<AccountRecord> label="Joined">
              <DateField source="createdAt" showTime />
            </RecordField>
          </FactGrid>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Calls" path="calls">
          <ReferenceManyField<AccountRecord, LiveCallRecord>
            reference="LiveCall"
            target="accountId"
            filter={{ includeEnded: true }}
            sort={{ field: 'createdAt', order: 'DESC' }}
            perPage={10}
            pagination={<Pagination />}
            empty={<Typography color="text.secondary">No calls.</Typography>}
          >
            <DataTable<LiveCallRecord> rowClick="show" bulkActionButtons={false}>
              <CallColumn label="Started" source="createdAt">
                <DateField source="createdAt" showTime />
              </CallColumn>
              <CallColumn label="Fan" disableSort source="fanName" />
              <CallColumn label="Creator" disableSort source="creatorName" />
              <CallColumn label="State" source="state" render={(c) => <StatusChip value={c.state} />} />
              <CallColumn label="Duration" disableSort render={(c) => <CallDuration connectedAt={c.connectedAt} endedAt={c.endedAt} />} />
              <CallColumn label="Charged" source="chargedTokens" />
              <CallColumn label="Refunded" disableSort source="refundedTokens" />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Transfers" path="transfers">
          <ReferenceManyField<AccountRecord, TransferRecord>
            reference="Transfer"
            target="accountId"
            sort={{ field: 'createdAt', order: 'DESC' }}
            perPage={10}
            pagination={<Pagination />}
            empty={<Typography color="text.secondary">No transfers.</Typography>}
          >
            <DataTable<TransferRecord> bulkActionButtons={false} rowClick={false}>
              <TransferColumn label="When" source="createdAt">
                <DateField source="createdAt" showTime />
              </TransferColumn>
              <TransferColumn label="Kind" source="kind" />
              <TransferColumn label="Movements" disableSort render={(t) => <TransferLegs legs={t.legs} />} />
              <TransferColumn label="Memo" disableSort source="memo" />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
