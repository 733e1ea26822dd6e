import SchoolIcon from '@mui/icons-material/School';
import { InstitutionList } from './InstitutionList';
import { InstitutionShow } from './InstitutionShow';

export default {
  list: InstitutionList,
  show: InstitutionShow,
  icon: SchoolIcon,
  recordRepresentation: 'name',
};
