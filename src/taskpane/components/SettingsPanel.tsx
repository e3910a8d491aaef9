/** Per-workbook settings: sheets to check, unit override, automatic check. */
import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pane } from "../../i18n/sv/pane";
import type { PaneSettings } from "../paneActions";
import { Choice } from "./Choice";

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
  // "Alla blad" unchecked leaves no sheet chosen yet: the saved settings cannot say "none" (empty
  // means all), so that state lives here until the user picks a sheet.
  const [choosing, setChoosing] = useState(false);
  const all = settings.sheets.length === 0 && !choosing;
  const chosen = new Set(all ? sheetNames : settings.sheets.length === 0 ? [] : settings.sheets);
  const toggle = (name: string, on: boolean) => {
    const next = sheetNames.filter((s) => (s === name ? on : chosen.has(s)));
    if (next.length === 0) {
      setChoosing(true);
      if (settings.sheets.length > 0) onChange({ ...settings, sheets: [] });
      return;
    }
    setChoosing(false);
    onChange({ ...settings, sheets: next.length === sheetNames.length ? [] : next });
  };
  return (
    <div className={styles.root}>
      <fieldset className={styles.sheets}>
        <legend className={styles.legend}>{pane.settingsSheets}</legend>
        <Checkbox
          label={pane.settingsAllSheets}
          checked={all ? true : chosen.size > 0 ? "mixed" : false}
          onChange={(_, d) => {
            if (d.checked === true) {
              setChoosing(false);
              if (settings.sheets.length > 0) onChange({ ...settings, sheets: [] });
            } else setChoosing(true);
          }}
        />
        {sheetNames.map((name) => (
          <Checkbox
            key={name}
            label={name}
            checked={chosen.has(name)}
            onChange={(_, d) => toggle(name, d.checked === true)}
          />
        ))}
        {choosing && chosen.size === 0 && (
          <Caption1 role="status" className={styles.hint}>
            {pane.settingsChooseSheets}
          </Caption1>
        )}
      </fieldset>
      <Choice<"auto" | "kr" | "tkr">
        label={pane.settingsUnit}
        value={settings.unit ?? "auto"}
        options={[
          { value: "auto", text: pane.settingsUnitAuto },
          { value: "kr", text: pane.settingsUnitKr },
          { value: "tkr", text: pane.settingsUnitTkr },
        ]}
        onChange={(v) => onChange({ ...settings, unit: v === "auto" ? null : v })}
      />
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
