import { useState } from 'preact/hooks';
import { parseSite } from '../utils/siteHosts';

interface SiteListProps {
  /** Names the list for screen readers and tests: "Always scanned sites". */
  label: string;
  sites: string[];
  /** Resolves to an error to show, or null once the site is added. Called inside the submit's user gesture. */
  onAdd: (site: string) => Promise<string | null>;
  onRemove: (site: string) => void;
  empty: string;
}

/** A list of sites with a remove button each and a field that adds one, checked before it is saved. */
export function SiteList({ label, sites, onAdd, onRemove, empty }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = `add-${label.toLowerCase().replace(/\W+/g, '-')}`;

  const submit = (event: Event) => {
    event.preventDefault();
    const site = parseSite(draft);
    if (!site) return setError(`“${draft.trim()}” is not a web site address (like example.com).`);
    if (sites.includes(site)) return setError(`${site} is already on the list.`);
    void onAdd(site).then((problem) => {
      setError(problem);
      if (!problem) setDraft('');
    });
  };

  return (
    <div class="site-list">
      {sites.length ? (
        <ul aria-label={label}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="link-button" aria-label={`Remove ${site}`} onClick={() => onRemove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{empty}</p>
      )}
      <form onSubmit={submit} class="site-add">
        <label for={inputId}>Add a site</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            setError(null);
          }}
        />
        <button type="submit">Add</button>
      </form>
      {error && (
        <p class="error" id={`${inputId}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
