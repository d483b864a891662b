import StorefrontIcon from '@mui/icons-material/Storefront';
import { AgencyList } from './AgencyList';
import { AgencyShow } from './AgencyShow';

export default {
  list: AgencyList,
  show: AgencyShow,
  icon: StorefrontIcon,
  options: { label: 'Agencies' },
  recordRepresentation: 'name',
};
