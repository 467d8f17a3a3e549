package it.lombardia.codesign.proposal;

public enum ProposalKind {
    NEW_MACRO_THEME, NEW_PRIORITY, CHANGE_PRIORITY, RETIRE_PRIORITY;

    public String labelKey() {
        return "proposal.kind." + name();
    }

    /** Kinds that describe a priority and so need its TRL range. */
    public boolean needsTrl() {
        return this == NEW_PRIORITY || this == CHANGE_PRIORITY;
    }

    public boolean targetsMacroTheme() {
        return this == NEW_PRIORITY;
    }

    public boolean targetsPriority() {
        return this == CHANGE_PRIORITY || this == RETIRE_PRIORITY;
    }
}
