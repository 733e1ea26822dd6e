import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { HandoverActList } from './HandoverActList';
import { HandoverActShow } from './HandoverActShow';

export default {
  list: HandoverActList,
  show: HandoverActShow,
  icon: ReceiptLongIcon,
  recordRepresentation: 'number',
};
