import { Stack, Typography } from '@mui/material';
import type { TransferRecord } from '../types';

const ACCOUNT_KINDS: Record<string, string> = {
  FAN_WALLET: 'wallet',
  FAN_HOLD: 'held for call',
  CREATOR_EARNINGS: 'earnings',
  AGENCY_EARNINGS: 'agency earnings',
  PAYOUT_CLEARING: 'payout under way',
  PLATFORM_REVENUE: 'Minutely revenue',
  PROMOTIONS: 'Minutely promotions',
  PROVIDER_CLEARING: 'payment provider',
};

/** The legs of a transfer, one per line: whose account, and tokens in (+) or out (−). They sum to zero. */
export function TransferLegs({ legs }: { legs: TransferRecord['legs'] }) {
  return (
    <Stack spacing={0.25}>
      {legs.map((leg, i) => (
        <Typography key={i} variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
          <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', color: leg.amount < 0 ? 'error.main' : 'success.main' }}>
            {leg.amount > 0 ? `+${leg.amount}` : `−${-leg.amount}`}
          </Typography>{' '}
          {leg.ownerName ? `${leg.ownerName}’s ` : ''}
          {ACCOUNT_KINDS[leg.accountKind] ?? leg.accountKind.toLowerCase().replace(/_/g, ' ')}
        </Typography>
      ))}
    </Stack>
  );
}
