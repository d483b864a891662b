import { DateField, RecordField, ReferenceField, TextField } from 'react-admin';
import { END_REASONS } from '../choices';
import { CallDuration } from '../components/CallDuration';
import { FactGrid } from '../components/FactGrid';
import { StatusChip } from '../components/StatusChip';
import type { LiveCallRecord } from '../types';

/** The facts of a call in the record context: who, state, price, duration and money. */
export function LiveCallSummary() {
  return (
    <FactGrid>
      <RecordField<LiveCallRecord> label="State" render={(c) => <StatusChip value={c.state} />} />
      <RecordField<LiveCallRecord> label="Fan">
        <ReferenceField<LiveCallRecord> source="fanId" reference="Account" link="show">
          <TextField source="displayName" />
        </ReferenceField>
      </RecordField>
      <RecordField<LiveCallRecord> label="Creator">
        <ReferenceField<LiveCallRecord> source="creatorId" reference="Account" link="show">
          <TextField source="displayName" />
        </ReferenceField>
      </RecordField>
      <RecordField<LiveCallRecord> label="Kind" render={(c) => (c.kind === 'AUDIO' ? 'Voice' : 'Video')} />
      <RecordField<LiveCallRecord> label="Price" render={(c) => `${c.pricePerMinute} tokens / min`} />
      <RecordField<LiveCallRecord> label="Started ringing">
        <DateField source="createdAt" showTime />
      </RecordField>
      <RecordField<LiveCallRecord> label="Connected for" render={(c) => <CallDuration connectedAt={c.connectedAt} endedAt={c.endedAt} />} />
      <RecordField<LiveCallRecord> label="Charged" render={(c) => `${c.chargedTokens} tokens`} />
      <RecordField<LiveCallRecord> label="Refunded" render={(c) => `${c.refundedTokens} tokens`} />
      <RecordField<LiveCallRecord> label="Ended" render={(c) => (c.endedAt ? new Date(c.endedAt).toLocaleString() : 'still live')} />
      <RecordField<LiveCallRecord> label="End reason" render={(c) => (c.endReason ? (END_REASONS[c.endReason] ?? c.endReason) : '—')} />
    </FactGrid>
  );
}
