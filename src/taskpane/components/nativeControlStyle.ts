import { tokens } from "@fluentui/react-components";

/**
 * The look of a native form control (select, textarea) in Fluent's tokens. The pane uses native
 * controls to stay under its bundle budget; they share this one style so they look alike.
 */
export const nativeControlStyle = {
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
} as const;
