import { useState, type ReactNode } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, Form, SaveButton, useNotify, useRefresh, useTranslate } from 'react-admin';
import { submissionErrorsOf } from '../api/http';

const EMPTY_RECORD = {};

/** Values of a react-admin form, keyed by input source. */
export type FormValues = Record<string, unknown>;

interface ActionDialogProps<Result> {
  open: boolean;
  onClose: () => void;
  /** Translation key of the dialog title. */
  title: string;
  /** Translation key of the submit button. */
  submitLabel: string;
  /** Translation key of the notification shown after the action succeeds, or a function that picks one from the result. */
  successMessage: string | ((result: Result) => string);
  /** Arguments of the success message, such as smart_count. */
  successMessageArgs?: Record<string, unknown>;
  defaultValues?: FormValues;
  /**
   * Runs the action. A rejection keeps the dialog open and shows the server's message in the
   * dialog, as a notification and, when the server names a field, at that input.
   */
  onSubmit: (values: FormValues) => Promise<Result>;
  /** Called after a successful action, before the dialog closes. */
  onSuccess?: (result: Result) => void;
  maxWidth?: 'sm' | 'md' | 'lg';
  children: ReactNode;
}

/** Shows a dialog with a form that runs one workflow action, then notifies and reloads the page's data. */
export const ActionDialog = <Result,>({
  open,
  onClose,
  title,
  submitLabel,
  successMessage,
  successMessageArgs,
  defaultValues,
  onSubmit,
  onSuccess,
  maxWidth = 'sm',
  children,
}: ActionDialogProps<Result>) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [failure, setFailure] = useState<string | null>(null);

  const handleSubmit = async (values: FormValues) => {
    let result: Result;
    try {
      result = await onSubmit(values);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'ra.notification.http_error';
      setFailure(message);
      const fieldErrors = submissionErrorsOf(error);
      if (fieldErrors) {
        // The form shows the message at the named input and notifies by itself.
        return fieldErrors;
      }
      notify(message, { type: 'error' });
      return undefined;
    }
    setFailure(null);
    const messageKey = typeof successMessage === 'function' ? successMessage(result) : successMessage;
    notify(messageKey, { type: 'success', messageArgs: successMessageArgs });
    onSuccess?.(result);
    onClose();
    refresh();
  };

  const handleClose = () => {
    setFailure(null);
    onClose();
  };

  return (
    <Dialog open={open} onClose={handleClose} fullWidth maxWidth={maxWidth}>
      {/*
        An empty record: otherwise the form would take its initial values from the page's record.
        noValidate turns off the browser's own checks, whose messages are in the browser's language.
      */}
      <Form onSubmit={handleSubmit} defaultValues={defaultValues} record={EMPTY_RECORD} noValidate>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>
          {failure && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="action-error">
              {translate(failure, { _: failure })}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={handleClose} />
          <SaveButton label={submitLabel} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
