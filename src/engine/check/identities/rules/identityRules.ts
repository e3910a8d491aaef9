import { RULES } from "../../rules/catalogue";
import { CROSS_STATEMENT_RULES } from "../crossStatement";
import { MEMBER_SHARE_RULES } from "../memberShares";
import { noteIdentities } from "../notes";
import { OVERVIEW_RULES } from "../overview";
import { noteOpeningBalances } from "../rollForward";
import type { IdentityRule } from "./ruleContext";

/**
 * Every identity rule beyond footing (identities/footing.ts, which foots each statement on its
 * own), in the order the engine builds them: the blame solver settles ties by that order, so a new
 * rule goes at the end of its group. Each entry names the catalogue lines (rules/catalogue.ts) of
 * the ids it emits; each rule is a function named after its id, in the file named here:
 * - between statements: crossStatement.ts (årets resultat, balance, equity, cash, working capital)
 *   and rules/driftredovisning.ts;
 * - a note's total against the line citing it: notes.ts;
 * - the five-year overview: overview.ts;
 * - the partsfördelning between the members: memberShares.ts;
 * - a note's opening values against last year's closing values: rollForward.ts.
 * What a rule compares a figure with is worded in src/i18n/sv/check.ts, IDENTITY_BASIS, by rule id.
 */
export const IDENTITY_RULES: readonly IdentityRule[] = [
  ...CROSS_STATEMENT_RULES,
  { ids: [RULES.noteReference], check: ({ ix }) => noteIdentities(ix) },
  ...OVERVIEW_RULES,
  ...MEMBER_SHARE_RULES,
  { ids: [RULES.noteOpening], check: ({ ix }) => noteOpeningBalances(ix) },
];

export type { IdentityRule, RuleContext } from "./ruleContext";
