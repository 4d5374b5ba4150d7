// One field of a form: its label (the field's name), the control for its kind, its default and
// description, and the gateway's messages about it.
import type { Field } from '../form-model.js';
import { MediaInput } from './MediaInput.js';

interface Props {
  /** Unique per form: several forms may show a field of the same name. */
  formId: string;
  field: Field;
  value: string | boolean;
  errors?: string[];
  onChange(value: string | boolean): void;
  onFile(file: File): void;
  onPreview(url: string): void;
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

export function FieldControl({ formId, field, value, errors, onChange, onFile, onPreview }: Props) {
  const id = `${formId}-${field.in}-${field.name}`;
  const described = [field.description && `${id}-help`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-describedby': described, 'aria-invalid': errors?.length ? true : undefined, 'aria-required': field.required || undefined };
  const text = typeof value === 'string' ? value : '';
  let control;
  switch (field.kind) {
    case 'boolean':
      control = <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
      break;
    case 'choice':
      control = (
        <select {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)}>
          {(!field.required || field.nullable) && <option value="">—</option>}
          {field.choices!.map((choice, i) => (
            <option value={String(i)}>{show(choice)}</option>
          ))}
        </select>
      );
      break;
    case 'integer':
    case 'number':
      control = <input type="number" step={field.kind === 'integer' ? 1 : 'any'} {...common} value={text} onInput={(e) => onChange(e.currentTarget.value)} />;
      break;
    case 'json':
    case 'textarea':
      control = <textarea {...common} rows={field.kind === 'json' ? 4 : 3} value={text} spellcheck={field.kind !== 'json'} onInput={(e) => onChange(e.currentTarget.value)} />;
      break;
    case 'file':
      control = <input type="file" {...common} onChange={(e) => e.currentTarget.files?.[0] && onFile(e.currentTarget.files[0])} />;
      break;
    case 'media':
      control = <MediaInput field={field} inputProps={common} value={text} onChange={onChange} onPreview={onPreview} />;
      break;
    default:
      control = <input type="text" {...common} value={text} onInput={(e) => onChange(e.currentTarget.value)} />;
  }
  return (
    <div class={`field kind-${field.kind}${errors?.length ? ' invalid' : ''}`}>
      <div class="label-row">
        <label for={id}>
          <code>{field.name}</code>
        </label>
        {/* Outside the label: the control is named by the field's name alone (required: aria-required). */}
        {field.required && (
          <span class="required" title="required" aria-hidden="true">
            *
          </span>
        )}
        {field.in !== 'body' && <span class="where">({field.in})</span>}
      </div>
      {control}
      {(field.description || field.default !== undefined || field.kind === 'json') && (
        <p class="help" id={`${id}-help`}>
          {field.description}
          {field.default !== undefined && (
            <span class="default">
              {' '}
              Default: <code>{show(field.default)}</code>.
            </span>
          )}
          {field.kind === 'json' && <span> JSON.</span>}
        </p>
      )}
      {errors?.length ? (
        <p class="field-error" id={`${id}-error`} role="alert">
          {errors.join('; ')}
        </p>
      ) : null}
    </div>
  );
}
