import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useDataProvider, useRecordContext } from 'react-admin';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { ReportRecord } from '../types';

/** Closes an open report as acted on, with a note of what was done. */
export function ResolveButton() {
  const report = useRecordContext<ReportRecord>();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  if (!report || report.status !== 'OPEN') return null;
  return (
    <ActionDialogButton
      label="Resolve"
      icon={<CheckCircleIcon />}
      color="success"
      title="Resolve this report?"
      description={`Closes ${report.reporterName}’s report about ${report.reportedAccountName} as acted on. Say what was done.`}
      textLabel="Note"
      confirmLabel="Resolve report"
      onConfirm={async ({ text }) => {
        await dataProvider.resolveReport(report.id, text);
        return 'Report resolved';
      }}
    />
  );
}
