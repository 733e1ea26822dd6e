import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, useDataProvider, useRecordContext } from 'react-admin';
import type { HandoverAction, RumisDataProvider } from '../api/dataProvider';
import { ActionDialog, type FormValues } from '../common/ActionDialog';
import { useActionAllowed } from '../common/useActionAllowed';
import type { HandoverActRecord } from '../types';
import { ACTION_STATUSES } from './actStatuses';

interface ActActionButtonProps {
  action: HandoverAction;
  icon: ReactElement;
  /** Initial form values, computed from the act when the dialog opens. */
  defaultValues?: (act: HandoverActRecord) => FormValues;
  /** Turns the form values into the action's request body. */
  toBody: (values: FormValues) => Record<string, unknown>;
  /** The dialog's inputs. */
  children: ReactNode;
}

/**
 * Renders a button and dialog for one step of the act's workflow, but only when the act's status
 * allows the step and the active profile's roles allow the action.
 */
export const ActActionButton = ({ action, icon, defaultValues, toBody, children }: ActActionButtonProps) => {
  const record = useRecordContext<HandoverActRecord>();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const allowed = useActionAllowed('handover-acts', action, ACTION_STATUSES[action]);
  const [open, setOpen] = useState(false);
  if (!allowed || !record) {
    return null;
  }
  return (
    <>
      <Button label={`resources.handover-acts.actions.${action}`} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      {open && (
        <ActionDialog
          open
          onClose={() => setOpen(false)}
          title={`resources.handover-acts.${action}.title`}
          submitLabel={`resources.handover-acts.actions.${action}`}
          successMessage={`resources.handover-acts.${action}.done`}
          defaultValues={defaultValues?.(record)}
          onSubmit={(values) => dataProvider.runHandoverAction(record.id, action, toBody(values))}
        >
          {children}
        </ActionDialog>
      )}
    </>
  );
};
