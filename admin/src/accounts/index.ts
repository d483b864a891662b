import PeopleIcon from '@mui/icons-material/People';
import { AccountList } from './AccountList';
import { AccountShow } from './AccountShow';

export default {
  list: AccountList,
  show: AccountShow,
  icon: PeopleIcon,
  options: { label: 'Accounts' },
  recordRepresentation: 'displayName',
};
