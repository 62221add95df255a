package org.jixiao.app.cli;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Binds the writer for results (standard output). */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface Out {}
