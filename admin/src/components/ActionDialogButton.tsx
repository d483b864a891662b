import { useId, useState, type FormEvent, type MouseEvent, type ReactElement, type ReactNode } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { Button, useNotify, useRefresh } from 'react-admin';

const TEXT_MIN = 3;
const TEXT_MAX = 1000;

export interface ActionValues {
  /** The reason or note, trimmed (3–1000 characters: it goes in the audit log). */
  text: string;
  /** Only with `amount`: the whole tokens asked for, or null for "all". */
  amount: number | null;
}

export interface ActionDialogButtonProps {
  /** The button's label, e.g. "Terminate". */
  label: string;
  icon: ReactElement;
  color?: 'primary' | 'error' | 'warning' | 'success' | 'inherit';
  variant?: 'text' | 'outlined' | 'contained';
  /** The dialog's title, a question, e.g. "Terminate this call?". */
  title: string;
  description: ReactNode;
  /** What the text asks for: "Reason" for actions on calls and accounts, "Note" for reports. */
  textLabel?: string;
  confirmLabel: string;
  /** Asks for a whole number of tokens too (refunds), from 1 to `max`; empty means all of them. */
  amount?: { max: number; helperText: string };
  disabled?: boolean;
  /** Runs the action; resolves with the message to show, or throws an error whose message is shown in the dialog. */
  onConfirm: (values: ActionValues) => Promise<string>;
}

/**
 * A button that opens a dialog asking why (every moderator action is audited with its reason), runs the
 * action, reports the outcome and refreshes the page's data. Errors stay in the dialog, so the moderator
 * can correct the input and try again.
 */
export function ActionDialogButton({
  label,
  icon,
  color = 'primary',
  variant = 'text',
  title,
  description,
  textLabel = 'Reason',
  confirmLabel,
  amount,
  disabled,
  onConfirm,
}: ActionDialogButtonProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [amountText, setAmountText] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();

  const trimmed = text.trim();
  const textProblem =
    trimmed.length < TEXT_MIN
      ? `At least ${TEXT_MIN} characters: it is recorded in the audit log.`
      : trimmed.length > TEXT_MAX
        ? `At most ${TEXT_MAX} characters.`
        : null;
  const amountValue = amountText.trim() === '' ? null : Number(amountText);
  const amountProblem =
    amount && amountValue !== null && (!Number.isInteger(amountValue) || amountValue < 1 || amountValue > amount.max)
      ? `A whole number from 1 to ${amount.max}, or empty for all ${amount.max}.`
      : null;

  // Rows of a list navigate on click; neither the button nor its dialog (a portal, whose React events
  // still bubble to the row) may trigger that.
  const stop = (event: MouseEvent) => event.stopPropagation();

  const openDialog = (event: MouseEvent) => {
    stop(event);
    setText('');
    setAmountText('');
    setError(null);
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (textProblem || amountProblem || pending) return;
    setPending(true);
    setError(null);
    try {
      const message = await onConfirm({ text: trimmed, amount: amount ? amountValue : null });
      setOpen(false);
      notify(message, { type: 'success' });
      refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Something went wrong. Please try again.');
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label={label} color={color} variant={variant} onClick={openDialog} disabled={disabled}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)} onClick={stop} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{title}</DialogTitle>
          <DialogContent>
            <DialogContentText component="div" sx={{ mb: 2 }}>
              {description}
            </DialogContentText>
            {amount && (
              <TextField
                label="Tokens to refund"
                type="number"
                value={amountText}
                onChange={(e) => setAmountText(e.target.value)}
                placeholder={`All ${amount.max}`}
                helperText={amountProblem ?? amount.helperText}
                error={!!amountProblem}
                slotProps={{ htmlInput: { min: 1, max: amount.max, step: 1 } }}
                fullWidth
                margin="dense"
              />
            )}
            <TextField
              label={textLabel}
              value={text}
              onChange={(e) => setText(e.target.value)}
              helperText={text && textProblem ? textProblem : 'Recorded in the audit log with your name.'}
              error={!!text && !!textProblem}
              multiline
              minRows={2}
              autoFocus
              required
              fullWidth
              margin="dense"
            />
            {error && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {error}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button label="Cancel" onClick={() => setOpen(false)} disabled={pending} />
            <Button label={confirmLabel} type="submit" color={color} variant="contained" disabled={pending || !!textProblem || !!amountProblem} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
