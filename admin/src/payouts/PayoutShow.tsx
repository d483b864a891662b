import { Box, Typography } from '@mui/material';
import { DateField, RecordField, Show, SimpleShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import { PAYOUT_STATUSES, nameOf } from '../choices';
import { FactGrid } from '../components/FactGrid';
import { StatusChip } from '../components/StatusChip';
import type { PayoutDetailsRecord } from '../types';
import { ApprovePayoutButton } from './ApprovePayoutButton';
import { formatMoney } from './money';
import { RejectPayoutButton } from './RejectPayoutButton';

function PayoutTitle() {
  const payout = useRecordContext<PayoutDetailsRecord>();
  return <span>{payout ? `Payout to ${payout.owner.displayName}` : 'Payout'}</span>;
}

const KIND_NAMES: Record<string, string> = {
  CALL: 'Call',
  CHAT_UNLOCK: 'Chat unlock',
  TIP: 'Tip',
  PAYOUT: 'Payout',
  REFUND: 'Refund',
  ADJUSTMENT: 'Correction',
};

/** The owner's latest earnings activity (their own share, one line per call, unlock, tip or payout), beside the request. */
function RecentActivity() {
  const payout = useRecordContext<PayoutDetailsRecord>();
  // The list's record stands in until the details arrive; it has no activity.
  if (!payout?.recentActivity) return null;
  return (
    <Box component="section" aria-label="Recent activity" sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Recent activity of {payout.owner.displayName}
      </Typography>
      {payout.recentActivity.length === 0 ? (
        <Typography color="text.secondary">No earnings activity.</Typography>
      ) : (
        <Box component="table" sx={{ borderCollapse: 'collapse', '& td, & th': { textAlign: 'left', py: 0.5, pr: 3 } }}>
          <thead>
            <tr>
              <th>When</th>
              <th>What</th>
              <th>With</th>
              <th>Tokens</th>
            </tr>
          </thead>
          <tbody>
            {payout.recentActivity.map((item) => (
              <tr key={item.id}>
                <td>{new Date(item.startedAt).toLocaleString()}</td>
                <td>{KIND_NAMES[item.kind] ?? item.kind}</td>
                <td>{item.counterpart?.displayName ?? '—'}</td>
                <td>{item.total > 0 ? `+${item.total}` : item.total}</td>
              </tr>
            ))}
          </tbody>
        </Box>
      )}
    </Box>
  );
}

/** One payout request, its review and the owner's recent activity. */
export function PayoutShow() {
  return (
    <Show<PayoutDetailsRecord>
      title={<PayoutTitle />}
      actions={
        <TopToolbar>
          <ApprovePayoutButton />
          <RejectPayoutButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <FactGrid>
          <RecordField<PayoutDetailsRecord> label="Owner" render={(p) => `${p.owner.displayName} (@${p.owner.handle})`} />
          <RecordField<PayoutDetailsRecord> label="Earnings of" render={(p) => (p.ownerKind === 'AGENCY' ? 'Agency' : 'Creator')} />
          <RecordField<PayoutDetailsRecord> label="Amount" render={(p) => `${formatMoney(p.amount)} (${p.tokens} tokens)`} />
          <RecordField<PayoutDetailsRecord> label="Status" render={(p) => <StatusChip value={p.status} label={nameOf(PAYOUT_STATUSES, p.status)} />} />
          <RecordField<PayoutDetailsRecord> label="Provider" source="provider" />
          <RecordField<PayoutDetailsRecord> label="Requested">
            <DateField source="createdAt" showTime />
          </RecordField>
          <RecordField<PayoutDetailsRecord> label="Reviewed">
            <DateField source="reviewedAt" showTime emptyText="Not yet" />
          </RecordField>
          <RecordField<PayoutDetailsRecord> label="Reason" render={(p) => p.reason ?? '—'} />
        </FactGrid>
        <RecentActivity />
      </SimpleShowLayout>
    </Show>
  );
}
