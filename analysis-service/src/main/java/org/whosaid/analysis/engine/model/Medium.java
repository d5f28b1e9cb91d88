package org.whosaid.analysis.engine.model;

public enum Medium { Speech, Writing, Thought }
