import { Card, CardActionArea, CardContent, List as MuiList, ListItem, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RecordContextProvider, Title, useCreatePath, useDataProvider, useGetIdentity, useGetList } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { REPORT_REASONS, nameOf } from './choices';
import { CallDuration } from './components/CallDuration';
import { StatusChip } from './components/StatusChip';
import type { ModerationDataProvider } from './dataProvider';
import { TerminateButton } from './live-calls/TerminateButton';
import { STATS_QUERY_KEY } from './live/LiveUpdates';
import type { LiveCallRecord, ReportRecord } from './types';

/**
 * The landing page: today's figures, the open reports and the live calls. LiveUpdates re-reads all of
 * it on every report and call event; the figures are also polled, as a safety net for missed events.
 */
export function Dashboard() {
  const { identity, isPending } = useGetIdentity();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  const stats = useQuery({ queryKey: STATS_QUERY_KEY, queryFn: () => dataProvider.moderationStats(), refetchInterval: 30_000 });
  const figure = (value: number | undefined) => (stats.isPending ? '…' : stats.isError ? '—' : String(value ?? 0));

  return (
    <section className="dashboard">
      <Title title="Dashboard" />
      <h1 className="dashboard__title">Minutely moderation</h1>
      <p className="dashboard__who" data-testid="moderator-name">
        {isPending ? 'Loading…' : `Signed in as ${identity?.fullName ?? 'a moderator'}`}
      </p>
      <div className="dashboard__figures" aria-label="Today">
        <Figure label="Live calls" value={figure(stats.data?.liveCalls)} to="LiveCall" />
        <Figure label="Open reports" value={figure(stats.data?.openReports)} to="Report" />
        <Figure label="Calls today" value={figure(stats.data?.callsToday)} />
        <Figure label="Tokens today" value={figure(stats.data?.tokensToday)} />
      </div>
      <div className="dashboard__panels">
        <OpenReports />
        <LiveCalls />
      </div>
    </section>
  );
}

function Figure({ label, value, to }: { label: string; value: string; to?: string }) {
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const content = (
    <CardContent>
      <Typography variant="body2" color="text.secondary" component="h2">
        {label}
      </Typography>
      <Typography variant="h4" component="p" data-testid={`figure-${label.toLowerCase().replace(/\s+/g, '-')}`}>
        {value}
      </Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined">
      {to ? <CardActionArea onClick={() => navigate(createPath({ resource: to, type: 'list' }))}>{content}</CardActionArea> : content}
    </Card>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function OpenReports() {
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const { data, total, isPending } = useGetList<ReportRecord>('Report', {
    filter: { status: 'OPEN' },
    pagination: { page: 1, perPage: 5 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  return (
    <Panel title="Newest open reports">
      {isPending ? (
        <Typography color="text.secondary">Loading…</Typography>
      ) : !data?.length ? (
        <Typography color="text.secondary">No open reports. New ones appear here as they arrive.</Typography>
      ) : (
        <MuiList dense aria-label="Open reports">
          {data.map((report) => (
            <ListItem key={report.id} disablePadding>
              <ListItemButton onClick={() => navigate(createPath({ resource: 'Report', type: 'show', id: report.id }))}>
                <ListItemText
                  primary={`${nameOf(REPORT_REASONS, report.reason)}: ${report.reportedAccountName}`}
                  secondary={`by ${report.reporterName} · ${new Date(report.createdAt).toLocaleTimeString()}`}
                />
              </ListItemButton>
            </ListItem>
          ))}
          {total && total > data.length ? <ListItem>…and {total - data.length} more</ListItem> : null}
        </MuiList>
      )}
    </Panel>
  );
}

function LiveCalls() {
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const { data, isPending } = useGetList<LiveCallRecord>('LiveCall', { pagination: { page: 1, perPage: 5 }, sort: { field: 'createdAt', order: 'DESC' } });
  return (
    <Panel title="Live calls">
      {isPending ? (
        <Typography color="text.secondary">Loading…</Typography>
      ) : !data?.length ? (
        <Typography color="text.secondary">No calls right now.</Typography>
      ) : (
        <MuiList dense aria-label="Live calls">
          {data.map((call) => (
            <ListItem
              key={call.id}
              disablePadding
              secondaryAction={
                <RecordContextProvider value={call}>
                  <TerminateButton />
                </RecordContextProvider>
              }
            >
              <ListItemButton onClick={() => navigate(createPath({ resource: 'LiveCall', type: 'show', id: call.id }))}>
                <ListItemText
                  primary={`${call.fanName} with ${call.creatorName}`}
                  secondary={
                    <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center' }}>
                      <StatusChip value={call.state} />
                      <CallDuration connectedAt={call.connectedAt} endedAt={call.endedAt} />
                      <span>{call.chargedTokens} tokens</span>
                    </Stack>
                  }
                />
              </ListItemButton>
            </ListItem>
          ))}
        </MuiList>
      )}
    </Panel>
  );
}
