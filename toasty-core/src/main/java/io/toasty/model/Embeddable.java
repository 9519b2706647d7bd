package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record whose components are stored in the table of each model that has a field of its type, one column per
 * component, named after the field: {@code Address address} stores {@code city} in column {@code address_city}.
 * {@code @Column(name = "home")} on the field changes the prefix to {@code home}. Embeddables may nest. A null field
 * is stored as nulls in all its columns, and a row whose columns are all null reads back as a null field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Embeddable {}
