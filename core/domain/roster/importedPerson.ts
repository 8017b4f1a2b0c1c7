/**
 * A person as one row of the file describes them, before they are matched with the roster in the
 * app: every field already checked and normalised (parseRow), but no id and no roles beyond the
 * suggested ones. `ImportRow` pairs it with the spreadsheet row it came from, which is how the
 * preview, the diff and the apply step refer to it.
 */
import type { Gender, Role } from '../person';

export interface ImportedPerson {
  rosterNo?: number;
  fullName: string;
  gender?: Gender;
  /** yyyy-mm-dd */
  birthDate?: string;
  /**
   * Set when the file gave only a year ("1980"): no birthDate is stored, but the diff must not
   * treat "1980" as wiping a known 03/05/1980.
   */
  birthYear?: number;
  department: string;
  position: string;
  phone: string;
  partyMember: boolean;
  unionMember: boolean;
  note: string;
  suggestedRoles: Role[];
}

export interface ImportRow {
  /** 1-based spreadsheet row number as the user sees it. */
  row: number;
  person: ImportedPerson;
  warnings: string[];
}
