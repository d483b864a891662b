import { Chip } from '@mui/material';
import { BooleanInput, DataTable, DateField, List, SimpleList } from 'react-admin';
import { useSmallScreen } from '../components/use-small-screen';
import { END_REASONS } from '../choices';
import { CallDuration } from '../components/CallDuration';
import { StatusChip } from '../components/StatusChip';
import type { LiveCallRecord } from '../types';
import { RefundButton } from './RefundButton';
import { TerminateButton } from './TerminateButton';

const Column = DataTable.Col<LiveCallRecord>;

const filters = [<BooleanInput key="includeEnded" source="includeEnded" label="Include ended calls" alwaysOn />];

/**
 * Calls ringing, connecting or ongoing now, newest first. The list follows the liveCallChanged
 * subscription (see LiveUpdates): calls appear, change and disappear without a reload.
 */
export function LiveCallList() {
  const small = useSmallScreen();
  return (
    <List<LiveCallRecord>
      title="Live calls"
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Chip size="small" color="success" variant="outlined" label="Updates live" sx={{ alignSelf: 'center' }} />}
      empty={false}
    >
      {small ? (
        <SimpleList<LiveCallRecord>
          rowClick="show"
          primaryText={(c) => `${c.fanName} → ${c.creatorName}`}
          secondaryText={(c) => `${c.kind === 'AUDIO' ? 'Voice' : 'Video'} · ${c.pricePerMinute} tokens/min · ${c.chargedTokens} charged`}
          tertiaryText={(c) => <StatusChip value={c.state} label={c.endReason ? (END_REASONS[c.endReason] ?? c.endReason) : undefined} />}
        />
      ) : (
        <DataTable<LiveCallRecord> rowClick="show" bulkActionButtons={false}>
          <Column label="Started" source="createdAt">
            <DateField source="createdAt" showTime />
          </Column>
          <Column label="Fan" disableSort source="fanName" />
          <Column label="Creator" disableSort source="creatorName" />
          <Column label="Kind" disableSort render={(c) => (c.kind === 'AUDIO' ? 'Voice' : 'Video')} />
          <Column
            label="State"
            source="state"
            render={(c) => <StatusChip value={c.state} label={c.endReason ? (END_REASONS[c.endReason] ?? c.endReason) : undefined} />}
          />
          <Column label="Connected for" disableSort render={(c) => <CallDuration connectedAt={c.connectedAt} endedAt={c.endedAt} />} />
          <Column label="Price / min" disableSort source="pricePerMinute" />
          <Column label="Charged" source="chargedTokens" />
          <Column label="Actions" disableSort>
            <TerminateButton />
            <RefundButton />
          </Column>
        </DataTable>
      )}
    </List>
  );
}
