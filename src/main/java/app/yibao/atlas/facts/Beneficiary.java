package app.yibao.atlas.facts;

/** Whose expenses a usage rule lets the balance pay. */
public enum Beneficiary {
    SELF, SPOUSE, PARENTS, CHILDREN, RELATIVES
}
