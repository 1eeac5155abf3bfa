package org.renewalledger.kernel.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an HTTP endpoint can answer besides those every endpoint can (docs/ARCHITECTURE.md, "Errors in the API
 * document"): the {@link ErrorCode}s its command's rules, its lookups and its own checks throw. The API document lists
 * them per status, with examples, so a client knows which codes to handle; an endpoint with none of its own says so
 * with {@code @Refuses({})}. ApiDocumentIT names every endpoint that lacks the annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refuses {

    ErrorCode[] value();
}
