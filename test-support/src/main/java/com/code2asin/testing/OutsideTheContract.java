package com.code2asin.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (or a whole test class) that sends requests the service's OpenAPI document forbids, on purpose, to
 * show how they are refused. Its requests are not checked against the document; its responses still are.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OutsideTheContract {
}
