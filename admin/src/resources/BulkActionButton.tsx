import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, useListContext, type Identifier } from 'react-admin';
import { ActionDialog, type FormValues } from '../common/ActionDialog';

interface BulkActionButtonProps {
  /** Translation key prefix of the action: <prefix>.title and <prefix>.done, with the button label in `label`. */
  messages: string;
  label: string;
  icon: ReactElement;
  color?: 'primary' | 'error';
  defaultValues?: FormValues;
  /** Runs the action on the selected resources. */
  run: (ids: Identifier[], values: FormValues) => Promise<unknown>;
  children: ReactNode;
}

/**
 * Renders a bulk action of the resource list: a button that opens a dialog and runs the action
 * on the selected resources, all or none. The server rejects the whole set when one of them is
 * reserved, issued or written off, and the dialog shows its message naming them.
 */
export const BulkActionButton = ({ messages, label, icon, color = 'primary', defaultValues, run, children }: BulkActionButtonProps) => {
  const { selectedIds, onUnselectItems } = useListContext();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} color={color}>
        {icon}
      </Button>
      {open && (
        <ActionDialog
          open
          onClose={() => setOpen(false)}
          title={`${messages}.title`}
          submitLabel={label}
          successMessage={`${messages}.done`}
          successMessageArgs={{ smart_count: selectedIds.length }}
          defaultValues={defaultValues}
          onSubmit={(values) => run(selectedIds, values)}
          onSuccess={() => onUnselectItems()}
        >
          {children}
        </ActionDialog>
      )}
    </>
  );
};
