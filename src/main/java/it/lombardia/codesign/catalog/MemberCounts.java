package it.lombardia.codesign.catalog;

/** How many members a group of clusters has, in total and by kind. */
public record MemberCounts(int total, int companies, int research, int other) {
}
