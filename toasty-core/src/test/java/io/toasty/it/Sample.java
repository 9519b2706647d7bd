package io.toasty.it;

import io.toasty.model.Auto;
import io.toasty.model.EnumOrdinal;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.util.UUID;

/** One field of each kind that a multi-row insert on PostgreSQL binds as one array per column. */
@Model
public class Sample {
    @Key
    @Auto
    Long id;

    String text;
    char letter;
    Character boxedLetter;
    boolean flag;
    Boolean boxedFlag;
    byte tiny;
    short small;
    Short boxedSmall;
    int number;
    Integer boxedNumber;
    long big;
    float single;
    Float boxedSingle;
    double precise;
    Double boxedPrecise;
    UUID uuid;
    Status status;

    @EnumOrdinal
    Status ordinal;
}
