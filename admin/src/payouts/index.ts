import PaymentsIcon from '@mui/icons-material/Payments';
import { PayoutList } from './PayoutList';
import { PayoutShow } from './PayoutShow';

export default {
  list: PayoutList,
  show: PayoutShow,
  icon: PaymentsIcon,
  options: { label: 'Payouts' },
  recordRepresentation: (payout: { owner: { displayName: string } }) => `Payout to ${payout.owner.displayName}`,
};
