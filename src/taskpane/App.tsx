/** The pane inside Fluent's provider and theme. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Pane, type PaneProps } from "./Pane";

export function App(props: PaneProps) {
  return (
    <FluentProvider theme={webLightTheme} lang="sv">
      <Pane {...props} />
    </FluentProvider>
  );
}
