import HistoryIcon from '@mui/icons-material/History';
import { AuditEntryList } from './AuditEntryList';

/** The audit log has a list only: entries are never shown for editing, and never edited or deleted. */
export default {
  list: AuditEntryList,
  icon: HistoryIcon,
  options: { label: 'Audit log' },
};
