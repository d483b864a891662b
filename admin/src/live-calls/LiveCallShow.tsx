import { Box, Divider, Typography } from '@mui/material';
import { DataTable, DateField, Pagination, ReferenceManyField, Show, TopToolbar, useRecordContext } from 'react-admin';
import { REPORT_REASONS, humanise, nameOf } from '../choices';
import { StatusChip } from '../components/StatusChip';
import { TransferLegs } from '../transfers/TransferLegs';
import type { LiveCallRecord, ReportRecord, TransferRecord } from '../types';
import { LiveCallSummary } from './LiveCallSummary';
import { RefundButton } from './RefundButton';
import { TerminateButton } from './TerminateButton';

const TransferColumn = DataTable.Col<TransferRecord>;
const ReportColumn = DataTable.Col<ReportRecord>;

function LiveCallTitle() {
  const call = useRecordContext<LiveCallRecord>();
  return <span>{call ? `Call: ${call.fanName} with ${call.creatorName}` : 'Call'}</span>;
}

/** A call with its ledger transfers and its reports; Terminate while live, Refund once over. */
export function LiveCallShow() {
  return (
    <Show<LiveCallRecord>
      title={<LiveCallTitle />}
      actions={
        <TopToolbar>
          <TerminateButton variant="contained" />
          <RefundButton />
        </TopToolbar>
      }
    >
      <Box sx={{ px: 2, pb: 2 }}>
        <LiveCallSummary />
        <Divider sx={{ my: 2 }} />
        <Typography variant="h6" component="h2">
          Ledger transfers
        </Typography>
        <ReferenceManyField<LiveCallRecord, TransferRecord>
          reference="Transfer"
          target="callId"
          sort={{ field: 'createdAt', order: 'ASC' }}
          perPage={50}
          pagination={<Pagination />}
          empty={<Typography color="text.secondary">No tokens have moved for this call yet.</Typography>}
        >
          <DataTable<TransferRecord> bulkActionButtons={false} rowClick={false}>
            <TransferColumn label="When" source="createdAt">
              <DateField source="createdAt" showTime />
            </TransferColumn>
            <TransferColumn label="Kind" source="kind" render={(t) => humanise(t.kind)} />
            <TransferColumn label="Movements" disableSort render={(t) => <TransferLegs legs={t.legs} />} />
            <TransferColumn label="Memo" disableSort source="memo" />
          </DataTable>
        </ReferenceManyField>
        <Divider sx={{ my: 2 }} />
        <Typography variant="h6" component="h2">
          Reports
        </Typography>
        <ReferenceManyField<LiveCallRecord, ReportRecord>
          reference="Report"
          target="callId"
          sort={{ field: 'createdAt', order: 'DESC' }}
          empty={<Typography color="text.secondary">Nobody reported this call.</Typography>}
        >
          <DataTable<ReportRecord> rowClick="show" bulkActionButtons={false}>
            <ReportColumn label="Reported" source="createdAt">
              <DateField source="createdAt" showTime />
            </ReportColumn>
            <ReportColumn label="Reason" source="reason" render={(r) => nameOf(REPORT_REASONS, r.reason)} />
            <ReportColumn label="By" disableSort source="reporterName" />
            <ReportColumn label="Status" source="status" render={(r) => <StatusChip value={r.status} />} />
          </DataTable>
        </ReferenceManyField>
      </Box>
    </Show>
  );
}
