import ComputerIcon from '@mui/icons-material/Computer';
import { ResourceCreate } from './ResourceCreate';
import { ResourceEdit } from './ResourceEdit';
import { ResourceList } from './ResourceList';
import { ResourceShow } from './ResourceShow';

export default {
  list: ResourceList,
  show: ResourceShow,
  create: ResourceCreate,
  edit: ResourceEdit,
  icon: ComputerIcon,
  recordRepresentation: 'number',
};
