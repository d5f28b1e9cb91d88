package org.whosaid.analysis.engine.align;

/** SAME = one utterance rendered twice; RELATED = same position/content but another speaker or occasion; NONE. */
public enum Relation { SAME, RELATED, NONE }
