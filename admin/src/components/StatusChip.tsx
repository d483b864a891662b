import { Chip } from '@mui/material';

type Tone = 'default' | 'error' | 'warning' | 'success' | 'info';

const TONES: Record<string, Tone> = {
  OPEN: 'warning',
  RESOLVED: 'success',
  DISMISSED: 'default',
  ACTIVE: 'success',
  SUSPENDED: 'error',
  RINGING: 'info',
  CONNECTING: 'info',
  ONGOING: 'success',
  ENDED: 'default',
  INVITED: 'info',
  REQUESTED: 'warning',
  PROCESSING: 'info',
  PAID: 'success',
  REJECTED: 'default',
  FAILED: 'error',
};

/** A status as a coloured chip: warm for what needs a moderator, green for what is fine. */
export function StatusChip({ value, label }: { value: string | null | undefined; label?: string }) {
  if (!value) return null;
  return (
    <Chip
      size="small"
      label={label ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ')}
      color={TONES[value] ?? 'default'}
      variant="outlined"
    />
  );
}
