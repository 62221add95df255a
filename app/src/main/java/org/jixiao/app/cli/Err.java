package org.jixiao.app.cli;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Binds the writer for messages (standard error). */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface Err {}
