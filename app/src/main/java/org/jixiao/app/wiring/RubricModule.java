package org.jixiao.app.wiring;

import com.google.inject.AbstractModule;
import org.jixiao.app.rubrics.RubricRepository;

/** The rubric repository: built-in rubrics from the class path, and rubric files. */
final class RubricModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(RubricRepository.class).asEagerSingleton();
    }
}
