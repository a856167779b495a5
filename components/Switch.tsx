interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  testId?: string;
}

/** An on/off button the way screen readers know it (role=switch), drawn as a small track and knob. */
export function Switch({ label, checked, onChange, disabled, testId }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      aria-label={label}
      title={label}
      disabled={disabled}
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      <span class="switch-knob" aria-hidden="true" />
    </button>
  );
}
