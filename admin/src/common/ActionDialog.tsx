import type { ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, Form, SaveButton, useNotify, useRefresh, useTranslate } from 'react-admin';

const EMPTY_RECORD = {};

/** Values of a react-admin form, keyed by input source. */
export type FormValues = Record<string, unknown>;

interface ActionDialogProps {
  open: boolean;
  onClose: () => void;
  /** Translation key of the dialog title. */
  title: string;
  /** Translation key of the submit button. */
  submitLabel: string;
  /** Translation key of the notification shown after the action succeeds. */
  successMessage: string;
  defaultValues?: FormValues;
  /** Runs the action. A rejection keeps the dialog open and shows the server's message. */
  onSubmit: (values: FormValues) => Promise<unknown>;
  children: ReactNode;
}

/** Shows a dialog with a form that runs one workflow action, then notifies and reloads the page's data. */
export const ActionDialog = ({
  open,
  onClose,
  title,
  submitLabel,
  successMessage,
  defaultValues,
  onSubmit,
  children,
}: ActionDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();

  const handleSubmit = async (values: FormValues) => {
    try {
      await onSubmit(values);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return;
    }
    notify(successMessage, { type: 'success' });
    onClose();
    refresh();
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      {/* An empty record: otherwise the form would take its initial values from the page's record. */}
      <Form onSubmit={handleSubmit} defaultValues={defaultValues} record={EMPTY_RECORD}>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label={submitLabel} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
