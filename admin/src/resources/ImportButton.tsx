import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, LinkBase, useCanAccess, useCreatePath } from 'react-admin';

/** Opens the import page of the resource list. */
export const ImportButton = () => {
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'resources', action: 'import' });
  if (!canAccess) {
    return null;
  }
  return (
    <Button component={LinkBase} to={`${createPath({ resource: 'resources', type: 'list' })}/import`} label="resources.resources.actions.import">
      <UploadFileIcon />
    </Button>
  );
};
