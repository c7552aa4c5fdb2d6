import TextField from '@material-ui/core/TextField';

/**
 * The required rationale of a decision or classification: multi-line, capped
 * at the API's 10,000 characters, and, when the user tried to save it blank,
 * marked invalid with `missingText` under the field (the form uses noValidate,
 * so the browser's own message does not appear instead).
 */
export function RationaleField(props: {
  id: string;
  testId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  missing: boolean;
  missingText: string;
}) {
  return (
    <TextField
      id={props.id}
      fullWidth
      multiline
      required
      minRows={3}
      margin="normal"
      label={props.label}
      value={props.value}
      error={props.missing}
      helperText={props.missing ? props.missingText : undefined}
      onChange={e => props.onChange(e.target.value)}
      inputProps={{ maxLength: 10000, 'data-testid': props.testId }}
    />
  );
}
