import GroupsIcon from '@mui/icons-material/Groups';
import { AgencyMembershipList } from './AgencyMembershipList';

export default {
  list: AgencyMembershipList,
  icon: GroupsIcon,
  options: { label: 'Memberships' },
};
