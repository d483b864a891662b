import { Title, useGetIdentity } from 'react-admin';

/** The landing page of the panel. The report queue and live calls replace the note with the moderation issue. */
export function Dashboard() {
  const { identity, isPending } = useGetIdentity();
  return (
    <section className="dashboard">
      <Title title="Dashboard" />
      <h1 className="dashboard__title">Minutely moderation</h1>
      <p className="dashboard__who" data-testid="moderator-name">
        {isPending ? 'Loading…' : `Signed in as ${identity?.fullName ?? 'a moderator'}`}
      </p>
      <div className="dashboard__note">
        <h2>Nothing to review yet</h2>
        <p>
          Reports from fans and creators, live calls to watch and terminate, refunds and account suspensions arrive with
          the moderation issue. Every action taken here will be audited.
        </p>
      </div>
    </section>
  );
}
