import { Box, Typography } from '@mui/material';
import { BooleanInput, FormDataConsumer, TextInput, required, useTranslate } from 'react-admin';
import { useSubtypes } from '../codeLists/useSubtypes';
import { DecimalInput } from '../common/DecimalInput';
import { decimalNumber, positiveDecimal } from '../common/numbers';
import type { SubtypeParameter } from '../types';
import { NUMERIC_PARAMETERS } from './resourceBody';

const BOOLEAN_PARAMETERS = ['stylus'];
/** The server requires numeric parameters to be positive numbers. */
const NUMBER_VALIDATORS = [decimalNumber, positiveDecimal];
const REQUIRED_NUMBER_VALIDATORS = [required(), ...NUMBER_VALIDATORS];

const ParameterInput = ({ parameter }: { parameter: SubtypeParameter }) => {
  const source = `parameters.${parameter.key}`;
  const label = `resources.resources.parameters.${parameter.key}`;
  // react-admin marks inputs with a required() validator with an asterisk.
  if (BOOLEAN_PARAMETERS.includes(parameter.key)) {
    return <BooleanInput source={source} label={label} />;
  }
  if (NUMERIC_PARAMETERS.includes(parameter.key)) {
    return <DecimalInput source={source} label={label} validate={parameter.required ? REQUIRED_NUMBER_VALIDATORS : NUMBER_VALIDATORS} />;
  }
  return (
    <TextInput source={source} label={label} validate={parameter.required ? required() : undefined} multiline={parameter.key === 'notes'} />
  );
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
