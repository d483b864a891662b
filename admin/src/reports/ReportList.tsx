import { DataTable, DateField, List, SelectInput, SimpleList } from 'react-admin';
import { useSmallScreen } from '../components/use-small-screen';
import { REPORT_REASONS, REPORT_STATUSES, nameOf } from '../choices';
import { StatusChip } from '../components/StatusChip';
import type { ReportRecord } from '../types';

const Column = DataTable.Col<ReportRecord>;

const filters = [
  <SelectInput key="status" source="status" label="Status" choices={REPORT_STATUSES} alwaysOn emptyText="Any status" />,
  <SelectInput key="reason" source="reason" label="Reason" choices={REPORT_REASONS} alwaysOn emptyText="Any reason" />,
];

/** The report queue: open reports by default, newest on top; new ones appear as they arrive (see LiveUpdates). */
export function ReportList() {
  const small = useSmallScreen();
  return (
    <List<ReportRecord>
      title="Reports"
      filters={filters}
      filterDefaultValues={{ status: 'OPEN' }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      {small ? (
        <SimpleList<ReportRecord>
          rowClick="show"
          primaryText={(r) => `${nameOf(REPORT_REASONS, r.reason)} · ${r.reportedAccountName}`}
          secondaryText={(r) =>
            `${r.targetType === 'CALL' ? 'Call' : 'Conversation'} reported by ${r.reporterName}${r.note ? ` — ${r.note.slice(0, 60)}` : ''}`
          }
          tertiaryText={(r) => <StatusChip value={r.status} />}
        />
      ) : (
        <DataTable<ReportRecord> rowClick="show" bulkActionButtons={false}>
          <Column source="createdAt" label="Reported">
            <DateField source="createdAt" showTime />
          </Column>
          <Column source="reason" label="Reason" render={(r) => nameOf(REPORT_REASONS, r.reason)} />
          <Column label="Reported account" disableSort render={(r) => r.reportedAccountName} />
          <Column label="Reported by" disableSort render={(r) => r.reporterName} />
          <Column label="About" disableSort render={(r) => (r.targetType === 'CALL' ? 'Call' : 'Conversation')} />
          <Column label="Note" disableSort render={(r) => (r.note.length > 80 ? `${r.note.slice(0, 80)}…` : r.note || '—')} />
          <Column source="status" label="Status" render={(r) => <StatusChip value={r.status} />} />
        </DataTable>
      )}
    </List>
  );
}
