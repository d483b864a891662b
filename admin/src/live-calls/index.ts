import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import { LiveCallList } from './LiveCallList';
import { LiveCallShow } from './LiveCallShow';

export default {
  list: LiveCallList,
  show: LiveCallShow,
  icon: PhoneInTalkIcon,
  options: { label: 'Live calls' },
  recordRepresentation: (call: { fanName: string; creatorName: string }) => `${call.fanName} with ${call.creatorName}`,
};
