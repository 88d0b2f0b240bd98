/** The signed-in account in the header (who, role, sign in / out). Filled by the access work. */
export function Account() {
  return null;
}
