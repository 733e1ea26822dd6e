import BadgeIcon from '@mui/icons-material/Badge';
import { ProfileCreate } from './ProfileCreate';
import { ProfileEdit } from './ProfileEdit';
import { ProfileList } from './ProfileList';

export default {
  list: ProfileList,
  create: ProfileCreate,
  edit: ProfileEdit,
  icon: BadgeIcon,
};
