import AssignmentIcon from '@mui/icons-material/Assignment';
import { ApplicationCreate } from './ApplicationCreate';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';

export default {
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  icon: AssignmentIcon,
  recordRepresentation: 'number',
};
