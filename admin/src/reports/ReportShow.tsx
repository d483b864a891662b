import { Box, Card, CardContent, CircularProgress, Divider, Stack, Typography } from '@mui/material';
import { DateField, Link, RecordContextProvider, RecordField, ReferenceField, Show, TextField, TopToolbar, useCreatePath, useRecordContext } from 'react-admin';
import { REPORT_REASONS, nameOf } from '../choices';
import { FactGrid } from '../components/FactGrid';
import { StatusChip } from '../components/StatusChip';
import { AccountLink } from '../accounts/AccountLink';
import { SuspendButton } from '../accounts/SuspendButton';
import { LiveCallSummary } from '../live-calls/LiveCallSummary';
import { TerminateButton } from '../live-calls/TerminateButton';
import type { ReportRecord, TranscriptMessage } from '../types';
import { DismissButton } from './DismissButton';
import { RemovePhotoButton } from './RemovePhotoButton';
import { ResolveButton } from './ResolveButton';

function ReportTitle() {
  const report = useRecordContext<ReportRecord>();
  return <span>{report ? `Report about ${report.reportedAccountName}` : 'Report'}</span>;
}

/** A report with what a moderator needs to judge it: the report, the reported call and its transcript. */
export function ReportShow() {
  return (
    <Show<ReportRecord>
      title={<ReportTitle />}
      actions={
        <TopToolbar>
          <ResolveButton />
          <DismissButton />
        </TopToolbar>
      }
    >
      <ReportFacts />
      <ReportedCall />
    </Show>
  );
}

function ReportFacts() {
  return (
    <Box sx={{ px: 2, pb: 1 }}>
      <FactGrid>
        <RecordField<ReportRecord> label="Reason" render={(r) => nameOf(REPORT_REASONS, r.reason)} />
        <RecordField<ReportRecord> label="Status" render={(r) => <StatusChip value={r.status} />} />
        <RecordField<ReportRecord> label="Reported">
          <DateField source="createdAt" showTime />
        </RecordField>
        <RecordField<ReportRecord> label="Reported by">
          <ReferenceField<ReportRecord> source="reporterId" reference="Account" link="show">
            <TextField source="displayName" />
          </ReferenceField>
        </RecordField>
        <RecordField<ReportRecord> label="Reported account">
          {/* Not a link as a whole: the Suspend button must not sit inside the link. */}
          <ReferenceField<ReportRecord> source="reportedAccountId" reference="Account" link={false}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <AccountLink />
              <SuspendButton />
            </Stack>
          </ReferenceField>
        </RecordField>
      </FactGrid>
      <RecordField<ReportRecord> label="Reporter’s note" render={(r) => r.note || 'No note.'} sx={{ mb: 1 }} />
      <RecordField<ReportRecord>
        label="Moderator’s note"
        render={(r) => (r.resolutionNote ? `${r.resolutionNote} (${r.resolvedAt ? new Date(r.resolvedAt).toLocaleString() : ''})` : null)}
        empty="Not closed yet."
      />
    </Box>
  );
}

function ReportedCall() {
  const report = useRecordContext<ReportRecord>();
  const createPath = useCreatePath();
  if (!report) return null;
  if (report.targetType === 'PHOTO') {
    if (report.photoRemoved === undefined) return <CircularProgress size={24} sx={{ m: 2 }} />;
    return (
      <Box sx={{ px: 2, pb: 2 }}>
        <Divider sx={{ my: 1 }} />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h6" component="h2">
            Reported photo
          </Typography>
          <RemovePhotoButton />
        </Stack>
        {report.photoRemoved || !report.photo ? (
          <Typography color="text.secondary">This photo was removed; its files are gone.</Typography>
        ) : (
          <Box
            component="img"
            src={report.photo.url}
            srcSet={report.photo.srcset}
            sizes="320px"
            alt="The reported photo"
            sx={{ mt: 1, width: 320, maxWidth: '100%', borderRadius: 1 }}
          />
        )}
      </Box>
    );
  }
  if (report.targetType !== 'CALL') {
    if (report.conversationMessages === undefined) return <CircularProgress size={24} sx={{ m: 2 }} />;
    return (
      <Box sx={{ px: 2, pb: 2 }}>
        <Divider sx={{ my: 1 }} />
        <Typography variant="h6" component="h2">
          Reported conversation
        </Typography>
        <Transcript messages={report.conversationMessages} reportedAccountId={report.reportedAccountId} empty="The conversation has no messages." />
      </Box>
    );
  }
  // The list's copy of the report has no call: the details arrive with the show page's own query.
  if (report.call === undefined) return <CircularProgress size={24} sx={{ m: 2 }} />;
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <Divider sx={{ my: 1 }} />
      {report.call && (
        <RecordContextProvider value={report.call}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="h6" component="h2">
              Reported call
            </Typography>
            <Stack direction="row" spacing={1}>
              <TerminateButton variant="contained" />
              <Link to={createPath({ resource: 'LiveCall', type: 'show', id: report.call.id })}>Open the call’s page</Link>
            </Stack>
          </Stack>
          <LiveCallSummary />
        </RecordContextProvider>
      )}
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        Temporary chat transcript
      </Typography>
      <Transcript
        messages={report.transcript ?? []}
        reportedAccountId={report.reportedAccountId}
        empty="Nothing was written in the call’s temporary chat before it was reported."
      />
    </Box>
  );
}

function Transcript({ messages, reportedAccountId, empty }: { messages: TranscriptMessage[]; reportedAccountId: string; empty: string }) {
  if (!messages.length) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <Card variant="outlined" sx={{ mt: 1 }}>
      <CardContent component="ol" aria-label="Transcript" sx={{ listStyle: 'none', m: 0, p: 2, display: 'grid', gap: 1.5 }}>
        {messages.map((m) => (
          <li key={m.id}>
            <Typography variant="caption" color={m.sender?.id === reportedAccountId ? 'error' : 'text.secondary'}>
              {m.sender ? `${m.sender.displayName} (@${m.sender.handle})` : 'Minutely'}
              {m.sender?.id === reportedAccountId ? ' · reported' : ''} · {new Date(m.createdAt).toLocaleTimeString()}
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.body}</Typography>
          </li>
        ))}
      </CardContent>
    </Card>
  );
}
