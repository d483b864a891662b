import BlockIcon from '@mui/icons-material/DoNotDisturbOn';
import { useDataProvider, useRecordContext } from 'react-admin';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { ReportRecord } from '../types';

/** Closes an open report as needing no action, with a note of why. */
export function DismissButton() {
  const report = useRecordContext<ReportRecord>();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  if (!report || report.status !== 'OPEN') return null;
  return (
    <ActionDialogButton
      label="Dismiss"
      icon={<BlockIcon />}
      color="inherit"
      title="Dismiss this report?"
      description={`Closes ${report.reporterName}’s report about ${report.reportedAccountName} with no action. Say why.`}
      textLabel="Note"
      confirmLabel="Dismiss report"
      onConfirm={async ({ text }) => {
        await dataProvider.dismissReport(report.id, text);
        return 'Report dismissed';
      }}
    />
  );
}
