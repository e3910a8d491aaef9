/** Per-workbook settings: sheets to check, unit override, automatic check. */
import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { pane } from "../../i18n/sv/pane";
import type { PaneSettings } from "../paneActions";
import { NativeSelect } from "./NativeSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sheets: { display: "flex", flexDirection: "column", border: "none", padding: 0, margin: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2, paddingInlineStart: tokens.spacingHorizontalXXL },
});

export interface SettingsPanelProps {
  readonly settings: PaneSettings;
  readonly sheetNames: readonly string[];
  readonly onChange: (settings: PaneSettings) => void;
}

export function SettingsPanel({ settings, sheetNames, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const all = settings.sheets.length === 0;
  const chosen = new Set(all ? sheetNames : settings.sheets);
  const toggle = (name: string, on: boolean) => {
    const next = sheetNames.filter((s) => (s === name ? on : chosen.has(s)));
    onChange({ ...settings, sheets: next.length === sheetNames.length ? [] : next });
  };
  return (
    <div className={styles.root}>
      <fieldset className={styles.sheets}>
        <legend className={styles.legend}>{pane.settingsSheets}</legend>
        <Checkbox
          label={pane.settingsAllSheets}
          checked={all}
          onChange={(_, d) => d.checked === true && onChange({ ...settings, sheets: [] })}
        />
        {sheetNames.map((name) => (
          <Checkbox
            key={name}
            label={name}
            checked={chosen.has(name)}
            onChange={(_, d) => toggle(name, d.checked === true)}
          />
        ))}
      </fieldset>
      <NativeSelect
        label={pane.settingsUnit}
        value={settings.unit ?? "auto"}
        onChange={(v) => onChange({ ...settings, unit: v === "kr" || v === "tkr" ? v : null })}
      >
        <option value="auto">{pane.settingsUnitAuto}</option>
        <option value="kr">{pane.settingsUnitKr}</option>
        <option value="tkr">{pane.settingsUnitTkr}</option>
      </NativeSelect>
      <div>
        <Checkbox
          label={pane.autoCheck}
          checked={settings.autoCheck}
          onChange={(_, d) => onChange({ ...settings, autoCheck: d.checked === true })}
          aria-describedby="autocheck-hint"
        />
        <Caption1 id="autocheck-hint" block className={styles.hint}>
          {pane.autoCheckHint}
        </Caption1>
      </div>
    </div>
  );
}
