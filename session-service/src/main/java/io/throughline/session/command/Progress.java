package io.throughline.session.command;

/** The closing progress check against the agreement (ICF PCC 8.1). */
public enum Progress {
    ACHIEVED,
    PARTLY,
    NOT_ACHIEVED
}
