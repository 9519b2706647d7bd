/**
 * Models compiled by the build itself, with the annotation processor found through its service file, as an
 * application's models are: {@code ProcessorInBuildTest} checks what that produced.
 */
package io.toasty.processortest;
