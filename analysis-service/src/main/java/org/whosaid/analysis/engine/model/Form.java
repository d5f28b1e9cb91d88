package org.whosaid.analysis.engine.model;

/** The statement forms of the GermEval 2023 / gnqa annotation scheme. */
public enum Form { Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported }
