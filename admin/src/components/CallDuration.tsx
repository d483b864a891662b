import { useEffect, useState } from 'react';

/** "4:07", or "1:02:03" past an hour. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hms = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return hms[0] ? `${hms[0]}:${String(hms[1]).padStart(2, '0')}:${String(hms[2]).padStart(2, '0')}` : `${hms[1]}:${String(hms[2]).padStart(2, '0')}`;
}

/** How long a call has been connected, ticking each second while it is live. */
export function CallDuration({ connectedAt, endedAt }: { connectedAt: string | null; endedAt: string | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!connectedAt || endedAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [connectedAt, endedAt]);
  if (!connectedAt) return <span>not connected</span>;
  const end = endedAt ? Date.parse(endedAt) : now;
  return <span>{formatDuration((end - Date.parse(connectedAt)) / 1000)}</span>;
}
