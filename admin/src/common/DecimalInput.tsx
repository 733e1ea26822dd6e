import { TextInput, type TextInputProps } from 'react-admin';
import { useIntlLocale } from './locale';
import { formatDecimalInput } from './numbers';

/**
 * Text input for a decimal number that accepts a decimal comma or point whatever the browser's
 * language, which a native number input does not. It shows a stored number with the panel
 * language's separator. The form value stays the typed text, so the form's transform turns it into
 * a number with parseDecimal, and validators should include decimalNumber.
 */
export const DecimalInput = (props: TextInputProps) => {
  const locale = useIntlLocale();
  return (
    <TextInput
      {...props}
      format={(value: unknown) => formatDecimalInput(value, locale)}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
    />
  );
};
