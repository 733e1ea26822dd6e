import { Box, Typography } from '@mui/material';
import { BooleanInput, FormDataConsumer, NumberInput, TextInput, required, useTranslate } from 'react-admin';
import { useSubtypes } from '../codeLists/useSubtypes';
import type { SubtypeParameter } from '../types';

const NUMERIC_PARAMETERS = ['ram_gb', 'storage_gb', 'screen_inches'];
const BOOLEAN_PARAMETERS = ['stylus'];

const ParameterInput = ({ parameter }: { parameter: SubtypeParameter }) => {
  const source = `parameters.${parameter.key}`;
  const label = `resources.resources.parameters.${parameter.key}`;
  // react-admin marks inputs with a required() validator with an asterisk.
  const validate = parameter.required ? required() : undefined;
  if (BOOLEAN_PARAMETERS.includes(parameter.key)) {
    return <BooleanInput source={source} label={label} />;
  }
  if (NUMERIC_PARAMETERS.includes(parameter.key)) {
    return <NumberInput source={source} label={label} validate={validate} min={0} />;
  }
  return <TextInput source={source} label={label} validate={validate} multiline={parameter.key === 'notes'} />;
};

/** Renders inputs for the technical parameters of the subtype chosen in the form, and only those. */
export const ParameterInputs = () => {
  const translate = useTranslate();
  const { subtypes } = useSubtypes();
  return (
    <FormDataConsumer<{ subtypeId?: number }>>
      {({ formData }) => {
        const subtype = subtypes.find((candidate) => candidate.id === formData.subtypeId);
        return (
          <Box sx={{ width: '100%', mb: 2 }} data-testid="parameter-inputs">
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('resources.resources.sections.parameters')}
            </Typography>
            {!subtype && <Typography variant="body2">{translate('resources.resources.choose_subtype_first')}</Typography>}
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', columnGap: 2 }}>
              {subtype?.parameters.map((parameter) => (
                <ParameterInput key={parameter.key} parameter={parameter} />
              ))}
            </Box>
          </Box>
        );
      }}
    </FormDataConsumer>
  );
};
