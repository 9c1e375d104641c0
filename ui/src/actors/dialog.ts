/** What every one-field dialog of the actors screen takes. */
export interface FieldDialogProps<T> {
  title: string;
  /** Prefix of the dialog's test ids: `{testid}-dialog`, its field's, `{testid}-save`. */
  testid: string;
  label: string;
  submitLabel: string;
  onsubmit: (value: T) => void;
  onclose: () => void;
}
