import { DataTable, DateField, List, SelectInput, TextInput } from 'react-admin';
import { AUDIT_ACTIONS, humanise } from '../choices';
import type { AuditEntryRecord } from '../types';
import { AuditTarget } from './AuditTarget';

const Column = DataTable.Col<AuditEntryRecord>;

const filters = [
  <SelectInput key="action" source="action" label="Action" choices={AUDIT_ACTIONS} alwaysOn emptyText="Any action" />,
  <TextInput key="targetId" source="targetId" label="Target id" />,
];

/** Details as stored (JSON text), shown as "key: value" pairs, without the empty object. */
function details(entry: AuditEntryRecord): string {
  try {
    const parsed = JSON.parse(entry.details) as Record<string, unknown>;
    return Object.entries(parsed)
      .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
      .join(', ');
  } catch {
    return entry.details;
  }
}

/** The audit log: every staff action, newest first. Read-only: the API can neither change nor delete an entry. */
export function AuditEntryList() {
  return (
    <List<AuditEntryRecord> title="Audit log" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={50} exporter={false}>
      <DataTable<AuditEntryRecord> bulkActionButtons={false} rowClick={false}>
        <Column label="When" source="createdAt">
          <DateField source="createdAt" showTime />
        </Column>
        <Column label="Who" disableSort source="actorName" />
        <Column label="Action" source="action" render={(e) => AUDIT_ACTIONS.find((a) => a.id === e.action)?.name ?? humanise(e.action)} />
        <Column label="Target" disableSort render={(e) => <AuditTarget entry={e} />} />
        <Column label="Reason" disableSort source="reason" />
        <Column label="Details" disableSort render={details} />
      </DataTable>
    </List>
  );
}
