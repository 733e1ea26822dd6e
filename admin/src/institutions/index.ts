import SchoolIcon from '@mui/icons-material/School';
import { InstitutionEdit } from './InstitutionEdit';
import { InstitutionList } from './InstitutionList';
import { InstitutionShow } from './InstitutionShow';

export default {
  list: InstitutionList,
  show: InstitutionShow,
  edit: InstitutionEdit,
  icon: SchoolIcon,
  recordRepresentation: 'name',
};
