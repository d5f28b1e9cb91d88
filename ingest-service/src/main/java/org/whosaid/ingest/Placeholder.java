package org.whosaid.ingest;
final class Placeholder {}
