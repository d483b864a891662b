import { Alert, AlertTitle, Button } from '@mui/material';
import { useCloseNotification, useCreatePath } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { REPORT_REASONS, nameOf } from '../choices';
import type { ReportFieldsFragment } from '../graphql/generated/graphql';

/** The notification shown when a report arrives, with a button to open it. */
export function NewReportAlert({ report }: { report: ReportFieldsFragment }) {
  const close = useCloseNotification();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  return (
    <Alert
      severity="warning"
      variant="filled"
      role="alert"
      data-testid="new-report-alert"
      onClose={close}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            close();
            navigate(createPath({ resource: 'Report', type: 'show', id: report.id }));
          }}
        >
          Open
        </Button>
      }
      sx={{ minWidth: 360 }}
    >
      <AlertTitle>New report: {nameOf(REPORT_REASONS, report.reason)}</AlertTitle>
      {report.reporterName} reported {report.reportedAccountName}
      {report.targetType === 'CALL' ? ' in a call' : ' in a conversation'}.
    </Alert>
  );
}
