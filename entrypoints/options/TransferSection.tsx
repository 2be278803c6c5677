import { useMemo, useState } from 'preact/hooks';
import type { PolicyState } from '../../src/policy/storage';
import { differencesFromDefaults, formatPolicy, parsePolicyJson, type PolicyFormat } from '../../src/policy/transfer';
import { replaceUserSettings } from '../../src/policy/user-settings';

const FORMATS: { value: PolicyFormat; label: string; hint: string }[] = [
  { value: 'policy', label: 'Policy JSON', hint: 'For a policy file (Linux, Firefox "3rdparty"), a registry or profile value, or these settings on another computer.' },
  { value: 'admin-console', label: 'Google Admin console', hint: 'Paste into Apps & extensions \u203a Second Look \u203a Policy for extensions.' },
];

/**
 * Export: the settings in force, as an admin would push them. Import: a policy pasted or loaded
 * from a file, checked against the policy schema with an error per bad setting, then used as the
 * user's own settings (whatever the organization set stays as it is).
 */
export function TransferSection({ state }: { state: PolicyState }) {
  return (
    <section class="card" id="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Import and export</h2>
      <p class="card__intro">
        For IT: tune the settings on this page, export them, and paste the result into your management console. The admin guide
        (docs/admin.md) has ready-made files for Windows, macOS, Linux, Google Admin, Edge and Firefox.
      </p>
      <div class="transfer">
        <ExportPanel state={state} />
        <ImportPanel state={state} />
      </div>
    </section>
  );
}

function ExportPanel({ state }: { state: PolicyState }) {
  const [format, setFormat] = useState<PolicyFormat>('policy');
  const [onlyChanges, setOnlyChanges] = useState(true);
  const [copied, setCopied] = useState('');
  const text = useMemo(
    () => formatPolicy(onlyChanges ? differencesFromDefaults(state.policy) : state.policy, format),
    [state.policy, format, onlyChanges],
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied.');
    } catch {
      setCopied('Could not copy: select the text and copy it.');
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `second-look-${format}.json` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div class="transfer__panel">
      <h3>Export</h3>
      <fieldset class="choice">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value} class="choice__option">
            <input type="radio" name="export-format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
            <span>
              {f.label}
              <span class="choice__hint">{f.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label class="choice__option">
        <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.currentTarget.checked)} />
        <span>
          Only what differs from the defaults
          <span class="choice__hint">Every setting in a managed policy is locked for staff; leave the rest to them.</span>
        </span>
      </label>
      <label class="sl-visually-hidden" for="export-text">
        Exported policy
      </label>
      <textarea id="export-text" class="code" rows={10} readOnly value={text} data-export={format} />
      {text.trim() === '{}' && <p class="choice__hint">Everything is at the defaults, so there is nothing to push.</p>}
      <div class="transfer__actions">
        <button type="button" class="sl-button sl-button--primary" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" class="sl-button" onClick={download}>
          Download
        </button>
        <span role="status">{copied}</span>
      </div>
    </div>
  );
}

function ImportPanel({ state }: { state: PolicyState }) {
  const [text, setText] = useState('');
  const [done, setDone] = useState('');
  const result = useMemo(() => (text.trim() ? parsePolicyJson(text) : undefined), [text]);

  const load = async (file: File | undefined) => {
    if (file) setText(await file.text());
  };
  const apply = async () => {
    if (!result?.ok) return;
    await replaceUserSettings(result.patch);
    const fields = Object.keys(result.patch);
    const kept = fields.filter((f) => state.lockedPaths.some((p) => p === f || p.startsWith(`${f}.`)));
    setDone(
      `Your settings now follow this policy (${fields.length} ${fields.length === 1 ? 'setting' : 'settings'}).` +
        (kept.length ? ` Your organization still sets ${kept.join(', ')}.` : ''),
    );
    setText('');
  };

  return (
    <div class="transfer__panel">
      <h3>Import</h3>
      <label for="import-text">Paste a policy</label>
      <textarea
        id="import-text"
        class="code"
        rows={8}
        value={text}
        spellcheck={false}
        aria-describedby="import-result"
        aria-invalid={result && !result.ok ? 'true' : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setDone('');
        }}
      />
      <label class="file">
        <span>Or load a file</span>
        <input type="file" accept=".json,application/json" onChange={(e) => void load(e.currentTarget.files?.[0])} />
      </label>
      <div id="import-result" class="import-result" role="status" data-import={result ? (result.ok ? 'valid' : 'invalid') : undefined}>
        {result && !result.ok && (
          <>
            <p class="import-result__bad">This policy can't be used:</p>
            <ul>
              {result.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </>
        )}
        {result?.ok && <p class="import-result__good">Valid: {Object.keys(result.patch).join(', ') || 'no settings (all defaults)'}.</p>}
        {done && <p class="import-result__good">{done}</p>}
      </div>
      <div class="transfer__actions">
        <button type="button" class="sl-button sl-button--primary" disabled={!result?.ok} onClick={() => void apply()}>
          Use as my settings
        </button>
        <span class="choice__hint">Replaces your own settings.</span>
      </div>
    </div>
  );
}
